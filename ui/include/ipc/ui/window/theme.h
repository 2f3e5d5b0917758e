// Light and dark palettes on the Fusion style, for `ipc-studio --theme` and for pictures of
// both (the app otherwise follows the desktop's palette).
#pragma once

#include <QString>
#include <QStringList>

namespace ipc::ui {

QStringList themeNames();  // "light", "dark"
// Applies a theme to the running QApplication; false for an unknown name.
bool applyTheme(const QString& name);

}  // namespace ipc::ui
