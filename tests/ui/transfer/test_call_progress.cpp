// A cross-net Call followed in the desktop's progress view, on the xnet-demo template in virtual
// time: the route's steps as for transfers, and at the end the outcome — Ok with the return data,
// or ActorErr with the revert in words — in the plain-words line and on the delivery step.
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ipc/core/chain/transaction.h"
#include "ipc/core/encoding/abi.h"
#include "ipc/devnet/explorer_views.h"
#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/template_contracts.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/transfer.h"
#include "ipc/devnet/views.h"
#include "ipc/ui/bridge/message_tracker.h"
#include "ipc/ui/models/cross_message_model.h"
#include "ipc/ui/transfer/message_progress_view.h"

using namespace ipc;
using namespace ipc::devnet;
using ipc::ui::MessageProgressView;

class TestCallProgress : public QObject {
    Q_OBJECT
private slots:
    void aCallsOutcomeIsShownAtTheEnd() {
        Hierarchy h(builtinTemplate("xnet-demo"));
        const auto plan = planTemplateContracts(h);
        h.runUntil(5'000);
        const SubnetNode& root = h.root();
        const EthAddress counter = plan.front().address;  // counter-root, on the root
        QVERIFY(root.chain->state().hasCode(counter));
        const auto send = [&](std::uint64_t step) {
            chain::Transaction t;
            t.chainId = root.chainId();
            t.nonce = root.chain->mempool().pendingNonce(
                h.accounts()[0].address, root.chain->state().nonce(h.accounts()[0].address));
            t.maxFeePerGas = root.chain->nextBaseFee() * U256(2);
            t.maxPriorityFeePerGas = U256(1);
            t.gasLimit = 3'000'000;
            t.to = counter;
            t.data = abi::encodeCall("sendIncrement(uint256)", {abi::Value::uint(step)});
            h.submit(root.id, chain::sign(t, h.accounts()[0].key));
        };
        send(7);     // counted at the leaf: Ok
        send(5000);  // above the leaf's MAX_STEP: it reverts with StepTooLarge, ActorErr
        const auto answeredCalls = [&] {
            std::vector<Hash32> out;
            for (const auto& [id, t] : h.messages())
                if (t.envelope.kind == protocol::MsgKind::Call &&
                    t.stage == MessageStage::ReceiptReturned)
                    out.push_back(id);
            return out;
        };
        QVERIFY(h.runUntilCondition([&] { return answeredCalls().size() == 2; }, 600'000));

        const HierarchyView view = makeHierarchyView(h);
        int ok = 0;
        int failed = 0;
        for (const Hash32& id : answeredCalls()) {
            const ui::TrackedTransfer t = followed(h, view, id, QStringLiteral("call"));
            QVERIFY(t.record && t.record->message && t.progress);
            const auto& record = t.record;
            QVERIFY(t.progress->complete);
            MessageProgressView v;
            v.setTransfer(&t, &view);
            QTreeWidget* steps = v.steps();
            const QTreeWidgetItem* arrival = steps->topLevelItem(steps->topLevelItemCount() - 1);
            const QString delivered = arrival->child(0)->text(MessageProgressView::DetailColumn);
            QCOMPARE(v.doneSteps(), v.totalSteps());
            if (record->message->reply->outcome == protocol::Outcome::Ok) {
                ++ok;
                QVERIFY2(v.waitText().startsWith(
                             QStringLiteral("Done: the call ran in alpha-1 (Ok, returned 0x")),
                         qPrintable(v.waitText()));
                QVERIFY2(v.waitText().endsWith(QStringLiteral("its result is back in root.")),
                         qPrintable(v.waitText()));
                QVERIFY2(delivered.startsWith(QStringLiteral("Ok, returned 0x")),
                         qPrintable(delivered));
            } else {
                ++failed;
                QVERIFY2(v.waitText().startsWith(
                             QStringLiteral("The call failed in alpha-1 (ActorErr: ")),
                         qPrintable(v.waitText()));
                QVERIFY2(v.waitText().contains(QStringLiteral("StepTooLarge(5000, 5007)")),
                         qPrintable(v.waitText()));
                QVERIFY2(delivered.contains(QStringLiteral("StepTooLarge(5000, 5007)")),
                         qPrintable(delivered));
            }
        }
        QCOMPARE(ok, 1);
        QCOMPARE(failed, 1);
        savePicture(h, view);
    }

private:
    // The message `id` as the Messages view follows it: its record, route and progress.
    static ui::TrackedTransfer followed(const Hierarchy& h, const HierarchyView& view,
                                        const Hash32& id, const QString& label) {
        ui::TrackedTransfer t;
        t.label = label;
        t.record = readMessage(h, id);
        if (!t.record || !t.record->message)
            return t;
        t.plan = planTransfer(view, transferTiming(h.topology()), t.record->message->from.subnet,
                              t.record->message->to.subnet);
        t.progress = describeTransfer(*t.plan, *t.record, view);
        return t;
    }

    // With IPC_SCREENSHOT_DIR set: the root's Messages list with its Outcome column above the
    // refused call followed to its end (resources/screenshots/xnet-call-outcome.png).
    static void savePicture(const Hierarchy& h, const HierarchyView& view) {
        const QString dir = qEnvironmentVariable("IPC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QWidget w;
        auto* layout = new QVBoxLayout(&w);
        ui::CrossMessageModel model;
        model.setSubnetNames(view);
        model.setNow(h.now());
        model.setMessages(makeCrossMessageViews(h, h.root().id, 100));
        auto* table = new QTableView(&w);
        table->setModel(&model);
        table->verticalHeader()->hide();
        table->setColumnWidth(ui::CrossMessageModel::TracingIdColumn, 120);
        table->setColumnWidth(ui::CrossMessageModel::KindColumn, 60);
        table->setColumnWidth(ui::CrossMessageModel::FromColumn, 150);
        table->setColumnWidth(ui::CrossMessageModel::ToColumn, 150);
        table->setColumnWidth(ui::CrossMessageModel::ValueColumn, 80);
        table->setColumnWidth(ui::CrossMessageModel::StageColumn, 120);
        table->setColumnWidth(ui::CrossMessageModel::OutcomeColumn, 330);
        layout->addWidget(table, 2);
        ui::TrackedTransfer t;
        for (const auto& [id, trace] : h.messages()) {
            if (trace.envelope.kind != protocol::MsgKind::Call)
                continue;
            ui::TrackedTransfer call = followed(h, view, id, QStringLiteral("sendIncrement(5000)"));
            if (call.progress && call.progress->outcome &&
                call.progress->outcome->outcome == protocol::Outcome::ActorErr)
                t = std::move(call);
        }
        auto* progress = new MessageProgressView(&w);
        progress->setTransfer(&t, &view);
        layout->addWidget(progress, 3);
        w.resize(1320, 820);
        w.show();
        QTest::qWait(300);
        w.grab().save(dir + QStringLiteral("/xnet-call-outcome.png"));
    }
};

QTEST_MAIN(TestCallProgress)
#include "test_call_progress.moc"
