// The toolbar search: what a typed text can mean and where the running hierarchy has it. A text
// is a block number ("1234", "#1234", "block 1234"), a checkpoint height ("checkpoint 20",
// "cp 20"), a 32-byte hash (0x + 64 hex: a transaction, a tracing id or a block hash), an
// address (0x + 40 hex, or t410f…/f410f…) or a subnet id (/r31337/…). classify() only reads the
// text; the engine looks it up (devnet::SearchQuery, asked through the bridge) and describe()
// words what it found.
#pragma once

#include <cstdint>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "ipc/devnet/search.h"

namespace ipc::ui {

enum class SearchKind { Invalid, BlockNumber, CheckpointHeight, Hash, Address, Subnet };

struct SearchQuery {
    SearchKind kind = SearchKind::Invalid;
    std::uint64_t number = 0;  // block number or checkpoint height
    Hash32 hash;
    EthAddress address;
    std::optional<SubnetId> subnet;
    QString problem;  // for Invalid: why, in words for the status bar
};

struct SearchHit {
    enum class What { Nothing, Block, Transaction, Message, Checkpoint, Account, Subnet };
    What what = What::Nothing;
    QString subnetId;          // where it was found: the subnet to select
    QString summary;           // one line for the status bar
    std::uint64_t height = 0;  // the block, checkpoint or committing height when there is one
    QString key;               // the transaction hash or tracing id (0x hex), or the address
};

class SearchResolver {
    Q_DECLARE_TR_FUNCTIONS(SearchResolver)
public:
    static SearchQuery classify(const QString& text);
    // The engine's look-up for a classified text: `preferredSubnet` first (the selected one;
    // empty or stale for the root), then everywhere. nullopt for an Invalid query.
    static std::optional<devnet::SearchQuery> engineQuery(const SearchQuery& query,
                                                          const QString& preferredSubnet);
    // What the engine found, as the search box reports it.
    static SearchHit describe(const SearchQuery& query, const devnet::SearchAnswer& answer);
};

}  // namespace ipc::ui
