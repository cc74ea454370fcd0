// GDELT benchmarks: a generated GDELT 2.0 file (the real 61 columns) read by the importer alone,
// imported into a new Entente file (start to searchable), then a tenth as many rows again into
// the file that now holds them all (the "rows into a file already holding 1,000,000").
#include "bench.h"
#include "generator.h"

#include "io/importer.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <ctime>

#include <unistd.h>

namespace entente::bench {

namespace {

struct Run
{
    ImportResult result;
    double storedSeconds = 0;
    double seconds = 0;
    double cpu = 0; // CPU seconds, all threads: a fairer figure than wall time on a shared machine
    double peakMb = 0;
};

double cpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

Run run(const QString &file, Store &store, ImportOptions options)
{
    {
        QFile f(file);
        if (f.open(QIODevice::ReadWrite))
            ::fsync(f.handle());
    }
    ImportProgress progress;
    resetPeakRss();
    Run r;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    progress.stored = [&](qint64) { r.storedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9; };
    options.format = QStringLiteral("gdelt");
    options.checkpointLater = true; // as the window does: searchable first, the log copied after
    r.result = importFile(file, store, options, progress);
    r.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    r.cpu = cpuSeconds() - cpuStart;
    store.checkpoint();
    r.peakMb = static_cast<double>(peakRssBytes()) / 1e6;
    if (!r.result.ok)
        throw std::runtime_error(r.result.error.toStdString());
    return r;
}

QList<Result> runGdeltBenchmarks(const Options &options)
{
    QList<Result> results;
    auto add = [&](const QString &metric, double value, const char *unit, const char *goal = "") {
        results.append({ QStringLiteral("gdelt"), metric, value, QLatin1String(unit), QLatin1String(goal) });
    };
    const QString tsv = options.workDir + QStringLiteral("/gdelt.export.CSV");
    const Generator::Spec spec { options.events, options.actors, options.years, 2024, options.seed };
    Generator::writeGdeltEvents(tsv, spec, {});
    add(QStringLiteral("GDELT 2.0 file (%1 rows, 61 columns)").arg(options.events),
        static_cast<double>(QFileInfo(tsv).size()) / 1e6, "MB");
    {
        auto scratch = Store::open(options.workDir + QStringLiteral("/gdelt-dry.entente"), { true, false }).store;
        ImportOptions dry;
        dry.dryRun = true;
        const Run read = run(tsv, *scratch, dry);
        add(QStringLiteral("GDELT rows read by the importer alone"),
            static_cast<double>(read.result.summary.eventsAdded) / read.seconds, "rows/s");
    }
    const QString db = options.workDir + QStringLiteral("/gdelt.entente");
    auto store = Store::open(db, { true, false }).store;
    const Run first = run(tsv, *store, {});
    const double rows = static_cast<double>(first.result.summary.eventsAdded);
    if (first.storedSeconds > 0)
        add(QStringLiteral("start to stored"), first.storedSeconds, "s");
    add(QStringLiteral("GDELT rows, start to searchable"), first.seconds, "s", "<= 15 s at 1M");
    add(QStringLiteral("  CPU time of it, all threads"), first.cpu, "s");
    add(QStringLiteral("GDELT rows stored and indexed (wall)"), rows / first.seconds, "rows/s");
    add(QStringLiteral("peak memory, GDELT import"), first.peakMb, "MB", "<= 1500 MB");
    add(QStringLiteral("sources, actors after import"), static_cast<double>(first.result.summary.sourcesAdded),
        "sources");
    add(QStringLiteral("actors after import"), static_cast<double>(first.result.summary.actorsNew), "actors");
    EventFilter f;
    f.text = QStringLiteral("negotiation");
    add(QStringLiteral("full-text count after import"), static_cast<double>(store->countEvents(f)), "events");

    const QString more = options.workDir + QStringLiteral("/gdelt-more.export.CSV");
    Generator::writeGdeltEvents(
        more, { std::max<qint64>(1, options.events / 10), options.actors, options.years, 2024, options.seed + 1 }, {});
    const Run second = run(more, *store, {});
    add(QStringLiteral("GDELT rows into a file holding %1 events").arg(first.result.summary.eventsAdded),
        static_cast<double>(second.result.summary.eventsAdded) / second.seconds, "rows/s", ">= 60000 rows/s");
    add(QStringLiteral("  the same by CPU time, all threads"),
        static_cast<double>(second.result.summary.eventsAdded) / second.cpu, "rows/s");
    // The same count of rows from a later month, as a desk adds each new day's file to a month:
    // they go at the end of the date indexes instead of all over them.
    const QString later = options.workDir + QStringLiteral("/gdelt-later.export.CSV");
    Generator::Spec laterSpec { std::max<qint64>(1, options.events / 10), options.actors, options.years, 2024,
                                options.seed + 2 };
    laterSpec.month = 3;
    Generator::writeGdeltEvents(later, laterSpec, {});
    const Run third = run(later, *store, {});
    add(QStringLiteral("  rows of a later month, into the file then"),
        static_cast<double>(third.result.summary.eventsAdded) / third.seconds, "rows/s");
    ImportOptions folded;
    folded.fold = true;
    auto target = Store::open(options.workDir + QStringLiteral("/gdelt-folded.entente"), { true, false }).store;
    const Run fold = run(tsv, *target, folded);
    add(QStringLiteral("GDELT rows folded, start to searchable"), fold.seconds, "s");
    add(QStringLiteral("events after the fold"), static_cast<double>(fold.result.summary.eventsAdded), "events");
    return results;
}

const Registration registration("gdelt", &runGdeltBenchmarks);

} // namespace

} // namespace entente::bench
