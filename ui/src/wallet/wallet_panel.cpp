// The Wallet dock: accounts, balances per subnet and what can be done with them.
#include "ipc/ui/wallet/wallet_panel.h"

#include <exception>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/format/wallet_format.h"
#include "ipc/ui/models/wallet_model.h"
#include "ipc/ui/wallet/wallet_dialogs.h"

namespace ipc::ui {

WalletPanel::WalletPanel(DevnetBridge* bridge, QWidget* parent)
    : QWidget(parent), bridge_(bridge), model_(new WalletModel(this)) {
    setObjectName(QStringLiteral("walletPanel"));
    const auto make = [this](const char* objectName, const QString& text, const QKeySequence& key,
                             const QString& tip, void (WalletPanel::*slot)()) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(objectName));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setStatusTip(tip);
        a->setToolTip(key.isEmpty() ? tip
                                    : QStringLiteral("%1 (%2)").arg(
                                          tip, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    new_ = make("walletNew", tr("&New"), QKeySequence(Qt::Key_Insert),
                tr("Add the next account of the workspace's mnemonic"), &WalletPanel::newAccount);
    import_ = make("walletImport", tr("&Import…"), QKeySequence(QStringLiteral("Ctrl+I")),
                   tr("Import a private key, a keystore file or a mnemonic account"),
                   &WalletPanel::importAccount);
    export_ = make("walletExport", tr("E&xport…"), QKeySequence(QStringLiteral("Ctrl+E")),
                   tr("Export the selected account's key (hex, keystore file, ipc-cli)"),
                   &WalletPanel::exportAccount);
    rename_ = make("walletRename", tr("&Rename…"), QKeySequence(Qt::Key_F2),
                   tr("Change the selected account's label"), &WalletPanel::renameAccount);
    remove_ = make("walletRemove", tr("Re&move…"), QKeySequence(QKeySequence::Delete),
                   tr("Remove the selected account from the wallet"), &WalletPanel::removeAccount);
    default_ = make("walletSetDefault", tr("Set &Default"), QKeySequence(QStringLiteral("Ctrl+D")),
                    tr("Preselect the selected account as the sender"), &WalletPanel::setDefault);
    copy_ = make("walletCopyAddress", tr("&Copy 0x"), QKeySequence::Copy,
                 tr("Copy the selected account's 0x address"), &WalletPanel::copyAddress);
    copyDelegated_ = make(
        "walletCopyDelegated", tr("Copy &t410"), QKeySequence(QStringLiteral("Ctrl+Alt+C")),
        tr("Copy the selected account's Filecoin (t410f…) address"), &WalletPanel::copyDelegated);
    send_ = make("walletSend", tr("&Send…"), QKeySequence(QStringLiteral("Ctrl+Return")),
                 tr("Send FIL to an address on the same subnet"), &WalletPanel::send);
    faucet_ = make("walletFaucet", tr("&Faucet"), QKeySequence(QStringLiteral("Ctrl+U")),
                   tr("Top the selected account up with %1 FIL on the root from a prefunded "
                      "account")
                       .arg(kFaucetFil),
                   &WalletPanel::faucet);
    transfer_ = new QAction(tr("&Transfer…"), this);
    transfer_->setObjectName(QStringLiteral("walletTransfer"));
    transfer_->setStatusTip(tr("Move FIL from the selected account to another subnet"));
    connect(transfer_, &QAction::triggered, this,
            [this] { emit transferRequested(currentAccount()); });
    password_ = make("walletPassword", tr("&Lock"), QKeySequence(QStringLiteral("Ctrl+L")),
                     tr("Set, unlock or lock the wallet password"), &WalletPanel::passwordAction);

    auto* bar = new QHBoxLayout();
    bar->setSpacing(2);
    const auto button = [this, bar](QAction* a) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    for (QAction* a : {new_, import_, export_, rename_, remove_, default_})
        button(a);
    bar->addSpacing(8);
    for (QAction* a : {copy_, copyDelegated_})
        button(a);
    bar->addSpacing(8);
    for (QAction* a : {send_, transfer_, faucet_})
        button(a);
    bar->addStretch();
    passwordButton_ = button(password_);
    auto* passwordMenu = new QMenu(passwordButton_);
    passwordMenu->addAction(tr("&Change Password…"), this, [this] {
        auto* d = new PasswordDialog(bridge_->wallet(), PasswordDialog::Mode::Change, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QDialog::accepted, this, [this] {
            afterChange();
            emit message(tr("Wallet password changed"), 5000);
        });
        d->open();
    });
    passwordMenu->addAction(tr("&Remove Password…"), this, [this] {
        auto* d = new PasswordDialog(bridge_->wallet(), PasswordDialog::Mode::Remove, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QDialog::accepted, this, [this] {
            afterChange();
            emit message(tr("Wallet password removed: imported keys are stored unencrypted"), 8000);
        });
        d->open();
    });
    passwordButton_->setMenu(passwordMenu);
    passwordButton_->setPopupMode(QToolButton::MenuButtonPopup);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("walletTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction* a :
         {copy_, copyDelegated_, send_, transfer_, faucet_, default_, rename_, export_, remove_})
        table_->addAction(a);
    connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == WalletModel::DelegatedColumn)
            copyDelegated();
        else
            copyAddress();
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WalletPanel::updateActions);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("walletStatus"));
    status_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    balanceTimer_.setSingleShot(true);
    balanceTimer_.setInterval(kRefreshIntervalMs);
    connect(&balanceTimer_, &QTimer::timeout, this, &WalletPanel::loadBalances);
    connect(bridge_, &DevnetBridge::started, this, &WalletPanel::refresh);
    connect(bridge_, &DevnetBridge::stopped, this, &WalletPanel::refresh);
    connect(bridge_, &DevnetBridge::starting, this, [this] {
        model_->clear();
        updateActions();
    });
    connect(bridge_, &DevnetBridge::hierarchyChanged, this, [this] {
        // Another thread (a dialog's task) may have changed the wallet meanwhile.
        if (const auto w = bridge_->wallet(); w != nullptr && w->revision() != revision_)
            afterChange();
        scheduleBalances();
    });
    refresh();
}

QList<QAction*> WalletPanel::accountActions() const {
    return {new_,  import_,        export_, rename_,   remove_, default_,
            copy_, copyDelegated_, send_,   transfer_, faucet_, password_};
}

QString WalletPanel::currentAccount() const {
    const QModelIndex current = table_->currentIndex();
    if (current.isValid())
        return current.siblingAtColumn(0).data(WalletModel::AddressRole).toString();
    for (int r = 0; r < model_->rowCount(); ++r) {
        if (model_->index(r, 0).data(WalletModel::DefaultRole).toBool())
            return model_->index(r, 0).data(WalletModel::AddressRole).toString();
    }
    return {};
}

void WalletPanel::selectAccount(const QString& address) {
    const int row = model_->rowOf(address);
    if (row >= 0)
        table_->setCurrentIndex(model_->index(row, WalletModel::LabelColumn));
}

void WalletPanel::refresh() {
    const auto w = bridge_->wallet();
    if (w == nullptr) {
        model_->clear();
        status_->setText(tr("Start a hierarchy to use the wallet."));
        updateActions();
        return;
    }
    revision_ = w->revision();
    const QString keep = currentAccount();
    model_->setAccounts(w->accounts());
    if (!keep.isEmpty())
        selectAccount(keep);
    loadBalances();
    updateActions();
}

void WalletPanel::afterChange(const QString& select) {
    refresh();
    if (!select.isEmpty())
        selectAccount(select);
}

void WalletPanel::scheduleBalances() {
    if (!balanceTimer_.isActive())
        balanceTimer_.start();
}

void WalletPanel::loadBalances() {
    const std::vector<EthAddress> addresses = model_->addresses();
    if (addresses.empty())
        return;
    bridge_->ask(this, devnet::BalancesQuery{addresses}, [this](const devnet::BalanceSheet& sheet) {
        model_->setBalances(sheet);
        table_->resizeColumnsToContents();
    });
}

void WalletPanel::updateActions() {
    const auto w = bridge_->wallet();
    const bool running = w != nullptr;
    const int row = model_->rowOf(currentAccount());
    const devnet::WalletAccount* a = model_->account(row);
    const bool selected = running && a != nullptr;
    for (QAction* act : {new_, import_})
        act->setEnabled(running);
    for (QAction* act : {export_, rename_, remove_, default_, copy_, copyDelegated_})
        act->setEnabled(selected);
    for (QAction* act : {send_, transfer_})
        act->setEnabled(selected && a->usable);
    faucet_->setEnabled(selected);
    password_->setEnabled(running);
    const bool hasPassword = running && w->hasPassword();
    const bool locked = running && w->isLocked();
    password_->setText(!hasPassword ? tr("Set &Password…") : locked ? tr("&Unlock…") : tr("&Lock"));
    passwordButton_->setPopupMode(hasPassword ? QToolButton::MenuButtonPopup
                                              : QToolButton::DelayedPopup);
    if (!running)
        return;
    int lockedKeys = 0;
    for (int r = 0; r < model_->rowCount(); ++r)
        lockedKeys += model_->account(r)->usable ? 0 : 1;
    QString text = tr("%n account(s)", nullptr, model_->rowCount());
    if (locked) {
        text += QStringLiteral(" · ") +
                tr("locked: %n imported key(s) wait for the password", nullptr, lockedKeys);
    } else if (hasPassword) {
        text += QStringLiteral(" · ") + tr("unlocked; imported keys are stored encrypted");
    }
    text += QStringLiteral(" · ") + tr("double-click an address to copy it");
    status_->setText(text);
}

// ---------------------------------------------------------------- actions

void WalletPanel::newAccount() {
    const auto w = bridge_->wallet();
    if (w == nullptr)
        return;
    try {
        const EthAddress a = w->newAccount();
        afterChange(QString::fromStdString(a.toChecksumHex()));
        emit message(tr("New account %1: it holds nothing yet; the faucet (Ctrl+U) tops it up")
                         .arg(QString::fromStdString(a.toChecksumHex())),
                     8000);
    } catch (const std::exception& e) {
        emit message(tr("No new account: %1").arg(QString::fromUtf8(e.what())), 8000);
    }
}

void WalletPanel::importAccount() {
    const auto w = bridge_->wallet();
    if (w == nullptr)
        return;
    auto* d = new ImportAccountDialog(w, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        afterChange(d->imported());
        emit message(tr("Imported %1").arg(d->imported()), 6000);
    });
    d->open();
}

void WalletPanel::exportAccount() {
    const auto w = bridge_->wallet();
    const QString account = currentAccount();
    if (w == nullptr || account.isEmpty())
        return;
    auto* d = new ExportAccountDialog(w, EthAddress::parse(account.toStdString()), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void WalletPanel::renameAccount() {
    const auto w = bridge_->wallet();
    const QString account = currentAccount();
    const devnet::WalletAccount* a = model_->account(model_->rowOf(account));
    if (w == nullptr || a == nullptr)
        return;
    auto* d = new QInputDialog(this);
    d->setObjectName(QStringLiteral("renameDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Rename Account"));
    d->setLabelText(tr("Label of %1:").arg(account));
    d->setTextValue(QString::fromStdString(a->label));
    connect(d, &QInputDialog::textValueSelected, this, [this, w, account](const QString& label) {
        try {
            w->rename(EthAddress::parse(account.toStdString()), label.trimmed().toStdString());
        } catch (const std::exception& e) {
            emit message(tr("Not renamed: %1").arg(QString::fromUtf8(e.what())), 8000);
        }
        afterChange(account);
    });
    d->open();
}

void WalletPanel::removeAccount() {
    const auto w = bridge_->wallet();
    const QString account = currentAccount();
    const devnet::WalletAccount* a = model_->account(model_->rowOf(account));
    if (w == nullptr || a == nullptr)
        return;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Remove Account"),
        tr("Remove %1 (%2) from the wallet?").arg(QString::fromStdString(a->label), account),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeAccountBox"));
    box->setInformativeText(a->kind == devnet::KeyKind::Derived
                                ? tr("It comes from the workspace's mnemonic: New or an import "
                                     "of that mnemonic brings it back.")
                                : tr("Its key is gone from this workspace afterwards: export it "
                                     "first if you still need it."));
    box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, w, account](QAbstractButton* b) {
        if (box->buttonRole(b) != QMessageBox::DestructiveRole)
            return;
        try {
            w->remove(EthAddress::parse(account.toStdString()));
            emit message(tr("Removed %1").arg(account), 5000);
        } catch (const std::exception& e) {
            emit message(tr("Not removed: %1").arg(QString::fromUtf8(e.what())), 8000);
        }
        afterChange();
    });
    box->open();
}

void WalletPanel::setDefault() {
    const auto w = bridge_->wallet();
    const QString account = currentAccount();
    if (w == nullptr || account.isEmpty())
        return;
    try {
        w->setDefaultAccount(EthAddress::parse(account.toStdString()));
    } catch (const std::exception& e) {
        emit message(tr("Not set: %1").arg(QString::fromUtf8(e.what())), 8000);
    }
    afterChange(account);
}

void WalletPanel::copyAddress() {
    const QString account = currentAccount();
    if (account.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(account);
    emit message(tr("Copied %1").arg(account), 4000);
}

void WalletPanel::copyDelegated() {
    const int row = model_->rowOf(currentAccount());
    if (row < 0)
        return;
    const QString text = model_->index(row, 0).data(WalletModel::DelegatedRole).toString();
    QGuiApplication::clipboard()->setText(text);
    emit message(tr("Copied %1").arg(text), 4000);
}

void WalletPanel::send() {
    const QString account = currentAccount();
    if (bridge_->wallet() == nullptr || account.isEmpty())
        return;
    auto* d = new SendDialog(
        bridge_, [this](const QString& a, const QString& s) { return model_->balance(a, s); },
        this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    if (const HierarchyViewPtr view = bridge_->view(); view && !view->subnets.empty())
        d->select(subnetIdText(view->subnets.front().id), account);
    connect(d, &SendDialog::sent, this, [this](const QString& subnet, const QString& tx) {
        emit message(
            tr("Sent: transaction %1 (it shows on the Transactions page once mined)").arg(tx),
            10000);
        emit transactionSent(subnet, tx);
        scheduleBalances();
    });
    d->open();
}

void WalletPanel::faucet() {
    const QString account = currentAccount();
    if (bridge_->wallet() == nullptr || account.isEmpty())
        return;
    bridge_->faucet(this, account, TokenAmount::fromWhole(kFaucetFil).atto(),
                    [this, account](const DevnetBridge::SendResult& r) {
                        if (!r.error.isEmpty()) {
                            emit message(tr("The faucet could not pay: %1").arg(r.error), 10000);
                            return;
                        }
                        emit message(tr("Faucet: %1 FIL for %2 on the root arrive with the next "
                                        "root block")
                                         .arg(kFaucetFil)
                                         .arg(account),
                                     8000);
                        scheduleBalances();
                    });
}

void WalletPanel::passwordAction() {
    const auto w = bridge_->wallet();
    if (w == nullptr)
        return;
    if (w->hasPassword() && !w->isLocked()) {
        w->lock();
        afterChange();
        emit message(tr("Wallet locked: imported keys need the password again"), 6000);
        return;
    }
    const auto mode = w->hasPassword() ? PasswordDialog::Mode::Unlock : PasswordDialog::Mode::Set;
    auto* d = new PasswordDialog(w, mode, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, mode] {
        afterChange();
        emit message(mode == PasswordDialog::Mode::Unlock
                         ? tr("Wallet unlocked")
                         : tr("Wallet password set: imported keys are stored encrypted"),
                     6000);
    });
    d->open();
}

}  // namespace ipc::ui
