// libFuzzer target for the RLP decoder: any input either decodes or throws ipc::ParseError, and
// whatever decodes is canonical (re-encodes to exactly the input).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "ipc/core/encoding/rlp.h"
#include "ipc/core/primitives/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ipc::ByteView input(data, size);
    try {
        const ipc::rlp::Item item = ipc::rlp::decode(input);
        const ipc::Bytes again = ipc::rlp::encode(item);
        if (!std::equal(again.begin(), again.end(), input.begin(), input.end())) {
            std::abort();  // accepted a non-canonical encoding
        }
        if (!item.isList) {
            // The integer accessors must also fail only with ParseError.
            try {
                (void)item.asU256();
                (void)item.asUint64();
            } catch (const ipc::ParseError&) {
            }
        }
    } catch (const ipc::ParseError&) {
    }
    return 0;
}
