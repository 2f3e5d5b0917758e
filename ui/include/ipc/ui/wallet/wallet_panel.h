// WalletPanel: the Wallet dock. The accounts table (label, 0x and t410 forms, nonce, balance on
// every subnet) with actions for each account — new, import, export, rename, remove, set as
// default, copy either form, send within a subnet, top up from the devnet's faucet, start a
// transfer — and the wallet password (set, lock, unlock). Balances are read through the bridge,
// at most a few times a second while blocks come.
#pragma once

#include <memory>

#include <QTimer>
#include <QWidget>

#include "ipc/ui/bridge/devnet_bridge.h"

class QAction;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace ipc::ui {

class WalletModel;

class WalletPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 400;
    // What one click of the faucet gives (on the root).
    static constexpr std::uint64_t kFaucetFil = 100;

    explicit WalletPanel(DevnetBridge* bridge, QWidget* parent = nullptr);

    WalletModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    // The selected account (0x), else the default one.
    QString currentAccount() const;
    void selectAccount(const QString& address);
    QList<QAction*> accountActions() const;

    // Reads the accounts again now, and their balances.
    void refresh();
    // ---- the actions, also reachable from the main window's Wallet menu ----
    void newAccount();
    void importAccount();
    void exportAccount();
    void renameAccount();
    void removeAccount();
    void setDefault();
    void copyAddress();
    void copyDelegated();
    void send();
    void faucet();
    void passwordAction();

signals:
    // A line for the status bar.
    void message(const QString& text, int timeoutMs);
    // "Transfer…" on an account: the wizard opens with it as the sender.
    void transferRequested(const QString& account);
    // A transaction was sent (the explorer shows it once mined).
    void transactionSent(const QString& subnet, const QString& txHash);

private:
    void scheduleBalances();
    void loadBalances();
    void updateActions();
    void afterChange(const QString& select = {});

    DevnetBridge* bridge_;
    WalletModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QLabel* status_ = nullptr;
    QTimer balanceTimer_;
    std::uint64_t revision_ = 0;

    QAction* new_ = nullptr;
    QAction* import_ = nullptr;
    QAction* export_ = nullptr;
    QAction* rename_ = nullptr;
    QAction* remove_ = nullptr;
    QAction* default_ = nullptr;
    QAction* copy_ = nullptr;
    QAction* copyDelegated_ = nullptr;
    QAction* send_ = nullptr;
    QAction* faucet_ = nullptr;
    QAction* transfer_ = nullptr;
    QAction* password_ = nullptr;
    QToolButton* passwordButton_ = nullptr;
};

}  // namespace ipc::ui
