// CrossMessageModel over messages of a real hierarchy: the rows of one subnet with kind, ends,
// stage and route; a later snapshot updates stages in place and appends new messages.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "ipc/core/crypto/secp256k1.h"
#include "ipc/devnet/explorer_views.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/views.h"
#include "ipc/ui/models/cross_message_model.h"

using ipc::devnet::MessageStage;
using ipc::ui::CrossMessageModel;

class TestCrossMessageModel : public QObject {
    Q_OBJECT
private slots:
    void followsMessagesOfASubnet() {
        ipc::devnet::Hierarchy h(ipc::devnet::builtinTemplate("two-level"));
        const auto& root = h.root();
        const auto& child = *h.nodes().at(1);
        const ipc::EthAddress to = ipc::crypto::PrivateKey::deterministic(61, 0).ethAddress();
        h.runUntil(2000);
        h.fund(child.id, h.accounts()[0].address, to, ipc::U256(1'000'000));

        CrossMessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessages(ipc::devnet::makeCrossMessageViews(h, child.id, 100));
        QCOMPARE(model.rowCount(), 0);  // not committed before the root's next block

        QVERIFY(h.runUntilCondition([&] { return !h.messages().empty(); }, 20'000));
        model.setMessages(ipc::devnet::makeCrossMessageViews(h, child.id, 100));
        QCOMPARE(model.rowCount(), 1);
        const auto* m = model.message(0);
        QVERIFY(m != nullptr);
        QCOMPARE(model.index(0, CrossMessageModel::KindColumn).data().toString(),
                 QStringLiteral("transfer"));
        QCOMPARE(model.index(0, CrossMessageModel::ValueColumn).data().toString(),
                 QStringLiteral("1,000,000 attoFIL"));  // 10^-12 FIL, readable
        QCOMPARE(model.index(0, CrossMessageModel::OutcomeColumn).data().toString(), QString());
        const QString id = model.index(0, 0).data(CrossMessageModel::TracingIdRole).toString();
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.index(0, CrossMessageModel::RouteColumn).data().toString(),
                 CrossMessageModel::routeText({root.id, child.id}));
        QVERIFY(model.index(0, CrossMessageModel::RouteColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral(" → ")));

        // With the hierarchy's names, the ends and the route read as they do everywhere else
        // ("root", "alpha") instead of raw subnet paths.
        QVERIFY(model.index(0, CrossMessageModel::FromColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("/r31337")));
        model.setSubnetNames(ipc::devnet::makeHierarchyView(h));
        const QString rootName = QString::fromStdString(root.name);
        const QString childName = QString::fromStdString(child.name);
        QVERIFY2(model.index(0, CrossMessageModel::FromColumn)
                     .data()
                     .toString()
                     .startsWith(rootName + QStringLiteral(": 0x")),
                 qPrintable(model.index(0, CrossMessageModel::FromColumn).data().toString()));
        QVERIFY(model.index(0, CrossMessageModel::ToColumn)
                    .data()
                    .toString()
                    .startsWith(childName + QStringLiteral(": 0x")));
        QCOMPARE(model.index(0, CrossMessageModel::RouteColumn).data().toString(),
                 rootName + QStringLiteral(" → ") + childName);
        // The full ids stay in the tooltip.
        QVERIFY(model.index(0, CrossMessageModel::FromColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("/r31337")));

        // Delivered, and its Result comes back: the row updates, the Result is appended.
        QVERIFY(h.runUntilCondition(
            [&] { return h.trace(m->tracingId)->stage == MessageStage::ReceiptReturned; },
            120'000));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMessages(ipc::devnet::makeCrossMessageViews(h, child.id, 100));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CrossMessageModel::StageColumn).data().toString(),
                 QStringLiteral("receipt returned"));
        QCOMPARE(model.index(1, CrossMessageModel::KindColumn).data().toString(),
                 QStringLiteral("result"));
        // The transfer and its Result both say how the destination ran it.
        QCOMPARE(model.index(0, CrossMessageModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Ok"));
        QCOMPARE(model.index(1, CrossMessageModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Ok"));

        // Fewer rows (another subnet) start over.
        model.setMessages({});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCrossMessageModel)
#include "test_cross_message_model.moc"
