// `ipc-devnet up`: starts a hierarchy headless, prints what anvil prints plus the subnets, runs
// until Ctrl-C (or a root height) and can write a JSON summary at the end.
#include <atomic>
#include <csignal>
#include <fstream>
#include <iomanip>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "ipc/cli/cli.h"
#include "ipc/cli/commands.h"
#include "ipc/cli/up_log.h"
#include "ipc/core/primitives/fvm_address.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/queries.h"
#include "ipc/devnet/rpc/server.h"
#include "ipc/devnet/session.h"
#include "ipc/devnet/version.h"

namespace ipc::cli {

namespace {

std::atomic<bool> gInterrupted{false};
extern "C" void onSignal(int) {
    gInterrupted = true;
}

struct UpOptions {
    std::string templateName = "two-level";
    std::string topologyFile;
    std::optional<std::uint64_t> blockTimeMs;
    bool fast = false;
    std::optional<std::uint64_t> stopAtHeight;
    bool stopRelative = false;  // --stop-at-height +N: N root blocks after where it resumed
    std::string stopAtHeightText;
    std::string workspace;
    std::string summaryJson;
    std::optional<std::uint64_t> seed;
    double speed = 1.0;
    std::uint16_t rpcPort = 8545;
    std::string rpcHost = "127.0.0.1";
    bool noRpc = false;
    bool cors = false;
    bool noCheats = false;  // a shared or demo devnet: anvil_/hardhat_/evm_ cheats refused
    bool log = false;       // --log / -v: a line per block, checkpoint stage and message stage
    std::string link;       // a Hardhat artifacts/ or Foundry out/ directory to decode with
};

void applyBlockTime(std::vector<devnet::SubnetSpec>& specs, std::uint64_t ms) {
    for (auto& s : specs) {
        s.params.blockTimeMs = ms;
        applyBlockTime(s.children, ms);
    }
}

void printBanner(std::ostream& out, const devnet::StartInfo& start, const std::string& source) {
    out << "IPC Studio devnet " << devnet::kVersion << ": " << source << " (" << start.chains.size()
        << " chains)\n\n";
    out << "Available Accounts\n==================\n";
    for (std::size_t i = 0; i < start.accounts.size(); ++i) {
        const auto& a = start.accounts[i];
        out << "(" << i << ") " << a.address.toChecksumHex() << " ("
            << TokenAmount::fromAtto(a.rootBalance).format() << " FIL)\n";
    }
    out << "\nPrivate Keys\n==================\n";
    for (std::size_t i = 0; i < start.accounts.size(); ++i)
        out << "(" << i << ") " << start.accounts[i].privateKeyHex << "\n";
    out << "\nWallet\n==================\n"
        << "Mnemonic:          " << start.mnemonic << "\n"
        << "Derivation path:   m/44'/60'/0'/0/\n\n";
    out << "Subnets\n==================\n";
    std::size_t idWidth = 9;
    for (const auto& c : start.chains)
        idWidth = std::max(idWidth, c.id.toString().size());
    out << std::left << std::setw(12) << "NAME" << std::setw(static_cast<int>(idWidth) + 2)
        << "SUBNET ID" << std::setw(12) << "PARENT" << std::setw(18) << "CHAIN ID" << std::setw(12)
        << "VALIDATORS"
        << "BLOCK TIME\n";
    for (const auto& c : start.chains) {
        out << std::left << std::setw(12) << c.name << std::setw(static_cast<int>(idWidth) + 2)
            << c.id.toString() << std::setw(12) << (c.parentName.empty() ? "-" : c.parentName)
            << std::setw(18) << c.chainId << std::setw(12) << c.validators << c.blockTimeMs
            << " ms\n";
    }
    out << std::right << start.contracts << std::flush;
}

}  // namespace

void addUpCommand(CLI::App& app, Context& ctx, Action& action) {
    auto opts = std::make_shared<UpOptions>();
    auto* up = app.add_subcommand("up", "Start an IPC hierarchy headless (Ctrl-C stops it)");
    auto* tmpl =
        up->add_option("--template", opts->templateName,
                       "built-in template: single, two-level, three-level, workshop, xnet-demo");
    auto* topo = up->add_option("--topology", opts->topologyFile, "a topology YAML file");
    tmpl->excludes(topo);
    up->add_option("--block-time", opts->blockTimeMs,
                   "block time of every chain in ms (0 = per transaction)");
    up->add_flag("--fast", opts->fast, "run virtual time as fast as possible");
    up->add_option("--speed", opts->speed, "real-time speed factor (1, 10, 100)")
        ->check(CLI::Range(0.01, 1000.0));
    up->add_option("--stop-at-height", opts->stopAtHeightText,
                   "stop when the root reaches this height (+N: N blocks after the start)");
    up->add_option("--workspace", opts->workspace,
                   "keep the hierarchy in this workspace (a name under the workspace directory, "
                   "or a file path) and continue it where it stopped");
    up->add_option("--summary-json", opts->summaryJson, "write a JSON summary here when stopping");
    up->add_option("--seed", opts->seed, "seed for validator keys and everything derived");
    up->add_option("--rpc-port", opts->rpcPort,
                   "JSON-RPC port of the root; each subnet gets the next one")
        ->check(CLI::Range(1, 65535));
    up->add_option("--rpc-host", opts->rpcHost,
                   "interface for JSON-RPC (default 127.0.0.1; another one exposes the devnet)");
    up->add_flag("--no-rpc", opts->noRpc, "do not serve JSON-RPC");
    up->add_flag("--cors", opts->cors, "allow browser dapps from any origin");
    up->add_flag("--no-cheats", opts->noCheats,
                 "refuse the anvil_/hardhat_/evm_ cheat methods (a shared or demo devnet)");
    up->add_option("--link", opts->link,
                   "a Hardhat artifacts/ or Foundry out/ directory: its ABIs name custom errors "
                   "in eth_call errors and decode calls and events (a workspace remembers it)");
    up->add_flag("-v,--log", opts->log,
                 "follow the hierarchy live: a line per block, checkpoint stage, cross-net "
                 "message stage, subnet change and cheat method use (quiet without it)");
    up->callback([&, opts] {
        action = [&, opts]() -> int {
            if (!opts->stopAtHeightText.empty()) {
                std::string text = opts->stopAtHeightText;
                opts->stopRelative = text.front() == '+';
                if (opts->stopRelative)
                    text.erase(0, 1);
                if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos ||
                    text.size() > 19) {
                    throw ParseError("--stop-at-height takes a height or +N, not '" +
                                     opts->stopAtHeightText + "'");
                }
                opts->stopAtHeight = std::stoull(text);
            }
            devnet::Topology topology;
            std::string source;
            if (!opts->topologyFile.empty()) {
                topology = devnet::loadTopologyFile(opts->topologyFile);
                source = opts->topologyFile;
            } else {
                topology = devnet::builtinTemplate(opts->templateName);
                source = "template " + opts->templateName;
            }
            if (opts->seed)
                topology.seed = *opts->seed;
            if (opts->blockTimeMs) {
                topology.rootBlockTimeMs = *opts->blockTimeMs;
                applyBlockTime(topology.subnets, *opts->blockTimeMs);
            }
            if (opts->fast && !opts->stopAtHeight) {
                throw ParseError("--fast needs --stop-at-height (it would never stop otherwise)");
            }
            if (opts->blockTimeMs && *opts->blockTimeMs == 0 && opts->stopAtHeight) {
                throw ParseError(
                    "with --block-time 0 blocks only come with transactions; "
                    "--stop-at-height would never be reached");
            }

            gInterrupted = false;
            std::signal(SIGINT, onSignal);
            std::signal(SIGTERM, onSignal);

            devnet::SessionSource where = devnet::SessionSource::inMemory(topology);
            if (!opts->workspace.empty())
                where = devnet::Session::namedWorkspace(opts->workspace, topology);
            const std::string workspacePath = where.workspacePath;
            devnet::SessionOptions o;
            o.devnet.speed = opts->speed;
            // Fast runs step the engine below in bounded chunks (in a workspace each is made
            // durable when it returns) and stop exactly at the requested height.
            o.devnet.paused = opts->fast;
            o.devnet.allowCheats = !opts->noCheats;
            if (!opts->noRpc && !opts->fast) {
                devnet::rpc::ServerOptions so;
                so.host = opts->rpcHost;
                so.basePort = opts->rpcPort;
                so.cors = opts->cors;
                o.rpc = so;
                // The ports asked for, or an error: a script expects them there.
                o.rpcPortBlocks = 1;
                o.rpcRequired = true;
            }
            const std::unique_ptr<devnet::Session> session = devnet::Session::start(where, o);
            devnet::Devnet& d = session->devnet();
            const devnet::StartInfo start = d.ask(devnet::StartInfoQuery{}).get();
            if (!workspacePath.empty() && start.rootHeight > 0) {
                source = "workspace " + workspacePath + ", resumed at root height " +
                         std::to_string(start.rootHeight);
            } else if (!workspacePath.empty()) {
                source += " in workspace " + workspacePath;
            }
            printBanner(ctx.out, start, source);
            if (!opts->link.empty())
                d.ask(devnet::LinkContractsCommand{opts->link}).get();
            const devnet::LinkedContracts linked = d.ask(devnet::LinkedContractsQuery{}).get();
            if (!linked.error.empty()) {
                ctx.err << "warning: the contracts linked at " << linked.directory
                        << " could not be read: " << linked.error << "\n";
            } else if (!linked.directory.empty()) {
                ctx.out << "\nLinked " << linked.contracts.size() << " contracts from "
                        << linked.directory;
                if (!linked.clashes.empty())
                    ctx.out << " (" << linked.clashes.size()
                            << " selectors shared by different signatures, left undecoded)";
                ctx.out << "\n";
            }
            if (opts->stopRelative)
                opts->stopAtHeight = start.rootHeight + *opts->stopAtHeight;
            if (o.rpc) {
                ctx.out << "\nJSON-RPC endpoints\n==================\n";
                for (const auto& e : session->endpoints()) {
                    std::string name;
                    for (const auto& c : start.chains) {
                        if (c.id == e.subnet)
                            name = c.name;
                    }
                    ctx.out << std::left << std::setw(12) << name << std::setw(28) << e.url
                            << "chain id " << e.chainId << "\n"
                            << std::right;
                }
            }
            if (opts->fast)
                ctx.out << "\nRunning as fast as possible.\n" << std::flush;
            else
                ctx.out << "\nRunning at x" << opts->speed << ". Press Ctrl-C to stop."
                        << (opts->log ? "" : " (--log follows blocks and messages)") << "\n"
                        << std::flush;
            // Shared with the handler: the engine thread may still hold a copy of it.
            // Without --log, failed transactions and console.log lines still show.
            auto log = std::make_shared<UpLog>(
                ctx.out, opts->log ? UpLog::Detail::Everything : UpLog::Detail::Transactions);
            for (const auto& c : start.chains)
                log->setName(c.id, c.name);
            devnet::EventBus::Subscription following =
                d.subscribe([log](const devnet::Event& e) { log->write(e); });
            while (opts->fast && !gInterrupted) {
                if (d.ask(devnet::RunUntilCommand{*opts->stopAtHeight}).get().done)
                    break;
            }
            while (!opts->fast && !gInterrupted) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                if (opts->stopAtHeight) {
                    // The published view: at most one refresh behind the engine.
                    const auto view = d.view();
                    if (!view->subnets.empty() &&
                        view->subnets.front().height >= *opts->stopAtHeight)
                        break;
                }
            }
            d.pause();
            const devnet::StopReport report = d.ask(devnet::StopReportQuery{}).get();
            ctx.out << "\nStopped at root height " << report.rootHeight << " after "
                    << report.timeMs / 1000.0 << " s of virtual time\n";
            following.reset();  // paused: no more events, nothing after the summary
            session->stop();
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
            if (!opts->summaryJson.empty()) {
                std::ofstream f(opts->summaryJson);
                if (!f)
                    throw Error("cannot write " + opts->summaryJson);
                f << report.summaryJson << "\n";
                ctx.out << "Summary written to " << opts->summaryJson << "\n";
            }
            if (!report.violations.empty()) {
                for (const auto& v : report.violations)
                    ctx.err << "invariant violated: " << v << "\n";
                return kExitFailure;
            }
            ctx.out << "All invariants hold.\n";
            return kExitOk;
        };
    });
}

}  // namespace ipc::cli
