// IPC's structs as the devnet encodes them, checked byte for byte against Solidity's abi.encode
// of the same structs produced by ethers v6 (tests/js/gen-abi-fixtures.mjs ->
// tests/fixtures/ipc-abi-vectors.txt): FvmAddress, SubnetID, IPCAddress, IpcEnvelope (and
// tracing ids), CallMsg, ResultMsg, CompressedActivityRollup, ParentFinality, Validator,
// Membership, Subnet, BottomUpCheckpoint (hash, signers, submitCheckpoint call data), the
// gateway's call data and getter answers, and the events' topics and data.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/crypto/secp256k1.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/ipc/calls.h"
#include "ipc/core/ipc/contracts.h"
#include "ipc/core/ipc/events.h"
#include "ipc/core/ipc/gateway.h"
#include "ipc/core/ipc/types.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"

using namespace ipc;
using namespace ipc::protocol;

namespace {

// One record: `key=value` lines; a key may repeat, its values kept in order.
struct Record {
    std::map<std::string, std::vector<std::string>> fields;

    const std::vector<std::string>& all(const std::string& key) const {
        static const std::vector<std::string> none;
        auto it = fields.find(key);
        return it == fields.end() ? none : it->second;
    }
    const std::string& at(const std::string& key) const {
        const auto& v = all(key);
        if (v.size() != 1) {
            throw std::runtime_error("record '" + name() + "' has " + std::to_string(v.size()) +
                                     " values for '" + key + "'");
        }
        return v.front();
    }
    std::string name() const {
        auto it = fields.find("name");
        return it == fields.end() || it->second.empty() ? "?" : it->second.front();
    }
    std::string type() const { return at("type"); }
    Bytes hex(const std::string& key) const { return fromHex(at(key)); }
    Hash32 hash(const std::string& key) const { return Hash32::fromBytes(hex(key)); }
    EthAddress address(const std::string& key) const { return EthAddress::parse(at(key)); }
    U256 uint(const std::string& key) const { return U256::parse(at(key)); }
    std::uint64_t u64(const std::string& key) const { return std::stoull(at(key)); }
};

std::vector<Record> loadRecords() {
    const std::string path = std::string(IPC_FIXTURES_DIR) + "/ipc-abi-vectors.txt";
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    std::vector<Record> out;
    Record current;
    std::string line;
    auto flush = [&] {
        if (!current.fields.empty())
            out.push_back(std::move(current));
        current = Record{};
    };
    while (std::getline(in, line)) {
        if (line.empty()) {
            flush();
            continue;
        }
        if (line[0] == '#')
            continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            throw std::runtime_error("malformed fixture line: " + line);
        current.fields[line.substr(0, eq)].push_back(line.substr(eq + 1));
    }
    flush();
    return out;
}

const std::vector<Record>& records() {
    static const std::vector<Record> r = loadRecords();
    return r;
}

std::vector<const Record*> ofType(const std::string& type) {
    std::vector<const Record*> out;
    for (const auto& r : records()) {
        if (r.type() == type)
            out.push_back(&r);
    }
    return out;
}

const Record& named(const std::string& name) {
    for (const auto& r : records()) {
        if (r.name() == name)
            return r;
    }
    throw std::runtime_error("no fixture record named " + name);
}

const ipc::abi::Type& typeOf(const std::string& text) {
    static std::map<std::string, ipc::abi::Type> cache;
    auto it = cache.find(text);
    if (it == cache.end())
        it = cache.emplace(text, ipc::abi::Type::parse(text)).first;
    return it->second;
}

// `<root>` or `<root>/<0xaddr>/...`
SubnetId parseSubnet(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto slash = text.find('/', start);
        parts.push_back(text.substr(start, slash - start));
        if (slash == std::string::npos)
            break;
        start = slash + 1;
    }
    std::vector<EthAddress> route;
    for (std::size_t i = 1; i < parts.size(); ++i)
        route.push_back(EthAddress::parse(parts[i]));
    return SubnetId(std::stoull(parts[0]), std::move(route));
}

Envelope envelopeOf(const Record& r) {
    Envelope e;
    e.kind = static_cast<MsgKind>(r.u64("kind"));
    e.localNonce = r.u64("localNonce");
    e.originalNonce = r.u64("originalNonce");
    e.value = r.uint("value");
    e.to = IpcAddress{parseSubnet(r.at("toSubnet")), r.address("toAddr")};
    e.from = IpcAddress{parseSubnet(r.at("fromSubnet")), r.address("fromAddr")};
    e.message = r.hex("message");
    return e;
}

BottomUpCheckpoint checkpointOf(const Record& r) {
    BottomUpCheckpoint c;
    c.subnet = parseSubnet(r.at("subnet"));
    c.blockHeight = r.u64("blockHeight");
    c.blockHash = r.hash("blockHash");
    c.nextConfigurationNumber = r.u64("nextConfigurationNumber");
    for (const auto& m : r.all("msg"))
        c.msgs.push_back(envelopeOf(named(m)));
    c.activity.totalActiveValidators = r.u64("totalActiveValidators");
    c.activity.totalNumBlocksCommitted = r.u64("totalNumBlocksCommitted");
    c.activity.dataRootCommitment = r.hash("dataRootCommitment");
    return c;
}

std::vector<MemberWeight> validatorsOf(const Record& r) {
    std::vector<MemberWeight> out;
    for (const auto& v : r.all("validator")) {
        const auto c1 = v.find(',');
        const auto c2 = v.find(',', c1 + 1);
        out.push_back(MemberWeight{U256::parse(v.substr(0, c1)),
                                   EthAddress::parse(v.substr(c1 + 1, c2 - c1 - 1)),
                                   fromHex(v.substr(c2 + 1))});
    }
    return out;
}

ChildSubnet subnetRecordOf(const Record& r) {
    ChildSubnet c;
    c.id = parseSubnet(r.at("subnet"));
    c.stake = r.uint("stake");
    c.genesisEpoch = r.u64("genesisEpoch");
    c.circSupply = r.uint("circSupply");
    c.topDownNonce = r.u64("topDownNonce");
    c.appliedBottomUpNonce = r.u64("appliedBottomUpNonce");
    return c;
}

Bytes encodeStruct(const char* type, const ipc::abi::Value& v) {
    return ipc::abi::encodeSingle(typeOf(type), v);
}

// Bytes compared as hex so a failure shows where they part.
#define EXPECT_BYTES(got, expected, what) EXPECT_EQ(toHex(got), toHex(expected)) << (what)

}  // namespace

TEST(IpcAbiVectors, FixtureHasEveryKindOfValue) {
    for (const char* t :
         {"FvmAddress", "SubnetID", "IPCAddress", "IpcEnvelope", "CallMsg", "ResultMsg",
          "CompressedActivityRollup", "ParentFinality", "Validator", "Membership", "Subnet",
          "ListSubnets", "BottomUpCheckpoint", "Call", "Return", "Event"}) {
        EXPECT_FALSE(ofType(t).empty()) << t;
    }
    std::set<std::uint64_t> kinds;
    for (const Record* r : ofType("IpcEnvelope"))
        kinds.insert(r->u64("kind"));
    EXPECT_EQ(kinds.size(), 3u);  // Transfer, Call and Result
    EXPECT_GE(ofType("FvmAddress").size(), 5u);
}

TEST(IpcAbiVectors, FvmAddressIsIpcsDelegatedAddress) {
    for (const Record* r : ofType("FvmAddress")) {
        const EthAddress a = r->address("addr");
        const ipc::abi::Value fvm = toAbiFvm(a);
        EXPECT_EQ(fvm.at(0).asUint64(), 4u) << r->name();
        // abi.encode(DelegatedAddress{10, 20, addr}): the offset word 0x20 first, 192 bytes.
        const Bytes& payload = fvm.at(1).asBytes();
        EXPECT_EQ(payload.size(), 192u) << r->name();
        EXPECT_BYTES(payload, r->hex("payload"), r->name());
        const Bytes encoded = encodeStruct(abi_types::kFvmAddress, fvm);
        EXPECT_BYTES(encoded, r->hex("encoded"), r->name());
        EXPECT_EQ(keccak256(encoded), r->hash("hash")) << r->name();
        // What ethers encoded decodes to the same address.
        EXPECT_EQ(ethFromFvmAbi(
                      ipc::abi::decodeSingle(typeOf(abi_types::kFvmAddress), r->hex("encoded"))),
                  a)
            << r->name();
    }
}

TEST(IpcAbiVectors, HeadlessPayloadIsRejected) {
    // The three fields as a parameter list (no 0x20 head, 160 bytes) is not what IPC's
    // FvmAddressHelper produces or accepts.
    const EthAddress a = named("fvm-alice").address("addr");
    const Bytes headless = ipc::abi::encode(
        typeOf(abi_types::kDelegatedAddress),
        ipc::abi::Value::tuple({ipc::abi::Value::uint(10), ipc::abi::Value::uint(20),
                                ipc::abi::Value::bytes(a.bytes().toBytes())}));
    ASSERT_EQ(headless.size(), 160u);
    EXPECT_THROW(ethFromFvmAbi(ipc::abi::Value::tuple(
                     {ipc::abi::Value::uint(4), ipc::abi::Value::bytes(headless)})),
                 ParseError);
}

TEST(IpcAbiVectors, SubnetIdAndItsKey) {
    for (const Record* r : ofType("SubnetID")) {
        const SubnetId id = parseSubnet(r->at("subnet"));
        const Bytes encoded = encodeStruct(abi_types::kSubnetId, toAbi(id));
        EXPECT_BYTES(encoded, r->hex("encoded"), r->name());
        EXPECT_EQ(subnetKey(id), r->hash("hash")) << r->name();
        EXPECT_EQ(subnetIdFromAbi(
                      ipc::abi::decodeSingle(typeOf(abi_types::kSubnetId), r->hex("encoded"))),
                  id)
            << r->name();
    }
}

TEST(IpcAbiVectors, IpcAddress) {
    for (const Record* r : ofType("IPCAddress")) {
        const IpcAddress a{parseSubnet(r->at("subnet")), r->address("addr")};
        const Bytes encoded = encodeStruct(abi_types::kIpcAddress, toAbi(a));
        EXPECT_BYTES(encoded, r->hex("encoded"), r->name());
        EXPECT_EQ(keccak256(encoded), r->hash("hash")) << r->name();
        EXPECT_EQ(ipcAddressFromAbi(
                      ipc::abi::decodeSingle(typeOf(abi_types::kIpcAddress), r->hex("encoded"))),
                  a)
            << r->name();
    }
}

TEST(IpcAbiVectors, EnvelopesAndTracingIds) {
    for (const Record* r : ofType("IpcEnvelope")) {
        const Envelope e = envelopeOf(*r);
        const Bytes encoded = encodeStruct(abi_types::kEnvelope, toAbi(e));
        EXPECT_BYTES(encoded, r->hex("encoded"), r->name());
        EXPECT_EQ(keccak256(encoded), r->hash("hash")) << r->name();  // CrossMsgHelper.toHash
        EXPECT_EQ(tracingId(e), r->hash("tracingId")) << r->name();
        EXPECT_EQ(envelopeFromAbi(
                      ipc::abi::decodeSingle(typeOf(abi_types::kEnvelope), r->hex("encoded"))),
                  e)
            << r->name();
    }
}

TEST(IpcAbiVectors, CallAndResultMessages) {
    for (const Record* r : ofType("CallMsg")) {
        const CallMsg c{r->hex("method"), r->hex("params")};
        EXPECT_BYTES(encodeCallMsg(c), r->hex("encoded"), r->name());
        EXPECT_EQ(decodeCallMsg(r->hex("encoded")), c) << r->name();
    }
    for (const Record* r : ofType("ResultMsg")) {
        ResultMsg m;
        m.id = r->hash("id");
        m.outcome = static_cast<Outcome>(r->u64("outcome"));
        m.ret = r->hex("ret");
        EXPECT_BYTES(encodeResultMsg(m), r->hex("encoded"), r->name());
        const ResultMsg back = decodeResultMsg(r->hex("encoded"));
        EXPECT_EQ(back.id, m.id);
        EXPECT_EQ(back.outcome, m.outcome);
        EXPECT_EQ(back.ret, m.ret);
    }
    // A result answers the tracing id the devnet computes for the original message.
    EXPECT_EQ(named("resultmsg-call-failed").hash("id"), tracingId(envelopeOf(named("env-call"))));
    EXPECT_EQ(named("resultmsg-fund-ok").hash("id"), tracingId(envelopeOf(named("env-fund"))));
}

TEST(IpcAbiVectors, ActivityFinalityValidatorMembershipSubnet) {
    for (const Record* r : ofType("CompressedActivityRollup")) {
        ActivityRollup a;
        a.totalActiveValidators = r->u64("totalActiveValidators");
        a.totalNumBlocksCommitted = r->u64("totalNumBlocksCommitted");
        a.dataRootCommitment = r->hash("dataRootCommitment");
        EXPECT_BYTES(encodeStruct(abi_types::kActivityRollup, toAbi(a)), r->hex("encoded"),
                     r->name());
    }
    for (const Record* r : ofType("ParentFinality")) {
        const ParentFinality f{r->u64("height"), r->hash("blockHash")};
        EXPECT_BYTES(encodeStruct(abi_types::kParentFinality, toAbi(f)), r->hex("encoded"),
                     r->name());
    }
    for (const Record* r : ofType("Validator")) {
        const auto v = validatorsOf(*r);
        ASSERT_EQ(v.size(), 1u);
        EXPECT_BYTES(encodeStruct(abi_types::kValidator, toAbi(v[0])), r->hex("encoded"),
                     r->name());
    }
    for (const Record* r : ofType("Membership")) {
        const Bytes encoded =
            encodeStruct(abi_types::kMembership,
                         membershipToAbi(validatorsOf(*r), r->u64("configurationNumber")));
        EXPECT_BYTES(encoded, r->hex("encoded"), r->name());
        // getCurrentMembership() returns one dynamic struct: the same bytes.
        EXPECT_BYTES(encoded, r->hex("getCurrentMembership"), r->name());
    }
    std::vector<ipc::abi::Value> listed;
    for (const Record* r : ofType("Subnet")) {
        const ChildSubnet c = subnetRecordOf(*r);
        EXPECT_BYTES(encodeStruct(abi_types::kSubnet, toAbi(c)), r->hex("encoded"), r->name());
        // getSubnet returns (bool, Subnet) as a parameter list.
        EXPECT_BYTES(
            ipc::abi::encode(typeOf(std::string("(bool,") + abi_types::kSubnet + ")"),
                             ipc::abi::Value::tuple({ipc::abi::Value::boolean(true), toAbi(c)})),
            r->hex("getSubnet"), r->name());
    }
    for (const Record* r : ofType("ListSubnets")) {
        std::vector<ipc::abi::Value> items;
        for (const auto& n : r->all("record"))
            items.push_back(toAbi(subnetRecordOf(named(n))));
        EXPECT_BYTES(encodeStruct((std::string(abi_types::kSubnet) + "[]").c_str(),
                                  ipc::abi::Value::array(std::move(items))),
                     r->hex("listSubnets"), r->name());
    }
}

TEST(IpcAbiVectors, CheckpointsHashSignersAndSubmission) {
    for (const Record* r : ofType("BottomUpCheckpoint")) {
        const BottomUpCheckpoint c = checkpointOf(*r);
        const Bytes encoded = encodeStruct(abi_types::kCheckpoint, toAbi(c));
        EXPECT_BYTES(encoded, r->hex("encoded"), r->name());
        // What validators sign, and what the gateway's getter answers.
        EXPECT_EQ(checkpointHash(c), r->hash("hash")) << r->name();
        EXPECT_BYTES(encoded, r->hex("bottomUpCheckpoint"), r->name());
        EXPECT_EQ(checkpointFromAbi(
                      ipc::abi::decodeSingle(typeOf(abi_types::kCheckpoint), r->hex("encoded"))),
                  c)
            << r->name();
        // The signatures ethers made over IPC's hash recover to the signatories from ours.
        const auto& signers = r->all("signatory");
        const auto& sigs = r->all("signature");
        ASSERT_EQ(signers.size(), sigs.size());
        ASSERT_FALSE(signers.empty());
        std::vector<ipc::abi::Value> signerArgs;
        std::vector<ipc::abi::Value> sigArgs;
        for (std::size_t i = 0; i < signers.size(); ++i) {
            const auto sig = crypto::Signature::fromBytes(fromHex(sigs[i]));
            EXPECT_EQ(crypto::recoverAddress(checkpointHash(c), sig),
                      std::optional<EthAddress>(EthAddress::parse(signers[i])))
                << r->name() << " signer " << i;
            signerArgs.push_back(ipc::abi::Value::address(EthAddress::parse(signers[i])));
            sigArgs.push_back(ipc::abi::Value::bytes(fromHex(sigs[i])));
        }
        // submitCheckpoint call data as ethers builds it, and as the devnet's relayer does.
        const Bytes call = ipc::abi::encodeCall(
            sig::kSubmitCheckpoint,
            {toAbi(c), ipc::abi::Value::array(signerArgs), ipc::abi::Value::array(sigArgs)});
        EXPECT_BYTES(call, r->hex("submitCheckpoint"), r->name());
        const auto args = ipc::abi::decodeCall(sig::kSubmitCheckpoint, r->hex("submitCheckpoint"));
        EXPECT_EQ(checkpointFromAbi(args.at(0)), c) << r->name();
    }
}

TEST(IpcAbiVectors, GatewayCallData) {
    const Record& fund = named("call-fund");
    EXPECT_BYTES(ipc::abi::encodeCall(sig::kFund, {toAbi(parseSubnet(fund.at("subnet"))),
                                                   toAbiFvm(fund.address("addr"))}),
                 fund.hex("data"), "fund");
    const auto fundArgs = ipc::abi::decodeCall(sig::kFund, fund.hex("data"));
    EXPECT_EQ(ethFromFvmAbi(fundArgs.at(1)), fund.address("addr"));

    const Record& release = named("call-release");
    EXPECT_BYTES(ipc::abi::encodeCall(sig::kRelease, {toAbiFvm(release.address("addr"))}),
                 release.hex("data"), "release");

    const Record& xnet = named("call-send-xnet");
    EXPECT_BYTES(ipc::abi::encodeCall(sig::kSendXnet, {toAbi(envelopeOf(named(xnet.at("msg"))))}),
                 xnet.hex("data"), "sendContractXnetMessage");
}

// The one module every sender encodes IPC calls with gives ethers' bytes.
TEST(IpcAbiVectors, IpcCallsModule) {
    const Record& fund = named("call-fund");
    EXPECT_BYTES(calls::fund(parseSubnet(fund.at("subnet")), fund.address("addr")),
                 fund.hex("data"), "calls::fund");
    const Record& release = named("call-release");
    EXPECT_BYTES(calls::release(release.address("addr")), release.hex("data"), "calls::release");
    const Record& xnet = named("call-send-xnet");
    EXPECT_BYTES(calls::sendXnet(envelopeOf(named(xnet.at("msg")))), xnet.hex("data"),
                 "calls::sendXnet");
    std::size_t checked = 0;
    for (const Record* r : ofType("BottomUpCheckpoint")) {
        std::vector<EthAddress> signatories;
        std::vector<Bytes> signatures;
        for (const auto& a : r->all("signatory"))
            signatories.push_back(EthAddress::parse(a));
        for (const auto& b : r->all("signature"))
            signatures.push_back(fromHex(b));
        EXPECT_BYTES(calls::submitCheckpoint(checkpointOf(*r), signatories, signatures),
                     r->hex("submitCheckpoint"), r->name());
        ++checked;
    }
    EXPECT_EQ(checked, 3u);
    EXPECT_THROW(calls::submitCheckpoint(checkpointOf(*ofType("BottomUpCheckpoint").front()),
                                         {EthAddress{}}, {}),
                 Error);
}

TEST(IpcAbiVectors, GetterAnswers) {
    for (const char* name : {"return-subnet-id-root", "return-subnet-id-deep"}) {
        const Record& r = named(name);
        const SubnetId id = parseSubnet(r.at("subnet"));
        // The gateway of that subnet answers getNetworkName() with exactly ethers' bytes.
        IpcContracts contracts(id, GatewayParams{});
        EXPECT_BYTES(contracts.view(gatewayAddress(), ipc::abi::encodeCall("getNetworkName()", {})),
                     r.hex("getNetworkName"), name);
        EXPECT_BYTES(encodeStruct(abi_types::kSubnetId, toAbi(id)), r.hex("getParent"), name);
    }
    const Record& f = named("return-parent-finality");
    EXPECT_BYTES(ipc::abi::encode(typeOf(abi_types::kParentFinality),
                                  toAbi(ParentFinality{f.u64("height"), f.hash("blockHash")})),
                 f.hex("getLatestParentFinality"), f.name());
}

TEST(IpcAbiVectors, EventTopicsAndData) {
    auto expectLog = [](const chain::Log& log, const Record& r) {
        const auto& topics = r.all("topic");
        ASSERT_EQ(log.topics.size(), topics.size()) << r.name();
        for (std::size_t i = 0; i < topics.size(); ++i)
            EXPECT_EQ(log.topics[i], Hash32::fromHexString(topics[i])) << r.name() << " " << i;
        EXPECT_BYTES(log.data, r.hex("data"), r.name());
    };
    {
        const Record& r = named("event-new-top-down-message");
        const Envelope e = envelopeOf(named(r.at("msg")));
        expectLog(events::newTopDownMessage(r.address("actor"), e, tracingId(e)), r);
    }
    {
        const Record& r = named("event-queued-bottom-up-message");
        expectLog(events::queuedBottomUpMessage(tracingId(envelopeOf(named(r.at("msg"))))), r);
    }
    {
        const Record& r = named("event-quorum-reached");
        expectLog(events::quorumReached(r.u64("height"), named("checkpoint-release").hash("hash"),
                                        r.u64("weight")),
                  r);
    }
    {
        const Record& r = named("event-checkpoint-committed");
        expectLog(events::checkpointCommitted(r.address("actor"), r.u64("height")), r);
    }
    {
        const Record& r = named("event-subnet-deployed");
        expectLog(events::subnetDeployed(r.address("actor")), r);
    }
}
