// Blocks as the bridge hands them to the charts (the engine's BlockProduced), for chart tests
// that name their subnets by letter.
#pragma once

#include <cstdint>
#include <string>

#include <QString>

#include "ipc/devnet/events.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui::test {

// The id text of a child of /r31337 whose actor address ends in `letter`'s code: the key the
// charts file its series under.
inline QString subnetText(char letter) {
    std::string actor(40, '0');
    actor[38] = "0123456789abcdef"[(letter >> 4) & 0xf];
    actor[39] = "0123456789abcdef"[letter & 0xf];
    return subnetIdText(SubnetId::parse("/r31337/0x" + actor));
}

// Block `height` of `subnet` (id text), made at `timeMs`, `intervalMs` after the one before it.
inline devnet::BlockProduced producedBlock(const QString& subnet, std::uint64_t height,
                                           std::uint64_t intervalMs, std::uint64_t timeMs) {
    devnet::BlockProduced b;
    b.subnet = SubnetId::parse(subnet.toStdString());
    b.block.number = height;
    b.block.intervalMs = intervalMs;
    b.block.timestampMs = timeMs;
    b.timeMs = timeMs;
    return b;
}

}  // namespace ipc::ui::test
