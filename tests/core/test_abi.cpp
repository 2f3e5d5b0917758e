// Tests of the Solidity ABI codec: type text, encoding and decoding vectors, bad input.
#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>

#include "ipc/core/crypto/hash.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/core/primitives/bytes.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/u256.h"

using namespace ipc;
using ipc::abi::Type;
using ipc::abi::Value;

namespace {

// 32-byte words given as hex without 0x, concatenated.
Bytes words(std::initializer_list<std::string_view> ws) {
    std::string hex;
    for (auto w : ws) {
        EXPECT_EQ(w.size(), 64u) << w;
        hex += w;
    }
    return fromHex(hex);
}

// A word holding a small number.
std::string num(std::uint64_t v) {
    return toHex(U256(v).toBigEndian(), false);
}

// A word holding left-aligned text (bytesN / string content).
std::string text(std::string_view s) {
    std::string hex = toHex(asBytes(s), false);
    hex.resize(64, '0');
    return hex;
}

std::string addrWord(const EthAddress& a) {
    return std::string(24, '0') + a.bytes().hex(false);
}

Bytes str(std::string_view s) {
    return Bytes(s.begin(), s.end());
}

const EthAddress kRoute = EthAddress::parse("0x2e714a3c385ea88a09998ed74db265dae9853667");
const std::string kSubnetIdType = "(uint64,address[])";
const std::string kFvmAddressType = "(uint8,bytes)";

Value subnetId(std::uint64_t root, std::vector<EthAddress> route) {
    std::vector<Value> addrs;
    for (const auto& a : route)
        addrs.push_back(Value::address(a));
    return Value::tuple({Value::uint(root), Value::array(std::move(addrs))});
}

}  // namespace

TEST(AbiType, ParsesCanonicalText) {
    for (const char* t :
         {"uint8", "uint256", "int16", "int256", "address", "bool", "bytes1", "bytes32", "bytes",
          "string", "uint256[]", "address[3]", "bytes3[2][]", "(uint64,address[])",
          "((uint64,address[]),(uint8,bytes))", "(bool,(string,uint8[2])[])[4]", "()"}) {
        EXPECT_EQ(Type::parse(t).canonical(), t);
    }
    EXPECT_EQ(Type::parse("uint").canonical(), "uint256");
    EXPECT_EQ(Type::parse("(int,uint[])").canonical(), "(int256,uint256[])");
    EXPECT_EQ(Type::parse("uint64"), Type::uintN(64));
    EXPECT_EQ(Type::parse("(uint64,address[])"),
              Type::tuple({Type::uintN(64), Type::array(Type::address())}));
    EXPECT_EQ(Type(), Type::parse("()"));
}

TEST(AbiType, StaticAndDynamicSizes) {
    EXPECT_FALSE(Type::parse("uint256").isDynamic());
    EXPECT_EQ(Type::parse("bytes3[2]").headSize(), 64u);
    EXPECT_EQ(Type::parse("(uint8,(bool,address)[3])").headSize(), 32u * 7);
    EXPECT_TRUE(Type::parse("bytes").isDynamic());
    EXPECT_TRUE(Type::parse("uint8[]").isDynamic());
    EXPECT_TRUE(Type::parse("string[2]").isDynamic());
    EXPECT_TRUE(Type::parse("(uint8,(bool,bytes))").isDynamic());
    EXPECT_EQ(Type::parse("(uint8,(bool,bytes))").headSize(), 32u);
    EXPECT_EQ(Type::parse("address[2]").element(), Type::address());
    EXPECT_EQ(Type::parse("(bool,string)").components().size(), 2u);
    EXPECT_THROW(Type::parse("bool").element(), ParseError);
    EXPECT_THROW(Type::parse("bool[]").components(), ParseError);
}

TEST(AbiType, RejectsBadText) {
    for (const char* t : {"",           "uint7",       "uint264",     "uint0",
                          "uint08",     "bytes0",      "bytes33",     "bytes01",
                          "foo",        "fixed128x18", "function",    "Uint256",
                          " uint256",   "uint256 ",    "(uint256",    "uint256)",
                          "(uint256,)", "(,uint256)",  "uint256[",    "uint256[]]",
                          "uint256[0]", "uint256[01]", "uint256[-1]", "uint256[1000000000]",
                          "(())",       "()[]",        "(bool,())",   "address1",
                          "bool8",      "string[x]"}) {
        EXPECT_THROW(Type::parse(t), ParseError) << t;
    }
    std::string deep = "uint8";
    for (int i = 0; i < 70; ++i)
        deep += "[]";
    EXPECT_THROW(Type::parse(deep), ParseError);
    std::string parens(70, '(');
    parens += "bool" + std::string(70, ')');
    EXPECT_THROW(Type::parse(parens), ParseError);
    // Too large to ever be a real static type.
    EXPECT_THROW(Type::parse("uint256[100000000][100]"), ParseError);
    EXPECT_THROW(Type::uintN(12), ParseError);
    EXPECT_THROW(Type::fixedBytes(0), ParseError);
    EXPECT_THROW(Type::fixedArray(Type::boolean(), 0), ParseError);
    EXPECT_THROW(Type::array(Type()), ParseError);
}

TEST(AbiSelector, KnownSelectors) {
    EXPECT_EQ(ipc::abi::selector("baz(uint32,bool)").hex(), "0xcdcd77c0");
    EXPECT_EQ(ipc::abi::selector("bar(bytes3[2])").hex(), "0xfce353f6");
    EXPECT_EQ(ipc::abi::selector("sam(bytes,bool,uint256[])").hex(), "0xa5643bf2");
    EXPECT_EQ(ipc::abi::selector("f(uint256,uint32[],bytes10,bytes)").hex(), "0x8be65246");
    EXPECT_EQ(ipc::abi::selector("transfer(address,uint256)").hex(), "0xa9059cbb");
    // IPC gateway selectors as IPC's generated bindings list them.
    EXPECT_EQ(ipc::abi::selector("fund((uint64,address[]),(uint8,bytes))").hex(), "0x18f44b70");
    EXPECT_EQ(ipc::abi::selector("release((uint8,bytes))").hex(), "0x6b2c1eef");
    // A signature written with aliases is canonicalised before hashing.
    const auto f = ipc::abi::FunctionSignature::parse("f(uint,uint32[],bytes10,bytes)");
    EXPECT_EQ(f.canonical(), "f(uint256,uint32[],bytes10,bytes)");
    EXPECT_EQ(f.selector().hex(), "0x8be65246");
    EXPECT_EQ(ipc::abi::FunctionSignature::parse("leave()").params.size(), 0u);
}

TEST(AbiSelector, RejectsBadSignatures) {
    for (const char* s : {"", "f", "(uint256)", "1f(uint256)", "f g(uint256)", "f(uint256)[]",
                          "f(uint256", "f(uint256))", "f(uint256) "}) {
        EXPECT_THROW(ipc::abi::FunctionSignature::parse(s), ParseError) << s;
    }
}

TEST(AbiSpec, BazExample) {
    const Bytes call =
        ipc::abi::encodeCall("baz(uint32,bool)", {Value::uint(69), Value::boolean(true)});
    Bytes expected = fromHex("0xcdcd77c0");
    append(expected, words({num(69), num(1)}));
    EXPECT_EQ(toHex(call), toHex(expected));
    const auto args = ipc::abi::decodeCall("baz(uint32,bool)", call);
    ASSERT_EQ(args.size(), 2u);
    EXPECT_EQ(args[0].asUint64(), 69u);
    EXPECT_TRUE(args[1].asBool());
}

TEST(AbiSpec, BarExample) {
    const Value arg = Value::array({Value::fixedBytes(str("abc")), Value::fixedBytes(str("def"))});
    const Bytes call = ipc::abi::encodeCall("bar(bytes3[2])", {arg});
    Bytes expected = fromHex("0xfce353f6");
    append(expected, words({text("abc"), text("def")}));
    EXPECT_EQ(toHex(call), toHex(expected));
    EXPECT_EQ(ipc::abi::decodeCall("bar(bytes3[2])", call).at(0), arg);
}

TEST(AbiSpec, SamExample) {
    const std::vector<Value> args = {
        Value::bytes(str("dave")), Value::boolean(true),
        Value::array({Value::uint(1), Value::uint(2), Value::uint(3)})};
    const Bytes call = ipc::abi::encodeCall("sam(bytes,bool,uint256[])", args);
    Bytes expected = fromHex("0xa5643bf2");
    append(expected, words({num(0x60), num(1), num(0xa0), num(4), text("dave"), num(3), num(1),
                            num(2), num(3)}));
    EXPECT_EQ(toHex(call), toHex(expected));
    EXPECT_EQ(ipc::abi::decodeCall("sam(bytes,bool,uint256[])", call), args);
}

TEST(AbiSpec, DynamicTypesExample) {
    const std::vector<Value> args = {
        Value::uint(0x123), Value::array({Value::uint(0x456), Value::uint(0x789)}),
        Value::fixedBytes(str("1234567890")), Value::bytes(str("Hello, world!"))};
    const Bytes call = ipc::abi::encodeCall("f(uint256,uint32[],bytes10,bytes)", args);
    Bytes expected = fromHex("0x8be65246");
    append(expected, words({num(0x123), num(0x80), text("1234567890"), num(0xe0), num(2),
                            num(0x456), num(0x789), num(13), text("Hello, world!")}));
    EXPECT_EQ(toHex(call), toHex(expected));
    EXPECT_EQ(ipc::abi::decodeCall("f(uint256,uint32[],bytes10,bytes)", call), args);
}

TEST(AbiSpec, NestedDynamicArraysExample) {
    // g(uint256[][],string[]) with ([[1, 2], [3]], ["one", "two", "three"]).
    const std::vector<Value> args = {
        Value::array(
            {Value::array({Value::uint(1), Value::uint(2)}), Value::array({Value::uint(3)})}),
        Value::array({Value::string("one"), Value::string("two"), Value::string("three")})};
    const Bytes call = ipc::abi::encodeCall("g(uint256[][],string[])", args);
    Bytes expected = fromHex("0x2289b18c");
    append(expected,
           words({num(0x40), num(0x140),  num(2), num(0x40),   num(0xa0), num(2),       num(1),
                  num(2),    num(1),      num(3), num(3),      num(0x60), num(0xa0),    num(0xe0),
                  num(3),    text("one"), num(3), text("two"), num(5),    text("three")}));
    EXPECT_EQ(toHex(call), toHex(expected));
    EXPECT_EQ(ipc::abi::decodeCall("g(uint256[][],string[])", call), args);
}

TEST(AbiIpc, SubnetIdEncoding) {
    const Type subnetType = Type::parse(kSubnetIdType);
    const Value id = subnetId(314159, {kRoute});

    // abi.encode(root, route): the struct's fields as a parameter list.
    const Bytes fields = ipc::abi::encode(subnetType, id);
    EXPECT_EQ(fields, words({num(314159), num(0x40), num(1), addrWord(kRoute)}));

    // abi.encode(subnetId): a dynamic struct behind a leading offset.
    const Bytes single = words({num(0x20), num(314159), num(0x40), num(1), addrWord(kRoute)});
    EXPECT_EQ(ipc::abi::encodeSingle(subnetType, id), single);
    EXPECT_EQ(ipc::abi::encode(Type::parse("((uint64,address[]))"), Value::tuple({id})), single);

    EXPECT_EQ(ipc::abi::decodeSingle(subnetType, single), id);
    EXPECT_EQ(ipc::abi::decode(subnetType, fields), id);
    EXPECT_EQ(ipc::abi::decode(Type::parse("((uint64,address[]))"), single).at(0), id);
    const Value decoded = ipc::abi::decodeSingle(subnetType, single);
    EXPECT_EQ(decoded.at(0).asUint64(), 314159u);
    EXPECT_EQ(decoded.at(1).at(0).asAddress(), kRoute);

    // The root subnet has an empty route.
    EXPECT_EQ(ipc::abi::encodeSingle(subnetType, subnetId(314159, {})),
              words({num(0x20), num(314159), num(0x40), num(0)}));
    // The on-chain key is keccak256(abi.encode(SubnetID)); it must differ from the field hash.
    EXPECT_NE(keccak256(ipc::abi::encodeSingle(subnetType, id)), keccak256(fields));
}

TEST(AbiIpc, FundCallRoundTrip) {
    const std::string sig = "fund(" + kSubnetIdType + "," + kFvmAddressType + ")";
    // A delegated FvmAddress: addrType 4, payload abi.encode(DelegatedAddress{10, 20, addr}),
    // one struct with a dynamic member, so it starts with the offset word 0x20.
    const Bytes payload = ipc::abi::encodeSingle(
        Type::parse("(uint64,uint128,bytes)"),
        Value::tuple({Value::uint(10), Value::uint(20), Value::bytes(kRoute.bytes().toBytes())}));
    EXPECT_EQ(payload, words({num(0x20), num(10), num(20), num(0x60), num(20),
                              kRoute.bytes().hex(false) + std::string(24, '0')}));
    const Value to = Value::tuple({Value::uint(4), Value::bytes(payload)});
    const std::vector<Value> args = {subnetId(314159, {kRoute}), to};
    const Bytes call = ipc::abi::encodeCall(sig, args);
    EXPECT_EQ(toHex(ByteView(call).first(4)), "0x18f44b70");
    // Head: two offsets; the first struct starts right after them.
    EXPECT_EQ(toHex(ByteView(call).subspan(4, 64)), "0x" + num(0x40) + num(0xc0));
    EXPECT_EQ(ipc::abi::decodeCall(sig, call), args);
    EXPECT_THROW(ipc::abi::decodeCall("release((uint8,bytes))", call), ParseError);
    EXPECT_THROW(ipc::abi::decodeCall(sig, ByteView(call).first(3)), ParseError);
    EXPECT_THROW(ipc::abi::encodeCall(sig, {args[0]}), ParseError);
}

TEST(AbiValue, SignedIntegers) {
    EXPECT_EQ(ipc::abi::encode(Type::parse("int8"), Value::int64(-1)),
              fromHex(std::string(64, 'f')));
    EXPECT_EQ(ipc::abi::encode(Type::parse("int16"), Value::int64(-2)),
              fromHex(std::string(63, 'f') + "e"));
    EXPECT_EQ(ipc::abi::encode(Type::parse("int64"), Value::int64(127)), words({num(127)}));
    EXPECT_EQ(ipc::abi::decode(Type::parse("int8"), fromHex(std::string(62, 'f') + "80")).asInt64(),
              -128);
    EXPECT_EQ(Value::int64(INT64_MIN).asInt64(), INT64_MIN);
    EXPECT_EQ(Value::int64(INT64_MAX).asInt64(), INT64_MAX);
    EXPECT_EQ(Value::int64(-5).asInt64(), -5);
    EXPECT_THROW(Value::uint(U256::max() / 2).asInt64(), ParseError);
    EXPECT_THROW(ipc::abi::encode(Type::parse("int8"), Value::int64(128)), ParseError);
    EXPECT_THROW(ipc::abi::encode(Type::parse("int8"), Value::int64(-129)), ParseError);
    EXPECT_NO_THROW(ipc::abi::encode(Type::parse("int8"), Value::int64(-128)));
    // 0x80 without the sign extension is not an int8.
    EXPECT_THROW(ipc::abi::decode(Type::parse("int8"), words({num(0x80)})), ParseError);
    EXPECT_THROW(ipc::abi::decode(Type::parse("int8"), fromHex(std::string(62, 'f') + "7f")),
                 ParseError);
}

TEST(AbiValue, AccessorsCheckKinds) {
    const Value u = Value::uint(7);
    EXPECT_THROW(u.asBool(), ParseError);
    EXPECT_THROW(u.asAddress(), ParseError);
    EXPECT_THROW(u.asBytes(), ParseError);
    EXPECT_THROW(u.asString(), ParseError);
    EXPECT_THROW(u.asList(), ParseError);
    EXPECT_THROW(Value::boolean(true).asUint(), ParseError);
    EXPECT_THROW(Value::string("x").asBytes(), ParseError);
    EXPECT_THROW(Value::uint(U256::max()).asUint64(), ParseError);
    EXPECT_THROW(Value::tuple({}).at(0), ParseError);
    EXPECT_THROW(Value::fixedBytes({}), ParseError);
    EXPECT_THROW(Value::fixedBytes(Bytes(33)), ParseError);
    const Hash32 h = keccak256(std::string_view("x"));
    EXPECT_EQ(Value::bytes32(h).asBytes32(), h);
    EXPECT_THROW(Value::bytes(Bytes(31)).asBytes32(), ParseError);
    EXPECT_EQ(Value::array({u}).at(0), u);
    EXPECT_EQ(Value().asUint(), U256(0));
}

TEST(AbiEncode, RejectsMismatchedValues) {
    EXPECT_THROW(ipc::abi::encode(Type::parse("uint8"), Value::uint(256)), ParseError);
    EXPECT_NO_THROW(ipc::abi::encode(Type::parse("uint8"), Value::uint(255)));
    EXPECT_THROW(ipc::abi::encode(Type::parse("bool"), Value::uint(1)), ParseError);
    EXPECT_THROW(ipc::abi::encode(Type::parse("address"), Value::bytes(Bytes(20))), ParseError);
    EXPECT_THROW(ipc::abi::encode(Type::parse("bytes3"), Value::fixedBytes(str("abcd"))),
                 ParseError);
    EXPECT_THROW(ipc::abi::encode(Type::parse("string"), Value::bytes(str("abc"))), ParseError);
    EXPECT_THROW(ipc::abi::encode(Type::parse("uint8[2]"), Value::array({Value::uint(1)})),
                 ParseError);
    EXPECT_THROW(ipc::abi::encode(Type::parse("(uint8,bool)"), Value::tuple({Value::uint(1)})),
                 ParseError);
    EXPECT_THROW(ipc::abi::encode(Type::parse("uint8[]"), Value::uint(1)), ParseError);
}

TEST(AbiDecode, RejectsMalformedInput) {
    const Type subnetType = Type::parse(kSubnetIdType);
    const Bytes good = words({num(0x20), num(314159), num(0x40), num(1), addrWord(kRoute)});
    ASSERT_NO_THROW(ipc::abi::decodeSingle(subnetType, good));

    // Short input.
    EXPECT_THROW(ipc::abi::decodeSingle(subnetType, ByteView(good).first(good.size() - 1)),
                 ParseError);
    EXPECT_THROW(ipc::abi::decode(Type::parse("uint256"), Bytes(31)), ParseError);
    EXPECT_THROW(ipc::abi::decode(Type::parse("(uint256,uint256)"), Bytes(63)), ParseError);
    EXPECT_THROW(ipc::abi::decodeSingle(subnetType, Bytes{}), ParseError);
    // Offset past the end, and one beyond 64 bits.
    EXPECT_THROW(ipc::abi::decodeSingle(subnetType, words({num(0xa0), num(314159), num(0x40),
                                                           num(1), addrWord(kRoute)})),
                 ParseError);
    EXPECT_THROW(ipc::abi::decodeSingle(subnetType, words({std::string(64, 'f'), num(314159),
                                                           num(0x40), num(1), addrWord(kRoute)})),
                 ParseError);
    // Array length larger than the input could hold (and must not be allocated).
    EXPECT_THROW(ipc::abi::decodeSingle(subnetType, words({num(0x20), num(314159), num(0x40),
                                                           num(2), addrWord(kRoute)})),
                 ParseError);
    EXPECT_THROW(ipc::abi::decodeSingle(subnetType,
                                        words({num(0x20), num(314159), num(0x40),
                                               "00000000000000000000000000000000000000000000000000"
                                               "00ffffffffffff",
                                               addrWord(kRoute)})),
                 ParseError);
    // Dirty address padding and uint64 high bits.
    EXPECT_THROW(
        ipc::abi::decodeSingle(subnetType, words({num(0x20), num(314159), num(0x40), num(1),
                                                  "01" + addrWord(kRoute).substr(2)})),
        ParseError);
    EXPECT_THROW(ipc::abi::decodeSingle(subnetType, words({num(0x20),
                                                           "00000000000000000000000000000001"
                                                           "000000000000000000000000000000ff",
                                                           num(0x40), num(1), addrWord(kRoute)})),
                 ParseError);
    // bool must be 0 or 1.
    EXPECT_THROW(ipc::abi::decode(Type::parse("bool"), words({num(2)})), ParseError);
    EXPECT_THROW(ipc::abi::decode(Type::parse("bool"), words({"01" + num(1).substr(2)})),
                 ParseError);
    EXPECT_FALSE(ipc::abi::decode(Type::parse("bool"), words({num(0)})).asBool());
    // bytesN, bytes and string padding must be zero and present.
    EXPECT_THROW(ipc::abi::decode(Type::parse("bytes3"), words({text("abcd")})), ParseError);
    EXPECT_THROW(ipc::abi::decode(Type::parse("bytes"), words({num(0x20), num(3), text("abcd")})),
                 ParseError);
    EXPECT_THROW(ipc::abi::decode(Type::parse("string"), words({num(0x20), num(33), text("x")})),
                 ParseError);
    Bytes unpadded = words({num(0x20), num(3)});
    append(unpadded, str("abc"));
    EXPECT_THROW(ipc::abi::decode(Type::parse("bytes"), unpadded), ParseError);
    EXPECT_EQ(
        ipc::abi::decode(Type::parse("bytes"), words({num(0x20), num(3), text("abc")})).asBytes(),
        str("abc"));
    // Trailing data after the parameter list is ignored, as Solidity does.
    Bytes trailing = good;
    append(trailing, Bytes(7, 0xee));
    EXPECT_EQ(ipc::abi::decodeSingle(subnetType, trailing),
              ipc::abi::decodeSingle(subnetType, good));
}

TEST(AbiDecode, RejectsReusedRegionsBeyondInputSize) {
    // uint256[][] whose n inner offsets all point at one inner array of m elements: decoding
    // would materialise n*m values from an input of about n+m words.
    const std::size_t n = 200;
    const std::size_t m = 200;
    Bytes data = words({num(0x20), num(n)});
    for (std::size_t i = 0; i < n; ++i)
        append(data, words({num(32 * n)}));
    append(data, words({num(m)}));
    for (std::size_t i = 0; i < m; ++i)
        append(data, words({num(i)}));
    EXPECT_THROW(ipc::abi::decode(Type::parse("uint256[][]"), data), ParseError);

    // Sharing that stays within the input size is accepted (Solidity does not forbid it).
    const Bytes shared = words({num(0x40), num(0x40), num(3), text("abc")});
    const Value v = ipc::abi::decode(Type::parse("(bytes,bytes)"), shared);
    EXPECT_EQ(v.at(0), v.at(1));
}

namespace {

Type randomType(std::mt19937_64& rng, int depth) {
    const int pick = static_cast<int>(rng() % (depth >= 3 ? 7 : 10));
    switch (pick) {
        case 0:
            return Type::uintN(8 * static_cast<unsigned>(1 + rng() % 32));
        case 1:
            return Type::intN(8 * static_cast<unsigned>(1 + rng() % 32));
        case 2:
            return Type::address();
        case 3:
            return Type::boolean();
        case 4:
            return Type::fixedBytes(1 + rng() % 32);
        case 5:
            return Type::bytes();
        case 6:
            return Type::string();
        case 7:
            return Type::array(randomType(rng, depth + 1));
        case 8:
            return Type::fixedArray(randomType(rng, depth + 1), 1 + rng() % 3);
        default: {
            std::vector<Type> components(1 + rng() % 3);
            for (auto& c : components)
                c = randomType(rng, depth + 1);
            return Type::tuple(std::move(components));
        }
    }
}

Bytes randomBytes(std::mt19937_64& rng, std::size_t n) {
    Bytes b(n);
    for (auto& x : b)
        x = static_cast<std::uint8_t>(rng());
    return b;
}

Value randomValue(std::mt19937_64& rng, const Type& t) {
    switch (t.kind()) {
        case Type::Kind::Uint: {
            Bytes b = randomBytes(rng, 32);
            std::fill_n(b.begin(), (256 - t.bits()) / 8, 0);
            return Value::uint(U256::fromBigEndian(b));
        }
        case Type::Kind::Int: {
            Bytes b = randomBytes(rng, 32);
            const std::size_t high = (256 - t.bits()) / 8;
            std::fill_n(b.begin(), high, (b[high] & 0x80) ? 0xff : 0x00);
            return Value::uint(U256::fromBigEndian(b));
        }
        case Type::Kind::Address:
            return Value::address(EthAddress::fromBytes(randomBytes(rng, 20)));
        case Type::Kind::Bool:
            return Value::boolean(rng() % 2 == 0);
        case Type::Kind::FixedBytes:
            return Value::fixedBytes(randomBytes(rng, t.size()));
        case Type::Kind::Bytes:
            return Value::bytes(randomBytes(rng, rng() % 70));
        case Type::Kind::String: {
            std::string s(rng() % 70, ' ');
            for (auto& c : s)
                c = static_cast<char>('a' + rng() % 26);
            return Value::string(std::move(s));
        }
        case Type::Kind::Array: {
            std::vector<Value> items(rng() % 4);
            for (auto& v : items)
                v = randomValue(rng, t.element());
            return Value::array(std::move(items));
        }
        case Type::Kind::FixedArray: {
            std::vector<Value> items(t.size());
            for (auto& v : items)
                v = randomValue(rng, t.element());
            return Value::array(std::move(items));
        }
        case Type::Kind::Tuple: {
            std::vector<Value> items;
            for (const auto& c : t.components())
                items.push_back(randomValue(rng, c));
            return Value::tuple(std::move(items));
        }
    }
    return {};
}

std::size_t countNodes(const Value& v) {
    std::size_t n = 1;
    if (v.kind() == Value::Kind::Array || v.kind() == Value::Kind::Tuple) {
        for (const auto& c : v.asList())
            n += countNodes(c);
    }
    return n;
}

const char* const kFuzzTypes[] = {
    "(uint64,address[])",
    "((uint64,address[]),(uint8,bytes))",
    "(bytes,bool,uint256[])",
    "(uint256[][],string[])",
    "(int8,bytes3[2],(bool,string)[])",
    "(uint64,uint128,bytes)",
    // BottomUpCheckpoint.
    ("((uint64,address[]),uint256,bytes32,uint64,(uint8,uint64,uint64,uint256,((uint64,address[]),"
     "(uint8,bytes)),((uint64,address[]),(uint8,bytes)),bytes)[],(((uint64,uint64),bytes32)))"),
};

// Decodes untrusted bytes: only ParseError may escape; what decodes is stable under re-encoding
// and its size is bounded by the input's.
bool checkDecodeContract(const Type& t, const Bytes& input) {
    try {
        const Value v = ipc::abi::decode(t, input);
        EXPECT_LE(countNodes(v), 8 * (input.size() / 32 + 1)) << toHex(input);
        const Bytes canonical = ipc::abi::encode(t, v);
        EXPECT_EQ(ipc::abi::decode(t, canonical), v) << toHex(input);
        return true;
    } catch (const ParseError&) {
    } catch (const std::exception& e) {
        ADD_FAILURE() << "unexpected exception " << e.what() << " for " << t.canonical() << " "
                      << toHex(input);
    }
    return false;
}

// A word that is likely to mean something to the decoder: small counts and offsets, extremes.
std::string interestingWord(std::mt19937_64& rng) {
    switch (rng() % 6) {
        case 0:
            return num(rng() % 8);
        case 1:
            return num(32 * (rng() % 12));
        case 2:
            return std::string(64, 'f');
        case 3:
            return num(rng() % 512);
        case 4:
            return toHex(randomBytes(rng, 32), false);
        default:
            return std::string(24, '0') + toHex(randomBytes(rng, 20), false);
    }
}

}  // namespace

TEST(AbiRoundTrip, RandomNestedTypes) {
    std::mt19937_64 rng(0xab1);
    for (int i = 0; i < 1500; ++i) {
        const Type t = randomType(rng, 0);
        const Value v = randomValue(rng, t);
        ASSERT_EQ(Type::parse(t.canonical()), t) << t.canonical();
        const Bytes encoded = ipc::abi::encode(t, v);
        ASSERT_EQ(ipc::abi::decode(t, encoded), v) << t.canonical() << " " << toHex(encoded);
        const Bytes single = ipc::abi::encodeSingle(t, v);
        ASSERT_EQ(ipc::abi::decodeSingle(t, single), v) << t.canonical();
        if (t.isDynamic()) {
            EXPECT_EQ(toHex(ByteView(single).first(32)), "0x" + num(0x20));
        } else {
            EXPECT_EQ(single, encoded);
            EXPECT_EQ(encoded.size(), t.headSize());
        }
    }
}

TEST(AbiFuzz, RandomAndMutatedInputs) {
    std::mt19937_64 rng(0xf0221);
    std::vector<Type> types;
    for (const char* t : kFuzzTypes)
        types.push_back(Type::parse(t));
    int runs = 0;
    int accepted = 0;
    for (int i = 0; i < 24000; ++i) {
        const Type& t = types[static_cast<std::size_t>(i) % types.size()];
        Bytes input;
        if (i % 3 == 0) {
            // Word soup.
            const std::size_t n = rng() % 24;
            std::string hex;
            for (std::size_t w = 0; w < n; ++w)
                hex += interestingWord(rng);
            input = fromHex(hex);
            if (rng() % 4 == 0)
                input.resize(input.size() - std::min<std::size_t>(input.size(), rng() % 32));
        } else if (i % 3 == 1) {
            input = randomBytes(rng, rng() % 400);
        } else {
            // A valid encoding with a few mutations.
            input = ipc::abi::encode(t, randomValue(rng, t));
            const int mutations = 1 + static_cast<int>(rng() % 3);
            for (int m = 0; m < mutations && !input.empty(); ++m) {
                const std::size_t pos = rng() % input.size();
                switch (rng() % 5) {
                    case 0:
                        input[pos] ^= static_cast<std::uint8_t>(1u << (rng() % 8));
                        break;
                    case 1: {
                        const Bytes w = fromHex(interestingWord(rng));
                        const std::size_t at = pos / 32 * 32;
                        for (std::size_t k = 0; k < 32 && at + k < input.size(); ++k) {
                            input[at + k] = w[k];
                        }
                        break;
                    }
                    case 2:
                        input.resize(pos);
                        break;
                    case 3:
                        input.insert(input.begin() + static_cast<std::ptrdiff_t>(pos / 32 * 32), 32,
                                     static_cast<std::uint8_t>(rng() % 2 ? 0 : 0xff));
                        break;
                    default:
                        input[pos] = static_cast<std::uint8_t>(rng());
                        break;
                }
            }
        }
        accepted += checkDecodeContract(t, input) ? 1 : 0;
        if (HasFailure())
            return;
        ++runs;
    }
    EXPECT_GE(runs, 20000);
    // Enough inputs get through to exercise the re-encoding checks too.
    std::printf("abi fuzz: %d of %d inputs decoded\n", accepted, runs);
    EXPECT_GT(accepted, 300);
}
