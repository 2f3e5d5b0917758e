// The wallet and transfer in the main window: the Wallet menu and toolbar entries with their
// shortcuts, the Wallet dock on Ctrl+Shift+W, and a cousin transfer (alpha-1 → beta-2, four
// hops) started with Ctrl+T whose mark moves along the graph subnet by subnet, then shown in
// the Messages dock once complete.
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

#include "ipc/ui/bridge/message_tracker.h"
#include "ipc/ui/graph/hierarchy_graph.h"
#include "ipc/ui/models/wallet_model.h"
#include "ipc/ui/transfer/message_panel.h"
#include "ipc/ui/transfer/message_progress_view.h"
#include "ipc/ui/transfer/transfer_wizard.h"
#include "ipc/ui/wallet/wallet_panel.h"
#include "ipc/ui/window/main_window.h"
#include "test_settings.h"
#include "wallet_test_support.h"

using ipc::ui::MainWindow;
using ipc::ui::TransferWizard;
using namespace wallet_test;

namespace {

QAbstractButton* next(TransferWizard& w) {
    return w.button(w.currentId() == TransferWizard::ReviewPageId ? QWizard::CommitButton
                                                                  : QWizard::NextButton);
}

QString idOf(const MainWindow& w, const std::string& name) {
    const auto view = w.bridge()->view();
    for (const auto& s : view->subnets) {
        if (s.name == name)
            return QString::fromStdString(s.id.toString());
    }
    return {};
}

}  // namespace

class TestMainWindowWallet : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        ipc::ui::test::useTestSettings(QStringLiteral("test_main_window_wallet"));
    }

    void walletMenuToolbarAndShortcuts() {
        MainWindow w;
        auto* menu = w.menuBar()->findChild<QMenu*>(QStringLiteral("walletMenu"));
        QVERIFY(menu);
        const auto shortcut = [&](const char* name) {
            auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
            return a != nullptr ? a->shortcut() : QKeySequence();
        };
        QCOMPARE(shortcut("actionTransfer"), QKeySequence(QStringLiteral("Ctrl+T")));
        QCOMPARE(shortcut("actionToggleWallet"), QKeySequence(QStringLiteral("Ctrl+Shift+W")));
        QCOMPARE(shortcut("actionToggleMessages"), QKeySequence(QStringLiteral("Ctrl+Shift+M")));
        QCOMPARE(shortcut("actionSend"), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        QCOMPARE(shortcut("actionFaucet"), QKeySequence(QStringLiteral("Ctrl+Shift+F")));
        for (QAction* a : menu->actions())
            QVERIFY2(a->isSeparator() || !a->shortcut().isEmpty(), qPrintable(a->text()));
        auto* bar = w.findChild<QToolBar*>(QStringLiteral("runToolBar"));
        QVERIFY(bar->actions().contains(w.findChild<QAction*>(QStringLiteral("actionTransfer"))));
        // Nothing to transfer before a hierarchy runs.
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionTransfer"))->isEnabled());
        QVERIFY(w.openTransferWizard() == nullptr);
    }

    // The dock shortcuts work with the focus anywhere and bring their dock to the front: the
    // Messages dock used to open as a hidden tab behind the Wallet, and Ctrl+Shift+M pressed in
    // the wallet table then closed it instead.
    void dockShortcutsRaiseTheirDockFromAnywhere() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        auto* walletDock = w.findChild<QDockWidget*>(QStringLiteral("walletDock"));
        auto* messagesDock = w.findChild<QDockWidget*>(QStringLiteral("messagesDock"));
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(walletDock->isVisible());
        auto* table = w.walletPanel()->findChild<QTableView*>();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(messagesDock->isVisible());
        QVERIFY(!walletDock->isHidden());  // still open, behind its tab
        QVERIFY(w.findChild<QAction*>(QStringLiteral("actionToggleMessages"))->isChecked());
        // The wallet's shortcut brings it back to the front rather than closing it…
        QTest::keyClick(messagesDock->widget(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(walletDock->isVisible());
        QVERIFY(!messagesDock->isHidden());
        // …and closes it once it is in front.
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(walletDock->isHidden());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionToggleWallet"))->isChecked());
    }

    void cousinTransferMovesAlongTheGraph() {
        MainWindow w;
        w.resize(1500, 980);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ipc::devnet::DevnetOptions paused;
        paused.paused = true;
        w.bridge()->start(QStringLiteral("three-level"), paused);
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning() && w.bridge()->view() != nullptr,
                                 kTimeout);
        const QString alpha1 = idOf(w, "alpha-1");
        const QString beta2 = idOf(w, "beta-2");

        // The wallet dock on its shortcut, with the accounts.
        auto* walletDock = w.findChild<QDockWidget*>(QStringLiteral("walletDock"));
        QVERIFY(!walletDock->isVisible());
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(walletDock->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(w.walletPanel()->model()->rowCount(), 10, kTimeout);

        // Ctrl+T opens the wizard.
        QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
        auto* wizard = w.findChild<TransferWizard*>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->setSource(alpha1);
        QTRY_VERIFY_WITH_TIMEOUT(next(*wizard)->isEnabled(), kTimeout);
        next(*wizard)->click();
        wizard->setDestination(beta2, hex(anvil3()));
        QVERIFY(next(*wizard)->isEnabled());
        next(*wizard)->click();
        wizard->findChild<QLineEdit*>(QStringLiteral("amount"))->setText(QStringLiteral("3"));
        QTRY_VERIFY_WITH_TIMEOUT(next(*wizard)->isEnabled(), kTimeout);
        next(*wizard)->click();
        QCOMPARE(wizard->findChild<QTreeWidget*>(QStringLiteral("reviewHops"))->topLevelItemCount(),
                 5);  // four hops and the receipt
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("reviewSummary"))
                    ->text()
                    .contains(QStringLiteral("up to root (the common ancestor) and then down")));
        shoot(*wizard, "wizard-4-review-cousins");
        next(*wizard)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->trackedTransfer() != 0, kTimeout);
        const int id = wizard->trackedTransfer();
        ipc::ui::MessageTracker* tracker = w.messageTracker();

        // Virtual time a second at a time; the graph's mark follows the transfer.
        ipc::ui::HierarchyGraph* graph = w.graph();
        QStringList visited;
        bool shotHalfway = false;
        for (int step = 0; step < 150 && !tracker->transfer(id)->complete(); ++step) {
            std::optional<std::uint64_t> now;
            engineQuery(
                *w.bridge(), &w,
                [](ipc::devnet::Hierarchy& h) {
                    h.runUntil(h.now() + 1000);
                    return h.now();
                },
                [&now](std::uint64_t t) { now = t; });
            QTRY_VERIFY_WITH_TIMEOUT(now.has_value(), kTimeout);
            // The tracker's next read is from that moment (engine commands run in order).
            tracker->refreshNow();
            QTRY_VERIFY_WITH_TIMEOUT(
                tracker->transfer(id)->record && tracker->transfer(id)->record->nowMs >= *now,
                kTimeout);
            if (tracker->transfer(id)->complete())
                break;
            // The window marks where the tracker says the transfer is.
            QTRY_COMPARE_WITH_TIMEOUT(
                graph->highlightedSubnet(),
                QString::fromStdString(tracker->transfer(id)->progress->at.toString()), kTimeout);
            const QString at = graph->highlightedSubnet();
            if (!at.isEmpty() && (visited.isEmpty() || visited.last() != at))
                visited << at;
            if (!shotHalfway && !graph->highlightedToward().isEmpty() &&
                graph->highlightedSubnet() == idOf(w, "root")) {
                QTRY_VERIFY_WITH_TIMEOUT(!graph->highlightMoving(), kTimeout);
                shoot(w, "transfer-in-flight");
                shotHalfway = true;
            }
        }
        QVERIFY(tracker->transfer(id)->complete());
        QCOMPARE(visited,
                 QStringList({alpha1, idOf(w, "alpha"), idOf(w, "root"), idOf(w, "beta"), beta2}));
        // Done: the mark leaves the graph (it used to stay on beta-2 for good).
        QTRY_VERIFY_WITH_TIMEOUT(graph->highlightedMessage().isEmpty(), kTimeout);

        auto* view = wizard->findChild<ipc::ui::MessageProgressView*>(QStringLiteral("trackView"));
        QTRY_VERIFY_WITH_TIMEOUT(view->waitText().startsWith(QStringLiteral("Done")), kTimeout);
        shoot(*wizard, "wizard-5-track-cousins");

        // Show in Messages: the dock opens on the same transfer.
        wizard->findChild<QPushButton*>(QStringLiteral("showInMessages"))->click();
        auto* messagesDock = w.findChild<QDockWidget*>(QStringLiteral("messagesDock"));
        QVERIFY(messagesDock->isVisible());
        QCOMPARE(w.messagesPanel()->followed(), id);
        QTRY_VERIFY_WITH_TIMEOUT(
            w.messagesPanel()->detail()->waitText().startsWith(QStringLiteral("Done")), kTimeout);
        wizard->close();
        // Following the finished transfer again marks nothing.
        QVERIFY(graph->highlightedMessage().isEmpty());
        w.resizeDocks({messagesDock}, {340}, Qt::Vertical);
        shoot(w, "transfer-complete");
    }
};

QTEST_MAIN(TestMainWindowWallet)
#include "test_main_window_wallet.moc"
