// ContractPanel: one deployed contract as the linked project's ABI describes it (the Contracts
// tab shows it beside the list): its name, balance and code size; its read functions as a form
// that calls them at the head, changing nothing (as eth_call); its write functions as a form that
// sends a transaction from a wallet account and follows it into its block; and its storage, read
// slot by slot. A contract no linked artifact has the code of can be read as any contract of the
// project. Everything goes through DevnetBridge::ask; nothing waits on the engine.
#pragma once

#include <optional>
#include <vector>

#include <QString>
#include <QWidget>

#include "ipc/core/primitives/eth_address.h"
#include "ipc/core/primitives/subnet_id.h"
#include "ipc/devnet/queries.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace ipc::ui {

class DevnetBridge;

// The fields of one function's arguments, one line edit each with what it takes as its hint.
class FunctionForm : public QWidget {
    Q_OBJECT
public:
    explicit FunctionForm(QWidget* parent = nullptr);
    void setFunction(const std::optional<devnet::ContractFunctionView>& function);
    const std::optional<devnet::ContractFunctionView>& function() const { return function_; }
    std::vector<std::string> arguments() const;
    // The argument fields, in order (tests fill them).
    const std::vector<QLineEdit*>& fields() const { return fields_; }

signals:
    // Return pressed in a field.
    void submitted();

private:
    QFormLayout* form_ = nullptr;
    std::vector<QLineEdit*> fields_;
    std::optional<devnet::ContractFunctionView> function_;
};

class ContractPanel : public QWidget {
    Q_OBJECT
public:
    enum Tab { ReadTab, WriteTab, StorageTab };
    Q_ENUM(Tab)

    explicit ContractPanel(DevnetBridge* bridge, QWidget* parent = nullptr);

    // Shows the contract at `address` on `subnet` (nullopt: nothing selected).
    void setContract(const std::optional<SubnetId>& subnet,
                     const std::optional<EthAddress>& address);
    // Reads the contract's description again (after a project was linked, for instance).
    void reload();
    const std::optional<devnet::ContractDetailView>& detail() const { return detail_; }

signals:
    // "Show transaction" after a write was sent: the page opens it.
    void showTransactionRequested(const QString& hash);

private:
    void load();
    void showDetail(const std::optional<devnet::ContractDetailView>& detail);
    void fillFunctions();
    void fillAccounts();
    void call();
    void send();
    void followSent();
    void readSlot();

    DevnetBridge* bridge_;
    std::optional<SubnetId> subnet_;
    std::optional<EthAddress> address_;
    std::optional<devnet::ContractDetailView> detail_;
    QString sentHash_;
    bool sentDone_ = true;

    QLabel* title_ = nullptr;
    QLabel* info_ = nullptr;
    QComboBox* readAs_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QComboBox* readFunctions_ = nullptr;
    FunctionForm* readForm_ = nullptr;
    QPushButton* callButton_ = nullptr;
    QPlainTextEdit* readResult_ = nullptr;
    QComboBox* writeFunctions_ = nullptr;
    FunctionForm* writeForm_ = nullptr;
    QLineEdit* valueEdit_ = nullptr;
    QLabel* valueLabel_ = nullptr;
    QComboBox* fromBox_ = nullptr;
    QPushButton* sendButton_ = nullptr;
    QLabel* writeStatus_ = nullptr;
    QPushButton* showSent_ = nullptr;
    QLineEdit* slotEdit_ = nullptr;
    QPushButton* slotButton_ = nullptr;
    QLineEdit* slotValue_ = nullptr;
    QLabel* slotDecimal_ = nullptr;
};

}  // namespace ipc::ui
