#include "io/importer.h"
#include "sampledataset.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <limits>

using namespace entente;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name);
}

ImportResult import(Store &store, const char *name, const ImportOptions &options = {})
{
    ImportProgress progress;
    return importFile(data(name), store, options, progress);
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void wellFormed()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, "good.csv");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.format, QStringLiteral("csv"));
        QCOMPARE(r.summary.eventsAdded, 3);
        QCOMPARE(r.summary.actorsNew, 3);
        QCOMPARE(r.summary.sourcesAdded, 2);
        const QList<Event> events = store->events(store->eventIds({}));
        QCOMPARE(events.size(), 3);
        const Event &talks = events.at(0);
        QCOMPARE(talks.title, QStringLiteral("Talks in Istanbul"));
        // BOM dropped, CRLF inside a quoted field kept as a line break (LF, as the text rule has it).
        QCOMPARE(talks.summary, QStringLiteral("Two delegations meet.\nA second line, with a comma."));
        QCOMPARE(talks.actors.size(), 2);
        QCOMPARE(talks.actors.at(0).role, QStringLiteral("host"));
        QCOMPARE(talks.actors.at(1).role, QStringLiteral("proposer"));
        QCOMPARE(talks.tags, QStringList({ QStringLiteral("istanbul"), QStringLiteral("talks") }));
        QCOMPARE(*talks.latitude, 41.0082);
        const Event &rumour = events.at(1);
        QCOMPARE(rumour.status, ClaimStatus::Alleged);
        QVERIFY(rumour.start.isApproximate());
        QCOMPARE(rumour.start.precision(), FuzzyDate::Precision::Month);
        QCOMPARE(rumour.end->toIsoString(), QStringLiteral("2022-05"));
        // A ragged row: only title and start.
        QCOMPARE(events.at(2).start.precision(), FuzzyDate::Precision::Year);
        // Searchable at once.
        QCOMPARE(store->search(QStringLiteral("delegations")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("Putin")).size(), 1);
    }

    // Inside a caller's transaction (the fuzz harness rolls every input back this way) an import
    // works and leaves the connection's settings alone; the caller's rollback removes it.
    void insideCallersTransaction()
    {
        auto store = Store::createInMemory();
        struct RollBack
        {
        };
        try {
            store->transaction([&] {
                const ImportResult r = import(*store, "good.csv");
                QVERIFY2(r.ok, qPrintable(r.error));
                QCOMPARE(store->counts().events, 3);
                throw RollBack {};
            });
        } catch (const RollBack &) { }
        QCOMPARE(store->counts().events, 0);
        const ImportResult again = import(*store, "good.csv");
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(store->counts().events, 3);
    }

    // The import enlarges the connection's page cache and tunes it while it works; afterwards
    // the connection is as it was, whether the import ran on its own or in a caller's transaction.
    void connectionSettingsRestored()
    {
        auto store = Store::createInMemory();
        SQLite::Database &db = store->database();
        auto settings = [&db] {
            QStringList out;
            for (const char *pragma :
                 { "cache_size", "synchronous", "foreign_keys", "threads", "temp_store", "wal_autocheckpoint" })
                out << QString::number(db.execAndGet(std::string("PRAGMA ") + pragma).getInt());
            return out;
        };
        const QStringList before = settings();
        QVERIFY2(import(*store, "good.csv").ok, "import on its own");
        QCOMPARE(settings(), before);
        store->transaction([&] { QVERIFY2(import(*store, "good.csv").ok, "import in a transaction"); });
        QCOMPARE(settings(), before);
    }

    // Events are written in batches: across batch ends and ragged tails each keeps its actors (in
    // order, with roles), sources and tags, and ids follow the largest in the file, in file order.
    // Inside a caller's transaction the foreign keys are checked, so links after their events.
    void manyRowsKeepTheirLinksAcrossBatches()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("many.csv"));
        const int rows = 601;
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start,actors,sources,tags\n");
            for (int i = 0; i < rows; ++i) {
                QByteArray actors;
                for (int k = 0; k < i % 4; ++k)
                    actors += (k ? "; " : "") + QByteArray("Actor ") + QByteArray::number((i + k) % 9) + " (role "
                        + QByteArray::number(k) + ")";
                const QByteArray sources = i % 5 == 0 ? "Paper " + QByteArray::number(i % 3) : QByteArray();
                const QByteArray tags = i % 7 == 0 ? "tag" + QByteArray::number(i % 2) : QByteArray();
                f.write("Row " + QByteArray::number(i) + ",2022-03-01,\"" + actors + "\"," + sources + "," + tags
                        + "\n");
            }
        }
        for (const bool inTransaction : { false, true }) {
            auto store = Store::createInMemory();
            for (int i = 0; i < 3; ++i) {
                Event e;
                e.title = QStringLiteral("Before %1").arg(i);
                e.start = FuzzyDate::day(2021, 1, 1);
                store->addEvent(e);
            }
            store->deleteEvent(3); // the largest id is 2 again
            ImportProgress progress;
            ImportResult r;
            if (inTransaction)
                store->transaction([&] { r = importFile(csv, *store, {}, progress); });
            else
                r = importFile(csv, *store, {}, progress);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.summary.eventsAdded, rows);
            QCOMPARE(store->counts().events, rows + 2);
            const QList<Event> events = store->events(store->eventIds({}));
            QHash<QString, Event> byTitle;
            for (const Event &e : events)
                byTitle.insert(e.title, e);
            for (int i = 0; i < rows; ++i) {
                const Event e = byTitle.value(QStringLiteral("Row %1").arg(i));
                QCOMPARE(e.id, EventId(3 + i));
                QCOMPARE(e.actors.size(), i % 4);
                for (int k = 0; k < i % 4; ++k) {
                    QCOMPARE(store->actor(e.actors.at(k).actorId)->name, QStringLiteral("Actor %1").arg((i + k) % 9));
                    QCOMPARE(e.actors.at(k).role, QStringLiteral("role %1").arg(k));
                }
                QCOMPARE(e.sources.size(), i % 5 == 0 ? 1 : 0);
                QCOMPARE(e.tags, i % 7 == 0 ? QStringList { QStringLiteral("tag%1").arg(i % 2) } : QStringList());
            }
            QCOMPARE(store->search(QStringLiteral("\"Actor 4\"")).size(),
                     store->search(QStringLiteral("Actor 4")).size());
        }
    }

    // With the largest possible id taken there is none after it to give: SQLite finds free ones,
    // one event at a time, and each keeps its links.
    void noIdLeftAfterTheLargest()
    {
        auto store = Store::createInMemory();
        store->database().exec("INSERT INTO events (id, title, start_date, start_key, end_key) "
                               "VALUES (9223372036854775807, 'Last', '2020', 0, 1)");
        const ImportResult r = import(*store, "good.csv");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(store->counts().events, 4);
        const QList<EventId> found = store->search(QStringLiteral("delegations"));
        QCOMPARE(found.size(), 1);
        const Event talks = store->events(found).constFirst();
        QVERIFY(talks.id != std::numeric_limits<EventId>::max());
        QCOMPARE(talks.actors.size(), 2);
        QCOMPARE(talks.actors.at(1).role, QStringLiteral("proposer"));
        QCOMPARE(talks.sources.size(), 1);
        QCOMPARE(talks.tags, QStringList({ QStringLiteral("istanbul"), QStringLiteral("talks") }));
    }

    void badDateSkippedAndListed()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, "bad-date.csv");
        QVERIFY(r.ok);
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.skippedCount, 1);
        QCOMPARE(r.summary.skipped.at(0).location, QStringLiteral("line 3"));
        QCOMPARE(r.summary.skipped.at(0).field, QStringLiteral("start"));
        QVERIFY(r.summary.toText(data("bad-date.csv")).contains(QStringLiteral("line 3, field \"start\"")));
    }

    void strictStopsAndImportsNothing()
    {
        auto store = Store::createInMemory();
        ImportOptions o;
        o.strict = true;
        const ImportResult r = import(*store, "bad-date.csv", o);
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral("bad-date.csv, line 3, field \"start\": \"2022-13-45\" is not a date: there is no "
                                "month 13."));
        QCOMPARE(store->countEvents(), 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing column") << "missing-column.csv"
                                        << "missing-column.csv, line 1, field \"start\"";
        QTest::newRow("unknown column") << "unknown-column.csv"
                                        << "unknown-column.csv, line 1, field \"colour\"";
        QTest::newRow("malformed") << "malformed.csv"
                                   << "malformed.csv, line 3";
        QTest::newRow("windows-1252") << "cp1252.csv"
                                      << "cp1252.csv, line 2, field \"title\": the text is not UTF-8";
        // Each field alone is not UTF-8, though the two end to end would be.
        QTest::newRow("character split by a comma") << "split-utf8.csv"
                                                    << "split-utf8.csv, line 3, field \"title\": the text is not UTF-8";
        QTest::newRow("utf-16") << "utf16.csv"
                                << "utf16.csv is UTF-16";
        QTest::newRow("utf-16 without bom") << "utf16-nobom.csv"
                                            << "utf16-nobom.csv looks like UTF-16";
        QTest::newRow("binary") << "binary.csv"
                                << "binary.csv is a binary file";
        QTest::newRow("empty") << "empty.csv"
                               << "empty.csv is empty";
    }

    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto store = Store::createInMemory();
        ImportOptions o;
        o.format = QStringLiteral("csv");
        ImportProgress progress;
        const ImportResult r = importFile(data(file.toUtf8().constData()), *store, o, progress);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
        QCOMPARE(store->countEvents(), 0);
        QCOMPARE(store->counts().actors, 0);
    }

    void columnMapping()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const qint64 actors = store->counts().actors;
        ImportOptions o;
        o.columnMap = { { QStringLiteral("Headline"), QStringLiteral("title") },
                        { QStringLiteral("Date"), QStringLiteral("start") },
                        { QStringLiteral("Who"), QStringLiteral("actors") } };
        const ImportResult r = import(*store, "mapped.csv", o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 1);
        QCOMPARE(r.summary.actorsMatched, 1);
        QCOMPARE(store->counts().actors, actors);
    }

    void aliasesMatchExistingActors()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const qint64 actors = store->counts().actors;
        const ImportResult r = import(*store, "kiev.csv");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.actorsNew, 0);
        QCOMPARE(r.summary.actorsMatched, 2);
        QCOMPARE(store->counts().actors, actors);
        const Event e = *store->event(store->search(QStringLiteral("capital")).constFirst());
        QCOMPARE(store->actor(e.actors.at(0).actorId)->name, QStringLiteral("Ukraine"));
    }

    void cancelRollsBack()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const StoreCounts before = store->counts();
        std::atomic<bool> cancel { true };
        ImportProgress progress;
        progress.cancel = &cancel;
        const ImportResult r = importFile(data("good.csv"), *store, {}, progress);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QCOMPARE(store->counts().events, before.events);
        QCOMPARE(store->counts().actors, before.actors);
        QCOMPARE(store->counts().sources, before.sources);
        // The search triggers are back: a later edit is still found.
        QCOMPARE(store->search(QStringLiteral("Istanbul")).isEmpty(), false);
    }

    void cancelOfBulkImportRestoresEmptyFile()
    {
        auto store = Store::createInMemory();
        std::atomic<bool> cancel { true };
        ImportProgress progress;
        progress.cancel = &cancel;
        QVERIFY(importFile(data("good.csv"), *store, {}, progress).cancelled);
        QCOMPARE(store->counts().events, 0);
        Event e;
        e.title = QStringLiteral("Added by hand");
        e.start = FuzzyDate::year(2024);
        store->addEvent(e);
        QCOMPARE(store->search(QStringLiteral("hand")).size(), 1);
    }

    void sniffing()
    {
        QCOMPARE(sniffFormat(data("good.csv")), QStringLiteral("csv"));
        QCOMPARE(sniffFormat(data("acled.csv")), QStringLiteral("acled"));
        QCOMPARE(sniffFormat(data("timelinejs.json")), QStringLiteral("timelinejs"));
        QCOMPARE(sniffFormat(data("newer.json")), QStringLiteral("json"));
        QCOMPARE(sniffFormat(data("sample.timeline")), QStringLiteral("timeline"));
        QCOMPARE(sniffFormat(data("timelinejs-sheet.csv")), QStringLiteral("timelinejs-csv"));
    }

    // A real TimelineJS sheet too, when the real files of other projects are beside this clone.
    void sniffingRealSheet()
    {
        const QString real = QStringLiteral(ENTENTE_FIXTURES "/timelinejs/women_in_computing.csv");
        if (!QFileInfo::exists(real))
            QSKIP(qPrintable(QStringLiteral("the real TimelineJS files are not beside this clone (no %1)").arg(real)));
        QCOMPARE(sniffFormat(real), QStringLiteral("timelinejs-csv"));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
