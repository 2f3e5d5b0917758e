// The five pages of the TransferWizard and the route diagram of its review page. Each page
// checks its own fields and says what is wrong next to them; the wizard holds what the pages
// share (accounts, balances, the plan, the fee).
#pragma once

#include <optional>

#include <QWizardPage>

#include "ipc/devnet/transfer.h"
#include "ipc/ui/transfer/message_text.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ipc::ui {

class MessageProgressView;
class TransferWizard;

// The route as boxes by depth: the sender's subnet, up to the common ancestor, down to the
// destination, each hop an arrow labelled with what carries it and its expected time.
class RouteDiagram : public QWidget {
    Q_OBJECT
public:
    explicit RouteDiagram(QWidget* parent = nullptr);
    void setPlan(const std::optional<devnet::TransferPlan>& plan, const SubnetNames& names);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<devnet::TransferPlan> plan_;
    SubnetNames names_;
};

class TransferFromPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TransferFromPage(TransferWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    QString subnet() const;
    QString account() const;
    void select(const QString& subnet, const QString& account);
    void reload();

private:
    void validate();

    TransferWizard* wizard_;
    QComboBox* subnet_ = nullptr;
    QComboBox* account_ = nullptr;
    QLabel* balance_ = nullptr;
    QTreeWidget* balances_ = nullptr;  // the account on every subnet
    QLabel* message_ = nullptr;
    QString problem_;
    QString wantedAccount_;  // asked for by select(), kept until the list has it
};

class TransferToPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TransferToPage(TransferWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    QString subnet() const;
    QString address() const;  // 0x (EIP-55) once valid, else empty
    void select(const QString& subnet, const QString& address);

private:
    void reloadTree();
    void validate();

    TransferWizard* wizard_;
    QTreeWidget* tree_ = nullptr;
    QLineEdit* address_ = nullptr;
    QComboBox* own_ = nullptr;
    QLabel* forms_ = nullptr;
    QLabel* message_ = nullptr;
    QString problem_;
    QString pendingSubnet_;
    bool addressEdited_ = false;
};

class TransferAmountPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TransferAmountPage(TransferWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    std::optional<U256> amount() const { return amount_; }
    // The most that can move: the balance after the fee, within the supply limit.
    std::optional<U256> maximum() const;

private:
    void validate();

    TransferWizard* wizard_;
    QLineEdit* edit_ = nullptr;
    QPushButton* max_ = nullptr;
    QLabel* info_ = nullptr;
    QLabel* receiver_ = nullptr;
    QLabel* message_ = nullptr;
    std::optional<U256> amount_;
    QString problem_;
};

class TransferReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TransferReviewPage(TransferWizard* wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    TransferWizard* wizard_;
    RouteDiagram* diagram_ = nullptr;
    QTreeWidget* hops_ = nullptr;
    QLabel* explanation_ = nullptr;
    QLabel* summary_ = nullptr;
};

class TransferTrackPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TransferTrackPage(TransferWizard* wizard);
    void initializePage() override;
    bool isComplete() const override { return true; }
    MessageProgressView* progress() const { return progress_; }
    void showSubmitting();
    void showRefused(const QString& error);
    void follow(int trackerId);

private:
    void update(int trackerId);

    TransferWizard* wizard_;
    MessageProgressView* progress_ = nullptr;
    QPushButton* showInMessages_ = nullptr;
    int tracked_ = 0;
};

}  // namespace ipc::ui
