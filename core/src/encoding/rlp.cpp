// Recursive Length Prefix encoding and decoding (Ethereum yellow paper, appendix B).
#include "ipc/core/encoding/rlp.h"

#include <stdexcept>
#include <string>

#include "ipc/core/primitives/error.h"

namespace ipc::rlp {

namespace {

// Lists nested deeper than this are rejected: a hostile input of a few kilobytes of 0xc1 bytes
// must not be able to exhaust the stack of the recursive decoder.
constexpr int kMaxDepth = 64;

constexpr std::uint8_t kShortString = 0x80;
constexpr std::uint8_t kLongString = 0xb7;
constexpr std::uint8_t kShortList = 0xc0;
constexpr std::uint8_t kLongList = 0xf7;
constexpr std::size_t kMaxShortLength = 55;

// Appends the header for a payload of `length` bytes; `shortBase` is 0x80 (string) or 0xc0 (list).
void appendHeader(Bytes& out, std::size_t length, std::uint8_t shortBase) {
    if (length <= kMaxShortLength) {
        out.push_back(static_cast<std::uint8_t>(shortBase + length));
        return;
    }
    const Bytes lengthBytes = U256(static_cast<std::uint64_t>(length)).toMinimalBigEndian();
    // A long form header byte is base + 55 + length-of-length (0xb8..0xbf, 0xf8..0xff).
    out.push_back(static_cast<std::uint8_t>(shortBase + kMaxShortLength + lengthBytes.size()));
    append(out, lengthBytes);
}

void appendString(Bytes& out, ByteView b) {
    if (b.size() == 1 && b[0] < kShortString) {
        out.push_back(b[0]);
        return;
    }
    appendHeader(out, b.size(), kShortString);
    append(out, b);
}

Bytes wrapList(ByteView payload) {
    Bytes out;
    out.reserve(payload.size() + 9);
    appendHeader(out, payload.size(), kShortList);
    append(out, payload);
    return out;
}

void appendItem(Bytes& out, const Item& item) {
    if (!item.isList) {
        appendString(out, item.bytes);
        return;
    }
    Bytes payload;
    for (const Item& child : item.items) {
        appendItem(payload, child);
    }
    appendHeader(out, payload.size(), kShortList);
    append(out, payload);
}

std::string offsetText(std::size_t pos) {
    return " at offset " + std::to_string(pos);
}

// Recursive descent over a byte buffer; `pos` only ever moves forward and never past `end`.
class Decoder {
public:
    explicit Decoder(ByteView data) : data_(data) {}

    Item decodeItem(std::size_t& pos, std::size_t end, int depth) {
        if (pos >= end) {
            throw ParseError("RLP: truncated input, expected an item" + offsetText(pos));
        }
        const std::size_t start = pos;
        const std::uint8_t prefix = data_[pos++];
        if (prefix < kShortString) {
            return Item::string(Bytes{prefix});
        }
        if (prefix <= kLongString) {
            const std::size_t length = prefix - kShortString;
            checkAvailable(pos, end, length, start);
            if (length == 1 && data_[pos] < kShortString) {
                throw ParseError("RLP: non-canonical single byte 0x" +
                                 toHex(data_.subspan(pos, 1), false) +
                                 " wrapped in a string header" + offsetText(start));
            }
            return takeString(pos, length);
        }
        if (prefix < kShortList) {
            const std::size_t length = readLongLength(pos, end, prefix - kLongString, start);
            return takeString(pos, length);
        }
        if (depth >= kMaxDepth) {
            throw ParseError("RLP: lists nested deeper than " + std::to_string(kMaxDepth) +
                             offsetText(start));
        }
        std::size_t length = 0;
        if (prefix <= kLongList) {
            length = prefix - kShortList;
            checkAvailable(pos, end, length, start);
        } else {
            length = readLongLength(pos, end, prefix - kLongList, start);
        }
        const std::size_t listEnd = pos + length;
        std::vector<Item> items;
        while (pos < listEnd) {
            items.push_back(decodeItem(pos, listEnd, depth + 1));
        }
        return Item::list(std::move(items));
    }

private:
    void checkAvailable(std::size_t pos, std::size_t end, std::size_t length,
                        std::size_t start) const {
        if (length > end - pos) {
            throw ParseError("RLP: item" + offsetText(start) + " declares " +
                             std::to_string(length) + " bytes but only " +
                             std::to_string(end - pos) + " remain");
        }
    }

    // Reads the big-endian length of a long-form item and checks it is canonical and in range.
    std::size_t readLongLength(std::size_t& pos, std::size_t end, std::size_t lengthOfLength,
                               std::size_t start) {
        checkAvailable(pos, end, lengthOfLength, start);
        if (data_[pos] == 0) {
            throw ParseError("RLP: length with leading zero bytes" + offsetText(start));
        }
        std::uint64_t length = 0;
        for (std::size_t i = 0; i < lengthOfLength; ++i) {
            length = (length << 8) | data_[pos++];
        }
        if (length <= kMaxShortLength) {
            throw ParseError("RLP: long form used for a length of " + std::to_string(length) +
                             " (must be at least 56)" + offsetText(start));
        }
        if (length > end - pos) {
            throw ParseError("RLP: item" + offsetText(start) + " declares " +
                             std::to_string(length) + " bytes but only " +
                             std::to_string(end - pos) + " remain");
        }
        return static_cast<std::size_t>(length);
    }

    Item takeString(std::size_t& pos, std::size_t length) {
        const ByteView body = data_.subspan(pos, length);
        pos += length;
        return Item::string(Bytes(body.begin(), body.end()));
    }

    ByteView data_;
};

// Checks an RLP integer (big-endian, no leading zeros) of at most `maxBytes` bytes.
const Bytes& checkedInteger(const Item& item, std::size_t maxBytes, const char* typeName) {
    const Bytes& b = item.asBytes();
    if (b.size() > maxBytes) {
        throw ParseError(std::string("RLP: integer of ") + std::to_string(b.size()) +
                         " bytes does not fit " + typeName);
    }
    if (!b.empty() && b[0] == 0) {
        throw ParseError("RLP: integer with leading zero bytes: " + toHex(b));
    }
    return b;
}

}  // namespace

const Bytes& Item::asBytes() const {
    if (isList) {
        throw ParseError("RLP: expected a byte string, got a list of " +
                         std::to_string(items.size()) + " items");
    }
    return bytes;
}

const std::vector<Item>& Item::asList() const {
    if (!isList) {
        throw ParseError("RLP: expected a list, got a byte string of " +
                         std::to_string(bytes.size()) + " bytes");
    }
    return items;
}

U256 Item::asU256() const {
    return U256::fromBigEndian(checkedInteger(*this, 32, "256 bits"));
}

std::uint64_t Item::asUint64() const {
    return U256::fromBigEndian(checkedInteger(*this, 8, "64 bits")).toUint64();
}

Encoder& Encoder::addBytes(ByteView b) {
    appendString(payload_, b);
    return *this;
}

Encoder& Encoder::addU256(const U256& v) {
    return addBytes(v.toMinimalBigEndian());
}

Encoder& Encoder::addUint64(std::uint64_t v) {
    return addU256(U256(v));
}

Encoder& Encoder::addRaw(ByteView encodedItem) {
    append(payload_, encodedItem);
    return *this;
}

Encoder& Encoder::addItem(const Item& item) {
    appendItem(payload_, item);
    return *this;
}

Encoder& Encoder::addList(ByteView payload) {
    appendHeader(payload_, payload.size(), kShortList);
    append(payload_, payload);
    return *this;
}

Encoder& Encoder::beginList() {
    open_.push_back(payload_.size());
    payload_.push_back(kShortList);  // the short header of an empty list, fixed by endList()
    return *this;
}

Encoder& Encoder::endList() {
    if (open_.empty())
        throw std::logic_error("RLP encoder: endList() without a matching beginList()");
    const std::size_t start = open_.back();
    open_.pop_back();
    const std::size_t length = payload_.size() - start - 1;
    if (length <= kMaxShortLength) {
        payload_[start] = static_cast<std::uint8_t>(kShortList + length);
        return *this;
    }
    Bytes header;
    appendHeader(header, length, kShortList);
    // One more byte per length byte: shift the list's items up once, then write the header.
    payload_.insert(payload_.begin() + static_cast<std::ptrdiff_t>(start + 1), header.size() - 1,
                    std::uint8_t{0});
    std::copy(header.begin(), header.end(), payload_.begin() + static_cast<std::ptrdiff_t>(start));
    return *this;
}

Bytes Encoder::list() const {
    if (!open_.empty())
        throw std::logic_error("RLP encoder: list() while a nested list is still open");
    return wrapList(payload_);
}

Bytes Encoder::takeList(std::size_t headroom) {
    if (!open_.empty())
        throw std::logic_error("RLP encoder: takeList() while a nested list is still open");
    Bytes header(headroom, std::uint8_t{0});
    appendHeader(header, payload_.size(), kShortList);
    Bytes out;
    if (payload_.capacity() - payload_.size() >= header.size()) {
        // Room to spare: shift in place rather than hold a second copy of a large payload.
        out = std::move(payload_);
        out.insert(out.begin(), header.begin(), header.end());
    } else {
        out.reserve(header.size() + payload_.size());
        append(out, header);
        append(out, payload_);
    }
    payload_ = Bytes();
    return out;
}

Bytes encode(const Item& item) {
    Bytes out;
    appendItem(out, item);
    return out;
}

Bytes encodeBytes(ByteView b) {
    Bytes out;
    out.reserve(b.size() + 9);
    appendString(out, b);
    return out;
}

Bytes encodeList(const std::vector<Bytes>& encodedItems) {
    Bytes payload;
    for (const Bytes& item : encodedItems) {
        append(payload, item);
    }
    return wrapList(payload);
}

Item decode(ByteView data) {
    Decoder decoder(data);
    std::size_t pos = 0;
    Item item = decoder.decodeItem(pos, data.size(), 0);
    if (pos != data.size()) {
        throw ParseError("RLP: " + std::to_string(data.size() - pos) +
                         " trailing bytes after the item" + offsetText(pos));
    }
    return item;
}

}  // namespace ipc::rlp
