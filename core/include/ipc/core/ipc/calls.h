// Call data of IPC's built-in contracts, built in one place: the gateway's fund, release,
// sendContractXnetMessage, xnetTransfer and submitCheckpoint, the subnet actor's join, stake,
// unstake, leave and kill, and the registry's newSubnetActor. Every sender (wallet, relayer,
// CLI, desktop) encodes through these, so a signature changes in one place.
#pragma once

#include <vector>

#include "ipc/core/ipc/subnet_actor.h"
#include "ipc/core/ipc/types.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::protocol::calls {

// Gateway (parent side): fund(SubnetID, FvmAddress) locks msg.value for `to` in `child`.
Bytes fund(const SubnetId& child, const EthAddress& to);
// Gateway (child side): release(FvmAddress) burns msg.value and sends it to `to` in the parent.
Bytes release(const EthAddress& to);
// Gateway: sendContractXnetMessage(IpcEnvelope), a contract's cross-net message.
Bytes sendXnet(const Envelope& envelope);
// Gateway: xnetTransfer(IPCAddress), the devnet's multi-hop transfer from a wallet.
Bytes xnetTransfer(const IpcAddress& to);
// Parent gateway: submitCheckpoint(checkpoint, signatories, signatures); the two lists pair up
// by index (signatures as 65-byte r|s|v).
Bytes submitCheckpoint(const BottomUpCheckpoint& checkpoint,
                       const std::vector<EthAddress>& signatories,
                       const std::vector<Bytes>& signatures);

// Subnet actor: join(bytes publicKey, uint256 collateral), sent with the collateral as value.
Bytes join(ByteView uncompressedPublicKey, const U256& collateral);
// Subnet actor: stake(uint256), sent with the amount as value.
Bytes stake(const U256& amount);
// Subnet actor: unstake(uint256), no value.
Bytes unstake(const U256& amount);
Bytes leave();
Bytes kill();

// Registry: newSubnetActor(params) deploys a subnet actor.
Bytes newSubnetActor(const SubnetParams& params);

}  // namespace ipc::protocol::calls
