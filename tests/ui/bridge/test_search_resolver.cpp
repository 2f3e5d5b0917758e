// The search text classifier, and the resolver run against a real hierarchy driven directly
// (no engine thread): blocks, transactions, tracing ids, checkpoints, addresses and subnet ids.
#include <QTest>

#include "ipc/core/primitives/fvm_address.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/query_answers.h"
#include "ipc/devnet/topology.h"
#include "ipc/ui/bridge/search_resolver.h"

using ipc::ui::SearchHit;
using ipc::ui::SearchKind;
using ipc::ui::SearchResolver;
namespace devnet = ipc::devnet;

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// The search box's path without the bridge: the engine's look-up on this hierarchy, worded by
// the resolver.
SearchHit resolve(devnet::Hierarchy& h, const ipc::ui::SearchQuery& query,
                  const QString& preferred) {
    const auto asked = SearchResolver::engineQuery(query, preferred);
    if (!asked)
        return SearchResolver::describe(query, devnet::SearchAnswer{});
    return SearchResolver::describe(query, devnet::answer(h, *asked));
}

}  // namespace

class TestSearchResolver : public QObject {
    Q_OBJECT
private slots:
    void classifiesEachKindOfText() {
        QCOMPARE(SearchResolver::classify(QStringLiteral("1234")).kind, SearchKind::BlockNumber);
        QCOMPARE(SearchResolver::classify(QStringLiteral(" #77 ")).number, 77u);
        QCOMPARE(SearchResolver::classify(QStringLiteral("block 5")).kind, SearchKind::BlockNumber);
        const auto cp = SearchResolver::classify(QStringLiteral("checkpoint 20"));
        QCOMPARE(cp.kind, SearchKind::CheckpointHeight);
        QCOMPARE(cp.number, 20u);
        QCOMPARE(SearchResolver::classify(QStringLiteral("cp30")).kind,
                 SearchKind::CheckpointHeight);
        QCOMPARE(
            SearchResolver::classify(QStringLiteral("0x") + QString(64, QLatin1Char('a'))).kind,
            SearchKind::Hash);
        const auto addr =
            SearchResolver::classify(QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(addr.kind, SearchKind::Address);
        const QString t410 = q(ipc::FvmAddress::fromEth(addr.address).toString());
        QVERIFY(t410.startsWith(QLatin1String("t410f")));
        const auto fromT410 = SearchResolver::classify(t410);
        QCOMPARE(fromT410.kind, SearchKind::Address);
        QVERIFY(fromT410.address == addr.address);
        QCOMPARE(SearchResolver::classify(QStringLiteral("/r31337")).kind, SearchKind::Subnet);
        for (const char* bad : {"", "hello", "0x1234", "/r31337/nonsense", "cp x"}) {
            const auto r = SearchResolver::classify(QString::fromLatin1(bad));
            QVERIFY2(r.kind == SearchKind::Invalid, bad);
            QVERIFY2(!r.problem.isEmpty(), bad);
        }
    }

    void resolvesAgainstARunningHierarchy() {
        devnet::Hierarchy h(devnet::builtinTemplate("two-level"));
        QVERIFY(h.runUntilRootHeight(5, 600'000));
        const auto& from = h.accounts().at(0).address;
        const auto& to = h.accounts().at(1).address;
        const ipc::Hash32 tx = h.send(h.root().id, from, to, ipc::U256(12345));
        const auto* child = h.root().children.at(0);
        const ipc::Hash32 funding =
            h.fund(child->id, from, to, ipc::U256(1'000'000'000'000'000ULL));
        QVERIFY(h.runUntilCondition(
            [&] {
                return !child->gateway().recentCheckpoints().empty() &&
                       h.root().chain->findTx(tx).has_value();
            },
            600'000));
        const QString rootId = q(h.root().id.toString());
        const QString childId = q(child->id.toString());

        // A block number looks in the preferred subnet.
        auto hit = resolve(h, SearchResolver::classify(QStringLiteral("3")), {});
        QCOMPARE(hit.what, SearchHit::What::Block);
        QCOMPARE(hit.subnetId, rootId);
        hit = resolve(h, SearchResolver::classify(QStringLiteral("2")), childId);
        QCOMPARE(hit.subnetId, childId);
        hit = resolve(h, SearchResolver::classify(QStringLiteral("99999999")), {});
        QCOMPARE(hit.what, SearchHit::What::Nothing);
        QVERIFY(hit.summary.contains(QLatin1String("no block 99999999")));

        hit = resolve(h, SearchResolver::classify(q(tx.hex())), childId);
        QCOMPARE(hit.what, SearchHit::What::Transaction);
        QCOMPARE(hit.subnetId, rootId);
        QVERIFY(hit.height > 0);

        // The fund is a cross-net message: its transaction hash and tracing id both resolve.
        QVERIFY(!h.messages().empty());
        const ipc::Hash32 tracing = h.messages().begin()->first;
        hit = resolve(h, SearchResolver::classify(q(tracing.hex())), {});
        QCOMPARE(hit.what, SearchHit::What::Message);
        hit = resolve(h, SearchResolver::classify(q(funding.hex())), {});
        QCOMPARE(hit.what, SearchHit::What::Transaction);

        const std::uint64_t cpHeight = child->gateway().recentCheckpoints().rbegin()->first;
        hit =
            resolve(h, SearchResolver::classify(QStringLiteral("checkpoint %1").arg(cpHeight)), {});
        QCOMPARE(hit.what, SearchHit::What::Checkpoint);
        QCOMPARE(hit.subnetId, childId);

        hit = resolve(h, SearchResolver::classify(q(child->id.toString())), {});
        QCOMPARE(hit.what, SearchHit::What::Subnet);
        QCOMPARE(hit.subnetId, childId);
        hit = resolve(h, SearchResolver::classify(q(child->id.actor()->toChecksumHex())), {});
        QCOMPARE(hit.what, SearchHit::What::Subnet);
        hit = resolve(h, SearchResolver::classify(q(from.toChecksumHex())), {});
        QCOMPARE(hit.what, SearchHit::What::Account);
        hit = resolve(
            h,
            SearchResolver::classify(QStringLiteral("0x00000000000000000000000000000000000000ab")),
            {});
        QCOMPARE(hit.what, SearchHit::What::Nothing);
        hit = resolve(
            h, SearchResolver::classify(QStringLiteral("0x") + QString(64, QLatin1Char('e'))), {});
        QCOMPARE(hit.what, SearchHit::What::Nothing);
    }
};

QTEST_APPLESS_MAIN(TestSearchResolver)
#include "test_search_resolver.moc"
