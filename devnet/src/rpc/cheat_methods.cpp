// The cheat methods tests rely on, under the names anvil's and Hardhat's users know, for the
// subnet whose endpoint receives them: set balance, nonce, code and storage slots, mine blocks,
// and move block timestamps (evm_increaseTime, evm_setNextBlockTimestamp) in virtual time.
// Every change is published as a CheatEvent (`ipc-devnet up --log` prints it) and made durable
// like a block. A devnet started with --no-cheats refuses them all.
//
// Impersonation (anvil_impersonateAccount, hardhat_impersonateAccount,
// anvil_autoImpersonateAccount) lets an account send without its key through eth_sendTransaction,
// which the devnet answers only for impersonated accounts (it holds no keys for RPC clients):
// nonce, fees and gas are filled in as a wallet would, and the transaction is kept with a marker
// instead of a signature and its sender beside it (chain::impersonated), as anvil and Hardhat keep
// theirs.
#include <optional>
#include <string>

#include "eth_common.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/rpc/rpc.h"
#include "ipc_params.h"

namespace ipc::devnet::rpc {

namespace {

constexpr std::uint64_t kMaxCheatMine = 10'000;

evm::Word wordParam(const Json& params, std::size_t index, const char* name) {
    const Json& v = param(params, index, name);
    if (v.is_string() && v.as_string().size() == 66)
        return evm::Word::fromBytes(hashParam(params, index, name).bytes);
    return evm::Word::fromU256(quantityParam(params, index, name));
}

// A whole number of seconds: a JSON number or a 0x quantity.
std::uint64_t secondsParam(const Json& params, std::size_t index, const char* name) {
    return uintParam(params, index, name, UINT64_MAX / 1000);
}

template <class F>
Method cheat(const char* name, F fn) {
    return [name, fn](const CallContext& ctx, const Json& params) {
        requireCheats(ctx, name);
        return fn(ctx, params);
    };
}

void mineBlocks(const CallContext& ctx, std::uint64_t count, std::uint64_t intervalS) {
    onEngineChecked(ctx, [&](Hierarchy& h) {
        for (std::uint64_t i = 0; i < count; ++i) {
            if (i > 0 && intervalS > 0)
                h.cheatIncreaseTime(ctx.subnet, intervalS * 1000);
            h.mine(ctx.subnet, 1);
        }
        return true;
    });
}

std::optional<U256> feeField(const Json& request, const char* name) {
    if (auto v = eth::field(request, name))
        return quantityParam(eth::single(*v), 0, name);
    return std::nullopt;
}

// The transaction eth_sendTransaction describes, with what it leaves out filled in on the
// engine thread: the pending nonce, the chain id and the devnet wallet's fees (a tip of 1 atto
// over twice the next base fee). Its gas limit is set by the caller.
struct SendRequest {
    eth::CallRequest call;
    std::optional<std::uint64_t> nonce;
    std::optional<U256> gasPrice;
    std::optional<U256> maxFee;
    std::optional<U256> tip;
    chain::TxType type = chain::TxType::Eip1559;
};

SendRequest sendRequestParam(const Json& params) {
    SendRequest r;
    r.call = eth::callRequestParam(params, 0);
    const Json& obj = param(params, 0, "transaction");
    if (!r.call.from)
        eth::invalid("transaction", "from is required: the account that sends it");
    r.gasPrice = feeField(obj, "gasPrice");
    r.maxFee = feeField(obj, "maxFeePerGas");
    r.tip = feeField(obj, "maxPriorityFeePerGas");
    if (r.gasPrice && (r.maxFee || r.tip)) {
        eth::invalid("transaction",
                     "gasPrice and maxFeePerGas/maxPriorityFeePerGas are both set; give one kind");
    }
    if (auto v = eth::field(obj, "nonce")) {
        const U256 n = quantityParam(eth::single(*v), 0, "nonce");
        if (!n.fitsUint64())
            eth::invalid("nonce", "it fits in 64 bits");
        r.nonce = n.toUint64();
    }
    if (auto v = eth::field(obj, "accessList")) {
        if (!v->is_array() || v->as_array().size() != 0)
            eth::invalid("accessList",
                         "eth_sendTransaction takes no access list; sign the "
                         "transaction and use eth_sendRawTransaction");
    }
    std::uint64_t type = r.gasPrice ? 0 : 2;
    if (auto v = eth::field(obj, "type"))
        type = uintValue(*v, "type", 0xff);
    if (type == 0 || type == 1) {
        r.type = type == 0 ? chain::TxType::Legacy : chain::TxType::Eip2930;
    } else if (type == 2) {
        if (r.gasPrice)
            eth::invalid("transaction", "type 2 takes maxFeePerGas, not gasPrice");
    } else {
        eth::invalid("type",
                     "eth_sendTransaction sends types 0, 1 and 2, not " + std::to_string(type));
    }
    return r;
}

chain::Transaction transactionFor(const SubnetNode& n, const SendRequest& r, std::uint64_t gas) {
    chain::Transaction tx;
    tx.type = r.type;
    tx.chainId = n.chainId();
    const EthAddress from = *r.call.from;
    tx.nonce = r.nonce.value_or(n.pendingNonce(from));
    const U256 suggested = n.maxFeePerGas();
    if (chain::paysGasPrice(r.type)) {
        tx.gasPrice = r.gasPrice.value_or(suggested);
    } else {
        tx.maxPriorityFeePerGas = r.tip.value_or(SubnetNode::tip());
        tx.maxFeePerGas = r.maxFee.value_or(
            suggested > tx.maxPriorityFeePerGas ? suggested : tx.maxPriorityFeePerGas);
    }
    tx.gasLimit = gas;
    tx.to = r.call.to;
    tx.value = r.call.value;
    tx.data = r.call.data;
    return tx;
}

// eth_sendTransaction, from an impersonated account only.
Json sendTransaction(const CallContext& ctx, const Json& params) {
    const SendRequest r = sendRequestParam(params);
    const EthAddress from = *r.call.from;
    const auto sendable = [&](Hierarchy& h) {
        try {
            h.requireImpersonated(ctx.subnet, from);
        } catch (const Error& e) {
            throw RpcError(kServerError, e.what());
        }
        requireCheats(ctx, "eth_sendTransaction from an impersonated account");
    };
    onEngineChecked(ctx, [&](Hierarchy& h) {
        sendable(h);
        return true;
    });
    std::uint64_t gas = 0;
    if (r.call.gas) {
        gas = *r.call.gas;
    } else {
        const Json estimate = eth::estimateGas(ctx, Json::array({param(params, 0, "transaction")}));
        gas = quantityParam(eth::single(estimate), 0, "gas").toUint64();
    }
    const Hash32 hash = onEngineChecked(ctx, [&](Hierarchy& h) {
        sendable(h);  // still impersonated and still allowed
        const SubnetNode* n = h.node(ctx.subnet);
        try {
            return h.sendImpersonated(ctx.subnet, from, transactionFor(*n, r, gas));
        } catch (const chain::TxRejected& e) {
            throw RpcError(kServerError, e.what());
        }
    });
    return hashJson(hash);
}

}  // namespace

void addCheatMethods(MethodTable& t) {
    for (const std::string prefix : {"anvil_", "hardhat_"}) {
        t.add(prefix + "setBalance",
              cheat("setBalance", [](const CallContext& ctx, const Json& params) {
                  const EthAddress a = addressParam(params, 0, "address");
                  const U256 v = quantityParam(params, 1, "balance");
                  onEngineChecked(ctx, [&](Hierarchy& h) {
                      h.cheatSetBalance(ctx.subnet, a, v);
                      return true;
                  });
                  return Json::boolean(true);
              }));
        t.add(prefix + "setNonce",
              cheat("setNonce", [](const CallContext& ctx, const Json& params) {
                  const EthAddress a = addressParam(params, 0, "address");
                  const U256 n = quantityParam(params, 1, "nonce");
                  if (!n.fitsUint64())
                      throw RpcError(kInvalidParams, "invalid nonce: it fits in 64 bits");
                  onEngineChecked(ctx, [&](Hierarchy& h) {
                      h.cheatSetNonce(ctx.subnet, a, n.toUint64());
                      return true;
                  });
                  return Json::boolean(true);
              }));
        t.add(prefix + "setCode", cheat("setCode", [](const CallContext& ctx, const Json& params) {
                  const EthAddress a = addressParam(params, 0, "address");
                  const Bytes code = dataParam(params, 1, "code");
                  onEngineChecked(ctx, [&](Hierarchy& h) {
                      h.cheatSetCode(ctx.subnet, a, code);
                      return true;
                  });
                  return Json::boolean(true);
              }));
        t.add(prefix + "setStorageAt",
              cheat("setStorageAt", [](const CallContext& ctx, const Json& params) {
                  const EthAddress a = addressParam(params, 0, "address");
                  const evm::Word slot = wordParam(params, 1, "slot");
                  const evm::Word value = wordParam(params, 2, "value");
                  onEngineChecked(ctx, [&](Hierarchy& h) {
                      h.cheatSetStorage(ctx.subnet, a, slot, value);
                      return true;
                  });
                  return Json::boolean(true);
              }));
        t.add(prefix + "mine", cheat("mine", [](const CallContext& ctx, const Json& params) {
                  const std::uint64_t count =
                      optionalParam(params, 0) && !param(params, 0, "blocks").is_null()
                          ? uintParam(params, 0, "blocks", kMaxCheatMine)
                          : 1;
                  const std::uint64_t interval =
                      optionalParam(params, 1) && !param(params, 1, "interval").is_null()
                          ? secondsParam(params, 1, "interval")
                          : 0;
                  if (count == 0)
                      throw RpcError(kInvalidParams, "invalid blocks: mine at least 1 block");
                  mineBlocks(ctx, count, interval);
                  return Json::boolean(true);
              }));
        for (const bool on : {true, false}) {
            const char* name = on ? "impersonateAccount" : "stopImpersonatingAccount";
            t.add(prefix + name, cheat(name, [on](const CallContext& ctx, const Json& params) {
                      const EthAddress a = addressParam(params, 0, "address");
                      onEngineChecked(ctx, [&](Hierarchy& h) {
                          h.cheatImpersonate(ctx.subnet, a, on);
                          return true;
                      });
                      return Json::boolean(true);
                  }));
        }
    }
    t.add("anvil_autoImpersonateAccount",
          cheat("autoImpersonateAccount", [](const CallContext& ctx, const Json& params) {
              const bool on = boolParam(params, 0, "enabled");
              onEngineChecked(ctx, [&](Hierarchy& h) {
                  h.cheatImpersonateAll(ctx.subnet, on);
                  return true;
              });
              return Json::boolean(true);
          }));
    t.add("eth_sendTransaction", sendTransaction);
    t.add("anvil_setNextBlockTimestamp",
          cheat("setNextBlockTimestamp", [](const CallContext& ctx, const Json& params) {
              const std::uint64_t s = secondsParam(params, 0, "timestamp");
              onEngineChecked(ctx, [&](Hierarchy& h) {
                  h.cheatSetNextTimestamp(ctx.subnet, s * 1000);
                  return true;
              });
              return Json::boolean(true);
          }));
    t.add("evm_setNextBlockTimestamp",
          cheat("evm_setNextBlockTimestamp", [](const CallContext& ctx, const Json& params) {
              const std::uint64_t s = secondsParam(params, 0, "timestamp");
              onEngineChecked(ctx, [&](Hierarchy& h) {
                  h.cheatSetNextTimestamp(ctx.subnet, s * 1000);
                  return true;
              });
              return Json::boolean(true);
          }));
    t.add("evm_increaseTime",
          cheat("evm_increaseTime", [](const CallContext& ctx, const Json& params) {
              const std::uint64_t s = secondsParam(params, 0, "seconds");
              const std::int64_t total = onEngineChecked(
                  ctx, [&](Hierarchy& h) { return h.cheatIncreaseTime(ctx.subnet, s * 1000); });
              return Json::number(static_cast<std::int64_t>(total / 1000));
          }));
    t.add("evm_mine", cheat("evm_mine", [](const CallContext& ctx, const Json& params) {
              if (optionalParam(params, 0) && !param(params, 0, "timestamp").is_null()) {
                  const std::uint64_t s = secondsParam(params, 0, "timestamp");
                  onEngineChecked(ctx, [&](Hierarchy& h) {
                      h.cheatSetNextTimestamp(ctx.subnet, s * 1000);
                      return true;
                  });
              }
              mineBlocks(ctx, 1, 0);
              return Json::string("0x0");
          }));
}

}  // namespace ipc::devnet::rpc
