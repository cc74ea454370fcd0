// Timeline benchmarks: building the columnar index of a large file and repainting it at
// 1920×1080, fully zoomed out and zoomed to one week.
#include "bench.h"
#include "generator.h"

#include "store/store.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelinetitles.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <ctime>
#include <vector>

namespace entente::bench {

namespace {

double cpuSeconds(clockid_t clock)
{
    timespec t {};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

QList<Result> runTimelineBenchmarks(const Options &options)
{
    QList<Result> results;
    // ENTENTE_BENCH_TIMELINE_FILE reuses a file written by `entente_bench --generate-entente`,
    // which saves the minute the generator takes when only the timeline is measured again.
    QString path = qEnvironmentVariable("ENTENTE_BENCH_TIMELINE_FILE");
    if (path.isEmpty()) {
        path = options.workDir + QStringLiteral("/timeline.entente");
        Generator::writeEntente(path, { options.events, options.actors, options.years, 1995, options.seed });
    }
    auto opened = Store::open(path, {});
    if (!opened.store)
        return results;
    Store &store = *opened.store;
    const QString scale = QStringLiteral("%1 events, %2 lanes").arg(options.events).arg(options.actors);

    TimelineIndex index;
    // The first build warms SQLite's page cache, as opening the file in the app does.
    std::vector<double> buildCpu;
    const double buildMs = medianMs(3, [&] {
        const double cpu0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
        index.build(store);
        buildCpu.push_back(cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0);
    });
    results.append({ QStringLiteral("timeline"), QStringLiteral("index build (%1)").arg(scale), buildMs / 1000.0,
                     QStringLiteral("s"), QStringLiteral("<= 0.5 s") });
    // CPU time, all threads: on a shared machine the wall time above mostly measures the others.
    results.append({ QStringLiteral("timeline"), QStringLiteral("  index build CPU, both threads"), median(buildCpu),
                     QStringLiteral("s"), QString() });
    TimelineLanes lanes;
    const double lanesMs = medianMs(
        5, [&] { lanes.build(index, index.match({}, &store), LaneMode::Actors, LaneOrder::FirstAppearance); });
    results.append({ QStringLiteral("timeline"), QStringLiteral("lanes build (actors)"), lanesMs, QStringLiteral("ms"),
                     QString() });
    const double bytes = static_cast<double>(index.memoryBytes() + lanes.memoryBytes());
    results.append({ QStringLiteral("timeline"), QStringLiteral("index + lanes memory per event"),
                     bytes / static_cast<double>(std::max<std::size_t>(1, index.size())), QStringLiteral("B"),
                     QStringLiteral("<= 64 B") });

    TimelineTitles titles(&store);
    TimelineRenderer renderer(&index, &lanes, &titles);
    RenderOptions renderOptions;
    renderOptions.today = index.spanStart() + (index.spanEnd() - index.spanStart()) / 2;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    double lastPaintCpuMs = 0;
    // ENTENTE_BENCH_TIMELINE_PAINTS repeats each repaint more often, so `perf record` sees
    // mostly painting rather than the index build.
    const int paints = std::max(31, qEnvironmentVariableIntValue("ENTENTE_BENCH_TIMELINE_PAINTS"));
    auto paintMs = [&](const TimelineViewport &viewport) {
        // One paint outside the timing fills the title cache, as the first frame does on screen.
        {
            QPainter p(&image);
            renderer.paint(p, QRectF(0, 0, 1920, 1080), viewport, renderOptions);
        }
        std::vector<double> cpu;
        const double wall = medianMs(paints, [&] {
            const double cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
            QPainter p(&image);
            renderer.paint(p, QRectF(0, 0, 1920, 1080), viewport, renderOptions);
            p.end();
            cpu.push_back(cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0);
        });
        lastPaintCpuMs = median(cpu) * 1000;
        return wall;
    };
    auto cpuRow = [&] {
        return Result { QStringLiteral("timeline"), QStringLiteral("  repaint CPU (this thread)"), lastPaintCpuMs,
                        QStringLiteral("ms"), QString() };
    };
    const TimelineViewport all = TimelineRenderer::fitAll(index, &lanes);
    results.append({ QStringLiteral("timeline"), QStringLiteral("repaint 1920x1080, zoomed out"), paintMs(all),
                     QStringLiteral("ms"), QStringLiteral("<= 8 ms") });
    results.append(cpuRow());
    results.append({ QStringLiteral("timeline"), QStringLiteral("  clusters / marks drawn"),
                     static_cast<double>(renderer.frame().clusters.size()), QStringLiteral("clusters"),
                     QString::number(renderer.frame().marks.size()) + QStringLiteral(" marks") });
    const double mid = (all.from + all.to) / 2;
    const TimelineViewport week { mid, mid + 7 * 86400.0, 0 };
    results.append({ QStringLiteral("timeline"), QStringLiteral("repaint 1920x1080, one week"), paintMs(week),
                     QStringLiteral("ms"), QStringLiteral("<= 8 ms") });
    results.append(cpuRow());
    results.append({ QStringLiteral("timeline"), QStringLiteral("  clusters / marks / labels drawn"),
                     static_cast<double>(renderer.frame().clusters.size()), QStringLiteral("clusters"),
                     QStringLiteral("%1 marks, %2 labels")
                         .arg(renderer.frame().marks.size())
                         .arg(renderer.frame().labels.size()) });
    return results;
}

const Registration registration("timeline", &runTimelineBenchmarks);

} // namespace

} // namespace entente::bench
