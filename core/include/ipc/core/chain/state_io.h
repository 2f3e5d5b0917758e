// Building blocks of the engine's state codec: an RLP list writer and a reader that walks a
// decoded list field by field. Every decode error is a ParseError naming the field path
// ("state: subnet 2: gateway: checkpoints: ..."), so a damaged or foreign blob reads as one
// clear line instead of crashing or restoring something half-valid.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "ipc/core/encoding/rlp.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/core/primitives/u256.h"

namespace ipc::chain {

class StateWriter {
public:
    StateWriter& u64(std::uint64_t v);
    StateWriter& u256(const U256& v);
    StateWriter& bytes(ByteView b);
    StateWriter& boolean(bool v) { return u64(v ? 1 : 0); }
    StateWriter& text(const std::string& s);
    template <std::size_t N>
    StateWriter& fixed(const FixedBytes<N>& f) {
        return bytes(f.view());
    }
    StateWriter& address(const EthAddress& a) { return bytes(a.view()); }
    StateWriter& subnet(const SubnetId& id);
    // Appends `nested` as one list item.
    StateWriter& list(const StateWriter& nested);
    // Writes one list item in place: `fill(w)` writes its fields into this writer's own buffer,
    // so a deep state is never held as one copy per nesting level. Same bytes as filling a
    // separate writer and appending it with list(nested).
    template <class Fill>
    requires std::is_invocable_v<Fill&, StateWriter&> StateWriter& list(Fill&& fill) {
        encoder_.beginList();
        fill(*this);
        encoder_.endList();
        return *this;
    }

    // A list of `items`, each written by `put(w, item)`; StateReader::each reads it back.
    template <class Range, class Put>
    StateWriter& each(const Range& items, Put&& put) {
        return list([&](StateWriter& l) {
            for (const auto& item : items)
                put(l, item);
        });
    }
    // An optional value as a list of none or one item, written by `put(w, value)`;
    // StateReader::optional reads it back.
    template <class T, class Put>
    StateWriter& optional(const std::optional<T>& value, Put&& put) {
        return list([&](StateWriter& l) {
            if (value)
                put(l, *value);
        });
    }

    // Room for `bytes` of fields without reallocating.
    StateWriter& reserve(std::size_t bytes) {
        encoder_.reserve(bytes);
        return *this;
    }

    // The fields written so far, as one RLP list.
    Bytes encoded() const { return encoder_.list(); }
    // The same bytes after `headroom` zero bytes (for a caller's header), moved out rather than
    // copied; the writer is empty afterwards.
    Bytes take(std::size_t headroom = 0) { return encoder_.takeList(headroom); }

private:
    rlp::Encoder encoder_;
};

// Decodes a blob written by StateWriter::encoded()/take() for a StateReader. Throws ParseError
// naming `what`: "<what> is not valid RLP: ..." or "<what> is not a list".
rlp::Item decodeStateList(ByteView bytes, const std::string& what);

class StateReader {
public:
    // `item` must be a list; `path` names it in error messages.
    StateReader(const rlp::Item& item, std::string path);

    std::uint64_t u64(const char* field);
    U256 u256(const char* field);
    const Bytes& bytes(const char* field);
    bool boolean(const char* field);
    std::string text(const char* field);
    template <std::size_t N>
    FixedBytes<N> fixed(const char* field) {
        const Bytes& b = bytes(field);
        if (b.size() != N)
            fail(field,
                 "expected " + std::to_string(N) + " bytes, got " + std::to_string(b.size()));
        FixedBytes<N> out;
        std::copy(b.begin(), b.end(), out.bytes.begin());
        return out;
    }
    Hash32 hash(const char* field) { return fixed<32>(field); }
    EthAddress address(const char* field) { return EthAddress(fixed<20>(field)); }
    SubnetId subnet(const char* field);
    // An integer that must not exceed `max` (enums, small counters).
    std::uint64_t bounded(const char* field, std::uint64_t max);
    // The next field as a nested list.
    StateReader list(const char* field);

    // The next field as a list whose items `get(r)` reads one by one (StateWriter::each).
    template <class Get>
    auto each(const char* field, Get&& get) {
        StateReader l = list(field);
        std::vector<std::decay_t<std::invoke_result_t<Get&, StateReader&>>> out;
        while (!l.atEnd())
            out.push_back(get(l));
        return out;
    }
    // The next field as a list of none or one item, read by `get(r)` (StateWriter::optional).
    template <class Get>
    auto optional(const char* field, Get&& get) {
        StateReader l = list(field);
        std::optional<std::decay_t<std::invoke_result_t<Get&, StateReader&>>> out;
        if (!l.atEnd())
            out = get(l);
        l.finish();
        return out;
    }

    bool atEnd() const { return pos_ == items_->size(); }
    std::size_t remaining() const { return items_->size() - pos_; }
    // Throws unless every field was read: a longer list is a newer or a damaged format.
    void finish() const;
    const std::string& path() const { return path_; }
    [[noreturn]] void fail(const char* field, const std::string& problem) const;

private:
    const rlp::Item& next(const char* field);

    const std::vector<rlp::Item>* items_;
    std::size_t pos_ = 0;
    std::string path_;
};

}  // namespace ipc::chain
