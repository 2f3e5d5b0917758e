// The window around the hierarchy: the toolbar search finds blocks, transactions and subnets and
// says so when nothing matches; the last checkpoint shows in the status bar; the tree's
// right-click menu offers the subnet commands; settings (geometry, docks, speed, theme, last
// template) come back after a restart.
#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include "ipc/ui/charts/charts_panel.h"
#include "ipc/ui/models/block_table_model.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/models/transaction_table_model.h"
#include "ipc/ui/pages/subnet_actions.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/wallet/wallet_panel.h"
#include "ipc/ui/window/main_window.h"
#include "ipc/ui/window/search_box.h"
#include "test_settings.h"

using ipc::ui::BlockTableModel;
using ipc::ui::HierarchyModel;
using ipc::ui::MainWindow;
using ipc::ui::SearchHit;
using ipc::ui::SubnetPages;

namespace {

constexpr int kTimeout = 15000;

}  // namespace

class TestWindowTools : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        ipc::ui::test::useTestSettings(QStringLiteral("test_window_tools"));
    }

    void searchFindsBlocksTransactionsAndSubnets() {
        MainWindow w;
        w.setSpeed(100);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* box = w.searchBox();
        QVERIFY(box && box->isVisible());
        // Ctrl+K focuses the search box.
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(box->hasFocus());

        QTest::keyClicks(box, QStringLiteral("12"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(w.statusBar()->currentMessage().contains(QLatin1String("No hierarchy")));

        w.startTemplate(QStringLiteral("two-level"));
        auto* model = w.hierarchyModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->subnetCount() >= 2 &&
                model->index(0, 0).data(HierarchyModel::HeightRole).toULongLong() >= 4,
            kTimeout);
        const QModelIndex childIndex = model->index(0, 0, model->index(0, 0));
        const QString child = childIndex.data(HierarchyModel::SubnetIdRole).toString();

        qRegisterMetaType<SearchHit>();
        QList<SearchHit> hits;
        connect(box, &ipc::ui::SearchBox::found, this,
                [&](const SearchHit& h) { hits.push_back(h); });

        box->clear();
        QTest::keyClicks(box, child);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(hits.size(), 1);
        QCOMPARE(hits.last().what, SearchHit::What::Subnet);
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QTRY_COMPARE(tree->currentIndex().data(HierarchyModel::SubnetIdRole).toString(), child);
        // What is found opens in its page, selected.
        SubnetPages* pages = w.subnetPages();
        QCOMPARE(pages->currentIndex(), int(SubnetPages::OverviewPage));

        // A block number looks in the selected subnet.
        box->clear();
        QTest::keyClicks(box, QStringLiteral("#2"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(hits.size(), 2);
        QCOMPARE(hits.last().what, SearchHit::What::Block);
        QCOMPARE(hits.last().subnetId, child);
        QVERIFY(w.statusBar()->currentMessage().startsWith(QLatin1String("Block 2")));
        QCOMPARE(pages->currentIndex(), int(SubnetPages::BlocksPage));
        auto* blocks = pages->findChild<QTableView*>(QStringLiteral("blockTable"));
        QTRY_COMPARE(blocks->currentIndex().data(BlockTableModel::NumberRole).toULongLong(), 2ULL);
        QVERIFY(!pages->followTip());
        // The whole line fits the status bar (a short block hash).
        QVERIFY(w.statusBar()->fontMetrics().horizontalAdvance(w.statusBar()->currentMessage()) <
                w.statusBar()->width() / 2);

        // A transaction: fund the child from the root and search the hash the bridge returns.
        QString txHash;
        QStringList accounts;
        w.bridge()->ask(
            &w, ipc::devnet::DevnetAccountsQuery{},
            [&accounts](const std::vector<ipc::devnet::DevnetAccount>& known) {
                for (const auto& a : known)
                    accounts.push_back(QString::fromStdString(a.address.toChecksumHex()));
            });
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.isEmpty(), kTimeout);
        w.bridge()->fund(child, accounts[0], accounts[1], ipc::U256(1000),
                         [&txHash](const QString& tx) { txHash = tx; });
        QTRY_VERIFY_WITH_TIMEOUT(!txHash.isEmpty(), kTimeout);
        // Once it is in a block the search finds it in the root.
        const QString root = model->index(0, 0).data(HierarchyModel::SubnetIdRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                box->setText(txHash);
                QTest::keyClick(box, Qt::Key_Return);
                QTest::qWait(50);
                return !hits.isEmpty() && hits.last().what == SearchHit::What::Transaction;
            }(),
            kTimeout);
        QCOMPARE(hits.last().subnetId, root);
        QTRY_COMPARE(tree->currentIndex().data(HierarchyModel::SubnetIdRole).toString(), root);
        QCOMPARE(pages->currentIndex(), int(SubnetPages::TransactionsPage));
        auto* transactions = pages->findChild<QTableView*>(QStringLiteral("transactionTable"));
        QTRY_COMPARE_WITH_TIMEOUT(transactions->currentIndex()
                                      .data(ipc::ui::TransactionTableModel::HashRole)
                                      .toString()
                                      .toLower(),
                                  txHash.toLower(), kTimeout);

        // An account opens the wallet on it.
        box->setText(accounts[1]);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(hits.last().what == SearchHit::What::Account);
        auto* walletDock = w.findChild<QDockWidget*>(QStringLiteral("walletDock"));
        QTRY_VERIFY(walletDock->isVisible());
        auto* walletTable = w.walletPanel()->findChild<QTableView*>();
        QTRY_VERIFY_WITH_TIMEOUT(walletTable->currentIndex().isValid(), kTimeout);

        // Nothing matches: a clear message, the selection stays.
        const qsizetype before = hits.size();
        box->setText(QStringLiteral("0x") + QString(64, QLatin1Char('e')));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(w.statusBar()->currentMessage().startsWith(QLatin1String("No transaction")));
        QCOMPARE(hits.size(), before);
        box->setText(QStringLiteral("what"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(w.statusBar()->currentMessage().contains(QLatin1String("is not a block")));

        // The status bar names the last executed checkpoint.
        auto* checkpoint = w.findChild<QLabel*>(QStringLiteral("lastCheckpointLabel"));
        QVERIFY(checkpoint);
        QTRY_VERIFY_WITH_TIMEOUT(checkpoint->text().startsWith(QLatin1String("Last checkpoint:")),
                                 kTimeout);
        // A checkpoint opens in the inspector of its subnet.
        const QString height = checkpoint->text().section(QLatin1Char('@'), 1).trimmed();
        box->setText(QStringLiteral("checkpoint ") + height);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(hits.last().what == SearchHit::What::Checkpoint);
        QTRY_COMPARE(tree->currentIndex().data(HierarchyModel::SubnetIdRole).toString(), child);
        QCOMPARE(pages->currentIndex(), int(SubnetPages::CheckpointsPage));
        auto* title = pages->findChild<QLabel*>(QStringLiteral("checkpointTitle"));
        QTRY_VERIFY_WITH_TIMEOUT(
            title->text().startsWith(QStringLiteral("Checkpoint at height %1").arg(height)),
            kTimeout);
    }

    void treeContextMenuOffersTheSubnetCommands() {
        MainWindow w;
        w.setSpeed(100);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.startTemplate(QStringLiteral("two-level"));
        auto* model = w.hierarchyModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->subnetCount() >= 2, kTimeout);
        const QString root = model->index(0, 0).data(HierarchyModel::SubnetIdRole).toString();
        const QString child =
            model->index(0, 0, model->index(0, 0)).data(HierarchyModel::SubnetIdRole).toString();

        QMenu* rootMenu = w.subnetActions()->menuFor(root, &w);
        QVERIFY(rootMenu->findChild<QAction*>(QStringLiteral("contextCreateSubnet"))->isEnabled());
        QVERIFY(!rootMenu->findChild<QAction*>(QStringLiteral("contextFund"))->isEnabled());
        auto* rpc = rootMenu->findChild<QAction*>(QStringLiteral("contextOpenRpcUrl"));
        QVERIFY(!rpc->isEnabled());  // no RPC server in this window
        QVERIFY(!rpc->toolTip().isEmpty());
        delete rootMenu;

        QMenu* childMenu = w.subnetActions()->menuFor(child, &w);
        QVERIFY(childMenu->findChild<QAction*>(QStringLiteral("contextFund"))->isEnabled());
        QVERIFY(childMenu->findChild<QAction*>(QStringLiteral("contextRelease"))->isEnabled());
        childMenu->findChild<QAction*>(QStringLiteral("contextCopySubnetId"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), child);
        delete childMenu;

        // The right-click on the tree opens it.
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        const QRect rect = tree->visualRect(model->index(0, 0, model->index(0, 0)));
        QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(),
                                tree->viewport()->mapToGlobal(rect.center()));
        QCoreApplication::sendEvent(tree->viewport(), &event);
        QMenu* shown = nullptr;
        QTRY_VERIFY((shown = w.findChild<QMenu*>(QStringLiteral("subnetContextMenu"))) != nullptr);
        QTRY_VERIFY(shown->isVisible());
        shown->close();
    }

    void settingsRoundTrip() {
        QSettings().clear();
        {
            MainWindow w;
            w.resize(1000, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.setSpeed(10);
            w.setTheme(QStringLiteral("dark"));
            w.findChild<QAction*>(QStringLiteral("actionToggleCharts"))->trigger();  // show
            w.startTemplate(QStringLiteral("single"));
            QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
            QCOMPARE(w.lastTemplate(), QStringLiteral("single"));
            w.close();
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("run/lastTemplate")).toString(),
                 QStringLiteral("single"));
        QCOMPARE(settings.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(settings.value(QStringLiteral("run/speed")).toDouble(), 10.0);

        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.lastTemplate(), QStringLiteral("single"));
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QVERIFY(again.findChild<QAction*>(QStringLiteral("actionTheme_dark"))->isChecked());
        QVERIFY(again.findChild<QAction*>(QStringLiteral("actionSpeed10"))->isChecked());
        QVERIFY(again.findChild<QDockWidget*>(QStringLiteral("chartsDock"))->isVisible());
        // The offscreen platform adds its frame to the restored height; the width is exact (the
        // default is 1320).
        QCOMPARE(again.width(), 1000);
        auto* last = again.findChild<QAction*>(QStringLiteral("actionStartLastTemplate"));
        QVERIFY(last->isEnabled());
        QVERIFY(last->text().contains(QLatin1String("single")));
        again.setTheme(QStringLiteral("light"));
    }
};

QTEST_MAIN(TestWindowTools)
#include "test_window_tools.moc"
