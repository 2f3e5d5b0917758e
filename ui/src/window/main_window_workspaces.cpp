// The main window's workspaces (File menu, recent list on the welcome page, the workspace in the
// status bar, the quickstart kept or discarded on close) and whole-hierarchy snapshots (Run menu
// and toolbar).
#include <algorithm>
#include <exception>
#include <memory>
#include <optional>

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "ipc/devnet/workspaces.h"
#include "ipc/ui/charts/charts_panel.h"
#include "ipc/ui/dialogs/workspace_dialog.h"
#include "ipc/ui/graph/hierarchy_graph.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/window/icons.h"
#include "ipc/ui/window/main_window.h"

namespace ipc::ui {

namespace {

constexpr int kMaxRecent = 5;

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

QString snapshotLabel(const devnet::SnapshotInfo& s) {
    //: a snapshot's name after its id, in quotes (keep the leading space)
    const QString name = s.name.empty() ? QString() : QObject::tr(" “%1”").arg(fromStd(s.name));
    std::uint64_t root = 0;
    if (!s.heights.empty())
        root = s.heights.front().second;
    //: a snapshot in a list: id, optional name, the root's height and the virtual time
    return QObject::tr("%1%2 — root at %3, t %4 s")
        .arg(fromStd(s.id), name)
        .arg(root)
        .arg(s.timeMs / 1000);
}

}  // namespace

void MainWindow::createWorkspaces() {
    const auto make = [this](const char* name, const QString& text, const QKeySequence& key,
                             const QString& tip) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        addAction(a);
        return a;
    };
    newWorkspaceAction_ = make(
        "actionNewWorkspace", tr("New &Workspace…"), QKeySequence(QStringLiteral("Ctrl+Alt+N")),
        tr("Create a named workspace from a template; it keeps everything on disk"));
    openWorkspaceAction_ = make("actionOpenWorkspace", tr("&Open Workspace…"), QKeySequence::Open,
                                tr("Open, rename, duplicate or delete workspaces"));
    saveWorkspaceAsAction_ = make("actionSaveWorkspaceAs", tr("&Save as Workspace…"),
                                  QKeySequence(QStringLiteral("Ctrl+Shift+S")),
                                  tr("Copy the running hierarchy into a new named workspace and "
                                     "continue there"));
    snapshotAction_ = make("actionTakeSnapshot", tr("Take &Snapshot…"),
                           QKeySequence(QStringLiteral("Ctrl+Alt+S")),
                           tr("Remember the whole hierarchy (every subnet, mempool, relayer and "
                              "message in flight) to come back to later"));
    revertAction_ = make("actionRevertSnapshot", tr("&Revert to Snapshot…"),
                         QKeySequence(QStringLiteral("Ctrl+Alt+Z")),
                         tr("Return every subnet to a snapshot; later blocks are discarded"));
    deleteSnapshotAction_ =
        make("actionDeleteSnapshot", tr("&Delete Snapshot…"),
             QKeySequence(QStringLiteral("Ctrl+Alt+X")), tr("Forget a snapshot"));

    const QPalette pal = palette();
    snapshotAction_->setIcon(paintedIcon(IconKind::Snapshot, pal));
    revertAction_->setIcon(paintedIcon(IconKind::Revert, pal));
    //: toolbar labels (the menu says "Take Snapshot…", "Revert to Snapshot…")
    snapshotAction_->setIconText(tr("Snapshot"));
    revertAction_->setIconText(tr("Revert"));

    connect(newWorkspaceAction_, &QAction::triggered, this, [this] {
        WorkspaceDialog dialog(workspacesDir_, bridge_->workspacePath(), this);
        // Straight to the "new" form: the manager stays open behind it for a second try.
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog] {
                if (auto* b = dialog.findChild<QPushButton*>(QStringLiteral("newWorkspaceButton")))
                    b->click();
            },
            Qt::QueuedConnection);
        if (dialog.exec() == QDialog::Accepted)
            openChosenWorkspace(dialog);
    });
    connect(openWorkspaceAction_, &QAction::triggered, this, [this] {
        WorkspaceDialog dialog(workspacesDir_, bridge_->workspacePath(), this);
        if (dialog.exec() == QDialog::Accepted)
            openChosenWorkspace(dialog);
    });
    connect(saveWorkspaceAsAction_, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save as Workspace"),
            tr("Name of the new workspace (the running hierarchy continues in it):"),
            QLineEdit::Normal, bridge_->topologyName(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveWorkspaceAs(name.trimmed());
    });
    connect(snapshotAction_, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Take Snapshot"), tr("Name (optional; snapshots also get an id like 0x1):"),
            QLineEdit::Normal, {}, &ok);
        if (ok)
            takeSnapshot(name.trimmed());
    });
    connect(revertAction_, &QAction::triggered, this, [this] {
        chooseSnapshot(tr("Revert to Snapshot"), [this](const QString& id) {
            // The snapshot was just picked on purpose: Return confirms, Escape cancels, and
            // either way the status bar says what happened.
            QMessageBox box(QMessageBox::Question, tr("Revert to Snapshot"),
                            tr("Return the whole hierarchy to snapshot %1? Blocks, transactions "
                               "and messages after it are discarded on every subnet, and "
                               "snapshots taken after it are deleted.")
                                .arg(id),
                            QMessageBox::Yes | QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("revertConfirmation"));
            box.button(QMessageBox::Yes)->setText(tr("&Revert"));
            box.setDefaultButton(QMessageBox::Yes);
            box.setEscapeButton(QMessageBox::Cancel);
            if (box.exec() == QMessageBox::Yes)
                revertToSnapshot(id);
            else
                statusBar()->showMessage(tr("Revert cancelled: nothing changed"), 5000);
        });
    });
    connect(deleteSnapshotAction_, &QAction::triggered, this, [this] {
        chooseSnapshot(tr("Delete Snapshot"), [this](const QString& id) {
            bridge_->deleteSnapshot(id, [this, id] {
                statusBar()->showMessage(tr("Snapshot %1 deleted").arg(id), 5000);
            });
        });
    });

    // File menu: after "New from Template", before Quit.
    auto* file = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().front()->menu();
    if (file != nullptr) {
        QAction* quit = file->actions().isEmpty() ? nullptr : file->actions().back();
        file->insertAction(quit, newWorkspaceAction_);
        file->insertAction(quit, openWorkspaceAction_);
        file->insertAction(quit, saveWorkspaceAsAction_);
        file->insertSeparator(quit);
    }
    for (QAction* a : menuBar()->actions()) {
        if (a->menu() != nullptr && a->menu()->title() == tr("&Run")) {
            a->menu()->addSeparator();
            a->menu()->addAction(snapshotAction_);
            a->menu()->addAction(revertAction_);
            a->menu()->addAction(deleteSnapshotAction_);
        }
    }
    if (auto* bar = findChild<QToolBar*>(QStringLiteral("runToolBar"))) {
        QAction* before = nullptr;
        for (QAction* a : bar->actions()) {
            if (a->isSeparator()) {
                before = a;  // the one after play/step/speed
            }
        }
        bar->insertAction(before, snapshotAction_);
        bar->insertAction(before, revertAction_);
        // Zooming is also on the keyboard and the wheel: icons alone keep the toolbar short
        // enough for the search box.
        for (QAction* a : bar->actions()) {
            if (a->objectName().startsWith(QStringLiteral("actionZoom")) ||
                a->objectName() == QStringLiteral("actionFit")) {
                if (auto* b = qobject_cast<QToolButton*>(bar->widgetForAction(a)))
                    b->setToolButtonStyle(Qt::ToolButtonIconOnly);
            }
        }
    }

    workspaceLabel_ = new QLabel(this);
    workspaceLabel_->setObjectName(QStringLiteral("workspaceLabel"));
    workspaceLabel_->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(workspaceLabel_);

    connect(bridge_, &DevnetBridge::hierarchyReset, this, &MainWindow::onHierarchyReset);
    connect(bridge_, &DevnetBridge::startFailed, this, [this] { refreshRecentWorkspaces(); });
    // The workspace reopened on the next start (a quickstart too: closing keeps it).
    connect(bridge_, &DevnetBridge::started, this, [this] {
        const QString path = bridge_->workspacePath();
        if (!path.isEmpty())
            QSettings().setValue(QStringLiteral("workspaces/last"), path);
    });

    QSettings settings;
    workspacesDir_ = settings.value(QStringLiteral("workspaces/directory")).toString();

    // JSON-RPC for wallets and scripts: on by default from 8545 like ipc-devnet up;
    // IPC_STUDIO_RPC_PORT (a port, or "off") overrides the settings.
    std::optional<quint16> port;
    if (settings.value(QStringLiteral("rpc/enabled"), true).toBool())
        port = static_cast<quint16>(settings.value(QStringLiteral("rpc/port"), 8545).toUInt());
    const QByteArray env = qgetenv("IPC_STUDIO_RPC_PORT");
    if (!env.isEmpty()) {
        bool ok = false;
        const uint p = env.toUInt(&ok);
        port = ok && p > 0 && p < 65536 ? std::optional<quint16>(static_cast<quint16>(p))
                                        : std::nullopt;
    }
    setRpcPort(port);
    connect(bridge_, &DevnetBridge::hierarchyChanged, this, [this] {
        const auto urls = bridge_->rpcUrls();
        for (auto it = urls.begin(); it != urls.end(); ++it)
            model_->setRpcUrl(it.key(), it.value());
        if (!selectedSubnet_.isEmpty())
            subnetPages_->setRpcUrl(urls.value(selectedSubnet_));
    });
    connect(bridge_, &DevnetBridge::started, this, [this] {
        if (!bridge_->rpcError().isEmpty()) {
            statusBar()->showMessage(tr("JSON-RPC is not served: %1").arg(bridge_->rpcError()),
                                     10000);
        }
    });
    refreshRecentWorkspaces();
    updateWorkspaceActions();
}

void MainWindow::setRpcPort(std::optional<quint16> basePort) {
    if (!basePort) {
        bridge_->setRpc(std::nullopt);
        return;
    }
    devnet::rpc::ServerOptions options;
    options.basePort = *basePort;
    bridge_->setRpc(options);
}

void MainWindow::setWorkspacesDirectory(const QString& dir) {
    workspacesDir_ = dir;
    refreshRecentWorkspaces();
}

QString MainWindow::workspacesDirectory() const {
    if (!workspacesDir_.isEmpty())
        return workspacesDir_;
    try {
        return fromStd(devnet::WorkspaceDirectory::defaultDirectory());
    } catch (const std::exception&) {
        return {};
    }
}

QString MainWindow::workspaceName() const {
    if (bridge_->isQuickstart())
        return tr("quickstart");
    const QString path = bridge_->workspacePath();
    if (path.isEmpty())
        return bridge_->topologyName();
    return QFileInfo(path).completeBaseName();
}

void MainWindow::openWorkspace(const QString& nameOrPath, const QString& templateIfNew) {
    QString path = nameOrPath;
    try {
        const std::string dir = workspacesDirectory().toStdString();
        devnet::WorkspaceDirectory ws(dir);
        if (!nameOrPath.contains(QLatin1Char('/'))) {
            path = fromStd(ws.pathOf(nameOrPath.toStdString()));
            if (templateIfNew.isEmpty() && !QFileInfo::exists(path)) {
                statusBar()->showMessage(tr("There is no workspace named \"%1\"").arg(nameOrPath),
                                         8000);
                showWelcome();
                return;
            }
        }
        // Workspaces in the directory are remembered; files elsewhere open as they are.
        const QFileInfo info(path);
        if (QFileInfo(info.absolutePath()) == QFileInfo(fromStd(ws.directory())))
            ws.setLastOpened(info.completeBaseName().toStdString());
    } catch (const std::exception& e) {
        statusBar()->showMessage(fromStd(e.what()), 8000);
    }
    devnet::DevnetOptions options;
    options.speed = speed_;
    bridge_->open(path, templateIfNew, options);
}

void MainWindow::openChosenWorkspace(const WorkspaceDialog& dialog) {
    const auto topology = dialog.chosenTopology();
    if (!topology) {
        openWorkspace(dialog.chosenPath(), dialog.chosenTemplate());
        return;
    }
    // A new workspace with its own settings: its port from now on, its topology as given.
    if (const auto port = dialog.chosenRpcPort())
        setRpcPort(*port);
    try {
        devnet::WorkspaceDirectory ws(workspacesDirectory().toStdString());
        const QFileInfo info(dialog.chosenPath());
        if (QFileInfo(info.absolutePath()) == QFileInfo(fromStd(ws.directory())))
            ws.setLastOpened(info.completeBaseName().toStdString());
    } catch (const std::exception& e) {
        statusBar()->showMessage(fromStd(e.what()), 8000);
    }
    devnet::DevnetOptions options;
    options.speed = speed_;
    bridge_->open(dialog.chosenPath(), *topology, options);
}

bool MainWindow::reopenLastWorkspace() {
    const QString last = QSettings().value(QStringLiteral("workspaces/last")).toString();
    if (last.isEmpty() || !QFileInfo::exists(last))
        return false;
    openWorkspace(last);
    return true;
}

bool MainWindow::saveWorkspaceAs(const QString& name) {
    const QString from = bridge_->workspacePath();
    if (!bridge_->isRunning() || from.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to save: no workspace is running"), 8000);
        return false;
    }
    QString target;
    try {
        // duplicate() refuses an invalid or taken name before copying anything.
        devnet::WorkspaceDirectory ws(workspacesDirectory().toStdString());
        ws.duplicate(from.toStdString(), name.toStdString());
        target = fromStd(ws.pathOf(name.toStdString()));
        try {
            ws.setLastOpened(name.toStdString());
        } catch (const std::exception&) {
            // Only the recent list's order; the copy is made.
        }
    } catch (const std::exception& e) {
        statusBar()->showMessage(tr("Cannot save as \"%1\": %2").arg(name, fromStd(e.what())),
                                 8000);
        return false;
    }
    // The copy is consistent (SQLite's online backup of the durable state); continue in it. A
    // quickstart is discarded once the copy runs.
    devnet::DevnetOptions options;
    options.speed = speed_;
    options.paused = bridge_->isPaused();
    bridge_->open(target, QString(), options);
    statusBar()->showMessage(tr("Saved as workspace \"%1\"").arg(name), 5000);
    return true;
}

void MainWindow::takeSnapshot(const QString& name) {
    if (!bridge_->isRunning())
        return;
    bridge_->takeSnapshot(name, [this, name](const QString& id) {
        statusBar()->showMessage(name.isEmpty() ? tr("Snapshot %1 taken").arg(id)
                                                : tr("Snapshot %1 “%2” taken").arg(id, name),
                                 5000);
    });
}

void MainWindow::revertToSnapshot(const QString& idOrName) {
    if (!bridge_->isRunning())
        return;
    bridge_->revertSnapshot(idOrName, [this, idOrName] {
        statusBar()->showMessage(tr("Reverted to snapshot %1").arg(idOrName), 5000);
    });
}

void MainWindow::chooseSnapshot(const QString& title,
                                const std::function<void(const QString&)>& then) {
    if (!bridge_->isRunning())
        return;
    bridge_->ask(this, devnet::SnapshotsQuery{},
                 [this, title, then](std::vector<devnet::SnapshotInfo> list) {
                     if (list.empty()) {
                         QMessageBox::information(
                             this, title,
                             tr("No snapshot has been taken yet. Take one with "
                                "Run › Take Snapshot (Ctrl+Alt+S)."));
                         return;
                     }
                     QStringList items;
                     for (auto it = list.rbegin(); it != list.rend(); ++it)
                         items << snapshotLabel(*it);
                     bool ok = false;
                     const QString chosen =
                         QInputDialog::getItem(this, title, tr("Snapshot:"), items, 0, false, &ok);
                     if (!ok)
                         return;
                     const int index = static_cast<int>(items.indexOf(chosen));
                     if (index < 0)
                         return;
                     then(fromStd(list[list.size() - 1 - static_cast<std::size_t>(index)].id));
                 });
}

void MainWindow::onHierarchyReset() {
    // Subnets created after the snapshot are gone and every page's history changed.
    const QString selected = selectedSubnet_;
    model_->clear();
    graph_->clear();
    if (charts_ != nullptr)
        charts_->clear();
    selectedSubnet_.clear();
    subnetPages_->setSubnet({});
    selectAfterCreate_ = selected;
    bridge_->refresh();
}

void MainWindow::updateWorkspaceActions() {
    if (workspaceLabel_ == nullptr)
        return;
    const bool running = bridge_->isRunning();
    saveWorkspaceAsAction_->setEnabled(running && !bridge_->workspacePath().isEmpty());
    snapshotAction_->setEnabled(running);
    revertAction_->setEnabled(running);
    deleteSnapshotAction_->setEnabled(running);
    if (!running) {
        workspaceLabel_->clear();
        return;
    }
    if (bridge_->isQuickstart()) {
        workspaceLabel_->setText(tr("Workspace: quickstart (not saved)"));
        workspaceLabel_->setToolTip(
            tr("A throw-away workspace in %1: it reopens on the next start, and is discarded "
               "when another hierarchy starts. File › Save as Workspace (Ctrl+Shift+S) keeps it.")
                .arg(QFileInfo(bridge_->workspacePath()).absolutePath()));
    } else if (bridge_->workspacePath().isEmpty()) {
        workspaceLabel_->setText(tr("In memory"));
        workspaceLabel_->setToolTip(tr("This hierarchy is not kept on disk"));
    } else {
        workspaceLabel_->setText(tr("Workspace: %1").arg(workspaceName()));
        workspaceLabel_->setToolTip(bridge_->workspacePath());
    }
}

void MainWindow::refreshRecentWorkspaces() {
    if (recentBox_ == nullptr)
        return;
    delete recentBox_->layout();
    for (QWidget* w : recentBox_->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        delete w;
    auto* layout = new QVBoxLayout(recentBox_);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(2);
    std::vector<devnet::WorkspaceInfo> list;
    try {
        list = devnet::WorkspaceDirectory(workspacesDirectory().toStdString()).recent();
    } catch (const std::exception&) {
    }
    auto* heading = new QLabel(tr("Recent workspaces"), recentBox_);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    if (list.empty()) {
        auto* none = new QLabel(
            tr("None yet. A template click runs a quickstart; File › Save as Workspace keeps it, "
               "File › New Workspace (Ctrl+Alt+N) starts a named one."),
            recentBox_);
        none->setWordWrap(true);
        none->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(none);
    }
    int shown = 0;
    for (const auto& w : list) {
        if (shown++ == kMaxRecent)
            break;
        auto* b = new QPushButton(fromStd(w.name), recentBox_);
        b->setObjectName(QStringLiteral("recent_") + fromStd(w.name));
        b->setFlat(true);
        b->setCursor(Qt::PointingHandCursor);
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 3px 6px; }"));
        b->setToolTip(fromStd(w.path));
        const QString path = fromStd(w.path);
        connect(b, &QPushButton::clicked, this, [this, path] { openWorkspace(path); });
        layout->addWidget(b);
    }
    auto* more = new QPushButton(tr("Open another workspace… (Ctrl+O)"), recentBox_);
    more->setObjectName(QStringLiteral("openWorkspaceLink"));
    more->setFlat(true);
    more->setCursor(Qt::PointingHandCursor);
    more->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 3px 6px; }"));
    connect(more, &QPushButton::clicked, openWorkspaceAction_, &QAction::trigger);
    layout->addWidget(more);
}

}  // namespace ipc::ui
