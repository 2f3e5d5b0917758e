// The main window driven like a user: widgets and actions found by objectName, template buttons
// clicked, the run toolbar used; waits are QTRY_* on what the window shows.
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/graph/hierarchy_graph.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/pages/subnet_summary.h"
#include "ipc/ui/window/main_window.h"
#include "test_settings.h"

using ipc::ui::HierarchyModel;
using ipc::ui::MainWindow;

namespace {

constexpr int kTimeout = 20000;

int countRows(const QAbstractItemModel* m, const QModelIndex& parent = {}) {
    int n = 0;
    for (int r = 0; r < m->rowCount(parent); ++r)
        n += 1 + countRows(m, m->index(r, 0, parent));
    return n;
}

quint64 rootHeight(const QTreeView* tree) {
    return tree->model()->index(0, 0).data(HierarchyModel::HeightRole).toULongLong();
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { ipc::ui::test::useTestSettings(QStringLiteral("test_main_window")); }

    void showsWelcomePageAndHierarchyDock() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* status = w.findChild<QLabel*>(QStringLiteral("welcomeStatus"));
        QVERIFY(status);
        QVERIFY(status->isVisible());
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QVERIFY(tree);
        QCOMPARE(tree->model()->columnCount(), 4);
        QCOMPARE(tree->model()->rowCount(), 0);
        for (const char* name : {"template_single", "template_two_level", "template_three_level",
                                 "template_workshop", "template_xnet_demo"}) {
            auto* button = w.findChild<QPushButton*>(QString::fromLatin1(name));
            QVERIFY2(button, name);
            QVERIFY(button->isVisible());
            QVERIFY(!button->accessibleDescription().isEmpty());  // the topology's description
        }
        QVERIFY(w.findChild<QPushButton*>(QStringLiteral("template_three_level"))
                    ->accessibleDescription()
                    .contains(QStringLiteral("7 chains")));
        // The cross-net example dApp has its card, with its description and its shortcut.
        auto* xnet = w.findChild<QPushButton*>(QStringLiteral("template_xnet_demo"));
        QVERIFY(xnet->accessibleDescription().contains(QStringLiteral("token bridge")));
        QVERIFY(xnet->toolTip().contains(QStringLiteral("Ctrl+5")));
        bool threeChains = false;
        for (auto* label : xnet->findChildren<QLabel*>())
            threeChains = threeChains || label->text().startsWith(QStringLiteral("3 chains"));
        QVERIFY(threeChains);
        // Nothing to pause or step yet.
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionPlayPause"))->isEnabled());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionStep"))->isEnabled());
    }

    void xnetDemoCardStartsTheExampleDApp() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QVERIFY(tree);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("template_xnet_demo")),
                          Qt::LeftButton);
        // root, alpha and the grandchild alpha-1, where the example contracts live.
        QTRY_COMPARE_WITH_TIMEOUT(countRows(tree->model()), 3, kTimeout);
        QVERIFY(w.windowTitle().contains(QStringLiteral("xnet-demo")));
    }

    void everyActionHasAShortcutAndAMenuEntry() {
        MainWindow w;
        QList<QAction*> inMenus;
        std::function<void(QMenu*)> collect = [&](QMenu* menu) {
            for (QAction* a : menu->actions()) {
                if (a->menu() != nullptr)
                    collect(a->menu());
                else if (!a->isSeparator())
                    inMenus.push_back(a);
            }
        };
        for (QAction* top : w.menuBar()->actions())
            collect(top->menu());
        QVERIFY(inMenus.size() >= 15);
        for (QAction* a : inMenus)
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
        for (const char* name :
             {"actionPlayPause", "actionStep", "actionFit", "actionZoomIn", "actionZoomOut",
              "actionSpeed1", "actionSpeed10", "actionSpeed100", "actionNewHierarchy"}) {
            auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(a, name);
            QVERIFY2(inMenus.contains(a), name);
        }
        QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionPlayPause"))->shortcut(),
                 QKeySequence(Qt::Key_Space));
        QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionStep"))->shortcut(),
                 QKeySequence(Qt::Key_N));
        QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionFit"))->shortcut(),
                 QKeySequence(Qt::Key_F));
    }

    void templateButtonStartsTheHierarchy() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        auto* graph = w.findChild<ipc::ui::HierarchyGraph*>(QStringLiteral("hierarchyGraph"));
        auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(tree && graph && pages);

        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("template_three_level")),
                          Qt::LeftButton);
        // While it boots the welcome page says so.
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("welcomeStatus"))
                    ->text()
                    .contains(QStringLiteral("three-level")));
        QTRY_COMPARE_WITH_TIMEOUT(countRows(tree->model()), 7, kTimeout);
        QCOMPARE(tree->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(graph->cardCount(), 7, kTimeout);
        QCOMPARE(graph->edgeCount(), 6);
        // The graph shares its page with the selected subnet's pages.
        QCOMPARE(pages->currentWidget(), graph->parentWidget());
        QVERIFY(graph->isVisible());
        // The subnet pages get as much height as the graph (the inspector's
        // stages used to need scrolling).
        QVERIFY2(w.subnetPages()->height() + 2 >= graph->height(),
                 qPrintable(QStringLiteral("pages %1 px, graph %2 px")
                                .arg(w.subnetPages()->height())
                                .arg(graph->height())));
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        QVERIFY(w.windowTitle().contains(QStringLiteral("three-level")));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("templateLabel"))
                    ->text()
                    .contains(QStringLiteral("three-level")));
        // The status bar counts blocks per second once a second has passed with blocks in it.
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QLabel*>(QStringLiteral("blockRateLabel"))
                                     ->text()
                                     .contains(QStringLiteral("blocks/s")),
                                 kTimeout);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("messagesLabel"))
                    ->text()
                    .contains(QStringLiteral("in flight")));

        // Selecting a subnet in the tree highlights its card and shows its details.
        auto* summary = w.findChild<ipc::ui::SubnetSummary*>(QStringLiteral("subnetSummary"));
        QVERIFY(summary);
        QCOMPARE(summary->value(QStringLiteral("summaryChainId")), QStringLiteral("31337"));
        const QModelIndex alpha1 =
            tree->model()->index(0, 0, tree->model()->index(0, 0, tree->model()->index(0, 0)));
        tree->setCurrentIndex(alpha1);
        const QString alpha1Id = alpha1.data(HierarchyModel::SubnetIdRole).toString();
        QCOMPARE(graph->selectedSubnet(), alpha1Id);
        QCOMPARE(summary->value(QStringLiteral("summaryId")), alpha1Id);
        QCOMPARE(summary->value(QStringLiteral("summaryParent")), QStringLiteral("alpha"));
        QCOMPARE(summary->value(QStringLiteral("summaryChainId")),
                 alpha1.data(HierarchyModel::ChainIdRole).toString());
        QVERIFY(summary->value(QStringLiteral("summaryCheckpoints"))
                    .startsWith(QStringLiteral("every 10")));

        // And a click on a card selects it in the tree.
        const QModelIndex beta = tree->model()->index(1, 0, tree->model()->index(0, 0));
        const QString betaId = beta.data(HierarchyModel::SubnetIdRole).toString();
        graph->fit();
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, {},
                          graph->mapFromScene(graph->cardRect(betaId).center()));
        QCOMPARE(tree->currentIndex().data(HierarchyModel::SubnetIdRole).toString(), betaId);
        QCOMPARE(summary->value(QStringLiteral("summaryParent")), QStringLiteral("root"));
    }

    void pauseAndStepFromTheToolbar() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        auto* playPause = w.findChild<QAction*>(QStringLiteral("actionPlayPause"));
        auto* step = w.findChild<QAction*>(QStringLiteral("actionStep"));
        QSignalSpy paused(w.bridge(), &ipc::ui::DevnetBridge::pausedChanged);

        w.startTemplate(QStringLiteral("single"));
        QTRY_COMPARE_WITH_TIMEOUT(countRows(tree->model()), 2, kTimeout);
        QVERIFY(playPause->isEnabled());
        QCOMPARE(playPause->text(), QStringLiteral("&Pause"));
        // Block production runs: the root grows.
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(tree) >= 1, kTimeout);

        playPause->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, kTimeout);
        QVERIFY(w.bridge()->isPaused());
        QCOMPARE(playPause->text(), QStringLiteral("&Play"));
        const quint64 before = rootHeight(tree);

        // Step produces one block on the selected subnet: the root, selected by default.
        QCOMPARE(tree->currentIndex().data(HierarchyModel::SubnetIdRole).toString(),
                 QStringLiteral("/r31337"));
        step->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rootHeight(tree), before + 1, kTimeout);
        step->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rootHeight(tree), before + 2, kTimeout);

        // Step follows the selection.
        const QModelIndex alpha = tree->model()->index(0, 0, tree->model()->index(0, 0));
        const quint64 alphaBefore = alpha.data(HierarchyModel::HeightRole).toULongLong();
        tree->setCurrentIndex(alpha);
        step->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(alpha.data(HierarchyModel::HeightRole).toULongLong(),
                                  alphaBefore + 1, kTimeout);
        QCOMPARE(rootHeight(tree), before + 2);

        playPause->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 2, kTimeout);
        QVERIFY(!w.bridge()->isPaused());
        QCOMPARE(playPause->text(), QStringLiteral("&Pause"));
    }

    void keyboardDrivesTheRun() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QSignalSpy paused(w.bridge(), &ipc::ui::DevnetBridge::pausedChanged);
        QSignalSpy speed(w.bridge(), &ipc::ui::DevnetBridge::speedChanged);
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);  // the third template: three-level
        QTRY_COMPARE_WITH_TIMEOUT(countRows(tree->model()), 7, kTimeout);

        tree->setFocus();  // Space is play/pause even where a view would use it
        QTest::keyClick(tree, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, kTimeout);
        QVERIFY(w.bridge()->isPaused());
        const quint64 before = rootHeight(tree);
        QTest::keyClick(tree, Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(rootHeight(tree), before + 1, kTimeout);
        QTest::keyClick(tree, Qt::Key_2);  // ×10
        QTRY_COMPARE_WITH_TIMEOUT(speed.count(), 1, kTimeout);
        QCOMPARE(w.bridge()->speed(), 10.0);
        QTest::keyClick(tree, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 2, kTimeout);
        QVERIFY(!w.bridge()->isPaused());

        // Ctrl+N goes back to the templates; Escape returns to the running hierarchy.
        auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QTest::keyClick(&w, Qt::Key_Escape);  // a button shortcut clicks after a short animation
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("graphSplit"), kTimeout);
    }

    void speedComboAndActionsAgree() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* combo = w.findChild<QComboBox*>(QStringLiteral("speedCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QSignalSpy speed(w.bridge(), &ipc::ui::DevnetBridge::speedChanged);
        w.startTemplate(QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);

        w.findChild<QAction*>(QStringLiteral("actionSpeed100"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(speed.count(), 1, kTimeout);
        QCOMPARE(w.bridge()->speed(), 100.0);
        QCOMPARE(combo->currentData().toDouble(), 100.0);

        combo->setCurrentIndex(1);
        emit combo->activated(1);
        QTRY_COMPARE_WITH_TIMEOUT(speed.count(), 2, kTimeout);
        QCOMPARE(w.bridge()->speed(), 10.0);
        QVERIFY(w.findChild<QAction*>(QStringLiteral("actionSpeed10"))->isChecked());
    }

    void geometryPersists() {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1000, 640);
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1000, 640));
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/state")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
