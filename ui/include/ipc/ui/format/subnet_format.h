// How a subnet's status is spelled and coloured everywhere in the GUI (tree, graph, status bar),
// so the same status has the same word and the same light in every view.
#pragma once

#include <cstdint>

#include <QColor>
#include <QIcon>
#include <QString>

#include "ipc/devnet/engine_values.h"

namespace ipc::ui {

// "running", "halted", "killed", translated.
QString statusText(devnet::SubnetStatus status);
// Green, amber, grey: readable on light and dark palettes.
QColor statusColor(devnet::SubnetStatus status);
// A round status light (needs a QGuiApplication).
QIcon statusIcon(devnet::SubnetStatus status);

}  // namespace ipc::ui
