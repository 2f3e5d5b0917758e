// The engine state codec's RLP list writer and field-by-field reader with precise error paths.
#include "ipc/core/chain/state_io.h"

#include <stdexcept>

#include "ipc/core/primitives/error.h"

namespace ipc::chain {

StateWriter& StateWriter::u64(std::uint64_t v) {
    encoder_.addUint64(v);
    return *this;
}

StateWriter& StateWriter::u256(const U256& v) {
    encoder_.addU256(v);
    return *this;
}

StateWriter& StateWriter::bytes(ByteView b) {
    encoder_.addBytes(b);
    return *this;
}

StateWriter& StateWriter::text(const std::string& s) {
    return bytes(asBytes(s));
}

StateWriter& StateWriter::subnet(const SubnetId& id) {
    return list([&](StateWriter& w) {
        w.u64(id.root()).u64(static_cast<std::uint64_t>(id.network()));
        for (const auto& a : id.route())
            w.address(a);
    });
}

StateWriter& StateWriter::list(const StateWriter& nested) {
    if (nested.encoder_.openLists() != 0)
        throw std::logic_error("state writer: a nested list is still open");
    encoder_.addList(nested.encoder_.payload());
    return *this;
}

rlp::Item decodeStateList(ByteView bytes, const std::string& what) {
    rlp::Item item;
    try {
        item = rlp::decode(bytes);
    } catch (const ParseError& e) {
        throw ParseError(what + " is not valid RLP: " + e.what());
    }
    if (!item.isList)
        throw ParseError(what + " is not a list");
    return item;
}

StateReader::StateReader(const rlp::Item& item, std::string path) : path_(std::move(path)) {
    if (!item.isList)
        throw ParseError("state: " + path_ + ": expected a list, found a byte string");
    items_ = &item.items;
}

void StateReader::fail(const char* field, const std::string& problem) const {
    throw ParseError("state: " + path_ + ": " + field + ": " + problem);
}

const rlp::Item& StateReader::next(const char* field) {
    if (pos_ >= items_->size())
        fail(field, "missing (the state is truncated)");
    return (*items_)[pos_++];
}

std::uint64_t StateReader::u64(const char* field) {
    const rlp::Item& it = next(field);
    try {
        return it.asUint64();
    } catch (const ParseError& e) {
        fail(field, e.what());
    }
}

U256 StateReader::u256(const char* field) {
    const rlp::Item& it = next(field);
    try {
        return it.asU256();
    } catch (const ParseError& e) {
        fail(field, e.what());
    }
}

const Bytes& StateReader::bytes(const char* field) {
    const rlp::Item& it = next(field);
    if (it.isList)
        fail(field, "expected a byte string, found a list");
    return it.bytes;
}

bool StateReader::boolean(const char* field) {
    return bounded(field, 1) == 1;
}

std::string StateReader::text(const char* field) {
    const Bytes& b = bytes(field);
    return std::string(b.begin(), b.end());
}

std::uint64_t StateReader::bounded(const char* field, std::uint64_t max) {
    const std::uint64_t v = u64(field);
    if (v > max)
        fail(field, std::to_string(v) + " is out of range (at most " + std::to_string(max) + ")");
    return v;
}

SubnetId StateReader::subnet(const char* field) {
    StateReader r = list(field);
    const std::uint64_t root = r.u64("root");
    const auto network = static_cast<Network>(r.bounded("network", 1));
    std::vector<EthAddress> route;
    while (!r.atEnd())
        route.push_back(r.address("route"));
    try {
        return SubnetId(root, std::move(route), network);
    } catch (const Error& e) {
        fail(field, e.what());
    }
}

StateReader StateReader::list(const char* field) {
    const rlp::Item& it = next(field);
    if (!it.isList)
        fail(field, "expected a list, found a byte string");
    return StateReader(it, path_ + ": " + field);
}

void StateReader::finish() const {
    if (pos_ != items_->size()) {
        throw ParseError("state: " + path_ + ": " + std::to_string(items_->size() - pos_) +
                         " unexpected trailing field(s)");
    }
}

}  // namespace ipc::chain
