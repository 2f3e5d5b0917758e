// State codec of IPC's value types, shared by the contracts' own codecs (gateway, subnet actor)
// and by the devnet's, which keeps envelopes and subnet parameters in its traces and topology.
#pragma once

#include "ipc/core/chain/state_io.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/ipc/subnet_actor.h"
#include "ipc/core/ipc/types.h"

namespace ipc::protocol {

void encodeEnvelope(chain::StateWriter& w, const Envelope& e);
Envelope decodeEnvelope(chain::StateReader& r, const char* field);
void encodeSubnetParams(chain::StateWriter& w, const SubnetParams& p);
SubnetParams decodeSubnetParams(chain::StateReader& r, const char* field);
// r, s and the recovery id as three fields (a checkpoint's or a pending signature).
void encodeSignature(chain::StateWriter& w, const crypto::Signature& s);
crypto::Signature decodeSignature(chain::StateReader& r);
void encodeFailure(chain::StateWriter& w, const std::optional<XnetFailure>& f);
std::optional<XnetFailure> decodeFailure(chain::StateReader& r, const char* field);
// One checkpoint record exactly as the gateway's state keeps it, for stores that keep old ones.
Bytes encodeCheckpointRecord(const CheckpointRecord& rec);
// Throws ParseError naming the field.
CheckpointRecord decodeCheckpointRecord(ByteView bytes);

}  // namespace ipc::protocol
