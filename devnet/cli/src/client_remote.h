// The devnet seen from its root JSON-RPC endpoint: its subnets and commands about one subnet.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "client_args.h"
#include "client_output.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/devnet/rpc/client.h"

namespace ipc::cli::client {

namespace rpc = devnet::rpc;

// JSON-RPC params: a JSON array of `items`.
Json params(std::initializer_list<Json> items);

struct SubnetEntry {
    SubnetId id;
    std::string idText;
    std::string name;
    std::optional<SubnetId> parent;
    std::uint64_t chainId = 0;
    std::string rpcUrl;
    Json raw;
};

class Remote {
public:
    explicit Remote(const Common& c);

    const rpc::Client& root() const { return root_; }

    // ipc_listSubnets, asked once.
    const std::vector<SubnetEntry>& subnets();

    // A subnet by id ("/r31337/t410f…", t/f or 0x route elements alike) or by name ("alpha").
    const SubnetEntry& subnet(const std::string& ref);
    const SubnetEntry& rootSubnet();
    const SubnetEntry& subnetOrRoot(const std::string& ref);
    const SubnetEntry& parentOf(const SubnetEntry& s);

    // `method` of the root endpoint asked about one subnet: method(s.idText).
    Json about(const char* method, const SubnetEntry& s) const;

    // The subnet's own endpoint; Error while it has none.
    rpc::Client client(const SubnetEntry& s) const;

private:
    rpc::Client root_;
    std::vector<SubnetEntry> subnets_;
    bool loaded_ = false;
};

// The subnet actor of a child subnet; for the root, ParseError saying why it does not apply.
EthAddress actorOf(const SubnetEntry& s, const char* rootHasNo = "it has no subnet actor");

// The options of a command about one subnet (more may follow in a struct deriving from it).
struct SubnetOptions {
    Common common;
    std::string subnet;
};

// `name` under `group` with --rpc, --json and a required --subnet (further options go on the
// command returned); when chosen, `run(remote, subnet)` gets the devnet and the subnet named.
template <class Opts, class Run>
CLI::App* addSubnetCommand(CLI::App* group, Action& action, const std::string& name,
                           const std::string& help, std::shared_ptr<Opts> o, Run run) {
    auto* cmd = group->add_subcommand(name, help);
    addCommon(cmd, o->common);
    addSubnetOption(cmd, o->subnet);
    onRun(cmd, action, [o, run] {
        Remote remote(o->common);
        const SubnetEntry& s = remote.subnet(o->subnet);
        return run(remote, s);
    });
    return cmd;
}

}  // namespace ipc::cli::client
