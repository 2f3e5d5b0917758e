// How subnets are spelled and coloured everywhere in the GUI (tree, graph, status bar), so the
// same status has the same word and the same light in every view.
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
// Every route element cut short: "/r31337/t410fhwi…/t410fqjx…"; the root stays "/r31337".
QString shortSubnetId(const QString& subnetId);
// "1.0 s", "250 ms".
QString formatDuration(std::uint64_t ms);

}  // namespace ipc::ui
