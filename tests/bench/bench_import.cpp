// Import benchmarks: a generated ACLED-style CSV into a new Entente file (stored and searchable),
// then the same events as Entente JSON, read by the importer alone and imported into a new file.
// Each import's peak memory is measured from just before it starts.
#include "bench.h"
#include "generator.h"

#include "io/exporter.h"
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

// CPU seconds of this process, all threads: on a shared machine a fairer figure than wall time.
double cpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// A file just written is on disk before an import of it is timed, as a user's file is: else the
// kernel writes its hundreds of MB back during the import, on the same cores and disk.
void settle(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadWrite))
        ::fsync(f.handle());
}

// One timed import: wall and CPU seconds, and the peak resident memory while it ran.
struct Timed
{
    ImportResult result;
    double storedSeconds = 0; // until the rows were committed (a large file into an empty one), else 0
    double seconds = 0; // until searchable: importFile returned
    double checkpointSeconds = 0; // copying the write-ahead log into the file afterwards
    double cpu = 0;
    double peakMb = 0;
};

Timed timedImport(const QString &file, Store &store, const ImportOptions &options)
{
    ImportProgress progress;
    resetPeakRss();
    Timed t;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    progress.stored = [&](qint64) { t.storedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9; };
    // As the window imports: the result (searchable) first, the log copied into the file after.
    ImportOptions later = options;
    later.checkpointLater = true;
    t.result = importFile(file, store, later, progress);
    t.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    store.checkpoint();
    t.checkpointSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9 - t.seconds;
    t.cpu = cpuSeconds() - cpuStart;
    t.peakMb = static_cast<double>(peakRssBytes()) / 1e6;
    if (!t.result.ok)
        throw std::runtime_error(t.result.error.toStdString());
    return t;
}

QList<Result> runImportBenchmarks(const Options &options)
{
    QList<Result> results;
    auto add = [&](const QString &metric, double value, const char *unit, const char *goal = "") {
        results.append({ QStringLiteral("import"), metric, value, QLatin1String(unit), QLatin1String(goal) });
    };
    const QString csv = options.workDir + QStringLiteral("/acled.csv");
    Generator::writeAcledCsv(csv, { options.events, options.actors, options.years, 1995, options.seed });
    settle(csv);
    const double mb = static_cast<double>(QFileInfo(csv).size()) / 1e6;
    add(QStringLiteral("ACLED CSV size (%1 rows, 31 columns)").arg(options.events), mb, "MB");

    const QString db = options.workDir + QStringLiteral("/acled.entente");
    auto store = Store::open(db, { .create = true }).store;
    ImportOptions acled;
    acled.format = QStringLiteral("acled");
    const Timed csvImport = timedImport(csv, *store, acled);
    // Into an empty file the rows are committed first (stored), then their indexes and the search
    // index in a second transaction: the import returns when full-text search works.
    const double rows = static_cast<double>(csvImport.result.summary.eventsAdded);
    if (csvImport.storedSeconds > 0) {
        add(QStringLiteral("ACLED rows stored (wall, start to the rows' commit)"), rows / csvImport.storedSeconds,
            "rows/s", ">= 150000 rows/s");
        add(QStringLiteral("start to stored"), csvImport.storedSeconds, "s");
    }
    add(QStringLiteral("ACLED rows stored and indexed (wall)"), rows / csvImport.seconds, "rows/s");
    add(QStringLiteral("ACLED rows stored and indexed (CPU time)"), rows / csvImport.cpu, "rows/s");
    add(QStringLiteral("start to searchable"), csvImport.seconds, "s", "<= 30 s");
    add(QStringLiteral("then the log copied into the file (on the worker)"), csvImport.checkpointSeconds, "s");
    add(QStringLiteral("peak memory, ACLED import"), csvImport.peakMb, "MB", "< 1000 MB");
    EventFilter f;
    f.text = QStringLiteral("ceasefire");
    add(QStringLiteral("full-text count after import"), static_cast<double>(store->countEvents(f)), "events");

    // A tenth of the rows again into the file that now has data (the path without dropped indexes).
    const QString more = options.workDir + QStringLiteral("/acled-more.csv");
    Generator::writeAcledCsv(
        more, { std::max<qint64>(1, options.events / 10), options.actors, options.years, 1995, options.seed + 1 });
    settle(more);
    const Timed second = timedImport(more, *store, acled);
    const double moreRows = static_cast<double>(second.result.summary.eventsAdded);
    add(QStringLiteral("ACLED rows into a non-empty file (wall)"), moreRows / second.seconds, "rows/s");
    add(QStringLiteral("ACLED rows into a non-empty file (CPU time)"), moreRows / second.cpu, "rows/s");

    // The same events as Entente JSON: first read by the importer with nothing stored (the
    // streaming parse, simdjson, and the conversion into rows), then imported into a new file.
    const QString json = options.workDir + QStringLiteral("/acled.json");
    makeExporter(QStringLiteral("json"))->write(*store, {}, json);
    settle(json);
    store.reset();
    QFile::remove(db);
    const double jsonMb = static_cast<double>(QFileInfo(json).size()) / 1e6;
    ImportOptions entente;
    entente.format = QStringLiteral("json");
    {
        ImportOptions dry = entente;
        dry.dryRun = true;
        auto scratch = Store::open(options.workDir + QStringLiteral("/dry.entente"), { .create = true }).store;
        const Timed read = timedImport(json, *scratch, dry);
        add(QStringLiteral("JSON read by the importer, %1 MB (wall)").arg(jsonMb, 0, 'f', 0), jsonMb / read.seconds,
            "MB/s", ">= 150 MB/s");
        add(QStringLiteral("JSON read by the importer (CPU time)"), jsonMb / read.cpu, "MB/s");
        add(QStringLiteral("peak memory, JSON read"), read.peakMb, "MB", "< 1000 MB");
    }
    auto target = Store::open(options.workDir + QStringLiteral("/from-json.entente"), { .create = true }).store;
    const Timed jsonImport = timedImport(json, *target, entente);
    const double jsonEvents = static_cast<double>(jsonImport.result.summary.eventsAdded);
    if (jsonImport.storedSeconds > 0)
        add(QStringLiteral("JSON events stored (wall, start to the rows' commit)"),
            jsonEvents / jsonImport.storedSeconds, "events/s");
    add(QStringLiteral("JSON events stored and indexed (wall)"), jsonEvents / jsonImport.seconds, "events/s");
    add(QStringLiteral("JSON events stored and indexed (CPU time)"), jsonEvents / jsonImport.cpu, "events/s");
    add(QStringLiteral("peak memory, JSON import"), jsonImport.peakMb, "MB", "< 1000 MB");
    return results;
}

const Registration registration("import", &runImportBenchmarks);

} // namespace

} // namespace entente::bench
