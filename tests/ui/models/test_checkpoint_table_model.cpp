// CheckpointTableModel over a fake source: newest first by ordinal, stage and weight roles, and
// rows read again after markStale so a checkpoint's stage follows the engine.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "ipc/ui/models/checkpoint_table_model.h"

using ipc::devnet::CheckpointSummaryView;
using ipc::protocol::CheckpointStage;
using ipc::ui::CheckpointTableModel;

namespace {

class FakeCheckpoints : public ipc::ui::CheckpointSource {
public:
    void fetch(std::uint64_t first, std::size_t count, Done done) override {
        ++requests;
        std::vector<CheckpointSummaryView> rows;
        for (std::uint64_t i = first; i < first + count && i < all.size(); ++i)
            rows.push_back(all[i]);
        QTimer::singleShot(0, [rows = std::move(rows), done = std::move(done)] { done(rows); });
    }
    std::vector<CheckpointSummaryView> all;
    int requests = 0;
};

CheckpointSummaryView checkpoint(std::uint64_t height, CheckpointStage stage) {
    CheckpointSummaryView c;
    c.height = height;
    c.hash.bytes[31] = static_cast<std::uint8_t>(height);
    c.messages = height % 4;
    c.signedWeight = stage == CheckpointStage::Signing ? 1 : 3;
    c.threshold = 2;
    c.totalWeight = 4;
    c.stage = stage;
    if (stage != CheckpointStage::Signing)
        c.quorumHeight = height + 1;
    if (stage == CheckpointStage::Executed) {
        c.submittedParentHeight = height / 2;
        c.executedParentHeight = height / 2 + 1;
    }
    return c;
}

}  // namespace

class TestCheckpointTableModel : public QObject {
    Q_OBJECT
private slots:
    void listsNewestFirstWithStagesAndWeights() {
        CheckpointTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto source = std::make_shared<FakeCheckpoints>();
        for (std::uint64_t h = 10; h <= 2500; h += 10)
            source->all.push_back(checkpoint(h, CheckpointStage::Executed));
        source->all.back() = checkpoint(2500, CheckpointStage::Signing);
        model.setCheckpoints(source, source->all.size());
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.columnCount(), static_cast<int>(CheckpointTableModel::ColumnCount));
        QVERIFY(!model.index(0, 0).data(CheckpointTableModel::LoadedRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(model.index(0, 0).data(CheckpointTableModel::LoadedRole).toBool(),
                                 2000);
        QCOMPARE(model.index(0, CheckpointTableModel::HeightColumn).data().toULongLong(), 2500ULL);
        QCOMPARE(model.index(0, CheckpointTableModel::StageColumn).data().toString(),
                 QStringLiteral("signing"));
        QCOMPARE(model.index(0, CheckpointTableModel::WeightColumn).data().toString(),
                 QStringLiteral("1 / 2"));
        QVERIFY(!model.index(0, CheckpointTableModel::QuorumColumn).data().isValid());
        QCOMPARE(model.index(1, CheckpointTableModel::StageColumn).data().toString(),
                 QStringLiteral("executed in parent"));
        QCOMPARE(model.index(1, 0).data(CheckpointTableModel::StageRole).toInt(),
                 static_cast<int>(CheckpointStage::Executed));
        QCOMPARE(model.index(1, CheckpointTableModel::ExecutedColumn).data().toULongLong(),
                 2490ULL / 2 + 1);
        // The oldest, at the bottom, after its page arrives.
        model.index(249, 0).data();
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(249, CheckpointTableModel::HeightColumn).data().toULongLong(), 10ULL, 2000);
    }

    void staleRowsFollowTheEngine() {
        CheckpointTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto source = std::make_shared<FakeCheckpoints>();
        source->all = {checkpoint(10, CheckpointStage::Signing)};
        model.setCheckpoints(source, 1);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, 0).data(CheckpointTableModel::StageRole).toInt(),
                                  static_cast<int>(CheckpointStage::Signing), 2000);
        source->all = {checkpoint(10, CheckpointStage::Quorum),
                       checkpoint(20, CheckpointStage::Signing)};
        model.setCount(2);
        model.markStale();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.index(1, 0).data();
        QTRY_COMPARE_WITH_TIMEOUT(model.index(1, 0).data(CheckpointTableModel::StageRole).toInt(),
                                  static_cast<int>(CheckpointStage::Quorum), 2000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, CheckpointTableModel::HeightColumn).data().toULongLong(), 20ULL);
    }
};

QTEST_MAIN(TestCheckpointTableModel)
#include "test_checkpoint_table_model.moc"
