// The live charts dock: block interval, checkpoint lag and messages per subnet.
#include "ipc/ui/charts/charts_panel.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace ipc::ui {

namespace {

// Distinct on light and dark backgrounds; a subnet keeps its colour as long as the hierarchy
// keeps its order.
const std::array<QColor, 8> kColors{
    QColor(0x3b, 0x82, 0xf6), QColor(0xf5, 0x9e, 0x0b), QColor(0x10, 0xb9, 0x81),
    QColor(0xef, 0x44, 0x44), QColor(0x8b, 0x5c, 0xf6), QColor(0x06, 0xb6, 0xd4),
    QColor(0xec, 0x48, 0x99), QColor(0x84, 0xcc, 0x16),
};

// Series of one chart differ in dash pattern as well as colour: where two lie on each other the
// dashes of the one on top let the other show through.
const std::array<Qt::PenStyle, 5> kPenStyles{Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                             Qt::DashDotLine, Qt::DashDotDotLine};

QString chartObjectName(ChartData::Chart which) {
    switch (which) {
        case ChartData::BlockInterval:
            return QStringLiteral("blockIntervalChart");
        case ChartData::CheckpointLag:
            return QStringLiteral("checkpointLagChart");
        case ChartData::SignatureWeight:
            return QStringLiteral("signatureWeightChart");
        default:
            return QStringLiteral("messageLatencyChart");
    }
}

}  // namespace

ChartsPanel::ChartsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("chartsPanel"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(4);
    //: chart title and axis unit (milliseconds)
    buildChart(ChartData::BlockInterval, tr("Block interval"), tr("ms"));
    buildChart(ChartData::CheckpointLag, tr("Checkpoint lag"), tr("blocks"));
    //: share of the validators' weight that signed the checkpoint being gathered
    buildChart(ChartData::SignatureWeight, tr("Checkpoint signature weight"), tr("% signed"));
    //: chart title and axis unit (seconds)
    buildChart(ChartData::MessageLatency, tr("Cross-net message latency"), tr("s"));
    charts_[ChartData::SignatureWeight].y->setRange(0, 100);
    grid_ = grid;
    arrange(ChartData::ChartCount);

    redrawTimer_.setSingleShot(true);
    redrawTimer_.setInterval(kRedrawIntervalMs);
    connect(&redrawTimer_, &QTimer::timeout, this, &ChartsPanel::redraw);
    applyPalette();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::buildChart(ChartData::Chart which, const QString& title, const QString& yTitle) {
    ChartBox& box = charts_[which];
    box.chart = new QChart();
    box.chart->setTitle(title);
    // Animations would restart on every replace(); the data moves on its own.
    box.chart->setAnimationOptions(QChart::NoAnimation);
    box.chart->setMargins(QMargins(2, 2, 2, 2));
    box.chart->layout()->setContentsMargins(0, 0, 0, 0);
    box.chart->setBackgroundRoundness(0);
    // On the right, one entry per line: seven subnet names fit there, not below a narrow chart.
    box.chart->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = box.chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    box.chart->legend()->setFont(legendFont);
    box.chart->legend()->setShowToolTips(true);
    // Each entry drawn as its series is (colour and dash pattern), not as a plain swatch.
    box.chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    box.x = new QValueAxis(box.chart);
    //: chart axis: virtual time since genesis, in seconds
    box.x->setTitleText(tr("t (s)"));
    box.x->setLabelFormat(QStringLiteral("%.0f"));
    box.x->setTickCount(4);
    box.x->setRange(0, ChartData::kWindowSeconds);
    box.y = new QValueAxis(box.chart);
    box.y->setTitleText(yTitle);
    box.y->setLabelFormat(QStringLiteral("%.0f"));
    box.y->setTickCount(5);
    box.y->setRange(0, 10);
    box.chart->addAxis(box.x, Qt::AlignBottom);
    box.chart->addAxis(box.y, Qt::AlignLeft);
    box.view = new QChartView(box.chart, this);
    box.view->setObjectName(chartObjectName(which));
    // Antialiased polylines of a thousand points cost several milliseconds per repaint on the
    // raster engine; the series are thin enough to read without it.
    box.view->setRenderHint(QPainter::Antialiasing, false);
    box.view->setMinimumSize(200, 150);
}

QColor ChartsPanel::colorFor(ChartData::Chart which, const QString& key) const {
    if (which == ChartData::MessageLatency)
        return key == ChartData::kReceiptKey ? kColors[1] : kColors[0];
    return kColors[static_cast<std::size_t>(slotOf(key)) % kColors.size()];
}

Qt::PenStyle ChartsPanel::penStyleFor(const QString& key) const {
    return kPenStyles[static_cast<std::size_t>(slotOf(key)) % kPenStyles.size()];
}

qsizetype ChartsPanel::slotOf(const QString& key) const {
    const qsizetype index = data_.order().indexOf(key);
    if (index >= 0)
        return index;
    return data_.order().size() + std::max<qsizetype>(0, unnamed_.indexOf(key));
}

QXYSeries* ChartsPanel::series(ChartData::Chart which, const QString& key) const {
    const auto& shown = charts_[which].shown;
    const auto it = shown.find(key);
    return it == shown.end() ? nullptr : it->second.series;
}

QString ChartsPanel::sameAs(ChartData::Chart which, const QString& key) const {
    const auto& shown = charts_[which].shown;
    const auto it = shown.find(key);
    return it == shown.end() ? QString() : it->second.sameAs;
}

void ChartsPanel::nameSeries(ChartData::Chart which) {
    if (which == ChartData::MessageLatency)
        return;  // delivered and returned receipts: never the same messages
    ChartBox& box = charts_[which];
    const auto& all = data_.series(which);
    // Earlier in hierarchy order first, so "same as" points at the parent-most of a group.
    std::vector<QString> keys;
    for (const auto& [key, rolling] : all)
        keys.push_back(key);
    std::sort(keys.begin(), keys.end(),
              [this](const QString& a, const QString& b) { return slotOf(a) < slotOf(b); });
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const QList<QPointF>& points = all.at(keys[i]).points();
        QString same;
        for (std::size_t j = 0; j < i && same.isEmpty(); ++j) {
            if (!points.isEmpty() && all.at(keys[j]).points() == points)
                same = keys[j];
        }
        const auto it = box.shown.find(keys[i]);
        if (it == box.shown.end())
            continue;
        it->second.sameAs = same;
        const QString name =
            same.isEmpty() ? data_.nameOf(keys[i])
                           //: chart legend: this subnet's line lies exactly on another's; %1: this
                           //: subnet, %2: the other
                           : tr("%1 (same as %2)").arg(data_.nameOf(keys[i]), data_.nameOf(same));
        if (it->second.series->name() != name)
            it->second.series->setName(name);
    }
}

QXYSeries* ChartsPanel::seriesFor(ChartData::Chart which, const QString& key) {
    ChartBox& box = charts_[which];
    auto it = box.shown.find(key);
    if (it != box.shown.end())
        return it->second.series;
    if (which != ChartData::MessageLatency && !data_.order().contains(key) &&
        !unnamed_.contains(key)) {
        unnamed_.append(key);
    }
    QXYSeries* series = nullptr;
    if (which == ChartData::MessageLatency) {
        auto* scatter = new QScatterSeries(box.chart);
        scatter->setMarkerSize(6);
        scatter->setBorderColor(Qt::transparent);
        series = scatter;
        series->setName(key == ChartData::kReceiptKey ? tr("receipt returned") : tr("delivered"));
    } else {
        series = new QLineSeries(box.chart);
        series->setName(data_.nameOf(key));
        QPen pen(colorFor(which, key));
        pen.setWidthF(1.5);
        pen.setStyle(penStyleFor(key));
        series->setPen(pen);
    }
    series->setColor(colorFor(which, key));
    box.chart->addSeries(series);
    series->attachAxis(box.x);
    series->attachAxis(box.y);
    box.shown.emplace(key, Shown{series, UINT64_MAX});
    // A click on a legend entry hides or shows its series; the entry stays, dimmed.
    for (QLegendMarker* marker : box.chart->legend()->markers(series)) {
        connect(marker, &QLegendMarker::clicked, this,
                [this, which, key] { setSeriesVisible(which, key, !isSeriesVisible(which, key)); });
    }
    return series;
}

void ChartsPanel::setSeriesVisible(ChartData::Chart which, const QString& key, bool visible) {
    ChartBox& box = charts_[which];
    const auto it = box.shown.find(key);
    if (it == box.shown.end())
        return;
    QXYSeries* series = it->second.series;
    series->setVisible(visible);
    for (QLegendMarker* marker : box.chart->legend()->markers(series)) {
        marker->setVisible(true);
        QColor text = palette().color(QPalette::WindowText);
        text.setAlphaF(visible ? 1.0 : 0.4);
        marker->setLabelBrush(text);
        QColor swatch = colorFor(which, key);
        swatch.setAlphaF(visible ? 1.0 : 0.25);
        marker->setBrush(swatch);
    }
}

bool ChartsPanel::isSeriesVisible(ChartData::Chart which, const QString& key) const {
    const auto& shown = charts_[which].shown;
    const auto it = shown.find(key);
    return it != shown.end() && it->second.series->isVisible();
}

qsizetype ChartsPanel::shownPoints(ChartData::Chart which, const QString& key) const {
    const auto& shown = charts_[which].shown;
    const auto it = shown.find(key);
    return it == shown.end() ? -1 : it->second.series->count();
}

void ChartsPanel::addBlocks(const QVector<devnet::BlockProduced>& blocks) {
    data_.addBlocks(blocks);
    scheduleRedraw();
}

void ChartsPanel::addCheckpoints(const QVector<CheckpointSample>& checkpoints) {
    data_.addCheckpoints(checkpoints);
    scheduleRedraw();
}

void ChartsPanel::addMessages(const QVector<MessageSample>& messages) {
    data_.addMessages(messages);
    scheduleRedraw();
}

void ChartsPanel::setHierarchy(HierarchyViewPtr view) {
    if (view == nullptr)
        return;
    data_.setHierarchy(*view);
    scheduleRedraw();
}

void ChartsPanel::clear() {
    data_.clear();
    unnamed_.clear();
    for (ChartBox& box : charts_) {
        box.chart->removeAllSeries();
        box.shown.clear();
        box.x->setRange(0, ChartData::kWindowSeconds);
    }
    charts_[ChartData::BlockInterval].y->setRange(0, 10);
    charts_[ChartData::CheckpointLag].y->setRange(0, 10);
    charts_[ChartData::MessageLatency].y->setRange(0, 10);
}

void ChartsPanel::scheduleRedraw() {
    dirty_ = true;
    // Hidden charts keep collecting; they catch up when shown.
    if (isVisible() && !redrawTimer_.isActive())
        redrawTimer_.start();
}

void ChartsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (dirty_)
        redrawTimer_.start(0);
}

void ChartsPanel::redraw() {
    redrawTimer_.setInterval(kRedrawIntervalMs);
    if (!dirty_)
        return;
    dirty_ = false;
    const double right = std::max(data_.latestSeconds(), ChartData::kWindowSeconds);
    const double left = right - ChartData::kWindowSeconds;
    for (int i = 0; i < ChartData::ChartCount; ++i) {
        const auto which = static_cast<ChartData::Chart>(i);
        ChartBox& box = charts_[which];
        double top = 0;
        for (const auto& [key, rolling] : data_.series(which)) {
            QXYSeries* series = seriesFor(which, key);
            Shown& shown = box.shown[key];
            if (shown.revision != rolling.revision()) {
                series->replace(rolling.points());
                shown.revision = rolling.revision();
            }
            if (series->isVisible())
                top = std::max(top, rolling.maxY());
        }
        nameSeries(which);
        box.x->setRange(left, right);
        if (which != ChartData::SignatureWeight) {
            // Grow in steps so the axis does not twitch with every new maximum.
            const double wanted = std::max(10.0, top * 1.15);
            const double step = std::pow(10.0, std::floor(std::log10(wanted)));
            box.y->setRange(0, std::ceil(wanted / step) * step);
            box.y->setLabelFormat(top < 5 && which == ChartData::MessageLatency
                                      ? QStringLiteral("%.1f")
                                      : QStringLiteral("%.0f"));
        }
    }
}

void ChartsPanel::arrange(int columns) {
    columns_ = columns;
    // Two rows need their height: the dock's scroll area scrolls instead of squashing the axes.
    setMinimumHeight(columns >= ChartData::ChartCount ? 160 : 2 * 160);
    for (int i = 0; i < ChartData::ChartCount; ++i) {
        QWidget* view = charts_[static_cast<std::size_t>(i)].view;
        grid_->removeWidget(view);
        grid_->addWidget(view, i / columns, i % columns);
    }
}

void ChartsPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Four abreast when each gets a readable width, else two by two.
    const int columns =
        width() >= ChartData::ChartCount * kReadableChartWidth ? ChartData::ChartCount : 2;
    if (columns != columns_)
        arrange(columns);
}

void ChartsPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ChartsPanel::applyPalette() {
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.5);
    for (ChartBox& box : charts_) {
        box.chart->setBackgroundBrush(pal.color(QPalette::Base));
        box.chart->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
        box.chart->setTitleBrush(text);
        box.chart->legend()->setLabelColor(text);
        box.view->setBackgroundBrush(pal.color(QPalette::Window));
        for (QValueAxis* axis : {box.x, box.y}) {
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(pal.color(QPalette::Mid));
        }
    }
    for (int i = 0; i < ChartData::ChartCount; ++i) {
        const auto which = static_cast<ChartData::Chart>(i);
        for (const auto& [key, shown] : charts_[which].shown)
            setSeriesVisible(which, key, shown.series->isVisible());
    }
}

}  // namespace ipc::ui
