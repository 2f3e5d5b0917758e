// TransactionTableModel over a fake chain: pages read downwards through canFetchMore/fetchMore,
// new blocks' transactions added at the top, a replaced source starting over.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "ipc/ui/models/transaction_table_model.h"

using ipc::devnet::TransactionPage;
using ipc::devnet::TransactionView;
using ipc::ui::TransactionTableModel;

namespace {

// Block n holds n % 3 transactions; built the way makeTransactionPage walks.
class FakeChain : public ipc::ui::TransactionSource {
public:
    explicit FakeChain(std::uint64_t tip) : height(tip) {}
    void fetch(std::uint64_t fromBlock, std::size_t maxTransactions, std::size_t maxBlocks,
               Done done) override {
        ++requests;
        TransactionPage page;
        std::uint64_t n = std::min(fromBlock, height);
        std::size_t scanned = 0;
        bool exhausted = false;
        while (page.transactions.size() < maxTransactions && scanned < maxBlocks) {
            ++scanned;
            for (std::uint64_t i = n > quietAbove ? 0 : n % 3; i-- > 0;) {
                TransactionView t;
                t.block = n;
                t.index = static_cast<std::uint32_t>(i);
                t.hash.bytes[0] = static_cast<std::uint8_t>(n);
                t.hash.bytes[1] = static_cast<std::uint8_t>(i);
                t.value = ipc::U256(n);
                t.success = i != 1;
                if (n == named) {
                    t.to = ipc::EthAddress::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
                    t.contractName = "Token";
                    t.method =
                        "transfer(to: \"0x90F79bf6EB2c4f870365E785982E1f101E93b906\", "
                        "amount: 5)";
                }
                page.transactions.push_back(t);
            }
            if (n == 0) {
                exhausted = true;
                break;
            }
            --n;
        }
        page.more = !exhausted;
        page.nextBlock = exhausted ? 0 : n;
        QTimer::singleShot(0, [page = std::move(page), done = std::move(done)] { done(page); });
    }
    std::uint64_t height;
    std::uint64_t quietAbove = UINT64_MAX;  // blocks above this hold no transactions
    std::uint64_t named = UINT64_MAX;       // this block's calls go to a known contract
    int requests = 0;
};

}  // namespace

class TestTransactionTableModel : public QObject {
    Q_OBJECT
private slots:
    // A view with no rows never asks again: one fetchMore reads on through pages of empty
    // blocks until it finds transactions.
    void readsOnThroughEmptyBlocks() {
        const std::uint64_t tip = 4 * TransactionTableModel::kPageBlocks;
        TransactionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto chain = std::make_shared<FakeChain>(tip);
        chain->quietAbove = 10;
        model.setSource(chain, tip);
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 5000);
        QVERIFY(chain->requests >= 4);
        QCOMPARE(model.index(0, TransactionTableModel::BlockColumn).data().toULongLong(), 10ULL);
    }

    void fetchesPagesDownToGenesis() {
        TransactionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto chain = std::make_shared<FakeChain>(600);
        model.setSource(chain, 600);
        QCOMPARE(model.rowCount(), 0);
        // The tester already asked for the first page when the model was reset.
        QVERIFY(model.isFetching());
        QVERIFY(!model.canFetchMore({}));  // one read at a time
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 2000);
        QVERIFY(model.rowCount() >= static_cast<int>(TransactionTableModel::kPageTransactions));
        QCOMPARE(model.index(0, TransactionTableModel::BlockColumn).data().toULongLong(), 599ULL);
        // The tester fetches too (after every insertion); either way pages come one at a time.
        for (int guard = 0; guard < 100 && (model.canFetchMore({}) || model.isFetching());
             ++guard) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching(), 2000);
        }
        QVERIFY(!model.canFetchMore({}));
        // 601 blocks, n % 3 transactions each: 200 blocks with 1, 200 with 2.
        QCOMPARE(model.rowCount(), 600);
        for (int r = 1; r < model.rowCount(); ++r) {
            QVERIFY(model.index(r - 1, 0).data(TransactionTableModel::BlockRole).toULongLong() >=
                    model.index(r, 0).data(TransactionTableModel::BlockRole).toULongLong());
        }
        QCOMPARE(model.index(0, TransactionTableModel::StatusColumn).data().toString(),
                 QStringLiteral("failed"));  // block 599 = 2 transactions, index 1 first
        QCOMPARE(model.index(1, TransactionTableModel::StatusColumn).data().toString(),
                 QStringLiteral("ok"));
    }

    // A call to a contract a linked ABI knows: its name beside the address, the call decoded.
    void aKnownContractAndMethodAreNamed() {
        TransactionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto chain = std::make_shared<FakeChain>(4);
        chain->named = 4;
        model.setSource(chain, 4);
        QTRY_VERIFY(model.rowCount() > 0);
        QCOMPARE(model.headerData(TransactionTableModel::MethodColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Method"));
        const QModelIndex to = model.index(0, TransactionTableModel::ToColumn);
        QCOMPARE(to.data().toString(), QStringLiteral("Token (0x5fbdb2…0aa3)"));
        QCOMPARE(to.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Token 0x5fbdb2315678afecb367f032d93f642f64180aa3"));
        const QModelIndex method = model.index(0, TransactionTableModel::MethodColumn);
        QVERIFY(method.data().toString().startsWith(QStringLiteral("transfer(to: ")));
        QCOMPARE(method.data(Qt::ToolTipRole).toString(), method.data().toString());
        // Block 2's transactions go nowhere known: no name, no method.
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, TransactionTableModel::MethodColumn).data().toString(),
                 QString());
    }

    void aViewFetchesAsItScrolls() {
        TransactionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto chain = std::make_shared<FakeChain>(100'000);
        model.setSource(chain, 100'000);
        QTableView view;
        view.setModel(&model);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 2000);
        const int first = model.rowCount();
        view.scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > first, 2000);
        QVERIFY(chain->requests >= 2);
        QVERIFY(model.rowCount() < 2000);  // nothing is read beyond what was scrolled to
    }

    void newBlocksAreAddedAtTheTop() {
        TransactionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto chain = std::make_shared<FakeChain>(10);
        model.setSource(chain, 10);
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching() && model.rowCount() > 0, 2000);
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        chain->height = 14;  // blocks 11..14: 2 + 0 + 1 + 2 transactions
        model.setTip(14);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 5, 2000);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.front().at(1).toInt(), 0);
        QCOMPARE(model.index(0, TransactionTableModel::BlockColumn).data().toULongLong(), 14ULL);
        QCOMPARE(model.transaction(5)->block, 10u);
        // A replaced source starts over.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSource(std::make_shared<FakeChain>(3), 3);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.transaction(0) == nullptr);
    }
};

QTEST_MAIN(TestTransactionTableModel)
#include "test_transaction_table_model.moc"
