// The View menu's action for a dock. Unlike QDockWidget::toggleViewAction it brings a dock that
// is open but behind another tab to the front instead of closing it, and shows a dock it opens
// in front of its tab group, so its shortcut always ends with the dock in sight (or closed
// when it was in sight already). It works from anywhere in the window.
#pragma once

class QAction;
class QDockWidget;

namespace ipc::ui {

QAction* makeDockToggle(QDockWidget* dock);

// True when the dock is open and not hidden behind another dock's tab.
bool dockInSight(const QDockWidget* dock);

}  // namespace ipc::ui
