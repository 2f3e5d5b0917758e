// How the app spells values: hashes, addresses, amounts, subnet ids, times and weights, so a value
// reads the same in every table, card, dialog, tooltip and test. The one home for these; a view
// that needs a new spelling adds it here.
#pragma once

#include <cstdint>
#include <map>

#include <QString>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::ui {

// ---- hashes and addresses ----
// Full 0x-prefixed lower-case hex.
QString hexText(const Hash32& h);
QString hexText(const EthAddress& a);
// "0x1a2b3c…7d8e": enough to tell rows apart; the full form goes in tooltips and details.
QString shortHex(const QString& hex);
// An address cut the same way, in its EIP-55 checksummed form: "0x90F79b…b906".
QString shortAddress(const EthAddress& address);

// ---- amounts ----
// An amount people can read: FIL with digit groups and at most four decimals from 0.001 FIL up
// ("9,974.9999 FIL"), below that nanoFIL ("14.8 nanoFIL") or attoFIL ("14,800 attoFIL").
QString tokenText(const U256& atto);
// The exact amount, every decimal: "9974.999999985200000001 FIL" (tooltips, copy).
QString exactTokenText(const U256& atto);
// FIL without the unit or digit groups, as typed back into an amount field ("1.5").
QString amountInput(const U256& atto);

// ---- subnet ids ----
// The full id: "/r31337/t410f…".
QString subnetIdText(const SubnetId& id);
// Every route element cut short: "/r31337/t410fhwi…/t410fqjx…"; the root stays "/r31337".
QString shortSubnetId(const QString& subnetId);
// subnetIdText remembered per id, for views that spell the same ids on every refresh (ids never
// change; formatting one is not free).
class SubnetIdTexts {
public:
    const QString& operator()(const SubnetId& id);
    void clear() { texts_.clear(); }

private:
    std::map<SubnetId, QString> texts_;
};

// ---- times and weights ----
// Virtual time since genesis: "00:01:23.400".
QString virtualTimeText(std::uint64_t ms);
// "1.0 s", "250 ms".
QString formatDuration(std::uint64_t ms);
// "3 / 4 (75%)".
QString weightText(std::uint64_t weight, std::uint64_t total);

}  // namespace ipc::ui
