// The settings a new hierarchy starts with (template, RPC port, block time, accounts, mnemonic),
// as one set of form rows shared by File › New Workspace… and New Hierarchy (Ctrl+N): the
// template's values are the defaults, every change is checked at once, and a problem is said
// under the fields while OK stays disabled.
#pragma once

#include <cstdint>

#include <QDialog>
#include <QObject>
#include <QString>

#include "ipc/devnet/topology.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace ipc::ui {

// What a new hierarchy starts with: a template, and the settings people change most, each
// defaulting to the template's value.
struct HierarchySettings {
    QString templateName = QStringLiteral("two-level");
    quint16 rpcPort = 8545;            // the root's JSON-RPC; each subnet on the next ports
    std::uint64_t blockTimeMs = 1000;  // every chain's (0: a block per transaction)
    std::uint32_t accounts = 10;       // funded accounts from the mnemonic
    QString mnemonic;

    // The template's own values (and `rpcPort`).
    static HierarchySettings fromTemplate(const QString& templateName, quint16 rpcPort = 8545);
    // The template with these settings applied; throws (with the reason) for a bad mnemonic,
    // no accounts, an RPC port out of range (below 1024, or too high for every chain to get
    // its own port) or an unknown template.
    devnet::Topology topology() const;
};

// The rows of the settings. Object names are `prefix` + Template, RpcPort, BlockTime, Accounts,
// Mnemonic; the problem label is named `problemName`.
class HierarchySettingsFields : public QObject {
    Q_OBJECT
public:
    HierarchySettingsFields(QWidget* parent, const QString& prefix, const QString& problemName,
                            const QString& templateName = QStringLiteral("two-level"));

    // Adds the rows (and the problem label) to `form`.
    void addRows(QFormLayout* form);
    HierarchySettings settings() const;
    // Why the settings cannot be used (empty when they can).
    QString problem() const { return problem_; }
    // Disables `ok` while the settings cannot be used.
    void guard(QPushButton* ok);

signals:
    void validityChanged(bool valid);

private:
    void fill(const QString& templateName);
    void check();

    QComboBox* templates_ = nullptr;
    QSpinBox* port_ = nullptr;
    QSpinBox* blockTime_ = nullptr;
    QSpinBox* accounts_ = nullptr;
    QLineEdit* mnemonic_ = nullptr;
    QLabel* problemLabel_ = nullptr;
    QString problem_;
};

// New Hierarchy with settings: the template and its settings; after accept(), settings().
class NewHierarchyDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewHierarchyDialog(const QString& templateName, QWidget* parent = nullptr);
    HierarchySettings settings() const;

private:
    HierarchySettingsFields* fields_ = nullptr;
};

}  // namespace ipc::ui
