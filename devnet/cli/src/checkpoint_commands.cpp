// `ipc-devnet checkpoint …`: a subnet's bottom-up checkpoints and its gateway's quorum events.
#include "client_commands.h"

#include <memory>
#include <optional>

#include "client_args.h"
#include "client_output.h"
#include "client_remote.h"
#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/ipc/events.h"

namespace ipc::cli::client {

void addCheckpointCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* group = addGroup(app, "checkpoint", "Bottom-up checkpoints of a subnet");

    {
        struct Opts : SubnetOptions {
            std::uint64_t fromEpoch = 0;
            std::uint64_t limit = 100;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = addSubnetCommand(
            group, action, "list-bottomup", "Bottom-up checkpoints of a subnet, oldest first", o,
            [&ctx, o](Remote& remote, const SubnetEntry& s) {
                actorOf(s, "it cuts no bottom-up checkpoints");
                const Json list =
                    remote.root().call("ipc_listCheckpoints",
                                       params({Json::string(s.idText), Json::number(o->fromEpoch),
                                               Json::number(o->limit)}));
                if (o->common.json) {
                    printJson(ctx.out, list);
                    return kExitOk;
                }
                Table t({"HEIGHT", "HASH", "MSGS", "SIGNED", "STAGE"}, {0, 2, 3});
                forEachIn(list, [&](const Json& c) {
                    t.add({std::to_string(number(c, "height")), text(c, "hash"),
                           std::to_string(number(c, "messages")),
                           std::to_string(number(c, "signedWeight")) + "/" +
                               std::to_string(number(c, "threshold")),
                           text(c, "stage")});
                });
                if (t.empty())
                    ctx.out << "No bottom-up checkpoints from " << s.name << " yet\n";
                else
                    t.print(ctx.out);
                return kExitOk;
            });
        cmd->alias("list-bottomup-bundle");
        cmd->add_option("--from-epoch", o->fromEpoch, "first checkpoint height")
            ->capture_default_str();
        cmd->add_option("--limit", o->limit, "most checkpoints to list")
            ->capture_default_str()
            ->check(CLI::Range(std::uint64_t{1}, kListLimit));
    }

    {
        auto o = std::make_shared<SubnetOptions>();
        addSubnetCommand(group, action, "last-bottomup-checkpoint-height",
                         "Height of the last checkpoint the parent accepted from a subnet", o,
                         [&ctx, o](Remote& remote, const SubnetEntry& s) {
                             actorOf(s, "it cuts no bottom-up checkpoints");
                             const Json info = remote.about("ipc_getSubnet", s);
                             // The subnet actor's lastBottomUpCheckpointHeight, as ipc-cli reads
                             // it.
                             const std::uint64_t height =
                                 info.has_field("actor") && info.at("actor").is_object()
                                     ? number(info.at("actor"), "lastBottomUpCheckpointHeight")
                                     : number(info, "lastCheckpointHeight");
                             if (o->common.json) {
                                 Json j = Json::object();
                                 j["subnet"] = Json::string(s.idText);
                                 j["height"] = Json::number(height);
                                 printJson(ctx.out, j);
                             } else {
                                 ctx.out << height << "\n";
                             }
                             return kExitOk;
                         });
    }

    {
        struct Opts : SubnetOptions {
            std::uint64_t fromEpoch = 0;
            std::optional<std::uint64_t> toEpoch;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = addSubnetCommand(
            group, action, "quorum-reached-events",
            "QuorumReached events of a subnet's gateway (eth_getLogs), decoded", o,
            [&ctx, o](Remote& remote, const SubnetEntry& s) {
                const rpc::Client c = remote.client(s);
                Json filter = Json::object();
                filter["address"] = Json::string(protocol::gatewayAddress().hex());
                filter["fromBlock"] = Json::string(U256(o->fromEpoch).toQuantityHex());
                filter["toBlock"] =
                    Json::string(o->toEpoch ? U256(*o->toEpoch).toQuantityHex() : "latest");
                filter["topics"] = params({Json::string(
                    keccak256(std::string_view(protocol::events::kQuorumReached)).hex())});
                const Json logs = c.call("eth_getLogs", params({filter}));
                const auto type = ipc::abi::Type::parse("(uint8,uint256,bytes32,uint256)");
                std::vector<Json> out;
                Table t({"BLOCK", "CHECKPOINT HEIGHT", "CHECKPOINT HASH", "WEIGHT"}, {0, 1, 3});
                forEachIn(logs, [&](const Json& log) {
                    const auto v = ipc::abi::decode(type, fromHex(text(log, "data")));
                    Json j = Json::object();
                    j["blockNumber"] = Json::number(number(log, "blockNumber"));
                    j["transactionHash"] = Json::string(text(log, "transactionHash"));
                    j["objKind"] = Json::number(v.at(0).asUint64());
                    j["height"] = Json::number(v.at(1).asUint64());
                    j["checkpointHash"] = Json::string(v.at(2).asBytes32().hex());
                    j["weight"] = Json::string(v.at(3).asUint().toDecimal());
                    t.add({std::to_string(number(log, "blockNumber")),
                           std::to_string(v.at(1).asUint64()), v.at(2).asBytes32().hex(),
                           v.at(3).asUint().toDecimal()});
                    out.push_back(std::move(j));
                });
                if (o->common.json)
                    printJson(ctx.out, Json::array(std::move(out)));
                else if (t.empty())
                    ctx.out << "No QuorumReached events on " << s.name << " in that range\n";
                else
                    t.print(ctx.out);
                return kExitOk;
            });
        cmd->add_option("--from-epoch", o->fromEpoch, "first block")->capture_default_str();
        cmd->add_option("--to-epoch", o->toEpoch, "last block (default: latest)");
    }
}

}  // namespace ipc::cli::client
