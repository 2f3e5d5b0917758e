// Hardhat's console.log calldata turned into the lines Hardhat prints (ipc/core/abi/console.h).
#include "ipc/core/abi/console.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ipc/core/encoding/abi.h"
#include "ipc/core/evm/executor.h"

using namespace ipc;
using V = ipc::abi::Value;

namespace {

std::string line(std::string_view signature, const std::vector<V>& args) {
    return ipc::abi::consoleLine(ipc::abi::encodeCall(signature, args));
}

V u(std::uint64_t v) {
    return V::uint(U256(v));
}

Bytes fixed(std::size_t n) {
    Bytes b(n);
    for (std::size_t i = 0; i < n; ++i)
        b[i] = static_cast<std::uint8_t>(i + 1);
    return b;
}

}  // namespace

TEST(ConsoleLog, TheAddressSpellsConsoleLog) {
    EXPECT_EQ(evm::consoleAddress().hex(), "0x000000000000000000636f6e736f6c652e6c6f67");
}

TEST(ConsoleLog, EverySingleArgumentType) {
    EXPECT_EQ(line("log()", {}), "");
    EXPECT_EQ(line("log(uint256)", {V::uint(U256::max())}),
              "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    EXPECT_EQ(line("log(int256)", {V::int64(-42)}), "-42");
    EXPECT_EQ(line("log(int256)", {V::int64(42)}), "42");
    EXPECT_EQ(line("log(string)", {V::string("hello world")}), "hello world");
    EXPECT_EQ(line("log(bool)", {V::boolean(true)}), "true");
    EXPECT_EQ(line("log(bool)", {V::boolean(false)}), "false");
    const EthAddress a = EthAddress::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    EXPECT_EQ(line("log(address)", {V::address(a)}), "0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    EXPECT_EQ(line("log(bytes)", {V::bytes({0xc0, 0xff, 0xee})}), "0xc0ffee");
    EXPECT_EQ(line("log(bytes)", {V::bytes({})}), "0x");
    for (std::size_t n = 1; n <= 32; ++n) {
        const std::string sig = "log(bytes" + std::to_string(n) + ")";
        EXPECT_EQ(line(sig, {V::fixedBytes(fixed(n))}), toHex(fixed(n))) << sig;
    }
}

TEST(ConsoleLog, EveryCombinationOfUpToFourArguments) {
    // console.sol has log(p0..p3) over uint256, string, bool and address: 4 + 16 + 64 + 256.
    const char* types[] = {"uint256", "string", "bool", "address"};
    const EthAddress a = EthAddress::parse("0x00000000000000000000000000000000000000aa");
    const V values[] = {u(7), V::string("s"), V::boolean(true), V::address(a)};
    const char* texts[] = {"7", "s", "true", "0x00000000000000000000000000000000000000aa"};
    int checked = 0;
    for (int arity = 1; arity <= 4; ++arity) {
        int combos = 1;
        for (int i = 0; i < arity; ++i)
            combos *= 4;
        for (int c = 0; c < combos; ++c) {
            std::string sig = "log(";
            std::vector<V> args;
            std::string want;
            int rest = c;
            for (int i = 0; i < arity; ++i) {
                sig += (i == 0 ? "" : ",") + std::string(types[rest % 4]);
                args.push_back(values[rest % 4]);
                want += (i == 0 ? "" : " ") + std::string(texts[rest % 4]);
                rest /= 4;
            }
            EXPECT_EQ(line(sig + ")", args), want) << sig;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 340);
}

TEST(ConsoleLog, LegacyUintAndIntSpellings) {
    // Old console libraries hashed "log(uint)" and "log(int)": other selectors, same encoding.
    const auto encode = [](std::string_view text, const std::vector<V>& args,
                           std::string_view canonical) {
        Bytes data = ipc::abi::encodeCall(canonical, args);
        const auto sel = ipc::abi::selector(text);
        std::copy(sel.bytes.begin(), sel.bytes.end(), data.begin());
        return data;
    };
    EXPECT_EQ(ipc::abi::consoleLine(encode("log(uint)", {u(5)}, "log(uint256)")), "5");
    EXPECT_EQ(ipc::abi::consoleLine(encode("log(int)", {V::int64(-5)}, "log(int256)")), "-5");
    EXPECT_EQ(ipc::abi::consoleLine(
                  encode("log(string,uint)", {V::string("n ="), u(3)}, "log(string,uint256)")),
              "n = 3");
    EXPECT_EQ(ipc::abi::consoleLine(encode("log(uint,uint,uint,uint)", {u(1), u(2), u(3), u(4)},
                                           "log(uint256,uint256,uint256,uint256)")),
              "1 2 3 4");
}

TEST(ConsoleLog, FormatSpecifiersInTheFirstString) {
    EXPECT_EQ(line("log(string,uint256)", {V::string("balance %s wei"), u(10)}), "balance 10 wei");
    // %d and %i print any uint256 exactly (Hardhat passes numbers as text).
    EXPECT_EQ(line("log(string,uint256)", {V::string("%d!"), V::uint(U256::max())}),
              "115792089237316195423570985008687907853269984665640564039457584007913129639935!");
    EXPECT_EQ(line("log(string,uint256,uint256)", {V::string("%i + %d"), u(1), u(2)}), "1 + 2");
    EXPECT_EQ(line("log(string,string)", {V::string("%o"), V::string("it's")}), "\"it's\"");
    EXPECT_EQ(line("log(string,string)", {V::string("%O|%j"), V::string("a\nb")}), "'a\\nb'|%j");
    EXPECT_EQ(line("log(string,string,string)",
                   {V::string("%O|%j"), V::string("x"), V::string("say \"y\"")}),
              "'x'|\"say \\\"y\\\"\"");
    EXPECT_EQ(line("log(string,string)", {V::string("%f"), V::string("1.50abc")}), "1.5");
    EXPECT_EQ(line("log(string,uint256)", {V::string("%f"), u(10000000000000000000ULL)}),
              "10000000000000000000");
    EXPECT_EQ(line("log(string,string)", {V::string("[%c]"), V::string("css")}), "[]");
    EXPECT_EQ(line("log(string,uint256)", {V::string("100%% of %s"), u(3)}), "100% of 3");
    // Unknown specifiers stay; extra arguments follow with spaces; missing ones leave the
    // specifier (Hardhat has already turned %d into %s then).
    EXPECT_EQ(line("log(string,uint256)", {V::string("%x %s"), u(3)}), "%x 3");
    EXPECT_EQ(line("log(string,uint256,bool)", {V::string("a %s"), u(1), V::boolean(false)}),
              "a 1 false");
    EXPECT_EQ(line("log(string,uint256)", {V::string("%s %d"), u(1)}), "1 %s");
    // A lone string is printed as is, %% included (Node formats nothing with one argument).
    EXPECT_EQ(line("log(string)", {V::string("100%%")}), "100%%");
    // A first argument that is not a string is no format.
    EXPECT_EQ(line("log(uint256,string)", {u(5), V::string("%s")}), "5 %s");
}

TEST(ConsoleLog, FormatArgsFollowsNodeUtilFormat) {
    EXPECT_EQ(ipc::abi::formatConsoleArgs({}), "");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"a", "b"}), "a b");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"%s%s", "a", "b"}), "ab");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"%%s", "a"}), "%s a");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"%f", "1e21"}), "1e+21");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"%f", "0.000001"}), "0.000001");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"%f", "1e-7"}), "1e-7");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"%f", "-0"}), "-0");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"%f", "abc"}), "NaN");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"%o", "a'b\"c"}), "`a'b\"c`");
    EXPECT_EQ(ipc::abi::formatConsoleArgs({"%o", "tab\there\x01"}), "'tab\\there\\x01'");
}

TEST(ConsoleLog, MalformedCalldataIsShownRaw) {
    Bytes good = ipc::abi::encodeCall("log(string)", {V::string("hello")});
    Bytes truncated(good.begin(), good.end() - 8);
    Bytes badOffset = good;
    badOffset[4 + 31] = 0x80;
    Bytes dirtyBool = ipc::abi::encodeCall("log(bool)", {V::boolean(true)});
    dirtyBool.back() = 2;
    const Bytes unknown = {0xde, 0xad, 0xbe, 0xef, 0x00};
    const Bytes tooShort = {0x41, 0x30};
    for (const Bytes* d : std::initializer_list<const Bytes*>{&truncated, &badOffset, &dirtyBool,
                                                              &unknown, &tooShort}) {
        std::string got;
        EXPECT_NO_THROW(got = ipc::abi::consoleLine(*d));
        EXPECT_EQ(got, "console.log call not understood: " + toHex(*d));
    }
    const std::vector<std::string> lines =
        ipc::abi::consoleLines({good, unknown, ipc::abi::encodeCall("log(uint256)", {u(1)})});
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "hello", "console.log call not understood: 0xdeadbeef00", "1"}));
}
