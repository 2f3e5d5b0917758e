// What the wallet and transfer tests share: a three-level hierarchy held paused, so virtual time
// moves only when a test says (Hierarchy::runUntil on the engine thread), and reads of balances
// and receipts through the bridge. Every wait is a QTRY_* on what the engine answered.
#pragma once

#include <QDir>
#include <QObject>
#include <QTest>
#include <QWidget>

#include "engine_query.h"
#include "ipc/core/primitives/token_amount.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/ui/bridge/devnet_bridge.h"

namespace wallet_test {

constexpr int kTimeout = 20000;

inline ipc::U256 fil(std::uint64_t whole) {
    return ipc::TokenAmount::fromWhole(whole).atto();
}

inline QString hex(const ipc::EthAddress& a) {
    return QString::fromStdString(a.toChecksumHex());
}

// anvil's accounts 0 and 3 (the topology's prefunded accounts).
inline const ipc::EthAddress& anvil0() {
    static const auto a = ipc::EthAddress::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    return a;
}
inline const ipc::EthAddress& anvil3() {
    static const auto a = ipc::EthAddress::parse("0x90f79bf6eb2c4f870365e785982e1f101e93b906");
    return a;
}

// Saves `w` as NAME.png in $IPC_SCREENSHOT_DIR when that is set (for the README's pictures).
inline void shoot(QWidget& w, const char* name) {
    const QString dir = qEnvironmentVariable("IPC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(150);  // let queued repaints land
    w.grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

class Harness : public QObject {
public:
    explicit Harness(const char* templateName = "three-level") {
        ipc::devnet::DevnetOptions o;
        o.paused = true;
        o.wallet.storageScrypt = ipc::crypto::ScryptParams{1024, 8, 1};
        bridge.start(QString::fromLatin1(templateName), o);
    }

    // Call with QVERIFY(h.ready()) after QTRY: the hierarchy runs and its first view arrived.
    bool ready() const { return bridge.isRunning() && bridge.view() != nullptr; }

    QString id(const std::string& name) const {
        const auto view = bridge.view();
        for (const auto& s : view->subnets) {
            if (s.name == name)
                return QString::fromStdString(s.id.toString());
        }
        return {};
    }

    // Runs the engine's clock `ms` further; true once done.
    bool advance(std::uint64_t ms) {
        bool done = false;
        engineQuery(
            bridge, this,
            [ms](ipc::devnet::Hierarchy& h) {
                h.runUntil(h.now() + ms);
                return h.now();
            },
            [&done](std::uint64_t) { done = true; });
        return QTest::qWaitFor([&done] { return done; }, kTimeout);
    }

    template <class R, class Fn>
    R read(Fn fn) {
        std::optional<R> out;
        engineQuery(bridge, this, fn, [&out](const R& r) { out = r; });
        // A default value when no answer comes: the caller's comparison then fails.
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, kTimeout);
        return out.value_or(R{});
    }

    ipc::U256 balance(const QString& subnet, const ipc::EthAddress& a) {
        const std::string s = subnet.toStdString();
        return read<ipc::U256>([s, a](ipc::devnet::Hierarchy& h) {
            return h.node(ipc::SubnetId::parse(s))->chain->state().balance(a);
        });
    }

    // What the transaction `tx` on `subnet` paid in fees (0 when not mined).
    ipc::U256 feePaid(const QString& subnet, const QString& tx) {
        const std::string s = subnet.toStdString();
        const std::string t = tx.toStdString();
        return read<ipc::U256>([s, t](ipc::devnet::Hierarchy& h) {
            const auto* n = h.node(ipc::SubnetId::parse(s));
            const auto loc = n->chain->findTx(ipc::Hash32::fromHexString(t));
            if (!loc)
                return ipc::U256{};
            const auto& r = n->chain->block(loc->block)->receipts[loc->index];
            return ipc::U256(r.gasUsed) * r.effectiveGasPrice;
        });
    }

    ipc::ui::DevnetBridge bridge;
};

}  // namespace wallet_test
