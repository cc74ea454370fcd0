// A shared timeline on PostgreSQL, only with a server given (ENTENTE_BENCH_PG_URL, or the tests'
// ENTENTE_TEST_PG_URL; a superuser's URL: it makes databases bench_shared_*):
//   - an edit seen in a second mirror: from one Document's editEvent to the second Document's
//     mirror holding it, woken by its PgListener (LISTEN/NOTIFY) and pulling; median and worst of
//     100 (goal <= 1 s);
//   - the --events timeline copied to the server (`entente copy`), then opened: the first open
//     (the mirror made with COPY) and a later one (the mirror current); and the first open in a
//     window, with the GUI thread's longest stall meanwhile;
//   - another desk's import (a tenth of --events ACLED rows) fetched into a mirror;
//   - --events ACLED rows imported into an empty shared timeline, from the start to the rows
//     committed on the server and searchable there and in the mirror (goal <= 30 s at 1M).
#include "bench.h"
#include "generator.h"

#include "document.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pglistener.h"
#include "store/sharedtimeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace entente::bench {

namespace {

QString freshDatabase(const QString &admin, const char *name)
{
    auto connection = pg::PgConnection::connect(admin);
    connection->exec(QByteArray("DROP DATABASE IF EXISTS ") + name + " WITH (FORCE)");
    connection->exec(QByteArray("CREATE DATABASE ") + name + " TEMPLATE template0 ENCODING 'UTF8'");
    QUrl url(admin);
    url.setPath(u'/' + QString::fromLatin1(name));
    return url.toString();
}

std::unique_ptr<Document> openDocument(const QString &url, const QString &cache)
{
    auto opened = Store::open(url, { .sharedCacheDir = cache });
    if (!opened.store)
        throw std::runtime_error(opened.error.toStdString());
    return std::make_unique<Document>(std::move(opened.store));
}

QList<Result> editSeenElsewhere(const QString &admin, const Options &options)
{
    const QString url = freshDatabase(admin, "bench_shared_live");
    if (!SharedTimeline::init(url).ok)
        throw std::runtime_error("init failed");
    auto a = openDocument(url, QDir(options.workDir).filePath(QStringLiteral("live-a")));
    Event e;
    e.title = QStringLiteral("Second round of talks");
    e.start = FuzzyDate::day(2022, 3, 29);
    const EventId id = *a->addEvent(e);
    auto b = openDocument(url, QDir(options.workDir).filePath(QStringLiteral("live-b")));
    QObject context;
    pg::PgListener listener(b->location());
    QObject::connect(&listener, &pg::PgListener::notified, &context, [&b] { b->pullRemote(); });
    listener.start();
    QElapsedTimer wait;
    wait.start();
    while (listener.state() != pg::PgListener::State::Listening && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QList<double> ms;
    for (int i = 0; i < 100; ++i) {
        Event edited = *a->store().event(id);
        edited.summary = QStringLiteral("edit %1").arg(i);
        QElapsedTimer clock;
        clock.start();
        if (!a->editEvent(edited))
            throw std::runtime_error(a->lastError().toStdString());
        while (b->store().event(id)->summary != edited.summary && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        ms.append(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    listener.stop();
    std::sort(ms.begin(), ms.end());
    return {
        { QStringLiteral("shared"), QStringLiteral("edit seen in a second mirror, median of 100"), ms.at(50),
          QStringLiteral("ms"), QStringLiteral("<= 1000 ms") },
        { QStringLiteral("shared"), QStringLiteral("edit seen in a second mirror, worst of 100"), ms.last(),
          QStringLiteral("ms"), QStringLiteral("<= 1000 ms") },
    };
}

// The window's first open (File ▸ Open Shared Database…): how long, and the GUI thread's longest
// gap between 10 ms timer ticks meanwhile (the copy runs on a worker thread).
std::pair<double, double> firstOpenInWindow(const QString &url, const QString &cache)
{
    qputenv("ENTENTE_SHARED_CACHE", cache.toUtf8());
    MainWindow window;
    double longest = 0;
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        longest = std::max(longest, static_cast<double>(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });
    probe.start(10);
    QElapsedTimer clock;
    clock.start();
    if (!window.openShared(url))
        throw std::runtime_error(window.lastError().toStdString());
    const double seconds = static_cast<double>(clock.elapsed()) / 1000;
    qunsetenv("ENTENTE_SHARED_CACHE");
    return { seconds, longest };
}

// The owner publishes the timeline's starting copy (`entente publish`); a computer's first open
// then fetches it: at once, and after another desk made 1,000 edits since (pulled at open).
QList<Result> startingCopy(const QString &url, const QString &ownerCache, const Options &options, qint64 events)
{
    const auto seconds = [](const QElapsedTimer &clock) { return static_cast<double>(clock.nsecsElapsed()) / 1e9; };
    QElapsedTimer clock;
    clock.start();
    qint64 bytes = 0;
    {
        auto owner = Store::open(url, { .sharedCacheDir = ownerCache });
        if (!owner.store)
            throw std::runtime_error(owner.error.toStdString());
        const auto published = SharedTimeline::publish(*owner.store);
        if (!published.ok)
            throw std::runtime_error(published.error.toStdString());
        bytes = published.bytes;
    }
    const double publishS = seconds(clock);
    clock.restart();
    auto fetched = openDocument(url, QDir(options.workDir).filePath(QStringLiteral("fetched")));
    const double fetchedS = seconds(clock);
    if (fetched->store().countEvents() != events)
        throw std::runtime_error("the starting copy does not hold every event");
    fetched.reset();
    {
        auto desk = openDocument(url, ownerCache);
        const QList<EventId> ids = desk->store().eventIds({});
        for (int i = 0; i < 1000 && i < ids.size(); ++i) {
            Event edited = *desk->store().event(ids.at(i * (ids.size() / 1000)));
            edited.summary = QStringLiteral("edited after the starting copy %1").arg(i);
            if (!desk->editEvent(edited))
                throw std::runtime_error(desk->lastError().toStdString());
        }
    }
    clock.restart();
    auto stale = openDocument(url, QDir(options.workDir).filePath(QStringLiteral("stale")));
    const double staleS = seconds(clock);
    EventFilter edited;
    edited.text = QStringLiteral("edited");
    if (stale->store().countEvents(edited) < 1000)
        throw std::runtime_error("the edits since the starting copy were not pulled");
    stale.reset();
    const auto [windowS, stallMs]
        = firstOpenInWindow(url, QDir(options.workDir).filePath(QStringLiteral("window-fetched")));
    const QString n = QLocale::c().toString(events);
    const QString s = QStringLiteral("s");
    const QString goal = QStringLiteral("<= 3 s");
    return {
        { QStringLiteral("shared"), QStringLiteral("entente publish, %1 events (%2 MB)").arg(n).arg(bytes / 1000000),
          publishS, s, QString() },
        { QStringLiteral("shared"), QStringLiteral("first open from the starting copy, %1 events").arg(n), fetchedS, s,
          goal },
        { QStringLiteral("shared"), QStringLiteral("  the same, 1,000 edits after the copy"), staleS, s, goal },
        { QStringLiteral("shared"), QStringLiteral("  the same in a window"), windowS, s, goal },
        { QStringLiteral("shared"), QStringLiteral("  longest GUI stall meanwhile"), stallMs, QStringLiteral("ms"),
          QString() },
    };
}

QList<Result> openLarge(const QString &admin, const Options &options)
{
    const QString file = QDir(options.workDir).filePath(QStringLiteral("shared-source.entente"));
    Generator::writeEntente(file, { options.events, options.actors, options.years, 1995, options.seed });
    const QString url = freshDatabase(admin, "bench_shared_large");
    QElapsedTimer clock;
    clock.start();
    const auto copied = SharedTimeline::copy(file, url);
    if (!copied.ok)
        throw std::runtime_error(copied.error.toStdString());
    const double copyS = static_cast<double>(clock.elapsed()) / 1000;
    const QString cache = QDir(options.workDir).filePath(QStringLiteral("large"));
    clock.restart();
    auto first = openDocument(url, cache);
    const double firstS = static_cast<double>(clock.elapsed()) / 1000;
    const qint64 events = first->store().countEvents();
    first.reset();
    clock.restart();
    auto again = openDocument(url, cache);
    const double againS = static_cast<double>(clock.elapsed()) / 1000;
    again.reset();
    const auto [windowS, stallMs] = firstOpenInWindow(url, QDir(options.workDir).filePath(QStringLiteral("window")));
    const QString n = QLocale::c().toString(events);
    QList<Result> results = startingCopy(url, cache, options, events);
    results.append({
        { QStringLiteral("shared"), QStringLiteral("entente copy file -> server, %1 events").arg(n), copyS,
          QStringLiteral("s"), QString() },
        { QStringLiteral("shared"), QStringLiteral("first open, mirror made, %1 events").arg(n), firstS,
          QStringLiteral("s"), QStringLiteral("<= 3 s") },
        { QStringLiteral("shared"), QStringLiteral("later open, mirror current, %1 events").arg(n), againS,
          QStringLiteral("s"), QStringLiteral("<= 3 s") },
        { QStringLiteral("shared"), QStringLiteral("first open in a window, %1 events").arg(n), windowS,
          QStringLiteral("s"), QString() },
        { QStringLiteral("shared"), QStringLiteral("  longest GUI stall meanwhile"), stallMs, QStringLiteral("ms"),
          QString() },
    });
    return results;
}

// Another desk imports a tenth of --events ACLED rows into a shared timeline (pushed with COPY):
// how long a mirror that was current before takes to fetch them (what a window's worker does).
QList<Result> othersImportFetched(const QString &admin, const Options &options)
{
    const QString url = freshDatabase(admin, "bench_shared_fetch");
    if (!SharedTimeline::init(url).ok)
        throw std::runtime_error("init failed");
    const QString csv = QDir(options.workDir).filePath(QStringLiteral("shared-fetch.csv"));
    const qint64 rows = std::max<qint64>(options.events / 10, 1000);
    Generator::writeAcledCsv(csv, { rows, options.actors, options.years, 1995, options.seed });
    const QString mine = QDir(options.workDir).filePath(QStringLiteral("fetch-mine"));
    {
        auto desk
            = Store::open(url, { .sharedCacheDir = QDir(options.workDir).filePath(QStringLiteral("fetch-desk")) });
        if (!desk.store)
            throw std::runtime_error(desk.error.toStdString());
        // Two imports: the mirror under test holds the first before the second is fetched.
        for (int round = 0; round < 2; ++round) {
            if (round == 1 && !Store::open(url, { .sharedCacheDir = mine }).store)
                throw std::runtime_error("mirror failed");
            ImportProgress progress;
            const ImportResult imported = importFile(csv, *desk.store, {}, progress);
            if (!imported.ok)
                throw std::runtime_error(imported.error.toStdString());
        }
    }
    QElapsedTimer clock;
    clock.start();
    auto fetched = Store::open(url, { .sharedCacheDir = mine }); // opening it pulls
    const double seconds = static_cast<double>(clock.elapsed()) / 1000;
    if (!fetched.store || fetched.store->counts().events != 2 * rows)
        throw std::runtime_error("the import was not fetched");
    return { { QStringLiteral("shared"),
               QStringLiteral("another desk's import fetched, %1 rows").arg(QLocale::c().toString(rows)), seconds,
               QStringLiteral("s"), QString() } };
}

QList<Result> importedToSearchable(const QString &admin, const Options &options)
{
    const QString url = freshDatabase(admin, "bench_shared_import");
    if (!SharedTimeline::init(url).ok)
        throw std::runtime_error("init failed");
    const QString csv = QDir(options.workDir).filePath(QStringLiteral("shared-import.csv"));
    Generator::writeAcledCsv(csv, { options.events, options.actors, options.years, 1995, options.seed });
    auto desk = Store::open(url, { .sharedCacheDir = QDir(options.workDir).filePath(QStringLiteral("import-desk")) });
    if (!desk.store)
        throw std::runtime_error(desk.error.toStdString());
    QElapsedTimer clock;
    clock.start();
    ImportProgress progress;
    const ImportResult imported = importFile(csv, *desk.store, {}, progress);
    const double seconds = static_cast<double>(clock.elapsed()) / 1000;
    if (!imported.ok)
        throw std::runtime_error(imported.error.toStdString());
    auto server = pg::PgConnection::connect(url);
    if (server->exec("SELECT count(*) FROM events").toInt64(0, 0) != options.events)
        throw std::runtime_error("the import did not reach the server");
    const QString n = QLocale::c().toString(options.events);
    return { { QStringLiteral("shared"), QStringLiteral("ACLED rows into an empty shared timeline, %1 rows").arg(n),
               seconds, QStringLiteral("s"), QStringLiteral("<= 30 s at 1M") },
             { QStringLiteral("shared"), QStringLiteral("  the same in rows/s"),
               static_cast<double>(options.events) / seconds, QStringLiteral("rows/s"), QString() } };
}

QList<Result> runSharedBenchmarks(const Options &options)
{
    QString admin = qEnvironmentVariable("ENTENTE_BENCH_PG_URL");
    if (admin.isEmpty())
        admin = qEnvironmentVariable("ENTENTE_TEST_PG_URL");
    if (admin.isEmpty())
        return {}; // no server given: nothing to measure
    QList<Result> results = editSeenElsewhere(admin, options);
    results += openLarge(admin, options);
    results += othersImportFetched(admin, options);
    results += importedToSearchable(admin, options);
    return results;
}

const Registration registration("shared", &runSharedBenchmarks);

} // namespace

} // namespace entente::bench
