// Import benchmarks: a generated ACLED-style CSV into a new Entente file (stored and searchable),
// and simdjson parsing of an Entente JSON export.
#include "bench.h"
#include "generator.h"

#include "io/exporter.h"
#include "io/importer.h"
#include "io/jsondocument.h"
#include "store.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <ctime>

namespace entente::bench {

namespace {

// CPU seconds of this process, all threads: on a shared machine a fairer figure than wall time.
double cpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

QList<Result> runImportBenchmarks(const Options &options)
{
    QList<Result> results;
    const QString csv = options.workDir + QStringLiteral("/acled.csv");
    Generator::writeAcledCsv(csv, { options.events, options.actors, options.years, 1995, options.seed });
    const double mb = static_cast<double>(QFileInfo(csv).size()) / 1e6;
    results.append({ QStringLiteral("import"),
                     QStringLiteral("ACLED CSV size (%1 rows, 31 columns)").arg(options.events), mb,
                     QStringLiteral("MB"), QString() });

    const QString db = options.workDir + QStringLiteral("/acled.entente");
    auto store = Store::open(db, { true, false }).store;
    ImportOptions importOptions;
    importOptions.format = QStringLiteral("acled");
    ImportProgress progress;
    QElapsedTimer t;
    t.start();
    const double cpuStart = cpuSeconds();
    const ImportResult result = importFile(csv, *store, importOptions, progress);
    // The import commits with the search index complete: this is the time until full-text search works.
    const double seconds = static_cast<double>(t.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpuStart;
    if (!result.ok)
        throw std::runtime_error(result.error.toStdString());
    const double rows = static_cast<double>(result.summary.eventsAdded);
    results.append({ QStringLiteral("import"), QStringLiteral("ACLED rows stored and indexed (wall)"), rows / seconds,
                     QStringLiteral("rows/s"), QStringLiteral(">= 150000 rows/s") });
    results.append({ QStringLiteral("import"), QStringLiteral("ACLED rows stored and indexed (CPU time)"), rows / cpu,
                     QStringLiteral("rows/s"), QString() });
    results.append({ QStringLiteral("import"), QStringLiteral("start to searchable"), seconds, QStringLiteral("s"),
                     QStringLiteral("<= 30 s") });
    EventFilter f;
    f.text = QStringLiteral("ceasefire");
    results.append({ QStringLiteral("import"), QStringLiteral("full-text count after import"),
                     static_cast<double>(store->countEvents(f)), QStringLiteral("events"), QString() });

    const QString json = options.workDir + QStringLiteral("/acled.json");
    makeExporter(QStringLiteral("json"))->write(*store, {}, json);
    const double jsonMb = static_cast<double>(QFileInfo(json).size()) / 1e6;
    std::size_t bytes = 0;
    const double parseMs = medianMs(3, [&] { bytes = JsonDocument(json).bytes(); });
    results.append({ QStringLiteral("import"), QStringLiteral("Entente JSON parse (%1 MB)").arg(jsonMb, 0, 'f', 0),
                     jsonMb / (parseMs / 1000.0), QStringLiteral("MB/s"), QStringLiteral(">= 150 MB/s") });
    // A tenth of the rows again into the file that now has data (the path without dropped indexes).
    const QString more = options.workDir + QStringLiteral("/acled-more.csv");
    Generator::writeAcledCsv(
        more, { std::max<qint64>(1, options.events / 10), options.actors, options.years, 1995, options.seed + 1 });
    t.restart();
    const double cpuMore = cpuSeconds();
    const ImportResult second = importFile(more, *store, importOptions, progress);
    if (!second.ok)
        throw std::runtime_error(second.error.toStdString());
    const double moreRows = static_cast<double>(second.summary.eventsAdded);
    results.append({ QStringLiteral("import"), QStringLiteral("ACLED rows into a non-empty file (wall)"),
                     moreRows / (static_cast<double>(t.elapsed()) / 1000.0), QStringLiteral("rows/s"), QString() });
    results.append({ QStringLiteral("import"), QStringLiteral("ACLED rows into a non-empty file (CPU time)"),
                     moreRows / (cpuSeconds() - cpuMore), QStringLiteral("rows/s"), QString() });
    results.append({ QStringLiteral("import"), QStringLiteral("peak memory"), static_cast<double>(peakRssBytes()) / 1e6,
                     QStringLiteral("MB"), QStringLiteral("< 1000 MB") });
    return results;
}

const Registration registration("import", &runImportBenchmarks);

} // namespace

} // namespace entente::bench
