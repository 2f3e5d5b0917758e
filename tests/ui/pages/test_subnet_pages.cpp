// The subnet pages inside the real main window, driven like a tester: start the workshop
// template, select its subnet, open a checkpoint that reached quorum and see every signature
// verified, follow it into the parent, then take validators offline until the subnet halts.
#include <fstream>
#include <optional>
#include <string>

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "engine_query.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/models/block_table_model.h"
#include "ipc/ui/models/checkpoint_table_model.h"
#include "ipc/ui/models/contract_table_model.h"
#include "ipc/ui/models/cross_message_model.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/models/transaction_table_model.h"
#include "ipc/ui/models/validator_table_model.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/window/main_window.h"
#include "ipc/ui/window/theme.h"
#include "root_transactions.h"
#include "test_settings.h"

using ipc::ui::CheckpointTableModel;
using ipc::ui::HierarchyModel;
using ipc::ui::MainWindow;
using ipc::ui::SubnetPages;

namespace {

constexpr int kTimeout = 15000;

// With IPC_SCREENSHOT_DIR set (and IPC_THEME, light or dark), the pages are saved there as the
// test walks through them, for looking at them.
void shoot(QWidget& w, const char* page) {
    const QString dir = qEnvironmentVariable("IPC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);  // let pending pages of the tables arrive and paint
    w.grab().save(dir + QStringLiteral("/pages-%1-%2.png")
                            .arg(qEnvironmentVariable("IPC_THEME", QStringLiteral("light")),
                                 QString::fromLatin1(page)));
}

// The first loaded row whose checkpoint reached quorum (asking for the first rows loads them).
int quorumRow(QTableView* table) {
    auto* model = table->model();
    for (int r = 0; r < std::min(model->rowCount(), 20); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(CheckpointTableModel::LoadedRole).toBool() &&
            index.data(CheckpointTableModel::StageRole).toInt() >=
                static_cast<int>(ipc::protocol::CheckpointStage::Quorum)) {
            return r;
        }
    }
    return -1;
}

// Init code that logs one byte (0xab) under topic 0x77, then deploys a runtime that returns 42
// (10 bytes).
const ipc::Bytes kInitCode = {
    0x60, 0xab, 0x60, 0x00, 0x53,                                // mstore8(0, 0xab)
    0x60, 0x77, 0x60, 0x01, 0x60, 0x00, 0xa1,                    // log1(0, 1, 0x77)
    0x60, 0x0a, 0x80, 0x60, 0x17, 0x60, 0x00, 0x39,              // codecopy(0, 0x17, 10)
    0x60, 0x00, 0xf3,                                            // return(0, 10)
    0x60, 0x2a, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3,  // runtime
};

// Deploys kInitCode on the root from account 0.
SubmittedOnRoot deployOnRoot(ipc::ui::DevnetBridge* bridge) {
    return submitOnRoot(*bridge, std::nullopt, kInitCode, 300'000);
}

// Deploys tests/contracts/ConsoleLog.sol on the root and calls its failing(5), which prints a
// line with console.log and then reverts; answers the failing transaction's hash.
QString consoleLogFailureOnRoot(ipc::ui::DevnetBridge* bridge) {
    std::ifstream in(std::string(IPC_FIXTURES_DIR) + "/contracts/ConsoleLog.hex");
    std::string hex;
    in >> hex;
    if (hex.empty())
        return {};
    const SubmittedOnRoot deployed =
        submitOnRoot(*bridge, std::nullopt, ipc::fromHex(hex), 1'000'000);
    if (deployed.created.isEmpty())
        return {};
    return submitOnRoot(*bridge, ipc::EthAddress::parse(deployed.created.toStdString()),
                        ipc::abi::encodeCall("failing(uint256)", {ipc::abi::Value::uint(5)}),
                        1'000'000)
        .tx;
}

// Whether transaction `hash` is in a block of the root yet.
bool minedOnRoot(ipc::ui::DevnetBridge* bridge, const QString& hash) {
    std::optional<bool> mined;
    QObject context;
    engineQuery(
        *bridge, &context,
        [tx = ipc::Hash32::fromHexString(hash.toStdString())](ipc::devnet::Hierarchy& h) {
            return h.root().chain->findTx(tx).has_value();
        },
        [&](bool found) { mined = found; });
    if (!QTest::qWaitFor([&] { return mined.has_value(); }, kTimeout))
        return false;
    return *mined;
}

QTreeWidgetItem* field(QTreeWidget* tree, const QString& name) {
    const auto found = tree->findItems(name, Qt::MatchRecursive | Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.front();
}

}  // namespace

class TestSubnetPages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        ipc::ui::test::useTestSettings(QStringLiteral("test_subnet_pages"));
        if (qEnvironmentVariableIsSet("IPC_THEME"))
            ipc::ui::applyTheme(qEnvironmentVariable("IPC_THEME"));
    }

    void inspectCheckpointThenHaltTheSubnet() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSpeed(100);
        w.startTemplate(QStringLiteral("workshop"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);

        // Select the subnet in the tree: the pages follow.
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QVERIFY(tree);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(tree->model()->index(0, 0)) == 1,
                                 kTimeout);
        const QModelIndex rootIndex = tree->model()->index(0, 0);
        const QModelIndex child = tree->model()->index(0, 0, rootIndex);
        const QString childId = child.data(HierarchyModel::SubnetIdRole).toString();
        const QString rootId = rootIndex.data(HierarchyModel::SubnetIdRole).toString();
        tree->setCurrentIndex(child);
        SubnetPages* pages = w.subnetPages();
        QVERIFY(pages);
        QVERIFY(pages->isVisible());
        QCOMPARE(pages->subnet(), childId);
        auto* overviewId = pages->findChild<QLineEdit*>(QStringLiteral("overviewSubnetId"));
        QTRY_COMPARE_WITH_TIMEOUT(overviewId->text(), childId, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            !pages->findChild<QLabel*>(QStringLiteral("overviewActor"))->text().isEmpty(),
            kTimeout);

        shoot(w, "overview");
        for (const auto& [key, page] :
             {std::pair{Qt::Key_2, "blocks"}, std::pair{Qt::Key_3, "transactions"},
              std::pair{Qt::Key_6, "messages"}}) {
            QTest::keyClick(&w, key, Qt::AltModifier);
            shoot(w, page);
        }

        // Alt+5 opens the checkpoint inspector.
        QTest::keyClick(&w, Qt::Key_5, Qt::AltModifier);
        QCOMPARE(pages->currentIndex(), static_cast<int>(SubnetPages::CheckpointsPage));
        auto* table = pages->findChild<QTableView*>(QStringLiteral("checkpointTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(quorumRow(table) >= 0, kTimeout);
        const int row = quorumRow(table);
        const QModelIndex index = table->model()->index(row, 0);
        const auto height = index.data(CheckpointTableModel::HeightRole).toULongLong();
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(table->currentIndex().row(), row);

        // Every signature was recovered again on the engine thread and matches its signer.
        auto* signatures = pages->findChild<QTreeWidget*>(QStringLiteral("checkpointSignatures"));
        auto* title = pages->findChild<QLabel*>(QStringLiteral("checkpointTitle"));
        QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(QString::number(height)), kTimeout);
        QVERIFY(signatures->topLevelItemCount() >= 3);
        for (int i = 0; i < signatures->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = signatures->topLevelItem(i);
            QVERIFY(item->data(3, Qt::UserRole).toBool());
            QCOMPARE(item->text(3), QStringLiteral("✓ verified"));
            QVERIFY(item->text(0).startsWith(QStringLiteral("0x")));
        }
        auto* bar = pages->findChild<QProgressBar*>(QStringLiteral("quorumBar"));
        QCOMPARE(bar->value(), bar->maximum());
        auto* stages = pages->findChild<QTreeWidget*>(QStringLiteral("checkpointStages"));
        QCOMPARE(stages->topLevelItemCount(), 5);  // cut, signing, quorum, submitted, executed
        QCOMPARE(stages->topLevelItem(0)->text(2), QString::number(height));
        auto* fields = pages->findChild<QTreeWidget*>(QStringLiteral("checkpointFields"));
        QVERIFY(!fields->findItems(QStringLiteral("ABI hash"), Qt::MatchRecursive).isEmpty());

        shoot(w, "checkpoints");

        // Follow it into the parent once executed there.
        auto* open = pages->findChild<QPushButton*>(QStringLiteral("openInParent"));
        QTRY_VERIFY_WITH_TIMEOUT(!stages->topLevelItem(4)->text(2).isEmpty(), kTimeout);
        const auto executedAt = stages->topLevelItem(4)->text(2).toULongLong();
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(pages->subnet(), rootId);
        QCOMPARE(pages->currentIndex(), static_cast<int>(SubnetPages::BlocksPage));
        auto* blockDetails = pages->findChild<QTreeWidget*>(QStringLiteral("blockDetails"));
        QTRY_COMPARE_WITH_TIMEOUT(blockDetails->topLevelItem(0)->text(0),
                                  QStringLiteral("Block %1").arg(executedAt), kTimeout);
        // Not silently: the Follow tip box shows it is off, the status bar says why, and the
        // opened block stays selected while new blocks keep arriving above it.
        auto* followBlocks = pages->findChild<QCheckBox*>(QStringLiteral("followTipBlocks"));
        QVERIFY(followBlocks->isVisible());
        QVERIFY(!followBlocks->isChecked());
        QVERIFY(!pages->followTip());
        const QString said = w.statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("Follow tip paused")) &&
                     said.contains(QString::number(executedAt)) &&
                     said.contains(rootIndex.data(HierarchyModel::NameRole).toString()),
                 qPrintable(said));
        auto* blockTable = pages->findChild<QTableView*>(QStringLiteral("blockTable"));
        const auto selectedBlock = [blockTable] {
            return blockTable->currentIndex()
                .data(ipc::ui::BlockTableModel::NumberRole)
                .toULongLong();
        };
        QTRY_COMPARE_WITH_TIMEOUT(selectedBlock(), executedAt, kTimeout);
        const int rowsThen = blockTable->model()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(blockTable->model()->rowCount() > rowsThen + 3, kTimeout);
        QCOMPARE(selectedBlock(), executedAt);
        QVERIFY(blockTable->viewport()->rect().contains(
            blockTable->visualRect(blockTable->currentIndex()).center()));
        shoot(w, "parent-block");

        // Back in the subnet, validators go offline until it halts.
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        QCOMPARE(pages->subnet(), childId);
        QTest::keyClick(&w, Qt::Key_4, Qt::AltModifier);
        QCOMPARE(pages->currentIndex(), static_cast<int>(SubnetPages::ValidatorsPage));
        auto* validators = pages->findChild<QTableView*>(QStringLiteral("validatorTable"));
        auto* status = pages->findChild<QLabel*>(QStringLiteral("subnetStatusLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(validators->model()->rowCount(), 4, kTimeout);
        QCOMPARE(status->property("status").toString(),
                 ipc::ui::statusText(ipc::devnet::SubnetStatus::Running));
        for (int r = 0; r < 2; ++r) {
            // What a click on the Online check box does.
            const QModelIndex online =
                validators->model()->index(r, ipc::ui::ValidatorTableModel::OnlineColumn);
            QVERIFY(validators->model()->setData(online, Qt::Unchecked, Qt::CheckStateRole));
            QTRY_COMPARE_WITH_TIMEOUT(online.data(Qt::CheckStateRole).toInt(),
                                      static_cast<int>(Qt::Unchecked), kTimeout);
        }
        QTRY_COMPARE_WITH_TIMEOUT(status->property("status").toString(),
                                  ipc::ui::statusText(ipc::devnet::SubnetStatus::Halted), kTimeout);
        QVERIFY(status->text().contains(QStringLiteral("2 of 4 validators online")));
        shoot(w, "validators");
    }

    // A checkpoint row made current before its data arrived (the page not shown yet, or a
    // click on a "loading…" row): the inspector shows it once the row loads. It used to stay on
    // "Select a checkpoint to inspect it."
    void inspectorFollowsARowChosenWhileLoading() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSpeed(100);
        w.startTemplate(QStringLiteral("workshop"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(tree->model()->index(0, 0)) == 1,
                                 kTimeout);
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        SubnetPages* pages = w.subnetPages();
        QCOMPARE(pages->currentIndex(), int(SubnetPages::OverviewPage));
        auto* table = pages->findChild<QTableView*>(QStringLiteral("checkpointTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kTimeout);
        // The Checkpoints page is hidden: nothing has asked for its rows yet.
        const QModelIndex first = table->model()->index(0, 0);
        QVERIFY(!first.data(CheckpointTableModel::LoadedRole).toBool());
        table->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(&w, Qt::Key_5, Qt::AltModifier);
        auto* title = pages->findChild<QLabel*>(QStringLiteral("checkpointTitle"));
        QTRY_VERIFY_WITH_TIMEOUT(title->text().startsWith(QStringLiteral("Checkpoint at height")),
                                 kTimeout);
        QCOMPARE(title->text().section(QLatin1Char(' '), 3, 3).toULongLong(),
                 table->currentIndex().data(CheckpointTableModel::HeightRole).toULongLong());
    }

    // A contract deployed with a signed creation transaction shows in its subnet's Contracts
    // page; its creation transaction says so in the Transactions table and the detail pane,
    // with the constructor's log (address, topic, data as hex).
    void aDeployedContractShowsInItsSubnetPages() {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSpeed(10);
        w.startTemplate(QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        SubnetPages* pages = w.subnetPages();
        QTRY_VERIFY_WITH_TIMEOUT(!pages->subnet().isEmpty(), kTimeout);  // the root
        QTest::keyClick(&w, Qt::Key_7, Qt::AltModifier);
        QCOMPARE(pages->currentIndex(), static_cast<int>(SubnetPages::ContractsPage));
        auto* contracts = pages->findChild<QTableView*>(QStringLiteral("contractTable"));
        QVERIFY(contracts && contracts->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!pages->contractModel()->isFetching(), kTimeout);
        QCOMPARE(contracts->model()->rowCount(), 0);

        const SubmittedOnRoot d = deployOnRoot(w.bridge());
        QVERIFY(!d.tx.isEmpty());
        // New blocks' contracts come to the top of the list.
        QTRY_COMPARE_WITH_TIMEOUT(contracts->model()->rowCount(), 1, kTimeout);
        auto* model = contracts->model();
        const auto cell = [model](int column, int role = Qt::DisplayRole) {
            return model->index(0, column).data(role);
        };
        QCOMPARE(cell(ipc::ui::ContractTableModel::AddressColumn).toString(), d.created);
        QCOMPARE(cell(ipc::ui::ContractTableModel::CreatorColumn, Qt::ToolTipRole).toString(),
                 d.sender);
        QCOMPARE(cell(ipc::ui::ContractTableModel::CreationTxColumn, Qt::ToolTipRole).toString(),
                 d.tx);
        QVERIFY(cell(ipc::ui::ContractTableModel::CodeSizeColumn)
                    .toString()
                    .startsWith(QStringLiteral("10 byte")));
        QVERIFY(cell(ipc::ui::ContractTableModel::BlockColumn).toULongLong() > 0);
        // Every column reads whole.
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString text = cell(c).toString();
            QVERIFY2(contracts->fontMetrics().horizontalAdvance(text) <= contracts->columnWidth(c),
                     qPrintable(text));
        }

        // A double-click opens its creation transaction, which says what it created.
        const QModelIndex first = model->index(0, 0);
        contracts->scrollTo(first);
        const QPoint at = contracts->visualRect(first).center();
        QTest::mouseClick(contracts->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(contracts->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(pages->currentIndex(), static_cast<int>(SubnetPages::TransactionsPage));
        auto* transactions = pages->findChild<QTableView*>(QStringLiteral("transactionTable"));
        QTRY_COMPARE_WITH_TIMEOUT(
            transactions->currentIndex().data(ipc::ui::TransactionTableModel::HashRole).toString(),
            d.tx, kTimeout);
        const QModelIndex to =
            transactions->currentIndex().siblingAtColumn(ipc::ui::TransactionTableModel::ToColumn);
        QVERIFY2(to.data().toString().startsWith(QStringLiteral("contract creation → 0x")),
                 qPrintable(to.data().toString()));
        QVERIFY(to.data(Qt::ToolTipRole).toString().contains(d.created));
        auto* details = pages->findChild<QTreeWidget*>(QStringLiteral("transactionDetails"));
        QTreeWidgetItem* created = field(details, QStringLiteral("Created contract"));
        QVERIFY(created);
        QCOMPARE(created->text(1), d.created);
        QTreeWidgetItem* log = field(details, QStringLiteral("Log 0"));
        QVERIFY(log);
        QCOMPARE(log->text(1), d.created);
        QCOMPARE(log->childCount(), 2);  // one topic, the data
        QCOMPARE(log->child(0)->text(1),
                 QStringLiteral("0x") + QString(62, QLatin1Char('0')) + QStringLiteral("77"));
        QCOMPARE(log->child(1)->text(1), QStringLiteral("0xab"));
        shoot(w, "contract-creation");
    }

    // A transaction that printed with console.log and reverted shows its decoded reason and
    // the printed line in the detail pane.
    void aTransactionShowsItsConsoleLinesAndRevertReason() {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSpeed(10);
        w.startTemplate(QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        SubnetPages* pages = w.subnetPages();
        QTRY_VERIFY_WITH_TIMEOUT(!pages->subnet().isEmpty(), kTimeout);  // the root

        const QString tx = consoleLogFailureOnRoot(w.bridge());
        QVERIFY2(!tx.isEmpty(), "tests/fixtures/contracts/ConsoleLog.hex is missing");
        QTRY_VERIFY_WITH_TIMEOUT(minedOnRoot(w.bridge(), tx), kTimeout);
        pages->showTransaction(tx);
        auto* details = pages->findChild<QTreeWidget*>(QStringLiteral("transactionDetails"));
        QTRY_VERIFY_WITH_TIMEOUT(field(details, QStringLiteral("console.log")), kTimeout);
        QTreeWidgetItem* console = field(details, QStringLiteral("console.log"));
        QCOMPARE(console->text(1), QStringLiteral("1"));
        QCOMPARE(console->childCount(), 1);
        QCOMPARE(console->child(0)->text(1), QStringLiteral("about to fail with 5"));
        QTreeWidgetItem* status = field(details, QStringLiteral("Status"));
        QVERIFY(status);
        QCOMPARE(status->text(1), QStringLiteral("failed: execution reverted: n must be zero"));
        shoot(w, "console-log");
    }

    void blocksPageListsNewestFirstAndStopsFollowing() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSpeed(100);
        w.startTemplate(QStringLiteral("workshop"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        SubnetPages* pages = w.subnetPages();
        QTRY_VERIFY_WITH_TIMEOUT(!pages->subnet().isEmpty(), kTimeout);  // the root
        // The root has no relayer, and the Overview and the side panel say the same.
        QTRY_COMPARE_WITH_TIMEOUT(w.findChild<QLabel*>(QStringLiteral("overviewRelayer"))->text(),
                                  QStringLiteral("n/a (the root)"), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(w.findChild<QLabel*>(QStringLiteral("summaryRelayer"))->text(),
                                  QStringLiteral("n/a (the root)"), kTimeout);
        QTest::keyClick(&w, Qt::Key_2, Qt::AltModifier);
        auto* blocks = pages->findChild<QTableView*>(QStringLiteral("blockTable"));
        QTRY_VERIFY_WITH_TIMEOUT(blocks->model()->rowCount() > 20, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            blocks->model()->index(0, 0).data(ipc::ui::BlockTableModel::LoadedRole).toBool(),
            kTimeout);
        // Follow tip off (the box, as a user unticks it): the rows on screen hold still while
        // the chain grows, and new blocks still arrive above them.
        auto* follow = pages->findChild<QCheckBox*>(QStringLiteral("followTipBlocks"));
        follow->click();
        QVERIFY(!pages->followTip());
        blocks->scrollTo(blocks->model()->index(10, 0), QAbstractItemView::PositionAtTop);
        const auto topBlock = [blocks] {
            return blocks->indexAt(QPoint(1, 1))
                .data(ipc::ui::BlockTableModel::NumberRole)
                .toULongLong();
        };
        const quint64 top = topBlock();
        const int rows = blocks->model()->rowCount();
        const quint64 height = w.bridge()->view()->subnets.front().height;
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->view()->subnets.front().height > height + 5, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(blocks->model()->rowCount() > rows + 5, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(topBlock(), top, kTimeout);
        // Ctrl+Home reaches the tip, not a stale height.
        blocks->setFocus();
        QTest::keyClick(blocks, Qt::Key_Home, Qt::ControlModifier);
        const quint64 tip = blocks->model()->rowCount() - 1;
        QCOMPARE(blocks->currentIndex().row(), 0);
        QCOMPARE(blocks->currentIndex().data(ipc::ui::BlockTableModel::NumberRole).toULongLong(),
                 tip);

        // Following again, then a click on a block stops following so it stays in view.
        follow->click();
        QVERIFY(pages->followTip());
        blocks->scrollToTop();
        const QRect cell = blocks->visualRect(blocks->model()->index(3, 0));
        QTest::mouseClick(blocks->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!pages->followTip());
        QVERIFY(!follow->isChecked());
        const quint64 clicked =
            blocks->currentIndex().data(ipc::ui::BlockTableModel::NumberRole).toULongLong();
        const int before = blocks->model()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(blocks->model()->rowCount() > before + 3, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(blocks->viewport()->rect().contains(
                                     blocks->visualRect(blocks->currentIndex()).center()),
                                 kTimeout);
        QCOMPARE(blocks->currentIndex().data(ipc::ui::BlockTableModel::NumberRole).toULongLong(),
                 clicked);
    }

    // The message inspector decodes a cross-net call: its method by name with the selector, its
    // params; and the Result that answers it: outcome, return data and the revert in words.
    void theMessageInspectorDecodesACallAndItsResult() {
        ipc::ui::DevnetBridge bridge;
        SubnetPages pages(&bridge);
        pages.resize(1200, 700);
        pages.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pages));
        const ipc::SubnetId root(31337);
        const ipc::SubnetId leaf(
            31337, {ipc::EthAddress::parse("0x3e8b68b05d57a45cfd6d6da50b7c6e1c8c3c6b38")});
        ipc::devnet::CrossMessageView call;
        call.tracingId = ipc::keccak256(std::string_view("call"));
        call.kind = ipc::protocol::MsgKind::Call;
        call.from = {root, ipc::EthAddress::parse("0x5fbdb2315678afecb367f032d93f642f64180aa3")};
        call.to = {leaf, call.from.raw};
        call.route = {root, leaf};
        call.call =
            ipc::protocol::CallMsg{ipc::Bytes{0x7c, 0xf5, 0xda, 0xb0}, ipc::Bytes(32, 0x00)};
        call.call->params.back() = 7;
        call.callMethod = "increment(uint256)";
        ipc::devnet::CrossMessageView result;
        result.tracingId = ipc::keccak256(std::string_view("result"));
        result.kind = ipc::protocol::MsgKind::Result;
        result.from = call.to;
        result.to = call.from;
        result.route = {leaf, root};
        result.answers = call.tracingId;
        result.result = ipc::protocol::ResultMsg{call.tracingId, ipc::protocol::Outcome::ActorErr,
                                                 ipc::Bytes{0xde, 0xad}};
        result.resultText = "reverted with custom error 'StepTooLarge(5000, 5007)'";
        pages.messageModel()->setMessages({call, result});

        // No subnet is selected (no hierarchy runs here): the tabs are disabled, so open it
        // directly.
        pages.setCurrentIndex(SubnetPages::MessagesPage);
        auto* table = pages.findChild<QTableView*>(QStringLiteral("messageTable"));
        auto* details = pages.findChild<QTreeWidget*>(QStringLiteral("messageDetails"));
        QVERIFY(table && details);
        const auto field = [&](const QString& name) {
            const auto found = details->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
            return found.isEmpty() ? QString() : found.front()->text(1);
        };
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            if (!field(QStringLiteral("Method")).isEmpty()) {
                QCOMPARE(field(QStringLiteral("Method")),
                         QStringLiteral("increment(uint256) (0x7cf5dab0)"));
                QCOMPARE(
                    field(QStringLiteral("Params")),
                    QStringLiteral("0x") + QString(62, QLatin1Char('0')) + QStringLiteral("07"));
                QVERIFY(field(QStringLiteral("Outcome")).isEmpty());
                shoot(pages, "message-call");
            } else {
                QCOMPARE(field(QStringLiteral("Outcome")), QStringLiteral("ActorErr"));
                QCOMPARE(field(QStringLiteral("Return data")), QStringLiteral("0xdead"));
                QCOMPARE(field(QStringLiteral("Revert")),
                         QStringLiteral("reverted with custom error 'StepTooLarge(5000, 5007)'"));
                shoot(pages, "message-result");
            }
        }
        QCOMPARE(table->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestSubnetPages)
#include "test_subnet_pages.moc"
