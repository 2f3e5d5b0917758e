// How the explorer pages spell hashes, addresses, amounts and virtual times, so a value reads the
// same in every table, detail pane and test.
#pragma once

#include <cstdint>

#include <QString>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::ui {

// Full 0x-prefixed lower-case hex.
QString hexText(const Hash32& h);
QString hexText(const EthAddress& a);
// "0x1a2b3c…7d8e": enough to tell rows apart; the full form goes in tooltips and details.
QString shortHex(const QString& hex);
// An amount people can read: FIL with digit groups and at most four decimals from 0.001 FIL up
// ("9,974.9999 FIL"), below that nanoFIL ("14.8 nanoFIL") or attoFIL ("14,800 attoFIL").
QString tokenText(const U256& atto);
// The exact amount, every decimal: "9974.999999985200000001 FIL" (tooltips, copy).
QString exactTokenText(const U256& atto);
// Virtual time since genesis: "00:01:23.400".
QString virtualTimeText(std::uint64_t ms);
// "3 / 4 (75%)".
QString weightText(std::uint64_t weight, std::uint64_t total);

}  // namespace ipc::ui
