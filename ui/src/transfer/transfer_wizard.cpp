// The transfer wizard: moves FIL between any two subnets in five pages.
#include "ipc/ui/transfer/transfer_wizard.h"

#include <exception>

#include <QAbstractButton>
#include <QPointer>

#include "ipc/ui/bridge/message_tracker.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/transfer/transfer_wizard_pages.h"

namespace ipc::ui {

TransferWizard::TransferWizard(DevnetBridge* bridge, MessageTracker* tracker, QWidget* parent)
    : QWizard(parent), bridge_(bridge), tracker_(tracker), view_(bridge->view()) {
    setObjectName(QStringLiteral("transferWizard"));
    setWindowTitle(tr("Transfer Between Subnets"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    //: the commit button of the transfer wizard's review page
    // From our catalogue rather than Qt's (which may not be installed): German, Spanish and
    // Chinese users get them in their language too.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("&Submit"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    resize(860, 760);

    loadAccounts();  // before the pages, which list the accounts from the start
    fromPage_ = new TransferFromPage(this);
    toPage_ = new TransferToPage(this);
    amountPage_ = new TransferAmountPage(this);
    reviewPage_ = new TransferReviewPage(this);
    trackPage_ = new TransferTrackPage(this);
    setPage(FromPageId, fromPage_);
    setPage(ToPageId, toPage_);
    setPage(AmountPageId, amountPage_);
    setPage(ReviewPageId, reviewPage_);
    setPage(TrackPageId, trackPage_);
    setStartId(FromPageId);

    balanceTimer_.setSingleShot(true);
    balanceTimer_.setInterval(kBalanceRefreshMs);
    connect(&balanceTimer_, &QTimer::timeout, this, &TransferWizard::loadBalances);
    connect(bridge_, &DevnetBridge::hierarchyChanged, this, [this](const HierarchyViewPtr& v) {
        view_ = v;
        if (!balanceTimer_.isActive())
            balanceTimer_.start();
    });
    // Another hierarchy: the choices made belong to the old one.
    connect(bridge_, &DevnetBridge::starting, this, &QWizard::reject);
    loadBalances();
}

TransferWizard::~TransferWizard() = default;

void TransferWizard::loadAccounts() {
    if (const auto w = bridge_->wallet())
        accounts_ = w->accounts();
    else
        accounts_.clear();
}

void TransferWizard::loadBalances() {
    std::vector<EthAddress> addresses;
    for (const auto& a : accounts_)
        addresses.push_back(a.address);
    // The receiver may be someone else's address: its balance shows what arrives.
    const QString to = toAddress();
    if (!to.isEmpty()) {
        try {
            addresses.push_back(EthAddress::parse(to.toStdString()));
        } catch (const std::exception&) {
        }
    }
    bridge_->ask(this, devnet::BalancesQuery{addresses}, [this](const devnet::BalanceSheet& sheet) {
        sheet_ = sheet;
        emit dataRefreshed();
    });
}

void TransferWizard::requestFee() {
    const QString from = fromSubnet();
    const QString sender = fromAccount();
    const QString toS = toSubnet();
    const QString to = toAddress();
    if (from.isEmpty() || sender.isEmpty() || toS.isEmpty() || to.isEmpty())
        return;
    fee_.reset();
    const U256 amount = this->amount().value_or(U256(1));
    devnet::TransferFeeQuery query;
    try {
        query = {SubnetId::parse(from.toStdString()), EthAddress::parse(sender.toStdString()),
                 protocol::IpcAddress{SubnetId::parse(toS.toStdString()),
                                      EthAddress::parse(to.toStdString())},
                 amount};
    } catch (const std::exception&) {
        return;  // not a whole transfer yet: no fee to quote
    }
    bridge_->ask(this, std::move(query), [this](const devnet::FeeQuote& q) {
        fee_ = q;
        emit dataRefreshed();
    });
}

void TransferWizard::setSource(const QString& subnet, const QString& account) {
    fromPage_->select(subnet, account);
}

void TransferWizard::setDestination(const QString& subnet, const QString& address) {
    toPage_->select(subnet, address);
}

QString TransferWizard::fromSubnet() const {
    return fromPage_->subnet();
}

QString TransferWizard::fromAccount() const {
    return fromPage_->account();
}

QString TransferWizard::toSubnet() const {
    return toPage_->subnet();
}

QString TransferWizard::toAddress() const {
    return toPage_->address();
}

std::optional<U256> TransferWizard::amount() const {
    return amountPage_->amount();
}

std::optional<U256> TransferWizard::balance(const QString& account, const QString& subnet) const {
    if (!sheet_)
        return std::nullopt;
    try {
        const EthAddress a = EthAddress::parse(account.toStdString());
        const SubnetId s = SubnetId::parse(subnet.toStdString());
        const auto it = sheet_->balances.find(a);
        if (it == sheet_->balances.end())
            return std::nullopt;
        for (std::size_t i = 0; i < sheet_->subnets.size(); ++i) {
            if (sheet_->subnets[i] == s)
                return it->second.at(i);
        }
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

std::optional<devnet::TransferPlan> TransferWizard::plan() const {
    const QString from = fromSubnet();
    const QString to = toSubnet();
    if (view_ == nullptr || from.isEmpty() || to.isEmpty() || from == to)
        return std::nullopt;
    try {
        return devnet::planTransfer(*view_, bridge_->transferTiming(),
                                    SubnetId::parse(from.toStdString()),
                                    SubnetId::parse(to.toStdString()));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

void TransferWizard::submit() {
    const std::optional<devnet::TransferPlan> route = plan();
    const std::optional<U256> value = amount();
    if (submitting_ || !route || !value)
        return;
    submitting_ = true;
    trackPage_->showSubmitting();
    const QString from = fromSubnet();
    const SubnetNames names(view_.get());
    // a tracked transfer's label: the amount
    const QString label = tokenText(*value);
    const devnet::TransferPlan plan = *route;
    bridge_->walletTransfer(this, from, fromAccount(), toSubnet(), toAddress(), *value,
                            [this, from, label, plan](const DevnetBridge::SendResult& r) {
                                if (!r.error.isEmpty()) {
                                    trackPage_->showRefused(r.error);
                                    return;
                                }
                                tracked_ = tracker_->track(from, r.txHash, plan, label);
                                trackPage_->follow(tracked_);
                                emit submitted(tracked_);
                            });
}

}  // namespace ipc::ui
