// Join as validator, stake, unstake and leave from the Subnet menu's validator dialog: bad input
// is refused in the dialog, and what is accepted reaches the subnet actor in the parent as IPC's
// ABI calls from a wallet account (checked in the actor's validator records).
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include "ipc/ui/dialogs/validator_dialog.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/pages/subnet_actions.h"
#include "wallet_test_support.h"

using ipc::ui::SubnetActions;
using ipc::ui::ValidatorDialog;
using namespace wallet_test;

namespace {

// The collateral the parent's actor of `subnet` holds for `v` including queued changes, and
// whether it knows `v` at all.
std::pair<bool, ipc::U256> pending(Harness& h, const QString& subnet, const ipc::EthAddress& v) {
    const std::string s = subnet.toStdString();
    return h.read<std::pair<bool, ipc::U256>>([s, v](ipc::devnet::Hierarchy& hier) {
        const auto* actor = hier.node(ipc::SubnetId::parse(s))->actor();
        const auto it = actor->validators().find(v);
        if (it == actor->validators().end())
            return std::make_pair(false, ipc::U256());
        return std::make_pair(true, it->second.pending);
    });
}

}  // namespace

class TestValidatorActions : public QObject {
    Q_OBJECT
private slots:
    void joinStakeUnstakeLeave() {
        Harness h("two-level");
        QTRY_VERIFY_WITH_TIMEOUT(h.ready(), kTimeout);
        ipc::ui::HierarchyModel model;
        model.setHierarchy(*h.bridge.view());
        connect(&h.bridge, &ipc::ui::DevnetBridge::hierarchyChanged, &model,
                [&model](const ipc::ui::HierarchyViewPtr& v) { model.setHierarchy(*v); });
        QWidget window;
        SubnetActions actions(&h.bridge, &model, &window);
        QSignalSpy messages(&actions, &SubnetActions::message);
        const QString alpha = h.id("alpha");
        QVERIFY(!alpha.isEmpty());
        const ipc::EthAddress joiner = anvil3();
        QVERIFY(!pending(h, alpha, joiner).first);

        // Join: the dialog refuses bad amounts, then sends 10 FIL of collateral.
        auto* join = actions.validatorAction(ValidatorDialog::Action::Join, alpha);
        QVERIFY(join != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!join->from().isEmpty(), kTimeout);
        join->setFrom(hex(joiner));
        QCOMPARE(join->from(), hex(joiner));
        for (const char* bad : {"", "abc", "0", "1.0000000000000000001", "99999999"}) {
            join->setAmountText(QString::fromLatin1(bad));
            QVERIFY2(!join->problem().isEmpty(), bad);
        }
        join->setAmountText(QStringLiteral("10"));
        QVERIFY2(join->problem().isEmpty(), qPrintable(join->problem()));
        join->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), kTimeout);
        QVERIFY2(messages.last().front().toString().contains(QStringLiteral("Join sent")),
                 qPrintable(messages.last().front().toString()));
        QVERIFY(h.advance(3000));
        QCOMPARE(pending(h, alpha, joiner), std::make_pair(true, fil(10)));

        // Stake 5 more, unstake 3.
        auto* stake = actions.validatorAction(ValidatorDialog::Action::Stake, alpha);
        QTRY_VERIFY_WITH_TIMEOUT(!stake->from().isEmpty(), kTimeout);
        stake->setFrom(hex(joiner));
        stake->setAmountText(QStringLiteral("5"));
        QVERIFY(stake->problem().isEmpty());
        stake->accept();
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 2, kTimeout);
        QVERIFY(h.advance(3000));
        QCOMPARE(pending(h, alpha, joiner).second, fil(15));

        auto* unstake = actions.validatorAction(ValidatorDialog::Action::Unstake, alpha);
        QTRY_VERIFY_WITH_TIMEOUT(!unstake->from().isEmpty(), kTimeout);
        unstake->setFrom(hex(joiner));
        unstake->setAmountText(QStringLiteral("3"));
        QVERIFY(unstake->problem().isEmpty());
        unstake->accept();
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 3, kTimeout);
        QVERIFY(h.advance(3000));
        QCOMPARE(pending(h, alpha, joiner).second, fil(12));

        // Leave: everything queued for release.
        auto* leave = actions.validatorAction(ValidatorDialog::Action::Leave, alpha);
        QTRY_VERIFY_WITH_TIMEOUT(!leave->from().isEmpty(), kTimeout);
        QVERIFY(leave->findChild<QLineEdit*>(QStringLiteral("validatorAmount")) == nullptr);
        leave->setFrom(hex(joiner));
        leave->accept();
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 4, kTimeout);
        QVERIFY(h.advance(3000));
        QCOMPARE(pending(h, alpha, joiner).second, ipc::U256());

        // The root has no actor: nothing to join there.
        QVERIFY(actions.validatorAction(ValidatorDialog::Action::Join, h.id("root")) == nullptr);
    }
};

QTEST_MAIN(TestValidatorActions)
#include "test_validator_actions.moc"
