// The stored form of a whole block: header, hash, the included transactions (raw signed bytes as
// clients sent them, plus the recovered sender, the hash and the system flag so reading a block
// back never recovers a signature), receipts with their logs, the commit, the system logs and the
// block interval. RLP throughout; decode(encode(b)) reproduces `b` field for field.
#pragma once

#include "ipc/core/chain/block.h"
#include "ipc/core/primitives/bytes.h"

namespace ipc::storage {

Bytes encodeBlock(const chain::Block& block);

// Throws ParseError (an ipc::Error) naming the problem when `blob` is not a block this codec
// wrote: truncated or non-canonical RLP, wrong field count, an unknown format version, a
// transaction that does not decode, a hash or address of the wrong length.
chain::Block decodeBlock(ByteView blob);

}  // namespace ipc::storage
