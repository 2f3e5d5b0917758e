// The live log of `ipc-devnet up`: blocks, checkpoints, messages, console.log, failures.
#include "ipc/cli/up_log.h"

#include <cstdio>
#include <ostream>
#include <sstream>
#include <variant>

namespace ipc::cli {

namespace {

// "   12.345s" of virtual time, so lines from different subnets read in order.
std::string stamp(std::uint64_t timeMs) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%9.3fs", static_cast<double>(timeMs) / 1000.0);
    return buf;
}

std::string shortHash(const Hash32& h) {
    const std::string hex = h.hex();
    return hex.size() > 12 ? hex.substr(0, 10) + "…" : hex;
}

// Under the stamp column and a little to the right, as Hardhat indents console.log lines.
constexpr const char* kConsoleIndent = "               ";

// As Hardhat's node does: each printed line indented under the header.
void printConsole(std::ostream& s, const std::vector<std::string>& lines) {
    for (const std::string& text : lines) {
        s << "\n" << kConsoleIndent;
        for (const char c : text) {
            s << c;
            if (c == '\n')
                s << kConsoleIndent;
        }
    }
}

}  // namespace

void UpLog::setName(const SubnetId& subnet, std::string name) {
    std::lock_guard lock(mutex_);
    names_[subnet.toString()] = std::move(name);
}

std::string UpLog::nameOf(const SubnetId& subnet) const {
    const auto it = names_.find(subnet.toString());
    return it != names_.end() ? it->second : subnet.toString();
}

std::optional<std::string> UpLog::line(const devnet::Event& event) const {
    std::lock_guard lock(mutex_);
    std::ostringstream s;
    if (detail_ == Detail::Transactions && !std::holds_alternative<devnet::BlockProduced>(event) &&
        !std::holds_alternative<devnet::ConsoleEvent>(event))
        return std::nullopt;
    if (const auto* b = std::get_if<devnet::BlockProduced>(&event)) {
        if (detail_ == Detail::Transactions && b->notes.empty())
            return std::nullopt;
        const char* sep = "";
        if (detail_ == Detail::Everything) {
            const std::size_t txs = b->block.transactions.size();
            s << stamp(b->timeMs) << "  block       " << nameOf(b->subnet) << " #"
              << b->block.number << " " << shortHash(b->block.hash);
            if (txs > 0)
                s << "  " << txs << (txs == 1 ? " transaction" : " transactions");
            sep = "\n";
        }
        // Where the transaction is, in full: the hash is what a developer looks up next.
        const std::string where = nameOf(b->subnet) + " #" + std::to_string(b->block.number) + " ";
        for (const devnet::TxNote& note : b->notes) {
            if (!note.success) {
                s << sep << stamp(b->timeMs) << "  tx failed   " << where << note.tx.hex() << ": "
                  << note.revertReason;
                sep = "\n";
            }
            if (!note.consoleLines.empty()) {
                s << sep << stamp(b->timeMs) << "  console.log " << where << note.tx.hex() << ":";
                printConsole(s, note.consoleLines);
                sep = "\n";
            }
        }
        return s.str();
    }
    if (const auto* c = std::get_if<devnet::CheckpointEvent>(&event)) {
        // Signatures arrive one by one: the log keeps to the stages a checkpoint passes.
        if (c->stage == devnet::CheckpointStage::Signing)
            return std::nullopt;
        s << stamp(c->timeMs) << "  checkpoint  " << nameOf(c->subnet) << " @" << c->height << " "
          << devnet::toString(c->stage);
        if (c->stage == devnet::CheckpointStage::Quorum)
            s << " (" << c->signedWeight << "/" << c->totalWeight << " weight)";
        return s.str();
    }
    if (const auto* m = std::get_if<devnet::MessageEvent>(&event)) {
        s << stamp(m->timeMs) << "  message     " << shortHash(m->tracingId) << " "
          << devnet::toString(m->stage) << " in " << nameOf(m->subnet) << " #" << m->height;
        return s.str();
    }
    if (const auto* e = std::get_if<devnet::SubnetEvent>(&event)) {
        s << stamp(e->timeMs) << "  subnet      " << nameOf(e->subnet) << " "
          << devnet::toString(e->change);
        return s.str();
    }
    if (const auto* c = std::get_if<devnet::CheatEvent>(&event)) {
        s << stamp(c->timeMs) << "  cheat       " << nameOf(c->subnet) << " " << c->change;
        return s.str();
    }
    if (const auto* c = std::get_if<devnet::ConsoleEvent>(&event)) {
        s << stamp(c->timeMs) << "  console.log " << nameOf(c->subnet) << " " << c->call << " "
          << (c->to ? c->to->toChecksumHex() : std::string("(creation)")) << " at #" << c->height
          << ":";
        printConsole(s, c->lines);
        return s.str();
    }
    if (const auto* r = std::get_if<devnet::HierarchyReset>(&event)) {
        s << stamp(r->timeMs) << "  reverted    to snapshot " << r->snapshot;
        return s.str();
    }
    return std::nullopt;
}

void UpLog::write(const devnet::Event& event) {
    const auto text = line(event);
    if (!text)
        return;
    std::lock_guard lock(mutex_);
    out_ << *text << '\n' << std::flush;
}

}  // namespace ipc::cli
