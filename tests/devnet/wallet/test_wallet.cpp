// The devnet's wallet: the topology's accounts and a default, imports and exports, a workspace
// password that keeps every imported key out of the store file in plain form (the keystore
// rows and the engine's saved state alike), and transactions signed by the wallet's keys that
// the engine mines without ever keeping those keys.
#include <gtest/gtest.h>

#include <cpprest/json.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/crypto/bip32.h"
#include "ipc/core/evm/executor.h"
#include "ipc/core/primitives/error.h"
#include "ipc/core/primitives/token_amount.h"
#include "ipc/devnet/devnet.h"
#include "ipc/devnet/engine_access.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/wallet.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

// Not an account of the test mnemonic, so only an import can bring it in.
const std::string kKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
const EthAddress kKeyAddress = EthAddress::parse("0x2c7536e3605d9c16a7a3d7b1898e529396a65c23");
const EthAddress kAnvil0 = EthAddress::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
const EthAddress kAnvil3 = EthAddress::parse("0x90f79bf6eb2c4f870365e785982e1f101e93b906");
const std::string kAbandon =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const EthAddress kAbandon0 = EthAddress::parse("0x9858effd232b4033e47d90003d41ec34ecaeda94");

DevnetOptions paused() {
    DevnetOptions o;
    o.paused = true;
    o.wallet.storageScrypt = crypto::ScryptParams{1024, 8, 1};
    return o;
}

U256 fil(std::uint64_t whole) {
    return TokenAmount::fromWhole(whole).atto();
}

U256 balance(Devnet& d, const SubnetId& subnet, const EthAddress& a) {
    return engine(d)
        .post([&](Hierarchy& h) { return h.node(subnet)->chain->state().balance(a); })
        .get();
}

void mine(Devnet& d, std::uint64_t blocks = 1) {
    engine(d).post([blocks](Hierarchy& h) { h.mine(h.root().id, blocks); }).get();
}

bool mined(Devnet& d, const Hash32& tx) {
    return engine(d)
        .post([&](Hierarchy& h) {
            const auto loc = h.root().chain->findTx(tx);
            return loc && h.root().chain->block(loc->block)->receipts[loc->index].success;
        })
        .get();
}

class WalletWorkspace : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("ipc-wallet-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        path_ = (dir_ / "w.ipcws").string();
        topology_ = builtinTemplate("single");
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::unique_ptr<Devnet> open() { return Devnet::open(path_, &topology_, paused()); }

    // Every byte of the workspace: the database and its write-ahead log.
    std::string fileBytes() const {
        std::string all;
        for (const char* suffix : {"", "-wal"}) {
            std::ifstream in(path_ + suffix, std::ios::binary);
            all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        return all;
    }

    std::filesystem::path dir_;
    std::string path_;
    Topology topology_;
};

}  // namespace

TEST(Wallet, StartsWithTheTopologyAccountsAndADefault) {
    auto d = Devnet::start(builtinTemplate("single"), paused());
    Wallet& w = d->wallet();
    const auto accounts = w.accounts();
    ASSERT_EQ(accounts.size(), 10u);
    EXPECT_EQ(accounts[0].address, kAnvil0);
    EXPECT_EQ(accounts[3].address, kAnvil3);
    EXPECT_EQ(accounts[3].label, "account 3");
    EXPECT_EQ(accounts[3].kind, KeyKind::Derived);
    EXPECT_EQ(accounts[3].index, 3u);
    EXPECT_TRUE(accounts[0].isDefault);
    EXPECT_EQ(std::count_if(accounts.begin(), accounts.end(),
                            [](const WalletAccount& a) { return a.isDefault; }),
              1);
    EXPECT_EQ(w.defaultAccount(), kAnvil0);

    w.setDefaultAccount(kAnvil3);
    EXPECT_EQ(w.defaultAccount(), kAnvil3);
    EXPECT_FALSE(w.account(kAnvil0)->isDefault);
    EXPECT_THROW(w.setDefaultAccount(kKeyAddress), Error);  // not in the wallet

    // A new account continues the mnemonic after the prefunded ones.
    const std::uint64_t before = w.revision();
    const EthAddress fresh = w.newAccount();
    const std::string mnemonic = builtinTemplate("single").mnemonic;
    EXPECT_EQ(fresh, crypto::deriveEthereumKey(mnemonic, 10).ethAddress());
    EXPECT_EQ(w.account(fresh)->label, "account 10");
    EXPECT_GT(w.revision(), before);
    EXPECT_EQ(w.newAccount("spare"), crypto::deriveEthereumKey(mnemonic, 11).ethAddress());

    // Removing the default falls back to the first account.
    w.remove(kAnvil3);
    EXPECT_EQ(w.defaultAccount(), kAnvil0);
    EXPECT_EQ(w.accounts().size(), 11u);
    w.rename(kAnvil0, "alice");
    EXPECT_EQ(w.account(kAnvil0)->label, "alice");
}

TEST_F(WalletWorkspace, AccountsAndTheDefaultStayWithTheWorkspace) {
    {
        auto d = open();
        d->wallet().importPrivateKey(kKey, "imported");
        d->wallet().setDefaultAccount(kKeyAddress);
    }
    auto d = open();
    EXPECT_EQ(d->wallet().accounts().size(), 11u);  // not the prefunded ones again
    EXPECT_EQ(d->wallet().defaultAccount(), kKeyAddress);
    EXPECT_EQ(d->wallet().account(kKeyAddress)->label, "imported");
    EXPECT_EQ(d->wallet().exportHex(kKeyAddress), kKey);
}

TEST_F(WalletWorkspace, WithAPasswordNoKeyIsInTheFileInPlainForm) {
    const std::string digits = kKey.substr(2);
    {
        auto d = open();
        Wallet& w = d->wallet();
        w.importPrivateKey(kKey);
        // Without a password the key is stored as hex: the search below can find it.
        ASSERT_NE(fileBytes().find(digits), std::string::npos);
        w.setPassword("correct horse");
        // Use the key: the engine signs with it and saves its state after the block.
        w.faucet(kKeyAddress, fil(5)).get();
        mine(*d);
        const Hash32 tx = w.send(d->view()->subnets[0].id, kKeyAddress, kAnvil3, fil(1)).get();
        mine(*d);
        EXPECT_TRUE(mined(*d, tx));
        // A key imported while the password is set is sealed at once.
        w.importMnemonic(kAbandon, 0, "abandon");
    }
    const std::string bytes = fileBytes();
    EXPECT_EQ(bytes.find(digits), std::string::npos);
    const std::string abandonKey = crypto::deriveEthereumKey(kAbandon, 0).secret().hex(false);
    EXPECT_EQ(bytes.find(abandonKey), std::string::npos);

    // Reopened, the workspace is locked until the password opens it.
    auto d = open();
    Wallet& w = d->wallet();
    EXPECT_TRUE(w.hasPassword());
    EXPECT_TRUE(w.isLocked());
    EXPECT_FALSE(w.account(kKeyAddress)->usable);
    EXPECT_TRUE(w.account(kAnvil0)->usable);  // derived from the workspace mnemonic
    EXPECT_THROW(w.exportHex(kKeyAddress), Error);
    EXPECT_THROW(w.prepareSend(d->view()->subnets[0].id, kKeyAddress, kAnvil3, fil(1)), Error);
    w.unlock("correct horse");
    EXPECT_TRUE(w.account(kKeyAddress)->usable);
    EXPECT_EQ(w.exportHex(kKeyAddress), kKey);
}

TEST_F(WalletWorkspace, AWrongPasswordIsRefusedAndChangesNothing) {
    auto d = open();
    Wallet& w = d->wallet();
    w.importPrivateKey(kKey);
    w.setPassword("correct horse");
    w.lock();
    EXPECT_THROW(w.unlock("battery staple"), crypto::WrongPasswordError);
    EXPECT_TRUE(w.isLocked());
    EXPECT_THROW(w.changePassword("battery staple", "x"), crypto::WrongPasswordError);
    EXPECT_THROW(w.removePassword("battery staple"), crypto::WrongPasswordError);
    EXPECT_THROW(w.importPrivateKey(crypto::deriveEthereumKey(kAbandon, 1).secret().hex()),
                 Error);  // locked: nothing new can be sealed
    w.changePassword("correct horse", "battery staple");
    w.lock();
    EXPECT_THROW(w.unlock("correct horse"), crypto::WrongPasswordError);
    w.unlock("battery staple");
    EXPECT_EQ(w.exportHex(kKeyAddress), kKey);
    w.removePassword("battery staple");
    EXPECT_FALSE(w.hasPassword());
    EXPECT_FALSE(w.isLocked());
}

TEST(Wallet, ImportAndExportRoundTrips) {
    auto d = Devnet::start(builtinTemplate("single"), paused());
    Wallet& w = d->wallet();
    // Hex, with or without 0x.
    EXPECT_EQ(w.importPrivateKey(kKey.substr(2), "hex"), kKeyAddress);
    EXPECT_EQ(w.exportHex(kKeyAddress), kKey);
    EXPECT_THROW(w.importPrivateKey(kKey), Error);  // already there
    EXPECT_THROW(w.importPrivateKey("0x1234"), ParseError);

    // V3 JSON out of one wallet, into another.
    const std::string json = w.exportKeystoreJson(kKeyAddress, "export pw");
    const auto j = web::json::value::parse(json);
    EXPECT_EQ(j.at("address").as_string(), kKeyAddress.hex().substr(2));
    auto other = Devnet::start(builtinTemplate("single"), paused());
    EXPECT_THROW(other->wallet().importKeystoreJson(json, "wrong"), crypto::WrongPasswordError);
    EXPECT_EQ(other->wallet().importKeystoreJson(json, "export pw", "v3"), kKeyAddress);
    EXPECT_EQ(other->wallet().exportHex(kKeyAddress), kKey);
    EXPECT_EQ(other->wallet().account(kKeyAddress)->kind, KeyKind::KeystoreV3);

    // Mnemonic and index, as MetaMask derives them.
    EXPECT_EQ(w.importMnemonic(kAbandon, 0, "abandon"), kAbandon0);
    EXPECT_EQ(w.account(kAbandon0)->kind, KeyKind::Mnemonic);
    EXPECT_THROW(w.importMnemonic("abandon abandon", 0), ParseError);

    // ipc-cli's evm_keystore.json entry.
    const auto entry = web::json::value::parse(w.exportIpcCliEntry(kKeyAddress));
    EXPECT_EQ(entry.at("address").as_string(), kKeyAddress.hex());
    EXPECT_EQ(entry.at("private_key").as_string(), kKey.substr(2));
}

TEST(Wallet, ASendSignedByAnImportedKeyIsMinedAndTheKeyIsNotKept) {
    auto d = Devnet::start(builtinTemplate("single"), paused());
    Wallet& w = d->wallet();
    const SubnetId root = d->view()->subnets[0].id;
    w.importPrivateKey(kKey);
    EXPECT_THROW(w.faucet(kKeyAddress, U256{}), Error);
    const Hash32 topUp = w.faucet(kKeyAddress, fil(10)).get();
    mine(*d);
    EXPECT_TRUE(mined(*d, topUp));
    EXPECT_EQ(balance(*d, root, kKeyAddress), fil(10));

    const U256 before = balance(*d, root, kAnvil3);
    const FeeQuote fee =
        engine(*d).post([&](Hierarchy& h) { return quoteFee(h, root, kAnvil3); }).get();
    EXPECT_EQ(fee.gasLimit, 21000u);
    EXPECT_GT(fee.maxFee, fee.expectedFee);
    const Hash32 tx = w.send(root, kKeyAddress, kAnvil3, fil(2)).get();
    mine(*d);
    EXPECT_TRUE(mined(*d, tx));
    EXPECT_EQ(balance(*d, root, kAnvil3), before + fil(2));
    const U256 left = balance(*d, root, kKeyAddress);
    EXPECT_LT(left, fil(8));
    EXPECT_GE(left, fil(8) - fee.maxFee);
    // The engine signed with the key it was given and kept nothing.
    EXPECT_FALSE(
        engine(*d).post([](Hierarchy& h) { return h.keyFor(kKeyAddress).has_value(); }).get());

    // A stopped devnet takes no more sends from a wallet kept beyond it.
    std::shared_ptr<Wallet> kept = d->sharedWallet();
    d.reset();
    EXPECT_THROW(kept->send(root, kKeyAddress, kAnvil3, fil(1)), Error);
}

TEST(Wallet, ASendIntoAContractGetsTheGasItsExecutionNeeds) {
    auto d = Devnet::start(builtinTemplate("single"), paused());
    Wallet& w = d->wallet();
    const SubnetId root = d->view()->subnets[0].id;
    // Runtime: v = calldata[0:32]; v == 0 reverts, else sstore(0, v). Deployed by a plain
    // creation transaction from account 0.
    const Bytes runtime = fromHex("6000358015600c57600055005b600080fd");
    Bytes init = fromHex(
        "60118060"
        "0b6000396000f3");
    init.insert(init.end(), runtime.begin(), runtime.end());
    const EthAddress contract = engine(*d)
                                    .post([&](Hierarchy& h) {
                                        const chain::SubnetChain& c = *h.root().chain;
                                        chain::Transaction tx;
                                        tx.type = chain::TxType::Eip1559;
                                        tx.chainId = c.params().chainId;
                                        tx.nonce = c.state().nonce(kAnvil0);
                                        tx.maxPriorityFeePerGas = U256(1);
                                        tx.maxFeePerGas = c.nextBaseFee() * U256(2) + U256(1);
                                        tx.gasLimit = 200'000;
                                        tx.data = init;
                                        h.submit(root, chain::sign(tx, *h.keyFor(kAnvil0)));
                                        return evm::createAddress(kAnvil0, tx.nonce);
                                    })
                                    .get();
    mine(*d);
    const Bytes seven = fromHex("0x" + std::string(62, '0') + "07");
    const FeeQuote quote =
        engine(*d)
            .post([&](Hierarchy& h) { return quoteFee(h, root, contract, seven, kAnvil0); })
            .get();
    // Intrinsic gas (21000 + calldata) is not enough: the SSTORE alone costs 22100.
    EXPECT_GT(quote.gasLimit, 21'000u + 22'100u);
    const Hash32 tx = w.send(root, kAnvil0, contract, U256{}, seven).get();
    mine(*d);
    EXPECT_TRUE(mined(*d, tx));
    EXPECT_EQ(engine(*d)
                  .post([&](Hierarchy& h) {
                      return h.root().chain->state().storageAt(contract, evm::Word());
                  })
                  .get(),
              evm::Word(7));
    // A call that would fail is refused with its reason and nothing is sent.
    const std::uint64_t nonce =
        engine(*d).post([](Hierarchy& h) { return h.root().chain->state().nonce(kAnvil0); }).get();
    try {
        w.send(root, kAnvil0, contract, U256{}, Bytes(32, 0)).get();
        ADD_FAILURE() << "a reverting call was sent";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("the call would fail: execution reverted"),
                  std::string::npos)
            << e.what();
    }
    mine(*d);
    EXPECT_EQ(
        engine(*d).post([](Hierarchy& h) { return h.root().chain->state().nonce(kAnvil0); }).get(),
        nonce);
}

TEST(Wallet, BalanceSheetCoversEverySubnet) {
    auto d = Devnet::start(builtinTemplate("three-level"), paused());
    const auto sheet = engine(*d)
                           .post([](Hierarchy& h) {
                               // A repeated address counts once.
                               return makeBalanceSheet(h, {kAnvil0, kKeyAddress, kAnvil0});
                           })
                           .get();
    ASSERT_EQ(sheet.subnets.size(), 7u);
    EXPECT_EQ(sheet.names[0], "root");
    EXPECT_EQ(sheet.balances.at(kAnvil0)[0], fil(10000));
    EXPECT_EQ(sheet.balances.at(kAnvil0)[1], fil(1000));  // alpha's prefund
    EXPECT_EQ(sheet.balances.at(kKeyAddress)[1], U256{});
    EXPECT_EQ(sheet.nonces.at(kAnvil0).size(), 7u);
    EXPECT_EQ(sheet.balances.at(kAnvil0).size(), 7u);
    EXPECT_EQ(sheet.balances.size(), 2u);
}

TEST(AccountAddress, AcceptsEthAndDelegatedFormsAndSaysWhatIsWrong) {
    const EthAddress vector = EthAddress::parse("0x2e714a3c385ea88a09998ed74db265dae9853667");
    EXPECT_EQ(parseAccountAddress("0x2e714a3c385ea88a09998ed74db265dae9853667"), vector);
    EXPECT_EQ(parseAccountAddress("  0x2E714A3C385ea88a09998Ed74db265DAe9853667 "), vector);
    EXPECT_EQ(parseAccountAddress("f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq"), vector);
    EXPECT_EQ(parseAccountAddress("t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq"), vector);
    EXPECT_EQ(delegatedAddress(vector), "t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq");
    EXPECT_EQ(delegatedAddress(vector, Network::Mainnet),
              "f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq");

    const auto problem = [](const char* text) { return checkAccountAddress(text).problem; };
    EXPECT_EQ(problem(""), AddressProblem::Empty);
    EXPECT_EQ(problem("alice"), AddressProblem::NotAnAddress);
    EXPECT_EQ(problem("0x2e714a3c"), AddressProblem::HexLength);
    EXPECT_EQ(problem("0x2e714a3c385ea88a09998ed74db265dae985366g"), AddressProblem::HexDigits);
    EXPECT_EQ(problem("0x2E714a3c385ea88a09998ed74db265dae9853667"), AddressProblem::Checksum);
    EXPECT_EQ(problem("t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsra"),
              AddressProblem::FilecoinForm);
    EXPECT_EQ(problem("f01001"), AddressProblem::NotAccount);
    EXPECT_THROW(parseAccountAddress("0x12"), ParseError);
}

TEST(TransferCall, OneHopUsesFundOrReleaseFurtherARoutedMessage) {
    const SubnetId root = SubnetId::parse("/r31337");
    const SubnetId a = SubnetId::parse("/r31337/t410fhwibtof7hp6v5f453q5soyn6ksxym7chbqata2q");
    const SubnetId a1 =
        SubnetId::parse("/r31337/t410fhwibtof7hp6v5f453q5soyn6ksxym7chbqata2q/t0100");
    EXPECT_EQ(transferCall(root, a), TransferCall::Fund);
    EXPECT_EQ(transferCall(a, root), TransferCall::Release);
    EXPECT_EQ(transferCall(root, a1), TransferCall::CrossMessage);
    EXPECT_EQ(transferCall(a1, root), TransferCall::CrossMessage);
}

namespace {

// A multi-hop transfer (root to a grandchild) is quoted for the call data the devnet sends
// (the gateway's xnetTransfer, from the sender with the amount), so the quote's gas is the gas
// limit of the transaction that goes out.
TEST(WalletFees, MultiHopQuoteIsForTheCallThatIsSent) {
    Hierarchy h(builtinTemplate("three-level"));
    ASSERT_TRUE(h.runUntilRootHeight(2, 600'000));
    const SubnetNode& root = h.root();
    ASSERT_FALSE(root.children.empty());
    ASSERT_FALSE(root.children.at(0)->children.empty());
    const SubnetId grandchild = root.children.at(0)->children.at(0)->id;
    ASSERT_EQ(transferCall(root.id, grandchild), TransferCall::CrossMessage);
    const NamedAccount& sender = h.accounts().at(0);
    const protocol::IpcAddress to{grandchild, h.accounts().at(1).address};
    const U256 amount = TokenAmount::fromWhole(1).atto();

    const FeeQuote quote = quoteTransferFee(h, root.id, sender.address, to, amount);
    const Hash32 hash = h.crossTransfer(root.id, sender.address, to, amount);
    std::optional<std::uint64_t> gasLimit;
    for (const auto& tx : root.chain->mempool().all()) {
        if (tx->hash == hash)
            gasLimit = tx->signedTx.tx.gasLimit;
    }
    ASSERT_TRUE(gasLimit.has_value());
    EXPECT_EQ(quote.gasLimit, *gasLimit);
    EXPECT_EQ(quote.expectedFee, U256(quote.gasLimit) * (quote.baseFee + U256(1)));
}

}  // namespace
