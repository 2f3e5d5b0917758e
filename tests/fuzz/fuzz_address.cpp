// libFuzzer target: every text parser for identifiers and amounts must either accept its input or
// throw ipc::ParseError, never crash or throw anything else; accepted text must format back to
// itself where the format is canonical.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/fvm_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/core/primitives/token_amount.h"

namespace {

void check(bool ok) {
    if (!ok) {
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto a = ipc::FvmAddress::parse(text);
        check(a.toString() == text);
        check(ipc::FvmAddress::fromBytes(a.toBytes()) == a);
    } catch (const ipc::ParseError&) {
    }
    try {
        const auto id = ipc::SubnetId::parse(text);
        check(ipc::SubnetId::parse(id.toString()) == id);
        (void)id.chainId();
    } catch (const ipc::ParseError&) {
    }
    try {
        const auto eth = ipc::EthAddress::parse(text);
        check(ipc::EthAddress::parse(eth.toChecksumHex()) == eth);
    } catch (const ipc::ParseError&) {
    }
    try {
        const auto amount = ipc::TokenAmount::parse(text);
        check(ipc::TokenAmount::parse(amount.format()) == amount);
    } catch (const ipc::ParseError&) {
    }
    try {
        (void)ipc::FvmAddress::fromBytes(
            ipc::ByteView(data, size));  // the same input as an address's byte form
    } catch (const ipc::ParseError&) {
    }
    return 0;
}
