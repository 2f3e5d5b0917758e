// The transfer wizard driven like a workshop attendee would, offscreen, over three-level held in
// virtual time: root → a third-level subnet, a third-level subnet → its sibling (with the
// relayer stopped on the way, and the wizard closed before the end: the Messages view keeps
// following), and a child → the root. Each page refuses what is wrong with a message next to
// the field; balances are checked before and after to the atto.
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "ipc/ui/bridge/message_tracker.h"
#include "ipc/ui/models/cross_message_model.h"
#include "ipc/ui/transfer/message_panel.h"
#include "ipc/ui/transfer/message_progress_view.h"
#include "ipc/ui/transfer/transfer_wizard.h"
#include "test_settings.h"
#include "wallet_test_support.h"

using ipc::ui::MessageTracker;
using ipc::ui::TransferWizard;
using namespace wallet_test;

namespace {

QAbstractButton* next(TransferWizard& w) {
    return w.button(w.currentId() == TransferWizard::ReviewPageId ? QWizard::CommitButton
                                                                  : QWizard::NextButton);
}

QString text(TransferWizard& w, const char* label) {
    return w.findChild<QLabel*>(QString::fromLatin1(label))->text();
}

bool selectSubnet(QTreeWidget* tree, const QString& id) {
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id) {
            tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

// Runs virtual time a few seconds at a time until the tracked transfer is complete, checking
// after each step that the wizard shows what the engine reached (its record is from then).
// Returns the wait explanations seen on the way.
QStringList runToCompletion(Harness& h, MessageTracker& tracker, int id,
                            ipc::ui::MessageProgressView* view, std::uint64_t limitMs = 120000) {
    QStringList seen;
    std::uint64_t now = h.read<std::uint64_t>([](ipc::devnet::Hierarchy& hh) { return hh.now(); });
    for (std::uint64_t t = 0; t < limitMs; t += 2000) {
        const ipc::ui::TrackedTransfer* tr = tracker.transfer(id);
        if (tr != nullptr && tr->complete())
            break;
        if (!h.advance(2000))
            return seen;
        now += 2000;
        tracker.refreshNow();
        if (!QTest::qWaitFor(
                [&] {
                    const auto* x = tracker.transfer(id);
                    return x != nullptr && x->record && x->record->nowMs >= now;
                },
                kTimeout))
            return seen;
        if (view != nullptr && !seen.contains(view->waitText()))
            seen << view->waitText();
    }
    return seen;
}

}  // namespace

class TestTransferWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { ipc::ui::test::useTestSettings(QStringLiteral("test_transfer_wizard")); }

    // root → alpha-1, two hops down; every page's invalid inputs on the way.
    void rootToThirdLevel() {
        Harness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.ready(), kTimeout);
        MessageTracker tracker(&h.bridge);
        const QString root = h.id("root");
        const QString alpha1 = h.id("alpha-1");
        // An account with nothing anywhere, to be refused as a sender.
        const ipc::EthAddress empty = h.bridge.wallet()->newAccount("empty");
        const ipc::U256 sourceBefore = h.balance(root, anvil0());
        const ipc::U256 destBefore = h.balance(alpha1, anvil3());

        TransferWizard w(&h.bridge, &tracker);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // ---- 1. from: the root and the default account are preselected.
        QCOMPARE(w.currentId(), static_cast<int>(TransferWizard::FromPageId));
        auto* fromSubnet = w.findChild<QComboBox*>(QStringLiteral("fromSubnet"));
        auto* fromAccount = w.findChild<QComboBox*>(QStringLiteral("fromAccount"));
        QCOMPARE(fromSubnet->currentData().toString(), root);
        QCOMPARE(fromAccount->currentData().toString(), hex(anvil0()));
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), kTimeout);  // balances read
        QVERIFY(fromAccount->currentText().contains(QStringLiteral("10,000 FIL")));
        QVERIFY(text(w, "fromBalance").contains(QStringLiteral("10,000 FIL")));
        shoot(w, "wizard-1-from");
        fromAccount->setCurrentIndex(fromAccount->findData(hex(empty)));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(text(w, "fromMessage").contains(QStringLiteral("holds nothing")));
        fromAccount->setCurrentIndex(fromAccount->findData(hex(anvil0())));
        QVERIFY(next(w)->isEnabled());
        QVERIFY(text(w, "fromMessage").isEmpty());
        next(w)->click();

        // ---- 2. to: a subnet from the tree and a valid address.
        QCOMPARE(w.currentId(), static_cast<int>(TransferWizard::ToPageId));
        auto* tree = w.findChild<QTreeWidget*>(QStringLiteral("toSubnetTree"));
        auto* address = w.findChild<QLineEdit*>(QStringLiteral("toAddress"));
        QCOMPARE(address->text(), hex(anvil0()));  // to oneself, until changed
        QVERIFY(!next(w)->isEnabled());  // nothing picked yet (focus may land on the root)
        tree->setCurrentItem(nullptr);
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(text(w, "toMessage").contains(QStringLiteral("Pick the destination")));
        QVERIFY(selectSubnet(tree, root));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(text(w, "toMessage").contains(QStringLiteral("the subnet the FIL is on now")));
        QVERIFY(selectSubnet(tree, alpha1));
        QVERIFY(next(w)->isEnabled());
        address->setText(QStringLiteral("0x90f79bf6eb2c4f870365e785982e1f101e93b9"));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(text(w, "toMessage").contains(QStringLiteral("exactly 40 hex digits")));
        address->setText(QStringLiteral("0x90F79bf6eb2c4f870365e785982e1f101e93b906"));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(text(w, "toMessage").contains(QStringLiteral("checksum")));
        address->setText(QStringLiteral("alice"));
        QVERIFY(text(w, "toMessage").contains(QStringLiteral("not an address")));
        // The Filecoin form of account 3 is as good as its 0x form.
        address->setText(QString::fromStdString(ipc::devnet::delegatedAddress(anvil3())));
        QVERIFY(next(w)->isEnabled());
        QVERIFY(text(w, "toAddressForms").contains(hex(anvil3())));
        QCOMPARE(w.toAddress(), hex(anvil3()));
        shoot(w, "wizard-2-to");
        next(w)->click();

        // ---- 3. amount: parsed, above zero, within the balance after the fee.
        QCOMPARE(w.currentId(), static_cast<int>(TransferWizard::AmountPageId));
        auto* amount = w.findChild<QLineEdit*>(QStringLiteral("amount"));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(text(w, "amountMessage").contains(QStringLiteral("Enter an amount")));
        amount->setText(QStringLiteral("abc"));
        QVERIFY(text(w, "amountMessage").contains(QStringLiteral("not an amount")));
        amount->setText(QStringLiteral("0"));
        QVERIFY(text(w, "amountMessage").contains(QStringLiteral("more than 0")));
        amount->setText(QStringLiteral("0.1234567890123456789"));  // 19 decimals
        QVERIFY(text(w, "amountMessage").contains(QStringLiteral("18")));
        amount->setText(QStringLiteral("10000"));  // the whole balance leaves nothing for the fee
        QTRY_VERIFY_WITH_TIMEOUT(text(w, "amountMessage")
                                     .contains(QStringLiteral("more than the "
                                                              "account")),
                                 kTimeout);
        QVERIFY(!next(w)->isEnabled());
        amount->setText(QStringLiteral("5"));
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), kTimeout);
        QVERIFY(text(w, "amountInfo").contains(QStringLiteral("Fee on root")));
        shoot(w, "wizard-3-amount");
        next(w)->click();

        // ---- 4. review: two hops down, then the receipt back; Submit commits.
        QCOMPARE(w.currentId(), static_cast<int>(TransferWizard::ReviewPageId));
        auto* hops = w.findChild<QTreeWidget*>(QStringLiteral("reviewHops"));
        QCOMPARE(hops->topLevelItemCount(), 3);
        QVERIFY(hops->topLevelItem(0)->text(0).contains(QStringLiteral("root → alpha")));
        QVERIFY(hops->topLevelItem(0)->text(1).contains(QStringLiteral("top-down finality")));
        QVERIFY(hops->topLevelItem(1)->text(0).contains(QStringLiteral("alpha → alpha-1")));
        QVERIFY(hops->topLevelItem(0)->text(2).contains(QStringLiteral("block")));
        QVERIFY(hops->topLevelItem(2)->text(0).contains(QStringLiteral("Receipt")));
        QVERIFY(text(w, "reviewSummary").contains(QStringLiteral("5 FIL")));
        QVERIFY(text(w, "reviewSummary")
                    .contains(QStringLiteral("one cross-net message routed down through the "
                                             "gateways")));
        QCOMPARE(next(w)->text(), QStringLiteral("&Submit"));
        shoot(w, "wizard-4-review");
        next(w)->click();

        // ---- 5. track: every step of both hops until the receipt is back.
        QCOMPARE(w.currentId(), static_cast<int>(TransferWizard::TrackPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.trackedTransfer() != 0, kTimeout);
        auto* view = w.findChild<ipc::ui::MessageProgressView*>(QStringLiteral("trackView"));
        QTRY_VERIFY_WITH_TIMEOUT(view->waitText().contains(QStringLiteral("next block of root")),
                                 kTimeout);
        QCOMPARE(view->doneSteps(), 1);  // submitted
        const QStringList seen = runToCompletion(h, tracker, w.trackedTransfer(), view);
        const auto* t = tracker.transfer(w.trackedTransfer());
        QVERIFY(t != nullptr && t->complete());
        QTRY_VERIFY_WITH_TIMEOUT(view->waitText().startsWith(QStringLiteral("Done")), kTimeout);
        QCOMPARE(view->doneSteps(), view->totalSteps());
        QCOMPARE(view->totalSteps(), 8);  // submitted, included, 2 × 2 hop steps, arrival, receipt
        QVERIFY(seen.join(QLatin1Char('\n')).contains(QStringLiteral("top-down finality")));
        QVERIFY(seen.join(QLatin1Char('\n')).contains(QStringLiteral("receipt is on its way")));
        // Heights and times on the steps; the local nonce on the top-down one.
        const QTreeWidgetItem* hop1 = view->steps()->topLevelItem(1);
        QVERIFY(hop1->text(0).startsWith(QStringLiteral("Hop 1")));
        QVERIFY(!hop1->child(0)->text(2).isEmpty());
        QVERIFY(hop1->child(0)->text(4).contains(QStringLiteral("nonce")));
        QVERIFY(hop1->child(1)->text(4).contains(QStringLiteral("finality")));
        shoot(w, "wizard-5-track");

        QCOMPARE(h.balance(alpha1, anvil3()), destBefore + fil(5));
        QCOMPARE(h.balance(root, anvil0()), sourceBefore - fil(5) - h.feePaid(root, t->txHash));
    }

    // alpha-1 → alpha-2 (up to alpha, then down); alpha-1's relayer stopped on the way; the
    // wizard closed halfway — the Messages view follows the rest.
    void thirdLevelToSibling() {
        Harness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.ready(), kTimeout);
        MessageTracker tracker(&h.bridge);
        const QString alpha1 = h.id("alpha-1");
        const QString alpha2 = h.id("alpha-2");
        const ipc::U256 sourceBefore = h.balance(alpha1, anvil0());
        const ipc::U256 destBefore = h.balance(alpha2, anvil0());
        h.bridge.setRelayer(alpha1, false);

        auto* w = new TransferWizard(&h.bridge, &tracker);
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->setSource(alpha1);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCOMPARE(w->fromSubnet(), alpha1);
        QTRY_VERIFY_WITH_TIMEOUT(w->fromAccount() == hex(anvil0()) && next(*w)->isEnabled(),
                                 kTimeout);
        QVERIFY(text(*w, "fromBalance").contains(QStringLiteral("1,000 FIL on alpha-1")));
        next(*w)->click();
        auto* tree = w->findChild<QTreeWidget*>(QStringLiteral("toSubnetTree"));
        QVERIFY(selectSubnet(tree, alpha2));
        QVERIFY(next(*w)->isEnabled());  // to the same account on alpha-2
        next(*w)->click();
        auto* amount = w->findChild<QLineEdit*>(QStringLiteral("amount"));
        amount->setText(QStringLiteral("2.5"));
        QTRY_VERIFY_WITH_TIMEOUT(next(*w)->isEnabled(), kTimeout);
        // An up move: its limit is alpha-1's circulating supply.
        QVERIFY(text(*w, "amountInfo").contains(QStringLiteral("Moving up out of alpha-1")));
        next(*w)->click();
        auto* hops = w->findChild<QTreeWidget*>(QStringLiteral("reviewHops"));
        QCOMPARE(hops->topLevelItemCount(), 3);
        QVERIFY(hops->topLevelItem(0)->text(1).contains(QStringLiteral("checkpoint")));
        QVERIFY(hops->topLevelItem(1)->text(1).contains(QStringLiteral("top-down finality")));
        next(*w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->trackedTransfer() != 0, kTimeout);
        const int id = w->trackedTransfer();
        auto* view = w->findChild<ipc::ui::MessageProgressView*>(QStringLiteral("trackView"));

        // Up to quorum the transfer moves; then it waits for the stopped relayer, and says so.
        runToCompletion(h, tracker, id, view, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(view->waitText().contains(QStringLiteral("relayer is stopped")),
                                 kTimeout);
        QVERIFY(view->waitText().contains(QStringLiteral("Stuck in alpha-1")));
        shoot(*w, "wizard-5-track-relayer-stopped");
        QVERIFY(!tracker.transfer(id)->complete());
        const QString tracingId = tracker.transfer(id)->tracingId;
        QVERIFY(!tracingId.isEmpty());

        // Closing the wizard loses nothing: the Messages view follows the same transfer.
        w->close();
        QTRY_VERIFY_WITH_TIMEOUT(!tracker.submitted().isEmpty(), kTimeout);
        ipc::ui::MessagesPanel messages(&h.bridge, &tracker);
        messages.resize(1200, 500);
        messages.show();
        messages.showMessage(tracingId);
        QCOMPARE(messages.followed(), id);
        QTRY_VERIFY_WITH_TIMEOUT(messages.model()->rowOf(tracingId) >= 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(messages.table()
                                      ->currentIndex()
                                      .data(ipc::ui::CrossMessageModel::TracingIdRole)
                                      .toString(),
                                  tracingId, kTimeout);
        QVERIFY(messages.detail()->waitText().contains(QStringLiteral("relayer is stopped")));

        h.bridge.setRelayer(alpha1, true);
        runToCompletion(h, tracker, id, nullptr);
        QVERIFY(tracker.transfer(id)->complete());
        QTRY_VERIFY_WITH_TIMEOUT(messages.detail()->waitText().startsWith(QStringLiteral("Done")),
                                 kTimeout);
        QCOMPARE(messages.detail()->doneSteps(), messages.detail()->totalSteps());
        QCOMPARE(h.balance(alpha2, anvil0()), destBefore + fil(2) + fil(1) / 2);
        QCOMPARE(h.balance(alpha1, anvil0()), sourceBefore - fil(2) - fil(1) / 2 -
                                                  h.feePaid(alpha1, tracker.transfer(id)->txHash));

        // The stage filter: the settled transfer is not in flight any more.
        auto* stage = messages.findChild<QComboBox*>(QStringLiteral("messagesStage"));
        stage->setCurrentIndex(stage->findData(ipc::ui::MessageFilterModel::kInFlight));
        QTRY_COMPARE_WITH_TIMEOUT(messages.filter()->rowCount(), 0, kTimeout);
        stage->setCurrentIndex(0);
        QVERIFY(messages.filter()->rowCount() >= 1);
        auto* subnet = messages.findChild<QComboBox*>(QStringLiteral("messagesSubnet"));
        subnet->setCurrentIndex(subnet->findData(h.id("beta")));
        QCOMPARE(messages.filter()->rowCount(), 0);  // never went near beta
        subnet->setCurrentIndex(subnet->findData(h.id("alpha")));
        QCOMPARE(messages.filter()->rowCount(), 1);
        auto* account = messages.findChild<QLineEdit*>(QStringLiteral("messagesAccount"));
        account->setText(hex(anvil3()));
        QCOMPARE(messages.filter()->rowCount(), 0);
        account->setText(QString::fromStdString(ipc::devnet::delegatedAddress(anvil0())));
        QCOMPARE(messages.filter()->rowCount(), 1);
    }

    // alpha → root: one hop up (IPC's release), through a checkpoint.
    void childToRoot() {
        Harness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.ready(), kTimeout);
        MessageTracker tracker(&h.bridge);
        const QString alpha = h.id("alpha");
        const QString root = h.id("root");
        const ipc::U256 sourceBefore = h.balance(alpha, anvil3());
        const ipc::U256 destBefore = h.balance(root, anvil3());

        TransferWizard w(&h.bridge, &tracker);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSource(alpha, hex(anvil3()));
        QCOMPARE(w.fromAccount(), hex(anvil3()));
        QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), kTimeout);
        next(w)->click();
        w.setDestination(root);
        QCOMPARE(w.toSubnet(), root);
        QCOMPARE(w.toAddress(), hex(anvil3()));
        QVERIFY(next(w)->isEnabled());
        next(w)->click();
        auto* amount = w.findChild<QLineEdit*>(QStringLiteral("amount"));
        // Max: the whole balance after the fee.
        auto* max = w.findChild<QPushButton*>(QStringLiteral("maxAmount"));
        QTRY_VERIFY_WITH_TIMEOUT(max->isEnabled(), kTimeout);
        max->click();
        QVERIFY(next(w)->isEnabled());
        QVERIFY(w.amount().value_or(ipc::U256{}) < sourceBefore);
        QVERIFY(w.amount().value_or(ipc::U256{}) > sourceBefore - fil(1));
        amount->setText(QStringLiteral("12.345"));
        QVERIFY(next(w)->isEnabled());
        next(w)->click();
        QVERIFY(text(w, "reviewSummary").contains(QStringLiteral("release")));
        auto* hops = w.findChild<QTreeWidget*>(QStringLiteral("reviewHops"));
        QCOMPARE(hops->topLevelItemCount(), 2);
        next(w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.trackedTransfer() != 0, kTimeout);
        auto* view = w.findChild<ipc::ui::MessageProgressView*>(QStringLiteral("trackView"));
        const QStringList seen = runToCompletion(h, tracker, w.trackedTransfer(), view);
        QVERIFY(tracker.transfer(w.trackedTransfer())->complete());
        QVERIFY(seen.join(QLatin1Char('\n')).contains(QStringLiteral("next checkpoint")));
        QTRY_VERIFY_WITH_TIMEOUT(view->waitText().startsWith(QStringLiteral("Done")), kTimeout);
        const ipc::U256 amountAtto = ipc::TokenAmount::parse("12.345").atto();
        QCOMPARE(h.balance(root, anvil3()), destBefore + amountAtto);
        QCOMPARE(h.balance(alpha, anvil3()),
                 sourceBefore - amountAtto -
                     h.feePaid(alpha, tracker.transfer(w.trackedTransfer())->txHash));
    }
};

QTEST_MAIN(TestTransferWizard)
#include "test_transfer_wizard.moc"
