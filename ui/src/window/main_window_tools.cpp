// The parts of MainWindow around the hierarchy it shows: the live charts dock, the Subnet menu
// and right-click menus, the toolbar search, the last-checkpoint status label, the theme and the
// last template, with the settings that keep them.
#include <algorithm>
#include <optional>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSizePolicy>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "ipc/ui/charts/charts_panel.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/graph/hierarchy_graph.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/pages/subnet_actions.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/transfer/message_panel.h"
#include "ipc/ui/wallet/wallet_panel.h"
#include "ipc/ui/window/dock_toggle.h"
#include "ipc/ui/window/main_window.h"
#include "ipc/ui/window/search_box.h"
#include "ipc/ui/window/theme.h"
#include "ipc/ui/window/translations.h"

namespace ipc::ui {

namespace {

// Forwards right-clicks on a widget to a function: the graph offers no signal for them.
class ContextMenuFilter : public QObject {
public:
    ContextMenuFilter(QObject* parent, std::function<bool(QContextMenuEvent*)> handler)
        : QObject(parent), handler_(std::move(handler)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ContextMenu)
            return handler_(static_cast<QContextMenuEvent*>(event));
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool(QContextMenuEvent*)> handler_;
};

// The theme given on the command line (--theme NAME or --theme=NAME) wins over the saved one.
QString commandLineTheme() {
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--theme") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--theme=")))
            return args[i].mid(8);
    }
    return {};
}

// View › Language: the language for the next start ("" for the system's); nothing when cancelled.
// The texts are read once at start, so the choice takes effect after a restart.
std::optional<QString> askLanguage(QWidget* parent) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("languageDialog"));
    dialog.setWindowTitle(MainWindow::tr("Language"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* form = new QFormLayout();
    auto* combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("languageCombo"));
    //: the language choice that follows the operating system's language
    combo->addItem(MainWindow::tr("System default"), QString());
    for (const QString& code : availableLanguages())
        combo->addItem(languageName(code), code);
    combo->setCurrentIndex(std::max(0, combo->findData(savedLanguage())));
    form->addRow(MainWindow::tr("&Language:"), combo);
    layout->addLayout(form);
    auto* note = new QLabel(
        MainWindow::tr("IPC Studio uses the new language the next time it starts."), &dialog);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return combo->currentData().toString();
}

}  // namespace

void MainWindow::createTools() {
    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));

    // ---- charts dock
    chartsDock_ = new QDockWidget(tr("Charts"), this);
    chartsDock_->setObjectName(QStringLiteral("chartsDock"));
    chartsDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                             QDockWidget::DockWidgetFloatable);
    // In a scroll area: the charts' own minimum never makes the dock, and with it the window,
    // wider than the screen (they rearrange in two columns when the dock is narrow).
    auto* chartsScroll = new QScrollArea(chartsDock_);
    chartsScroll->setObjectName(QStringLiteral("chartsScroll"));
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    charts_ = new ChartsPanel(chartsScroll);
    chartsScroll->setWidget(charts_);
    chartsDock_->setWidget(chartsScroll);
    addDockWidget(Qt::BottomDockWidgetArea, chartsDock_);
    resizeDocks({chartsDock_}, {250}, Qt::Vertical);
    // Hidden until asked for (View > Charts, Ctrl+Shift+G; the choice is remembered): shown
    // from the start it would squeeze the graph on a laptop screen.
    chartsDock_->hide();
    auto* chartsToggle = makeDockToggle(chartsDock_);
    chartsToggle->setObjectName(QStringLiteral("actionToggleCharts"));
    chartsToggle->setText(tr("&Charts"));
    chartsToggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+G")));
    chartsToggle->setStatusTip(tr("Show or hide the live charts"));
    view->addAction(chartsToggle);
    connect(bridge_, &DevnetBridge::blocksProduced, charts_, &ChartsPanel::addBlocks);
    connect(bridge_, &DevnetBridge::checkpointChanged, charts_, &ChartsPanel::addCheckpoints);
    connect(bridge_, &DevnetBridge::messagesChanged, charts_, &ChartsPanel::addMessages);
    connect(bridge_, &DevnetBridge::hierarchyChanged, charts_, &ChartsPanel::setHierarchy);
    connect(bridge_, &DevnetBridge::starting, charts_, &ChartsPanel::clear);

    // ---- theme
    auto* themes = view->addMenu(tr("&Theme"));
    themeGroup_ = new QActionGroup(this);
    themeGroup_->setExclusive(true);
    const QStringList names = themeNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names[i];
        auto* a =
            new QAction(name == QLatin1String("dark") ? tr("&Dark") : tr("&Light"), themeGroup_);
        a->setObjectName(QStringLiteral("actionTheme_") + name);
        a->setCheckable(true);
        a->setData(name);
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+%1").arg(i + 1)));
        a->setStatusTip(name == QLatin1String("dark") ? tr("Use the dark palette")
                                                      : tr("Use the light palette"));
        connect(a, &QAction::triggered, this, [this, name] { setTheme(name); });
        themes->addAction(a);
    }

    // ---- language, kept in the settings and read at the next start (translations.cpp)
    auto* language = new QAction(tr("&Language…"), this);
    language->setObjectName(QStringLiteral("actionLanguage"));
    language->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+L")));
    language->setStatusTip(tr("Choose the language of IPC Studio (takes effect after a restart)"));
    connect(language, &QAction::triggered, this, [this] {
        const std::optional<QString> chosen = askLanguage(this);
        if (!chosen || *chosen == savedLanguage())
            return;
        saveLanguage(*chosen);
        const QString name =
            chosen->isEmpty() ? tr("The system's language") : languageName(*chosen);
        //: %1: a language's name, e.g. "Deutsch"
        statusBar()->showMessage(tr("%1 takes effect after a restart of IPC Studio.").arg(name),
                                 15000);
    });
    view->addAction(language);

    // ---- subnet menu and right-click menus
    subnetActions_ = new SubnetActions(bridge_, model_, this);
    auto* subnet = new QMenu(tr("&Subnet"), menuBar());
    subnet->setObjectName(QStringLiteral("subnetMenu"));
    subnet->setToolTipsVisible(true);
    subnet->addActions(subnetActions_->actions());
    menuBar()->insertMenu(view->menuAction(), subnet);
    connect(subnetActions_, &SubnetActions::message, statusBar(), &QStatusBar::showMessage);
    connect(subnetActions_, &SubnetActions::subnetCreated, this,
            [this](const QString& id) { selectAfterCreate_ = id; });
    connect(bridge_, &DevnetBridge::hierarchyChanged, this, [this] {
        if (selectAfterCreate_.isEmpty() || !model_->indexOf(selectAfterCreate_).isValid())
            return;
        tree_->setCurrentIndex(model_->indexOf(selectAfterCreate_));
        selectAfterCreate_.clear();
    });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(HierarchyModel::SubnetIdRole).toString();
                subnetActions_->setCurrentSubnet(id);
                searchBox_->setPreferredSubnet(id);
            });
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree_, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QString id = tree_->indexAt(pos).data(HierarchyModel::SubnetIdRole).toString();
        if (!id.isEmpty())
            showSubnetMenu(id, tree_->viewport()->mapToGlobal(pos));
    });
    graph_->viewport()->installEventFilter(
        new ContextMenuFilter(graph_, [this](QContextMenuEvent* e) {
            const QString id = subnetAt(e->pos());
            if (id.isEmpty())
                return false;
            showSubnetMenu(id, e->globalPos());
            return true;
        }));

    // ---- search
    searchBox_ = new SearchBox(bridge_, this);
    if (auto* bar = findChild<QToolBar*>(QStringLiteral("runToolBar"))) {
        auto* spacer = new QWidget(bar);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        bar->addWidget(spacer);
        bar->addWidget(searchBox_);
    }
    findAction_ = new QAction(tr("&Find…"), this);
    findAction_->setObjectName(QStringLiteral("actionFind"));
    findAction_->setShortcuts({QKeySequence(QStringLiteral("Ctrl+K")), QKeySequence::Find});
    findAction_->setStatusTip(
        tr("Search blocks, transactions, checkpoints, messages, addresses "
           "and subnets"));
    connect(findAction_, &QAction::triggered, this, [this] {
        searchBox_->setFocus(Qt::ShortcutFocusReason);
        searchBox_->selectAll();
    });
    view->insertAction(view->actions().value(0), findAction_);
    view->insertSeparator(view->actions().value(1));
    connect(searchBox_, &SearchBox::found, this, &MainWindow::onSearchFound);
    connect(searchBox_, &SearchBox::notFound, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    // ---- last checkpoint in the status bar, next to the messages in flight
    checkpointLabel_ = new QLabel(this);
    checkpointLabel_->setObjectName(QStringLiteral("lastCheckpointLabel"));
    checkpointLabel_->setToolTip(tr("The checkpoint a parent executed last"));
    checkpointLabel_->setContentsMargins(8, 0, 8, 0);
    statusBar()->insertPermanentWidget(2, checkpointLabel_);
    connect(bridge_, &DevnetBridge::checkpointChanged, this, &MainWindow::onCheckpointsForStatus);
    connect(bridge_, &DevnetBridge::starting, checkpointLabel_, &QLabel::clear);
    connect(bridge_, &DevnetBridge::stopped, checkpointLabel_, &QLabel::clear);

    // ---- last template
    lastTemplateAction_ = new QAction(tr("Start &Last Template"), this);
    lastTemplateAction_->setObjectName(QStringLiteral("actionStartLastTemplate"));
    lastTemplateAction_->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    lastTemplateAction_->setEnabled(false);
    connect(lastTemplateAction_, &QAction::triggered, this, [this] {
        if (!lastTemplate_.isEmpty())
            startTemplate(lastTemplate_);
    });
    if (QMenu* file = menuBar()->actions().value(0)->menu())
        file->insertAction(newAction_, lastTemplateAction_);
    connect(bridge_, &DevnetBridge::started, this, [this] {
        lastTemplate_ = bridge_->topologyName();
        lastTemplateAction_->setText(tr("Start &Last Template (%1)").arg(lastTemplate_));
        lastTemplateAction_->setEnabled(true);
    });
}

void MainWindow::readToolSettings(const QSettings& settings) {
    lastTemplate_ = settings.value(QStringLiteral("run/lastTemplate")).toString();
    if (!lastTemplate_.isEmpty()) {
        lastTemplateAction_->setText(tr("Start &Last Template (%1)").arg(lastTemplate_));
        lastTemplateAction_->setEnabled(true);
        // Enter on the welcome page starts what was run last.
        const QString button =
            QStringLiteral("template_") + QString(lastTemplate_).replace(QLatin1Char('-'), '_');
        if (auto* b = findChild<QPushButton*>(button))
            b->setFocus();
    }
    QString theme = commandLineTheme();
    if (theme.isEmpty())
        theme = settings.value(QStringLiteral("ui/theme")).toString();
    if (themeNames().contains(theme))
        setTheme(theme);
}

void MainWindow::writeToolSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("run/lastTemplate"), lastTemplate_);
    if (!theme_.isEmpty())
        settings.setValue(QStringLiteral("ui/theme"), theme_);
}

void MainWindow::setTheme(const QString& name) {
    if (!applyTheme(name))
        return;
    theme_ = name;
    for (QAction* a : themeGroup_->actions())
        a->setChecked(a->data().toString() == name);
}

void MainWindow::onCheckpointsForStatus(const QVector<CheckpointSample>& checkpoints) {
    for (auto it = checkpoints.crbegin(); it != checkpoints.crend(); ++it) {
        if (it->stage != devnet::CheckpointStage::Executed)
            continue;
        QString name = model_->indexOf(it->subnet).data(HierarchyModel::NameRole).toString();
        if (name.isEmpty())
            name = it->subnet;
        //: status bar: the subnet whose checkpoint its parent executed last, and its height
        checkpointLabel_->setText(tr("Last checkpoint: %1 @ %2").arg(name).arg(it->height));
        return;
    }
}

void MainWindow::onSearchFound(const SearchHit& hit) {
    // What was found opens where it lives, selected: its subnet first, then its page or dock.
    if (!hit.subnetId.isEmpty())
        onSubnetChosen(hit.subnetId);
    switch (hit.what) {
        case SearchHit::What::Block:
            subnetPages_->showBlock(hit.height);
            break;
        case SearchHit::What::Transaction:
            subnetPages_->showTransaction(hit.key);
            break;
        case SearchHit::What::Checkpoint:
            subnetPages_->showCheckpoint(hit.height);
            break;
        case SearchHit::What::Message:
            messagesDock_->show();
            messagesDock_->raise();
            messagesPanel_->showMessage(hit.key);
            break;
        case SearchHit::What::Account:
            walletDock_->show();
            walletDock_->raise();
            walletPanel_->selectAccount(hit.key);
            break;
        case SearchHit::What::Subnet:
            subnetPages_->setCurrentIndex(SubnetPages::OverviewPage);
            break;
        case SearchHit::What::Nothing:
            break;
    }
    statusBar()->showMessage(hit.summary, 15000);
}

void MainWindow::showSubnetMenu(const QString& subnetId, const QPoint& globalPos) {
    subnetActions_->menuFor(subnetId, this)->popup(globalPos);
}

QString MainWindow::subnetAt(const QPoint& viewportPos) const {
    const HierarchyViewPtr view = bridge_->view();
    if (view == nullptr)
        return {};
    const QPointF scenePos = graph_->mapToScene(viewportPos);
    for (const auto& s : view->subnets) {
        const QString id = subnetIdText(s.id);
        if (graph_->cardRect(id).contains(scenePos))
            return id;
    }
    return {};
}

}  // namespace ipc::ui
