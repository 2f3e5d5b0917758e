// SubnetPages: the pages of the selected subnet, as tabs — Overview (ids, RPC URL, parameters,
// gateway state, last checkpoint), Blocks and Transactions (lazy tables with detail panes and a
// follow-tip switch), Validators (power, online switch, relayer), Checkpoints (the checkpoint
// inspector), Messages (cross-net messages with their route) and Contracts (contracts deployed
// by creation transactions; a row opens its creation transaction). Everything is read through
// DevnetBridge::ask (the devnet facade's typed queries), so the UI never waits on the engine;
// refreshes are throttled.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include <QPointer>
#include <QString>
#include <QTabWidget>
#include <QTimer>

#include "ipc/devnet/explorer_views.h"
#include "ipc/ui/bridge/devnet_bridge.h"

class QAbstractItemModel;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace ipc::ui {

class BlockTableModel;
class CheckpointTableModel;
class ContractPanel;
class ContractTableModel;
class CrossMessageModel;
class TransactionTableModel;
class ValidatorTableModel;

class SubnetPages : public QTabWidget {
    Q_OBJECT
public:
    enum Page {
        OverviewPage,
        BlocksPage,
        TransactionsPage,
        ValidatorsPage,
        CheckpointsPage,
        MessagesPage,
        ContractsPage
    };
    Q_ENUM(Page)

    // At most this many refreshes per second while the hierarchy runs.
    static constexpr int kRefreshIntervalMs = 250;
    // Messages listed per subnet (the newest).
    static constexpr std::size_t kMaxMessages = 2000;

    explicit SubnetPages(DevnetBridge* bridge, QWidget* parent = nullptr);
    ~SubnetPages() override;

    // Shows `subnetId` (id text; empty: nothing selected).
    void setSubnet(const QString& subnetId);
    QString subnet() const { return subnet_; }
    // The endpoint serving this subnet's JSON-RPC, when one runs.
    void setRpcUrl(const QString& url);
    // Opens the Blocks page on block `number` with its details.
    void showBlock(std::uint64_t number);
    // Opens the Transactions page with transaction `hash` (0x hex) selected, reading older
    // pages of the list until it is there.
    void showTransaction(const QString& hash);
    // Opens the Checkpoints page on the checkpoint cut at `height`.
    void showCheckpoint(std::uint64_t height);
    void setFollowTip(bool follow);
    bool followTip() const { return followTip_; }

    BlockTableModel* blockModel() const { return blockModel_; }
    TransactionTableModel* transactionModel() const { return transactionModel_; }
    ValidatorTableModel* validatorModel() const { return validatorModel_; }
    CheckpointTableModel* checkpointModel() const { return checkpointModel_; }
    CrossMessageModel* messageModel() const { return messageModel_; }
    ContractTableModel* contractModel() const { return contractModel_; }
    ContractPanel* contractPanel() const { return contractPanel_; }
    // Reads the transactions and contracts again, with names and decoded calls from a project
    // just linked (or unlinked).
    void reloadContracts();

signals:
    // "Open in parent": show `subnetId` at block `number` (where a checkpoint landed).
    void openBlockRequested(const QString& subnetId, quint64 number);

private:
    QWidget* createOverview();
    QWidget* createBlocks();
    QWidget* createTransactions();
    QWidget* createValidators();
    QWidget* createCheckpoints();
    QWidget* createMessages();
    QWidget* createContracts();
    QTableView* createTable(const char* objectName, QAbstractItemModel* model);
    QTreeWidget* createDetails(const char* objectName, const QStringList& headers);
    QLabel* addOverviewRow(QFormLayout* form, const QString& label, const char* objectName);

    void onHierarchyChanged(const HierarchyViewPtr& view);
    void onStarted();
    void refresh();
    void applySubnetView(const devnet::SubnetView& s);
    void showOverview(const devnet::SubnetOverviewView& o);
    void loadBlockDetail(std::uint64_t number);
    void showBlockDetail(const std::optional<devnet::BlockDetailView>& d);
    void showTransactionDetail(int row);
    void loadCallTrace(const Hash32& hash);
    void loadCheckpointDetail(std::uint64_t height);
    void showCheckpointDetail(const std::optional<devnet::CheckpointDetailView>& d);
    void showMessageDetail(int row);
    void openCheckpointInParent();
    void selectPendingBlock();
    void selectPendingTransaction();
    void inspectCurrentCheckpoint();
    void resetSources();
    void copyCurrent(QTableView* table, int role);

    DevnetBridge* bridge_;
    QString subnet_;
    std::optional<SubnetId> id_;
    QString rpcUrl_;
    bool followTip_ = true;
    bool dirty_ = false;
    bool overviewInFlight_ = false;
    bool messagesInFlight_ = false;
    std::uint64_t height_ = 0;
    QTimer refreshTimer_;

    BlockTableModel* blockModel_ = nullptr;
    TransactionTableModel* transactionModel_ = nullptr;
    ValidatorTableModel* validatorModel_ = nullptr;
    CheckpointTableModel* checkpointModel_ = nullptr;
    CrossMessageModel* messageModel_ = nullptr;
    ContractTableModel* contractModel_ = nullptr;

    // Overview
    QLabel* overviewTitle_ = nullptr;
    QLineEdit* subnetIdEdit_ = nullptr;
    QLineEdit* rpcUrlEdit_ = nullptr;
    QLabel* nameValue_ = nullptr;
    QLabel* actorValue_ = nullptr;
    QLabel* chainIdValue_ = nullptr;
    QLabel* statusValue_ = nullptr;
    QLabel* heightValue_ = nullptr;
    QLabel* parentValue_ = nullptr;
    QLabel* periodValue_ = nullptr;
    QLabel* majorityValue_ = nullptr;
    QLabel* minValidatorsValue_ = nullptr;
    QLabel* collateralValue_ = nullptr;
    QLabel* blockTimeValue_ = nullptr;
    QLabel* batchValue_ = nullptr;
    QLabel* circulatingValue_ = nullptr;
    QLabel* totalSupplyValue_ = nullptr;
    QLabel* topDownValue_ = nullptr;
    QLabel* bottomUpValue_ = nullptr;
    QLabel* finalityValue_ = nullptr;
    QLabel* lastCheckpointValue_ = nullptr;
    QLabel* acceptedValue_ = nullptr;
    QLabel* validatorsValue_ = nullptr;
    QLabel* relayerValue_ = nullptr;

    // Blocks, transactions, messages
    QTableView* blockTable_ = nullptr;
    QTreeWidget* blockDetails_ = nullptr;
    QCheckBox* followBlocks_ = nullptr;
    QTableView* transactionTable_ = nullptr;
    QTreeWidget* transactionDetails_ = nullptr;
    QCheckBox* followTransactions_ = nullptr;
    class StillRows* stillBlocks_ = nullptr;        // with Follow tip off the lists hold still
    class StillRows* stillTransactions_ = nullptr;  // while new rows keep arriving above
    QTableView* messageTable_ = nullptr;
    QTreeWidget* messageDetails_ = nullptr;
    QTableView* contractTable_ = nullptr;
    ContractPanel* contractPanel_ = nullptr;
    std::optional<std::uint64_t> shownBlock_;
    std::optional<std::uint64_t> pendingBlock_;  // showBlock() before its row exists
    QString pendingTransaction_;                 // showTransaction() before its row is read
    std::optional<Hash32> shownTransaction_;     // the one whose call trace is on its way

    // Validators
    QTableView* validatorTable_ = nullptr;
    QLabel* haltLabel_ = nullptr;
    QCheckBox* relayerCheck_ = nullptr;

    // Checkpoint inspector
    QTableView* checkpointTable_ = nullptr;
    QLabel* checkpointTitle_ = nullptr;
    QProgressBar* quorumBar_ = nullptr;
    QTreeWidget* stageTree_ = nullptr;
    QTreeWidget* checkpointFields_ = nullptr;
    QTreeWidget* signatureTree_ = nullptr;
    QPushButton* openInParent_ = nullptr;
    std::optional<devnet::CheckpointDetailView> checkpoint_;
    std::optional<std::uint64_t> pendingCheckpoint_;
};

}  // namespace ipc::ui
