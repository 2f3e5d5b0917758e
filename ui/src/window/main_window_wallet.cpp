// The parts of MainWindow around money: the Wallet dock, the transfer wizard (Wallet menu and
// toolbar, Ctrl+T), the Messages dock that keeps following every transfer, and the mark on the
// graph that shows where the followed transfer is.
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/ui/bridge/message_tracker.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/graph/hierarchy_graph.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/transfer/message_panel.h"
#include "ipc/ui/transfer/transfer_wizard.h"
#include "ipc/ui/wallet/wallet_panel.h"
#include "ipc/ui/window/dock_toggle.h"
#include "ipc/ui/window/main_window.h"

namespace ipc::ui {

void MainWindow::createWallet() {
    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    tracker_ = new MessageTracker(bridge_, this);

    // ---- wallet dock
    walletDock_ = new QDockWidget(tr("Wallet"), this);
    walletDock_->setObjectName(QStringLiteral("walletDock"));
    walletDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                             QDockWidget::DockWidgetFloatable);
    walletPanel_ = new WalletPanel(bridge_, walletDock_);
    walletDock_->setWidget(walletPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, walletDock_);
    walletDock_->hide();  // View › Wallet (Ctrl+Shift+W) or the toolbar; remembered
    auto* walletToggle = makeDockToggle(walletDock_);
    walletToggle->setObjectName(QStringLiteral("actionToggleWallet"));
    walletToggle->setText(tr("&Wallet"));
    walletToggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+W")));
    walletToggle->setStatusTip(tr("Show or hide the wallet: accounts, balances, send, faucet"));
    connect(walletPanel_, &WalletPanel::message, statusBar(), &QStatusBar::showMessage);
    connect(walletPanel_, &WalletPanel::transferRequested, this,
            [this](const QString& account) { openTransferWizard(account); });

    // ---- messages dock
    messagesDock_ = new QDockWidget(tr("Messages"), this);
    messagesDock_->setObjectName(QStringLiteral("messagesDock"));
    messagesDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                               QDockWidget::DockWidgetFloatable);
    messagesPanel_ = new MessagesPanel(bridge_, tracker_, messagesDock_);
    messagesDock_->setWidget(messagesPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, messagesDock_);
    tabifyDockWidget(walletDock_, messagesDock_);
    messagesDock_->hide();
    auto* messagesToggle = makeDockToggle(messagesDock_);
    messagesToggle->setObjectName(QStringLiteral("actionToggleMessages"));
    messagesToggle->setText(tr("&Messages"));
    messagesToggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    messagesToggle->setStatusTip(tr("Show or hide every cross-net message of the hierarchy"));
    connect(messagesPanel_, &MessagesPanel::messageFollowed, this, [this](int id) {
        highlighted_ = id;
        highlightTransfer(id);
    });
    connect(tracker_, &MessageTracker::transferChanged, this, [this](int id) {
        if (id == highlighted_)
            highlightTransfer(id);
    });
    connect(bridge_, &DevnetBridge::starting, this, [this] {
        highlighted_ = 0;
        graph_->clearMessageHighlight();
    });

    // ---- actions
    transferAction_ = new QAction(tr("&Transfer…"), this);
    transferAction_->setObjectName(QStringLiteral("actionTransfer"));
    transferAction_->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    transferAction_->setStatusTip(tr("Move FIL between any two subnets and watch it travel"));
    transferAction_->setToolTip(tr("Move FIL between any two subnets (Ctrl+T)"));
    connect(transferAction_, &QAction::triggered, this, [this] { openTransferWizard(); });
    sendAction_ = new QAction(tr("&Send…"), this);
    sendAction_->setObjectName(QStringLiteral("actionSend"));
    sendAction_->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    sendAction_->setStatusTip(tr("Send FIL to an address on the same subnet"));
    connect(sendAction_, &QAction::triggered, this, [this] {
        walletDock_->show();
        walletDock_->raise();
        walletPanel_->send();
    });
    faucetAction_ = new QAction(tr("Top &Up From Faucet"), this);
    faucetAction_->setObjectName(QStringLiteral("actionFaucet"));
    faucetAction_->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    faucetAction_->setStatusTip(tr("Give the selected wallet account %1 FIL on the root from a "
                                   "prefunded account")
                                    .arg(WalletPanel::kFaucetFil));
    connect(faucetAction_, &QAction::triggered, walletPanel_, &WalletPanel::faucet);
    const auto updateActions = [this] {
        const bool running = bridge_->isRunning();
        for (QAction* a : {transferAction_, sendAction_, faucetAction_})
            a->setEnabled(running);
    };
    connect(bridge_, &DevnetBridge::started, this, updateActions);
    connect(bridge_, &DevnetBridge::stopped, this, updateActions);
    connect(bridge_, &DevnetBridge::starting, this, updateActions);
    updateActions();

    auto* wallet = new QMenu(tr("&Wallet"), menuBar());
    wallet->setObjectName(QStringLiteral("walletMenu"));
    wallet->addAction(transferAction_);
    wallet->addAction(sendAction_);
    wallet->addAction(faucetAction_);
    wallet->addSeparator();
    wallet->addAction(walletToggle);
    wallet->addAction(messagesToggle);
    menuBar()->insertMenu(view->menuAction(), wallet);
    view->addAction(walletToggle);
    view->addAction(messagesToggle);

    if (auto* bar = findChild<QToolBar*>(QStringLiteral("runToolBar"))) {
        // After the zoom buttons, before the search that fills the rest of the bar.
        const QList<QAction*> actions = bar->actions();
        const qsizetype at = actions.indexOf(zoomInAction_);
        QAction* before = at >= 0 && at + 1 < actions.size() ? actions[at + 1] : nullptr;
        bar->insertSeparator(before);
        bar->insertAction(before, transferAction_);
        bar->insertAction(before, walletToggle);
    }
}

TransferWizard* MainWindow::openTransferWizard(const QString& account) {
    if (!bridge_->isRunning())
        return nullptr;
    auto* wizard = new TransferWizard(bridge_, tracker_, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (const HierarchyViewPtr v = bridge_->view(); v != nullptr && !v->subnets.empty())
        wizard->setSource(subnetIdText(v->subnets.front().id), account);
    connect(wizard, &TransferWizard::submitted, this, [this](int id) {
        highlighted_ = id;
        highlightTransfer(id);
        statusBar()->showMessage(tr("Transfer submitted: the Messages view (Ctrl+Shift+M) keeps "
                                    "following it"),
                                 8000);
    });
    connect(wizard, &TransferWizard::showInMessagesRequested, this, &MainWindow::showInMessages);
    wizard->show();
    return wizard;
}

void MainWindow::showInMessages(int trackerId) {
    messagesDock_->show();
    messagesDock_->raise();
    const TrackedTransfer* t = tracker_->transfer(trackerId);
    if (t != nullptr && !t->tracingId.isEmpty())
        messagesPanel_->showMessage(t->tracingId);
}

void MainWindow::highlightTransfer(int trackerId) {
    const TrackedTransfer* t = tracker_->transfer(trackerId);
    // A finished transfer (its receipt is back, "Done") leaves the graph: until then the mark
    // rests where the value arrived.
    if (t == nullptr || !t->progress || t->complete()) {
        graph_->clearMessageHighlight();
        return;
    }
    const devnet::TransferProgress& p = *t->progress;
    const QString id = t->tracingId.isEmpty() ? t->txHash : t->tracingId;
    graph_->highlightMessage(id, subnetIdText(p.at), p.toward ? subnetIdText(*p.toward) : QString(),
                             t->label);
}

}  // namespace ipc::ui
