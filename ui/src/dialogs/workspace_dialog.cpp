// The workspace manager: every workspace with its size and state, open, rename, delete.
#include "ipc/ui/dialogs/workspace_dialog.h"

#include <algorithm>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ipc/devnet/topology.h"
#include "ipc/devnet/workspaces.h"
#include "ipc/ui/window/problem_label.h"

namespace ipc::ui {

namespace {

enum Column { NameColumn, SizeColumn, OpenedColumn, ColumnCount };

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

std::unique_ptr<devnet::WorkspaceDirectory> workspacesIn(const QString& directory) {
    return directory.isEmpty()
               ? std::make_unique<devnet::WorkspaceDirectory>()
               : std::make_unique<devnet::WorkspaceDirectory>(directory.toStdString());
}

// Asks for a name, a template and its settings; nullopt when cancelled.
std::optional<std::pair<QString, HierarchySettings>> askNameAndSettings(QWidget* parent,
                                                                        const QString& title) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setObjectName(QStringLiteral("newWorkspaceDialog"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("workspaceName"));
    name->setPlaceholderText(WorkspaceDialog::tr("e.g. workshop-demo"));
    form->addRow(WorkspaceDialog::tr("&Name:"), name);
    auto* fields = new HierarchySettingsFields(&dialog, QStringLiteral("workspace"),
                                               QStringLiteral("newWorkspaceError"));
    fields->addRows(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    fields->guard(buttons->button(QDialogButtonBox::Ok));
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (fields->problem().isEmpty())
            dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::make_pair(name->text().trimmed(), fields->settings());
}

}  // namespace

WorkspaceDialog::WorkspaceDialog(const QString& directory, const QString& running, QWidget* parent)
    : QDialog(parent), directory_(directory), running_(running) {
    setObjectName(QStringLiteral("workspaceDialog"));
    setWindowTitle(tr("Workspaces"));
    resize(640, 400);
    auto* layout = new QVBoxLayout(this);

    directoryLabel_ = new QLabel(this);
    directoryLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    directoryLabel_->setWordWrap(true);
    layout->addWidget(directoryLabel_);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("workspaceTable"));
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Size"), tr("Last opened")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(OpenedColumn, QHeaderView::ResizeToContents);
    layout->addWidget(table_, 1);

    errorLabel_ = problemLabel("workspaceError", this);
    errorLabel_->hide();
    layout->addWidget(errorLabel_);

    auto* row = new QHBoxLayout();
    const auto button = [this, row](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        row->addWidget(b);
        return b;
    };
    newButton_ = button(tr("&New…"), "newWorkspaceButton");
    renameButton_ = button(tr("&Rename…"), "renameWorkspaceButton");
    duplicateButton_ = button(tr("D&uplicate…"), "duplicateWorkspaceButton");
    deleteButton_ = button(tr("&Delete…"), "deleteWorkspaceButton");
    browseButton_ = button(tr("&Browse…"), "browseWorkspaceButton");
    browseButton_->setToolTip(tr("Open a workspace file from another folder"));
    row->addStretch(1);
    openButton_ = new QPushButton(tr("&Open"), this);
    openButton_->setObjectName(QStringLiteral("openWorkspaceButton"));
    openButton_->setDefault(true);
    row->addWidget(openButton_);
    auto* close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    row->addWidget(close);
    layout->addLayout(row);

    connect(newButton_, &QPushButton::clicked, this, &WorkspaceDialog::askNew);
    connect(renameButton_, &QPushButton::clicked, this, &WorkspaceDialog::askRename);
    connect(duplicateButton_, &QPushButton::clicked, this, &WorkspaceDialog::askDuplicate);
    connect(deleteButton_, &QPushButton::clicked, this, &WorkspaceDialog::askDelete);
    connect(browseButton_, &QPushButton::clicked, this, &WorkspaceDialog::browse);
    connect(openButton_, &QPushButton::clicked, this, &WorkspaceDialog::openSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &WorkspaceDialog::updateButtons);
    connect(table_, &QTableWidget::cellDoubleClicked, this, &WorkspaceDialog::openSelected);

    reload();
}

void WorkspaceDialog::reload(const QString& select) {
    table_->setRowCount(0);
    std::vector<devnet::WorkspaceInfo> list;
    try {
        auto ws = workspacesIn(directory_);
        directory_ = fromStd(ws->directory());
        list = ws->recent();
    } catch (const std::exception& e) {
        showError(tr("The workspaces folder cannot be read: %1").arg(fromStd(e.what())));
    }
    directoryLabel_->setText(tr("Workspaces in %1").arg(directory_));
    const QLocale locale;
    for (const auto& w : list) {
        const int r = table_->rowCount();
        table_->insertRow(r);
        auto* name = new QTableWidgetItem(fromStd(w.name));
        name->setData(Qt::UserRole, fromStd(w.path));
        const bool running = isRunning(fromStd(w.path));
        if (running) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
            name->setToolTip(tr("Running now"));
        }
        table_->setItem(r, NameColumn, name);
        table_->setItem(
            r, SizeColumn,
            new QTableWidgetItem(locale.formattedDataSize(static_cast<qint64>(w.sizeBytes), 1,
                                                          QLocale::DataSizeTraditionalFormat)));
        table_->setItem(
            r, OpenedColumn,
            new QTableWidgetItem(
                w.lastOpenedMs ? locale.toString(QDateTime::fromMSecsSinceEpoch(*w.lastOpenedMs),
                                                 QLocale::ShortFormat)
                               : tr("never")));
        if (fromStd(w.name) == select)
            table_->selectRow(r);
    }
    if (table_->currentRow() < 0 && table_->rowCount() > 0 && select.isEmpty())
        table_->selectRow(0);
    updateButtons();
}

bool WorkspaceDialog::isRunning(const QString& path) const {
    return !running_.isEmpty() && QFileInfo(path) == QFileInfo(running_);
}

QString WorkspaceDialog::selectedName() const {
    const auto rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : table_->item(rows.front().row(), NameColumn)->text();
}

QString WorkspaceDialog::selectedPath() const {
    const auto rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty()
               ? QString()
               : table_->item(rows.front().row(), NameColumn)->data(Qt::UserRole).toString();
}

void WorkspaceDialog::updateButtons() {
    const bool any = !selectedName().isEmpty();
    const bool running = any && isRunning(selectedPath());
    openButton_->setEnabled(any && !running);
    renameButton_->setEnabled(any && !running);
    deleteButton_->setEnabled(any && !running);
    duplicateButton_->setEnabled(any);
    const QString why = tr("It is running: open another workspace first.");
    renameButton_->setToolTip(running ? why : QString());
    deleteButton_->setToolTip(running ? why : QString());
}

void WorkspaceDialog::showError(const QString& message) {
    errorLabel_->setText(message);
    errorLabel_->setVisible(!message.isEmpty());
}

QString WorkspaceDialog::error() const {
    return errorLabel_->isHidden() ? QString() : errorLabel_->text();
}

bool WorkspaceDialog::createWorkspace(const QString& name, const QString& templateName) {
    try {
        auto ws = workspacesIn(directory_);
        (void)devnet::builtinTemplate(templateName.toStdString());
        ws->create(name.toStdString());  // validates the name; the store closes right away
        chosenPath_ = fromStd(ws->pathOf(name.toStdString()));
        chosenTemplate_ = templateName;
        chosenTopology_.reset();
        chosenRpcPort_.reset();
    } catch (const std::exception& e) {
        showError(tr("Cannot create \"%1\": %2").arg(name, fromStd(e.what())));
        return false;
    }
    showError({});
    return true;
}

bool WorkspaceDialog::renameWorkspace(const QString& from, const QString& to) {
    try {
        auto ws = workspacesIn(directory_);
        if (isRunning(fromStd(ws->pathOf(from.toStdString()))))
            throw std::runtime_error(
                tr("it is running; open another workspace first").toStdString());
        ws->rename(from.toStdString(), to.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Cannot rename \"%1\": %2").arg(from, fromStd(e.what())));
        return false;
    }
    showError({});
    reload(to);
    return true;
}

bool WorkspaceDialog::duplicateWorkspace(const QString& from, const QString& to) {
    try {
        auto ws = workspacesIn(directory_);
        ws->duplicate(from.toStdString(), to.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Cannot duplicate \"%1\": %2").arg(from, fromStd(e.what())));
        return false;
    }
    showError({});
    reload(to);
    return true;
}

bool WorkspaceDialog::deleteWorkspace(const QString& name) {
    try {
        auto ws = workspacesIn(directory_);
        if (isRunning(fromStd(ws->pathOf(name.toStdString()))))
            throw std::runtime_error(
                tr("it is running; open another workspace first").toStdString());
        ws->remove(name.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Cannot delete \"%1\": %2").arg(name, fromStd(e.what())));
        return false;
    }
    showError({});
    reload();
    return true;
}

void WorkspaceDialog::openSelected() {
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    if (isRunning(path)) {
        showError(tr("\"%1\" is already running.").arg(selectedName()));
        return;
    }
    chosenPath_ = path;
    chosenTemplate_.clear();
    accept();
}

bool WorkspaceDialog::createWorkspace(const QString& name, const HierarchySettings& settings) {
    devnet::Topology topology;
    try {
        topology = settings.topology();
    } catch (const std::exception& e) {
        showError(tr("Cannot create \"%1\": %2").arg(name, fromStd(e.what())));
        return false;
    }
    if (!createWorkspace(name, settings.templateName))
        return false;
    chosenTopology_ = std::move(topology);
    chosenRpcPort_ = settings.rpcPort;
    return true;
}

void WorkspaceDialog::askNew() {
    const auto answer = askNameAndSettings(this, tr("New Workspace"));
    if (answer && createWorkspace(answer->first, answer->second))
        accept();
}

void WorkspaceDialog::askRename() {
    const QString from = selectedName();
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename Workspace"), tr("New name:"),
                                             QLineEdit::Normal, from, &ok);
    if (ok && !to.trimmed().isEmpty() && to.trimmed() != from)
        renameWorkspace(from, to.trimmed());
}

void WorkspaceDialog::askDuplicate() {
    const QString from = selectedName();
    bool ok = false;
    const QString to =
        QInputDialog::getText(this, tr("Duplicate Workspace"), tr("Name of the copy:"),
                              //: suggested name of a duplicated workspace; %1: the original's name
                              QLineEdit::Normal, tr("%1 copy").arg(from), &ok);
    if (ok && !to.trimmed().isEmpty())
        duplicateWorkspace(from, to.trimmed());
}

void WorkspaceDialog::askDelete() {
    const QString name = selectedName();
    QMessageBox box(QMessageBox::Warning, tr("Delete Workspace"),
                    tr("Delete \"%1\" and everything in it (blocks, snapshots, keys)? This cannot "
                       "be undone.")
                        .arg(name),
                    QMessageBox::Cancel, this);
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        deleteWorkspace(name);
}

void WorkspaceDialog::browse() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace File"), directory_,
                                     tr("IPC Studio workspaces (*.ipcws);;All files (*)"));
    if (path.isEmpty())
        return;
    chosenPath_ = path;
    chosenTemplate_.clear();
    accept();
}

}  // namespace ipc::ui
