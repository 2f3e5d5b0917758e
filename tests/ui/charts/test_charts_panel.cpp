// The charts dock: samples reach the charts in batches (point counts grow, the rolling window
// stays bounded), legend toggles hide a series, and a real hierarchy feeds every chart through
// the bridge. Pictures of both palettes go to $IPC_SCREENSHOT_DIR when it is set.
#include <QChart>
#include <QDockWidget>
#include <QLegend>
#include <QLegendMarker>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXYSeries>

#include "ipc/ui/charts/charts_panel.h"
#include "ipc/ui/window/main_window.h"
#include "ipc/ui/window/theme.h"
#include "produced_blocks.h"
#include "test_settings.h"

using ipc::ui::ChartData;
using ipc::ui::ChartsPanel;
using ipc::ui::CheckpointSample;
using ipc::ui::MainWindow;
using ipc::ui::MessageSample;
using ipc::ui::test::producedBlock;
using ipc::ui::test::subnetText;
namespace devnet = ipc::devnet;

namespace {

constexpr int kTimeout = 15000;

QVector<ipc::devnet::BlockProduced> blocks(const QString& subnet, std::uint64_t from,
                                           std::uint64_t count, std::uint64_t intervalMs) {
    QVector<ipc::devnet::BlockProduced> out;
    for (std::uint64_t h = from; h < from + count; ++h)
        out.push_back(producedBlock(subnet, h, intervalMs, h * intervalMs));
    return out;
}

void saveShot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("IPC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

}  // namespace

class TestChartsPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        ipc::ui::test::useTestSettings(QStringLiteral("test_charts_panel"));
    }

    void samplesArriveInBatchesAndStayBounded() {
        ChartsPanel panel;
        panel.resize(1200, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString a = subnetText('a');
        QCOMPARE(panel.shownPoints(ChartData::BlockInterval, a), -1);

        panel.addBlocks(blocks(a, 1, 50, 100));
        QTRY_COMPARE(panel.shownPoints(ChartData::BlockInterval, a), 50);
        panel.addBlocks(blocks(a, 51, 50, 100));
        QTRY_COMPARE(panel.shownPoints(ChartData::BlockInterval, a), 100);

        // Far more than the window holds: the chart keeps only the window.
        for (std::uint64_t from = 101; from < 5101; from += 500)
            panel.addBlocks(blocks(a, from, 500, 100));
        panel.redraw();
        const qsizetype shown = panel.shownPoints(ChartData::BlockInterval, a);
        QVERIFY(shown > 100);
        QVERIFY(shown <= ChartData::kMaxPoints);
        auto* series =
            qobject_cast<QXYSeries*>(panel.chart(ChartData::BlockInterval)->series().at(0));
        QVERIFY(series->at(0).x() >= 510.0 - ChartData::kWindowSeconds);
        QCOMPARE(series->at(series->count() - 1).x(), 510.0);
        QCOMPARE(panel.chart(ChartData::BlockInterval)->animationOptions(), QChart::NoAnimation);

        using S = devnet::MessageStage;
        panel.addMessages({MessageSample{QStringLiteral("0x1"), S::Committed, a, 1, 1000},
                           MessageSample{QStringLiteral("0x1"), S::Delivered, a, 5, 6000}});
        panel.addCheckpoints(
            {CheckpointSample{a, 10, devnet::CheckpointStage::Cut, 0, 4, 1000},
             CheckpointSample{a, 10, devnet::CheckpointStage::Signing, 2, 4, 1100}});
        panel.redraw();
        QCOMPARE(panel.shownPoints(ChartData::MessageLatency, ChartData::kDeliveredKey), 1);
        QCOMPARE(panel.shownPoints(ChartData::SignatureWeight, a), 2);

        panel.clear();
        QCOMPARE(panel.shownPoints(ChartData::BlockInterval, a), -1);
    }

    void legendClickTogglesASeries() {
        ChartsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString a = subnetText('a');
        const QString b = subnetText('b');
        panel.addBlocks(blocks(a, 1, 10, 100) + blocks(b, 1, 10, 200));
        panel.redraw();
        QVERIFY(panel.isSeriesVisible(ChartData::BlockInterval, a));
        auto* chart = panel.chart(ChartData::BlockInterval);
        auto* seriesA = chart->series().at(0);
        const auto markers = chart->legend()->markers(seriesA);
        QCOMPARE(markers.size(), 1);
        emit markers.at(0)->clicked();
        QVERIFY(!panel.isSeriesVisible(ChartData::BlockInterval, a));
        QVERIFY(markers.at(0)->isVisible());  // the entry stays to turn it back on
        QVERIFY(panel.isSeriesVisible(ChartData::BlockInterval, b));
        emit markers.at(0)->clicked();
        QVERIFY(panel.isSeriesVisible(ChartData::BlockInterval, a));
    }

    // Subnets at the same block rate draw the same line: each series has its own dash pattern
    // (the one below shows through the gaps of the one on top) and the legend says which ones
    // lie on each other; a legend click still toggles one series alone.
    void identicalSeriesReadAsSeveral() {
        ChartsPanel panel;
        panel.resize(1200, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString a = subnetText('a');
        const QString b = subnetText('b');
        const QString c = subnetText('c');
        panel.addBlocks(blocks(a, 1, 30, 1000) + blocks(b, 1, 30, 1000) + blocks(c, 1, 30, 500));
        panel.redraw();
        QXYSeries* sa = panel.series(ChartData::BlockInterval, a);
        QXYSeries* sb = panel.series(ChartData::BlockInterval, b);
        QXYSeries* sc = panel.series(ChartData::BlockInterval, c);
        QVERIFY(sa && sb && sc);
        QCOMPARE(sa->points(), sb->points());  // the data is not shifted to tell them apart
        QVERIFY(panel.sameAs(ChartData::BlockInterval, a).isEmpty());
        QCOMPARE(panel.sameAs(ChartData::BlockInterval, b), a);
        QVERIFY(panel.sameAs(ChartData::BlockInterval, c).isEmpty());
        QCOMPARE(
            sb->name(),
            QStringLiteral("%1 (same as %2)").arg(panel.data().nameOf(b), panel.data().nameOf(a)));
        QCOMPARE(sa->name(), panel.data().nameOf(a));
        QCOMPARE(sc->name(), panel.data().nameOf(c));
        // Distinct colours and dash patterns.
        QVERIFY(sa->pen().color() != sb->pen().color());
        QVERIFY(sa->pen().style() != sb->pen().style());
        QVERIFY(sb->pen().style() != sc->pen().style());
        QCOMPARE(panel.chart(ChartData::BlockInterval)->legend()->markerShape(),
                 QLegend::MarkerShapeFromSeries);
        // One entry per series, each toggling its own.
        auto* legend = panel.chart(ChartData::BlockInterval)->legend();
        QCOMPARE(legend->markers().size(), 3);
        emit legend->markers(sb).at(0)->clicked();
        QVERIFY(!panel.isSeriesVisible(ChartData::BlockInterval, b));
        QVERIFY(panel.isSeriesVisible(ChartData::BlockInterval, a));
        emit legend->markers(sb).at(0)->clicked();
        QVERIFY(panel.isSeriesVisible(ChartData::BlockInterval, b));

        // Once b's blocks come at another rate the lines part, and the legend says so too.
        QVector<ipc::devnet::BlockProduced> later;
        for (std::uint64_t h = 31; h <= 35; ++h) {
            later.push_back(producedBlock(a, h, 1000, h * 1000));
            later.push_back(producedBlock(b, h, 700, h * 1000));
        }
        panel.addBlocks(later);
        panel.redraw();
        QVERIFY(panel.sameAs(ChartData::BlockInterval, b).isEmpty());
        QCOMPARE(sb->name(), panel.data().nameOf(b));
        saveShot(&panel, QStringLiteral("charts-identical.png"));
    }

    void aRunningHierarchyFeedsEveryChart() {
        MainWindow w;
        w.setSpeed(100);
        w.resize(1440, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* dock = w.findChild<QDockWidget*>(QStringLiteral("chartsDock"));
        // Hidden on a first start; View > Charts shows it.
        QVERIFY(dock && !dock->isVisible());
        auto* show = w.findChild<QAction*>(QStringLiteral("actionToggleCharts"));
        QVERIFY(show);
        show->trigger();
        QVERIFY(dock->isVisible());
        w.startTemplate(QStringLiteral("two-level"));
        ChartsPanel* panel = w.charts();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->data().order().isEmpty(), kTimeout);
        const QString root = panel->data().order().at(0);
        const QString child = panel->data().order().at(1);
        QTRY_VERIFY_WITH_TIMEOUT(panel->shownPoints(ChartData::BlockInterval, root) > 5, kTimeout);
        const qsizetype first = panel->shownPoints(ChartData::BlockInterval, root);
        QTRY_VERIFY_WITH_TIMEOUT(panel->shownPoints(ChartData::BlockInterval, root) > first,
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel->shownPoints(ChartData::CheckpointLag, child) > 2, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel->shownPoints(ChartData::SignatureWeight, child) > 2,
                                 kTimeout);
        saveShot(&w, QStringLiteral("charts-light.png"));
        ipc::ui::applyTheme(QStringLiteral("dark"));
        QTest::qWait(600);
        saveShot(&w, QStringLiteral("charts-dark.png"));
        ipc::ui::applyTheme(QStringLiteral("light"));

        // View menu toggle hides the dock.
        auto* toggle = w.findChild<QAction*>(QStringLiteral("actionToggleCharts"));
        QVERIFY(toggle);
        toggle->trigger();
        QVERIFY(!dock->isVisible());
        toggle->trigger();
        QVERIFY(dock->isVisible());
    }
};

QTEST_MAIN(TestChartsPanel)
#include "test_charts_panel.moc"
