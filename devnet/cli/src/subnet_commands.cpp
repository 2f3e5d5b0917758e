// `ipc-devnet subnet …`: list, create, join/leave/kill/stake/unstake, validators, endpoints.
#include "client_commands.h"

#include <memory>
#include <optional>

#include "client_args.h"
#include "client_keystore.h"
#include "client_output.h"
#include "client_remote.h"
#include "client_tx.h"
#include "ipc/core/primitives/error.h"
#include "ipc/devnet/json_fields.h"
#include "ipc/devnet/subnet_calls.h"

namespace ipc::cli::client {

namespace {

std::string nameOf(Remote& remote, const std::optional<SubnetId>& id) {
    if (!id)
        return "-";
    for (const auto& s : remote.subnets()) {
        if (s.id == *id)
            return s.name;
    }
    return id->toString();
}

// A call to a subnet actor, executed on its parent (where the actor lives).
struct ActorCall {
    const char* verb;  // "join", …
    const char* help;
    bool withCollateral;
};

void addActorCommand(CLI::App* subnet, Context& ctx, Action& action, const ActorCall& spec) {
    struct Opts {
        TxOptions tx;
        std::string subnet;
        std::string collateral;
    };
    auto o = std::make_shared<Opts>();
    auto* cmd = subnet->add_subcommand(spec.verb, spec.help);
    addTxOptions(cmd, o->tx);
    addSubnetOption(cmd, o->subnet);
    if (spec.withCollateral)
        cmd->add_option("--collateral", o->collateral, "amount in FIL (up to 18 decimals)")
            ->required();
    const std::string verb = spec.verb;
    onRun(cmd, action, [&ctx, o, verb] {
        std::optional<TokenAmount> amount;
        if (!o->collateral.empty())
            amount = parseAmount(o->collateral, "--collateral");
        const Signer s = resolveSigner(o->tx.from);
        Remote remote(o->tx.common);
        const SubnetEntry& target = remote.subnet(o->subnet);
        const EthAddress actor = actorOf(target);
        const SubnetEntry& parent = remote.parentOf(target);

        TxRequest r;
        r.chain = &parent;
        r.to = actor;
        r.what = verb + " " + target.name + " (" + target.idText + ")";
        const auto act = devnet::parseSubnetActorAction(verb);
        if (!act)
            throw ParseError("unknown subnet action " + verb);
        const auto pub = s.key.publicKey().uncompressed();
        devnet::SubnetActorCall call =
            devnet::subnetActorCall(*act, amount ? amount->atto() : U256(), pub.bytes);
        r.value = call.value;
        r.data = std::move(call.data);
        std::string done;
        if (verb == "join") {
            done = s.address.toChecksumHex() + " joined " + target.name + " with " +
                   amount->formatWithUnit() + " collateral";
        } else if (verb == "stake") {
            done = s.address.toChecksumHex() + " staked " + amount->formatWithUnit() + " more in " +
                   target.name;
        } else if (verb == "unstake") {
            done = s.address.toChecksumHex() + " unstaked " + amount->formatWithUnit() + " from " +
                   target.name + " (released once the change is confirmed by a " + "checkpoint)";
        } else if (verb == "leave") {
            done = s.address.toChecksumHex() + " left " + target.name +
                   " (its collateral is released once a checkpoint confirms it)";
        } else {
            done = target.name + " (" + target.idText + ") was killed";
        }
        const TxResult res = sendTransaction(s, r, std::chrono::seconds(o->tx.timeout));
        Json fields = Json::object();
        fields["subnet"] = Json::string(target.idText);
        fields["action"] = Json::string(verb);
        if (amount)
            devnet::putAmount(fields, "collateral", amount->atto());
        return reportTx(ctx, o->tx, s, r, res, done, fields);
    });
}

}  // namespace

void addSubnetCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* subnet = addGroup(app, "subnet", "Subnets: list, create, join, leave, stake, kill");

    {
        struct Opts {
            Common common;
            std::string parent;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = subnet->add_subcommand("list", "Subnets of the devnet (or of one parent)");
        addCommon(cmd, o->common);
        cmd->add_option("--parent", o->parent, "only the children of this subnet (id or name)");
        onRun(cmd, action, [&ctx, o] {
            Remote remote(o->common);
            std::optional<SubnetId> parent;
            if (!o->parent.empty())
                parent = remote.subnet(o->parent).id;
            std::vector<Json> out;
            Table t({"NAME", "SUBNET ID", "PARENT", "CHAIN ID", "HEIGHT", "STATUS", "VALIDATORS",
                     "SUPPLY", "RPC"},
                    {4, 7});
            for (const auto& s : remote.subnets()) {
                if (parent && s.parent != parent)
                    continue;
                out.push_back(s.raw);
                t.add({s.name, s.idText, nameOf(remote, s.parent), std::to_string(s.chainId),
                       std::to_string(number(s.raw, "height")), text(s.raw, "status"),
                       std::to_string(number(s.raw, "validatorsOnline")) + "/" +
                           std::to_string(number(s.raw, "validators")),
                       s.parent ? text(s.raw, "circulatingSupplyFil") : "-",
                       s.rpcUrl.empty() ? "-" : s.rpcUrl});
            }
            if (o->common.json)
                printJson(ctx.out, Json::array(std::move(out)));
            else
                t.print(ctx.out);
            return kExitOk;
        });
    }

    {
        struct Opts {
            Common common;
            std::string parent;
            std::string name;
            std::uint32_t minValidators = 0;
            std::string minValidatorStake;
            std::uint64_t checkPeriod = 0;
            std::uint32_t majority = 67;
            std::string permissionMode = "collateral";
            std::uint32_t activeLimit = 100;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = subnet->add_subcommand(
            "create",
            "Create a subnet under a parent through devnet_createSubnet. Unlike ipc-cli, this "
            "also starts its validators: the devnet runs --min-validators new validators, each "
            "joining with --min-validator-stake, so the subnet bootstraps by itself");
        addCommon(cmd, o->common);
        cmd->add_option("--parent", o->parent, "parent subnet id or name")->required();
        cmd->add_option("--name", o->name, "name in the devnet (a-z, 0-9, '-')");
        cmd->add_option("--min-validators", o->minValidators,
                        "validators needed to start (the devnet runs this many)")
            ->required()
            ->check(CLI::Range(1u, 256u));
        cmd->add_option("--min-validator-stake", o->minValidatorStake,
                        "collateral each devnet validator joins with, in FIL; also the subnet's "
                        "minimum activation collateral")
            ->required();
        cmd->add_option("--bottomup-check-period", o->checkPeriod,
                        "blocks between bottom-up checkpoints")
            ->required()
            ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1'000'000}));
        cmd->add_option("--majority-percentage", o->majority, "checkpoint quorum, in percent")
            ->capture_default_str()
            ->check(CLI::Range(51u, 100u));
        cmd->add_option("--permission-mode", o->permissionMode, "collateral or static")
            ->capture_default_str()
            ->check(CLI::IsMember({"collateral", "static"}));
        cmd->add_option("--active-validators-limit", o->activeLimit,
                        "most validators with power at a time")
            ->capture_default_str()
            ->check(CLI::Range(1u, 256u));
        onRun(cmd, action, [&ctx, o] {
            const TokenAmount stake = parseAmount(o->minValidatorStake, "--min-validator-stake");
            Remote remote(o->common);
            const SubnetEntry& parent = remote.subnet(o->parent);
            Json spec = Json::object();
            spec["parent"] = Json::string(parent.idText);
            if (!o->name.empty())
                spec["name"] = Json::string(o->name);
            spec["validators"] = Json::number(o->minValidators);
            spec["minValidators"] = Json::number(o->minValidators);
            spec["collateral"] = Json::string(stake.format());
            spec["minActivationCollateral"] = Json::string(stake.format());
            spec["checkpointPeriod"] = Json::number(o->checkPeriod);
            spec["majorityPercentage"] = Json::number(o->majority);
            spec["permissionMode"] = Json::string(o->permissionMode);
            spec["activeValidatorsLimit"] = Json::number(o->activeLimit);
            Json created;
            try {
                created = remote.root().call("devnet_createSubnet", params({spec}));
            } catch (const rpc::CallError& e) {
                // The devnet checks every parameter: a refusal is bad input.
                if (e.code() == rpc::kInvalidParams)
                    throw ParseError(e.serverMessage());
                throw;
            }
            if (o->common.json) {
                printJson(ctx.out, created);
            } else {
                ctx.out << "created " << text(created, "id") << " (" << text(created, "name")
                        << ") under " << parent.name << "\n"
                        << o->minValidators << " devnet validators join it with "
                        << stake.formatWithUnit() << " each; it starts once their collateral "
                        << "lands (see subnet list)\n";
            }
            return kExitOk;
        });
    }

    addActorCommand(
        subnet, ctx, action,
        {"join", "Join a subnet as a validator (sent to its parent's subnet actor)", true});
    addActorCommand(
        subnet, ctx, action,
        {"leave", "Leave a subnet's validator set; collateral comes back later", false});
    addActorCommand(
        subnet, ctx, action,
        {"kill", "Kill a subnet (every validator must have left and its supply be released)",
         false});
    addActorCommand(subnet, ctx, action,
                    {"stake", "Add collateral as a validator of a subnet", true});
    addActorCommand(subnet, ctx, action,
                    {"unstake", "Take back part of a validator's collateral", true});

    {
        auto o = std::make_shared<SubnetOptions>();
        addSubnetCommand(
            subnet, action, "list-validators", "Validators of a subnet", o,
            [&ctx, o](Remote& remote, const SubnetEntry& s) {
                const Json list = remote.about("ipc_listValidators", s);
                if (o->common.json) {
                    printJson(ctx.out, list);
                    return kExitOk;
                }
                Table t({"ADDRESS", "POWER", "COLLATERAL", "ONLINE", "BLOCKS"}, {1, 2, 4});
                forEachIn(list, [&](const Json& v) {
                    t.add({text(v, "address"), std::to_string(number(v, "power")),
                           text(v, "collateralFil"), text(v, "online"),
                           std::to_string(number(v, "blocksProposed"))});
                });
                ctx.out << "Validators of " << s.name << " (" << s.idText << ")\n";
                t.print(ctx.out);
                return kExitOk;
            });
    }

    // chain-id and rpc: the same lookup, two ways of showing it.
    for (const bool rpcUrl : {false, true}) {
        auto o = std::make_shared<SubnetOptions>();
        addSubnetCommand(
            subnet, action, rpcUrl ? "rpc" : "chain-id",
            rpcUrl ? "JSON-RPC URL and chain id of a subnet" : "EVM chain id of a subnet", o,
            [&ctx, o, rpcUrl](Remote& remote, const SubnetEntry& s) {
                const Json info = remote.about("ipc_getSubnet", s);
                const std::uint64_t chainId = number(info, "chainId");
                const std::string url = text(info, "rpcUrl");
                if (o->common.json) {
                    Json j = Json::object();
                    j["id"] = Json::string(s.idText);
                    j["name"] = Json::string(s.name);
                    j["chainId"] = Json::number(chainId);
                    if (rpcUrl)
                        j["rpcUrl"] = url == "-" ? Json::null() : Json::string(url);
                    printJson(ctx.out, j);
                } else if (rpcUrl) {
                    ctx.out << "rpc: "
                            << (url == "-" ? "none yet (the subnet has not started)" : url)
                            << "\nchainID: " << chainId << "\n";
                } else {
                    ctx.out << chainId << "\n";
                }
                return kExitOk;
            });
    }
}

}  // namespace ipc::cli::client
