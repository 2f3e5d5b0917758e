#include "ipc/ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ipc/devnet/version.h"

namespace ipc::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("mainWindow");
    setWindowTitle(tr("IPC Studio"));
    resize(1280, 800);

    pages_ = new QStackedWidget(this);
    pages_->setObjectName("pages");
    pages_->addWidget(createWelcomePage());
    setCentralWidget(pages_);

    auto* dock = new QDockWidget(tr("Hierarchy"), this);
    dock->setObjectName("hierarchyDock");
    auto* tree = new QTreeWidget(dock);
    tree->setObjectName("hierarchyTree");
    tree->setHeaderLabels({tr("Subnet"), tr("Height"), tr("Validators")});
    dock->setWidget(tree);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    createActions();
    statusBar()->showMessage(tr("No hierarchy running"));
}

void MainWindow::createActions() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About IPC Studio"), this, [this] {
        QMessageBox::about(this, tr("About IPC Studio"),
                           tr("<b>IPC Studio %1</b><p>A whole InterPlanetary Consensus hierarchy "
                              "on your desktop.</p>")
                               .arg(QString::fromLatin1(devnet::kVersion)));
    });
}

QWidget* MainWindow::createWelcomePage() {
    auto* page = new QWidget(this);
    page->setObjectName("welcomePage");
    auto* layout = new QVBoxLayout(page);
    auto* title = new QLabel(tr("<h1>IPC Studio</h1>"), page);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("No hierarchy is running yet."), page);
    text->setObjectName("welcomeStatus");
    text->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

}  // namespace ipc::ui
