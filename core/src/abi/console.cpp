// Decoding Hardhat's console.log calls (console.sol's signatures) into printed lines.
#include "ipc/core/abi/console.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string_view>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/u256.h"
#include "json_value.h"

namespace ipc::abi {

namespace {

using Selector = FixedBytes<4>;

// Every console.sol signature (and the legacy uint/int spellings) by selector.
const std::map<Selector, Type>& signatures() {
    static const std::map<Selector, Type> table = [] {
        std::map<Selector, Type> t;
        auto add = [&t](const std::string& params) {
            const std::string text = "log(" + params + ")";
            t.emplace(selector(text), Type::parse("(" + params + ")"));
            // Hardhat also accepts the selectors of the `uint`/`int` spellings older console
            // libraries used; Type::parse reads the aliases as 256 bits.
            std::string legacy = text;
            for (std::size_t p = legacy.find("int256"); p != std::string::npos;
                 p = legacy.find("int256", p))
                legacy.erase(p + 3, 3);
            if (legacy != text)
                t.emplace(selector(legacy), Type::parse("(" + params + ")"));
        };
        add("");
        for (const char* single : {"int256", "bytes"})
            add(single);
        for (int n = 1; n <= 32; ++n)
            add("bytes" + std::to_string(n));
        const char* kinds[] = {"uint256", "string", "bool", "address"};
        for (int arity = 1; arity <= 4; ++arity) {
            int combos = 1;
            for (int i = 0; i < arity; ++i)
                combos *= 4;
            for (int c = 0; c < combos; ++c) {
                std::string params;
                int rest = c;
                for (int i = 0; i < arity; ++i) {
                    params += (i == 0 ? "" : ",") + std::string(kinds[rest % 4]);
                    rest /= 4;
                }
                add(params);
            }
        }
        return t;
    }();
    return table;
}

std::string signedDecimal(const U256& v) {
    if (v.limbs()[3] >> 63 == 0)
        return v.toDecimal();
    return "-" + (U256::max() - v + U256(1)).toDecimal();
}

std::string argText(const Type& type, const Value& value) {
    switch (type.kind()) {
        case Type::Kind::Uint:
            return value.asUint().toDecimal();
        case Type::Kind::Int:
            return signedDecimal(value.asUint());
        case Type::Kind::Bool:
            return value.asBool() ? "true" : "false";
        case Type::Kind::Address:
            return value.asAddress().hex();  // Hardhat prints addresses in lower case
        case Type::Kind::String:
            return value.asString();
        default:
            return toHex(value.asBytes());
    }
}

const char* kHexUpper = "0123456789ABCDEF";

// util.inspect of a string: single quotes unless the text has them, escapes for control bytes.
std::string inspectString(std::string_view s) {
    char quote = '\'';
    if (s.find('\'') != std::string_view::npos) {
        if (s.find('"') == std::string_view::npos)
            quote = '"';
        else if (s.find('`') == std::string_view::npos)
            quote = '`';
    }
    std::string out(1, quote);
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == quote || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\b') {
            out += "\\b";
        } else if (c == '\f') {
            out += "\\f";
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\x";
            out += kHexUpper[u >> 4];
            out += kHexUpper[u & 0xf];
        } else {
            out += c;
        }
    }
    return out + quote;
}

// A JavaScript number as Number.prototype.toString prints it.
std::string jsNumber(double d) {
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d < 0 ? "-Infinity" : "Infinity";
    if (d == 0)
        return std::signbit(d) ? "-0" : "0";
    char buf[64];
    const auto res =
        std::to_chars(buf, buf + sizeof buf, std::abs(d), std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
    const std::size_t e = sci.find('e');
    std::string digits;
    for (const char c : sci.substr(0, e))
        if (c != '.')
            digits += c;
    const int exp = std::atoi(std::string(sci.substr(e + 1)).c_str());
    const int k = static_cast<int>(digits.size());
    const int n = exp + 1;
    std::string out = d < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, static_cast<std::size_t>(n)) + "." +
               digits.substr(static_cast<std::size_t>(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += "." + digits.substr(1);
        out += "e";
        out += n - 1 >= 0 ? "+" : "-";
        out += std::to_string(std::abs(n - 1));
    }
    return out;
}

// parseFloat: the longest numeric prefix after white space, NaN when there is none.
double jsParseFloat(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
        ++i;
    std::size_t j = i;
    if (j < s.size() && (s[j] == '+' || s[j] == '-'))
        ++j;
    if (s.substr(j).starts_with("Infinity"))
        return s[i] == '-' ? -INFINITY : INFINITY;
    const std::size_t digitsStart = j;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9')
        ++j;
    bool any = j > digitsStart;
    if (j < s.size() && s[j] == '.') {
        std::size_t f = j + 1;
        while (f < s.size() && s[f] >= '0' && s[f] <= '9')
            ++f;
        any = any || f > j + 1;
        j = f;
    }
    if (!any)
        return NAN;
    if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
        std::size_t x = j + 1;
        if (x < s.size() && (s[x] == '+' || s[x] == '-'))
            ++x;
        const std::size_t expStart = x;
        while (x < s.size() && s[x] >= '0' && s[x] <= '9')
            ++x;
        if (x > expStart)
            j = x;
    }
    return std::strtod(std::string(s.substr(i, j - i)).c_str(), nullptr);
}

// Hardhat turns %d and %i into %s before formatting (numbers arrive as decimal text, which
// Number() could round): every %d/%i preceded by an even run of % (an escaped % before it).
std::string integerSpecifiersAsStrings(std::string s) {
    std::size_t run = 0;
    for (char& c : s) {
        if (c == '%') {
            ++run;
            continue;
        }
        if ((c == 'd' || c == 'i') && run % 2 == 1)
            c = 's';
        run = 0;
    }
    return s;
}

}  // namespace

std::string formatConsoleArgs(const std::vector<std::string>& args) {
    // Node's formatWithOptionsInternal, for arguments that are all strings.
    if (args.empty())
        return {};
    const std::string& first = args[0];
    if (args.size() == 1)
        return first;
    std::size_t a = 0;
    std::size_t lastPos = 0;
    std::string str;
    std::string join;
    for (std::size_t i = 0; i + 1 < first.size(); ++i) {
        if (first[i] != '%')
            continue;
        const char next = first[++i];
        if (a + 1 != args.size()) {
            std::string temp;
            switch (next) {
                case 's':
                case 'd':
                case 'i':
                    temp = args[++a];
                    break;
                case 'j':
                    temp = json::quote(args[++a]);
                    break;
                case 'o':
                case 'O':
                    temp = inspectString(args[++a]);
                    break;
                case 'f':
                    temp = jsNumber(jsParseFloat(args[++a]));
                    break;
                case 'c':
                    ++a;
                    break;
                case '%':
                    str += first.substr(lastPos, i - lastPos);
                    lastPos = i + 1;
                    continue;
                default:
                    continue;
            }
            if (lastPos != i - 1)
                str += first.substr(lastPos, i - 1 - lastPos);
            str += temp;
            lastPos = i + 1;
        } else if (next == '%') {
            str += first.substr(lastPos, i - lastPos);
            lastPos = i + 1;
        }
    }
    if (lastPos != 0) {
        ++a;
        join = " ";
        if (lastPos < first.size())
            str += first.substr(lastPos);
    }
    for (; a < args.size(); ++a) {
        str += join + args[a];
        join = " ";
    }
    return str;
}

std::string consoleLine(ByteView calldata) {
    if (calldata.size() >= 4) {
        const auto& table = signatures();
        const auto it = table.find(Selector::fromBytes(calldata.first(4)));
        if (it != table.end()) {
            try {
                const Value values = decode(it->second, calldata.subspan(4));
                std::vector<std::string> args;
                for (std::size_t i = 0; i < it->second.components().size(); ++i)
                    args.push_back(argText(it->second.components()[i], values.at(i)));
                if (!args.empty())
                    args[0] = integerSpecifiersAsStrings(std::move(args[0]));
                return formatConsoleArgs(args);
            } catch (const Error&) {
                // Not the encoding the signature promises: raw below.
            }
        }
    }
    return "console.log call not understood: " + toHex(calldata);
}

std::vector<std::string> consoleLines(const std::vector<Bytes>& calls) {
    std::vector<std::string> out;
    out.reserve(calls.size());
    for (const Bytes& c : calls)
        out.push_back(consoleLine(c));
    return out;
}

}  // namespace ipc::abi
