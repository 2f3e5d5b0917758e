// libFuzzer target for the ABI decoder and the type parser. The first input byte picks what to
// fuzz: one of IPC's struct types (the rest is ABI data) or Type::parse (the rest is type text).
// Only ipc::ParseError may escape; what decodes must survive an encode/decode round trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/primitives/error.h"

namespace {

const std::vector<ipc::abi::Type>& fuzzTypes() {
    static const std::vector<ipc::abi::Type> types = [] {
        std::vector<ipc::abi::Type> out;
        for (const char* text : {
                 "(uint64,address[])",                  // SubnetID
                 "((uint64,address[]),(uint8,bytes))",  // fund(SubnetID,FvmAddress)
                 "(uint64,uint128,bytes)",              // delegated FvmAddress payload
                 "(bytes,bool,uint256[])",
                 "(uint256[][],string[])",
                 "(int8,int256,bytes3[2],(bool,string)[],address[2][])",
                 // BottomUpCheckpoint
                 ("((uint64,address[]),uint256,bytes32,uint64,(uint8,uint64,uint64,uint256,"
                  "((uint64,address[]),(uint8,bytes)),((uint64,address[]),(uint8,bytes)),bytes)[],"
                  "(((uint64,uint64),bytes32)))"),
             }) {
            out.push_back(ipc::abi::Type::parse(text));
        }
        return out;
    }();
    return types;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const auto& types = fuzzTypes();
    const std::size_t pick = data[0] % (types.size() + 1);
    const ipc::ByteView rest(data + 1, size - 1);
    try {
        if (pick == types.size()) {
            const std::string_view text(reinterpret_cast<const char*>(rest.data()), rest.size());
            const ipc::abi::Type type = ipc::abi::Type::parse(text);
            if (ipc::abi::Type::parse(type.canonical()) != type)
                std::abort();
            return 0;
        }
        const ipc::abi::Type& type = types[pick];
        const ipc::abi::Value value = ipc::abi::decode(type, rest);
        const ipc::Bytes canonical = ipc::abi::encode(type, value);
        if (ipc::abi::decode(type, canonical) != value)
            std::abort();
        (void)ipc::abi::decodeSingle(type, rest);
    } catch (const ipc::ParseError&) {
    }
    return 0;
}
