// Toolbar icons painted from vector shapes in the palette's text colour, so they stay crisp at
// any scale and readable on light and dark palettes (repaint them on a palette change).
#pragma once

#include <QIcon>
#include <QPalette>

namespace ipc::ui {

enum class IconKind { New, Play, Pause, Step, Fit, ZoomIn, ZoomOut, Snapshot, Revert };

QIcon paintedIcon(IconKind kind, const QPalette& palette);

}  // namespace ipc::ui
