// Client transactions: built, signed EIP-1559, sent over JSON-RPC, waited for, reported.
#include "client_tx.h"

#include <thread>

#include "ipc/core/abi/revert.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/primitives/error.h"

namespace ipc::cli::client {

namespace {

Json callObject(const EthAddress& from, const TxRequest& r) {
    Json c = Json::object();
    c["from"] = Json::string(from.hex());
    c["to"] = Json::string(r.to.hex());
    c["value"] = Json::string(r.value.toQuantityHex());
    c["data"] = Json::string(toHex(r.data));
    return c;
}

// What a failed eth_call or eth_estimateGas says: the revert data decoded when the endpoint
// sent it (any endpoint, not only ours, so its message may carry no reason), else its message.
std::string callFailure(const rpc::CallError& e) {
    if (e.code() == 3 && e.data() && e.data()->is_string()) {
        try {
            const Bytes data = fromHex(e.data()->as_string());
            if (!data.empty())
                return ipc::abi::revertMessage(data);
        } catch (const Error&) {
            // Not hex: the message is all there is.
        }
    }
    return e.serverMessage();
}

std::string revertReasonOf(const rpc::Client& c, const Signer& s, const TxRequest& r,
                           const Json& receipt, std::uint64_t block) {
    for (const char* k : {"revertReason", "revert_reason"}) {
        if (receipt.has_field(k) && receipt.at(k).is_string() && !receipt.at(k).as_string().empty())
            return receipt.at(k).as_string();
    }
    // Replayed on the state before its block: the same call fails the same way there.
    try {
        c.call("eth_call", params({callObject(s.address, r),
                                   Json::string(U256(block > 0 ? block - 1 : 0).toQuantityHex())}));
    } catch (const rpc::CallError& e) {
        return callFailure(e);
    } catch (const Error&) {
    }
    return "no reason given";
}

}  // namespace

TxResult sendTransaction(const Signer& s, const TxRequest& r, std::chrono::seconds timeout) {
    if (r.chain->rpcUrl.empty())
        throw Error(r.chain->name + " (" + r.chain->idText + ") has no JSON-RPC endpoint yet");
    const rpc::Client c(r.chain->rpcUrl);
    chain::Transaction tx;
    tx.type = chain::TxType::Eip1559;
    tx.chainId = quantity(c.call("eth_chainId"), "eth_chainId").toUint64();
    tx.nonce = quantity(c.call("eth_getTransactionCount",
                               params({Json::string(s.address.hex()), Json::string("pending")})),
                        "eth_getTransactionCount")
                   .toUint64();
    const U256 gasPrice = quantity(c.call("eth_gasPrice"), "eth_gasPrice");
    tx.maxPriorityFeePerGas =
        quantity(c.call("eth_maxPriorityFeePerGas"), "eth_maxPriorityFeePerGas");
    // Room for the base fee to double before inclusion, as wallets leave.
    tx.maxFeePerGas = gasPrice * U256(2) + tx.maxPriorityFeePerGas;
    std::uint64_t gas = 0;
    try {
        gas = quantity(c.call("eth_estimateGas", params({callObject(s.address, r)})),
                       "eth_estimateGas")
                  .toUint64();
    } catch (const rpc::CallError& e) {
        throw Error(r.what + " would fail: " + callFailure(e));
    }
    tx.gasLimit = gas + gas / 5;
    tx.to = r.to;
    tx.value = r.value;
    tx.data = r.data;

    const chain::SignedTransaction stx = chain::sign(tx, s.key);
    const Json sent =
        c.call("eth_sendRawTransaction", params({Json::string(toHex(chain::encode(stx)))}));
    TxResult out;
    out.hash = chain::hash(stx);
    if (sent.is_string() && Hash32::fromHexString(sent.as_string()) != out.hash)
        throw Error("the devnet answered transaction hash " + sent.as_string() + ", not " +
                    out.hash.hex());

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    Json receipt = Json::null();
    while (true) {
        receipt = c.call("eth_getTransactionReceipt", params({Json::string(out.hash.hex())}));
        if (receipt.is_object())
            break;
        if (std::chrono::steady_clock::now() >= deadline) {
            throw Error("no receipt for " + out.hash.hex() + " after " +
                        std::to_string(timeout.count()) +
                        " s: it may still be mined (is the devnet paused?)");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    out.block = number(receipt, "blockNumber");
    out.gasUsed = number(receipt, "gasUsed");
    out.success = number(receipt, "status") == 1;
    if (!out.success)
        out.revertReason = revertReasonOf(c, s, r, receipt, out.block);
    return out;
}

void addTxOptions(CLI::App* cmd, TxOptions& o) {
    addCommon(cmd, o.common);
    cmd->add_option("--from", o.from,
                    "signer: anvil account 0..9, or an address in the keystore or among the "
                    "anvil accounts (default: the keystore's default key, else anvil 0)");
    cmd->add_option("--timeout", o.timeout, "seconds to wait for the receipt")
        ->capture_default_str()
        ->check(CLI::Range(1u, 3600u));
}

int reportTx(Context& ctx, const TxOptions& o, const Signer& s, const TxRequest& r,
             const TxResult& res, const std::string& done, Json fields) {
    if (o.common.json) {
        Json j = fields;
        j["transactionHash"] = Json::string(res.hash.hex());
        j["status"] = Json::string(res.success ? "success" : "reverted");
        j["blockNumber"] = Json::number(res.block);
        j["gasUsed"] = Json::number(res.gasUsed);
        j["from"] = Json::string(s.address.toChecksumHex());
        j["to"] = Json::string(r.to.toChecksumHex());
        j["chain"] = Json::string(r.chain->idText);
        if (!res.success)
            j["revertReason"] = Json::string(res.revertReason);
        printJson(ctx.out, j);
    } else if (res.success) {
        ctx.out << done << "\n"
                << "transaction " << res.hash.hex() << " in block " << res.block << " of "
                << r.chain->name << " (gas used " << res.gasUsed << ")\n";
    }
    if (!res.success) {
        ctx.err << "error: " << r.what << " reverted (transaction " << res.hash.hex() << ", block "
                << res.block << "): " << res.revertReason << "\n";
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace ipc::cli::client
