// For ui tests: a transaction from the topology's account 0, signed and submitted on the root
// from the engine thread as eth_sendRawTransaction would take it (the app itself sends through
// the wallet).
#pragma once

#include <optional>

#include <QObject>
#include <QString>
#include <QTest>

#include "engine_query.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/evm/executor.h"
#include "ipc/devnet/hierarchy.h"

struct SubmittedOnRoot {
    QString tx;       // 0x hash; empty when nothing was submitted
    QString created;  // a creation's contract address (0x, lower case)
    QString sender;
};

// Submits `data` to `to` (none: a creation) with `gas`; answers once it is in the mempool.
inline SubmittedOnRoot submitOnRoot(ipc::ui::DevnetBridge& bridge,
                                    std::optional<ipc::EthAddress> to, ipc::Bytes data,
                                    std::uint64_t gas) {
    std::optional<SubmittedOnRoot> out;
    QObject context;
    engineQuery(
        bridge, &context,
        [to, data = std::move(data), gas](ipc::devnet::Hierarchy& h) {
            const ipc::devnet::SubnetNode& root = h.root();
            const ipc::EthAddress from = h.accounts()[0].address;
            ipc::chain::Transaction t;
            t.type = ipc::chain::TxType::Eip1559;
            t.chainId = root.chainId();
            t.nonce = root.chain->mempool().pendingNonce(from, root.chain->state().nonce(from));
            t.maxFeePerGas = ipc::U256::parse("1000000000000");
            t.maxPriorityFeePerGas = ipc::U256::parse("1000000000");
            t.gasLimit = gas;
            t.to = to;
            t.data = data;
            const ipc::Hash32 hash = h.submit(root.id, ipc::chain::sign(t, *h.keyFor(from)));
            SubmittedOnRoot s;
            s.tx = QString::fromStdString(hash.hex());
            if (!to)
                s.created = QString::fromStdString(ipc::evm::createAddress(from, t.nonce).hex());
            s.sender = QString::fromStdString(from.hex());
            return s;
        },
        [&](SubmittedOnRoot s) { out = std::move(s); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
        qWarning("the transaction was not submitted");
    return out.value_or(SubmittedOnRoot{});
}
