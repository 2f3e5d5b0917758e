// The main window: welcome page, live graph, docks, menus, toolbar and status bar.
#include "ipc/ui/window/main_window.h"

#include <algorithm>
#include <array>
#include <exception>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "ipc/devnet/topology.h"
#include "ipc/devnet/version.h"
#include "ipc/ui/dialogs/hierarchy_settings_form.h"
#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/graph/hierarchy_graph.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/pages/subnet_summary.h"
#include "ipc/ui/window/icons.h"
#include "ipc/ui/window/translations.h"

namespace ipc::ui {

namespace {

constexpr int kWelcomePage = 0;
constexpr int kGraphPage = 1;
constexpr std::array<double, 3> kSpeeds{1.0, 10.0, 100.0};

QString templateObjectName(const QString& name) {
    return QStringLiteral("template_") + QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString formatVirtualTime(std::uint64_t ms) {
    const std::uint64_t s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IPC Studio"));
    resize(1320, 820);

    bridge_ = new DevnetBridge(this);
    model_ = new HierarchyModel(this);

    pages_ = new QStackedWidget(this);
    pages_->setObjectName(QStringLiteral("pages"));
    pages_->addWidget(createWelcomePage());
    // The graph on top, the selected subnet's pages below: the graph stays in sight while a
    // page is read, and a click on a card opens that subnet's pages.
    auto* graphSplit = new QSplitter(Qt::Vertical, pages_);
    graphSplit->setObjectName(QStringLiteral("graphSplit"));
    graphSplit->setChildrenCollapsible(false);
    graph_ = new HierarchyGraph(graphSplit);
    graph_->setMinimumHeight(100);
    subnetPages_ = new SubnetPages(bridge_, graphSplit);
    subnetPages_->setMinimumHeight(150);
    graphSplit->addWidget(graph_);
    graphSplit->addWidget(subnetPages_);
    graphSplit->setStretchFactor(0, 1);
    graphSplit->setStretchFactor(1, 1);
    // Half each: at the default 1320×820 the pages (the checkpoint inspector's five stages,
    // a screen of blocks) fit without scrolling, and the graph still shows all seven subnets.
    graphSplit->setSizes({1000, 1000});
    graph_->setMinimumHeight(180);
    pages_->addWidget(graphSplit);
    setCentralWidget(pages_);

    createActions();
    createMenus();
    createToolBar();
    createDock();
    createStatusBar();
    createTools();       // main_window_tools.cpp: before readSettings, which restores its dock
    createWallet();      // main_window_wallet.cpp: likewise, for the wallet and Messages docks
    createWorkspaces();  // main_window_workspaces.cpp
    createContracts();   // main_window_contracts.cpp: after the workspace actions in File

    connect(bridge_, &DevnetBridge::starting, this, &MainWindow::onStarting);
    connect(bridge_, &DevnetBridge::started, this, &MainWindow::onStarted);
    connect(bridge_, &DevnetBridge::startFailed, this, &MainWindow::onStartFailed);
    connect(bridge_, &DevnetBridge::hierarchyChanged, this, &MainWindow::onHierarchyChanged);
    connect(bridge_, &DevnetBridge::blocksProduced, graph_, &HierarchyGraph::addBlocks);
    connect(bridge_, &DevnetBridge::checkpointChanged, graph_, &HierarchyGraph::addCheckpoints);
    connect(bridge_, &DevnetBridge::messagesChanged, graph_, &HierarchyGraph::addMessages);
    connect(bridge_, &DevnetBridge::pausedChanged, this, &MainWindow::onPausedChanged);
    connect(bridge_, &DevnetBridge::speedChanged, this, &MainWindow::onSpeedChanged);
    connect(bridge_, &DevnetBridge::commandFailed, this,
            [this](const QString& error) { statusBar()->showMessage(error, 8000); });
    connect(graph_, &HierarchyGraph::subnetSelected, this, &MainWindow::onSubnetChosen);
    connect(subnetPages_, &SubnetPages::openBlockRequested, this,
            [this](const QString& subnetId, quint64 number) {
                onSubnetChosen(subnetId);
                subnetPages_->showBlock(number);
                // The list stops following the tip so the block stays in view: say so, and
                // how to go back to following.
                QString name = model_->indexOf(subnetId).data(HierarchyModel::NameRole).toString();
                if (name.isEmpty())
                    name = subnetId;
                statusBar()->showMessage(
                    //: %1: a block number, %2: a subnet's name
                    tr("Follow tip paused to show block %1 of %2 (tick Follow tip to resume)")
                        .arg(number)
                        .arg(name),
                    15000);
            });

    rateTimer_.setInterval(1000);
    connect(&rateTimer_, &QTimer::timeout, this, &MainWindow::updateBlockRate);

    readSettings();
    updateIcons();
    updateActions();
}

MainWindow::~MainWindow() = default;

// ---------------------------------------------------------------- building

void MainWindow::createActions() {
    newAction_ = new QAction(tr("&New Hierarchy…"), this);
    newAction_->setObjectName(QStringLiteral("actionNewHierarchy"));
    newAction_->setShortcut(QKeySequence::New);
    newAction_->setStatusTip(tr("Choose a template and start a new hierarchy"));
    connect(newAction_, &QAction::triggered, this, &MainWindow::showWelcome);

    int n = 1;
    for (const auto& name : devnet::builtinTemplateNames()) {
        const QString qname = QString::fromStdString(name);
        auto* a = new QAction(qname, this);
        a->setObjectName(QStringLiteral("action") + templateObjectName(qname));
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(n++)));
        a->setStatusTip(tr("Start the %1 template").arg(qname));
        connect(a, &QAction::triggered, this, [this, qname] { startTemplate(qname); });
        templateActions_.push_back(a);
    }

    playPauseAction_ = new QAction(tr("&Pause"), this);
    playPauseAction_->setObjectName(QStringLiteral("actionPlayPause"));
    playPauseAction_->setShortcut(QKeySequence(Qt::Key_Space));
    playPauseAction_->setStatusTip(tr("Pause or resume block production everywhere"));
    connect(playPauseAction_, &QAction::triggered, this, &MainWindow::togglePause);

    stepAction_ = new QAction(tr("&Step"), this);
    stepAction_->setObjectName(QStringLiteral("actionStep"));
    stepAction_->setShortcut(QKeySequence(Qt::Key_N));
    stepAction_->setStatusTip(
        tr("Pause and produce one block on the selected subnet (the root when none is)"));
    connect(stepAction_, &QAction::triggered, this, &MainWindow::stepSelected);

    speedGroup_ = new QActionGroup(this);
    speedGroup_->setExclusive(true);
    for (std::size_t i = 0; i < kSpeeds.size(); ++i) {
        const double speed = kSpeeds[i];
        //: run speed: virtual time per wall time, e.g. "×10"
        auto* a = new QAction(tr("×%1").arg(speed), speedGroup_);
        a->setObjectName(QStringLiteral("actionSpeed%1").arg(speed));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(QString::number(i + 1)));
        a->setData(speed);
        a->setStatusTip(tr("Run virtual time %1 times as fast as the wall clock").arg(speed));
        connect(a, &QAction::triggered, this, [this, speed] { setSpeed(speed); });
    }

    fitAction_ = new QAction(tr("&Fit"), this);
    fitAction_->setObjectName(QStringLiteral("actionFit"));
    fitAction_->setShortcut(QKeySequence(Qt::Key_F));
    fitAction_->setStatusTip(tr("Show the whole hierarchy"));
    connect(fitAction_, &QAction::triggered, graph_, &HierarchyGraph::fit);

    zoomInAction_ = new QAction(tr("Zoom &In"), this);
    zoomInAction_->setObjectName(QStringLiteral("actionZoomIn"));
    zoomInAction_->setShortcuts(
        {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(zoomInAction_, &QAction::triggered, graph_, &HierarchyGraph::zoomIn);

    zoomOutAction_ = new QAction(tr("Zoom &Out"), this);
    zoomOutAction_->setObjectName(QStringLiteral("actionZoomOut"));
    zoomOutAction_->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    connect(zoomOutAction_, &QAction::triggered, graph_, &HierarchyGraph::zoomOut);

    quitAction_ = new QAction(tr("&Quit"), this);
    quitAction_->setObjectName(QStringLiteral("actionQuit"));
    // Some platforms define no standard Quit key; Ctrl+Q is what users try.
    quitAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    aboutAction_ = new QAction(tr("&About IPC Studio"), this);
    aboutAction_->setObjectName(QStringLiteral("actionAbout"));
    aboutAction_->setShortcut(QKeySequence::HelpContents);
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About IPC Studio"),
                           tr("<b>IPC Studio %1</b><p>A whole InterPlanetary Consensus hierarchy "
                              "on your desktop.</p>")
                               .arg(QString::fromLatin1(devnet::kVersion)));
    });
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction_);
    auto* templates = file->addMenu(tr("New from &Template"));
    templates->addActions(templateActions_);
    file->addSeparator();
    file->addAction(quitAction_);

    auto* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(playPauseAction_);
    run->addAction(stepAction_);
    run->addSeparator();
    auto* speed = run->addMenu(tr("S&peed"));
    speed->addActions(speedGroup_->actions());

    auto* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(zoomInAction_);
    view->addAction(zoomOutAction_);
    view->addAction(fitAction_);
    view->addSeparator();

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(aboutAction_);
}

void MainWindow::createToolBar() {
    auto* bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("runToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(newAction_);
    bar->addSeparator();
    bar->addAction(playPauseAction_);
    bar->addAction(stepAction_);

    auto* speedLabel = new QLabel(tr("Speed"), bar);
    speedLabel->setContentsMargins(10, 0, 4, 0);
    bar->addWidget(speedLabel);
    speedCombo_ = new QComboBox(bar);
    speedCombo_->setObjectName(QStringLiteral("speedCombo"));
    speedCombo_->setToolTip(tr("Virtual time per wall time (keys 1, 2, 3)"));
    speedCombo_->setFocusPolicy(Qt::TabFocus);  // keep Space for play/pause
    for (const double s : kSpeeds)
        speedCombo_->addItem(tr("×%1").arg(s), s);
    speedLabel->setBuddy(speedCombo_);
    connect(speedCombo_, &QComboBox::activated, this,
            [this](int index) { setSpeed(speedCombo_->itemData(index).toDouble()); });
    bar->addWidget(speedCombo_);
    bar->addSeparator();
    bar->addAction(fitAction_);
    bar->addAction(zoomOutAction_);
    bar->addAction(zoomInAction_);

    auto* toggle = bar->toggleViewAction();
    toggle->setText(tr("&Toolbar"));
    toggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))->addAction(toggle);
}

void MainWindow::createDock() {
    auto* dock = new QDockWidget(tr("Hierarchy"), this);
    dock->setObjectName(QStringLiteral("hierarchyDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto* split = new QSplitter(Qt::Vertical, dock);
    split->setObjectName(QStringLiteral("hierarchySplit"));
    split->setChildrenCollapsible(false);
    tree_ = new QTreeView(split);
    tree_->setObjectName(QStringLiteral("hierarchyTree"));
    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->setAllColumnsShowFocus(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->setIndentation(14);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(HierarchyModel::SubnetColumn, QHeaderView::Stretch);
    for (const int c : {HierarchyModel::StatusColumn, HierarchyModel::HeightColumn,
                        HierarchyModel::ValidatorsColumn}) {
        tree_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    tree_->setMinimumWidth(340);
    tree_->setMinimumHeight(120);
    summary_ = new SubnetSummary(split);
    split->addWidget(tree_);
    split->addWidget(summary_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    dock->setWidget(split);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    // New subnets show expanded; the tree is small enough to show whole.
    connect(model_, &QAbstractItemModel::rowsInserted, tree_, &QTreeView::expandAll);
    connect(model_, &QAbstractItemModel::modelReset, tree_, &QTreeView::expandAll);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(HierarchyModel::SubnetIdRole).toString();
                if (id == selectedSubnet_)
                    return;
                selectedSubnet_ = id;
                graph_->selectSubnet(id);
                summary_->setSubnet(bridge_->view().get(), id);
                subnetPages_->setSubnet(id);
                subnetPages_->setRpcUrl(current.data(HierarchyModel::RpcUrlRole).toString());
                updateActions();
            });

    auto* toggle = dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))->addAction(toggle);
}

void MainWindow::createStatusBar() {
    const auto add = [this](const char* objectName, const QString& tip) {
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(objectName));
        label->setToolTip(tip);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    rateLabel_ = add("blockRateLabel", tr("Blocks produced per second across the hierarchy"));
    rateLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    messagesLabel_ = add("messagesLabel", tr("Cross-net messages not yet delivered"));
    timeLabel_ = add("virtualTimeLabel", tr("Virtual time since genesis"));
    templateLabel_ = add("templateLabel", tr("The running hierarchy's template"));
    reserveLiveLabelWidths();
    statusBar()->showMessage(tr("No hierarchy running"));
}

QWidget* MainWindow::createWelcomePage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(40, 40, 40, 40);

    auto* column = new QWidget(page);
    column->setMinimumWidth(560);
    column->setMaximumWidth(860);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(14);

    auto* title = new QLabel(tr("IPC Studio"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Run a whole InterPlanetary Consensus hierarchy on your "
                                   "desktop: a root chain and its subnets, with validators, "
                                   "checkpoints and cross-net messages you can watch and steer. "
                                   "Pick a template to start one."),
                                column);
    subtitle->setWordWrap(true);
    QFont subtitleFont = subtitle->font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.1);
    subtitle->setFont(subtitleFont);
    // Start with Settings… beside the title, where it takes no height of its own (the page
    // fits a 640 px high window).
    auto* titleRow = new QHBoxLayout();
    titleRow->addWidget(title, 1);
    auto* withSettings = new QPushButton(tr("Start with &Settings…"), column);
    withSettings->setObjectName(QStringLiteral("startWithSettings"));
    withSettings->setToolTip(
        tr("Pick a template and change its RPC port, block time, accounts or mnemonic"));
    connect(withSettings, &QPushButton::clicked, this, &MainWindow::askNewHierarchy);
    titleRow->addWidget(withSettings, 0, Qt::AlignBottom);
    layout->addLayout(titleRow);
    layout->addWidget(subtitle);
    layout->addSpacing(10);

    auto* grid = new QGridLayout();
    grid->setSpacing(14);
    int index = 0;
    const auto templateNames = devnet::builtinTemplateNames();
    // Two rows at most, so the page still fits a 640 px high window with five templates.
    const int columns = templateNames.size() > 4 ? 3 : 2;
    for (const auto& name : templateNames) {
        const QString qname = QString::fromStdString(name);
        QString description;
        std::size_t chains = 0;
        try {
            const devnet::Topology t = devnet::builtinTemplate(name);
            description = templateDescription(t.description);
            chains = t.subnetCount() + 1;
        } catch (const std::exception& e) {
            description = QString::fromUtf8(e.what());
        }
        auto* button = new QPushButton(column);
        button->setObjectName(templateObjectName(qname));
        button->setAccessibleName(qname);
        button->setAccessibleDescription(description);
        button->setToolTip(tr("Start %1 (Ctrl+%2)").arg(qname).arg(index + 1));
        button->setCursor(Qt::PointingHandCursor);
        button->setMinimumHeight(112);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        button->setStyleSheet(
            QStringLiteral("QPushButton { text-align: left; border: 1px solid palette(mid);"
                           " border-radius: 10px; background: palette(base); padding: 0; }"
                           " QPushButton:hover { border: 2px solid palette(highlight); }"
                           " QPushButton:pressed { background: palette(alternate-base); }"
                           " QPushButton:focus { border: 2px solid palette(highlight); }"));
        auto* inner = new QVBoxLayout(button);
        inner->setContentsMargins(18, 12, 18, 12);
        inner->setSpacing(4);
        auto* heading = new QLabel(qname, button);
        QFont headingFont = heading->font();
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
        headingFont.setBold(true);
        heading->setFont(headingFont);
        auto* text = new QLabel(description, button);
        text->setWordWrap(true);
        //: under a template's description: how many chains it runs, and its shortcut
        auto* meta = new QLabel(tr("%1 chains  ·  Ctrl+%2").arg(chains).arg(index + 1), button);
        meta->setForegroundRole(QPalette::PlaceholderText);
        for (QLabel* l : {heading, text, meta})
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
        inner->addWidget(heading);
        inner->addWidget(text);
        inner->addStretch();
        inner->addWidget(meta);
        connect(button, &QPushButton::clicked, this, [this, qname] { startTemplate(qname); });
        grid->addWidget(button, index / columns, index % columns);
        ++index;
    }
    layout->addLayout(grid);
    layout->addSpacing(6);
    // Recent workspaces (filled by refreshRecentWorkspaces).
    recentBox_ = new QWidget(column);
    recentBox_->setObjectName(QStringLiteral("recentWorkspaces"));
    layout->addWidget(recentBox_);

    welcomeStatus_ = new QLabel(tr("No hierarchy is running yet."), column);
    welcomeStatus_->setObjectName(QStringLiteral("welcomeStatus"));
    welcomeStatus_->setWordWrap(true);
    welcomeStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(welcomeStatus_);
    startProgress_ = new QProgressBar(column);
    startProgress_->setObjectName(QStringLiteral("startProgress"));
    startProgress_->setRange(0, 0);  // busy: start-up takes milliseconds, not steps
    startProgress_->setTextVisible(false);
    startProgress_->setMaximumHeight(6);
    startProgress_->hide();
    layout->addWidget(startProgress_);
    auto* back = new QPushButton(tr("Back to the running hierarchy"), column);
    back->setObjectName(QStringLiteral("backToGraph"));
    back->setShortcut(QKeySequence(Qt::Key_Escape));
    back->hide();
    connect(back, &QPushButton::clicked, this, [this] { pages_->setCurrentIndex(kGraphPage); });
    layout->addWidget(back, 0, Qt::AlignLeft);
    backToGraph_ = back;

    auto* row = new QHBoxLayout();
    row->addStretch(1);
    row->addWidget(column, 6);
    row->addStretch(1);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
    return page;
}

// ---------------------------------------------------------------- settings

void MainWindow::readSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    onSpeedChanged(settings.value(QStringLiteral("run/speed"), 1.0).toDouble());
    readToolSettings(settings);
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("run/speed"), speed_);
    writeToolSettings(settings);
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    if (event->type() == QEvent::FontChange && rateLabel_ != nullptr)
        reserveLiveLabelWidths();
}

void MainWindow::updateIcons() {
    const QPalette pal = palette();
    newAction_->setIcon(paintedIcon(IconKind::New, pal));
    stepAction_->setIcon(paintedIcon(IconKind::Step, pal));
    fitAction_->setIcon(paintedIcon(IconKind::Fit, pal));
    zoomInAction_->setIcon(paintedIcon(IconKind::ZoomIn, pal));
    zoomOutAction_->setIcon(paintedIcon(IconKind::ZoomOut, pal));
    if (snapshotAction_ != nullptr) {
        snapshotAction_->setIcon(paintedIcon(IconKind::Snapshot, pal));
        revertAction_->setIcon(paintedIcon(IconKind::Revert, pal));
    }
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    writeSettings();
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------- running

void MainWindow::startTemplate(const QString& name) {
    devnet::DevnetOptions options;
    options.speed = speed_;
    // One click: a throw-away workspace, so history lives in a file rather than in memory.
    bridge_->quickstart(name, options);
}

void MainWindow::startWithSettings(const HierarchySettings& settings) {
    devnet::Topology topology;
    try {
        topology = settings.topology();
    } catch (const std::exception& e) {
        statusBar()->showMessage(QString::fromStdString(e.what()), 8000);
        return;
    }
    setRpcPort(settings.rpcPort);
    devnet::DevnetOptions options;
    options.speed = speed_;
    bridge_->quickstart(topology, options);
}

void MainWindow::askNewHierarchy() {
    NewHierarchyDialog dialog(
        bridge_->isRunning() ? bridge_->topologyName() : QStringLiteral("two-level"), this);
    if (dialog.exec() == QDialog::Accepted)
        startWithSettings(dialog.settings());
}

void MainWindow::setSpeed(double speed) {
    if (bridge_->isRunning())
        bridge_->setSpeed(speed);  // speedChanged follows once the engine has it
    else
        onSpeedChanged(speed);
}

void MainWindow::onStarting(const QString& name) {
    welcomeStatus_->setText(tr("Starting %1: building genesis for every chain…").arg(name));
    startProgress_->show();
    backToGraph_->hide();
    statusBar()->showMessage(tr("Starting %1…").arg(name));
    model_->clear();
    graph_->clear();
    selectedSubnet_.clear();
    summary_->setSubnet(nullptr, {});
    rateBaseSet_ = false;
    updateActions();
}

void MainWindow::onStarted() {
    const QString name = bridge_->topologyName();
    startProgress_->hide();
    welcomeStatus_->setText(tr("%1 is running.").arg(name));
    backToGraph_->show();
    pages_->setCurrentIndex(kGraphPage);
    graph_->setPaused(bridge_->isPaused());
    graph_->fit();
    graph_->setFocus();
    if (bridge_->isQuickstart())
        //: window title for an unsaved one-click hierarchy: the template's name
        setWindowTitle(tr("%1 (quickstart) — IPC Studio").arg(name));
    else
        setWindowTitle(tr("%1 — IPC Studio").arg(workspaceName()));
    templateLabel_->setText(tr("Template: %1").arg(name));
    updateWorkspaceActions();
    statusBar()->showMessage(tr("%1 started").arg(name), 4000);
    rateBaseSet_ = false;
    rateLabel_->setText(tr("– blocks/s"));
    rateTimer_.start();
    updateActions();
}

void MainWindow::onStartFailed(const QString& error) {
    startProgress_->hide();
    welcomeStatus_->setText(tr("The hierarchy could not start: %1").arg(error));
    pages_->setCurrentIndex(kWelcomePage);
    statusBar()->showMessage(tr("Start failed"), 8000);
    updateActions();
}

void MainWindow::onHierarchyChanged(const HierarchyViewPtr& view) {
    if (view == nullptr)
        return;
    model_->setHierarchy(*view);
    graph_->setHierarchy(view);
    summary_->setSubnet(view.get(), selectedSubnet_);
    std::uint64_t sum = 0;
    for (const auto& s : view->subnets)
        sum += s.height;
    heightSum_ = sum;
    if (!rateBaseSet_) {
        // The first view: rates count from here.
        rateHeightSum_ = sum;
        rateClock_.start();
        rateBaseSet_ = true;
    }
    messagesLabel_->setText(tr("Messages in flight: %1").arg(view->messagesInFlight));
    if (view->storageError) {
        statusBar()->showMessage(
            tr("Block production stopped: the workspace cannot be written (%1). It resumes "
               "once the disk takes writes again.")
                .arg(QString::fromStdString(*view->storageError)));
    }
    //: virtual time since genesis, hh:mm:ss
    timeLabel_->setText(tr("t %1").arg(formatVirtualTime(view->timeMs)));
    if (selectedSubnet_.isEmpty() && !view->subnets.empty()) {
        // Select the root so Step has an obvious target.
        const QModelIndex root = model_->index(0, 0);
        tree_->setCurrentIndex(root);
    }
}

void MainWindow::updateBlockRate() {
    if (!rateBaseSet_)
        return;
    const double seconds = static_cast<double>(rateClock_.restart()) / 1000.0;
    if (seconds <= 0)
        return;
    const double rate =
        static_cast<double>(heightSum_ >= rateHeightSum_ ? heightSum_ - rateHeightSum_ : 0) /
        seconds;
    rateHeightSum_ = heightSum_;
    rateLabel_->setText(blockRateText(rate));
}

QString MainWindow::blockRateText(double rate) {
    return tr("%1 blocks/s").arg(QLocale().toString(rate, 'f', rate < 10 ? 1 : 0));
}

void MainWindow::reserveLiveLabelWidths() {
    // These change every second: each label keeps the width of the widest value it shows (up to
    // 9,999 blocks/s, 9,999 messages, 99 hours), so the status bar never moves or cuts them as
    // the digits change.
    const auto reserve = [](QLabel* label, const QStringList& samples) {
        int widest = 0;
        const QFontMetrics metrics(label->font());
        for (const QString& text : samples)
            widest = std::max(widest, metrics.horizontalAdvance(text));
        const QMargins m = label->contentsMargins();
        label->setMinimumWidth(widest + m.left() + m.right() + 2 * label->frameWidth() + 2);
    };
    reserve(rateLabel_, {blockRateText(8.8), blockRateText(88), blockRateText(888),
                         blockRateText(8888), tr("– blocks/s")});
    reserve(messagesLabel_, {tr("Messages in flight: %1").arg(8888)});
    reserve(timeLabel_, {tr("t %1").arg(formatVirtualTime(99ULL * 3600 * 1000 + 59 * 60 * 1000 +
                                                          59 * 1000 + 888))});
}

void MainWindow::onPausedChanged(bool paused) {
    graph_->setPaused(paused);
    statusBar()->showMessage(paused ? tr("Paused") : tr("Running"), 3000);
    updateActions();
}

void MainWindow::onSpeedChanged(double speed) {
    if (speed <= 0)
        return;
    speed_ = speed;
    for (QAction* a : speedGroup_->actions())
        a->setChecked(a->data().toDouble() == speed);
    const int index = speedCombo_->findData(speed);
    if (index >= 0)
        speedCombo_->setCurrentIndex(index);
}

void MainWindow::onSubnetChosen(const QString& subnetId) {
    // The tree's current row drives the selection everywhere (graph, summary, step target).
    tree_->setCurrentIndex(model_->indexOf(subnetId));
}

void MainWindow::togglePause() {
    if (!bridge_->isRunning())
        return;
    bridge_->setPaused(!bridge_->isPaused());
}

void MainWindow::stepSelected() {
    if (!bridge_->isRunning())
        return;
    QString subnet = selectedSubnet_;
    if (subnet.isEmpty())
        subnet = model_->index(0, 0).data(HierarchyModel::SubnetIdRole).toString();
    if (subnet.isEmpty())
        return;
    if (!bridge_->isPaused())
        bridge_->pause();
    bridge_->step(subnet);
}

void MainWindow::showWelcome() {
    welcomeStatus_->setText(
        bridge_->isRunning()
            ? (bridge_->isQuickstart()
                   ? tr("%1 is running as a quickstart. Picking a template replaces it and "
                        "discards it; File › Save as Workspace (Ctrl+Shift+S) keeps it.")
                         .arg(bridge_->topologyName())
                   : tr("%1 is running. Pick a template to replace it.")
                         .arg(bridge_->topologyName()))
            : tr("No hierarchy is running yet."));
    backToGraph_->setVisible(bridge_->isRunning());
    refreshRecentWorkspaces();
    pages_->setCurrentIndex(kWelcomePage);
}

void MainWindow::updateActions() {
    const bool running = bridge_->isRunning();
    const bool paused = bridge_->isPaused();
    playPauseAction_->setEnabled(running);
    playPauseAction_->setText(paused ? tr("&Play") : tr("&Pause"));
    playPauseAction_->setIcon(paintedIcon(paused ? IconKind::Play : IconKind::Pause, palette()));
    playPauseAction_->setToolTip(paused ? tr("Resume block production (Space)")
                                        : tr("Pause block production (Space)"));
    stepAction_->setEnabled(running);
    const QString target =
        selectedSubnet_.isEmpty()
            ? tr("the root")
            : model_->indexOf(selectedSubnet_).data(HierarchyModel::NameRole).toString();
    stepAction_->setToolTip(tr("Pause and produce one block on %1 (N)").arg(target));
    fitAction_->setEnabled(running);
    zoomInAction_->setEnabled(running);
    zoomOutAction_->setEnabled(running);
    if (!running) {
        rateLabel_->clear();
        messagesLabel_->clear();
        timeLabel_->clear();
        templateLabel_->clear();
        rateTimer_.stop();
    }
    updateWorkspaceActions();
}

void MainWindow::screenshotAfter(const QString& path, int runMs) {
    const auto shoot = [this, path, runMs] {
        QTimer::singleShot(runMs, this, [this, path] {
            const bool ok = grab().save(path);
            emit screenshotSaved(path, ok);
        });
    };
    // Decided once the event loop runs, so a start requested right after this call counts.
    QTimer::singleShot(0, this, [this, path, shoot] {
        if (!bridge_->isStarting()) {
            shoot();  // a running hierarchy, or the welcome page
            return;
        }
        auto* once = new QObject(this);  // both connections end with the first outcome
        connect(bridge_, &DevnetBridge::started, once, [once, shoot] {
            shoot();
            once->deleteLater();
        });
        connect(bridge_, &DevnetBridge::startFailed, once, [this, once, path] {
            emit screenshotSaved(path, false);
            once->deleteLater();
        });
    });
}

}  // namespace ipc::ui
