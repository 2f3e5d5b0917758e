// The numbers behind the live charts: rolling windows stay bounded by time and by count,
// checkpoint lag is what the graph prints, and message latency pairs Committed with Delivered
// and ReceiptReturned.
#include <QTest>

#include "ipc/ui/charts/chart_data.h"
#include "produced_blocks.h"

using ipc::ui::ChartData;
using ipc::ui::CheckpointSample;
using ipc::ui::MessageLatencyTracker;
using ipc::ui::MessageSample;
using ipc::ui::RollingSeries;
using ipc::ui::test::producedBlock;
using ipc::ui::test::subnetText;
namespace devnet = ipc::devnet;

class TestChartData : public QObject {
    Q_OBJECT
private slots:
    void rollingSeriesDropsPointsOlderThanTheWindow() {
        RollingSeries s(10.0, 1000);
        for (int i = 0; i <= 30; ++i)
            s.append(QPointF(i, i * 2));
        // x in [20, 30]: 11 points.
        QCOMPARE(s.size(), 11);
        QCOMPARE(s.points().constFirst().x(), 20.0);
        QCOMPARE(s.points().constLast().x(), 30.0);
        QCOMPARE(s.maxY(), 60.0);
    }

    void rollingSeriesKeepsAtMostMaxPoints() {
        RollingSeries s(1e9, 50);
        const auto before = s.revision();
        for (int i = 0; i < 500; ++i)
            s.append(QPointF(i * 0.001, 1));
        QCOMPARE(s.size(), 50);
        QCOMPARE(s.points().constFirst().x(), 0.45);
        QVERIFY(s.revision() > before);
        s.clear();
        QCOMPARE(s.size(), 0);
        QCOMPARE(s.maxY(), 0.0);
    }

    void checkpointLagIsHeightMinusAccepted() {
        devnet::SubnetView root;
        root.height = 50;
        QCOMPARE(ipc::ui::checkpointLag(root), 0);  // the root has no parent
        devnet::SubnetView child;
        child.parent = ipc::SubnetId(31337);
        child.height = 47;
        child.lastCheckpointAccepted = 40;
        QCOMPARE(ipc::ui::checkpointLag(child), 7);
    }

    void latencyPairsCommittedWithDeliveryAndReceipt() {
        MessageLatencyTracker t;
        using S = devnet::MessageStage;
        const QString a = QStringLiteral("0xaa");
        const QString b = QStringLiteral("0xbb");
        auto out = t.add({MessageSample{a, S::Committed, {}, 1, 1000},
                          MessageSample{b, S::Committed, {}, 1, 1500},
                          MessageSample{a, S::InCheckpoint, {}, 2, 2000}});
        QVERIFY(out.empty());
        QCOMPARE(t.pending(), 2);
        out = t.add({MessageSample{a, S::Delivered, {}, 9, 4500},
                     MessageSample{QStringLiteral("0xcc"), S::Delivered, {}, 9, 4500}});
        QCOMPARE(out.size(), std::size_t(1));  // 0xcc committed before anyone listened
        QCOMPARE(out[0].latencySeconds, 3.5);
        QCOMPARE(out[0].atSeconds, 4.5);
        QVERIFY(!out[0].receipt);
        out = t.add({MessageSample{a, S::ReceiptReturned, {}, 12, 7000}});
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(out[0].latencySeconds, 6.0);
        QVERIFY(out[0].receipt);
        QCOMPARE(t.pending(), 1);  // only 0xbb is still on its way
    }

    void latencyForgetsTheOldestBeyondItsBound() {
        MessageLatencyTracker t;
        QVector<MessageSample> batch;
        for (qsizetype i = 0; i < MessageLatencyTracker::kMaxPending + 100; ++i) {
            batch.push_back(MessageSample{QStringLiteral("0x%1").arg(i),
                                          devnet::MessageStage::Committed,
                                          {},
                                          1,
                                          static_cast<std::uint64_t>(i)});
        }
        t.add(batch);
        QCOMPARE(t.pending(), MessageLatencyTracker::kMaxPending);
        // The first ids were forgotten: their delivery gives no sample; a late one does.
        QVERIFY(t.add({MessageSample{
                          QStringLiteral("0x0"), devnet::MessageStage::Delivered, {}, 2, 50000}})
                    .empty());
        QCOMPARE(
            t.add({MessageSample{
                      QStringLiteral("0x20050"), devnet::MessageStage::Delivered, {}, 2, 50000}})
                .size(),
            std::size_t(1));
    }

    void chartDataFillsOneSeriesPerSubnet() {
        ChartData d;
        const QString a = subnetText('a');
        const QString b = subnetText('b');
        QVector<ipc::devnet::BlockProduced> blocks;
        for (std::uint64_t h = 0; h < 20; ++h) {
            blocks.push_back(producedBlock(a, h, h == 0 ? 0u : 100u, h * 100));
            blocks.push_back(producedBlock(b, h, h == 0 ? 0u : 250u, h * 250));
        }
        d.addBlocks(blocks);
        const auto& intervals = d.series(ChartData::BlockInterval);
        QCOMPARE(intervals.size(), std::size_t(2));
        QCOMPARE(intervals.at(a).size(), 19);  // genesis has no interval
        QCOMPARE(intervals.at(b).points().constLast(), QPointF(4.75, 250));
        QCOMPARE(d.latestSeconds(), 4.75);

        using C = devnet::CheckpointStage;
        d.addCheckpoints({CheckpointSample{a, 10, C::Cut, 0, 4, 1000},
                          CheckpointSample{a, 10, C::Signing, 1, 4, 1100},
                          CheckpointSample{a, 10, C::Signing, 3, 4, 1200},
                          CheckpointSample{a, 10, C::Quorum, 3, 4, 1200},
                          CheckpointSample{a, 10, C::Executed, 3, 4, 2000}});
        const auto& weight = d.series(ChartData::SignatureWeight).at(a).points();
        QCOMPARE(weight.size(), 4);
        QCOMPARE(weight[0], QPointF(1.0, 0));
        QCOMPARE(weight[1], QPointF(1.1, 25));
        QCOMPARE(weight[2], QPointF(1.2, 75));

        d.clear();
        QVERIFY(d.series(ChartData::BlockInterval).empty());
        QCOMPARE(d.latestSeconds(), 0.0);
    }

    void chartDataWindowStaysBoundedOverALongRun() {
        ChartData d;
        const QString a = subnetText('a');
        for (int batch = 0; batch < 100; ++batch) {
            QVector<ipc::devnet::BlockProduced> blocks;
            for (int i = 0; i < 100; ++i) {
                const auto h = static_cast<std::uint64_t>(batch * 100 + i + 1);
                blocks.push_back(producedBlock(a, h, 100, h * 100));
            }
            d.addBlocks(blocks);
        }
        // 10 000 blocks over 1000 s: the window keeps the last 120 s at most.
        const RollingSeries& s = d.series(ChartData::BlockInterval).at(a);
        QVERIFY(s.size() <= ChartData::kMaxPoints);
        QVERIFY(s.points().constFirst().x() >= 1000.0 - ChartData::kWindowSeconds);
        QCOMPARE(s.points().constLast().x(), 1000.0);
    }
};

QTEST_APPLESS_MAIN(TestChartData)
#include "test_chart_data.moc"
