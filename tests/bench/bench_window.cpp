// The whole main window on a large file: from openFile() to a window whose table shows its first
// rows and whose timeline has its index and has painted, the point where the user can work.
// Measured twice: a first open, with the timeline's cached index dropped (the coarse timeline
// shows first, then the full one), and a second open that reads the cached index back. Also the
// longest stall of the GUI thread while the views fill in (the index builds off it).
#include "bench.h"
#include "generator.h"

#include "eventtablemodel.h"
#include "mainwindow.h"
#include "store/store.h"
#include "timeline/timelineindexcache.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelineview.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdlib>
#include <ctime>

namespace entente::bench {

namespace {

double loadAverage()
{
    double load[1] = { 0 };
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Opening
{
    double openCallMs = 0; // openFile() returned
    double coarseMs = -1; // the coarse timeline was shown (a first open only)
    double readyMs = 0; // the full index is in, the table has its first rows, the timeline painted
    double cpuMs = 0; // the GUI thread's CPU time up to readyMs
    double longestStall = 0;
    double laneModeCallMs = 0; // setLaneMode(Kind) on the GUI thread, once the index is in
    double laneModeReadyMs = 0; // until the lanes by kind are drawn
};

// Opens `path` in a new window and waits until it can be used. `firstOpen` drops the timeline's
// cached index first, as on the first open of a file.
Opening openOnce(const QString &path, qint64 events, bool firstOpen)
{
    if (firstOpen)
        TimelineIndexCache::remove(path);
    Opening o;
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    if (!window.openFile(path))
        throw std::runtime_error(window.lastError().toStdString());
    o.openCallMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    // The GUI thread's longest gap between timer ticks while the views fill in.
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        o.longestStall = std::max(o.longestStall, static_cast<double>(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });
    probe.start();
    TimelineView *timeline = window.timeline();
    // ENTENTE_BENCH_SHOTS=DIR keeps pictures of the window at each step, to look at.
    const QString shots = qEnvironmentVariable("ENTENTE_BENCH_SHOTS");
    const QString prefix = shots + (firstOpen ? QStringLiteral("/first-") : QStringLiteral("/again-"));
    QObject::connect(timeline, &TimelineView::coarseIndexReady, timeline, [&] {
        timeline->grab();
        o.coarseMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!shots.isEmpty())
            window.grab().save(prefix + QStringLiteral("coarse.png"));
    });
    if (timeline->index().size() < static_cast<std::size_t>(events) || timeline->index().isCoarse()) {
        QEventLoop loop;
        QObject::connect(timeline, &TimelineView::indexReady, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // A first screen of the table and a painted timeline.
    window.eventTable()->model()->index(0, 0).data();
    timeline->grab();
    o.readyMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    o.cpuMs = threadCpuMs() - cpu0;
    probe.stop();
    if (!shots.isEmpty())
        window.grab().save(prefix + QStringLiteral("ready.png"));
    // Lanes by kind: built off the GUI thread for a large index; the old lanes are drawn meanwhile.
    QElapsedTimer lanes;
    lanes.start();
    timeline->setLaneMode(LaneMode::Kind);
    o.laneModeCallMs = static_cast<double>(lanes.nsecsElapsed()) / 1e6;
    while (timeline->isBuildingLanes())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents(); // its finished signal
    timeline->grab();
    o.laneModeReadyMs = static_cast<double>(lanes.nsecsElapsed()) / 1e6;
    window.closeDocument();
    return o;
}

QList<Result> runWindowBenchmarks(const Options &options)
{
    QStandardPaths::setTestModeEnabled(true);
    QList<Result> results;
    QString path = options.file;
    qint64 events = options.events;
    if (path.isEmpty()) {
        path = options.workDir + QStringLiteral("/window.entente");
        Generator::writeEntente(path, { options.events, options.actors, options.years, 1995, options.seed });
    } else {
        auto store = Store::open(path, {}).store;
        if (!store)
            throw std::runtime_error("cannot open " + path.toStdString());
        events = store->counts().events;
    }
    const QString n = QLocale::c().toString(events);
    const QString ms = QStringLiteral("ms");
    const double loadBefore = loadAverage();
    resetPeakRss();
    const Opening first = openOnce(path, events, true);
    results.append({ QStringLiteral("window"), QStringLiteral("first open of %1 events (no cached index)").arg(n),
                     first.readyMs, ms, QString() });
    results.append({ QStringLiteral("window"), QStringLiteral("  the coarse timeline (every event, one lane) after"),
                     first.coarseMs, ms, QStringLiteral("<= 3000 ms") });
    results.append(
        { QStringLiteral("window"), QStringLiteral("  GUI thread CPU in that time"), first.cpuMs, ms, QString() });
    results.append({ QStringLiteral("window"), QStringLiteral("  longest GUI stall while the views fill in"),
                     first.longestStall, ms, QString() });
    const Opening again = openOnce(path, events, false);
    results.append({ QStringLiteral("window"), QStringLiteral("open %1 events to an interactive window").arg(n),
                     again.readyMs, ms, QStringLiteral("<= 3000 ms") });
    results.append(
        { QStringLiteral("window"), QStringLiteral("  GUI thread CPU in that time"), again.cpuMs, ms, QString() });
    results.append(
        { QStringLiteral("window"), QStringLiteral("  openFile() returned after"), again.openCallMs, ms, QString() });
    results.append({ QStringLiteral("window"), QStringLiteral("  longest GUI stall while the views fill in"),
                     again.longestStall, ms, QString() });
    results.append({ QStringLiteral("window"), QStringLiteral("  lanes by kind: the GUI thread busy for"),
                     again.laneModeCallMs, ms, QString() });
    results.append({ QStringLiteral("window"), QStringLiteral("  lanes by kind: drawn after"), again.laneModeReadyMs,
                     ms, QString() });
    results.append({ QStringLiteral("window"), QStringLiteral("  peak memory (resident) up to then"),
                     static_cast<double>(peakRssBytes()) / 1e6, QStringLiteral("MB"),
                     QStringLiteral("<= 1500 MB at 5M") });
    {
        // The index read back from the cache alone, on this thread: its CPU time is steadier
        // than any wall time on a loaded machine.
        auto store = Store::open(path, {}).store;
        TimelineIndex index;
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        index.build(*store);
        const double cpu = threadCpuMs() - cpu0;
        results.append({ QStringLiteral("window"), QStringLiteral("  the index from the cache (wall)"),
                         static_cast<double>(t.nsecsElapsed()) / 1e6, ms, QString() });
        results.append(
            { QStringLiteral("window"), QStringLiteral("  the index from the cache (CPU)"), cpu, ms, QString() });
        TimelineLanes lanes;
        const double cpu1 = threadCpuMs();
        lanes.build(index, {}, LaneMode::Actors, LaneOrder::FirstAppearance);
        results.append({ QStringLiteral("window"), QStringLiteral("  its lanes by actor (CPU)"), threadCpuMs() - cpu1,
                         ms, QString() });
    }
    results.append({ QStringLiteral("window"), QStringLiteral("  load average (1 min) before, after"), loadBefore,
                     QString::number(loadAverage(), 'f', 1), QString() });
    return results;
}

const Registration registration("window", &runWindowBenchmarks);

} // namespace

} // namespace entente::bench
