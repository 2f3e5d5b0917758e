// HierarchyGraph fed with views of real hierarchies: one card per subnet laid out as a tree,
// edges labelled with the checkpoint lag, clicks selecting subnets, checkpoint animations capped,
// and a 16-chain hierarchy still readable when fitted.
#include <QGraphicsItem>
#include <QSignalSpy>
#include <QTest>

#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/views.h"
#include "ipc/ui/graph/hierarchy_graph.h"

using ipc::ui::CheckpointSample;
using ipc::ui::HierarchyGraph;
using ipc::ui::HierarchyViewPtr;

namespace {

HierarchyViewPtr viewOf(const ipc::devnet::Hierarchy& h) {
    return std::make_shared<const ipc::devnet::HierarchyView>(ipc::devnet::makeHierarchyView(h));
}

QString idText(const ipc::SubnetId& id) {
    return QString::fromStdString(id.toString());
}

// Root → 3 subnets → 4 leaves each: 16 chains.
ipc::devnet::Topology wideTopology() {
    ipc::devnet::Topology t = ipc::devnet::builtinTemplate("single");
    const ipc::devnet::SubnetSpec leaf = t.subnets.at(0);
    t.subnets.clear();
    for (const char* parent : {"alpha", "beta", "gamma"}) {
        ipc::devnet::SubnetSpec p = leaf;
        p.name = parent;
        for (int i = 1; i <= 4; ++i) {
            ipc::devnet::SubnetSpec c = leaf;
            c.name = std::string(parent) + "-" + std::to_string(i);
            p.children.push_back(c);
        }
        t.subnets.push_back(p);
    }
    return t;
}

void checkNoOverlap(const HierarchyGraph& graph, const ipc::devnet::HierarchyView& view) {
    for (std::size_t i = 0; i < view.subnets.size(); ++i) {
        const QRectF a = graph.cardRect(idText(view.subnets[i].id));
        QVERIFY(!a.isEmpty());
        for (std::size_t j = i + 1; j < view.subnets.size(); ++j) {
            const QRectF b = graph.cardRect(idText(view.subnets[j].id));
            QVERIFY2(!a.intersects(b), qPrintable(QString::fromStdString(
                                           view.subnets[i].name + " / " + view.subnets[j].name)));
        }
        if (const auto& parent = view.subnets[i].parent) {
            // Parents sit above their children.
            QVERIFY(graph.cardRect(idText(*parent)).bottom() < a.top());
        }
    }
}

}  // namespace

class TestHierarchyGraph : public QObject {
    Q_OBJECT
private slots:
    void cardsAndEdgesForThreeLevels() {
        ipc::devnet::Hierarchy h(ipc::devnet::builtinTemplate("three-level"));
        HierarchyGraph graph;
        graph.resize(1100, 700);
        graph.setHierarchy(viewOf(h));
        QCOMPARE(graph.cardCount(), 7);
        QCOMPARE(graph.edgeCount(), 6);
        checkNoOverlap(graph, *viewOf(h));

        h.runUntil(35'000);
        const HierarchyViewPtr view = viewOf(h);
        graph.setHierarchy(view);
        QCOMPARE(graph.cardCount(), 7);  // updated in place
        for (const auto& s : view->subnets) {
            const QStringList text = graph.cardText(idText(s.id));
            QCOMPARE(text.value(0), QString::fromStdString(s.name));
            QCOMPARE(text.value(2), QLocale().toString(static_cast<qulonglong>(s.height)));
            QVERIFY(text.value(5).contains(
                QStringLiteral("%1/%2").arg(s.validatorsOnline).arg(s.validatorsTotal)));
            if (s.parent) {
                QVERIFY(s.lastCheckpointAccepted > 0);  // 35 s of period-10 checkpoints
                QCOMPARE(graph.edgeLag(idText(s.id)),
                         static_cast<qint64>(s.height - s.lastCheckpointAccepted));
            } else {
                QCOMPARE(graph.edgeLag(idText(s.id)), qint64{-1});
            }
        }
        // Siblings' short ids differ even where their last actor address is the same.
        QVERIFY(graph.cardText(idText(view->subnets[2].id)).value(1) !=
                graph.cardText(idText(view->subnets[4].id)).value(1));
    }

    void clickingACardSelectsItsSubnet() {
        ipc::devnet::Hierarchy h(ipc::devnet::builtinTemplate("two-level"));
        HierarchyGraph graph;
        graph.resize(900, 600);
        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        const HierarchyViewPtr view = viewOf(h);
        graph.setHierarchy(view);
        graph.fit();
        QSignalSpy selected(&graph, &HierarchyGraph::subnetSelected);
        const QString beta = idText(view->subnets.at(2).id);
        const QPoint at = graph.mapFromScene(graph.cardRect(beta).center());
        QTest::mouseClick(graph.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).toString(), beta);
        QCOMPARE(graph.selectedSubnet(), beta);

        // Programmatic selection does not echo.
        graph.selectSubnet(idText(view->subnets.at(0).id));
        QCOMPARE(selected.count(), 1);
        // A click on empty space selects nothing.
        QTest::mouseClick(graph.viewport(), Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(selected.count(), 1);
    }

    void checkpointDotsAreCapped() {
        ipc::devnet::Hierarchy h(ipc::devnet::builtinTemplate("three-level"));
        HierarchyGraph graph;
        graph.resize(900, 600);
        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        const HierarchyViewPtr view = viewOf(h);
        graph.setHierarchy(view);

        const QString alpha = idText(view->subnets.at(1).id);
        CheckpointSample executed{alpha, 10, ipc::devnet::CheckpointStage::Executed, 4, 4, 0};
        CheckpointSample quorum{alpha, 10, ipc::devnet::CheckpointStage::Quorum, 4, 4, 0};
        graph.addCheckpoints({quorum});
        QCOMPARE(graph.animationsInFlight(), 0);  // only executed checkpoints travel
        graph.addCheckpoints({executed});
        QCOMPARE(graph.animationsInFlight(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(graph.animationsInFlight(), 0, 5000);

        graph.addCheckpoints(QVector<CheckpointSample>(50, executed));
        QCOMPARE(graph.animationsInFlight(), HierarchyGraph::kMaxAnimations);
        // The root has no edge to travel.
        graph.addCheckpoints({CheckpointSample{QStringLiteral("/r31337"), 10,
                                               ipc::devnet::CheckpointStage::Executed, 1, 1, 0}});
        QCOMPARE(graph.animationsInFlight(), HierarchyGraph::kMaxAnimations);
        QTRY_COMPARE_WITH_TIMEOUT(graph.animationsInFlight(), 0, 5000);
        graph.clear();
        QCOMPARE(graph.cardCount(), 0);
    }

    void messagesGlideAlongTheEdgesTheyTake() {
        ipc::devnet::Hierarchy h(ipc::devnet::builtinTemplate("three-level"));
        HierarchyGraph graph;
        graph.resize(900, 600);
        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        const HierarchyViewPtr view = viewOf(h);
        graph.setHierarchy(view);
        const QString root = idText(view->subnets.at(0).id);
        const QString alpha = idText(view->subnets.at(1).id);
        const QString alpha1 = idText(view->subnets.at(2).id);
        const QString beta = idText(view->subnets.at(4).id);
        QCOMPARE(view->subnets.at(2).parent, view->subnets.at(1).id);
        const QString id = QStringLiteral("0xabc");
        using ipc::devnet::MessageStage;
        const auto at = [&](const QString& subnet, MessageStage stage) {
            return ipc::ui::MessageSample{id, stage, subnet, 1, 0};
        };
        // Committed on alpha-1, then on the way up (alpha, root), then down to beta.
        graph.addMessages({at(alpha1, MessageStage::Committed)});
        QCOMPARE(graph.messageAnimationsStarted(), 0);
        graph.addMessages({at(alpha1, MessageStage::InCheckpoint)});
        QCOMPARE(graph.messageAnimationsStarted(), 0);  // still on the same subnet
        graph.addMessages({at(alpha, MessageStage::ExecutedInParent)});
        QCOMPARE(graph.messageAnimationsStarted(), 1);
        QCOMPARE(graph.animationsInFlight(), 1);
        graph.addMessages({at(root, MessageStage::ExecutedInParent)});
        graph.addMessages({at(beta, MessageStage::Delivered)});
        QCOMPARE(graph.messageAnimationsStarted(), 3);
        // Not adjacent (a jump in the samples): nothing to glide along.
        graph.addMessages({at(alpha1, MessageStage::Delivered)});
        QCOMPARE(graph.messageAnimationsStarted(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(graph.animationsInFlight(), 0, 5000);
    }

    // Calls and their results glide in their own colours, with their own words.
    void callsAndResultsHaveTheirOwnColour() {
        ipc::devnet::Hierarchy h(ipc::devnet::builtinTemplate("three-level"));
        HierarchyGraph graph;
        graph.resize(900, 600);
        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        const HierarchyViewPtr view = viewOf(h);
        graph.setHierarchy(view);
        const QString root = idText(view->subnets.at(0).id);
        const QString alpha = idText(view->subnets.at(1).id);
        using ipc::devnet::MessageStage;
        using ipc::protocol::MsgKind;
        const auto dotColour = [&](const QString& tip) -> QColor {
            for (QGraphicsItem* item : graph.items()) {
                auto* shape = dynamic_cast<QAbstractGraphicsShapeItem*>(item);
                if (shape != nullptr && item->toolTip() == tip)
                    return shape->brush().color();
            }
            return {};
        };
        const std::pair<MsgKind, QString> cases[] = {
            {MsgKind::Transfer, QStringLiteral("Cross-net message 0xtransfer")},
            {MsgKind::Call, QStringLiteral("Cross-net call 0xcall")},
            {MsgKind::Result, QStringLiteral("Result of a cross-net call 0xresult")}};
        std::vector<QColor> colours;
        for (const auto& [kind, tip] : cases) {
            const QString id = tip.section(QLatin1Char(' '), -1);
            graph.addMessages(
                {ipc::ui::MessageSample{id, MessageStage::Committed, root, 1, 0, {}, kind}});
            graph.addMessages(
                {ipc::ui::MessageSample{id, MessageStage::Delivered, alpha, 2, 0, {}, kind}});
            const QColor c = dotColour(tip);
            QVERIFY2(c.isValid(), qPrintable(tip));
            colours.push_back(c);
        }
        QCOMPARE(graph.messageAnimationsStarted(), 3);
        QVERIFY(colours[0] != colours[1]);
        QVERIFY(colours[1] != colours[2]);
        QVERIFY(colours[0] != colours[2]);
        QTRY_COMPARE_WITH_TIMEOUT(graph.animationsInFlight(), 0, 5000);
    }

    void sixteenChainsStayReadable() {
        ipc::devnet::Hierarchy h(wideTopology());
        const HierarchyViewPtr view = viewOf(h);
        QCOMPARE(view->subnets.size(), std::size_t{16});
        HierarchyGraph graph;
        graph.resize(1100, 720);
        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        graph.setHierarchy(view);
        graph.fit();
        QCOMPARE(graph.cardCount(), 16);
        QCOMPARE(graph.edgeCount(), 15);
        checkNoOverlap(graph, *view);
        // Fitted, cards keep at least 60 % of their size: text stays legible.
        QVERIFY2(graph.transform().m11() >= 0.6,
                 qPrintable(QString::number(graph.transform().m11())));
        // Everything is in view.
        const QRectF visible = graph.mapToScene(graph.viewport()->rect()).boundingRect();
        for (const auto& s : view->subnets)
            QVERIFY(visible.contains(graph.cardRect(idText(s.id))));
    }

    void zoomLeavesFitUntilAskedAgain() {
        ipc::devnet::Hierarchy h(ipc::devnet::builtinTemplate("three-level"));
        HierarchyGraph graph;
        graph.resize(900, 600);
        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        graph.setHierarchy(viewOf(h));
        graph.fit();
        const double fitted = graph.transform().m11();
        graph.zoomIn();
        QVERIFY(graph.transform().m11() > fitted);
        graph.resize(1000, 700);  // no refit once the user zoomed
        QVERIFY(graph.transform().m11() > fitted);
        graph.zoomOut();
        graph.zoomOut();
        QVERIFY(graph.transform().m11() < fitted * 1.01);
        graph.fit();
        graph.resize(900, 600);
        QCOMPARE(graph.transform().m11(), fitted);
    }
};

QTEST_MAIN(TestHierarchyGraph)
#include "test_hierarchy_graph.moc"
