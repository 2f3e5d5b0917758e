// Recursive Length Prefix encoding (Ethereum yellow paper, appendix B).
#pragma once

#include <cstdint>
#include <variant>
#include <vector>

#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::rlp {

// A decoded RLP item: a byte string or a list of items.
struct Item {
    bool isList = false;
    Bytes bytes;              // when !isList
    std::vector<Item> items;  // when isList

    static Item string(Bytes b) { return Item{false, std::move(b), {}}; }
    static Item list(std::vector<Item> l) { return Item{true, {}, std::move(l)}; }

    // Accessors throw ParseError with a clear message when the item is of the other kind or the
    // content is not canonical for the requested type (e.g. leading zeros in an integer).
    const Bytes& asBytes() const;
    const std::vector<Item>& asList() const;
    U256 asU256() const;
    std::uint64_t asUint64() const;
};

// Incremental encoder for building lists without an intermediate tree.
class Encoder {
public:
    Encoder& addBytes(ByteView b);
    Encoder& addU256(const U256& v);  // minimal big-endian, zero encodes as the empty string
    Encoder& addUint64(std::uint64_t v);
    Encoder& addRaw(ByteView encodedItem);  // an already-encoded item (e.g. a nested list)
    Encoder& addItem(const Item& item);
    // Appends `payload` (already-encoded items) wrapped as one list item.
    Encoder& addList(ByteView payload);

    // Opens a list item in place: what is added until the matching endList() are its items.
    // They are written straight into this encoder's buffer (no copy per nesting level); a
    // one-byte header is reserved and endList() widens it, with one move of the list's bytes,
    // only when the list turns out to be longer than 55 bytes. The bytes are exactly those of
    // building the nested list apart and adding it with addRaw().
    Encoder& beginList();
    Encoder& endList();
    std::size_t openLists() const { return open_.size(); }
    void reserve(std::size_t bytes) { payload_.reserve(bytes); }

    // The payload wrapped as a list. Throws std::logic_error while a list is open.
    Bytes list() const;
    // The same bytes as list(), preceded by `headroom` zero bytes (room for a caller's file
    // header), moved out of the encoder instead of copied; the encoder is empty afterwards.
    Bytes takeList(std::size_t headroom = 0);
    const Bytes& payload() const { return payload_; }

private:
    Bytes payload_;
    std::vector<std::size_t> open_;  // offsets of the reserved header byte of each open list
};

Bytes encode(const Item& item);
Bytes encodeBytes(ByteView b);
Bytes encodeList(const std::vector<Bytes>& encodedItems);

// Decodes exactly one item spanning all of `data`; throws ParseError on truncation, trailing
// bytes, non-canonical lengths, or nesting deeper than 64.
Item decode(ByteView data);

}  // namespace ipc::rlp
