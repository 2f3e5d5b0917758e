// The Wallet dock driven through its actions and dialogs over a paused three-level hierarchy:
// the accounts table with a balance column per subnet, new/import/export/rename/remove/default,
// the faucet, a send within a subnet that the engine mines, and the wallet password (a wrong
// one refused with a message, locked keys unusable until unlocked).
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "ipc/ui/models/wallet_model.h"
#include "ipc/ui/wallet/wallet_dialogs.h"
#include "ipc/ui/wallet/wallet_panel.h"
#include "test_settings.h"
#include "wallet_test_support.h"

using ipc::ui::WalletModel;
using ipc::ui::WalletPanel;
using namespace wallet_test;

namespace {

// Not an account of the test mnemonic.
const char* const kKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
const char* const kKeyAddress = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23";

QAction* action(WalletPanel& p, const char* name) {
    return p.findChild<QAction*>(QString::fromLatin1(name));
}

template <class T>
T* openDialog(WalletPanel& p) {
    T* d = nullptr;
    // Null when none shows up in time: the caller's QVERIFY fails.
    (void)QTest::qWaitFor(
        [&] {
            d = p.findChild<T*>();
            return d != nullptr && d->isVisible();
        },
        kTimeout);
    return d;
}

}  // namespace

class TestWalletPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { ipc::ui::test::useTestSettings(QStringLiteral("test_wallet_panel")); }

    void accountsBalancesAndTheirActions() {
        Harness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.ready(), kTimeout);
        WalletPanel panel(&h.bridge);
        panel.resize(1400, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        WalletModel* model = panel.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 10, kTimeout);
        // Label, 0x, t410, nonce, then a balance per subnet (7 in three-level).
        QTRY_COMPARE_WITH_TIMEOUT(model->columnCount(), WalletModel::FirstBalanceColumn + 7,
                                  kTimeout);
        QCOMPARE(model->headerData(WalletModel::FirstBalanceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("root"));
        QCOMPARE(model->index(0, WalletModel::AddressColumn).data().toString(), hex(anvil0()));
        QCOMPARE(model->index(0, WalletModel::DelegatedColumn).data().toString(),
                 QString::fromStdString(ipc::devnet::delegatedAddress(anvil0())));
        QCOMPARE(model->index(0, WalletModel::DefaultColumn).data().toString(),
                 QStringLiteral("★"));
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(0, WalletModel::FirstBalanceColumn).data().toString(),
            QStringLiteral("10,000 FIL"), kTimeout);
        QCOMPARE(model->index(0, WalletModel::FirstBalanceColumn + 1).data().toString(),
                 QStringLiteral("1,000 FIL"));
        QCOMPARE(model->index(0, WalletModel::NonceColumn).data().toString(), QStringLiteral("0"));
        shoot(panel, "wallet");

        // New: the next account of the mnemonic, empty; the faucet fills it on the root.
        action(panel, "walletNew")->trigger();
        QCOMPARE(model->rowCount(), 11);
        const QString fresh = panel.currentAccount();
        QCOMPARE(fresh, hex(h.bridge.wallet()->accounts().back().address));
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(10, WalletModel::FirstBalanceColumn).data().toString(),
            QStringLiteral("0 FIL"), kTimeout);
        action(panel, "walletFaucet")->trigger();
        QVERIFY(h.advance(1000));  // engine commands run in order: the top-up is queued first
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(10, WalletModel::FirstBalanceColumn).data().toString(),
            QStringLiteral("100 FIL"), kTimeout);

        // Set default moves the star; rename through its dialog.
        action(panel, "walletSetDefault")->trigger();
        QCOMPARE(model->index(10, WalletModel::DefaultColumn).data().toString(),
                 QStringLiteral("★"));
        QCOMPARE(model->index(0, WalletModel::DefaultColumn).data().toString(), QString());
        QCOMPARE(h.bridge.wallet()->defaultAccount(), ipc::EthAddress::parse(fresh.toStdString()));
        action(panel, "walletRename")->trigger();
        auto* rename = openDialog<QInputDialog>(panel);
        QVERIFY(rename);
        rename->setTextValue(QStringLiteral("workshop"));
        rename->accept();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(10, WalletModel::LabelColumn).data().toString(),
                                  QStringLiteral("workshop"), kTimeout);

        // Send within the root: the transaction is mined and pays the receiver.
        const ipc::U256 before = h.balance(h.id("root"), anvil3());
        action(panel, "walletSend")->trigger();
        auto* send = openDialog<ipc::ui::SendDialog>(panel);
        QVERIFY(send);
        auto* to = send->findChild<QLineEdit*>(QStringLiteral("sendTo"));
        auto* amount = send->findChild<QLineEdit*>(QStringLiteral("sendAmount"));
        auto* ok = send->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        to->setText(QStringLiteral("0x1234"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(send->problem().contains(QStringLiteral("40 hex digits")));
        to->setText(hex(anvil3()));
        amount->setText(QStringLiteral("500"));  // more than the 100 FIL it holds
        QTRY_VERIFY_WITH_TIMEOUT(send->problem().contains(QStringLiteral("Not enough FIL")),
                                 kTimeout);
        QVERIFY(!ok->isEnabled());
        amount->setText(QStringLiteral("7"));
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), kTimeout);
        QVERIFY(send->findChild<QLabel*>(QStringLiteral("sendFee"))
                    ->text()
                    .contains(QStringLiteral("21000 gas")));
        QString tx;
        connect(send, &ipc::ui::SendDialog::sent, this,
                [&tx](const QString&, const QString& hash) { tx = hash; });
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(!tx.isEmpty(), kTimeout);
        QVERIFY(h.advance(1000));
        QVERIFY(h.feePaid(h.id("root"), tx) > ipc::U256{});  // mined
        QCOMPARE(h.balance(h.id("root"), anvil3()), before + fil(7));

        // Remove asks first.
        action(panel, "walletRemove")->trigger();
        auto* box = openDialog<QMessageBox>(panel);
        QVERIFY(box);
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 10, kTimeout);
        QVERIFY(model->rowOf(fresh) < 0);
        QCOMPARE(model->index(0, WalletModel::DefaultColumn).data().toString(),
                 QStringLiteral("★"));  // the default falls back to the first
    }

    void importExportAndThePassword() {
        Harness h("single");
        QTRY_VERIFY_WITH_TIMEOUT(h.ready(), kTimeout);
        WalletPanel panel(&h.bridge);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        WalletModel* model = panel.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 10, kTimeout);

        // Import: the hex tab checks the key before anything runs.
        action(panel, "walletImport")->trigger();
        auto* import = openDialog<ipc::ui::ImportAccountDialog>(panel);
        QVERIFY(import);
        auto* ok = import->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* hexEdit = import->findChild<QLineEdit*>(QStringLiteral("importHex"));
        QVERIFY(!ok->isEnabled());
        hexEdit->setText(QStringLiteral("0x4c08"));
        QVERIFY(import->problem().contains(QStringLiteral("64 hex digits")));
        hexEdit->setText(QStringLiteral("0xzz"));
        QVERIFY(import->problem().contains(QStringLiteral("0–9")));
        // The mnemonic tab counts words.
        auto* tabs = import->findChild<QTabWidget*>(QStringLiteral("importTabs"));
        tabs->setCurrentIndex(ipc::ui::ImportAccountDialog::MnemonicTab);
        import->findChild<QPlainTextEdit*>(QStringLiteral("importMnemonic"))
            ->setPlainText(QStringLiteral("test test test"));
        QVERIFY(import->problem().contains(QStringLiteral("12, 15, 18, 21 or 24 words")));
        tabs->setCurrentIndex(ipc::ui::ImportAccountDialog::PrivateKeyTab);
        hexEdit->setText(QString::fromLatin1(kKey));
        import->findChild<QLineEdit*>(QStringLiteral("importLabel"))
            ->setText(QStringLiteral("imported"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 11, kTimeout);
        QCOMPARE(panel.currentAccount(), QString::fromLatin1(kKeyAddress));
        QCOMPARE(model->index(10, WalletModel::LabelColumn).data().toString(),
                 QStringLiteral("imported"));

        // Export: the hex only behind the confirmation; V3 needs matching passwords.
        action(panel, "walletExport")->trigger();
        auto* exporter = openDialog<ipc::ui::ExportAccountDialog>(panel);
        QVERIFY(exporter);
        auto* exportButton = exporter->findChild<QPushButton*>(QStringLiteral("exportButton"));
        QVERIFY(!exportButton->isEnabled());
        exporter->findChild<QCheckBox*>(QStringLiteral("exportConfirm"))->setChecked(true);
        QVERIFY(exportButton->isEnabled());
        exportButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(exporter->output(), QString::fromLatin1(kKey), kTimeout);
        auto* format = exporter->findChild<QComboBox*>(QStringLiteral("exportFormat"));
        format->setCurrentIndex(ipc::ui::ExportAccountDialog::KeystoreFormat);
        exporter->findChild<QLineEdit*>(QStringLiteral("exportPassword"))
            ->setText(QStringLiteral("a"));
        exporter->findChild<QLineEdit*>(QStringLiteral("exportPasswordConfirm"))
            ->setText(QStringLiteral("b"));
        QVERIFY(exporter->problem().contains(QStringLiteral("differ")));
        QVERIFY(!exportButton->isEnabled());
        format->setCurrentIndex(ipc::ui::ExportAccountDialog::IpcCliFormat);
        exportButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(exporter->output().contains(QStringLiteral("private_key")),
                                 kTimeout);
        QVERIFY(exporter->output().contains(QString::fromLatin1(kKey).mid(2)));
        exporter->close();

        // Password: set, lock, a wrong one refused, the right one unlocks.
        action(panel, "walletPassword")->trigger();
        auto* set = openDialog<ipc::ui::PasswordDialog>(panel);
        QVERIFY(set);
        QCOMPARE(set->mode(), ipc::ui::PasswordDialog::Mode::Set);
        set->findChild<QLineEdit*>(QStringLiteral("passwordNew"))->setText(QStringLiteral("pw"));
        set->findChild<QLineEdit*>(QStringLiteral("passwordConfirm"))
            ->setText(QStringLiteral("px"));
        QVERIFY(set->problem().contains(QStringLiteral("differ")));
        set->findChild<QLineEdit*>(QStringLiteral("passwordConfirm"))
            ->setText(QStringLiteral("pw"));
        set->accept();
        QTRY_VERIFY_WITH_TIMEOUT(h.bridge.wallet()->hasPassword(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(action(panel, "walletPassword")->text(), QStringLiteral("&Lock"),
                                  kTimeout);
        action(panel, "walletPassword")->trigger();  // lock
        QVERIFY(h.bridge.wallet()->isLocked());
        QCOMPARE(model->index(10, WalletModel::LabelColumn).data().toString(),
                 QStringLiteral("imported (locked)"));
        panel.selectAccount(QString::fromLatin1(kKeyAddress));
        QVERIFY(!action(panel, "walletSend")->isEnabled());
        QCOMPARE(action(panel, "walletPassword")->text(), QStringLiteral("&Unlock…"));
        action(panel, "walletPassword")->trigger();
        auto* unlock = openDialog<ipc::ui::PasswordDialog>(panel);
        QVERIFY(unlock);
        QCOMPARE(unlock->mode(), ipc::ui::PasswordDialog::Mode::Unlock);
        unlock->findChild<QLineEdit*>(QStringLiteral("passwordCurrent"))
            ->setText(QStringLiteral("wrong"));
        unlock->accept();
        QTRY_COMPARE_WITH_TIMEOUT(unlock->problem(), QStringLiteral("That password is wrong."),
                                  kTimeout);
        QVERIFY(h.bridge.wallet()->isLocked());
        unlock->findChild<QLineEdit*>(QStringLiteral("passwordCurrent"))
            ->setText(QStringLiteral("pw"));
        unlock->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!h.bridge.wallet()->isLocked(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(action(panel, "walletSend")->isEnabled(), kTimeout);
        QCOMPARE(model->index(10, WalletModel::LabelColumn).data().toString(),
                 QStringLiteral("imported"));
    }
};

QTEST_MAIN(TestWalletPanel)
#include "test_wallet_panel.moc"
