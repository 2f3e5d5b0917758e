// Contracts in a workspace: code and storage survive a restart and a snapshot revert, and a
// state saved in format version 2 (before contracts) still opens.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/storage/store.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

// Runtime: sstore(0, calldataload(0)).
const Bytes kRuntime = {0x60, 0x00, 0x35, 0x60, 0x00, 0x55, 0x00};

Bytes deployCode() {
    Bytes init = {0x60, static_cast<std::uint8_t>(kRuntime.size()),
                  0x80, 0x60,
                  0x0b, 0x60,
                  0x00, 0x39,
                  0x60, 0x00,
                  0xf3};
    init.insert(init.end(), kRuntime.begin(), kRuntime.end());
    return init;
}

Bytes word(std::uint8_t v) {
    Bytes b(32, 0);
    b[31] = v;
    return b;
}

DevnetOptions paused() {
    DevnetOptions o;
    o.paused = true;
    return o;
}

// Signs and submits a transaction from the first account, then mines one block.
void transact(Hierarchy& h, std::optional<EthAddress> to, Bytes data) {
    const SubnetNode& root = h.root();
    const EthAddress from = h.accounts()[0].address;
    chain::Transaction t;
    t.chainId = root.chain->params().chainId;
    t.nonce = root.chain->state().nonce(from);
    t.maxFeePerGas = root.chain->nextBaseFee() * U256(2);
    t.maxPriorityFeePerGas = U256(1);
    t.gasLimit = 200'000;
    t.to = to;
    t.data = std::move(data);
    h.submit(root.id, chain::sign(t, *h.keyFor(from)));
    h.mine(root.id, 1);
}

class ContractWorkspace : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("ipc-contract-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        path_ = (dir_ / "w.ipcws").string();
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::filesystem::path dir_;
    std::string path_;
};

evm::Word slot0(Devnet& d, const EthAddress& c) {
    return engine(d)
        .post([c](Hierarchy& h) { return h.root().chain->state().storageAt(c, evm::Word()); })
        .get();
}

}  // namespace

TEST_F(ContractWorkspace, CodeAndStorageSurviveRestartAndRevert) {
    const Topology topo = builtinTemplate("single");
    EthAddress contract;
    {
        auto d = Devnet::open(path_, &topo, paused());
        contract = engine(*d)
                       .post([](Hierarchy& h) {
                           const EthAddress from = h.accounts()[0].address;
                           const EthAddress c =
                               evm::createAddress(from, h.root().chain->state().nonce(from));
                           transact(h, std::nullopt, deployCode());
                           transact(h, c, word(7));
                           return c;
                       })
                       .get();
        EXPECT_EQ(slot0(*d, contract), evm::Word(7));
        const std::string id = d->snapshot("seven").get();
        engine(*d).post([&](Hierarchy& h) { transact(h, contract, word(9)); }).get();
        EXPECT_EQ(slot0(*d, contract), evm::Word(9));
        d->revert(id).get();
        EXPECT_EQ(slot0(*d, contract), evm::Word(7));
        engine(*d).post([&](Hierarchy& h) { transact(h, contract, word(8)); }).get();
    }
    auto d = Devnet::open(path_, nullptr, paused());
    EXPECT_EQ(slot0(*d, contract), evm::Word(8));
    const Bytes code =
        engine(*d)
            .post([&](Hierarchy& h) { return h.root().chain->state().code(contract)->bytes; })
            .get();
    EXPECT_EQ(code, kRuntime);
    // It keeps running: one more write after the restart.
    engine(*d).post([&](Hierarchy& h) { transact(h, contract, word(3)); }).get();
    EXPECT_EQ(slot0(*d, contract), evm::Word(3));
}

TEST_F(ContractWorkspace, AVersion2StateOpens) {
    const Topology topo = builtinTemplate("single");
    {
        auto d = Devnet::open(path_, &topo, paused());
        engine(*d).post([](Hierarchy& h) { h.mine(h.root().id, 3); }).get();
    }
    {
        auto store = storage::Store::open(path_);
        auto saved = store->engineState();
        ASSERT_TRUE(saved);
        Bytes old = saved->state;
        ASSERT_EQ(old.at(11), Hierarchy::kStateVersion);
        old[11] = 2;
        storage::WriteBatch b;
        b.engineState = old;
        store->write(b);
    }
    auto d = Devnet::open(path_, nullptr, paused());
    EXPECT_EQ(engine(*d).post([](Hierarchy& h) { return h.root().chain->height(); }).get(), 3u);
}
