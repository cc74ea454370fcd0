// Unique actors and sources: every row of a CSV names an actor and cites a source no other row
// does (a link per event, as TimelineJS, GDELT and UCDP files have). Each get-or-create must be a
// hash or index lookup: the time per row stays flat from 10,000 to 1,000,000 rows (it was
// quadratic: 40,000 new actors took 161 s, 150,000 new sources 7 min 52 s). Run at several
// scales with `entente_bench --only unique --events N`.
#include "bench.h"

#include "io/importer.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>
#include <stdexcept>

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

void writeUniqueCsv(const QString &path, qint64 rows, const char *prefix)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write the CSV");
    f.write("title,start,actors,sources\n");
    QByteArray block;
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray(prefix) + QByteArray::number(i);
        block += "Meeting " + n + ",2020-" + QByteArray::number(10 + i % 3) + "-" + QByteArray::number(10 + i % 18)
            + ",Envoy " + n + ",Agency " + n + " | Report " + n + " | https://example.org/" + n + "\n";
        if (block.size() > (1 << 20)) {
            f.write(block);
            block.clear();
        }
    }
    f.write(block);
    ::fsync(f.handle());
}

QList<Result> runUniqueBenchmarks(const Options &options)
{
    QList<Result> results;
    auto add = [&](const QString &metric, double value, const char *unit, const char *goal = "") {
        results.append({ QStringLiteral("unique"), metric, value, QLatin1String(unit), QLatin1String(goal) });
    };
    const qint64 rows = options.events;
    const QString csv = options.workDir + QStringLiteral("/unique.csv");
    writeUniqueCsv(csv, rows, "a");
    const QString db = options.workDir + QStringLiteral("/unique.entente");
    QFile::remove(db);
    auto store = Store::open(db, { .create = true }).store;
    ImportProgress progress;
    QElapsedTimer timer;
    double storedSeconds = 0;
    progress.stored = [&](qint64) { storedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9; };
    timer.start();
    const double cpuStart = cpuSeconds();
    ImportResult r = importFile(csv, *store, {}, progress);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    if (!r.ok)
        throw std::runtime_error(r.error.toStdString());
    if (r.summary.actorsNew != rows || r.summary.sourcesAdded != rows)
        throw std::runtime_error(QStringLiteral("%1 new actors and %2 new sources of %3 rows")
                                     .arg(r.summary.actorsNew)
                                     .arg(r.summary.sourcesAdded)
                                     .arg(rows)
                                     .toStdString());
    add(QStringLiteral("%1 rows, each a new actor and source: stored").arg(rows),
        static_cast<double>(rows) / (storedSeconds > 0 ? storedSeconds : seconds), "rows/s", ">= 50000 rows/s");
    add(QStringLiteral("  stored and indexed (wall)"), static_cast<double>(rows) / seconds, "rows/s");
    add(QStringLiteral("  stored and indexed (CPU time)"), static_cast<double>(rows) / cpu, "rows/s");

    // A tenth more, all new again, into the file that now holds them: each lookup misses among
    // `rows` actors and sources.
    const qint64 more = std::max<qint64>(1, rows / 10);
    const QString moreCsv = options.workDir + QStringLiteral("/unique-more.csv");
    writeUniqueCsv(moreCsv, more, "b");
    timer.restart();
    r = importFile(moreCsv, *store, {}, progress);
    const double moreSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!r.ok)
        throw std::runtime_error(r.error.toStdString());
    add(QStringLiteral("  %1 more new ones into that file").arg(more), static_cast<double>(more) / moreSeconds,
        "rows/s");
    store.reset();
    QFile::remove(csv);
    QFile::remove(moreCsv);
    return results;
}

const Registration registration("unique", &runUniqueBenchmarks);

} // namespace

} // namespace entente::bench
