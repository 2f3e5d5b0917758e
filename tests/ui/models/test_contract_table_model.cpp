// ContractTableModel over a fake chain: pages read downwards through canFetchMore/fetchMore
// (a run of blocks with no contract read on without a view asking, but never the whole history
// at once), new blocks' contracts added at the top, a replaced source starting over.
#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimer>

#include "ipc/ui/models/contract_table_model.h"

using ipc::devnet::ContractPage;
using ipc::devnet::ContractView;
using ipc::ui::ContractTableModel;

namespace {

// A contract in every block whose number is a multiple of `every`; built the way
// makeContractPage walks.
class FakeChain : public ipc::ui::ContractSource {
public:
    FakeChain(std::uint64_t tip, std::uint64_t every) : height(tip), every_(every) {}
    void fetch(std::uint64_t fromBlock, std::size_t maxContracts, std::size_t maxBlocks,
               Done done) override {
        ++requests;
        ContractPage page;
        std::uint64_t n = std::min(fromBlock, height);
        std::size_t scanned = 0;
        bool exhausted = false;
        while (page.contracts.size() < maxContracts && scanned < maxBlocks) {
            ++scanned;
            if (n % every_ == 0) {
                ContractView c;
                c.block = n;
                ipc::FixedBytes<20> address;
                address.bytes[0] = static_cast<std::uint8_t>(n >> 8);
                address.bytes[1] = static_cast<std::uint8_t>(n);
                c.address = ipc::EthAddress(address);
                c.creationTx.bytes[0] = static_cast<std::uint8_t>(n);
                c.codeSize = n % 7;
                if (n % 8 == 0)
                    c.name = "Vault";  // a linked project knows every other one
                page.contracts.push_back(c);
            }
            if (n == 0) {
                exhausted = true;
                break;
            }
            --n;
        }
        blocksRead += scanned;
        page.more = !exhausted;
        page.nextBlock = exhausted ? 0 : n;
        QTimer::singleShot(0, [page = std::move(page), done = std::move(done)] { done(page); });
    }
    std::uint64_t height;
    std::uint64_t blocksRead = 0;
    int requests = 0;

private:
    std::uint64_t every_;
};

}  // namespace

class TestContractTableModel : public QObject {
    Q_OBJECT
private slots:
    void fetchesPagesDownToGenesis() {
        ContractTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto chain = std::make_shared<FakeChain>(1000, 4);
        model.setSource(chain, 1000);
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 2000);
        QCOMPARE(model.index(0, ContractTableModel::BlockColumn).data().toULongLong(), 1000ULL);
        QCOMPARE(model.index(0, ContractTableModel::AddressColumn)
                     .data(ContractTableModel::AddressRole)
                     .toString()
                     .toLower(),
                 QStringLiteral("0x03e8") + QString(36, QLatin1Char('0')));
        QVERIFY(model.index(0, ContractTableModel::CodeSizeColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("6 byte")));
        for (int guard = 0; guard < 100 && (model.canFetchMore({}) || model.isFetching());
             ++guard) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching(), 2000);
        }
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 251);  // 0, 4, ..., 1000
        for (int r = 1; r < model.rowCount(); ++r) {
            QVERIFY(model.index(r, ContractTableModel::BlockColumn).data().toULongLong() <
                    model.index(r - 1, ContractTableModel::BlockColumn).data().toULongLong());
        }
        QCOMPARE(model.headerData(ContractTableModel::CreatorColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Creator"));
        // Named where the linked project knows the code, else a hint how to name it.
        QCOMPARE(model.headerData(ContractTableModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Contract"));
        QCOMPARE(model.index(0, ContractTableModel::NameColumn).data().toString(),
                 QStringLiteral("Vault"));  // block 1000
        QVERIFY(model.index(0, ContractTableModel::NameColumn).data(Qt::ToolTipRole).isNull() ||
                model.index(0, ContractTableModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .isEmpty());
        QCOMPARE(model.index(1, ContractTableModel::NameColumn).data().toString(), QString());
        QVERIFY(model.index(1, ContractTableModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Link Contracts")));
    }

    // Long stretches without a contract are read on by the model itself (a view with no rows
    // never asks again), a bounded number of blocks per fetchMore.
    void readsOnThroughEmptyBlocksBoundedPerFetch() {
        const std::uint64_t tip = 3 * ContractTableModel::kBlocksPerFetch;
        ContractTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto chain = std::make_shared<FakeChain>(tip, tip);  // only genesis and the tip
        model.setSource(chain, tip - 1);                     // the tip's contract comes later
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching(), 5000);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(chain->blocksRead <= ContractTableModel::kBlocksPerFetch);
        QVERIFY(chain->blocksRead >= ContractTableModel::kBlocksPerFetch / 2);
        QVERIFY(model.canFetchMore({}));
        for (int guard = 0; guard < 10 && model.rowCount() == 0; ++guard) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching(), 5000);
        }
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ContractTableModel::BlockColumn).data().toULongLong(), 0ULL);
        // The new tip's contract arrives at the top.
        model.setTip(tip);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 2000);
        QCOMPARE(model.index(0, ContractTableModel::BlockColumn).data().toULongLong(), tip);
    }

    void aNewSourceStartsOver() {
        ContractTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(std::make_shared<FakeChain>(50, 1), 50);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 2000);
        model.setSource(std::make_shared<FakeChain>(9, 3), 9);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching() && !model.canFetchMore({}), 2000);
        QCOMPARE(model.rowCount(), 4);  // 9, 6, 3, 0
        model.setSource(nullptr, 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestContractTableModel)
#include "test_contract_table_model.moc"
