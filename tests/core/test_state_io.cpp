// StateWriter's in-place nested lists against the copying way the state codec used to build
// them: the saved-state format is versioned and checksummed, so the bytes must not change.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "ipc/core/chain/state_io.h"
#include "ipc/core/primitives/error.h"

using namespace ipc;
using chain::StateReader;
using chain::StateWriter;

namespace {

SubnetId deepSubnet() {
    SubnetId id(314159);
    for (std::uint8_t i = 1; i <= 4; ++i) {
        FixedBytes<20> raw;
        raw.bytes.fill(i);
        id = id.child(EthAddress(raw));
    }
    return id;
}

// A record shaped like the engine's: short and long lists, empty lists, nested three deep.
void fillCopying(StateWriter& w, std::size_t entries) {
    w.u64(42).text("three-level");
    StateWriter table;
    for (std::size_t i = 0; i < entries; ++i) {
        StateWriter e;
        e.u64(i).u256(U256(i) * U256(1000000007)).subnet(deepSubnet());
        StateWriter empty;
        e.list(empty);
        StateWriter sigs;
        for (std::size_t k = 0; k < i % 4; ++k)
            sigs.bytes(Bytes(65, static_cast<std::uint8_t>(k)));
        e.list(sigs);
        table.list(e);
    }
    w.list(table).boolean(true);
    StateWriter none;
    w.list(none);
}

void fillInPlace(StateWriter& w, std::size_t entries) {
    w.u64(42).text("three-level");
    w.list([&](StateWriter& table) {
         for (std::size_t i = 0; i < entries; ++i) {
             table.list([&](StateWriter& e) {
                 e.u64(i).u256(U256(i) * U256(1000000007)).subnet(deepSubnet());
                 e.list([](StateWriter&) {});
                 e.list([&](StateWriter& sigs) {
                     for (std::size_t k = 0; k < i % 4; ++k)
                         sigs.bytes(Bytes(65, static_cast<std::uint8_t>(k)));
                 });
             });
         }
     }).boolean(true);
    w.list([](StateWriter&) {});
}

}  // namespace

TEST(StateWriter, InPlaceListsGiveTheSameBytes) {
    // 0 entries: only short lists; 1: a long entry; 300: a table longer than 65,535 bytes.
    for (std::size_t entries : {0u, 1u, 2u, 3u, 300u}) {
        StateWriter copying;
        fillCopying(copying, entries);
        StateWriter inPlace;
        fillInPlace(inPlace, entries);
        const Bytes expected = copying.encoded();
        ASSERT_EQ(inPlace.encoded(), expected) << entries << " entries";
        // The result still reads back field by field.
        const rlp::Item item = rlp::decode(expected);
        StateReader r(item, "state");
        EXPECT_EQ(r.u64("version"), 42u);
        EXPECT_EQ(r.text("name"), "three-level");
        StateReader table = r.list("table");
        std::size_t n = 0;
        while (!table.atEnd()) {
            StateReader e = table.list("entry");
            EXPECT_EQ(e.u64("index"), n);
            e.u256("value");
            EXPECT_EQ(e.subnet("subnet"), deepSubnet());
            EXPECT_TRUE(e.list("empty").atEnd());
            EXPECT_EQ(e.list("sigs").remaining(), n % 4);
            ++n;
        }
        EXPECT_EQ(n, entries);
    }
}

TEST(StateWriter, TakeIsEncodedAfterHeadroom) {
    StateWriter a;
    fillInPlace(a, 50);
    const Bytes expected = a.encoded();
    const Bytes taken = a.take(44);
    ASSERT_EQ(taken.size(), expected.size() + 44);
    EXPECT_EQ(Bytes(taken.begin() + 44, taken.end()), expected);
    // Empty afterwards, and usable again.
    EXPECT_EQ(a.encoded(), StateWriter().encoded());
    StateWriter b;
    b.reserve(expected.size());
    fillInPlace(b, 50);
    EXPECT_EQ(b.take(), expected);
}

TEST(StateWriter, AppendingAWriterWithAnOpenListIsRefused) {
    // list(nested) of a writer in the middle of list(fill) would write a half-built list.
    StateWriter outer;
    outer.list(
        [&](StateWriter& self) { EXPECT_THROW(StateWriter().list(self), std::logic_error); });
}
