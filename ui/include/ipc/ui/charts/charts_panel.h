// ChartsPanel: the live charts dock. Block interval per subnet, checkpoint lag per subnet,
// signature weight gathering on each checkpoint, and cross-net message latency, each over a
// rolling window of virtual time. Samples go into ChartData as the bridge flushes them; the
// charts take the changed series at most kRedrawIntervalMs apart with one replace() each and no
// animation, so a fast hierarchy never stalls the window.
#pragma once

#include <array>
#include <cstdint>
#include <map>

#include <QTimer>
#include <QWidget>

#include "ipc/ui/bridge/devnet_bridge.h"
#include "ipc/ui/charts/chart_data.h"

class QAbstractSeries;
class QChart;
class QChartView;
class QValueAxis;
class QXYSeries;
class QGridLayout;

namespace ipc::ui {

class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRedrawIntervalMs = 250;

    explicit ChartsPanel(QWidget* parent = nullptr);
    ~ChartsPanel() override;

    const ChartData& data() const { return data_; }
    // For tests: the points a chart shows for a series key (subnet id, or ChartData's latency
    // keys), -1 when the chart has no such series yet.
    qsizetype shownPoints(ChartData::Chart chart, const QString& key) const;
    bool isSeriesVisible(ChartData::Chart chart, const QString& key) const;
    // Shows or hides one series, as a click on its legend entry does.
    void setSeriesVisible(ChartData::Chart chart, const QString& key, bool visible);
    QChart* chart(ChartData::Chart chart) const { return charts_[chart].chart; }
    // The series drawn for a key (null before its first point).
    QXYSeries* series(ChartData::Chart chart, const QString& key) const;
    // The key of an earlier series (in hierarchy order) with exactly the same points, when
    // there is one: lines that lie on each other would read as one, so the legend says so.
    QString sameAs(ChartData::Chart chart, const QString& key) const;

public slots:
    void addBlocks(const QVector<ipc::devnet::BlockProduced>& blocks);
    void addCheckpoints(const QVector<ipc::ui::CheckpointSample>& checkpoints);
    void addMessages(const QVector<ipc::ui::MessageSample>& messages);
    void setHierarchy(ipc::ui::HierarchyViewPtr view);
    void clear();
    // Pushes pending samples to the charts now instead of at the next tick.
    void redraw();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Shown {
        QXYSeries* series = nullptr;
        std::uint64_t revision = UINT64_MAX;
        QString sameAs;  // see sameAs()
    };
    struct ChartBox {
        QChart* chart = nullptr;
        QChartView* view = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        std::map<QString, Shown> shown;
    };

    void buildChart(ChartData::Chart which, const QString& title, const QString& yTitle);
    QXYSeries* seriesFor(ChartData::Chart which, const QString& key);
    QColor colorFor(ChartData::Chart which, const QString& key) const;
    Qt::PenStyle penStyleFor(const QString& key) const;
    // A series' place for its colour, dash pattern and legend order: its subnet's place in the
    // hierarchy, or after those in the order first seen while no view named it yet.
    qsizetype slotOf(const QString& key) const;
    void nameSeries(ChartData::Chart which);
    void applyPalette();
    void scheduleRedraw();
    void arrange(int columns);

    // Below this width per chart the four go two by two (axis labels and legend stay readable).
    static constexpr int kReadableChartWidth = 300;

    ChartData data_;
    QStringList unnamed_;  // keys seen before a hierarchy view named them (see slotOf)
    QGridLayout* grid_ = nullptr;
    int columns_ = 0;
    std::array<ChartBox, ChartData::ChartCount> charts_{};
    QTimer redrawTimer_;
    bool dirty_ = false;
};

}  // namespace ipc::ui
