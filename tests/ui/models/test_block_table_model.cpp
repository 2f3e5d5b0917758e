// BlockTableModel over a fake source of a million blocks: rows are known at once, pages arrive
// later as dataChanged, only the pages a view touches are read, the cache stays bounded and a
// view scrolled end to end stays fast. QAbstractItemModelTester checks every model; it walks
// every index on each reset or insertion (8 million over a million blocks, seconds each), so it
// checks the million-block model once and shorter histories where the model changes often.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "ipc/ui/models/block_table_model.h"

using ipc::devnet::BlockView;
using ipc::ui::BlockTableModel;

namespace {

constexpr std::uint64_t kMillion = 1'000'000;
// Long enough that the page cache must evict (100 pages of 100 blocks).
constexpr std::uint64_t kTenThousand = 10'000;

// Blocks made up from their number; answers on the next event loop turn, like the engine.
class FakeBlocks : public ipc::ui::BlockSource {
public:
    explicit FakeBlocks(std::uint64_t tip) : height(tip) {}
    void fetch(std::uint64_t first, std::size_t count, Done done) override {
        requests.push_back(first);
        if (silent)
            return;
        std::vector<BlockView> rows;
        for (std::uint64_t n = first; n < first + count && n <= height; ++n) {
            BlockView b;
            b.number = n;
            b.hash.bytes[0] = static_cast<std::uint8_t>(n & 0xff);
            b.hash.bytes[1] = static_cast<std::uint8_t>((n >> 8) & 0xff);
            b.transactions.resize(n % 3);
            b.signedPower = 3;
            b.totalPower = 4;
            b.intervalMs = 1000;
            rows.push_back(b);
        }
        QTimer::singleShot(0, [rows = std::move(rows), done = std::move(done)] { done(rows); });
    }
    std::uint64_t height;
    bool silent = false;
    std::vector<std::uint64_t> requests;
};

bool loaded(const BlockTableModel& m, int row) {
    return m.index(row, 0).data(BlockTableModel::LoadedRole).toBool();
}

}  // namespace

class TestBlockTableModel : public QObject {
    Q_OBJECT
private slots:
    void rowsAreKnownBeforeTheyLoad() {
        BlockTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto source = std::make_shared<FakeBlocks>(kMillion - 1);
        model.setBlocks(source, kMillion - 1);
        QCOMPARE(model.rowCount(), static_cast<int>(kMillion));
        QCOMPARE(model.columnCount(), static_cast<int>(BlockTableModel::ColumnCount));
        // Newest first; the number shows while the rest loads.
        QCOMPARE(model.index(0, 0).data(BlockTableModel::NumberRole).toULongLong(), kMillion - 1);
        QCOMPARE(model.index(static_cast<int>(kMillion) - 1, BlockTableModel::NumberColumn)
                     .data()
                     .toULongLong(),
                 0ULL);
        QVERIFY(!loaded(model, 0));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(model, 0), 2000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, BlockTableModel::TransactionsColumn).data().toInt(),
                 static_cast<int>((kMillion - 1) % 3));
        QCOMPARE(model.index(0, BlockTableModel::CommitColumn).data().toString(),
                 QStringLiteral("3 / 4 (75%)"));
        QVERIFY(model.index(0, BlockTableModel::HashColumn)
                    .data(BlockTableModel::HashRole)
                    .toString()
                    .startsWith(QStringLiteral("0x3f42")));  // 999999 = 0x0f423f
    }

    void onlyTouchedPagesAreReadAndTheCacheIsBounded() {
        BlockTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto source = std::make_shared<FakeBlocks>(kTenThousand - 1);
        model.setBlocks(source, kTenThousand - 1);
        // Touch every page, many rows of each, a few pages per event loop turn as a view would.
        QElapsedTimer timer;
        qint64 asking = 0;
        for (int p = 0; p < 100; ++p) {
            const int row = p * 100;
            timer.start();
            for (int r = row; r < row + 40; ++r)
                model.index(r, BlockTableModel::HashColumn).data();
            asking += timer.elapsed();
            if (p % 4 == 3)
                QTRY_COMPARE_WITH_TIMEOUT(model.pagesPending(), std::size_t{0}, 2000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model.pagesPending(), std::size_t{0}, 2000);
        QVERIFY2(asking < 200, "asking for unloaded rows must not wait");
        // One read per page touched.
        QVERIFY(source->requests.size() >= 100);
        QVERIFY(source->requests.size() <= 100);
        QVERIFY(model.cachedPages() <= BlockTableModel::kMaxPages);
        // The pages touched last are cached; the first were evicted and load again (except the
        // newest: the tester reads row 0 after every change).
        QVERIFY(loaded(model, 99 * 100));
        QVERIFY(!loaded(model, 100));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(model, 100), 2000);
    }

    void aViewScrollsAMillionBlocksQuickly() {
        BlockTableModel model;
        auto source = std::make_shared<FakeBlocks>(kMillion - 1);
        model.setBlocks(source, kMillion - 1);
        QTableView view;
        view.setModel(&model);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer timer;
        timer.start();
        for (int step = 0; step < 50; ++step) {
            view.scrollTo(model.index(step * 20000, 0), QAbstractItemView::PositionAtTop);
            view.viewport()->repaint();
        }
        view.scrollToBottom();
        view.viewport()->repaint();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        const int last = model.rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(model, last), 2000);
        QCOMPARE(model.index(last, 0).data(BlockTableModel::NumberRole).toULongLong(), 0ULL);
        QVERIFY(model.cachedPages() <= BlockTableModel::kMaxPages);
    }

    void aBurstReadsOnlyWhereItStopped() {
        BlockTableModel model;
        auto source = std::make_shared<FakeBlocks>(kMillion - 1);
        model.setBlocks(source, kMillion - 1);
        // A fling over 2,000 pages in one turn of the event loop.
        for (int row = 0; row < static_cast<int>(kMillion); row += 500)
            model.index(row, 0).data();
        QTRY_COMPARE_WITH_TIMEOUT(model.pagesPending(), std::size_t{0}, 2000);
        QCOMPARE(source->requests.size(), BlockTableModel::kMaxPagesPerRead);
        QVERIFY(loaded(model, static_cast<int>(kMillion) - 500));  // asked for last
        QVERIFY(!loaded(model, 0));
    }

    void growthInsertsAtTheTopAndARewindResets() {
        BlockTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto source = std::make_shared<FakeBlocks>(150);
        model.setBlocks(source, 150);  // the tail page holds 51 blocks
        QTRY_VERIFY_WITH_TIMEOUT(loaded(model, 0), 2000);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        source->height = 155;
        model.setHeight(155);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.front().at(1).toInt(), 0);
        QCOMPARE(inserted.front().at(2).toInt(), 4);
        QCOMPARE(model.rowCount(), 156);
        // The tip page was read when it held fewer blocks: it is read again.
        QVERIFY(!loaded(model, 0));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(model, 0), 2000);
        QCOMPARE(model.index(0, 0).data(BlockTableModel::NumberRole).toULongLong(), 155ULL);
        QCOMPARE(model.index(5, 0).data(BlockTableModel::NumberRole).toULongLong(), 150ULL);
        source->height = 20;
        model.setHeight(20);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 21);
    }

    void unansweredPagesAreAskedAgainWhenStale() {
        BlockTableModel model;
        auto source = std::make_shared<FakeBlocks>(50);
        source->silent = true;
        model.setBlocks(source, 50);
        model.index(0, 0).data();
        QTRY_COMPARE_WITH_TIMEOUT(source->requests.size(), std::size_t{1}, 2000);
        model.index(1, 0).data();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(source->requests.size(), std::size_t{1});  // in flight: not asked twice
        source->silent = false;
        model.markStale();
        QVERIFY(!loaded(model, 0));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(model, 0), 2000);
        QCOMPARE(source->requests.size(), std::size_t{2});
    }
};

QTEST_MAIN(TestBlockTableModel)
#include "test_block_table_model.moc"
