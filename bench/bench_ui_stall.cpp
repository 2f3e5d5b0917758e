// UI stall benchmark: the real IPC Studio window (offscreen) running `three-level` with every
// chain at 100 ms blocks (ten blocks a second per subnet) at ×10, so ten virtual minutes take a
// wall minute. A 1 ms precise timer measures how late the event loop gets to it: any lateness
// is time the window could not answer input or paint. Prints the p50/p99/max stall, and samples
// the resident memory every wall second to say whether it stays steady (see memoryVerdict).
//   ipc_bench_ui_stall [--minutes N] [--speed X] [--block-ms MS] [--template NAME] [--no-charts]
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include "ipc/devnet/topology.h"
#include "ipc/ui/charts/charts_panel.h"
#include "ipc/ui/window/main_window.h"

namespace {

double residentMiB() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) /
           (1024.0 * 1024.0);
}

void setBlockTime(std::vector<ipc::devnet::SubnetSpec>& subnets, std::uint64_t ms) {
    for (auto& s : subnets) {
        s.params.blockTimeMs = ms;
        setBlockTime(s.children, ms);
    }
}

// One resident-memory sample, taken every wall second.
struct RssSample {
    double seconds = 0;
    double mib = 0;
    std::uint64_t blocks = 0;  // all chains
};

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Median RSS of the samples in [from, to) of the run's duration: one sample can catch a
// transient (a state being encoded, a batch not yet freed), a window of them cannot.
double windowMiB(const std::vector<RssSample>& s, double total, double from, double to) {
    std::vector<double> v;
    for (const auto& x : s) {
        if (x.seconds >= from * total && x.seconds < to * total)
            v.push_back(x.mib);
    }
    return median(v);
}

struct MemoryVerdict {
    double warmMiB = 0;     // median RSS just after the warm-up (20-30% of the run)
    double q3MiB = 0;       // median RSS around three quarters (70-80%)
    double endMiB = 0;      // median RSS of the last tenth
    double slopePer1k = 0;  // least-squares MiB per 1,000 blocks after the warm-up
    double trendMiB = 0;    // that slope over the blocks made after the warm-up
    std::uint64_t blocksAfterWarmUp = 0;
    double limitMiB = 0;
    bool steady = false;
};

// "Steady" means the memory does not keep climbing once the run has warmed up: after the first
// quarter (caches filling, the window's models reaching their caps), the least-squares trend of
// RSS against blocks made must add less than 5% of the post-warm-up RSS over the remaining
// three quarters of the run. A fixed per-block cost (history kept in memory) shows up as a
// trend that grows with the run and fails this at any length; a cache that fills and stops
// does not.
MemoryVerdict memoryVerdict(const std::vector<RssSample>& s) {
    MemoryVerdict v;
    if (s.size() < 8)
        return v;
    const double total = s.back().seconds;
    v.warmMiB = windowMiB(s, total, 0.20, 0.30);
    v.q3MiB = windowMiB(s, total, 0.70, 0.80);
    v.endMiB = windowMiB(s, total, 0.90, 1.01);
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    std::uint64_t firstBlocks = 0;
    bool first = true;
    for (const auto& x : s) {
        if (x.seconds < 0.25 * total)
            continue;
        if (first) {
            firstBlocks = x.blocks;
            first = false;
        }
        const double b = static_cast<double>(x.blocks) / 1000.0;
        n += 1;
        sx += b;
        sy += x.mib;
        sxx += b * b;
        sxy += b * x.mib;
    }
    const double den = n * sxx - sx * sx;
    v.slopePer1k = den > 0 ? (n * sxy - sx * sy) / den : 0;
    v.blocksAfterWarmUp = s.back().blocks - std::min(s.back().blocks, firstBlocks);
    v.trendMiB = v.slopePer1k * static_cast<double>(v.blocksAfterWarmUp) / 1000.0;
    v.limitMiB = 0.05 * v.warmMiB;
    v.steady = v.trendMiB < v.limitMiB;
    return v;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ipc-studio-bench"));
    QApplication::setApplicationName(QStringLiteral("bench_ui_stall"));
    // Nothing of a user's window layout or theme leaks in, and nothing is saved for them.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"),
                                           QStringLiteral("Virtual minutes to run (default 10)."),
                                           QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("Virtual ms per wall ms (default 10)."),
                                         QStringLiteral("x"), QStringLiteral("10"));
    const QCommandLineOption blockOption(QStringLiteral("block-ms"),
                                         QStringLiteral("Block time of every chain (default 100)."),
                                         QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            QStringLiteral("Built-in template (three-level)."),
                                            QStringLiteral("name"), QStringLiteral("three-level"));
    const QCommandLineOption noChartsOption(
        QStringLiteral("no-charts"), QStringLiteral("Hide the charts dock (for comparison)."));
    const QCommandLineOption inMemoryOption(
        QStringLiteral("in-memory"),
        QStringLiteral("Keep every block in memory (no workspace file), as ipc-devnet up without "
                       "--workspace does."));
    parser.addOptions(
        {minutesOption, speedOption, blockOption, templateOption, noChartsOption, inMemoryOption});
    parser.process(app);
    const double minutes = parser.value(minutesOption).toDouble();
    const double speed = parser.value(speedOption).toDouble();
    const auto blockMs = parser.value(blockOption).toULongLong();
    if (minutes <= 0 || speed <= 0 || blockMs == 0) {
        std::fprintf(stderr, "--minutes, --speed and --block-ms must be positive\n");
        return 2;
    }
    const auto wallMs = static_cast<qint64>(minutes * 60'000.0 / speed);

    ipc::devnet::Topology topology =
        ipc::devnet::builtinTemplate(parser.value(templateOption).toStdString());
    topology.rootBlockTimeMs = blockMs;
    setBlockTime(topology.subnets, blockMs);

    ipc::ui::MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (parser.isSet(noChartsOption))
        window.findChild<QAction*>(QStringLiteral("actionToggleCharts"))->trigger();

    std::vector<double> stalls;  // ms late, one per 1 ms tick
    stalls.reserve(static_cast<std::size_t>(wallMs) + 1024);
    double rssStart = 0;
    double rssMiddle = 0;
    double rssEnd = 0;
    std::vector<RssSample> rss;
    const auto blocksNow = [&] {
        std::uint64_t n = 0;
        if (const auto view = window.bridge()->view()) {
            for (const auto& s : view->subnets)
                n += s.height;
        }
        return n;
    };
    std::uint64_t virtualStart = 0;
    QElapsedTimer sinceTick;
    QElapsedTimer sinceStart;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double gap = static_cast<double>(sinceTick.nsecsElapsed()) / 1e6;
        sinceTick.restart();
        stalls.push_back(std::max(0.0, gap - 1.0));
    });
    QTimer middle;
    middle.setSingleShot(true);
    QObject::connect(&middle, &QTimer::timeout, [&] { rssMiddle = residentMiB(); });
    QTimer sampler;
    sampler.setInterval(1000);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        rss.push_back(
            {static_cast<double>(sinceStart.elapsed()) / 1000.0, residentMiB(), blocksNow()});
    });

    int exitCode = 0;
    QObject::connect(window.bridge(), &ipc::ui::DevnetBridge::startFailed,
                     [&](const QString& error) {
                         std::fprintf(stderr, "start failed: %s\n", qPrintable(error));
                         exitCode = 1;
                         QApplication::quit();
                     });
    QObject::connect(window.bridge(), &ipc::ui::DevnetBridge::started, [&] {
        rssStart = residentMiB();
        sinceStart.start();
        sinceTick.start();
        probe.start();
        rss.push_back({0.0, rssStart, blocksNow()});
        sampler.start();
        middle.start(static_cast<int>(wallMs / 2));
        QTimer::singleShot(static_cast<int>(wallMs), [&] {
            probe.stop();
            sampler.stop();
            rssEnd = residentMiB();
            rss.push_back(
                {static_cast<double>(sinceStart.elapsed()) / 1000.0, rssEnd, blocksNow()});
            QApplication::quit();
        });
    });
    QObject::connect(window.bridge(), &ipc::ui::DevnetBridge::hierarchyChanged,
                     [&](const ipc::ui::HierarchyViewPtr& view) {
                         if (virtualStart == 0 && view)
                             virtualStart = view->timeMs;
                     });
    ipc::devnet::DevnetOptions options;
    options.speed = speed;
    window.setSpeed(speed);
    // Like a template click: blocks go to a workspace file and only the newest stay in memory.
    // --in-memory keeps everything in memory instead (no file).
    QTemporaryDir workspaceDir;
    if (parser.isSet(inMemoryOption))
        window.bridge()->start(topology, options);
    else
        window.bridge()->open(workspaceDir.filePath(QStringLiteral("bench.ipcws")), topology,
                              options);
    QApplication::exec();
    if (exitCode != 0)
        return exitCode;

    const double wallSeconds = static_cast<double>(sinceStart.elapsed()) / 1000.0;
    std::uint64_t blocks = 0;
    std::uint64_t virtualEnd = 0;
    std::size_t chains = 0;
    if (const auto view = window.bridge()->view()) {
        virtualEnd = view->timeMs;
        chains = view->subnets.size();
        for (const auto& s : view->subnets)
            blocks += s.height;
    }
    const auto over = [&](double ms) {
        return std::count_if(stalls.begin(), stalls.end(), [ms](double s) { return s > ms; });
    };
    const double p50 = percentile(stalls, 0.50);
    const double p99 = percentile(stalls, 0.99);
    const double p999 = percentile(stalls, 0.999);
    const double worst = stalls.empty() ? 0 : *std::max_element(stalls.begin(), stalls.end());
    std::printf("| measure | value |\n|---|---:|\n");
    std::printf("| template | %s, %zu chains, %llu ms blocks |\n",
                qPrintable(parser.value(templateOption)), chains,
                static_cast<unsigned long long>(blockMs));
    std::printf("| speed | x%.0f |\n", speed);
    std::printf("| blocks kept in | %s |\n",
                parser.isSet(inMemoryOption) ? "memory" : "a workspace file (newest in memory)");
    std::printf("| wall time | %.1f s |\n", wallSeconds);
    std::printf("| virtual time reached | %.1f s of %.1f s |\n",
                static_cast<double>(virtualEnd - std::min(virtualEnd, virtualStart)) / 1000.0,
                minutes * 60.0);
    std::printf("| blocks produced (all chains) | %llu |\n",
                static_cast<unsigned long long>(blocks));
    std::printf("| event-loop samples (1 ms timer) | %zu |\n", stalls.size());
    std::printf("| stall p50 | %.2f ms |\n", p50);
    std::printf("| stall p99 | %.2f ms |\n", p99);
    std::printf("| stall p99.9 | %.2f ms |\n", p999);
    std::printf("| stall max | %.2f ms |\n", worst);
    std::printf("| stalls > 16 ms | %td |\n", over(16.0));
    std::printf("| stalls > 50 ms | %td |\n", over(50.0));
    std::printf("| RSS start / middle / end | %.1f / %.1f / %.1f MiB |\n", rssStart, rssMiddle,
                rssEnd);
    std::printf("| chart points held (block interval) | %lld |\n", static_cast<long long>([&] {
                    qsizetype n = 0;
                    for (const auto& [key, s] :
                         window.charts()->data().series(ipc::ui::ChartData::BlockInterval))
                        n += s.size();
                    return n;
                }()));
    const MemoryVerdict mem = memoryVerdict(rss);
    std::printf("| RSS samples (every wall second) | %zu |\n", rss.size());
    std::printf(
        "| RSS after warm-up / at 3/4 / at end (window medians) | %.1f / %.1f / %.1f MiB "
        "|\n",
        mem.warmMiB, mem.q3MiB, mem.endMiB);
    std::printf(
        "| RSS trend after warm-up | %+.3f MiB per 1,000 blocks (%+.1f MiB over %llu "
        "blocks) |\n",
        mem.slopePer1k, mem.trendMiB, static_cast<unsigned long long>(mem.blocksAfterWarmUp));
    std::printf("| target p99 < 16 ms | %s |\n", p99 < 16.0 ? "met" : "NOT met");
    std::printf(
        "| memory steady: after a warm-up of the first quarter, the RSS trend adds < 5%% "
        "(%.1f MiB) over the rest | %s |\n",
        mem.limitMiB,
        rss.size() < 8 ? "run too short to tell"
        : mem.steady   ? "met"
                       : "NOT met");
    if (qEnvironmentVariableIsSet("IPC_BENCH_RSS_CSV")) {
        // seconds,MiB,blocks for plotting; IPC_BENCH_RSS_CSV=path
        if (FILE* f = std::fopen(qgetenv("IPC_BENCH_RSS_CSV").constData(), "w")) {
            std::fprintf(f, "seconds,rss_mib,blocks\n");
            for (const auto& x : rss)
                std::fprintf(f, "%.1f,%.2f,%llu\n", x.seconds, x.mib,
                             static_cast<unsigned long long>(x.blocks));
            std::fclose(f);
        }
    }
    return 0;
}
