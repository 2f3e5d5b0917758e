// IPC's cross-net types in their Solidity ABI form: SubnetID, FvmAddress (delegated payload),
// IPCAddress, envelopes, bottom-up checkpoints, Result messages, tracing ids and the hashes
// validators sign.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/types.h"
#include "ipc/core/primitives/error.h"
#include "support/test_values.h"

using namespace ipc;
using namespace ipc::protocol;

namespace {

using ipc::testing_support::addr;

const ipc::abi::Type& typeOf(const char* text) {
    // A deque keeps earlier references valid when a new type is added.
    static std::deque<std::pair<std::string, ipc::abi::Type>> cache;
    for (const auto& [t, parsed] : cache) {
        if (t == text)
            return parsed;
    }
    cache.emplace_back(text, ipc::abi::Type::parse(text));
    return cache.back().second;
}

Hash32 word(std::uint64_t v) {
    Hash32 w;
    for (int i = 0; i < 8; ++i)
        w.bytes[31 - i] = static_cast<std::uint8_t>(v >> (8 * i));
    return w;
}

Hash32 wordAt(const Bytes& data, std::size_t index) {
    return Hash32::fromBytes(ByteView(data).subspan(index * 32, 32));
}

const SubnetId kRoot(314159);
const SubnetId kChild(314159, {addr(0xaa, 0x11)});
const SubnetId kGrandchild(314159, {addr(0xaa, 0x11), addr(0xbb, 0x22)});

Envelope sampleEnvelope() {
    Envelope e;
    e.kind = MsgKind::Call;
    e.localNonce = 7;
    e.originalNonce = 3;
    e.value = U256::parse("1000000000000000001");
    e.to = IpcAddress{kGrandchild, addr(0x01)};
    e.from = IpcAddress{kRoot, addr(0x02, 0xff)};
    e.message = Bytes{0xde, 0xad, 0xbe, 0xef};
    return e;
}

BottomUpCheckpoint sampleCheckpoint() {
    BottomUpCheckpoint c;
    c.subnet = kChild;
    c.blockHeight = 120;
    c.blockHash = keccak256(std::string_view("block 120"));
    c.nextConfigurationNumber = 4;
    c.msgs.push_back(sampleEnvelope());
    Envelope transfer;
    transfer.kind = MsgKind::Transfer;
    transfer.localNonce = 8;
    transfer.originalNonce = 8;
    transfer.value = U256(5);
    transfer.to = IpcAddress{kRoot, addr(0x03)};
    transfer.from = IpcAddress{kChild, addr(0x04)};
    c.msgs.push_back(transfer);
    c.activity.totalActiveValidators = 3;
    c.activity.totalNumBlocksCommitted = 120;
    c.activity.dataRootCommitment = keccak256(std::string_view("activity"));
    return c;
}

}  // namespace

TEST(IpcTypesTest, EnumNames) {
    EXPECT_STREQ(toString(MsgKind::Transfer), "Transfer");
    EXPECT_STREQ(toString(MsgKind::Result), "Result");
    EXPECT_STREQ(toString(Outcome::SystemErr), "SystemErr");
    EXPECT_STREQ(toString(XnetFailure::Nonce), "Nonce");
    EXPECT_STREQ(toString(XnetFailure::IncompatibleSupplySource), "IncompatibleSupplySource");
}

TEST(IpcTypesTest, AbiTypeTextsAreCanonical) {
    for (const char* t : {abi_types::kSubnetId, abi_types::kFvmAddress, abi_types::kIpcAddress,
                          abi_types::kEnvelope, abi_types::kCheckpoint, abi_types::kParentFinality,
                          abi_types::kSubnet, abi_types::kMembership, abi_types::kResultMsg}) {
        EXPECT_EQ(ipc::abi::Type::parse(t).canonical(), t);
    }
    EXPECT_STREQ(abi_types::kEnvelope,
                 "(uint8,uint64,uint64,uint256,((uint64,address[]),(uint8,bytes)),"
                 "((uint64,address[]),(uint8,bytes)),bytes)");
    EXPECT_STREQ(abi_types::kCheckpoint,
                 "((uint64,address[]),uint256,bytes32,uint64,(uint8,uint64,uint64,uint256,"
                 "((uint64,address[]),(uint8,bytes)),((uint64,address[]),(uint8,bytes)),bytes)[],"
                 "(((uint64,uint64),bytes32)))");
    // The activity rollup is static: three words.
    EXPECT_FALSE(ipc::abi::Type::parse("(((uint64,uint64),bytes32))").isDynamic());
    EXPECT_EQ(ipc::abi::Type::parse("(((uint64,uint64),bytes32))").headSize(), 96u);
}

TEST(IpcTypesTest, SubnetIdAbiLayoutAndRoundTrip) {
    const Bytes enc = ipc::abi::encodeSingle(typeOf(abi_types::kSubnetId), toAbi(kChild));
    // abi.encode(SubnetID{314159, [a]}): offset, root, offset of route, length, address.
    ASSERT_EQ(enc.size(), 5u * 32);
    EXPECT_EQ(wordAt(enc, 0), word(0x20));
    EXPECT_EQ(wordAt(enc, 1), word(314159));
    EXPECT_EQ(wordAt(enc, 2), word(0x40));
    EXPECT_EQ(wordAt(enc, 3), word(1));
    EXPECT_EQ(EthAddress::fromWord(wordAt(enc, 4)), addr(0xaa, 0x11));
    EXPECT_EQ(subnetKey(kChild), keccak256(enc));
    EXPECT_NE(subnetKey(kChild), subnetKey(kGrandchild));

    for (const SubnetId& id : {kRoot, kChild, kGrandchild}) {
        const Bytes e = ipc::abi::encodeSingle(typeOf(abi_types::kSubnetId), toAbi(id));
        EXPECT_EQ(subnetIdFromAbi(ipc::abi::decodeSingle(typeOf(abi_types::kSubnetId), e)), id);
    }
}

TEST(IpcTypesTest, SubnetIdDeeperThanTenIsRejected) {
    std::vector<ipc::abi::Value> route;
    for (std::uint8_t i = 0; i < 11; ++i)
        route.push_back(ipc::abi::Value::address(addr(i + 1)));
    const ipc::abi::Value v = ipc::abi::Value::tuple(
        {ipc::abi::Value::uint(1), ipc::abi::Value::array(std::move(route))});
    EXPECT_THROW(subnetIdFromAbi(v), ParseError);
}

TEST(IpcTypesTest, DelegatedFvmAddressPayloadIsAbiEncodedDelegatedAddressStruct) {
    const EthAddress a = EthAddress::parse("0x2e714a3c385ea88a09998ed74db265dae9853667");
    const ipc::abi::Value fvm = toAbiFvm(a);
    EXPECT_EQ(fvm.at(0).asUint64(), 4u);  // delegated
    const Bytes& payload = fvm.at(1).asBytes();
    // abi.encode(DelegatedAddress{namespace: 10, length: 20, buffer: addr}): one struct with a
    // dynamic member, so the offset word 0x20 comes first (IPC's FvmAddressHelper.from).
    ASSERT_EQ(payload.size(), 6u * 32);
    EXPECT_EQ(wordAt(payload, 0), word(0x20));
    EXPECT_EQ(wordAt(payload, 1), word(10));
    EXPECT_EQ(wordAt(payload, 2), word(20));
    EXPECT_EQ(wordAt(payload, 3), word(0x60));
    EXPECT_EQ(wordAt(payload, 4), word(20));
    EXPECT_TRUE(std::equal(a.view().begin(), a.view().end(), payload.begin() + 160));
    for (std::size_t i = 180; i < 192; ++i)
        EXPECT_EQ(payload[i], 0) << i;
    EXPECT_EQ(payload,
              ipc::abi::encodeSingle(
                  ipc::abi::Type::parse("(uint64,uint128,bytes)"),
                  ipc::abi::Value::tuple({ipc::abi::Value::uint(10), ipc::abi::Value::uint(20),
                                          ipc::abi::Value::bytes(a.bytes().toBytes())})));
    EXPECT_EQ(ethFromFvmAbi(fvm), a);
    // Through its own ABI encoding too.
    const Bytes enc = ipc::abi::encodeSingle(typeOf(abi_types::kFvmAddress), fvm);
    EXPECT_EQ(ethFromFvmAbi(ipc::abi::decodeSingle(typeOf(abi_types::kFvmAddress), enc)), a);
}

TEST(IpcTypesTest, NonEthereumFvmAddressesAreRejected) {
    const EthAddress a = addr(0x42);
    auto fvm = [&](std::uint64_t type, std::uint64_t ns, std::uint64_t len, Bytes buf) {
        const Bytes payload = ipc::abi::encodeSingle(
            ipc::abi::Type::parse("(uint64,uint128,bytes)"),
            ipc::abi::Value::tuple({ipc::abi::Value::uint(ns), ipc::abi::Value::uint(len),
                                    ipc::abi::Value::bytes(std::move(buf))}));
        return ipc::abi::Value::tuple(
            {ipc::abi::Value::uint(type), ipc::abi::Value::bytes(payload)});
    };
    EXPECT_EQ(ethFromFvmAbi(fvm(4, 10, 20, a.bytes().toBytes())), a);
    EXPECT_THROW(ethFromFvmAbi(fvm(1, 10, 20, a.bytes().toBytes())), ParseError);  // secp256k1
    EXPECT_THROW(ethFromFvmAbi(fvm(4, 11, 20, a.bytes().toBytes())), ParseError);  // namespace
    EXPECT_THROW(ethFromFvmAbi(fvm(4, 10, 19, a.bytes().toBytes())), ParseError);  // length
    EXPECT_THROW(ethFromFvmAbi(fvm(4, 10, 19, Bytes(19, 1))), ParseError);         // 19 bytes
    EXPECT_THROW(ethFromFvmAbi(ipc::abi::Value::tuple(
                     {ipc::abi::Value::uint(4), ipc::abi::Value::bytes({1})})),
                 ParseError);  // payload is not an ABI encoding
    // The three fields as a parameter list, without the struct's offset word (160 bytes).
    const Bytes headless = ipc::abi::encode(
        ipc::abi::Type::parse("(uint64,uint128,bytes)"),
        ipc::abi::Value::tuple({ipc::abi::Value::uint(10), ipc::abi::Value::uint(20),
                                ipc::abi::Value::bytes(a.bytes().toBytes())}));
    EXPECT_THROW(ethFromFvmAbi(ipc::abi::Value::tuple(
                     {ipc::abi::Value::uint(4), ipc::abi::Value::bytes(headless)})),
                 ParseError);
}

TEST(IpcTypesTest, IpcAddressRoundTrip) {
    const IpcAddress a{kGrandchild, addr(0x77, 0x01)};
    const Bytes enc = ipc::abi::encodeSingle(typeOf(abi_types::kIpcAddress), toAbi(a));
    const IpcAddress back =
        ipcAddressFromAbi(ipc::abi::decodeSingle(typeOf(abi_types::kIpcAddress), enc));
    EXPECT_EQ(back, a);
    EXPECT_EQ(back.subnet.route().size(), 2u);
}

TEST(IpcTypesTest, EnvelopeAbiLayoutAndRoundTrip) {
    const Envelope e = sampleEnvelope();
    const Bytes enc = ipc::abi::encodeSingle(typeOf(abi_types::kEnvelope), toAbi(e));
    // A dynamic struct: offset 0x20, then kind, localNonce, originalNonce, value in field order.
    EXPECT_EQ(wordAt(enc, 0), word(0x20));
    EXPECT_EQ(wordAt(enc, 1), word(1));
    EXPECT_EQ(wordAt(enc, 2), word(7));
    EXPECT_EQ(wordAt(enc, 3), word(3));
    EXPECT_EQ(wordAt(enc, 4), Hash32(U256::parse("1000000000000000001").toBigEndian()));
    EXPECT_EQ(wordAt(enc, 5), word(7 * 32));  // `to` follows the seven head words
    const Envelope back =
        envelopeFromAbi(ipc::abi::decodeSingle(typeOf(abi_types::kEnvelope), enc));
    EXPECT_EQ(back, e);

    for (MsgKind k : {MsgKind::Transfer, MsgKind::Call, MsgKind::Result}) {
        Envelope x = e;
        x.kind = k;
        x.message.clear();
        EXPECT_EQ(envelopeFromAbi(toAbi(x)), x);
    }
}

TEST(IpcTypesTest, EnvelopeWithUnknownKindIsRejected) {
    ipc::abi::Value v = toAbi(sampleEnvelope());
    std::vector<ipc::abi::Value> fields = v.asList();
    fields[0] = ipc::abi::Value::uint(3);
    EXPECT_THROW(envelopeFromAbi(ipc::abi::Value::tuple(fields)), ParseError);
}

TEST(IpcTypesTest, TracingIdIgnoresLocalNonceOnly) {
    const Envelope e = sampleEnvelope();
    const Hash32 id = tracingId(e);
    Envelope hop = e;
    hop.localNonce = 99;  // re-stamped at each hop
    EXPECT_EQ(tracingId(hop), id);
    Envelope other = e;
    other.originalNonce = 4;
    EXPECT_NE(tracingId(other), id);
    other = e;
    other.value += U256(1);
    EXPECT_NE(tracingId(other), id);
    other = e;
    other.kind = MsgKind::Transfer;
    EXPECT_NE(tracingId(other), id);
    other = e;
    other.message.push_back(0);
    EXPECT_NE(tracingId(other), id);
    other = e;
    std::swap(other.to, other.from);
    EXPECT_NE(tracingId(other), id);
    // keccak256(abi.encode(kind, to, from, value, message, originalNonce))
    const Bytes enc = ipc::abi::encode(
        ipc::abi::Type::parse("(uint8," + std::string(abi_types::kIpcAddress) + "," +
                              abi_types::kIpcAddress + ",uint256,bytes,uint64)"),
        ipc::abi::Value::tuple({ipc::abi::Value::uint(1), toAbi(e.to), toAbi(e.from),
                                ipc::abi::Value::uint(e.value), ipc::abi::Value::bytes(e.message),
                                ipc::abi::Value::uint(3)}));
    EXPECT_EQ(wordAt(enc, 0), word(1));
    EXPECT_EQ(wordAt(enc, 5), word(3));  // originalNonce is the last static head word
    EXPECT_EQ(id, keccak256(enc));
}

TEST(IpcTypesTest, CheckpointRoundTripAndHash) {
    const BottomUpCheckpoint c = sampleCheckpoint();
    const Bytes enc = ipc::abi::encodeSingle(typeOf(abi_types::kCheckpoint), toAbi(c));
    EXPECT_EQ(wordAt(enc, 0), word(0x20));  // dynamic struct behind an offset
    EXPECT_EQ(wordAt(enc, 2), word(120));   // blockHeight after the subnet's offset
    EXPECT_EQ(wordAt(enc, 3), c.blockHash);
    EXPECT_EQ(wordAt(enc, 4), word(4));
    // The activity rollup sits inline in the head as three words.
    EXPECT_EQ(wordAt(enc, 6), word(3));
    EXPECT_EQ(wordAt(enc, 7), word(120));
    EXPECT_EQ(wordAt(enc, 8), c.activity.dataRootCommitment);
    const BottomUpCheckpoint back =
        checkpointFromAbi(ipc::abi::decodeSingle(typeOf(abi_types::kCheckpoint), enc));
    EXPECT_EQ(back, c);
    EXPECT_EQ(checkpointHash(c), keccak256(enc));

    BottomUpCheckpoint changed = c;
    changed.activity.totalNumBlocksCommitted += 1;
    EXPECT_NE(checkpointHash(changed), checkpointHash(c));
    changed = c;
    changed.msgs.pop_back();
    EXPECT_NE(checkpointHash(changed), checkpointHash(c));

    BottomUpCheckpoint empty;
    empty.subnet = kChild;
    empty.blockHeight = 10;
    EXPECT_EQ(checkpointFromAbi(toAbi(empty)), empty);
}

TEST(IpcTypesTest, ParentFinalityIsStatic) {
    const ParentFinality f{42, keccak256(std::string_view("parent block"))};
    const Bytes enc = ipc::abi::encodeSingle(typeOf(abi_types::kParentFinality), toAbi(f));
    ASSERT_EQ(enc.size(), 64u);
    EXPECT_EQ(wordAt(enc, 0), word(42));
    EXPECT_EQ(wordAt(enc, 1), f.blockHash);
}

TEST(IpcTypesTest, ResultMsgRoundTrip) {
    ResultMsg r;
    r.id = tracingId(sampleEnvelope());
    r.outcome = Outcome::SystemErr;
    r.ret = Bytes{static_cast<std::uint8_t>(XnetFailure::Nonce)};
    const Bytes enc = encodeResultMsg(r);
    EXPECT_EQ(wordAt(enc, 0), word(0x20));
    EXPECT_EQ(wordAt(enc, 1), r.id);
    EXPECT_EQ(wordAt(enc, 2), word(1));
    const ResultMsg back = decodeResultMsg(enc);
    EXPECT_EQ(back.id, r.id);
    EXPECT_EQ(back.outcome, Outcome::SystemErr);
    EXPECT_EQ(back.ret, r.ret);

    ResultMsg ok{r.id, Outcome::Ok, {}};
    EXPECT_EQ(decodeResultMsg(encodeResultMsg(ok)).outcome, Outcome::Ok);
    EXPECT_TRUE(decodeResultMsg(encodeResultMsg(ok)).ret.empty());
}

TEST(IpcTypesTest, ResultMsgWithUnknownOutcomeOrGarbageIsRejected) {
    const Bytes bad = ipc::abi::encodeSingle(
        typeOf(abi_types::kResultMsg),
        ipc::abi::Value::tuple({ipc::abi::Value::bytes32(Hash32{}), ipc::abi::Value::uint(3),
                                ipc::abi::Value::bytes({})}));
    EXPECT_THROW(decodeResultMsg(bad), ParseError);
    EXPECT_THROW(decodeResultMsg(Bytes{1, 2, 3}), ParseError);
}

TEST(IpcTypesTest, SystemErrCarriesItsReasonAsOneByte) {
    const Hash32 id = tracingId(sampleEnvelope());
    EXPECT_EQ(systemErrData(XnetFailure::NoRoute), Bytes{6});
    for (const XnetFailure why :
         {XnetFailure::Sender, XnetFailure::Value, XnetFailure::IncompatibleSupplySource}) {
        const ResultMsg r{id, Outcome::SystemErr, systemErrData(why)};
        EXPECT_EQ(systemErrReason(decodeResultMsg(encodeResultMsg(r))), why);
    }
    // Anything else names no reason: another outcome, an unknown byte, more than one byte.
    EXPECT_FALSE(systemErrReason(ResultMsg{id, Outcome::ActorErr, Bytes{1}}));
    EXPECT_FALSE(systemErrReason(ResultMsg{id, Outcome::SystemErr, Bytes{8}}));
    EXPECT_FALSE(systemErrReason(ResultMsg{id, Outcome::SystemErr, Bytes{1, 0}}));
    EXPECT_FALSE(systemErrReason(ResultMsg{id, Outcome::SystemErr, {}}));
}
