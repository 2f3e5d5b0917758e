// The live log of `ipc-devnet up --log` (-v): one line per block, checkpoint stage, cross-net
// message stage and subnet change, as anvil prints its blocks and transactions. Quiet unless
// asked for, except for what Hardhat's node always prints: transactions that failed, with their
// decoded revert reason, and the lines contracts printed with console.log.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>

#include "ipc/devnet/events.h"

namespace ipc::cli {

class UpLog {
public:
    // `names`: subnet id text → subnet name, for readable lines (unknown ids print whole).
    enum class Detail : std::uint8_t {
        Everything,    // --log
        Transactions,  // failed transactions and console.log lines only
    };
    explicit UpLog(std::ostream& out, Detail detail = Detail::Everything)
        : out_(out), detail_(detail) {}

    void setName(const SubnetId& subnet, std::string name);
    // The line for `event`, without the newline; nullopt for events the log leaves out
    // (validator switches, finality commits: the blocks and checkpoints already show them).
    std::optional<std::string> line(const devnet::Event& event) const;
    // Writes line(event) (any thread; lines never interleave).
    void write(const devnet::Event& event);

private:
    std::string nameOf(const SubnetId& subnet) const;

    std::ostream& out_;
    Detail detail_;
    std::map<std::string, std::string> names_;
    mutable std::mutex mutex_;
};

}  // namespace ipc::cli
