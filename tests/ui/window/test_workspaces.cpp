// Workspaces and snapshots in the desktop app, driven through the main window: a named workspace
// created from a template, snapshots taken and reverted to, the workspace reopened on the next
// start where it stopped, a one-click quickstart saved as a workspace (and its temp files
// discarded), and the workspace manager's refusals.
#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/rpc/client.h"
#include "ipc/devnet/topology.h"
#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/dialogs/workspace_dialog.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/models/wallet_model.h"
#include "ipc/ui/transfer/transfer_wizard.h"
#include "ipc/ui/wallet/wallet_panel.h"
#include "ipc/ui/window/main_window.h"
#include "modal_support.h"
#include "test_settings.h"

using ipc::ui::DevnetBridge;
using ipc::ui::HierarchyModel;
using ipc::ui::MainWindow;
using ipc::ui::WorkspaceDialog;

namespace {

constexpr int kTimeout = 20000;

quint64 rootHeight(MainWindow& w) {
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
    return tree->model()->index(0, 0).data(HierarchyModel::HeightRole).toULongLong();
}

QString label(MainWindow& w, const char* name) {
    return w.findChild<QLabel*>(QString::fromLatin1(name))->text();
}

// Snapshots as the engine lists them, read synchronously for the test.
std::vector<ipc::devnet::SnapshotInfo> snapshots(DevnetBridge* bridge) {
    std::vector<ipc::devnet::SnapshotInfo> out;
    bool done = false;
    QObject context;
    bridge->ask(&context, ipc::devnet::SnapshotsQuery{},
                [&](std::vector<ipc::devnet::SnapshotInfo> list) {
                    out = std::move(list);
                    done = true;
                });
    if (!QTest::qWaitFor([&] { return done; }, kTimeout))
        qWarning("snapshot list did not arrive");
    return out;
}

}  // namespace

class TestWorkspaces : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        ipc::ui::test::useTestSettings(QStringLiteral("test_workspaces"));
        QVERIFY(dir_.isValid());
        qputenv("IPC_STUDIO_WORKSPACES_DIR", dir_.path().toUtf8());
    }

    void namedWorkspaceKeepsSnapshotsAndReopens() {
        quint64 reverted = 0;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.openWorkspace(QStringLiteral("demo"), QStringLiteral("single"));
            QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
            QVERIFY(QFileInfo::exists(dir_.filePath(QStringLiteral("demo.ipcws"))));
            QCOMPARE(w.workspaceName(), QStringLiteral("demo"));
            QVERIFY(w.windowTitle().startsWith(QStringLiteral("demo")));
            QTRY_COMPARE_WITH_TIMEOUT(label(w, "workspaceLabel"), QStringLiteral("Workspace: demo"),
                                      kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(rootHeight(w) > 0, kTimeout);
            w.bridge()->pause();
            QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isPaused(), kTimeout);
            w.takeSnapshot(QStringLiteral("base"));
            QTRY_VERIFY_WITH_TIMEOUT(
                w.statusBar()->currentMessage().contains(QStringLiteral("“base” taken")), kTimeout);
            const auto taken = snapshots(w.bridge());
            QCOMPARE(taken.size(), std::size_t{1});
            reverted = taken.front().heights.front().second;
            const quint64 before = reverted;
            QTRY_COMPARE_WITH_TIMEOUT(rootHeight(w), before, kTimeout);

            // Three more blocks, then back.
            const QString root = w.bridge()->view()->subnets.front().id.toString().c_str();
            for (int i = 0; i < 3; ++i)
                w.bridge()->step(root);
            QTRY_COMPARE_WITH_TIMEOUT(rootHeight(w), before + 3, kTimeout);
            w.revertToSnapshot(QStringLiteral("base"));
            QTRY_VERIFY_WITH_TIMEOUT(
                w.statusBar()->currentMessage().contains(QStringLiteral("Reverted")), kTimeout);
            QTRY_COMPARE_WITH_TIMEOUT(rootHeight(w), before, kTimeout);
            // The tree was rebuilt and the root selected again.
            auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
            QTRY_VERIFY_WITH_TIMEOUT(tree->currentIndex().isValid(), kTimeout);
            w.close();
        }
        // The next start reopens it where it stopped, with its snapshot.
        MainWindow again;
        again.show();
        QVERIFY(again.reopenLastWorkspace());
        QTRY_VERIFY_WITH_TIMEOUT(again.bridge()->isRunning(), kTimeout);
        QCOMPARE(again.workspaceName(), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(again) >= reverted, kTimeout);
        const auto kept = snapshots(again.bridge());
        QCOMPARE(kept.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(kept.front().name), QStringLiteral("base"));
        // The welcome page lists it as recent.
        QVERIFY(again.findChild<QPushButton*>(QStringLiteral("recent_demo")) != nullptr);
    }

    // The toolbar's revert while the hierarchy runs in real time: the clock continues from the
    // snapshot. (It used to continue from the wall clock: every block since the snapshot was
    // made again at once.)
    void toolbarRevertWhileRunningRewindsTheClock() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openWorkspace(QStringLiteral("rewind"), QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(w) > 0, kTimeout);
        w.bridge()->pause();
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isPaused(), kTimeout);
        w.takeSnapshot(QStringLiteral("s1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.statusBar()->currentMessage().contains(QStringLiteral("“s1” taken")), kTimeout);
        const quint64 at = snapshots(w.bridge()).front().heights.front().second;

        // 100x for a 200-block lead, then back to real time and revert from the toolbar.
        constexpr quint64 kLead = 200;
        w.bridge()->setSpeed(100);
        w.bridge()->resume();
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(w) >= at + kLead, 60000);
        w.bridge()->setSpeed(1);
        modal_test::ModalAnswers answers({
            [](QWidget* dialog) {
                auto* input = qobject_cast<QInputDialog*>(dialog);
                QVERIFY(input != nullptr);
                const QStringList items = input->comboBoxItems();
                const auto it = std::find_if(items.begin(), items.end(), [](const QString& t) {
                    return t.contains(QStringLiteral("s1"));
                });
                QVERIFY(it != items.end());
                input->setTextValue(*it);
                input->accept();
            },
            [](QWidget* dialog) {
                // Return confirms (it used to mean Cancel).
                auto* box = qobject_cast<QMessageBox*>(dialog);
                QVERIFY(box != nullptr);
                QCOMPARE(box->objectName(), QStringLiteral("revertConfirmation"));
                QTest::keyClick(box, Qt::Key_Return);
            },
        });
        w.findChild<QAction*>(QStringLiteral("actionRevertSnapshot"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(answers.done(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            w.statusBar()->currentMessage().contains(QStringLiteral("Reverted")), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        // It runs on from the snapshot in real time: five more root blocks take at least four
        // seconds of wall clock at 1x (virtual time never outruns it). Before, the engine made
        // the 200 blocks of the lead again at once to catch up with the wall clock.
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(w) >= at + 5, kTimeout);
        QVERIFY2(clock.elapsed() >= 3500,
                 qPrintable(QStringLiteral("root went from %1 to %2 in %3 ms after the revert")
                                .arg(at)
                                .arg(rootHeight(w))
                                .arg(clock.elapsed())));
        QVERIFY(rootHeight(w) < at + kLead / 2);
    }

    // A workspace's wallet lists the mnemonic's accounts in order, account 0 first and the
    // default (it used to sort them by address: account 7 first and preselected everywhere).
    void workspaceWalletStartsWithAccountZero() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openWorkspace(QStringLiteral("accounts"), QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning() && w.bridge()->wallet() != nullptr,
                                 kTimeout);
        auto* walletModel = w.walletPanel()->model();
        QTRY_COMPARE_WITH_TIMEOUT(walletModel->rowCount(), 10, kTimeout);
        const QString anvil0 = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        for (int row = 0; row < 10; ++row) {
            QCOMPARE(walletModel->index(row, ipc::ui::WalletModel::LabelColumn).data().toString(),
                     QStringLiteral("account %1").arg(row));
        }
        QCOMPARE(walletModel->index(0, ipc::ui::WalletModel::AddressColumn).data().toString(),
                 anvil0);
        QCOMPARE(walletModel->index(0, ipc::ui::WalletModel::DefaultColumn).data().toString(),
                 QStringLiteral("★"));
        // The transfer wizard's From starts on it.
        auto* wizard = w.openTransferWizard();
        QVERIFY(wizard != nullptr);
        auto* from = wizard->findChild<QComboBox*>(QStringLiteral("fromAccount"));
        QTRY_VERIFY_WITH_TIMEOUT(from->count() == 10, kTimeout);
        QCOMPARE(from->currentData().toString(), anvil0);
        wizard->close();
    }

    // New Workspace offers the settings people change (RPC port, block time, accounts,
    // mnemonic) with the template's values as defaults; a bad mnemonic is refused in the form.
    void newWorkspaceTakesItsSettings() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto port =
            static_cast<quint16>(33000 + QCoreApplication::applicationPid() % 500 * 10);
        WorkspaceDialog dialog(dir_.path(), {}, &w);
        bool badRefused = false;
        modal_test::ModalAnswers answers({
            [&](QWidget* form) {
                QCOMPARE(form->objectName(), QStringLiteral("newWorkspaceDialog"));
                auto* templ = form->findChild<QComboBox*>(QStringLiteral("workspaceTemplate"));
                auto* blockTime = form->findChild<QSpinBox*>(QStringLiteral("workspaceBlockTime"));
                auto* accounts = form->findChild<QSpinBox*>(QStringLiteral("workspaceAccounts"));
                auto* mnemonic = form->findChild<QLineEdit*>(QStringLiteral("workspaceMnemonic"));
                auto* rpc = form->findChild<QSpinBox*>(QStringLiteral("workspaceRpcPort"));
                QVERIFY(templ && blockTime && accounts && mnemonic && rpc);
                // The template's values are the defaults.
                templ->setCurrentText(QStringLiteral("single"));
                QCOMPARE(blockTime->value(), 1000);
                QCOMPARE(accounts->value(), 10);
                QCOMPARE(mnemonic->text(),
                         QStringLiteral("test test test test test test test test test test test "
                                        "junk"));
                QCOMPARE(rpc->value(), 8545);
                form->findChild<QLineEdit*>(QStringLiteral("workspaceName"))
                    ->setText(QStringLiteral("tuned"));
                blockTime->setValue(500);
                accounts->setValue(3);
                rpc->setValue(port);
                // A phrase that is not BIP-39: said in the form, which stays open.
                mnemonic->setText(QStringLiteral("not a real phrase"));
                auto* ok = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
                // Said at once, with OK disabled until it is fixed.
                auto* problem = form->findChild<QLabel*>(QStringLiteral("newWorkspaceError"));
                QVERIFY(problem && problem->isVisible());
                QVERIFY(!ok->isEnabled());
                ok->click();
                QVERIFY(form->isVisible());
                badRefused = true;
                mnemonic->setText(
                    QStringLiteral("test test test test test test test test test "
                                   "test test junk"));
                ok->click();
            },
        });
        dialog.findChild<QPushButton*>(QStringLiteral("newWorkspaceButton"))->click();
        QVERIFY(answers.done());
        QVERIFY(badRefused);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.chosenTopology().has_value());
        QCOMPARE(dialog.chosenRpcPort().value_or(0), port);
        w.openChosenWorkspace(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning() && w.bridge()->view() != nullptr,
                                 kTimeout);
        QCOMPARE(w.workspaceName(), QStringLiteral("tuned"));
        QCOMPARE(w.bridge()->view()->subnets.front().blockTimeMs, std::uint64_t{500});
        QTRY_COMPARE_WITH_TIMEOUT(w.walletPanel()->model()->rowCount(), 3, kTimeout);
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()
                                     ->index(0, 0)
                                     .data(HierarchyModel::RpcUrlRole)
                                     .toString()
                                     .contains(QStringLiteral(":%1").arg(port)),
                                 kTimeout);
    }

    // New Hierarchy (Ctrl+N) offers the same settings as New Workspace, the template's values
    // as defaults; a bad mnemonic or an RPC port out of range is said in the form and OK stays
    // disabled until it is fixed.
    void newHierarchyTakesItsSettings() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto port =
            static_cast<quint16>(36000 + QCoreApplication::applicationPid() % 500 * 10);
        const auto defaults = ipc::devnet::builtinTemplate("three-level");
        w.findChild<QAction*>(QStringLiteral("actionNewHierarchy"))->trigger();
        auto* button = w.findChild<QPushButton*>(QStringLiteral("startWithSettings"));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        bool checked = false;
        modal_test::ModalAnswers answers({
            [&](QWidget* form) {
                QCOMPARE(form->objectName(), QStringLiteral("newHierarchyDialog"));
                auto* templ = form->findChild<QComboBox*>(QStringLiteral("newHierarchyTemplate"));
                auto* blockTime =
                    form->findChild<QSpinBox*>(QStringLiteral("newHierarchyBlockTime"));
                auto* accounts = form->findChild<QSpinBox*>(QStringLiteral("newHierarchyAccounts"));
                auto* mnemonic =
                    form->findChild<QLineEdit*>(QStringLiteral("newHierarchyMnemonic"));
                auto* rpc = form->findChild<QSpinBox*>(QStringLiteral("newHierarchyRpcPort"));
                auto* problem = form->findChild<QLabel*>(QStringLiteral("newHierarchyError"));
                QVERIFY(templ && blockTime && accounts && mnemonic && rpc && problem);
                auto* ok = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
                // The template's values are the defaults.
                templ->setCurrentText(QStringLiteral("three-level"));
                QCOMPARE(blockTime->value(), static_cast<int>(defaults.rootBlockTimeMs));
                QCOMPARE(accounts->value(), static_cast<int>(defaults.accounts));
                QCOMPARE(mnemonic->text(), QString::fromStdString(defaults.mnemonic));
                QCOMPARE(rpc->value(), 8545);
                QVERIFY(ok->isEnabled());
                QVERIFY(problem->isHidden());
                // A phrase that is not BIP-39.
                mnemonic->setText(QStringLiteral("not a real phrase"));
                QVERIFY(!ok->isEnabled());
                QVERIFY(problem->isVisible());
                QVERIFY2(problem->text().contains(QStringLiteral("mnemonic")),
                         qPrintable(problem->text()));
                mnemonic->setText(QString::fromStdString(defaults.mnemonic));
                QVERIFY(ok->isEnabled());
                QVERIFY(problem->isHidden());
                // A privileged port, and one with no room for the subnets' ports after it.
                rpc->setValue(80);
                QVERIFY(!ok->isEnabled());
                QVERIFY2(problem->text().contains(QStringLiteral("RPC port 80")),
                         qPrintable(problem->text()));
                rpc->setValue(65535);
                QVERIFY(!ok->isEnabled());
                QVERIFY(problem->isVisible());
                rpc->setValue(port);
                blockTime->setValue(500);
                accounts->setValue(3);
                QVERIFY(ok->isEnabled());
                checked = true;
                ok->click();
            },
        });
        button->click();
        QVERIFY(answers.done());
        QVERIFY(checked);
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning() && w.bridge()->view() != nullptr,
                                 kTimeout);
        QCOMPARE(w.bridge()->view()->subnets.size(), defaults.subnetCount() + 1);
        for (const auto& subnet : w.bridge()->view()->subnets)
            QCOMPARE(subnet.blockTimeMs, std::uint64_t{500});
        QTRY_COMPARE_WITH_TIMEOUT(w.walletPanel()->model()->rowCount(), 3, kTimeout);
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()
                                     ->index(0, 0)
                                     .data(HierarchyModel::RpcUrlRole)
                                     .toString()
                                     .contains(QStringLiteral(":%1").arg(port)),
                                 kTimeout);
    }

    void quickstartIsSavedAsAWorkspace() {
        MainWindow w;
        w.show();
        w.startTemplate(QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        QVERIFY(w.bridge()->isQuickstart());
        const QString quick = w.bridge()->workspacePath();
        QVERIFY(QFileInfo::exists(quick));
        QVERIFY(!quick.startsWith(dir_.path()));
        QTRY_VERIFY_WITH_TIMEOUT(label(w, "workspaceLabel").contains(QStringLiteral("quickstart")),
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(w) >= 2, kTimeout);
        const quint64 height = rootHeight(w);

        // A bad name is refused and nothing changes.
        QVERIFY(!w.saveWorkspaceAs(QStringLiteral("../escape")));
        QVERIFY(w.bridge()->isQuickstart());

        QVERIFY(w.saveWorkspaceAs(QStringLiteral("kept")));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning() && !w.bridge()->isQuickstart(), kTimeout);
        QCOMPARE(w.workspaceName(), QStringLiteral("kept"));
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(w) >= height, kTimeout);
        // The quickstart's temp directory is gone once the copy runs.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QFileInfo(quick).absolutePath()), kTimeout);
        QVERIFY(QFileInfo::exists(dir_.filePath(QStringLiteral("kept.ipcws"))));
    }

    void managerRefusesWhatWouldLoseWork() {
        MainWindow w;
        w.show();
        w.openWorkspace(QStringLiteral("busy"), QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);

        WorkspaceDialog dialog(dir_.path(), w.bridge()->workspacePath(), &w);
        QVERIFY(dialog.table()->rowCount() >= 1);
        // The running workspace cannot be renamed or deleted.
        QVERIFY(!dialog.renameWorkspace(QStringLiteral("busy"), QStringLiteral("other")));
        QVERIFY(dialog.error().contains(QStringLiteral("running")));
        QVERIFY(!dialog.deleteWorkspace(QStringLiteral("busy")));
        QVERIFY(QFileInfo::exists(dir_.filePath(QStringLiteral("busy.ipcws"))));
        // Invalid and taken names.
        QVERIFY(!dialog.createWorkspace(QStringLiteral(""), QStringLiteral("single")));
        QVERIFY(!dialog.createWorkspace(QStringLiteral("busy"), QStringLiteral("single")));
        QVERIFY(dialog.error().contains(QStringLiteral("exists")));
        QVERIFY(!dialog.createWorkspace(QStringLiteral("fresh"), QStringLiteral("no-such")));
        QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("fresh.ipcws"))));
        // A copy of the running one works (online backup), then rename and delete the copy.
        QVERIFY(dialog.duplicateWorkspace(QStringLiteral("busy"), QStringLiteral("copy")));
        QVERIFY(dialog.renameWorkspace(QStringLiteral("copy"), QStringLiteral("copy2")));
        QVERIFY(QFileInfo::exists(dir_.filePath(QStringLiteral("copy2.ipcws"))));
        QVERIFY(dialog.deleteWorkspace(QStringLiteral("copy2")));
        QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("copy2.ipcws"))));
        QVERIFY(dialog.error().isEmpty());

        // A file that is not a workspace: the start fails with the reason, the file untouched.
        const QString junk = dir_.filePath(QStringLiteral("junk.ipcws"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database");
        }
        QSignalSpy failed(w.bridge(), &DevnetBridge::startFailed);
        w.openWorkspace(junk);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QVERIFY(!failed.front().front().toString().isEmpty());
        QFile f(junk);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not a database"));
    }

    void servesJsonRpcForEverySubnet() {
        MainWindow w;
        // A port block away from the usual 8545, so a devnet running beside the tests is fine.
        const auto base =
            static_cast<quint16>(31000 + QCoreApplication::applicationPid() % 500 * 10);
        w.setRpcPort(base);
        w.show();
        w.startTemplate(QStringLiteral("two-level"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() == 1, kTimeout);
        const QModelIndex root = tree->model()->index(0, 0);
        QVERIFY2(w.bridge()->rpcError().isEmpty(), qPrintable(w.bridge()->rpcError()));

        QTRY_VERIFY_WITH_TIMEOUT(!root.data(HierarchyModel::RpcUrlRole).toString().isEmpty(),
                                 kTimeout);
        const QString url = root.data(HierarchyModel::RpcUrlRole).toString();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        // Every subnet has its own endpoint, and it answers with its chain id.
        const auto urls = w.bridge()->rpcUrls();
        QCOMPARE(urls.size(), 3);
        ipc::devnet::rpc::Client client(url.toStdString());
        QCOMPARE(QString::fromStdString(client.call("eth_chainId").as_string()),
                 QStringLiteral("0x7a69"));  // 31337
        const QModelIndex child = tree->model()->index(0, 0, root);
        const QString childUrl = child.data(HierarchyModel::RpcUrlRole).toString();
        QVERIFY(!childUrl.isEmpty() && childUrl != url);
        ipc::devnet::rpc::Client childClient(childUrl.toStdString());
        QCOMPARE(QString::fromStdString(childClient.call("eth_chainId").as_string()),
                 QStringLiteral("0x%1").arg(child.data(HierarchyModel::ChainIdRole).toULongLong(),
                                            0, 16));
        // Stopping closes them.
        w.bridge()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->rpcUrls().isEmpty(), kTimeout);
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestWorkspaces)
#include "test_workspaces.moc"
