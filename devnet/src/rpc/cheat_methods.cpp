// The cheat methods tests rely on, under the names anvil's and Hardhat's users know, for the
// subnet whose endpoint receives them: set balance, nonce, code and storage slots, mine blocks,
// and move block timestamps (evm_increaseTime, evm_setNextBlockTimestamp) in virtual time.
// Every change is published as a CheatEvent (`ipc-devnet up --log` prints it) and made durable
// like a block. A devnet started with --no-cheats refuses them all.
//
// Account impersonation (anvil_impersonateAccount, hardhat_impersonateAccount) is not offered:
// the devnet stores every transaction signed, so an unsigned one could not be kept; the methods
// answer an error that says so.
#include <string>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/rpc/rpc.h"
#include "ipc_params.h"

namespace ipc::devnet::rpc {

namespace {

constexpr std::uint64_t kMaxCheatMine = 10'000;

void requireCheats(const CallContext& ctx, const char* method) {
    if (!ctx.devnet.cheatsAllowed()) {
        throw RpcError(kServerError, std::string(method) +
                                         " is refused: cheat methods are turned off on this "
                                         "devnet (a shared or demo devnet: --no-cheats, or Run › "
                                         "Refuse Cheat Methods in the app)");
    }
}

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
        const auto impersonation = [](const CallContext&, const Json&) -> Json {
            throw RpcError(kServerError,
                           "account impersonation is not supported by the devnet: it keeps "
                           "every transaction signed; set the account's balance, code or "
                           "storage instead, or use one of the mnemonic's accounts");
        };
        t.add(prefix + "impersonateAccount", impersonation);
        t.add(prefix + "stopImpersonatingAccount", impersonation);
    }
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
