// The View menu's action for a dock, which brings a hidden or tabbed-away dock to the front.
#include "ipc/ui/window/dock_toggle.h"

#include <utility>

#include <QAction>
#include <QDockWidget>
#include <QTabBar>

namespace ipc::ui {

namespace {

// The tab bar the main window made for the dock's tab group, with the dock's tab; null when
// the dock is not tabbed.
std::pair<QTabBar*, int> tabOf(const QDockWidget* dock) {
    QWidget* window = dock->parentWidget();
    if (window == nullptr)
        return {nullptr, -1};
    for (QTabBar* bar : window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        if (!bar->isVisible())
            continue;  // kept for reuse, not showing a group
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == dock->windowTitle())
                return {bar, i};
        }
    }
    return {nullptr, -1};
}

// Tabbed docks share that tab bar; raise() alone does not always switch it.
void bringTabForward(QDockWidget* dock) {
    if (const auto [bar, index] = tabOf(dock); bar != nullptr)
        bar->setCurrentIndex(index);
}

}  // namespace

bool dockInSight(const QDockWidget* dock) {
    if (dock->isHidden())
        return false;
    // Behind another tab it is open but not in sight (its visibility may lag the tab switch).
    if (const auto [bar, index] = tabOf(dock); bar != nullptr)
        return bar->currentIndex() == index;
    return dock->isVisible();
}

QAction* makeDockToggle(QDockWidget* dock) {
    auto* action = new QAction(dock->windowTitle(), dock);
    action->setCheckable(true);
    action->setChecked(!dock->isHidden());
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, dock, [dock, action] {
        if (dockInSight(dock)) {
            dock->hide();
        } else {
            dock->show();
            dock->raise();
            bringTabForward(dock);
        }
        action->setChecked(!dock->isHidden());
    });
    QObject::connect(dock, &QDockWidget::visibilityChanged, action,
                     [dock, action] { action->setChecked(!dock->isHidden()); });
    return action;
}

}  // namespace ipc::ui
