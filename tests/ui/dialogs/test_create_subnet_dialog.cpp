// The create-subnet dialog: defaults from the parent, inline validation that keeps Create
// disabled, and a child subnet created through the real window (typed in with keyClicks, OK
// pressed, the subnet appears in the tree with its chain id shown in the dialog).
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include "ipc/ui/dialogs/create_subnet_dialog.h"
#include "ipc/ui/models/hierarchy_model.h"
#include "ipc/ui/pages/subnet_actions.h"
#include "ipc/ui/window/main_window.h"
#include "test_settings.h"

using ipc::ui::CreateSubnetDialog;
using ipc::ui::HierarchyModel;
using ipc::ui::MainWindow;
using ipc::ui::SubnetForm;
namespace devnet = ipc::devnet;

namespace {

constexpr int kTimeout = 15000;

devnet::HierarchyView smallView() {
    devnet::HierarchyView v;
    devnet::SubnetView root;
    root.id = ipc::SubnetId(31337);
    root.name = "root";
    root.blockTimeMs = 1000;
    root.validatorsTotal = 1;
    v.subnets.push_back(root);
    devnet::SubnetView alpha;
    alpha.id = ipc::SubnetId::parse("/r31337/0x1111111111111111111111111111111111111111");
    alpha.name = "alpha";
    alpha.parent = root.id;
    alpha.blockTimeMs = 500;
    alpha.checkpointPeriod = 20;
    alpha.validatorsTotal = 3;
    v.subnets.push_back(alpha);
    return v;
}

void replaceText(QWidget* w, const QString& text) {
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Backspace);
    QTest::keyClicks(w, text);
}

// Pictures for the README and for review, when $IPC_SCREENSHOT_DIR is set.
void saveShot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("IPC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

QPushButton* okButton(QDialog* d) {
    return d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok);
}

}  // namespace

class TestCreateSubnetDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        ipc::ui::test::useTestSettings(QStringLiteral("test_create_subnet_dialog"));
    }

    void defaultsComeFromTheParent() {
        const auto view = smallView();
        const QString alphaId = QString::fromStdString(view.subnets[1].id.toString());
        CreateSubnetDialog d(view, alphaId);
        const SubnetForm f = d.form();
        QCOMPARE(f.blockTimeMs, 500);
        QCOMPARE(f.checkpointPeriod, 20);
        QCOMPARE(f.validators, 3);
        QCOMPARE(f.name, QStringLiteral("alpha-1"));
        QVERIFY(d.canCreate());
        QVERIFY(okButton(&d)->isEnabled());
        const devnet::NewSubnet spec = f.toNewSubnet();
        QVERIFY(spec.parent == view.subnets[1].id);
        QCOMPARE(spec.params.blockTimeMs, 500u);
        QCOMPARE(spec.params.bottomUpCheckPeriod, 20u);
        QCOMPARE(spec.validators, 3u);
    }

    void invalidInputKeepsCreateDisabled() {
        const auto view = smallView();
        CreateSubnetDialog d(view, QStringLiteral("/r31337"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* name = d.findChild<QLineEdit*>(QStringLiteral("subnetName"));
        auto* message = d.findChild<QLabel*>(QStringLiteral("validationMessage"));
        QVERIFY(name && message);
        QVERIFY(okButton(&d)->isEnabled());

        replaceText(name, QStringLiteral("alpha"));  // taken
        QVERIFY(!okButton(&d)->isEnabled());
        QVERIFY(message->text().contains(QLatin1String("exists already")));
        replaceText(name, QStringLiteral("Bad Name"));
        QVERIFY(!okButton(&d)->isEnabled());
        replaceText(name, QStringLiteral("gamma"));
        QVERIFY(okButton(&d)->isEnabled());
        QVERIFY(message->text().isEmpty());

        auto* majority = d.findChild<QSpinBox*>(QStringLiteral("majorityPercentage"));
        replaceText(majority, QStringLiteral("40"));
        QVERIFY(!okButton(&d)->isEnabled());
        QVERIFY(message->text().contains(QLatin1String("51")));
        replaceText(majority, QStringLiteral("67"));
        QVERIFY(okButton(&d)->isEnabled());

        auto* minValidators = d.findChild<QSpinBox*>(QStringLiteral("minValidators"));
        replaceText(minValidators, QStringLiteral("9"));  // more than the 4 validators
        QVERIFY(!okButton(&d)->isEnabled());
        replaceText(minValidators, QStringLiteral("1"));
        QVERIFY(okButton(&d)->isEnabled());

        auto* collateral = d.findChild<QLineEdit*>(QStringLiteral("collateral"));
        replaceText(collateral, QStringLiteral("ten"));
        QVERIFY(!okButton(&d)->isEnabled());
        replaceText(collateral, QStringLiteral("0.1"));
        auto* minCollateral = d.findChild<QLineEdit*>(QStringLiteral("minCollateral"));
        replaceText(minCollateral, QStringLiteral("5"));  // 4 × 0.1 < 5
        QVERIFY(!okButton(&d)->isEnabled());
        QVERIFY(message->text().contains(QLatin1String("minimum collateral")));
        saveShot(&d, QStringLiteral("create-subnet-invalid.png"));
        replaceText(collateral, QStringLiteral("2"));
        QVERIFY(okButton(&d)->isEnabled());

        auto* permission = d.findChild<QComboBox*>(QStringLiteral("permissionMode"));
        permission->setCurrentIndex(1);  // federated: the engine cannot create those
        QVERIFY(!okButton(&d)->isEnabled());
        permission->setCurrentIndex(2);
        QVERIFY(okButton(&d)->isEnabled());

        // Pressing Return while invalid sends nothing.
        int requests = 0;
        connect(&d, &CreateSubnetDialog::createRequested, this, [&] { ++requests; });
        replaceText(name, QString());
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(requests, 0);
        QVERIFY(d.isVisible());
    }

    void createsAChildSubnetThroughTheWindow() {
        MainWindow w;
        w.setSpeed(100);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.startTemplate(QStringLiteral("two-level"));
        auto* model = w.hierarchyModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->subnetCount() >= 2, kTimeout);
        const int before = model->subnetCount();
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        tree->setCurrentIndex(model->index(0, 0));  // the root

        auto* action = w.findChild<QAction*>(QStringLiteral("actionCreateSubnet"));
        QVERIFY(action);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kTimeout);
        action->trigger();
        CreateSubnetDialog* d = nullptr;
        QTRY_VERIFY((d = w.findChild<CreateSubnetDialog*>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        replaceText(d->findChild<QLineEdit*>(QStringLiteral("subnetName")),
                    QStringLiteral("gamma"));
        replaceText(d->findChild<QSpinBox*>(QStringLiteral("validators")), QStringLiteral("3"));
        replaceText(d->findChild<QSpinBox*>(QStringLiteral("checkpointPeriod")),
                    QStringLiteral("5"));
        replaceText(d->findChild<QSpinBox*>(QStringLiteral("blockTimeMs")), QStringLiteral("500"));
        QVERIFY2(d->canCreate(), qPrintable(d->problem()));
        QTest::mouseClick(okButton(d), Qt::LeftButton);

        // The chain id shows once the engine has the id; the subnet joins the tree when it starts.
        auto* chainId = d->findChild<QLabel*>(QStringLiteral("chainIdLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(chainId->text().toULongLong() > 0, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(model->subnetCount() == before + 1, kTimeout);
        saveShot(d, QStringLiteral("create-subnet-created.png"));
        QModelIndex created;
        for (int r = 0; r < model->rowCount(model->index(0, 0)); ++r) {
            const QModelIndex i = model->index(r, 0, model->index(0, 0));
            if (i.data(HierarchyModel::NameRole).toString() == QLatin1String("gamma"))
                created = i;
        }
        QVERIFY(created.isValid());
        QCOMPARE(created.data(HierarchyModel::ChainIdRole).toULongLong(),
                 chainId->text().toULongLong());
        // The new subnet becomes the selection.
        QTRY_COMPARE(tree->currentIndex().data(HierarchyModel::NameRole).toString(),
                     QStringLiteral("gamma"));
    }

    void engineRefusalShowsInTheDialog() {
        MainWindow w;
        w.setSpeed(100);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.startTemplate(QStringLiteral("single"));
        QTRY_VERIFY_WITH_TIMEOUT(w.hierarchyModel()->subnetCount() >= 1, kTimeout);
        const QString root =
            w.hierarchyModel()->index(0, 0).data(HierarchyModel::SubnetIdRole).toString();
        CreateSubnetDialog* d = w.subnetActions()->createChild(root);
        QVERIFY(d);
        // More collateral than the funder holds: the engine refuses and the dialog says why.
        replaceText(d->findChild<QLineEdit*>(QStringLiteral("collateral")),
                    QStringLiteral("100000000"));
        QVERIFY(d->canCreate());
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        auto* message = d->findChild<QLabel*>(QStringLiteral("validationMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("refused")), kTimeout);
        QVERIFY(d->canCreate());  // it can be changed and sent again
    }
};

QTEST_MAIN(TestCreateSubnetDialog)
#include "test_create_subnet_dialog.moc"
