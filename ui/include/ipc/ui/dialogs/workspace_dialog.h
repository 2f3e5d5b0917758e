// The workspace manager (File › Open Workspace…): every workspace in the workspaces directory
// with its size and when it was last opened; open, create (from a template), rename, duplicate
// and delete, or browse for a workspace file elsewhere. Errors (a name in use, an invalid name,
// the running workspace) show in the dialog and change nothing.
#pragma once

#include <cstdint>
#include <optional>

#include <QDialog>
#include <QString>

#include "ipc/devnet/topology.h"
#include "ipc/ui/dialogs/hierarchy_settings_form.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ipc::ui {

class WorkspaceDialog : public QDialog {
    Q_OBJECT
public:
    // `directory` empty: the default workspaces directory. `running` is the path of the
    // workspace in use (it cannot be renamed or deleted while it runs).
    explicit WorkspaceDialog(const QString& directory, const QString& running,
                             QWidget* parent = nullptr);

    // After accept(): the workspace file to open, and for a new one the template to start.
    QString chosenPath() const { return chosenPath_; }
    QString chosenTemplate() const { return chosenTemplate_; }
    // For a workspace made with New…: its topology and RPC port (nullopt when one was opened).
    std::optional<devnet::Topology> chosenTopology() const { return chosenTopology_; }
    std::optional<quint16> chosenRpcPort() const { return chosenRpcPort_; }

    // The same operations as the buttons, without their prompts (tests, scripts). False with
    // error() set when refused.
    bool createWorkspace(const QString& name, const QString& templateName);
    bool createWorkspace(const QString& name, const HierarchySettings& settings);
    bool renameWorkspace(const QString& from, const QString& to);
    bool duplicateWorkspace(const QString& from, const QString& to);
    bool deleteWorkspace(const QString& name);
    QString error() const;
    QTableWidget* table() const { return table_; }
    QString directory() const { return directory_; }

    // Refreshes the list (selects `select` when given).
    void reload(const QString& select = {});

private:
    // `path` is the workspace in use.
    bool isRunning(const QString& path) const;
    QString selectedName() const;
    QString selectedPath() const;
    void showError(const QString& message);
    void updateButtons();
    void openSelected();
    void askNew();
    void askRename();
    void askDuplicate();
    void askDelete();
    void browse();

    QString directory_;
    QString running_;
    QString chosenPath_;
    QString chosenTemplate_;
    std::optional<devnet::Topology> chosenTopology_;
    std::optional<quint16> chosenRpcPort_;
    QTableWidget* table_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QLabel* directoryLabel_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QPushButton* newButton_ = nullptr;
    QPushButton* renameButton_ = nullptr;
    QPushButton* duplicateButton_ = nullptr;
    QPushButton* deleteButton_ = nullptr;
    QPushButton* browseButton_ = nullptr;
};

}  // namespace ipc::ui
