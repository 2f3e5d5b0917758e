// A small strict JSON reader and string quoter for ABI artifacts and console text.
#include "json_value.h"

#include "ipc/core/primitives/error.h"

namespace ipc::abi::json {

namespace {

constexpr int kMaxDepth = 128;

class Reader {
public:
    explicit Reader(std::string_view text) : s_(text) {}

    Value document() {
        Value v = value(0);
        skipSpace();
        if (pos_ != s_.size())
            fail("text after the JSON value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw ParseError("invalid JSON: " + what + " at byte " + std::to_string(pos_));
    }
    void skipSpace() {
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }
    bool consume(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word)
            return false;
        pos_ += word.size();
        return true;
    }
    char peek() {
        skipSpace();
        if (pos_ >= s_.size())
            fail("unexpected end");
        return s_[pos_];
    }

    Value value(int depth) {
        if (depth > kMaxDepth)
            fail("nesting deeper than " + std::to_string(kMaxDepth));
        Value v;
        const char c = peek();
        if (c == '{') {
            v.kind = Value::Kind::Object;
            ++pos_;
            if (peek() == '}') {
                ++pos_;
                return v;
            }
            while (true) {
                if (peek() != '"')
                    fail("expected a member name");
                std::string key = string();
                if (peek() != ':')
                    fail("expected ':'");
                ++pos_;
                v.members.push_back(Value::Member{std::move(key), value(depth + 1)});
                const char next = peek();
                ++pos_;
                if (next == '}')
                    return v;
                if (next != ',')
                    fail("expected ',' or '}'");
            }
        }
        if (c == '[') {
            v.kind = Value::Kind::Array;
            ++pos_;
            if (peek() == ']') {
                ++pos_;
                return v;
            }
            while (true) {
                v.items.push_back(value(depth + 1));
                const char next = peek();
                ++pos_;
                if (next == ']')
                    return v;
                if (next != ',')
                    fail("expected ',' or ']'");
            }
        }
        if (c == '"') {
            v.kind = Value::Kind::String;
            v.text = string();
            return v;
        }
        if (consume("true")) {
            v.kind = Value::Kind::Bool;
            v.boolean = true;
            return v;
        }
        if (consume("false")) {
            v.kind = Value::Kind::Bool;
            return v;
        }
        if (consume("null"))
            return v;
        if (c == '-' || (c >= '0' && c <= '9')) {
            v.kind = Value::Kind::Number;
            const std::size_t start = pos_;
            auto digits = [this] {
                const std::size_t from = pos_;
                while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9')
                    ++pos_;
                if (pos_ == from)
                    fail("expected a digit");
            };
            if (s_[pos_] == '-')
                ++pos_;
            digits();
            if (pos_ < s_.size() && s_[pos_] == '.') {
                ++pos_;
                digits();
            }
            if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
                ++pos_;
                if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-'))
                    ++pos_;
                digits();
            }
            v.text = std::string(s_.substr(start, pos_ - start));
            return v;
        }
        fail(std::string("unexpected character '") + c + "'");
    }

    unsigned hex4() {
        if (pos_ + 4 > s_.size())
            fail("truncated \\u escape");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = s_[pos_++];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= static_cast<unsigned>(h - 'A' + 10);
            else
                fail("bad \\u escape");
        }
        return v;
    }

    static void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xc0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xe0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else {
            out += static_cast<char>(0xf0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        }
    }

    std::string string() {
        ++pos_;  // the opening quote
        std::string out;
        while (true) {
            if (pos_ >= s_.size())
                fail("unterminated string");
            const char c = s_[pos_++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= s_.size())
                fail("unterminated string");
            const char e = s_[pos_++];
            switch (e) {
                case '"':
                case '\\':
                case '/':
                    out += e;
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xd800 && cp < 0xdc00 && s_.substr(pos_, 2) == "\\u") {
                        pos_ += 2;
                        const unsigned low = hex4();
                        if (low < 0xdc00 || low >= 0xe000)
                            fail("bad surrogate pair");
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    }
                    utf8(out, cp);
                    break;
                }
                default:
                    fail("bad escape");
            }
        }
    }

    std::string_view s_;
    std::size_t pos_ = 0;
};

}  // namespace

const Value* Value::find(std::string_view key) const {
    for (const auto& [k, v] : members)
        if (k == key)
            return &v;
    return nullptr;
}

Value parse(std::string_view text) {
    return Reader(text).document();
}

std::string quote(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (u < 0x20) {
                    out += "\\u00";
                    out += "0123456789abcdef"[u >> 4];
                    out += "0123456789abcdef"[u & 0xf];
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

}  // namespace ipc::abi::json
