// The parts of MainWindow for contract developers: File › Link Contracts… points the running
// devnet (a workspace remembers it) at a Hardhat artifacts/ or Foundry out/ directory, whose ABIs
// then name contracts and decode calls, events and errors in the subnet pages; Run › Refuse Cheat
// Methods marks a shared or demo devnet, whose JSON-RPC then refuses anvil_/hardhat_/evm_ cheats.
#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include "ipc/ui/bridge/contract_linker.h"
#include "ipc/ui/pages/subnet_pages.h"
#include "ipc/ui/window/main_window.h"

namespace ipc::ui {

namespace {
const QString kLastLinkedKey = QStringLiteral("contracts/lastDirectory");
}

void MainWindow::createContracts() {
    linker_ = new ContractLinker(bridge_, this);

    linkContractsAction_ = new QAction(tr("Link &Contracts…"), this);
    linkContractsAction_->setObjectName(QStringLiteral("actionLinkContracts"));
    linkContractsAction_->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    linkContractsAction_->setStatusTip(
        tr("Name your contracts and decode their calls, events and errors: link the project's "
           "Hardhat artifacts/ or Foundry out/ directory, linked again after each build"));
    connect(linkContractsAction_, &QAction::triggered, this, [this] {
        QString start = linker_->directory();
        if (start.isEmpty())
            start = QSettings().value(kLastLinkedKey).toString();
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Link Contracts: a Hardhat artifacts/ or Foundry out/ directory"), start);
        if (!dir.isEmpty())
            linkContracts(dir);
    });
    unlinkContractsAction_ = new QAction(tr("&Unlink Contracts"), this);
    unlinkContractsAction_->setObjectName(QStringLiteral("actionUnlinkContracts"));
    unlinkContractsAction_->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+A")));
    unlinkContractsAction_->setEnabled(false);
    connect(unlinkContractsAction_, &QAction::triggered, this, [this] { linkContracts({}); });

    // File menu: after the workspace actions, before Quit.
    auto* file = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().front()->menu();
    if (file != nullptr) {
        QAction* quit = file->actions().isEmpty() ? nullptr : file->actions().back();
        file->insertAction(quit, linkContractsAction_);
        file->insertAction(quit, unlinkContractsAction_);
        file->insertSeparator(quit);
    }

    refuseCheatsAction_ = new QAction(tr("Refuse C&heat Methods"), this);
    refuseCheatsAction_->setObjectName(QStringLiteral("actionRefuseCheats"));
    refuseCheatsAction_->setCheckable(true);
    refuseCheatsAction_->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+R")));
    refuseCheatsAction_->setStatusTip(
        tr("A shared or demo devnet: JSON-RPC refuses anvil_, hardhat_ and evm_ cheat methods "
           "(set balance, code, storage, time, mining); a workspace remembers it"));
    connect(refuseCheatsAction_, &QAction::triggered, this, [this](bool refuse) {
        bridge_->setCheatsAllowed(!refuse);
        statusBar()->showMessage(refuse ? tr("Cheat methods are refused on this devnet")
                                        : tr("Cheat methods are allowed again"),
                                 5000);
    });
    for (QAction* a : menuBar()->actions()) {
        if (a->menu() != nullptr && a->menu()->title() == tr("&Run")) {
            a->menu()->addSeparator();
            a->menu()->addAction(refuseCheatsAction_);
        }
    }

    linkedLabel_ = new QLabel(this);
    linkedLabel_->setObjectName(QStringLiteral("linkedLabel"));
    linkedLabel_->setContentsMargins(8, 0, 8, 0);
    linkedLabel_->hide();
    statusBar()->addPermanentWidget(linkedLabel_);

    const auto running = [this] {
        linkContractsAction_->setEnabled(bridge_->isRunning());
        refuseCheatsAction_->setEnabled(bridge_->isRunning());
        refuseCheatsAction_->setChecked(!bridge_->cheatsAllowed());
        unlinkContractsAction_->setEnabled(bridge_->isRunning() && !linker_->directory().isEmpty());
    };
    connect(bridge_, &DevnetBridge::started, this, running);
    connect(bridge_, &DevnetBridge::stopped, this, [this, running] {
        running();
        linkedLabel_->hide();
    });
    running();

    connect(linker_, &ContractLinker::linked, this, &MainWindow::showLinked);
    connect(linker_, &ContractLinker::linkFailed, this,
            [this, running](const QString& error, bool rebuilt) {
                running();
                if (rebuilt) {
                    statusBar()->showMessage(
                        tr("The rebuilt artifacts do not load yet: %1").arg(error), 8000);
                    return;
                }
                QMessageBox::warning(this, tr("Link Contracts"),
                                     tr("The contracts could not be linked:\n%1").arg(error));
            });
}

void MainWindow::linkContracts(const QString& directory) {
    if (!directory.isEmpty())
        QSettings().setValue(kLastLinkedKey, directory);
    linker_->link(directory);
}

void MainWindow::showLinked(const devnet::LinkedContracts& linked, bool rebuilt) {
    unlinkContractsAction_->setEnabled(!linked.directory.empty());
    const QString summary = ContractLinker::summary(linked);
    if (linked.directory.empty()) {
        linkedLabel_->hide();
    } else {
        //: the status bar's note of the linked project: how many contracts it has
        linkedLabel_->setText(
            tr("%n contract(s) linked", nullptr, static_cast<int>(linked.contracts.size())));
        QString tip = summary;
        for (const auto& clash : linked.clashes)
            tip += QStringLiteral("\n") + QString::fromStdString(clash);
        linkedLabel_->setToolTip(tip);
        linkedLabel_->show();
    }
    statusBar()->showMessage(rebuilt ? tr("Rebuilt: %1").arg(summary) : summary, 8000);
    subnetPages_->reloadContracts();
}

}  // namespace ipc::ui
