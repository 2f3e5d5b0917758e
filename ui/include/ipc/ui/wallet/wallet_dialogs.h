// The wallet's dialogs: import an account (hex private key, V3 keystore JSON, mnemonic and
// index), export one (hex behind a confirmation, V3 JSON under a new password, ipc-cli's
// evm_keystore.json entry), send FIL within a subnet with its fee shown, and the wallet
// password (set, unlock, change, remove). Key derivation and encryption take a moment, so they
// run off the UI thread; each dialog shows what went wrong next to its fields.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDialog>
#include <QString>

#include "ipc/devnet/wallet.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ipc::ui {

class DevnetBridge;

// Runs `work` on a pool thread, then `done` with its error (empty: it worked) on the UI thread,
// unless `context` is gone by then.
void runWalletTask(QObject* context, std::function<QString()> work,
                   std::function<void(const QString& error)> done);

class ImportAccountDialog : public QDialog {
    Q_OBJECT
public:
    enum Kind { PrivateKeyTab, KeystoreTab, MnemonicTab };
    Q_ENUM(Kind)

    ImportAccountDialog(std::shared_ptr<devnet::Wallet> wallet, QWidget* parent = nullptr);
    // The imported account once accepted.
    QString imported() const { return imported_; }
    QString problem() const { return problem_; }

public slots:
    void accept() override;

private:
    void validate();

    std::shared_ptr<devnet::Wallet> wallet_;
    QTabWidget* tabs_ = nullptr;
    QLineEdit* hex_ = nullptr;
    QPlainTextEdit* json_ = nullptr;
    QLineEdit* jsonPassword_ = nullptr;
    QPlainTextEdit* mnemonic_ = nullptr;
    QSpinBox* index_ = nullptr;
    QLineEdit* label_ = nullptr;
    QLabel* message_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QString problem_;
    QString imported_;
    bool busy_ = false;
};

class ExportAccountDialog : public QDialog {
    Q_OBJECT
public:
    enum Format { HexFormat, KeystoreFormat, IpcCliFormat };
    Q_ENUM(Format)

    ExportAccountDialog(std::shared_ptr<devnet::Wallet> wallet, const EthAddress& account,
                        QWidget* parent = nullptr);
    QString output() const;
    QString problem() const { return problem_; }
    void exportNow();

private:
    void validate();

    std::shared_ptr<devnet::Wallet> wallet_;
    EthAddress account_;
    QComboBox* format_ = nullptr;
    QLabel* warning_ = nullptr;
    QCheckBox* confirm_ = nullptr;
    QLineEdit* password_ = nullptr;
    QLineEdit* passwordConfirm_ = nullptr;
    QPlainTextEdit* output_ = nullptr;
    QPushButton* export_ = nullptr;
    QPushButton* copy_ = nullptr;
    QPushButton* save_ = nullptr;
    QLabel* message_ = nullptr;
    QString problem_;
    bool busy_ = false;
};

class SendDialog : public QDialog {
    Q_OBJECT
public:
    // Balance of an account (0x) on a subnet (id text), when known.
    using BalanceOf = std::function<std::optional<U256>(const QString&, const QString&)>;

    SendDialog(DevnetBridge* bridge, BalanceOf balanceOf, QWidget* parent = nullptr);
    void select(const QString& subnet, const QString& from);
    QString problem() const { return problem_; }
    QString txHash() const { return txHash_; }

public slots:
    void accept() override;

signals:
    // The transaction is in the subnet's mempool (it shows on the Transactions page once mined).
    void sent(const QString& subnet, const QString& txHash);

private:
    void requestFee();
    void validate();

    DevnetBridge* bridge_;
    BalanceOf balanceOf_;
    QComboBox* subnet_ = nullptr;
    QComboBox* from_ = nullptr;
    QLineEdit* to_ = nullptr;
    QLineEdit* amount_ = nullptr;
    QLabel* fee_ = nullptr;
    QLabel* message_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    std::optional<devnet::FeeQuote> quote_;
    QString problem_;
    QString txHash_;
    bool busy_ = false;
};

class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Set, Unlock, Change, Remove };

    PasswordDialog(std::shared_ptr<devnet::Wallet> wallet, Mode mode, QWidget* parent = nullptr);
    Mode mode() const { return mode_; }
    QString problem() const { return problem_; }

public slots:
    void accept() override;

private:
    void validate();

    std::shared_ptr<devnet::Wallet> wallet_;
    Mode mode_;
    QLineEdit* current_ = nullptr;
    QLineEdit* next_ = nullptr;
    QLineEdit* confirm_ = nullptr;
    QLabel* message_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QString problem_;
    bool busy_ = false;
};

}  // namespace ipc::ui
