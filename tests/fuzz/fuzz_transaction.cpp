// libFuzzer target for chain::decode(): arbitrary bytes either fail with ParseError or decode to
// a transaction that re-encodes to exactly the input (decode is the strict inverse of encode).
// Seed corpus: the `raw=` values of tests/fixtures/transactions.txt.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ipc::ByteView input(data, size);
    ipc::chain::SignedTransaction stx;
    try {
        stx = ipc::chain::decode(input);
    } catch (const ipc::ParseError&) {
        return 0;
    }
    const ipc::Bytes again = ipc::chain::encode(stx);
    if (!std::equal(again.begin(), again.end(), input.begin(), input.end())) {
        __builtin_trap();
    }
    // Recovery must cope with any signature that passed decoding (nullopt, never a crash).
    (void)ipc::chain::sender(stx);
    return 0;
}
