// The IPC Studio main window: a welcome page with one-click templates, the live hierarchy graph,
// the hierarchy tree dock, the run toolbar (play/pause, step, speed, fit) and a status bar with
// the hierarchy's pulse (blocks per second, messages in flight, template).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include "ipc/ui/bridge/devnet_bridge.h"

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QTreeView;

namespace ipc::ui {

class WorkspaceDialog;

class ChartsPanel;
class ContractLinker;
class HierarchyGraph;
class MessageTracker;
class MessagesPanel;
class TransferWizard;
class WalletPanel;
class HierarchyModel;
class SearchBox;
class SubnetActions;
class SubnetPages;
class SubnetSummary;
struct SearchHit;
struct HierarchySettings;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The status bar's block rate, e.g. "6.9 blocks/s".
    static QString blockRateText(double blocksPerSecond);
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DevnetBridge* bridge() const { return bridge_; }
    HierarchyModel* hierarchyModel() const { return model_; }
    HierarchyGraph* graph() const { return graph_; }
    SubnetPages* subnetPages() const { return subnetPages_; }

    // Starts a built-in template; the graph page shows once it runs.
    void startTemplate(const QString& name);
    // Starts a template with its settings changed (New Hierarchy › Start with Settings…): its
    // RPC port from now on, its block time, accounts and mnemonic. Settings that cannot be used
    // are said in the status bar and nothing starts.
    void startWithSettings(const HierarchySettings& settings);
    // The New Hierarchy dialog with the settings; starts what it is given.
    void askNewHierarchy();
    // The speed the next start uses and the running hierarchy follows (×1, ×10, ×100).
    void setSpeed(double speed);
    // Once a hierarchy started right after this call has run `runMs` wall milliseconds (or
    // after `runMs` when none starts), saves the window to `path` and emits screenshotSaved
    // (ok = false when the hierarchy cannot start or the file cannot be written).
    void screenshotAfter(const QString& path, int runMs);

signals:
    void screenshotSaved(const QString& path, bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDock();
    void createStatusBar();
    QWidget* createWelcomePage();
    void readSettings();
    void writeSettings() const;

    void onStarting(const QString& name);
    void onStarted();
    void onStartFailed(const QString& error);
    void onHierarchyChanged(const HierarchyViewPtr& view);
    void onPausedChanged(bool paused);
    void onSpeedChanged(double speed);
    void onSubnetChosen(const QString& subnetId);
    void togglePause();
    void stepSelected();
    void showWelcome();
    void updateActions();
    void updateIcons();
    void updateBlockRate();
    void reserveLiveLabelWidths();

    DevnetBridge* bridge_ = nullptr;
    HierarchyModel* model_ = nullptr;
    HierarchyGraph* graph_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QTreeView* tree_ = nullptr;
    SubnetSummary* summary_ = nullptr;
    SubnetPages* subnetPages_ = nullptr;
    QLabel* welcomeStatus_ = nullptr;
    QProgressBar* startProgress_ = nullptr;
    QWidget* backToGraph_ = nullptr;
    QComboBox* speedCombo_ = nullptr;
    QLabel* rateLabel_ = nullptr;
    QLabel* messagesLabel_ = nullptr;
    QLabel* timeLabel_ = nullptr;
    QLabel* templateLabel_ = nullptr;

    QAction* newAction_ = nullptr;
    QAction* playPauseAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QAction* fitAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QActionGroup* speedGroup_ = nullptr;
    QList<QAction*> templateActions_;

    QString selectedSubnet_;
    double speed_ = 1.0;
    // Blocks per second from the sum of heights, sampled once a second.
    QTimer rateTimer_;
    QElapsedTimer rateClock_;
    std::uint64_t heightSum_ = 0;
    std::uint64_t rateHeightSum_ = 0;
    bool rateBaseSet_ = false;

    // ---- charts dock, subnet actions, search, last checkpoint, theme (main_window_tools.cpp) ----
public:
    ChartsPanel* charts() const { return charts_; }
    SubnetActions* subnetActions() const { return subnetActions_; }
    SearchBox* searchBox() const { return searchBox_; }
    // Applies "light" or "dark" and keeps it for the next start.
    void setTheme(const QString& name);
    QString theme() const { return theme_; }
    // The template started last (kept across starts); empty before the first.
    QString lastTemplate() const { return lastTemplate_; }

private:
    void createTools();
    void readToolSettings(const QSettings& settings);
    void writeToolSettings(QSettings& settings) const;
    void onCheckpointsForStatus(const QVector<CheckpointSample>& checkpoints);
    void onSearchFound(const SearchHit& hit);
    void showSubnetMenu(const QString& subnetId, const QPoint& globalPos);
    QString subnetAt(const QPoint& viewportPos) const;  // graph card under a point

    ChartsPanel* charts_ = nullptr;
    QDockWidget* chartsDock_ = nullptr;
    SubnetActions* subnetActions_ = nullptr;
    SearchBox* searchBox_ = nullptr;
    QLabel* checkpointLabel_ = nullptr;
    QAction* findAction_ = nullptr;
    QAction* lastTemplateAction_ = nullptr;
    QActionGroup* themeGroup_ = nullptr;
    QString theme_;
    QString lastTemplate_;
    QString selectAfterCreate_;  // a created subnet to select once a view has it

    // ---- wallet dock, transfer wizard, Messages dock (main_window_wallet.cpp) ----
public:
    WalletPanel* walletPanel() const { return walletPanel_; }
    MessagesPanel* messagesPanel() const { return messagesPanel_; }
    MessageTracker* messageTracker() const { return tracker_; }
    // Opens the transfer wizard (non-modal); `account` preselects the sender.
    TransferWizard* openTransferWizard(const QString& account = {});

private:
    void createWallet();
    void highlightTransfer(int trackerId);
    void showInMessages(int trackerId);

    WalletPanel* walletPanel_ = nullptr;
    QDockWidget* walletDock_ = nullptr;
    MessagesPanel* messagesPanel_ = nullptr;
    QDockWidget* messagesDock_ = nullptr;
    MessageTracker* tracker_ = nullptr;
    QAction* transferAction_ = nullptr;
    QAction* sendAction_ = nullptr;
    QAction* faucetAction_ = nullptr;
    int highlighted_ = 0;  // the tracker's id of the transfer the graph marks

    // ---- linked contracts, the cheat switch (main_window_contracts.cpp) ----
public:
    ContractLinker* contractLinker() const { return linker_; }
    // Links a Hardhat artifacts/ or Foundry out/ directory (File › Link Contracts… asks for
    // it); empty unlinks. The outcome shows in the status bar, or in a message when it fails.
    void linkContracts(const QString& directory);

private:
    void createContracts();
    void showLinked(const devnet::LinkedContracts& linked, bool rebuilt);

    ContractLinker* linker_ = nullptr;
    QAction* linkContractsAction_ = nullptr;
    QAction* unlinkContractsAction_ = nullptr;
    QAction* refuseCheatsAction_ = nullptr;
    QLabel* linkedLabel_ = nullptr;

    // ---- workspaces and snapshots (main_window_workspaces.cpp) ----
public:
    // Runs a workspace: a name in the workspaces directory or a path to a workspace file. An
    // empty (new) one starts `templateIfNew`. It becomes the workspace reopened on start.
    void openWorkspace(const QString& nameOrPath, const QString& templateIfNew = {});
    // Runs what the workspace manager chose: a new workspace with its settings (topology and
    // RPC port), or an existing one.
    void openChosenWorkspace(const WorkspaceDialog& dialog);
    // Reopens the workspace used last; false when there is none or its file is gone.
    bool reopenLastWorkspace();
    // Copies the running hierarchy (a quickstart or a workspace) into a new workspace `name`
    // and continues in the copy. False (with the reason in the status bar) when refused.
    bool saveWorkspaceAs(const QString& name);
    // Snapshots of the whole hierarchy; results show in the status bar.
    void takeSnapshot(const QString& name = {});
    void revertToSnapshot(const QString& idOrName);
    // The workspace name shown in the status bar ("quickstart" for a throw-away one).
    QString workspaceName() const;
    // Serve each subnet over JSON-RPC from `basePort` (nullopt: not at all), from the next
    // start on.
    void setRpcPort(std::optional<quint16> basePort);
    // The workspaces directory the window uses (default: the XDG one).
    void setWorkspacesDirectory(const QString& dir);
    QString workspacesDirectory() const;

private:
    void createWorkspaces();
    void refreshRecentWorkspaces();
    void updateWorkspaceActions();
    void onHierarchyReset();
    void chooseSnapshot(const QString& title, const std::function<void(const QString&)>& then);

    QAction* newWorkspaceAction_ = nullptr;
    QAction* openWorkspaceAction_ = nullptr;
    QAction* saveWorkspaceAsAction_ = nullptr;
    QAction* snapshotAction_ = nullptr;
    QAction* revertAction_ = nullptr;
    QAction* deleteSnapshotAction_ = nullptr;
    QLabel* workspaceLabel_ = nullptr;
    QWidget* recentBox_ = nullptr;
    QString workspacesDir_;
};

}  // namespace ipc::ui
