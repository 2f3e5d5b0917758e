// What the subnet pages' tab files share: column widths, detail-tree sections, log rows and the
// checkpoint weight bar (subnet_pages.cpp and the subnet_*_tab.cpp files).
#pragma once

#include <algorithm>
#include <map>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/devnet/explorer_views.h"
#include "ipc/ui/format/subnet_format.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/pages/subnet_pages.h"

namespace ipc::ui::pages {

// Columns at least as wide as their header and the widest of `samples` (texts a cell shows), in
// every language: a fixed pixel width cut "Gas used" and "ok (system)" short.
inline void widenColumns(QTableView* table, const std::map<int, QStringList>& samples = {}) {
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics metrics(table->font());
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        int width = std::max(table->columnWidth(column), header->sectionSizeHint(column));
        if (const auto it = samples.find(column); it != samples.end()) {
            for (const QString& text : it->second)
                width = std::max(width, metrics.horizontalAdvance(text) + padding);
        }
        table->setColumnWidth(column, width);
    }
}

inline QString heightText(const std::optional<std::uint64_t>& h) {
    return h ? QString::number(*h) : QString();
}

// Signed weight against the quorum threshold, as a bar in the checkpoint list.
class WeightDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        if (!index.data(CheckpointTableModel::LoadedRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const auto threshold = index.data(CheckpointTableModel::ThresholdRole).toULongLong();
        const auto signedWeight = index.data(CheckpointTableModel::SignedWeightRole).toULongLong();
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress =
            threshold == 0
                ? 0
                : static_cast<int>(std::min<std::uint64_t>(signedWeight * 1000 / threshold, 1000));
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

inline QTreeWidgetItem* addField(QTreeWidgetItem* parent, const QString& name, const QString& value,
                                 const QString& tooltip = {}) {
    auto* item = new QTreeWidgetItem(parent, {name, value});
    item->setToolTip(1, tooltip.isEmpty() ? value : tooltip);
    return item;
}

// Bytes as 0x-hex, cut after 64 bytes in the cell; the whole in the tooltip.
inline QTreeWidgetItem* addHexField(QTreeWidgetItem* parent, const QString& name, ByteView data) {
    const QString hex = QString::fromStdString(toHex(data));
    return addField(parent, name, hex.size() > 130 ? hex.left(130) + QStringLiteral("…") : hex,
                    hex);
}

inline QTreeWidgetItem* addSection(QTreeWidget* tree, const QString& name,
                                   const QString& value = {}) {
    auto* item = new QTreeWidgetItem(tree, {name, value});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setExpanded(true);
    return item;
}

// An empty detail pane says what fills it.
inline void showHint(QTreeWidget* tree, const QString& hint) {
    tree->clear();
    auto* item = new QTreeWidgetItem(tree, {hint});
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::NoItemFlags);
}

// Each log with its emitter; decoded ("Transfer(from: …, to: …, value: 5)") where `texts` says
// (a linked or carried ABI knows the event), its raw topics and data below.
inline void addLogs(QTreeWidgetItem* parent, const std::vector<chain::Log>& logs,
                    const std::vector<std::string>& texts = {}) {
    int i = 0;
    for (const auto& log : logs) {
        const QString decoded = static_cast<std::size_t>(i) < texts.size()
                                    ? QString::fromStdString(texts[static_cast<std::size_t>(i)])
                                    : QString();
        auto* item = addField(parent, ipc::ui::SubnetPages::tr("Log %1").arg(i++),
                              decoded.isEmpty() ? hexText(log.address) : decoded);
        if (!decoded.isEmpty())
            addField(item, ipc::ui::SubnetPages::tr("Emitter"), hexText(log.address));
        int t = 0;
        for (const auto& topic : log.topics)
            addField(item, ipc::ui::SubnetPages::tr("Topic %1").arg(t++), hexText(topic));
        addHexField(item,
                    ipc::ui::SubnetPages::tr("Data (%n byte(s))", nullptr,
                                             static_cast<int>(log.data.size())),
                    log.data);
    }
}

// One frame of a call trace and, below it, its logs and inner calls: "CALL Token.transfer(…)"
// with "gas 21,000 of 90,000" (and why it failed).
inline void addCallFrame(QTreeWidgetItem* parent, const devnet::CallFrameView& f) {
    QString callee =
        f.contractName.empty() ? shortAddress(f.to) : QString::fromStdString(f.contractName);
    if (!f.method.empty())
        callee += QStringLiteral(".") + QString::fromStdString(f.method);
    else if (f.type != "CREATE" && f.type != "CREATE2" && f.input.size() >= 4)
        callee += QStringLiteral(".") + QString::fromStdString(toHex(ByteView(f.input).first(4)));
    //: one frame of a call trace: the call type (CALL, STATICCALL, ...) and what it called
    const QString name =
        ipc::ui::SubnetPages::tr("%1 %2").arg(QString::fromStdString(f.type), callee);
    //: the gas one call of a trace used, of the gas it was given
    QString value = ipc::ui::SubnetPages::tr("gas %1 of %2")
                        .arg(QLocale().toString(static_cast<qulonglong>(f.gasUsed)),
                             QLocale().toString(static_cast<qulonglong>(f.gas)));
    if (!f.value.isZero())
        value += QStringLiteral(" · ") + tokenText(f.value);
    if (f.failed)
        value += QStringLiteral(" · ") + ipc::ui::SubnetPages::tr("failed");
    auto* item = addField(parent, name, value,
                          QStringLiteral("%1\n%2 → %3").arg(value, hexText(f.from), hexText(f.to)));
    item->setToolTip(0, name);
    if (f.failed) {
        item->setForeground(1, QColor(Qt::red));
        auto* why =
            addField(item, ipc::ui::SubnetPages::tr("Error"), QString::fromStdString(f.error));
        why->setForeground(1, QColor(Qt::red));
    }
    for (const std::string& log : f.logs)
        addField(item, ipc::ui::SubnetPages::tr("log"), QString::fromStdString(log));
    for (const auto& inner : f.calls)
        addCallFrame(item, inner);
}

}  // namespace ipc::ui::pages
