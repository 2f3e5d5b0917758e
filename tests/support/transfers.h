// Signed value transfers as tests and benchmarks send them to the root of the built-in
// templates (chain id 31337).
#pragma once

#include <cstdint>

#include "ipc/core/chain/subnet_chain.h"
#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::testing {

// An EIP-1559 transfer, raw and signed: 1 gwei tip, a fee cap well above the base fee of any
// block, the plain-transfer gas.
inline Bytes signedTransfer(const crypto::PrivateKey& key, std::uint64_t nonce,
                            const EthAddress& to, const U256& value) {
    chain::Transaction tx;
    tx.type = chain::TxType::Eip1559;
    tx.chainId = 31337;
    tx.nonce = nonce;
    tx.maxPriorityFeePerGas = U256(1'000'000'000ULL);
    tx.maxFeePerGas = U256(50'000'000'000ULL);
    tx.gasLimit = chain::GasSchedule::kTransfer;
    tx.to = to;
    tx.value = value;
    return chain::encode(chain::sign(tx, key));
}

}  // namespace ipc::testing
