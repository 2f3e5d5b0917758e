// What can be done to a subnet from the window: create, fund, release, validator actions.
#include "ipc/ui/pages/subnet_actions.h"

#include <exception>
#include <utility>
#include <vector>

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QUrl>
#include <QWidget>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/devnet/subnet_calls.h"
#include "ipc/devnet/wallet.h"
#include "ipc/ui/dialogs/create_subnet_dialog.h"
#include "ipc/ui/dialogs/fund_dialog.h"
#include "ipc/ui/models/hierarchy_model.h"

namespace ipc::ui {

SubnetActions::SubnetActions(DevnetBridge* bridge, HierarchyModel* model, QWidget* window)
    : QObject(window), bridge_(bridge), model_(model), window_(window) {
    const auto make = [this](const char* objectName, const QString& text, const QKeySequence& key,
                             const QString& tip) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(objectName));
        a->setShortcut(key);
        a->setStatusTip(tip);
        return a;
    };
    createChild_ = make("actionCreateSubnet", tr("&Create Child Subnet…"),
                        QKeySequence(QStringLiteral("Ctrl+Shift+N")),
                        tr("Create a subnet under the selected one"));
    connect(createChild_, &QAction::triggered, this, [this] { createChild(current_); });
    fund_ = make("actionFund", tr("&Fund…"), QKeySequence(QStringLiteral("Ctrl+Shift+U")),
                 tr("Send FIL from the parent into the selected subnet"));
    connect(fund_, &QAction::triggered, this, [this] { fund(current_); });
    release_ = make("actionRelease", tr("&Release…"), QKeySequence(QStringLiteral("Ctrl+Shift+D")),
                    tr("Send FIL from the selected subnet back to its parent"));
    connect(release_, &QAction::triggered, this, [this] { release(current_); });
    using Action = ValidatorDialog::Action;
    const auto validator = [this, &make](const char* objectName, const QString& text,
                                         const char* key, const QString& tip, Action action) {
        QAction* a = make(objectName, text, QKeySequence(QString::fromLatin1(key)), tip);
        connect(a, &QAction::triggered, this,
                [this, action] { validatorAction(action, current_); });
        return a;
    };
    join_ = validator("actionJoinSubnet", tr("&Join as Validator…"), "Ctrl+Alt+J",
                      tr("Lock collateral and validate the selected subnet"), Action::Join);
    stake_ = validator("actionStake", tr("&Stake…"), "Ctrl+Alt+K",
                       tr("Add collateral as a validator of the selected subnet"), Action::Stake);
    unstake_ = validator("actionUnstake", tr("U&nstake…"), "Ctrl+Alt+U",
                         tr("Take back part of a validator's collateral"), Action::Unstake);
    leave_ = validator("actionLeaveSubnet", tr("&Leave…"), "Ctrl+Alt+E",
                       tr("Stop validating the selected subnet"), Action::Leave);
    kill_ =
        validator("actionKillSubnet", tr("&Kill…"), "Ctrl+Alt+Shift+K",
                  tr("End the selected subnet for good (its owner, once no collateral is left)"),
                  Action::Kill);
    openRpc_ =
        make("actionOpenRpcUrl", tr("Open &RPC URL"), QKeySequence(QStringLiteral("Ctrl+Shift+O")),
             tr("Open the selected subnet's JSON-RPC endpoint"));
    connect(openRpc_, &QAction::triggered, this, [this] { openRpcUrl(current_); });
    copyId_ = make("actionCopySubnetId", tr("Copy Subnet &Id"),
                   QKeySequence(QStringLiteral("Ctrl+Shift+C")),
                   tr("Copy the selected subnet's id to the clipboard"));
    connect(copyId_, &QAction::triggered, this, [this] { copySubnetId(current_); });
    connect(bridge_, &DevnetBridge::started, this, &SubnetActions::updateActions);
    connect(bridge_, &DevnetBridge::stopped, this, &SubnetActions::updateActions);
    connect(model_, &QAbstractItemModel::dataChanged, this, &SubnetActions::updateActions);
    updateActions();
}

QList<QAction*> SubnetActions::actions() const {
    return {createChild_, fund_,  release_, join_,    stake_,
            unstake_,     leave_, kill_,    openRpc_, copyId_};
}

void SubnetActions::setCurrentSubnet(const QString& subnetId) {
    current_ = subnetId;
    updateActions();
}

QString SubnetActions::nameOf(const QString& subnetId) const {
    const QString name = model_->indexOf(subnetId).data(HierarchyModel::NameRole).toString();
    return name.isEmpty() ? subnetId : name;
}

QString SubnetActions::parentOf(const QString& subnetId) const {
    return model_->indexOf(subnetId).data(HierarchyModel::ParentIdRole).toString();
}

QString SubnetActions::rpcUrlOf(const QString& subnetId) const {
    return model_->indexOf(subnetId).data(HierarchyModel::RpcUrlRole).toString();
}

void SubnetActions::updateActions() {
    const bool running = bridge_->isRunning();
    const bool known = running && model_->indexOf(current_).isValid();
    const bool child = known && !parentOf(current_).isEmpty();
    createChild_->setEnabled(known);
    fund_->setEnabled(child);
    release_->setEnabled(child);
    for (QAction* a : {join_, stake_, unstake_, leave_, kill_})
        a->setEnabled(child);
    copyId_->setEnabled(known);
    const bool rpc = known && !rpcUrlOf(current_).isEmpty();
    openRpc_->setEnabled(rpc);
    openRpc_->setToolTip(rpc ? tr("Open %1").arg(rpcUrlOf(current_))
                             : tr("No JSON-RPC server serves this subnet"));
}

QMenu* SubnetActions::menuFor(const QString& subnetId, QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("subnetContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    const bool running = bridge_->isRunning();
    const bool child = !parentOf(subnetId).isEmpty();
    const QString name = nameOf(subnetId);
    menu->setTitle(name);
    // Each entry carries its subnet, so a click acts on the row that was right-clicked.
    auto* create =
        menu->addAction(createChild_->text(), this, [this, subnetId] { createChild(subnetId); });
    create->setObjectName(QStringLiteral("contextCreateSubnet"));
    create->setEnabled(running);
    menu->addSeparator();
    auto* fundAction =
        menu->addAction(tr("&Fund %1…").arg(name), this, [this, subnetId] { fund(subnetId); });
    fundAction->setObjectName(QStringLiteral("contextFund"));
    auto* releaseAction = menu->addAction(tr("&Release from %1…").arg(name), this,
                                          [this, subnetId] { release(subnetId); });
    releaseAction->setObjectName(QStringLiteral("contextRelease"));
    for (QAction* a : {fundAction, releaseAction}) {
        a->setEnabled(running && child);
        if (!child)
            a->setToolTip(tr("The root has no parent to move FIL from or to"));
    }
    menu->addSeparator();
    using Action = ValidatorDialog::Action;
    const std::pair<QAction*, Action> validatorEntries[] = {{join_, Action::Join},
                                                            {stake_, Action::Stake},
                                                            {unstake_, Action::Unstake},
                                                            {leave_, Action::Leave},
                                                            {kill_, Action::Kill}};
    for (const auto& [source, action] : validatorEntries) {
        const Action act = action;
        auto* a = menu->addAction(source->text(), this,
                                  [this, act, subnetId] { validatorAction(act, subnetId); });
        a->setObjectName(QStringLiteral("context") + source->objectName().mid(6));
        a->setEnabled(running && child);
        if (!child)
            a->setToolTip(tr("The root has no validators to join or leave"));
    }
    menu->addSeparator();
    const QString url = rpcUrlOf(subnetId);
    auto* rpc = menu->addAction(openRpc_->text(), this, [this, subnetId] { openRpcUrl(subnetId); });
    rpc->setObjectName(QStringLiteral("contextOpenRpcUrl"));
    rpc->setEnabled(!url.isEmpty());
    rpc->setToolTip(url.isEmpty() ? tr("No JSON-RPC server serves this subnet") : url);
    auto* copy =
        menu->addAction(copyId_->text(), this, [this, subnetId] { copySubnetId(subnetId); });
    copy->setObjectName(QStringLiteral("contextCopySubnetId"));
    copy->setToolTip(subnetId);
    return menu;
}

CreateSubnetDialog* SubnetActions::createChild(const QString& parentId) {
    const HierarchyViewPtr view = bridge_->view();
    if (view == nullptr || parentId.isEmpty())
        return nullptr;
    auto* dialog = new CreateSubnetDialog(*view, parentId, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<CreateSubnetDialog> guard(dialog);
    connect(dialog, &CreateSubnetDialog::createRequested, this,
            [this, guard](const devnet::NewSubnet& spec) {
                const QString name = QString::fromStdString(spec.name);
                bridge_->createSubnet(spec, [this, guard, name](const QString& id) {
                    if (guard)
                        guard->setCreated(id);
                    emit message(
                        tr("Created %1 (%2); it starts once its validators join").arg(name, id),
                        8000);
                    emit subnetCreated(id);
                });
            });
    // Refusals come back as commandFailed; the dialog shows them only while it waits.
    connect(bridge_, &DevnetBridge::commandFailed, dialog, &CreateSubnetDialog::setFailed);
    dialog->open();
    return dialog;
}

FundDialog* SubnetActions::fund(const QString& subnetId) {
    return openFundDialog(true, subnetId);
}

FundDialog* SubnetActions::release(const QString& subnetId) {
    return openFundDialog(false, subnetId);
}

FundDialog* SubnetActions::openFundDialog(bool fund, const QString& subnetId) {
    const QString parent = parentOf(subnetId);
    if (!bridge_->isRunning() || parent.isEmpty())
        return nullptr;
    auto* dialog = new FundDialog(fund ? FundDialog::Mode::Fund : FundDialog::Mode::Release,
                                  nameOf(subnetId), nameOf(parent), window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<FundDialog> guard(dialog);
    bridge_->ask(dialog, devnet::DevnetAccountsQuery{},
                 [guard](const std::vector<devnet::DevnetAccount>& known) {
                     FundDialog::Accounts accounts;
                     for (const auto& a : known) {
                         accounts.emplace_back(QString::fromStdString(a.label),
                                               QString::fromStdString(a.address.toChecksumHex()));
                     }
                     if (guard)
                         guard->setAccounts(accounts);
                 });
    connect(dialog, &QDialog::accepted, this, [this, dialog, fund, subnetId] {
        const QString amount =
            QString::fromStdString(TokenAmount::fromAtto(dialog->amount()).format());
        const QString name = nameOf(subnetId);
        const auto sent = [this, fund, name, amount](const QString& tx) {
            emit message(fund ? tr("Funding %1 with %2 FIL: %3").arg(name, amount, tx)
                              : tr("Releasing %1 FIL from %2: %3").arg(amount, name, tx),
                         8000);
        };
        if (fund)
            bridge_->fund(subnetId, dialog->from(), dialog->to(), dialog->amount(), sent);
        else
            bridge_->release(subnetId, dialog->from(), dialog->to(), dialog->amount(), sent);
    });
    dialog->open();
    return dialog;
}

ValidatorDialog* SubnetActions::validatorAction(ValidatorDialog::Action action,
                                                const QString& subnetId) {
    const QString parent = parentOf(subnetId);
    const auto wallet = bridge_->wallet();
    if (!bridge_->isRunning() || parent.isEmpty() || wallet == nullptr)
        return nullptr;
    auto* dialog = new ValidatorDialog(action, nameOf(subnetId), nameOf(parent), window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<ValidatorDialog> guard(dialog);
    // The wallet's accounts with what each holds on the parent (it pays the collateral there).
    std::vector<devnet::WalletAccount> accounts;
    QString preferred;
    try {
        accounts = wallet->accounts();
        if (const auto d = wallet->defaultAccount())
            preferred = QString::fromStdString(d->toChecksumHex());
    } catch (const std::exception& e) {
        emit message(QString::fromUtf8(e.what()), 8000);
    }
    std::vector<EthAddress> addresses;
    for (const auto& a : accounts)
        addresses.push_back(a.address);
    bridge_->ask(
        dialog, devnet::BalancesQuery{addresses},
        [guard, accounts, preferred,
         parentId = parent.toStdString()](const devnet::BalanceSheet& sheet) {
            // The parent's column of the sheet (none: the parent is gone, nothing is held).
            std::optional<std::size_t> column;
            for (std::size_t i = 0; i < sheet.subnets.size(); ++i) {
                if (sheet.subnets[i].toString() == parentId)
                    column = i;
            }
            std::vector<ValidatorDialog::Account> rows;
            for (const auto& a : accounts) {
                U256 balance;
                const auto it = sheet.balances.find(a.address);
                if (column && it != sheet.balances.end() && *column < it->second.size())
                    balance = it->second[*column];
                rows.push_back({QString::fromStdString(a.label),
                                QString::fromStdString(a.address.toChecksumHex()), balance});
            }
            if (guard)
                guard->setAccounts(rows, preferred);
        });
    connect(dialog, &QDialog::accepted, this, [this, dialog, action, subnetId, parent, wallet] {
        const SubnetId id = SubnetId::parse(subnetId.toStdString());
        const auto actor = id.actor();
        if (!actor)
            return;
        const QString from = dialog->from();
        const U256 amount = dialog->amount();
        devnet::SubnetActorCall call;
        try {
            // In ValidatorDialog::Action's order.
            static constexpr devnet::SubnetActorAction kAction[] = {
                devnet::SubnetActorAction::Join, devnet::SubnetActorAction::Stake,
                devnet::SubnetActorAction::Unstake, devnet::SubnetActorAction::Leave,
                devnet::SubnetActorAction::Kill};
            const devnet::SubnetActorAction act = kAction[static_cast<int>(action)];
            const Bytes pub = act == devnet::SubnetActorAction::Join
                                  ? wallet->publicKey(EthAddress::parse(from.toStdString()))
                                  : Bytes();
            call = devnet::subnetActorCall(act, amount, pub);
        } catch (const std::exception& e) {
            emit message(QString::fromUtf8(e.what()), 8000);
            return;
        }
        static const char* const kDone[] = {QT_TR_NOOP("Join sent to %1's subnet actor: %2"),
                                            QT_TR_NOOP("Stake sent to %1's subnet actor: %2"),
                                            QT_TR_NOOP("Unstake sent to %1's subnet actor: %2"),
                                            QT_TR_NOOP("Leave sent to %1's subnet actor: %2"),
                                            QT_TR_NOOP("Kill sent to %1's subnet actor: %2")};
        const QString name = nameOf(subnetId);
        const char* done = kDone[static_cast<int>(action)];
        bridge_->walletSend(
            this, parent, from, QString::fromStdString(actor->toChecksumHex()), call.value,
            [this, name, done](const DevnetBridge::SendResult& r) {
                if (!r.error.isEmpty()) {
                    emit message(tr("Refused: %1").arg(r.error), 10000);
                    return;
                }
                emit message(tr(done).arg(name, r.txHash) +
                                 tr(" (the receipt on the parent's Transactions page says "
                                    "whether the actor accepted it)"),
                             10000);
            },
            call.data);
    });
    dialog->open();
    return dialog;
}

void SubnetActions::openRpcUrl(const QString& subnetId) {
    const QString url = rpcUrlOf(subnetId);
    if (url.isEmpty()) {
        emit message(tr("No JSON-RPC server serves %1").arg(nameOf(subnetId)), 5000);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl(url)))
        emit message(tr("Could not open %1").arg(url), 5000);
}

void SubnetActions::copySubnetId(const QString& subnetId) {
    if (subnetId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(subnetId);
    emit message(tr("Copied %1").arg(subnetId), 4000);
}

}  // namespace ipc::ui
