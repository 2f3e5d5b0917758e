// MessagesPanel: the Messages dock — every cross-net message of the hierarchy (tracing id, kind,
// from, to, value, stage, age, route), filtered by subnet, account and stage, with the selected
// one followed hop by hop below (local nonces, the checkpoint or finality that carried it, the
// receipt). Transfers submitted from the wizard are listed here too, so closing the wizard loses
// nothing.
#pragma once

#include <optional>

#include <QSortFilterProxyModel>
#include <QTimer>
#include <QWidget>

#include "ipc/ui/bridge/devnet_bridge.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ipc::ui {

class CrossMessageModel;
class MessageProgressView;
class MessageTracker;

// Keeps the rows of a CrossMessageModel that match the filters.
class MessageFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // Stage filter values besides a MessageStage: everything, or everything not yet settled.
    static constexpr int kAnyStage = -1;
    static constexpr int kInFlight = -2;

    explicit MessageFilterModel(QObject* parent = nullptr);
    void setSubnet(const std::optional<SubnetId>& subnet);
    // An account (0x or t410f…) the message comes from or goes to; empty: any. Text that is
    // not an address yet matches addresses containing it.
    void setAccount(const QString& text);
    void setStage(int stage);
    void setShowReceipts(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<SubnetId> subnet_;
    std::optional<EthAddress> account_;
    QString accountText_;
    int stage_ = kAnyStage;
    bool showReceipts_ = false;
};

class MessagesPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 300;
    static constexpr std::size_t kMaxMessages = 5000;

    MessagesPanel(DevnetBridge* bridge, MessageTracker* tracker, QWidget* parent = nullptr);

    CrossMessageModel* model() const { return model_; }
    MessageFilterModel* filter() const { return filter_; }
    QTableView* table() const { return table_; }
    MessageProgressView* detail() const { return detail_; }
    // Selects the message (once listed) and follows it in the detail.
    void showMessage(const QString& tracingId);
    QString currentMessage() const { return current_; }
    // The tracker's id of the message shown in the detail (0: none).
    int followed() const { return followed_; }

signals:
    // The message shown in the detail changed (the graph highlights it).
    void messageFollowed(int trackerId);

private:
    void scheduleRefresh();
    void refresh();
    void select(const QString& tracingId);
    void updateDetail(int trackerId);
    void reloadSubnets();

    DevnetBridge* bridge_;
    MessageTracker* tracker_;
    CrossMessageModel* model_ = nullptr;
    MessageFilterModel* filter_ = nullptr;
    QComboBox* subnet_ = nullptr;
    QLineEdit* account_ = nullptr;
    QComboBox* stage_ = nullptr;
    QCheckBox* receipts_ = nullptr;
    QLabel* count_ = nullptr;
    QTableView* table_ = nullptr;
    MessageProgressView* detail_ = nullptr;
    QTimer refreshTimer_;
    QString current_;
    QString pending_;  // asked for before it was listed
    int followed_ = 0;
    std::size_t subnetCount_ = 0;
};

}  // namespace ipc::ui
