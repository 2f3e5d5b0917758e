// The five pages of the transfer wizard and the route diagram of its review page.
#include "ipc/ui/transfer/transfer_wizard_pages.h"

#include <algorithm>
#include <exception>
#include <map>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/ui/bridge/message_tracker.h"
#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/format/wallet_format.h"
#include "ipc/ui/transfer/message_progress_view.h"
#include "ipc/ui/transfer/transfer_wizard.h"
#include "ipc/ui/window/problem_label.h"

namespace ipc::ui {

namespace {

QLabel* infoLabel(const char* objectName, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// Subnets of the view indented by depth, parents before children: "root", "  alpha", ….
void fillSubnets(QComboBox* combo, const devnet::HierarchyView* view) {
    const QString keep = combo->currentData().toString();
    combo->clear();
    if (view == nullptr)
        return;
    const std::size_t rootDepth = view->subnets.empty() ? 0 : view->subnets[0].id.depth();
    for (const auto& s : view->subnets) {
        const QString indent(static_cast<int>(2 * (s.id.depth() - rootDepth)), QLatin1Char(' '));
        combo->addItem(indent + QString::fromStdString(s.name), subnetIdText(s.id));
        combo->setItemData(combo->count() - 1, subnetIdText(s.id), Qt::ToolTipRole);
    }
    const int i = combo->findData(keep);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

}  // namespace

// ---------------------------------------------------------------- route diagram

RouteDiagram::RouteDiagram(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("routeDiagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RouteDiagram::setPlan(const std::optional<devnet::TransferPlan>& plan,
                           const SubnetNames& names) {
    plan_ = plan;
    names_ = names;
    updateGeometry();
    update();
}

QSize RouteDiagram::minimumSizeHint() const {
    return {300, 120};
}

QSize RouteDiagram::sizeHint() const {
    if (!plan_)
        return minimumSizeHint();
    std::size_t minDepth = plan_->commonAncestor.depth();
    std::size_t maxDepth = minDepth;
    for (const auto& s : plan_->route)
        maxDepth = std::max(maxDepth, s.depth());
    const int rows = static_cast<int>(maxDepth - minDepth) + 1;
    return {std::max(300, static_cast<int>(plan_->route.size()) * 150), rows * 62 + 16};
}

void RouteDiagram::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (!plan_) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Pick both ends to see the route."));
        return;
    }
    const auto& route = plan_->route;
    const std::size_t minDepth = plan_->commonAncestor.depth();
    const qreal boxW = 112;
    const qreal boxH = 30;
    const qreal rowH = 62;
    const qreal step =
        std::max<qreal>(140, (width() - 20 - boxW) / std::max<qreal>(1, route.size() - 1.0));
    const qreal left = (width() - (step * static_cast<qreal>(route.size() - 1) + boxW)) / 2;
    std::vector<QRectF> boxes;
    for (std::size_t i = 0; i < route.size(); ++i) {
        const qreal x = left + step * static_cast<qreal>(i);
        const qreal y = 8 + rowH * static_cast<qreal>(route[i].depth() - minDepth);
        boxes.emplace_back(x, y, boxW, boxH);
    }
    const QColor ink = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    // Arrows first, boxes over them.
    for (std::size_t i = 0; i + 1 < route.size(); ++i) {
        const devnet::TransferHop& hop = plan_->hops[i];
        const bool up = hop.direction == devnet::HopDirection::Up;
        const QPointF a = up ? QPointF(boxes[i].right(), boxes[i].center().y())
                             : QPointF(boxes[i].center().x(), boxes[i].bottom());
        const QPointF b = up ? QPointF(boxes[i + 1].center().x(), boxes[i + 1].bottom())
                             : QPointF(boxes[i + 1].left(), boxes[i + 1].center().y());
        QPainterPath path(a);
        const QPointF corner = up ? QPointF(b.x(), a.y()) : QPointF(a.x(), b.y());
        path.quadTo(corner, b);
        p.setPen(QPen(accent, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrow head along the last direction of the curve.
        const QPointF dir = b - path.pointAtPercent(0.95);
        const qreal len = std::max<qreal>(0.001, std::hypot(dir.x(), dir.y()));
        const QPointF u(dir.x() / len, dir.y() / len);
        const QPointF n(-u.y(), u.x());
        QPolygonF head;
        head << b << b - u * 9 + n * 5 << b - u * 9 - n * 5;
        p.setBrush(accent);
        p.drawPolygon(head);
        p.setFont(small);
        p.setPen(muted);
        //: on the review page's route diagram: what carries a hop and its expected time
        const QString label = up ? tr("checkpoint ≈ %1").arg(formatDuration(hop.expectedMs))
                                 : tr("finality ≈ %1").arg(formatDuration(hop.expectedMs));
        // Beside the flat part of the curve: under it going up, above it going down.
        const qreal x = (a.x() + b.x()) / 2;
        const QRectF textRect =
            up ? QRectF(x - 90, a.y() + 4, 180, 16) : QRectF(x - 90, b.y() - 20, 180, 16);
        p.drawText(textRect, Qt::AlignCenter, label);
    }
    for (std::size_t i = 0; i < route.size(); ++i) {
        const bool end = i == 0 || i + 1 == route.size();
        p.setPen(QPen(end ? accent : ink.lighter(150), end ? 2 : 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(boxes[i], 8, 8);
        p.setPen(ink);
        p.setFont(font());
        p.drawText(boxes[i], Qt::AlignCenter,
                   p.fontMetrics().elidedText(names_.name(route[i]), Qt::ElideRight,
                                              static_cast<int>(boxW) - 8));
    }
}

// ---------------------------------------------------------------- 1. from

TransferFromPage::TransferFromPage(TransferWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setObjectName(QStringLiteral("fromPage"));
    setTitle(tr("From"));
    setSubTitle(tr("Where the FIL is now: the subnet and the account that sends it."));
    auto* form = new QFormLayout();
    subnet_ = new QComboBox(this);
    subnet_->setObjectName(QStringLiteral("fromSubnet"));
    account_ = new QComboBox(this);
    account_->setObjectName(QStringLiteral("fromAccount"));
    account_->setMinimumContentsLength(40);
    balance_ = infoLabel("fromBalance", this);
    message_ = problemLabel("fromMessage", this);
    balances_ = new QTreeWidget(this);
    balances_->setObjectName(QStringLiteral("fromBalances"));
    balances_->setHeaderLabels({tr("Subnet"), tr("This account holds")});
    balances_->setRootIsDecorated(false);
    balances_->setUniformRowHeights(true);
    balances_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    balances_->setToolTip(tr("Click a subnet to send from there"));
    form->addRow(tr("&Subnet"), subnet_);
    form->addRow(tr("&Account"), account_);
    form->addRow(tr("Balance"), balance_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(new QLabel(tr("The account on every subnet:"), this));
    layout->addWidget(balances_, 1);
    connect(balances_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const int i = subnet_->findData(item->data(0, Qt::UserRole));
        if (i >= 0)
            subnet_->setCurrentIndex(i);
    });
    fillSubnets(subnet_, wizard_->view().get());
    reload();
    connect(subnet_, &QComboBox::currentIndexChanged, this, &TransferFromPage::reload);
    connect(account_, &QComboBox::currentIndexChanged, this, &TransferFromPage::validate);
    connect(wizard_, &TransferWizard::dataRefreshed, this, &TransferFromPage::reload);
}

QString TransferFromPage::subnet() const {
    return subnet_->currentData().toString();
}

QString TransferFromPage::account() const {
    return account_->currentData().toString();
}

void TransferFromPage::select(const QString& subnet, const QString& account) {
    if (subnet_->count() == 0)
        fillSubnets(subnet_, wizard_->view().get());
    if (!account.isEmpty())
        wantedAccount_ = account;
    const int s = subnet_->findData(subnet);
    if (s >= 0 && s != subnet_->currentIndex())
        subnet_->setCurrentIndex(s);  // reloads the accounts
    else
        reload();
}

void TransferFromPage::initializePage() {
    if (subnet_->count() == 0)
        fillSubnets(subnet_, wizard_->view().get());
    reload();
}

// The account list with each balance on the chosen subnet; the choice survives a reload.
void TransferFromPage::reload() {
    if (subnet_->count() == 0)
        fillSubnets(subnet_, wizard_->view().get());
    QString keep = account();
    for (const auto& a : wizard_->accounts()) {
        const QString address = QString::fromStdString(a.address.toChecksumHex());
        if (!wantedAccount_.isEmpty() &&
            address.compare(wantedAccount_, Qt::CaseInsensitive) == 0) {
            keep = address;
            wantedAccount_.clear();
        }
    }
    if (keep.isEmpty()) {
        for (const auto& a : wizard_->accounts()) {
            if (a.isDefault)
                keep = QString::fromStdString(a.address.toChecksumHex());
        }
    }
    const QSignalBlocker block(account_);
    account_->clear();
    for (const auto& a : wizard_->accounts()) {
        const QString address = QString::fromStdString(a.address.toChecksumHex());
        const auto b = wizard_->balance(address, subnet());
        QString text = WalletFormat::accountText(a);
        text += QStringLiteral("  —  ") + (b ? tokenText(*b) : tr("…"));
        if (!a.usable)
            text += QStringLiteral("  ") + tr("(locked)");
        account_->addItem(text, address);
    }
    const int i = account_->findData(keep);
    account_->setCurrentIndex(i >= 0 ? i : 0);
    validate();
}

void TransferFromPage::validate() {
    problem_.clear();
    const QString name = subnet_->currentText().trimmed();
    const auto b = wizard_->balance(account(), subnet());
    balance_->setText(b ? tr("%1 on %2").arg(tokenText(*b), name) : tr("reading…"));
    balances_->clear();
    for (int i = 0; i < subnet_->count(); ++i) {
        const auto held = wizard_->balance(account(), subnet_->itemData(i).toString());
        auto* item = new QTreeWidgetItem(balances_);
        item->setText(0, subnet_->itemText(i));
        item->setData(0, Qt::UserRole, subnet_->itemData(i));
        item->setText(1, held ? tokenText(*held) : tr("…"));
        item->setToolTip(1, held ? tokenText(*held) : QString());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (i == subnet_->currentIndex()) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            item->setFont(1, f);
        }
    }
    if (subnet().isEmpty()) {
        problem_ = tr("No hierarchy is running.");
    } else if (account().isEmpty()) {
        problem_ = tr("The wallet has no accounts: add one in the Wallet (Ctrl+Shift+W).");
    } else if (!wizard_->balancesLoaded()) {
        problem_ = tr("Reading balances…");
    } else {
        for (const auto& a : wizard_->accounts()) {
            if (QString::fromStdString(a.address.toChecksumHex()) == account() && !a.usable) {
                problem_ =
                    tr("This account's key is locked by the wallet password: unlock the "
                       "wallet first (Wallet › Unlock).");
            }
        }
        if (problem_.isEmpty() && b && b->isZero()) {
            problem_ = tr("This account holds nothing on %1. Pick another account or subnet, or "
                          "top the account up on the root (Wallet › Top Up From Faucet).")
                           .arg(name);
        }
    }
    message_->setText(problem_);
    emit completeChanged();
}

bool TransferFromPage::isComplete() const {
    return problem_.isEmpty();
}

// ---------------------------------------------------------------- 2. to

TransferToPage::TransferToPage(TransferWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setObjectName(QStringLiteral("toPage"));
    setTitle(tr("To"));
    setSubTitle(tr("Pick the destination subnet in the hierarchy and who receives the FIL."));
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("toSubnetTree"));
    tree_->setHeaderLabels({tr("Subnet"), tr("Height"), tr("Status")});
    tree_->setRootIsDecorated(true);
    tree_->setUniformRowHeights(true);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->setMinimumHeight(170);
    address_ = new QLineEdit(this);
    address_->setObjectName(QStringLiteral("toAddress"));
    address_->setPlaceholderText(tr("0x… or t410f… (paste any address)"));
    address_->setClearButtonEnabled(true);
    own_ = new QComboBox(this);
    own_->setObjectName(QStringLiteral("toOwnAccount"));
    own_->setPlaceholderText(tr("or pick one of your accounts…"));
    forms_ = infoLabel("toAddressForms", this);
    message_ = problemLabel("toMessage", this);
    auto* subnetLabel = new QLabel(tr("&Destination subnet"), this);
    subnetLabel->setBuddy(tree_);
    auto* addressLabel = new QLabel(tr("&Receiver"), this);
    addressLabel->setBuddy(address_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(subnetLabel);
    layout->addWidget(tree_, 1);
    layout->addWidget(addressLabel);
    auto* row = new QHBoxLayout();
    row->addWidget(address_, 3);
    row->addWidget(own_, 2);
    layout->addLayout(row);
    layout->addWidget(forms_);
    layout->addWidget(message_);

    connect(tree_, &QTreeWidget::currentItemChanged, this, &TransferToPage::validate);
    connect(address_, &QLineEdit::textChanged, this, &TransferToPage::validate);
    connect(address_, &QLineEdit::textEdited, this, [this] { addressEdited_ = true; });
    connect(own_, &QComboBox::activated, this, [this](int index) {
        address_->setText(own_->itemData(index).toString());
        addressEdited_ = true;
    });
}

void TransferToPage::reloadTree() {
    const QString keep = pendingSubnet_.isEmpty() ? subnet() : pendingSubnet_;
    const QSignalBlocker block(tree_);
    tree_->clear();
    const HierarchyViewPtr view = wizard_->view();
    if (view == nullptr)
        return;
    std::map<SubnetId, QTreeWidgetItem*> items;
    const QString source = wizard_->fromSubnet();
    QTreeWidgetItem* chosen = nullptr;
    for (const auto& s : view->subnets) {
        QTreeWidgetItem* parent = nullptr;
        if (s.parent) {
            auto it = items.find(*s.parent);
            if (it != items.end())
                parent = it->second;
        }
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree_);
        const QString id = subnetIdText(s.id);
        QString name = QString::fromStdString(s.name);
        if (id == source)
            name += QStringLiteral("  ") + tr("(sending from here)");
        item->setText(0, name);
        item->setText(1, QString::number(s.height));
        item->setText(2, statusText(s.status));
        item->setIcon(0, statusIcon(s.status));
        item->setData(0, Qt::UserRole, id);
        item->setToolTip(0, id);
        items[s.id] = item;
        if (id == keep)
            chosen = item;
    }
    tree_->expandAll();
    if (chosen != nullptr) {
        tree_->setCurrentItem(chosen);
        pendingSubnet_.clear();
    }
}

void TransferToPage::initializePage() {
    reloadTree();
    own_->clear();
    for (const auto& a : wizard_->accounts())
        own_->addItem(WalletFormat::accountText(a),
                      QString::fromStdString(a.address.toChecksumHex()));
    own_->setCurrentIndex(-1);
    // Sending to oneself on another subnet is the common case: the sender's address, until
    // something else is typed or picked.
    if (!addressEdited_ && address_->text().isEmpty())
        address_->setText(wizard_->fromAccount());
    validate();
}

QString TransferToPage::subnet() const {
    const QTreeWidgetItem* item = tree_->currentItem();
    return item != nullptr ? item->data(0, Qt::UserRole).toString() : QString();
}

QString TransferToPage::address() const {
    const auto a = WalletFormat::parseAddress(address_->text(), nullptr);
    return a ? QString::fromStdString(a->toChecksumHex()) : QString();
}

void TransferToPage::select(const QString& subnet, const QString& address) {
    pendingSubnet_ = subnet;
    reloadTree();
    if (!address.isEmpty()) {
        address_->setText(address);
        addressEdited_ = true;
    }
    validate();
}

void TransferToPage::validate() {
    problem_.clear();
    forms_->clear();
    const QString to = subnet();
    const QString from = wizard_->fromSubnet();
    QString addressProblem;
    const auto a = WalletFormat::parseAddress(address_->text(), &addressProblem);
    if (a) {
        //: both spellings of the receiving address
        forms_->setText(tr("Receiver: %1  =  %2")
                            .arg(QString::fromStdString(a->toChecksumHex()),
                                 QString::fromStdString(devnet::delegatedAddress(*a))));
    }
    if (to.isEmpty()) {
        problem_ = tr("Pick the destination subnet in the tree.");
    } else if (to == from) {
        problem_ =
            tr("That is the subnet the FIL is on now. Pick another subnet, or use Send in "
               "the Wallet to pay someone on the same subnet.");
    } else if (!a) {
        problem_ = addressProblem;
    }
    message_->setText(problem_);
    emit completeChanged();
}

bool TransferToPage::isComplete() const {
    return problem_.isEmpty();
}

// ---------------------------------------------------------------- 3. amount

TransferAmountPage::TransferAmountPage(TransferWizard* wizard)
    : QWizardPage(wizard), wizard_(wizard) {
    setObjectName(QStringLiteral("amountPage"));
    setTitle(tr("Amount"));
    setSubTitle(tr("How much FIL to move (up to 18 decimals)."));
    edit_ = new QLineEdit(this);
    edit_->setObjectName(QStringLiteral("amount"));
    edit_->setPlaceholderText(tr("FIL, e.g. 1.5"));
    max_ = new QPushButton(tr("&Max"), this);
    max_->setObjectName(QStringLiteral("maxAmount"));
    max_->setToolTip(tr("Everything the account can move: its balance after the fee"));
    info_ = infoLabel("amountInfo", this);
    receiver_ = infoLabel("amountReceiver", this);
    message_ = problemLabel("amountMessage", this);
    auto* label = new QLabel(tr("&Amount (FIL)"), this);
    label->setBuddy(edit_);
    auto* row = new QHBoxLayout();
    row->addWidget(edit_, 1);
    row->addWidget(max_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(info_);
    layout->addWidget(receiver_);
    layout->addWidget(message_);
    layout->addStretch();
    connect(edit_, &QLineEdit::textChanged, this, &TransferAmountPage::validate);
    connect(max_, &QPushButton::clicked, this, [this] {
        if (const auto m = maximum())
            edit_->setText(amountInput(*m));
    });
    connect(wizard_, &TransferWizard::dataRefreshed, this, [this] {
        if (wizard_->currentPage() == this)
            validate();
    });
}

void TransferAmountPage::initializePage() {
    wizard_->refreshBalances();
    wizard_->requestFee();
    validate();
    edit_->setFocus();
}

std::optional<U256> TransferAmountPage::maximum() const {
    const auto balance = wizard_->balance(wizard_->fromAccount(), wizard_->fromSubnet());
    const auto fee = wizard_->fee();
    if (!balance || !fee || *balance <= fee->maxFee)
        return std::nullopt;
    U256 m = *balance - fee->maxFee;
    if (const auto plan = wizard_->plan(); plan && plan->supplyLimit)
        m = std::min(m, *plan->supplyLimit);
    return m;
}

void TransferAmountPage::validate() {
    const SubnetNames names(wizard_->view().get());
    const QString from = names.name(wizard_->fromSubnet());
    const auto balance = wizard_->balance(wizard_->fromAccount(), wizard_->fromSubnet());
    const auto fee = wizard_->fee();
    const auto plan = wizard_->plan();
    QStringList info;
    if (balance)
        info << tr("Available on %1: %2.").arg(from, tokenText(*balance));
    if (fee) {
        info << tr("Fee on %1: about %2 (at most %3). The hops after it charge nothing.")
                    .arg(from, tokenText(fee->expectedFee), tokenText(fee->maxFee));
        info_->setToolTip(tr("Fee: %1 expected, %2 at most")
                              .arg(tokenText(fee->expectedFee), tokenText(fee->maxFee)));
    }
    if (plan && plan->supplyLimit) {
        info << tr("Moving up out of %1 is limited to what circulates there: %2.")
                    .arg(names.name(*plan->supplyLimitedBy), tokenText(*plan->supplyLimit));
    }
    info_->setText(info.join(QLatin1Char(' ')));
    max_->setEnabled(maximum().has_value());

    amount_ = WalletFormat::parseAmount(edit_->text(), &problem_);
    const QString to = names.name(wizard_->toSubnet());
    if (const auto held = wizard_->balance(wizard_->toAddress(), wizard_->toSubnet())) {
        receiver_->setText(amount_
                               ? tr("The receiver holds %1 on %2 now, %3 once this arrives.")
                                     .arg(tokenText(*held), to, tokenText(*held + *amount_))
                               : tr("The receiver holds %1 on %2 now.").arg(tokenText(*held), to));
    } else {
        receiver_->clear();
    }
    if (amount_) {
        if (!balance || !fee) {
            problem_ = tr("Reading the balance and the fee…");
        } else if (*amount_ + fee->maxFee > *balance) {
            problem_ =
                tr("That is more than the account can send from %1: it holds %2 and the "
                   "fee may take up to %3, so at most %4.")
                    .arg(from, tokenText(*balance), tokenText(fee->maxFee),
                         tokenText(*balance > fee->maxFee ? *balance - fee->maxFee : U256{}));
        } else if (plan && plan->supplyLimit && *amount_ > *plan->supplyLimit) {
            problem_ = tr("Too much for a move up: %1 has only %2 in circulation (what its parent "
                          "locked for it), and a transfer up can never take out more than that.")
                           .arg(names.name(*plan->supplyLimitedBy), tokenText(*plan->supplyLimit));
        }
    }
    if (!problem_.isEmpty())
        amount_.reset();
    message_->setText(problem_);
    emit completeChanged();
}

bool TransferAmountPage::isComplete() const {
    return problem_.isEmpty() && amount_.has_value();
}

// ---------------------------------------------------------------- 4. review

TransferReviewPage::TransferReviewPage(TransferWizard* wizard)
    : QWizardPage(wizard), wizard_(wizard) {
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(
        tr("The route your FIL takes, what happens at each hop and how long it should "
           "take at the current block times."));
    setCommitPage(true);
    diagram_ = new RouteDiagram(this);
    hops_ = new QTreeWidget(this);
    hops_->setObjectName(QStringLiteral("reviewHops"));
    hops_->setHeaderLabels({tr("Hop"), tr("How"), tr("Expected")});
    hops_->setRootIsDecorated(false);
    hops_->setWordWrap(true);
    hops_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    hops_->setColumnWidth(0, 170);
    hops_->setColumnWidth(2, 170);
    hops_->header()->setStretchLastSection(false);
    explanation_ = infoLabel("reviewExplanation", this);
    summary_ = infoLabel("reviewSummary", this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(diagram_);
    layout->addWidget(hops_);
    layout->addWidget(explanation_);
    layout->addWidget(summary_);
    layout->addStretch(1);
}

void TransferReviewPage::initializePage() {
    const auto plan = wizard_->plan();
    const SubnetNames names(wizard_->view().get());
    diagram_->setPlan(plan, names);
    hops_->clear();
    explanation_->clear();
    QStringList explained;
    if (!plan) {
        summary_->setText(tr("The route could not be worked out: go back and check both ends."));
        return;
    }
    for (std::size_t i = 0; i < plan->hops.size(); ++i) {
        const devnet::TransferHop& hop = plan->hops[i];
        auto* item = new QTreeWidgetItem(hops_);
        item->setText(0,
                      tr("%1. %2 → %3").arg(i + 1).arg(names.name(hop.from), names.name(hop.to)));
        item->setText(1, MessageText::hopShortText(hop));
        item->setToolTip(1, MessageText::hopExplanation(hop, names));
        item->setText(2, MessageText::latencyText(hop.fromBlocks + hop.toBlocks, hop.expectedMs));
        explained << QStringLiteral("<li>%1</li>")
                         .arg(MessageText::hopExplanation(hop, names).toHtmlEscaped());
    }
    auto* receipt = new QTreeWidgetItem(hops_);
    receipt->setText(0, tr("Receipt back"));
    receipt->setText(1, tr("the same way back, as IPC's Result message"));
    receipt->setToolTip(1, tr("%1 sends a receipt (IPC's Result message) back to %2 the same way "
                              "in reverse; it confirms the transfer, or returns the value if it "
                              "was rejected.")
                               .arg(names.name(plan->to), names.name(plan->from)));
    explained << QStringLiteral("<li>%1</li>").arg(receipt->toolTip(1).toHtmlEscaped());
    explanation_->setText(QStringLiteral("<ol style=\"margin-left: 14px; -qt-list-indent: 0;\">") +
                          explained.join(QString()) + QStringLiteral("</ol>"));
    std::uint64_t receiptBlocks = 0;
    for (const auto& h : plan->receiptHops)
        receiptBlocks += h.fromBlocks + h.toBlocks;
    receipt->setText(2, MessageText::latencyText(receiptBlocks, plan->receiptMs));
    // Every row in sight: the list is short and is what the page is about.
    const int rowHeight = hops_->sizeHintForRow(0) > 0 ? hops_->sizeHintForRow(0) : 20;
    hops_->setFixedHeight(hops_->header()->sizeHint().height() +
                          rowHeight * hops_->topLevelItemCount() + 2 * hops_->frameWidth() + 4);

    const auto amount = wizard_->amount().value_or(U256{});
    QString sender = wizard_->fromAccount();
    for (const auto& a : wizard_->accounts()) {
        if (QString::fromStdString(a.address.toChecksumHex()) == sender)
            sender = WalletFormat::accountText(a);
    }
    QString how;
    switch (devnet::transferCall(plan->from, plan->to)) {
        case devnet::TransferCall::Fund:
            how = tr("It is one hop down: IPC's fund on %1's gateway.").arg(names.name(plan->from));
            break;
        case devnet::TransferCall::Release:
            how =
                tr("It is one hop up: IPC's release on %1's gateway.").arg(names.name(plan->from));
            break;
        case devnet::TransferCall::CrossMessage:
            if (plan->commonAncestor == plan->from) {
                how = tr("It travels as one cross-net message routed down through the gateways; "
                         "you sign once, on %1.")
                          .arg(names.name(plan->from));
            } else if (plan->commonAncestor == plan->to) {
                how = tr("It travels as one cross-net message routed up through the gateways, "
                         "checkpoint by checkpoint; you sign once, on %1.")
                          .arg(names.name(plan->from));
            } else {
                how = tr("It travels as one cross-net message routed through the gateways, up "
                         "to %1 (the common ancestor) and then down; you sign once, on %2.")
                          .arg(names.name(plan->commonAncestor), names.name(plan->from));
            }
            break;
    }
    QString fee;
    if (const auto q = wizard_->fee()) {
        fee = tr("Fee on %1: about %2.").arg(names.name(plan->from), tokenText(q->expectedFee));
    }
    summary_->setText(
        tr("<b>Send %1</b> from %2 on <b>%3</b> to %4 on <b>%5</b>. %6 %n hop(s), expected %7; "
           "the receipt follows about %8 later. %9 The subnets on the way charge nothing and "
           "need no FIL from you: cross-net messages carry no fee.",
           nullptr, static_cast<int>(plan->hops.size()))
            .arg(tokenText(amount), sender.toHtmlEscaped(), names.name(plan->from).toHtmlEscaped(),
                 wizard_->toAddress(), names.name(plan->to).toHtmlEscaped(), how,
                 MessageText::latencyText(plan->expectedBlocks, plan->expectedMs),
                 formatDuration(plan->receiptMs), fee));
}

bool TransferReviewPage::validatePage() {
    wizard_->submit();
    return true;
}

// ---------------------------------------------------------------- 5. track

TransferTrackPage::TransferTrackPage(TransferWizard* wizard)
    : QWizardPage(wizard), wizard_(wizard) {
    setObjectName(QStringLiteral("trackPage"));
    setTitle(tr("Submit and Track"));
    setSubTitle(
        tr("Every step of every hop as it happens. You can close this window: the "
           "Messages view keeps following the transfer."));
    setFinalPage(true);
    progress_ = new MessageProgressView(this);
    progress_->setObjectName(QStringLiteral("trackView"));
    showInMessages_ = new QPushButton(tr("Show in &Messages"), this);
    showInMessages_->setObjectName(QStringLiteral("showInMessages"));
    showInMessages_->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress_, 1);
    layout->addWidget(showInMessages_, 0, Qt::AlignLeft);
    connect(showInMessages_, &QPushButton::clicked, this,
            [this] { emit wizard_->showInMessagesRequested(tracked_); });
    connect(wizard_->tracker(), &MessageTracker::transferChanged, this, &TransferTrackPage::update);
}

void TransferTrackPage::initializePage() {
    if (tracked_ == 0)
        showSubmitting();
}

void TransferTrackPage::showSubmitting() {
    progress_->setMessage(tr("Submitting…"),
                          tr("Signing with the wallet and handing the transaction to %1.")
                              .arg(SubnetNames(wizard_->view().get()).name(wizard_->fromSubnet())));
}

void TransferTrackPage::showRefused(const QString& error) {
    progress_->setMessage(tr("Not sent"),
                          tr("The transaction was refused and nothing moved: %1").arg(error), true);
}

void TransferTrackPage::follow(int trackerId) {
    tracked_ = trackerId;
    showInMessages_->setEnabled(true);
    update(trackerId);
}

void TransferTrackPage::update(int trackerId) {
    if (trackerId != tracked_ || tracked_ == 0)
        return;
    progress_->setTransfer(wizard_->tracker()->transfer(tracked_), wizard_->view().get());
}

}  // namespace ipc::ui
