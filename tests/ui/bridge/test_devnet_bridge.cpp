// DevnetBridge against a real engine: start-up off the UI thread, views and batched events as
// queued signals, pause/step/resume acknowledged by the engine, refused commands, and the
// coalescing that keeps a fast hierarchy to about 30 UI updates per second. Waits are QTRY_*
// on signals, never sleeps.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "ipc/ui/bridge/devnet_bridge.h"

using ipc::devnet::BlockProduced;
using ipc::ui::DevnetBridge;
using ipc::ui::HierarchyViewPtr;

namespace {

constexpr int kTimeout = 20000;

ipc::devnet::DevnetOptions fast(bool paused = false) {
    ipc::devnet::DevnetOptions o;
    o.fast = true;
    o.paused = paused;
    return o;
}

std::uint64_t heightOf(const HierarchyViewPtr& view, std::size_t subnet) {
    return view == nullptr || subnet >= view->subnets.size() ? 0 : view->subnets[subnet].height;
}

std::vector<std::uint64_t> heights(const HierarchyViewPtr& view) {
    std::vector<std::uint64_t> out;
    for (const auto& s : view->subnets)
        out.push_back(s.height);
    return out;
}

QString idOf(const HierarchyViewPtr& view, std::size_t subnet) {
    return QString::fromStdString(view->subnets.at(subnet).id.toString());
}

}  // namespace

class TestDevnetBridge : public QObject {
    Q_OBJECT
private slots:
    void startsSingleAndDeliversViews() {
        DevnetBridge bridge;
        QSignalSpy starting(&bridge, &DevnetBridge::starting);
        QSignalSpy started(&bridge, &DevnetBridge::started);
        QSignalSpy changed(&bridge, &DevnetBridge::hierarchyChanged);
        QSignalSpy blocks(&bridge, &DevnetBridge::blocksProduced);
        bridge.start(QStringLiteral("single"));
        QCOMPARE(starting.count(), 1);
        QVERIFY(bridge.isStarting());
        QVERIFY(!bridge.isRunning());  // start() returned before genesis was built
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);
        QVERIFY(bridge.isRunning());
        QCOMPARE(bridge.topologyName(), QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, kTimeout);
        const auto view = changed.last().at(0).value<HierarchyViewPtr>();
        QVERIFY(view != nullptr);
        QCOMPARE(view->subnets.size(), std::size_t{2});
        QCOMPARE(view->subnets[0].name, std::string("root"));
        QCOMPARE(view->subnets[1].name, std::string("alpha"));
        QCOMPARE(bridge.view(), view);

        // Real time at ×1: the first blocks arrive about a second in.
        QTRY_VERIFY_WITH_TIMEOUT(blocks.count() >= 1, kTimeout);
        const auto samples = blocks.first().at(0).value<QVector<BlockProduced>>();
        QVERIFY(!samples.isEmpty());
        QVERIFY(samples.front().block.number >= 1);
        QCOMPARE(samples.front().subnet.root(), std::uint64_t{31337});
        QTRY_VERIFY_WITH_TIMEOUT(heightOf(bridge.view(), 0) >= 1, kTimeout);
    }

    void unknownTemplateFails() {
        DevnetBridge bridge;
        QSignalSpy failed(&bridge, &DevnetBridge::startFailed);
        bridge.start(QStringLiteral("no-such-template"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("no-such-template")));
        QVERIFY(!bridge.isRunning());
        QVERIFY(!bridge.isStarting());
    }

    void pauseStopsHeightsAndStepAddsOneBlock() {
        DevnetBridge bridge;
        QSignalSpy paused(&bridge, &DevnetBridge::pausedChanged);
        bridge.start(QStringLiteral("single"), fast());
        QTRY_VERIFY_WITH_TIMEOUT(heightOf(bridge.view(), 0) >= 5, kTimeout);

        bridge.pause();
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, kTimeout);
        QCOMPARE(paused.first().at(0).toBool(), true);
        QVERIFY(bridge.isPaused());
        // The view delivered with the acknowledgement was made after the pause took effect.
        const HierarchyViewPtr atPause = bridge.view();
        const auto before = heights(atPause);

        // Another engine turn later nothing moved (a running fast engine makes hundreds of blocks
        // in that time).
        QSignalSpy changed(&bridge, &DevnetBridge::hierarchyChanged);
        bridge.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, kTimeout);
        QVERIFY(bridge.view() != atPause);
        QCOMPARE(heights(bridge.view()), before);

        // Step the subnet: exactly one block there, nothing elsewhere.
        QSignalSpy blocks(&bridge, &DevnetBridge::blocksProduced);
        changed.clear();
        bridge.step(idOf(atPause, 1));
        QTRY_VERIFY_WITH_TIMEOUT(heightOf(bridge.view(), 1) == before[1] + 1, kTimeout);
        QCOMPARE(heightOf(bridge.view(), 0), before[0]);
        QTRY_VERIFY_WITH_TIMEOUT(blocks.count() >= 1, kTimeout);
        const auto samples = blocks.first().at(0).value<QVector<BlockProduced>>();
        QCOMPARE(samples.size(), 1);
        QCOMPARE(ipc::ui::subnetIdText(samples.front().subnet), idOf(atPause, 1));
        QCOMPARE(samples.front().block.number, before[1] + 1);

        bridge.resume();
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 2, kTimeout);
        QCOMPARE(paused.last().at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(heightOf(bridge.view(), 0) > before[0] + 10, kTimeout);
    }

    void startPausedThenStep() {
        DevnetBridge bridge;
        QSignalSpy started(&bridge, &DevnetBridge::started);
        bridge.start(QStringLiteral("single"), fast(/*paused=*/true));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);
        QVERIFY(bridge.isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(bridge.view() != nullptr, kTimeout);
        QCOMPARE(heightOf(bridge.view(), 0), std::uint64_t{0});
        bridge.step(QStringLiteral("/r31337"));
        bridge.step(QStringLiteral("/r31337"));
        QTRY_COMPARE_WITH_TIMEOUT(heightOf(bridge.view(), 0), std::uint64_t{2}, kTimeout);
        QCOMPARE(heightOf(bridge.view(), 1), std::uint64_t{0});
    }

    void coalescesFastRunsToAboutThirtyUpdatesPerSecond() {
        DevnetBridge bridge;
        QSignalSpy started(&bridge, &DevnetBridge::started);
        bridge.start(QStringLiteral("three-level"), fast());
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);

        QSignalSpy changed(&bridge, &DevnetBridge::hierarchyChanged);
        QSignalSpy blocks(&bridge, &DevnetBridge::blocksProduced);
        QSignalSpy checkpoints(&bridge, &DevnetBridge::checkpointChanged);
        QElapsedTimer wall;
        wall.start();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 30, kTimeout);
        const qint64 elapsed = wall.elapsed();
        const qsizetype updates = changed.count();
        // One flush per 33 ms at most, plus one for the flush already due at the start.
        QVERIFY2(updates <= elapsed * 31 / 1000 + 2,
                 qPrintable(QStringLiteral("%1 updates in %2 ms").arg(updates).arg(elapsed)));

        qsizetype samples = 0;
        for (const auto& args : blocks)
            samples += args.at(0).value<QVector<BlockProduced>>().size();
        // Coalesced: many blocks per update, each batch capped.
        QVERIFY2(samples > updates * 2,
                 qPrintable(QStringLiteral("%1 blocks, %2 updates").arg(samples).arg(updates)));
        for (const auto& args : blocks) {
            QVERIFY(args.at(0).value<QVector<BlockProduced>>().size() <=
                    DevnetBridge::kMaxBlockSamplesPerFlush);
        }
        // A fast run cuts checkpoints and the parents execute them within a second or so.
        const auto executed = [&] {
            for (const auto& args : checkpoints) {
                for (const auto& c : args.at(0).value<QVector<ipc::ui::CheckpointSample>>()) {
                    if (c.stage == ipc::devnet::CheckpointStage::Executed)
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(executed(), kTimeout);
        QCOMPARE(bridge.view()->subnets.size(), std::size_t{7});
    }

    void refusedCommandsReportTheEnginesWords() {
        DevnetBridge bridge;
        QSignalSpy failed(&bridge, &DevnetBridge::commandFailed);
        QSignalSpy started(&bridge, &DevnetBridge::started);
        bridge.start(QStringLiteral("single"), fast(true));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);

        bridge.step(QStringLiteral("not a subnet id"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QVERIFY(!failed.last().at(0).toString().isEmpty());

        bridge.setRelayer(QStringLiteral("/r31337"), false);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kTimeout);
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("root")));

        bridge.setValidatorOnline(QStringLiteral("/r31337"),
                                  QStringLiteral("0x0000000000000000000000000000000000000001"),
                                  false);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, kTimeout);
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("not a validator")));
    }

    void validatorOfflineAndRelayerShowInTheView() {
        DevnetBridge bridge;
        QSignalSpy failed(&bridge, &DevnetBridge::commandFailed);
        QSignalSpy started(&bridge, &DevnetBridge::started);
        bridge.start(QStringLiteral("single"), fast(true));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(bridge.view() != nullptr, kTimeout);
        const auto view = bridge.view();
        const auto& alpha = view->subnets.at(1);
        const QString alphaId = QString::fromStdString(alpha.id.toString());
        const QString validator = QString::fromStdString(alpha.validators.at(0).address.hex());

        bridge.setValidatorOnline(alphaId, validator, false);
        QTRY_COMPARE_WITH_TIMEOUT(bridge.view()->subnets.at(1).validatorsOnline, std::size_t{3},
                                  kTimeout);
        bridge.setRelayer(alphaId, false);
        QTRY_VERIFY_WITH_TIMEOUT(!bridge.view()->subnets.at(1).relayerOn, kTimeout);
        bridge.setValidatorOnline(alphaId, validator, true);
        QTRY_COMPARE_WITH_TIMEOUT(bridge.view()->subnets.at(1).validatorsOnline, std::size_t{4},
                                  kTimeout);
        QCOMPARE(failed.count(), 0);
    }

    void speedIsAcknowledged() {
        DevnetBridge bridge;
        QSignalSpy speed(&bridge, &DevnetBridge::speedChanged);
        QSignalSpy started(&bridge, &DevnetBridge::started);
        bridge.start(QStringLiteral("single"));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);
        QCOMPARE(bridge.speed(), 1.0);
        bridge.setSpeed(100);
        QTRY_COMPARE_WITH_TIMEOUT(speed.count(), 1, kTimeout);
        QCOMPARE(speed.first().at(0).toDouble(), 100.0);
        QCOMPARE(bridge.speed(), 100.0);
        // ×100: a hundred virtual seconds per second of wall time.
        QTRY_VERIFY_WITH_TIMEOUT(heightOf(bridge.view(), 0) >= 20, kTimeout);
    }

    void replacingAHierarchyDropsTheOldOnesEvents() {
        DevnetBridge bridge;
        QSignalSpy started(&bridge, &DevnetBridge::started);
        bridge.start(QStringLiteral("single"), fast());
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(heightOf(bridge.view(), 0) >= 3, kTimeout);

        QSignalSpy changed(&bridge, &DevnetBridge::hierarchyChanged);
        bridge.start(QStringLiteral("three-level"), fast());
        QVERIFY(bridge.view() == nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 3, kTimeout);
        for (const auto& args : changed)
            QCOMPARE(args.at(0).value<HierarchyViewPtr>()->subnets.size(), std::size_t{7});
    }

    void stopAndDestroyWhileStarting() {
        {
            DevnetBridge bridge;
            bridge.start(QStringLiteral("three-level"));
            // Destroyed at once: the worker finishes and nothing reaches a dead object.
        }
        DevnetBridge bridge;
        QSignalSpy started(&bridge, &DevnetBridge::started);
        QSignalSpy stopped(&bridge, &DevnetBridge::stopped);
        bridge.start(QStringLiteral("single"), fast());
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);
        bridge.stop();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!bridge.isRunning());
        QVERIFY(bridge.view() == nullptr);
        bridge.step(QStringLiteral("/r31337"));  // ignored: nothing runs
    }
};

QTEST_GUILESS_MAIN(TestDevnetBridge)
#include "test_devnet_bridge.moc"
