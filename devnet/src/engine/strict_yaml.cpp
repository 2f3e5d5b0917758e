// Strict YAML reading for topology files: every mapping's keys checked against what it may hold
// (a likely typo named, a key that belongs elsewhere explained), numbers, text and amounts read
// with their range, and each error pointing at its line.
#include "strict_yaml.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/topology.h"

namespace ipc::devnet::strict_yaml {

namespace {

constexpr std::uint64_t kMaxU64 = std::numeric_limits<std::uint64_t>::max();

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// "blockTimeMs", "Block-Time-MS" -> "block_time_ms".
std::string normalizedKey(std::string_view key) {
    std::string out;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const auto c = static_cast<unsigned char>(key[i]);
        if (c == '-' || c == ' ') {
            out += '_';
        } else if (std::isupper(c) != 0) {
            if (i > 0 && std::islower(static_cast<unsigned char>(key[i - 1])) != 0)
                out += '_';
            out += static_cast<char>(std::tolower(c));
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string_view describeKind(const YAML::Node& n) {
    switch (n.Type()) {
        case YAML::NodeType::Sequence:
            return "a list";
        case YAML::NodeType::Map:
            return "a mapping";
        case YAML::NodeType::Scalar:
            return "text";
        default:
            return "nothing";
    }
}

}  // namespace

std::string shown(std::string_view text) {
    return detail::quoteInput(text, 60);
}

std::string joined(std::span<const std::string_view> items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += items[i];
    }
    return out;
}

// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
std::optional<std::string_view> closest(std::string_view word,
                                        std::span<const std::string_view> candidates) {
    const std::string normal = normalizedKey(word);
    std::optional<std::string_view> best;
    std::size_t bestDistance = normal.size() <= 4 ? 1 : 2;
    for (const auto c : candidates) {
        const std::size_t d = editDistance(normal, normalizedKey(c));
        if (d <= bestDistance && (!best || d < bestDistance)) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

// A value written in the file, for messages: 'four', "4" (quoted), a list...
std::string describe(const YAML::Node& n) {
    if (!n.IsScalar())
        return std::string(describeKind(n));
    if (n.Tag() == "!")
        return "the quoted text " + shown(n.Scalar());
    return shown(n.Scalar());
}

void Reader::fail(int line, const std::string& message) const {
    throw TopologyError(source_ + ":" + std::to_string(line) + ": " + message);
}

int Reader::lineOf(const YAML::Node& n) {
    const int line = n.Mark().line;
    return line >= 0 ? line + 1 : 1;
}

std::map<std::string, Entry, std::less<>> Reader::fields(
    const YAML::Node& map, std::string_view where, std::span<const std::string_view> allowed,
    std::string (*hint)(std::string_view)) const {
    if (!map.IsMap()) {
        fail(lineOf(map), std::string(where) + " must be a mapping of keys (" + joined(allowed) +
                              "), got " + describe(map));
    }
    std::map<std::string, Entry, std::less<>> out;
    for (const auto& pair : map) {
        // Copies: yaml-cpp's iterators hand out temporaries.
        const YAML::Node key = pair.first;
        const int keyLine = lineOf(key);
        if (!key.IsScalar())
            fail(keyLine, "a key must be a plain word, got " + describe(key));
        const std::string& k = key.Scalar();
        if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
            std::string message = "unknown key " + shown(k);
            const std::string extra = hint != nullptr ? hint(k) : std::string();
            if (!extra.empty()) {
                message += " (" + extra + ")";
            } else if (auto guess = closest(k, allowed)) {
                message += " (did you mean '" + std::string(*guess) + "'?)";
            } else {
                message +=
                    " in " + std::string(where) + " (expected one of: " + joined(allowed) + ")";
            }
            fail(keyLine, message);
        }
        if (auto seen = out.find(k); seen != out.end()) {
            fail(keyLine, "duplicate key " + shown(k) + " (first given at line " +
                              std::to_string(seen->second.line) + ")");
        }
        const YAML::Node value = pair.second;
        const bool pointAtKey = value.IsNull() || value.Mark().line < 0;
        out.emplace(k, Entry{k, value, pointAtKey ? keyLine : lineOf(value)});
    }
    return out;
}

std::uint64_t Reader::integer(const Entry& e, std::uint64_t lo, std::uint64_t hi) const {
    const YAML::Node& v = e.value;
    const std::string rangeText =
        hi == kMaxU64 ? "at least " + std::to_string(lo)
                      : "between " + std::to_string(lo) + " and " + std::to_string(hi);
    if (!v.IsScalar()) {
        fail(e.line, e.key + " must be a whole number " + rangeText + ", got " + describe(v));
    }
    if (v.Tag() == "!") {
        fail(e.line, e.key + " must be a whole number, got " + describe(v) +
                         " (write numbers without quotes)");
    }
    if (v.Tag() != "?" && v.Tag() != "tag:yaml.org,2002:int") {
        fail(e.line, e.key + " must be a whole number, got a value tagged " + v.Tag());
    }
    const std::string& text = v.Scalar();
    std::string_view digits = text;
    bool negative = false;
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
        negative = digits[0] == '-';
        digits.remove_prefix(1);
    }
    const bool wellFormed =
        !digits.empty() &&
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!wellFormed) {
        fail(e.line, e.key + " must be a whole number " + rangeText + ", got " + describe(v));
    }
    std::uint64_t value = 0;
    bool overflow = false;
    for (const char c : digits) {
        const auto d = static_cast<std::uint64_t>(c - '0');
        if (value > (kMaxU64 - d) / 10) {
            overflow = true;
            break;
        }
        value = value * 10 + d;
    }
    if (overflow || (negative && value != 0) || value < lo || value > hi)
        fail(e.line, e.key + " must be " + rangeText + ", got " + text);
    return value;
}

std::string Reader::text(const Entry& e) const {
    if (!e.value.IsScalar())
        fail(e.line, e.key + " must be text, got " + describe(e.value));
    return e.value.Scalar();
}

TokenAmount Reader::amount(const Entry& e) const {
    if (!e.value.IsScalar()) {
        fail(e.line, e.key + " must be an amount of FIL such as \"10\" or \"0.5\", got " +
                         describe(e.value));
    }
    try {
        return TokenAmount::parse(e.value.Scalar());
    } catch (const ParseError& error) {
        fail(e.line, e.key + ": " + error.what());
    }
}

}  // namespace ipc::devnet::strict_yaml
