#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

#include "ipc/ui/main_window.h"

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void showsWelcomePageAndHierarchyDock() {
        ipc::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* status = w.findChild<QLabel*>("welcomeStatus");
        QVERIFY(status);
        QVERIFY(status->isVisible());
        auto* tree = w.findChild<QTreeWidget*>("hierarchyTree");
        QVERIFY(tree);
        QCOMPARE(tree->columnCount(), 3);
        QVERIFY(!w.menuBar()->actions().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
