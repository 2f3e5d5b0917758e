// The IPC Studio main window: a welcome page with one-click templates, the live hierarchy graph,
// the hierarchy tree dock, the run toolbar (play/pause, step, speed, fit) and a status bar with
// the hierarchy's pulse (blocks per second, messages in flight, template).
#pragma once

#include <cstdint>

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include "ipc/ui/devnet_bridge.h"

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

class ChartsPanel;
class HierarchyGraph;
class HierarchyModel;
class SearchBox;
class SubnetActions;
class SubnetPages;
class SubnetSummary;
struct SearchHit;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DevnetBridge* bridge() const { return bridge_; }
    HierarchyModel* hierarchyModel() const { return model_; }
    HierarchyGraph* graph() const { return graph_; }
    SubnetPages* subnetPages() const { return subnetPages_; }

    // Starts a built-in template; the graph page shows once it runs.
    void startTemplate(const QString& name);
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
};

}  // namespace ipc::ui
