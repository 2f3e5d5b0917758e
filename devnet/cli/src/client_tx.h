// Client transactions: built, signed EIP-1559, sent over JSON-RPC, waited for, reported.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

#include "client_args.h"
#include "client_keystore.h"
#include "client_output.h"
#include "client_remote.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/primitives/bytes.h"

namespace ipc::cli::client {

struct TxRequest {
    const SubnetEntry* chain = nullptr;  // where the transaction executes
    EthAddress to;
    U256 value;
    Bytes data;
    std::string what;  // "join /r…", for messages
};

struct TxResult {
    Hash32 hash;
    bool success = false;
    std::uint64_t block = 0;
    std::uint64_t gasUsed = 0;
    std::string revertReason;
};

// Nonce, fees and gas from the endpoint, signed EIP-1559, sent, and its receipt waited for.
TxResult sendTransaction(const Signer& s, const TxRequest& r, std::chrono::seconds timeout);

struct TxOptions {
    Common common;
    std::string from;
    unsigned timeout = 30;
};

// --rpc, --json, --from and --timeout.
void addTxOptions(CLI::App* cmd, TxOptions& o);

// Prints the outcome (a line, or JSON with `fields` added) and gives the exit code.
int reportTx(Context& ctx, const TxOptions& o, const Signer& s, const TxRequest& r,
             const TxResult& res, const std::string& done, Json fields = Json::object());

}  // namespace ipc::cli::client
