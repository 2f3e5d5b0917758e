// TransferWizard: moves FIL between any two subnets of the hierarchy in five pages — from
// (subnet and account, with balances), to (a subnet picked in the tree and an address, own or
// pasted), amount (checked against the balance, the fee and, for moves up, the circulating
// supply), review (the route drawn hop by hop, up to the common ancestor and then down, what
// happens at each hop and the expected latency) and submit-and-track (every step of every hop
// as it happens). The transfer is one message routed through the gateways (IPC's fund or
// release when it is a single hop), signed by the wallet. Tracking lives in the MessageTracker,
// so closing the wizard loses nothing.
#pragma once

#include <optional>
#include <vector>

#include <QTimer>
#include <QWizard>

#include "ipc/devnet/transfer.h"
#include "ipc/devnet/wallet.h"
#include "ipc/ui/bridge/devnet_bridge.h"

namespace ipc::ui {

class MessageTracker;
class TransferFromPage;
class TransferToPage;
class TransferAmountPage;
class TransferReviewPage;
class TransferTrackPage;

class TransferWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FromPageId, ToPageId, AmountPageId, ReviewPageId, TrackPageId };
    Q_ENUM(PageId)
    // Balances are read again at most this often while the wizard is open.
    static constexpr int kBalanceRefreshMs = 500;

    TransferWizard(DevnetBridge* bridge, MessageTracker* tracker, QWidget* parent = nullptr);
    ~TransferWizard() override;

    // Preselects the source (subnet id text) and sender; by default the root and the wallet's
    // default account.
    void setSource(const QString& subnet, const QString& account = {});
    void setDestination(const QString& subnet, const QString& address = {});

    DevnetBridge* bridge() const { return bridge_; }
    MessageTracker* tracker() const { return tracker_; }

    // ---- what the pages share ----
    QString fromSubnet() const;
    QString fromAccount() const;
    QString toSubnet() const;
    QString toAddress() const;
    // Atto, once the amount page accepted it.
    std::optional<U256> amount() const;
    const std::vector<devnet::WalletAccount>& accounts() const { return accounts_; }
    HierarchyViewPtr view() const { return view_; }
    // Balance of `account` on `subnet` (id texts); nullopt until read.
    std::optional<U256> balance(const QString& account, const QString& subnet) const;
    bool balancesLoaded() const { return sheet_.has_value(); }
    // The route from the chosen source to the chosen destination (nullopt before both).
    std::optional<devnet::TransferPlan> plan() const;
    // The fee of the transfer's transaction on the source (nullopt while being read).
    std::optional<devnet::FeeQuote> fee() const { return fee_; }
    void requestFee();
    // Reads the balances again (the receiver's too, once chosen).
    void refreshBalances() { loadBalances(); }
    // The tracker's id for the submitted transfer (0 before).
    int trackedTransfer() const { return tracked_; }

signals:
    // Balances, fee or the hierarchy changed: pages check their fields again.
    void dataRefreshed();
    void submitted(int trackerId);
    void showInMessagesRequested(int trackerId);

private:
    friend class TransferReviewPage;
    void loadAccounts();
    void loadBalances();
    void submit();

    DevnetBridge* bridge_;
    MessageTracker* tracker_;
    TransferFromPage* fromPage_ = nullptr;
    TransferToPage* toPage_ = nullptr;
    TransferAmountPage* amountPage_ = nullptr;
    TransferReviewPage* reviewPage_ = nullptr;
    TransferTrackPage* trackPage_ = nullptr;
    std::vector<devnet::WalletAccount> accounts_;
    std::optional<devnet::BalanceSheet> sheet_;
    std::optional<devnet::FeeQuote> fee_;
    HierarchyViewPtr view_;
    QTimer balanceTimer_;
    int tracked_ = 0;
    bool submitting_ = false;
};

}  // namespace ipc::ui
