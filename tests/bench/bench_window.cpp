// The whole main window on a large file: from openFile() to a window whose table shows its first
// rows and whose timeline has its index and has painted, the point where the user can work.
// Also the longest stall of the GUI thread while the views fill in (the index builds off it).
#include "bench.h"
#include "generator.h"

#include "eventtablemodel.h"
#include "mainwindow.h"
#include "store/store.h"
#include "timeline/timelineview.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <ctime>

namespace entente::bench {

namespace {

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
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
    resetPeakRss();

    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    if (!window.openFile(path))
        throw std::runtime_error(window.lastError().toStdString());
    const double openCallMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    // The GUI thread's longest gap between timer ticks while the views fill in.
    double longestStall = 0;
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        longestStall = std::max(longestStall, static_cast<double>(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });
    probe.start();
    TimelineView *timeline = window.timeline();
    if (timeline->index().size() < static_cast<std::size_t>(events)) {
        QEventLoop loop;
        QObject::connect(timeline, &TimelineView::indexReady, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // A first screen of the table and a painted timeline.
    window.eventTable()->model()->index(0, 0).data();
    timeline->grab();
    const double readyMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    const double cpuMs = threadCpuMs() - cpu0;
    probe.stop();
    const QString n = QLocale::c().toString(events);
    results.append({ QStringLiteral("window"), QStringLiteral("open %1 events to an interactive window").arg(n),
                     readyMs, QStringLiteral("ms"), QStringLiteral("<= 2000 ms") });
    results.append({ QStringLiteral("window"), QStringLiteral("  GUI thread CPU in that time"), cpuMs,
                     QStringLiteral("ms"), QString() });
    results.append({ QStringLiteral("window"), QStringLiteral("  openFile() returned after"), openCallMs,
                     QStringLiteral("ms"), QString() });
    results.append({ QStringLiteral("window"), QStringLiteral("  longest GUI stall while the views fill in"),
                     longestStall, QStringLiteral("ms"), QString() });
    results.append({ QStringLiteral("window"), QStringLiteral("  peak memory (resident) up to then"),
                     static_cast<double>(peakRssBytes()) / 1e6, QStringLiteral("MB"),
                     QStringLiteral("<= 1500 MB at 5M") });
    window.closeDocument();
    return results;
}

const Registration registration("window", &runWindowBenchmarks);

} // namespace

} // namespace entente::bench
