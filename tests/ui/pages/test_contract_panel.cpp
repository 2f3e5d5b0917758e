// The user's own contracts in the desktop app: File › Link Contracts… on a Hardhat project
// (tests/fixtures/artifacts/hardhat, from tests/hardhat/contracts), NestedCalls deployed on the
// root, named in the Contracts and Transactions tabs; its read form calls it, its write form sends
// from the wallet and follows the transaction into its block, its storage is read by slot, a
// transaction shows its decoded call, events and call trace with gas; a rebuild of the project
// is linked again by itself, and a build that does not load yet changes nothing.
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <string>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/evm/executor.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/ui/bridge/contract_linker.h"
#include "ipc/ui/models/contract_table_model.h"
#include "ipc/ui/models/transaction_table_model.h"
#include "ipc/ui/pages/contract_panel.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/window/main_window.h"
#include "ipc/ui/window/theme.h"
#include "ipc/ui/window/translations.h"
#include "root_transactions.h"
#include "test_settings.h"

using ipc::ui::ContractLinker;
using ipc::ui::ContractPanel;
using ipc::ui::ContractTableModel;
using ipc::ui::MainWindow;
using ipc::ui::SubnetPages;

namespace {

constexpr int kTimeout = 15000;
const std::filesystem::path kHardhat =
    std::filesystem::path(IPC_FIXTURES_DIR) / "artifacts" / "hardhat";

void shoot(QWidget& w, const char* name) {
    const QString dir = qEnvironmentVariable("IPC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    w.grab().save(dir + QStringLiteral("/contracts-%1-%2.png")
                            .arg(qEnvironmentVariable("IPC_THEME", QStringLiteral("light")),
                                 QString::fromLatin1(name)));
}

ipc::Bytes creationCode() {
    std::ifstream in(kHardhat / "contracts/NestedCalls.sol/NestedCalls.json");
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    std::smatch m;
    if (!std::regex_search(s, m, std::regex("\"bytecode\"\\s*:\\s*\"(0x[0-9a-fA-F]+)\"")))
        return {};
    return ipc::fromHex(m[1].str());
}

// Deploys NestedCalls on the root from account 0; answers its address.
QString deployNested(ipc::ui::DevnetBridge* bridge) {
    return submitOnRoot(*bridge, std::nullopt, creationCode(), 2'000'000).created;
}

// A copy of the fixture project, as a build would leave it, removed at the end.
class Project {
public:
    Project() {
        std::random_device rd;
        dir_ = std::filesystem::temp_directory_path() /
               ("ipc-linked-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::copy(kHardhat, dir_, std::filesystem::copy_options::recursive);
    }
    ~Project() {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    QString path() const { return QString::fromStdString(dir_.string()); }
    std::filesystem::path file(const std::string& relative) const { return dir_ / relative; }

private:
    std::filesystem::path dir_;
};

QTreeWidgetItem* field(QTreeWidget* tree, const QString& name, Qt::MatchFlags how = {}) {
    const auto found = tree->findItems(name, Qt::MatchRecursive | how);
    return found.isEmpty() ? nullptr : found.front();
}

void choose(QComboBox* box, const QString& prefix) {
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i).startsWith(prefix)) {
            box->setCurrentIndex(i);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no item starts with ") + prefix));
}

}  // namespace

class TestContractPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        ipc::ui::test::useTestSettings(QStringLiteral("test_contract_panel"));
        if (qEnvironmentVariableIsSet("IPC_THEME"))
            ipc::ui::applyTheme(qEnvironmentVariable("IPC_THEME"));
        // English plural forms come from the English catalogue, as in the app.
        QVERIFY(ipc::ui::installTranslations(QStringLiteral("en")));
    }

    void aLinkedProjectIsReadCalledAndTraced() {
        QVERIFY2(!creationCode().empty(), "the NestedCalls artifact is missing");
        Project project;
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSpeed(10);
        w.startTemplate(QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        SubnetPages* pages = w.subnetPages();
        QTRY_VERIFY_WITH_TIMEOUT(!pages->subnet().isEmpty(), kTimeout);  // the root
        auto* link = w.findChild<QAction*>(QStringLiteral("actionLinkContracts"));
        QVERIFY(link && link->isEnabled());
        QCOMPARE(link->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));

        const QString nested = deployNested(w.bridge());
        QVERIFY(!nested.isEmpty());
        QTest::keyClick(&w, Qt::Key_7, Qt::AltModifier);
        auto* contracts = pages->findChild<QTableView*>(QStringLiteral("contractTable"));
        // NestedCalls and the Logic its constructor made with CREATE.
        QTRY_COMPARE_WITH_TIMEOUT(contracts->model()->rowCount(), 2, kTimeout);
        QCOMPARE(contracts->model()->index(0, ContractTableModel::NameColumn).data().toString(),
                 QString());

        // Link: the status bar says so, the list names the contract.
        ContractLinker* linker = w.contractLinker();
        QSignalSpy linked(linker, &ContractLinker::linked);
        w.linkContracts(project.path());
        QTRY_COMPARE_WITH_TIMEOUT(linked.count(), 1, kTimeout);
        auto* label = w.findChild<QLabel*>(QStringLiteral("linkedLabel"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("4 contracts linked"));
        QVERIFY(label->toolTip().contains(project.path()));
        QTRY_COMPARE_WITH_TIMEOUT(
            contracts->model()->index(0, ContractTableModel::NameColumn).data().toString(),
            QStringLiteral("NestedCalls"), kTimeout);
        QCOMPARE(contracts->model()->index(1, ContractTableModel::NameColumn).data().toString(),
                 QStringLiteral("Logic"));

        // Select it: the panel lists its functions, reads first.
        contracts->setCurrentIndex(contracts->model()->index(0, 0));
        ContractPanel* panel = pages->contractPanel();
        auto* title = panel->findChild<QLabel*>(QStringLiteral("contractTitle"));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("NestedCalls"), kTimeout);
        auto* reads = panel->findChild<QComboBox*>(QStringLiteral("readFunctions"));
        auto* writes = panel->findChild<QComboBox*>(QStringLiteral("writeFunctions"));
        QCOMPARE(reads->count(), 4);
        QCOMPARE(reads->itemText(0), QStringLiteral("depthReached() → uint256"));
        QCOMPARE(writes->count(), 4);
        QVERIFY(writes->itemText(2).startsWith(QStringLiteral("forward(address to)")));
        QVERIFY(writes->itemText(2).endsWith(QStringLiteral("· payable")));

        // Read slot0: nothing written yet.
        auto* result = panel->findChild<QPlainTextEdit*>(QStringLiteral("readResult"));
        choose(reads, QStringLiteral("slot0"));
        panel->findChild<QPushButton*>(QStringLiteral("callButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            result->toPlainText().contains(QStringLiteral("slot0 → uint256: 0")), kTimeout);

        // Write delegateSet(7) from the wallet; the status follows it into its block.
        auto* tabs = panel->findChild<QTabWidget*>(QStringLiteral("contractTabs"));
        tabs->setCurrentIndex(ContractPanel::WriteTab);
        choose(writes, QStringLiteral("delegateSet"));
        auto* status = panel->findChild<QLabel*>(QStringLiteral("writeStatus"));
        auto* send = panel->findChild<QPushButton*>(QStringLiteral("sendButton"));
        auto* value = panel->findChild<QLineEdit*>(QStringLiteral("valueEdit"));
        QVERIFY(!value->isEnabled());  // not payable
        auto* argument = panel->findChild<QLineEdit*>(QStringLiteral("argument0"));
        QVERIFY(argument);
        QCOMPARE(argument->placeholderText(), QStringLiteral("uint256"));
        argument->setText(QStringLiteral("seven"));
        send->click();
        QCOMPARE(status->text(),
                 QStringLiteral(
                     "Not sent: 'v': expected a uint256 (decimal digits or 0x hex), got 'seven'"));
        argument->setText(QStringLiteral("7"));
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("succeeded in block")),
                                 kTimeout);
        tabs->setCurrentIndex(ContractPanel::ReadTab);
        panel->findChild<QPushButton*>(QStringLiteral("callButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            result->toPlainText().contains(QStringLiteral("slot0 → uint256: 7")), kTimeout);

        // Storage slot 0 holds it too.
        tabs->setCurrentIndex(ContractPanel::StorageTab);
        auto* slot = panel->findChild<QLineEdit*>(QStringLiteral("slotEdit"));
        auto* asNumber = panel->findChild<QLabel*>(QStringLiteral("slotDecimal"));
        slot->setText(QStringLiteral("zero"));
        panel->findChild<QPushButton*>(QStringLiteral("slotButton"))->click();
        QVERIFY(asNumber->text().contains(QStringLiteral("is not a slot")));
        slot->setText(QStringLiteral("0"));
        panel->findChild<QPushButton*>(QStringLiteral("slotButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(asNumber->text(), QStringLiteral("7"), kTimeout);
        QCOMPARE(panel->findChild<QLineEdit*>(QStringLiteral("slotValue"))->text(),
                 QStringLiteral("0x") + QString(63, QLatin1Char('0')) + QStringLiteral("7"));

        // catchInner(3): an inner call reverts and is caught; the transaction shows it all.
        tabs->setCurrentIndex(ContractPanel::WriteTab);
        choose(writes, QStringLiteral("catchInner"));
        panel->findChild<QLineEdit*>(QStringLiteral("argument0"))->setText(QStringLiteral("3"));
        QTest::keyClick(panel->findChild<QLineEdit*>(QStringLiteral("argument0")), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("succeeded in block")),
                                 kTimeout);
        tabs->setCurrentIndex(ContractPanel::ReadTab);
        shoot(w, "panel");
        panel->findChild<QPushButton*>(QStringLiteral("showSent"))->click();
        QCOMPARE(pages->currentIndex(), static_cast<int>(SubnetPages::TransactionsPage));
        auto* details = pages->findChild<QTreeWidget*>(QStringLiteral("transactionDetails"));
        QTRY_VERIFY_WITH_TIMEOUT(field(details, QStringLiteral("Method")), kTimeout);
        QCOMPARE(field(details, QStringLiteral("Method"))->text(1),
                 QStringLiteral("catchInner(code: 3)"));
        QVERIFY(field(details, QStringLiteral("To"))
                    ->text(1)
                    .startsWith(QStringLiteral("NestedCalls (")));
        QCOMPARE(field(details, QStringLiteral("Log 0"))->text(1),
                 QStringLiteral("Caught(reason: \"inner failed with code\")"));
        // The call trace: the top call and the inner one that failed, each with its gas.
        QTRY_VERIFY_WITH_TIMEOUT(
            field(details, QStringLiteral("CALL NestedCalls.catchInner(code: 3)")), kTimeout);
        QTreeWidgetItem* top =
            field(details, QStringLiteral("CALL NestedCalls.catchInner(code: 3)"));
        QVERIFY(top->text(1).startsWith(QStringLiteral("gas ")));
        QTreeWidgetItem* inner = field(details, QStringLiteral("STATICCALL Logic.fail(code: 3)"));
        QVERIFY(inner);
        QCOMPARE(inner->parent(), top);
        QVERIFY2(inner->text(1).endsWith(QStringLiteral(" · failed")), qPrintable(inner->text(1)));
        QTreeWidgetItem* error = inner->child(0);
        QCOMPARE(error->text(0), QStringLiteral("Error"));
        QCOMPARE(error->text(1),
                 QStringLiteral("reverted with reason string 'inner failed with code'"));
        auto* transactions = pages->findChild<QTableView*>(QStringLiteral("transactionTable"));
        QCOMPARE(transactions->currentIndex()
                     .siblingAtColumn(ipc::ui::TransactionTableModel::MethodColumn)
                     .data()
                     .toString(),
                 QStringLiteral("catchInner(code: 3)"));
        details->scrollToItem(error, QAbstractItemView::PositionAtBottom);
        shoot(w, "trace");

        // A rebuild is linked again by itself; a half-written one changes nothing.
        QSignalSpy failed(linker, &ContractLinker::linkFailed);
        const auto events = project.file("contracts/Events.sol/Events.json");
        {
            std::ofstream(events, std::ios::trunc) << "{\"abi\": [";  // mid-write
        }
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        QCOMPARE(label->text(), QStringLiteral("4 contracts linked"));
        {
            std::ofstream(events, std::ios::trunc)
                << R"({"contractName":"Events","sourceName":"contracts/Events.sol","abi":[]})";
        }
        QTRY_COMPARE_WITH_TIMEOUT(linked.count(), 2, kTimeout);
        QCOMPARE(linked.at(1).at(1).toBool(), true);

        // Unlinked: the names are gone, the label too.
        w.findChild<QAction*>(QStringLiteral("actionUnlinkContracts"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!label->isVisible(), kTimeout);
        QTest::keyClick(&w, Qt::Key_7, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(
            contracts->model()->index(0, ContractTableModel::NameColumn).data().toString(),
            QString(), kTimeout);
    }

    // Run › Refuse Cheat Methods marks a shared or demo devnet: the JSON-RPC cheats are refused.
    void cheatMethodsCanBeRefused() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* refuse = w.findChild<QAction*>(QStringLiteral("actionRefuseCheats"));
        QVERIFY(refuse && !refuse->isEnabled());  // nothing runs yet
        w.startTemplate(QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        QVERIFY(refuse->isEnabled());
        QVERIFY(!refuse->isChecked());
        QVERIFY(w.bridge()->cheatsAllowed());
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(refuse->isChecked());
        QVERIFY(!w.bridge()->cheatsAllowed());
        refuse->trigger();
        QVERIFY(w.bridge()->cheatsAllowed());
    }
};

QTEST_MAIN(TestContractPanel)
#include "test_contract_panel.moc"
