// IPC's built-in contracts of one subnet — gateway, registry and the subnet actors of its
// children — reachable through transactions and eth_call with IPC's Solidity ABI.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/ipc/subnet_actor.h"

namespace ipc::protocol {

// Fixed gas of each built-in call (on top of the intrinsic 21,000 + calldata).
struct IpcGas {
    static constexpr std::uint64_t kFund = 90'000;
    static constexpr std::uint64_t kRelease = 90'000;
    static constexpr std::uint64_t kCrossMessage = 120'000;
    static constexpr std::uint64_t kCheckpointSignature = 60'000;
    static constexpr std::uint64_t kJoin = 150'000;
    static constexpr std::uint64_t kStake = 100'000;
    static constexpr std::uint64_t kLeave = 100'000;
    static constexpr std::uint64_t kKill = 100'000;
    static constexpr std::uint64_t kPreFund = 80'000;
    static constexpr std::uint64_t kClaim = 60'000;
    static constexpr std::uint64_t kFederatedPower = 150'000;
    static constexpr std::uint64_t kSubmitCheckpoint = 400'000;
    static constexpr std::uint64_t kNewSubnetActor = 1'000'000;
};

// Function signatures the built-ins answer (canonical text, structs as tuples).
namespace sig {
extern const char* const kFund;
extern const char* const kRelease;
extern const char* const kSendXnet;
// The devnet's route for a wallet's multi-hop transfer (sendContractXnetMessage is for
// contracts only): xnetTransfer(IPCAddress to) sends msg.value to `to` as a Transfer from the
// caller, routed up to the common ancestor and down like any cross-net message.
extern const char* const kXnetTransfer;
// What the gateway calls on a contract that receives a cross-net Call or Result (IPC's
// IIpcHandler).
extern const char* const kHandleIpcMessage;
extern const char* const kAddCheckpointSignature;
extern const char* const kJoin;
extern const char* const kStake;
extern const char* const kUnstake;
extern const char* const kLeave;
extern const char* const kKill;
extern const char* const kPreFund;
extern const char* const kPreRelease;
extern const char* const kClaim;
extern const char* const kSetFederatedPower;
extern const char* const kSubmitCheckpoint;
extern const char* const kNewSubnetActor;
}  // namespace sig

// CREATE address: keccak256(rlp([sender, nonce]))[12:].
EthAddress createAddress(const EthAddress& sender, std::uint64_t nonce);

class IpcContracts : public chain::SystemContracts {
public:
    IpcContracts(SubnetId self, GatewayParams params);

    Gateway& gateway() { return gateway_; }
    const Gateway& gateway() const { return gateway_; }
    const SubnetId& subnetId() const { return gateway_.subnetId(); }

    // Registry: deploys a subnet actor at the next CREATE address.
    SubnetActor& createSubnet(std::uint64_t height, const EthAddress& owner, SubnetParams params,
                              std::vector<chain::Log>& logs);
    std::uint64_t registryNonce() const { return registryNonce_; }
    SubnetActor* actor(const EthAddress& a);
    const SubnetActor* actor(const EthAddress& a) const;
    const std::map<EthAddress, SubnetActor>& actors() const { return actors_; }

    // Children that bootstrapped since the last call (the devnet starts their chains).
    std::vector<SubnetId> takeBootstrapped();
    // Checkpoints accepted from children since the last call: (child, checkpoint height).
    std::vector<std::pair<SubnetId, std::uint64_t>> takeAcceptedCheckpoints();

    // State codec (core/src/ipc/state_codec.cpp): gateway, registry nonce, subnet actors and
    // the not yet drained bootstrap / accepted-checkpoint notes.
    void encodeState(chain::StateWriter& w) const;
    static std::unique_ptr<IpcContracts> decodeState(chain::StateReader& r);

    bool isContract(const EthAddress& a) const override;
    std::vector<EthAddress> addresses() const override;
    std::uint64_t callGas(const EthAddress& to, ByteView data) const override;
    Bytes call(chain::CallContext& ctx, const EthAddress& to, ByteView data) override;
    Bytes call(chain::CallContext& ctx, const EthAddress& to, ByteView data,
               const chain::CallOrigin& origin) override;
    // Runs the Calls and Results the gateway queued for contracts (Gateway::executeCalls).
    void executeXnetCalls(chain::AccountState& state, std::uint64_t height,
                          chain::ContractRunner& runner, std::vector<chain::Log>& logs);
    Bytes view(const EthAddress& to, ByteView data) const override;
    std::unique_ptr<chain::SystemContracts> clone() const override;
    void restore(const chain::SystemContracts& snapshot) override;
    // Only the gateway books it (its balance is checked against what it locked); a subnet
    // actor's account is not reconciled with its records, so what is forced there just stays.
    void acceptForcedBalance(const EthAddress& a, const U256& amount) override;
    // IPC's custom errors (ipc/core/ipc/errors.h).
    const abi::ErrorRegistry* errors() const override;

private:
    Bytes callGateway(chain::CallContext& ctx, ByteView data, const chain::CallOrigin& origin);
    Bytes callRegistry(chain::CallContext& ctx, ByteView data);
    Bytes callActor(chain::CallContext& ctx, SubnetActor& actor, ByteView data,
                    const chain::CallOrigin& origin);
    Bytes viewGateway(ByteView data) const;
    Bytes viewActor(const SubnetActor& actor, ByteView data) const;

    Gateway gateway_;
    std::uint64_t registryNonce_ = 1;  // contract accounts start at nonce 1 (EIP-161)
    std::map<EthAddress, SubnetActor> actors_;
    std::vector<SubnetId> bootstrapped_;
    std::vector<std::pair<SubnetId, std::uint64_t>> accepted_;
};

}  // namespace ipc::protocol
