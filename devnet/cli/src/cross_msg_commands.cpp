// `ipc-devnet cross-msg …`: fund, release, the messages through a subnet, parent finality.
#include "client_commands.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "client_args.h"
#include "client_keystore.h"
#include "client_output.h"
#include "client_remote.h"
#include "client_tx.h"
#include "ipc/core/ipc/calls.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/devnet/json_fields.h"

namespace ipc::cli::client {

namespace {

// A cross-net transfer through a gateway: fund (to the parent's gateway, for the subnet) or
// release (to the subnet's own gateway, for the parent).
void addTransferCommand(CLI::App* group, Context& ctx, Action& action, bool fund) {
    struct Opts {
        TxOptions tx;
        std::string subnet;
        std::string to;
        std::string amount;
    };
    auto o = std::make_shared<Opts>();
    auto* cmd = group->add_subcommand(
        fund ? "fund" : "release",
        fund ? "Send FIL from a parent into a subnet (fund on the parent's gateway)"
             : "Send FIL from a subnet back to its parent (release on the subnet's gateway)");
    addTxOptions(cmd, o->tx);
    addSubnetOption(cmd, o->subnet);
    cmd->add_option("--to", o->to,
                    fund ? "recipient in the subnet, 0x or f410 (default: the sender)"
                         : "recipient in the parent, 0x or f410 (default: the sender)");
    cmd->add_option("--amount", o->amount, "amount in FIL (up to 18 decimals)")->required();
    onRun(cmd, action, [&ctx, o, fund] {
        const TokenAmount amount = parseAmount(o->amount, "--amount");
        std::optional<EthAddress> to;
        if (!o->to.empty())
            to = parseAccount(o->to, "--to");
        const Signer s = resolveSigner(o->tx.from);
        if (!to)
            to = s.address;
        Remote remote(o->tx.common);
        const SubnetEntry& target = remote.subnet(o->subnet);
        actorOf(target, fund ? "it cannot be funded" : "it has no parent to release to");
        const SubnetEntry& parent = remote.parentOf(target);

        TxRequest r;
        r.chain = fund ? &parent : &target;
        r.to = protocol::gatewayAddress();
        r.value = amount.atto();
        if (fund) {
            r.data = protocol::calls::fund(target.id, *to);
            r.what = "fund " + target.name;
        } else {
            r.data = protocol::calls::release(*to);
            r.what = "release from " + target.name;
        }
        const TxResult res = sendTransaction(s, r, std::chrono::seconds(o->tx.timeout));
        const std::string done =
            fund ? "funded " + to->toChecksumHex() + " in " + target.name + " with " +
                       amount.formatWithUnit() + " (lands after the next parent finality)"
                 : "released " + amount.formatWithUnit() + " to " + to->toChecksumHex() + " in " +
                       parent.name + " (lands after the next checkpoint)";
        Json fields = Json::object();
        fields["subnet"] = Json::string(target.idText);
        fields["recipient"] = Json::string(to->toChecksumHex());
        devnet::putAmount(fields, "amount", amount.atto());
        return reportTx(ctx, o->tx, s, r, res, done, fields);
    });
}

bool inSubtree(const SubnetId& id, const SubnetId& top) {
    return id == top || top.isAncestorOf(id);
}

// The columns both message lists show, then `more`; VALUE right-aligned.
Table messageTable(std::vector<std::string> more) {
    std::vector<std::string> headers{"TRACING ID", "KIND", "FROM", "TO", "VALUE", "STAGE"};
    headers.insert(headers.end(), more.begin(), more.end());
    return Table(std::move(headers), {4});
}

std::vector<std::string> messageCells(const Json& m) {
    return {text(m, "tracingId"),        text(m, "kind"),     text(m.at("from"), "address"),
            text(m.at("to"), "address"), text(m, "valueFil"), text(m, "stage")};
}

}  // namespace

void addCrossMsgCommands(CLI::App& app, Context& ctx, Action& action) {
    auto* group = addGroup(app, "cross-msg", "Cross-net messages: fund, release, inspect");
    addTransferCommand(group, ctx, action, true);
    addTransferCommand(group, ctx, action, false);

    {
        auto o = std::make_shared<SubnetOptions>();
        addSubnetCommand(
            group, action, "list-topdown-msgs", "Top-down messages into a subnet (newest first)", o,
            [&ctx, o](Remote& remote, const SubnetEntry& s) {
                actorOf(s, "nothing comes down into it");
                const Json all =
                    remote.root().call("ipc_listCrossMessages",
                                       params({Json::string(s.idText), Json::number(kListLimit)}));
                std::vector<Json> out;
                Table t = messageTable({});
                forEachIn(all, [&](const Json& m) {
                    try {
                        const SubnetId from = SubnetId::parse(text(m.at("from"), "subnet"));
                        const SubnetId to = SubnetId::parse(text(m.at("to"), "subnet"));
                        // Crossed the edge from the parent's side into the subnet's subtree.
                        if (!inSubtree(to, s.id) || inSubtree(from, s.id))
                            return;
                    } catch (const std::exception&) {
                        return;
                    }
                    out.push_back(m);
                    t.add(messageCells(m));
                });
                if (o->common.json) {
                    printJson(ctx.out, Json::array(std::move(out)));
                } else if (t.empty()) {
                    ctx.out << "No top-down messages into " << s.name << " yet\n";
                } else {
                    t.print(ctx.out);
                }
                return kExitOk;
            });
    }

    {
        struct Opts : SubnetOptions {
            std::string kind;
            std::string outcome;
        };
        auto o = std::make_shared<Opts>();
        auto* cmd = addSubnetCommand(
            group, action, "list",
            "Cross-net messages through a subnet (newest first), with how they ended", o,
            [&ctx, o](Remote& remote, const SubnetEntry& s) {
                auto optional = [](const std::string& v) {
                    return v.empty() ? Json::null() : Json::string(v);
                };
                const Json all =
                    remote.root().call("ipc_listCrossMessages",
                                       params({Json::string(s.idText), Json::number(kListLimit),
                                               optional(o->kind), optional(o->outcome)}));
                Table t = messageTable({"OUTCOME"});
                forEachIn(all, [&](const Json& m) {
                    const Json& outcome = m.at("outcome");
                    auto cells = messageCells(m);
                    cells.push_back(outcome.is_string() ? outcome.as_string() : "-");
                    t.add(std::move(cells));
                });
                if (o->common.json)
                    printJson(ctx.out, all);
                else if (t.empty())
                    ctx.out << "No cross-net messages through " << s.name << " match\n";
                else
                    t.print(ctx.out);
                return kExitOk;
            });
        cmd->add_option("--kind", o->kind, "only this kind: Transfer, Call or Result")
            ->check(CLI::IsMember({"Transfer", "Call", "Result"}));
        cmd->add_option("--outcome", o->outcome,
                        "only this outcome: Ok, SystemErr, ActorErr, or none (not answered yet)")
            ->check(CLI::IsMember({"Ok", "SystemErr", "ActorErr", "none"}));
    }

    {
        auto o = std::make_shared<SubnetOptions>();
        addSubnetCommand(
            group, action, "parent-finality", "The parent height a subnet has committed as final",
            o, [&ctx, o](Remote& remote, const SubnetEntry& s) {
                actorOf(s, "it has no parent");
                const Json f = remote.about("ipc_parentFinality", s);
                if (o->common.json) {
                    Json j = Json::object();
                    j["subnet"] = Json::string(s.idText);
                    j["height"] = f.is_object() ? Json::number(number(f, "height")) : Json::null();
                    j["blockHash"] =
                        f.is_object() ? Json::string(text(f, "blockHash")) : Json::null();
                    printJson(ctx.out, j);
                } else if (f.is_object()) {
                    ctx.out << number(f, "height") << "\n";
                } else {
                    ctx.out << "none yet: " << s.name << " has not committed a parent block\n";
                }
                return kExitOk;
            });
    }
}

}  // namespace ipc::cli::client
