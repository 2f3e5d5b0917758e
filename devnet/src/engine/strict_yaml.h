// Strict YAML reading for topology files (topology.cpp): a mapping's keys checked against what it
// may hold, typed values read with their ranges, errors that name the file and line.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ipc/core/primitives/token_amount.h"

namespace ipc::devnet::strict_yaml {

// `text` quoted for a message, cut to 60 characters.
std::string shown(std::string_view text);
// "a, b, c".
std::string joined(std::span<const std::string_view> items);
// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
std::optional<std::string_view> closest(std::string_view word,
                                        std::span<const std::string_view> candidates);
// A node as a message shows it: its kind, or its text quoted.
std::string describe(const YAML::Node& n);

// One key of a mapping with its value; `line` is where to point messages about the value.
struct Entry {
    std::string key;
    YAML::Node value;
    int line = 1;
};

// Reads one document; `source` names it in messages, and every error is a TopologyError
// "source:line: message".
class Reader {
public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(int line, const std::string& message) const;
    static int lineOf(const YAML::Node& n);

    // The keys of a mapping, each once and each one of `allowed`. `where` names the mapping in
    // messages ("the 'root' section"); `hint` may explain a key that belongs elsewhere.
    std::map<std::string, Entry, std::less<>> fields(
        const YAML::Node& map, std::string_view where, std::span<const std::string_view> allowed,
        std::string (*hint)(std::string_view) = nullptr) const;
    // A whole number in [lo, hi].
    std::uint64_t integer(const Entry& e, std::uint64_t lo, std::uint64_t hi) const;
    std::string text(const Entry& e) const;
    TokenAmount amount(const Entry& e) const;

    const std::string& source() const { return source_; }

private:
    std::string source_;
};

}  // namespace ipc::devnet::strict_yaml
