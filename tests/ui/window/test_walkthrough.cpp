// A first-time user's ten minutes, scripted on a 1600×1000 screen: the three-level template,
// every page, a transfer to a grandchild through the wizard, a snapshot and a revert from the
// toolbar, a search, the docks open together, and the same window in German. Each step checks
// what the user would see; it fails when any of them regresses.
#include <algorithm>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "ipc/devnet/hierarchy.h"
#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/bridge/message_tracker.h"
#include "ipc/ui/graph/hierarchy_graph.h"
#include "ipc/ui/models/block_table_model.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/transfer/transfer_wizard.h"
#include "ipc/ui/window/main_window.h"
#include "ipc/ui/window/search_box.h"
#include "ipc/ui/window/translations.h"
#include "modal_support.h"
#include "test_settings.h"

using ipc::ui::HierarchyModel;
using ipc::ui::MainWindow;
using ipc::ui::SubnetPages;
using ipc::ui::TransferWizard;

namespace {

constexpr int kTimeout = 60000;

QString idOf(MainWindow& w, const char* name) {
    const auto view = w.bridge()->view();
    for (const auto& s : view->subnets) {
        if (s.name == name)
            return QString::fromStdString(s.id.toString());
    }
    return {};
}

quint64 rootHeight(MainWindow& w) {
    return w.hierarchyModel()->index(0, 0).data(HierarchyModel::HeightRole).toULongLong();
}

QAbstractButton* next(TransferWizard& w) {
    return w.button(w.currentId() == TransferWizard::ReviewPageId ? QWizard::CommitButton
                                                                  : QWizard::NextButton);
}

// Opens the three docks and checks the window still fits the screen with its search box and
// status bar whole.
void openDocksAndCheckTheScreen(MainWindow& w) {
    // Opened from the View menu's actions (the layout of a previous run may have some open).
    for (const auto& [toggle, dock] : {std::pair{"actionToggleCharts", "chartsDock"},
                                       std::pair{"actionToggleWallet", "walletDock"},
                                       std::pair{"actionToggleMessages", "messagesDock"}}) {
        auto* d = w.findChild<QDockWidget*>(QString::fromLatin1(dock));
        if (!d->isVisible())
            w.findChild<QAction*>(QString::fromLatin1(toggle))->trigger();
        QApplication::processEvents();
    }
    QTRY_VERIFY(w.findChild<QDockWidget*>(QStringLiteral("chartsDock"))->isVisible());
    QTRY_VERIFY(w.findChild<QDockWidget*>(QStringLiteral("messagesDock"))->isVisible());
    const QRect screen = w.screen()->availableGeometry();
    QVERIFY2(w.frameGeometry().width() <= screen.width(),
             qPrintable(QStringLiteral("window %1 px on a %2 px screen")
                            .arg(w.frameGeometry().width())
                            .arg(screen.width())));
    QVERIFY2(w.minimumSizeHint().width() <= screen.width(),
             qPrintable(QString::number(w.minimumSizeHint().width())));
    auto* search = w.searchBox();
    QVERIFY(search->isVisible());
    const QRect box(search->mapTo(&w, QPoint(0, 0)), search->size());
    QVERIFY2(w.rect().contains(box), "the search box is cut");
    QVERIFY(
        w.rect().contains(QRect(w.statusBar()->mapTo(&w, QPoint(0, 0)), w.statusBar()->size())));
}

}  // namespace

class TestWalkthrough : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        ipc::ui::test::useTestSettings(QStringLiteral("test_walkthrough"));
        QVERIFY(dir_.isValid());
        qputenv("IPC_STUDIO_WORKSPACES_DIR", dir_.path().toUtf8());
        QVERIFY(ipc::ui::installTranslations(QStringLiteral("en")));
    }

    void firstTenMinutes() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        w.setSpeed(10);

        // The three-level template from the welcome page.
        w.findChild<QAbstractButton*>(QStringLiteral("template_three_level"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning() && w.bridge()->view() != nullptr &&
                                     w.bridge()->view()->subnets.size() == 7,
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(w) >= 3, kTimeout);
        const QString root = idOf(w, "root");
        const QString beta2 = idOf(w, "beta-2");

        // Every page, on its Alt+number.
        SubnetPages* pages = w.subnetPages();
        QTRY_COMPARE_WITH_TIMEOUT(pages->subnet(), root, kTimeout);
        for (int page = 0; page < pages->count(); ++page) {
            QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_1 + page), Qt::AltModifier);
            QCOMPARE(pages->currentIndex(), page);
        }
        QTest::keyClick(&w, Qt::Key_1, Qt::AltModifier);

        // 25 FIL from the root to the grandchild beta-2 with the wizard (at 100x: the receipt
        // comes back up through two checkpoint periods).
        w.setSpeed(100);
        QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
        auto* wizard = w.findChild<TransferWizard*>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->setSource(root);
        QTRY_VERIFY_WITH_TIMEOUT(next(*wizard)->isEnabled(), kTimeout);
        next(*wizard)->click();
        wizard->setDestination(beta2, QStringLiteral("0x90F79bf6EB2c4f870365E785982E1f101E93b906"));
        QTRY_VERIFY_WITH_TIMEOUT(next(*wizard)->isEnabled(), kTimeout);
        next(*wizard)->click();
        wizard->findChild<QLineEdit*>(QStringLiteral("amount"))->setText(QStringLiteral("25"));
        QTRY_VERIFY_WITH_TIMEOUT(next(*wizard)->isEnabled(), kTimeout);
        next(*wizard)->click();
        next(*wizard)->click();  // submit
        QTRY_VERIFY_WITH_TIMEOUT(wizard->trackedTransfer() != 0, kTimeout);
        const int transfer = wizard->trackedTransfer();
        QTRY_VERIFY_WITH_TIMEOUT(w.messageTracker()->transfer(transfer)->complete(), kTimeout);
        QVERIFY(w.messageTracker()->transfer(transfer)->progress->delivered);
        // Done: the mark leaves the graph and nothing is in flight.
        QTRY_VERIFY_WITH_TIMEOUT(w.graph()->highlightedMessage().isEmpty(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(w.findChild<QLabel*>(QStringLiteral("messagesLabel"))->text(),
                                  QStringLiteral("Messages in flight: 0"), kTimeout);
        wizard->close();
        w.setSpeed(10);
        QApplication::setActiveWindow(&w);
        QTRY_VERIFY(w.isActiveWindow());

        // A snapshot from the toolbar, then a revert to it: the clock goes back.
        {
            modal_test::ModalAnswers name({[](QWidget* dialog) {
                auto* input = qobject_cast<QInputDialog*>(dialog);
                QVERIFY(input);
                input->setTextValue(QStringLiteral("s1"));
                input->accept();
            }});
            w.findChild<QAction*>(QStringLiteral("actionTakeSnapshot"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(name.done(), kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(
                w.statusBar()->currentMessage().contains(QStringLiteral("“s1” taken")), kTimeout);
        }
        const quint64 snapshotAt = rootHeight(w);
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(w) >= snapshotAt + 40, kTimeout);
        const quint64 before = rootHeight(w);
        {
            modal_test::ModalAnswers revert({
                [](QWidget* dialog) {
                    auto* input = qobject_cast<QInputDialog*>(dialog);
                    QVERIFY(input);
                    const QStringList items = input->comboBoxItems();
                    const auto it = std::find_if(items.begin(), items.end(), [](const QString& t) {
                        return t.contains(QStringLiteral("s1"));
                    });
                    QVERIFY(it != items.end());
                    input->setTextValue(*it);
                    input->accept();
                },
                [](QWidget* dialog) { QTest::keyClick(dialog, Qt::Key_Return); },
            });
            w.findChild<QAction*>(QStringLiteral("actionRevertSnapshot"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(revert.done(), kTimeout);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            w.statusBar()->currentMessage().startsWith(QStringLiteral("Reverted to snapshot")),
            kTimeout);
        // The clock goes on from the snapshot at 10x: twenty root blocks take two seconds
        // (it used to remake the forty after the snapshot at once).
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(rootHeight(w) >= snapshotAt + 20, kTimeout);
        QVERIFY2(clock.elapsed() >= 1500,
                 qPrintable(QStringLiteral("root at %1 %2 ms after reverting from %3 to %4")
                                .arg(rootHeight(w))
                                .arg(clock.elapsed())
                                .arg(before)
                                .arg(snapshotAt)));

        // Search: a block number opens the Blocks page on that block, selected.
        QApplication::setActiveWindow(&w);  // back from the dialogs
        QTRY_VERIFY(w.isActiveWindow());
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(w.searchBox()->hasFocus());
        QTest::keyClicks(w.searchBox(), QStringLiteral("2"));
        QTest::keyClick(w.searchBox(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentIndex(), int(SubnetPages::BlocksPage), kTimeout);
        auto* blocks = pages->findChild<QTableView*>(QStringLiteral("blockTable"));
        QTRY_COMPARE_WITH_TIMEOUT(
            blocks->currentIndex().data(ipc::ui::BlockTableModel::NumberRole).toULongLong(), 2ULL,
            kTimeout);

        // Charts, Wallet and Messages docked together on a 1600 px screen.
        openDocksAndCheckTheScreen(w);
        w.close();
    }

    // The same docks in German, whose words are longer.
    void docksFitInGerman() {
        QVERIFY(ipc::ui::installTranslations(QStringLiteral("de")));
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.startTemplate(QStringLiteral("three-level"));
            QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning() && w.bridge()->view() != nullptr,
                                     kTimeout);
            openDocksAndCheckTheScreen(w);
            w.close();
        }
        QVERIFY(ipc::ui::installTranslations(QStringLiteral("en")));
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestWalkthrough)
#include "test_walkthrough.moc"
