#include "interruptedimport.h"
#include "io/importer.h"
#include "store/deferredindexes.h"
#include "store/schema.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace entente;

namespace {

// The file's tables, indexes and triggers by name, and the SQL of each.
QStringList schemaOf(SQLite::Database &db)
{
    QStringList out;
    SQLite::Statement q(db, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY 1");
    while (q.executeStep())
        out.append(QString::fromStdString(q.getColumn(0).getString()));
    return out;
}

QStringList freshSchema(const QString &dir)
{
    auto fresh = Store::open(dir + QStringLiteral("/fresh.entente"), { .create = true }).store;
    return schemaOf(fresh->database());
}

} // namespace

class TestAcledImport : public QObject
{
    Q_OBJECT

    // The search table's texts, row by row and column by column, with their types.
    static QList<QStringList> storedTexts(SQLite::Database &db)
    {
        QList<QStringList> texts;
        SQLite::Statement q(db,
                            "SELECT id, c0, c1, c2, c3, c4, typeof(c0) || typeof(c1) || typeof(c2) || typeof(c3) "
                            "|| typeof(c4) FROM events_fts_content ORDER BY id");
        while (q.executeStep()) {
            QStringList row;
            for (int c = 0; c < 7; ++c)
                row.append(QString::fromStdString(q.getColumn(c).getString()));
            texts.append(row);
        }
        return texts;
    }

private slots:
    void codebookColumns()
    {
        auto store = Store::createInMemory();
        ImportProgress progress;
        const ImportResult r = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled.csv"), *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.format, QStringLiteral("acled"));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.skippedCount, 2);
        QCOMPARE(r.summary.skipped.at(0).location, QStringLiteral("line 4"));
        QCOMPARE(r.summary.skipped.at(0).field, QStringLiteral("event_date"));
        QCOMPARE(r.summary.skipped.at(1).field, QStringLiteral("inter1"));
        QCOMPARE(r.summary.sourcesAdded, 2); // Reuters shared, Kyiv Independent
        const QList<Event> events = store->events(store->eventIds({}));
        const Event &talks = events.at(1);
        QCOMPARE(talks.title, QStringLiteral("Agreement, Istanbul"));
        QCOMPARE(talks.kind, QStringLiteral("Strategic developments / Agreement"));
        QCOMPARE(talks.summary, QStringLiteral("Talks \"resume\" in Istanbul."));
        QCOMPARE(talks.place, QStringLiteral("Istanbul"));
        QCOMPARE(talks.start.toIsoString(), QStringLiteral("2022-03-29"));
        QCOMPARE(talks.actors.size(), 4);
        QCOMPARE(talks.actors.at(0).role, QStringLiteral("side 1"));
        QCOMPARE(talks.actors.at(2).role, QStringLiteral("side 2 associate"));
        QCOMPARE(store->actor(talks.actors.at(0).actorId)->kind, ActorKind::State);
        QCOMPARE(talks.sources.size(), 2);
        // time_precision 3: the month, approximate; "29 March 2022" read too.
        const Event &protest = events.at(0);
        QCOMPARE(protest.start.toIsoString(), QStringLiteral("2022-03~"));
        QCOMPARE(store->actor(protest.actors.at(0).actorId)->kind, ActorKind::Organization);
        QCOMPARE(store->search(QStringLiteral("resume")).size(), 1);
    }

    // Into a file with data the search rows of the new events are written too, matched actors
    // bring their aliases along, and the triggers are back for later edits.
    void searchableAfterImportIntoFileWithData()
    {
        auto store = Store::createInMemory();
        Actor ukraine;
        ukraine.name = QStringLiteral("Military Forces of Ukraine (2019-)");
        ukraine.kind = ActorKind::State;
        ukraine.aliases.append({ QStringLiteral("Zbroini"), QString() });
        const ActorId ukraineId = store->addActor(ukraine);
        Event earlier;
        earlier.title = QStringLiteral("Earlier meeting");
        earlier.start = FuzzyDate::day(2022, 3, 1);
        earlier.actors.append({ ukraineId, QStringLiteral("host") });
        store->addEvent(earlier);
        ImportProgress progress;
        const ImportResult r = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled.csv"), *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.actorsMatched, 1);
        QCOMPARE(store->search(QStringLiteral("Zbroini")).size(), 2); // the alias, old event and new
        QCOMPARE(store->search(QStringLiteral("Earlier")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("Independent")).size(), 1); // a source's publisher
        QCOMPARE(store->search(QStringLiteral("Irpin")).size(), 0); // the skipped row
        Event later;
        later.title = QStringLiteral("Later ceasefire");
        later.start = FuzzyDate::day(2022, 5, 1);
        later.actors.append({ ukraineId, QStringLiteral("host") });
        store->addEvent(later);
        QCOMPARE(store->search(QStringLiteral("ceasefire")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("Zbroini")).size(), 3);
    }

    // Into an empty file a large import stores its rows, then builds the search index on a second
    // thread in a scratch database and copies it in: across many batches of rows it is sound and
    // finds what the tables say, the same events as an index rebuilt from the tables; later edits
    // are indexed by the triggers.
    void searchIndexBuiltBesideTheRows()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("many.csv"));
        const int rows = 20000; // 1.6 MB (a smaller file is indexed at the end), many batches
        QVERIFY(test::writeManyAcled(csv, rows));
        auto store = Store::open(dir.filePath(QStringLiteral("bulk.entente")), { .create = true }).store;
        QVERIFY(store);
        ImportProgress progress;
        const ImportResult r = importFile(csv, *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, rows);
        SQLite::Database &db = store->database();
        db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
        QCOMPARE(db.execAndGet("SELECT count(*) FROM events_fts").getInt(), rows);
        // Its scratch database, beside the file and attached to its connection to be copied in
        // whole, is detached and gone.
        QVERIFY(!QFileInfo::exists(DeferredIndexes::scratchPath(store->path())));
        QCOMPARE(db.execAndGet("SELECT count(*) FROM pragma_database_list").getInt(), 1);
        // No column sizes are kept (nothing ranks); the scratch index's own setting (no merging
        // while it grows) stays there: the file's index merges as FTS5 does by default.
        QCOMPARE(db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'events_fts_docsize'").getInt(), 0);
        QCOMPARE(db.execAndGet("SELECT count(*) FROM events_fts_config WHERE k = 'automerge'").getInt(), 0);
        const QStringList queries
            = { QStringLiteral("ceasefire"), QStringLiteral("sevcenko"),  QStringLiteral("Kraken"),
                QStringLiteral("Hromadske"), QStringLiteral("Town_4999"), QStringLiteral("Azov ceasefire") };
        QList<QList<EventId>> found;
        for (const QString &q : queries)
            found.append(store->search(q));
        QCOMPARE(found.at(0).size(), rows / 4);
        QCOMPARE(found.at(1).size(), rows / 4); // diacritics folded
        QCOMPARE(found.at(2).size(), rows / 5); // an actor
        QCOMPARE(found.at(3).size(), 6667); // a source's publisher, on rows 1, 4, ... 19999
        QCOMPARE(found.at(4).size(), 1); // the place, and the title
        QCOMPARE(found.at(5).size(), rows / 20); // both words
        // The texts the thread stored, column by column (each a batch's buffer in place), are the
        // ones a rebuild from the tables writes: same texts, as text, empty columns included.
        const QList<QStringList> built = storedTexts(db);
        QCOMPARE(built.size(), rows);
        QCOMPARE(built.at(4999).at(6), QStringLiteral("texttexttexttexttext"));
        QCOMPARE(built.at(4999).at(4), QStringLiteral("Town 4999"));
        Schema::rebuildSearchIndex(db);
        QCOMPARE(storedTexts(db), built);
        for (qsizetype i = 0; i < queries.size(); ++i)
            QCOMPARE(store->search(queries.at(i)), found.at(i));
        Event later;
        later.title = QStringLiteral("Later ceasefire");
        later.start = FuzzyDate::day(2022, 5, 1);
        store->addEvent(later);
        QCOMPARE(store->search(QStringLiteral("ceasefire")).size(), rows / 4 + 1);
    }

    // Into a file with data, the actors and sources the file held are read on a second connection
    // while the batches are written, and actors an import adds with their aliases (Entente JSON)
    // on the import's own: every new event's search row is what a rebuild from the tables writes.
    void searchRowsIntoAFileWithDataAreTheTablesTexts()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("many.csv"));
        const int rows = 3000;
        test::writeManyAcled(csv, rows);
        auto store = Store::open(dir.filePath(QStringLiteral("data.entente")), { .create = true }).store;
        QVERIFY(store);
        Actor azov;
        azov.name = QStringLiteral("Azov");
        azov.kind = ActorKind::Organization;
        azov.aliases.append({ QStringLiteral("Azovstal"), QString() });
        store->addActor(azov);
        ImportProgress progress;
        for (int round = 0; round < 2; ++round) { // the second finds every actor and source in the file
            const ImportResult r = importFile(csv, *store, {}, progress);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.summary.sourcesAdded, round == 0 ? 3 : 0);
        }
        const ImportResult json
            = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/entente.json"), *store, {}, progress);
        QVERIFY2(json.ok, qPrintable(json.error));
        QCOMPARE(store->search(QStringLiteral("Azovstal")).size(), 2 * rows / 5); // an alias the file held
        QCOMPARE(store->search(QStringLiteral("Hromadske")).size(), 2 * (rows / 3)); // a source it held
        QCOMPARE(store->search(QStringLiteral("Україна")).size(), 2); // an alias the import added
        SQLite::Database &db = store->database();
        const QList<QStringList> written = storedTexts(db);
        QCOMPARE(written.size(), 2 * rows + 3);
        Schema::rebuildSearchIndex(db);
        QCOMPARE(storedTexts(db), written);
    }

    // Cancelled after some ten thousand rows, with the index half built beside them: nothing
    // is left of either, and the file works as before.
    void cancelOfBulkImportMidway()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("many.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("event_date,event_type,actor1,notes\n");
            for (int i = 0; i < 100000; ++i) // some MB: the reader reports progress by the MB
                f.write("2022-03-01,Protests,Crowd " + QByteArray::number(i % 9) + ",Notes on a march\n");
        }
        auto store = Store::createInMemory();
        std::atomic<bool> cancel { false };
        ImportProgress progress;
        progress.cancel = &cancel;
        int reports = 0;
        progress.report = [&](qint64, qint64) {
            if (++reports == 1)
                cancel = true;
        };
        const ImportResult r = importFile(csv, *store, {}, progress);
        QVERIFY(r.cancelled);
        QCOMPARE(store->countEvents(), 0);
        QCOMPARE(store->database().execAndGet("SELECT count(*) FROM events_fts").getInt(), 0);
        Event e;
        e.title = QStringLiteral("Added by hand");
        e.start = FuzzyDate::year(2024);
        store->addEvent(e);
        QCOMPARE(store->search(QStringLiteral("hand")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("march")).size(), 0);
    }

    // The rows are committed before their indexes: a second connection sees them all, with the
    // file marked; a crash then (a copy of the file as it is on disk) leaves a file whose next
    // opening takes the import back (all or nothing). Afterwards both files have the schema of a
    // new file.
    void rowsStoredBeforeTheirIndexes()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("many.csv"));
        const int rows = 20000;
        QVERIFY(test::writeManyAcled(csv, rows));
        const QString target = dir.filePath(QStringLiteral("bulk.entente"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.entente"));
        auto store = Store::open(target, { .create = true }).store;
        QVERIFY(store);
        ImportProgress progress;
        qint64 stored = -1;
        int indexingSteps = 0;
        progress.stored = [&](qint64 events) {
            stored = events;
            SQLite::Database reader(target.toStdString(), SQLite::OPEN_READONLY);
            QCOMPARE(reader.execAndGet("SELECT count(*) FROM events").getInt(), rows);
            QCOMPARE(reader.execAndGet("SELECT count(*) FROM event_actors").getInt(), rows);
            QCOMPARE(reader.execAndGet("SELECT count(*) FROM meta WHERE key = 'pending_indexes'").getInt(), 1);
            QCOMPARE(reader.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'events_start'").getInt(), 0);
            for (const QString &suffix : { QString(), QStringLiteral("-wal") })
                QVERIFY(QFile::copy(target + suffix, crashed + suffix));
        };
        progress.indexing = [&](int done, int total) {
            QVERIFY(done <= total);
            ++indexingSteps;
        };
        const ImportResult r = importFile(csv, *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(stored, rows);
        QVERIFY(indexingSteps >= 2);
        const QStringList expected = freshSchema(dir.path());
        QCOMPARE(schemaOf(store->database()), expected);
        const QList<EventId> ceasefire = store->search(QStringLiteral("ceasefire"));
        QCOMPARE(ceasefire.size(), rows / 4);
        store.reset();

        // Opening it takes the import back; a cancel there leaves it as it is, to do later.
        QVERIFY(Store::hasUnfinishedImport(crashed));
        Store::OpenOptions cancelling;
        int cancelChecks = 0;
        cancelling.cancelled = [&] { return ++cancelChecks > 1; };
        const Store::OpenResult refused = Store::open(crashed, cancelling);
        QVERIFY(!refused.store);
        QVERIFY2(refused.kind == Store::OpenError::Cancelled, qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("crashed.entente")), qPrintable(refused.error));
        QVERIFY(cancelChecks > 1);
        QVERIFY(Store::hasUnfinishedImport(crashed));
        {
            SQLite::Database reader(crashed.toStdString(), SQLite::OPEN_READONLY);
            QCOMPARE(reader.execAndGet("SELECT count(*) FROM events").getInt(), rows);
            QCOMPARE(reader.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'events_start'").getInt(), 0);
        }

        Store::OpenOptions finishing;
        QList<int> steps;
        finishing.finishing = [&](int done, int total) { steps.append(done * 100 / total); };
        auto reopened = Store::open(crashed, finishing);
        QVERIFY2(reopened.store, qPrintable(reopened.error));
        QVERIFY(steps.size() >= 2);
        QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
        QCOMPARE(steps.constLast(), 100);
        QVERIFY(!Store::hasUnfinishedImport(crashed));
        SQLite::Database &db = reopened.store->database();
        QCOMPARE(schemaOf(db), expected);
        QCOMPARE(db.execAndGet("SELECT count(*) FROM meta WHERE key LIKE 'pending%'").getInt(), 0);
        db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
        QCOMPARE(reopened.store->counts().events, 0);
        QCOMPARE(reopened.store->counts().actors, 0);
        QVERIFY(reopened.store->search(QStringLiteral("ceasefire")).isEmpty());
        QCOMPARE(reopened.store->integrityProblems(), QStringList());
    }

    // With checkpointLater the import returns once its rows and indexes are committed, and
    // searchable from another connection, with the write-ahead log still to copy into the file
    // (which stays as small as the new file was); Store::checkpoint() copies it. Without it, the
    // file holds everything when the import returns.
    void checkpointLeftToTheCaller()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("many.csv"));
        const int rows = 20000;
        QVERIFY(test::writeManyAcled(csv, rows));
        for (const bool later : { true, false }) {
            const QString target
                = dir.filePath(later ? QStringLiteral("later.entente") : QStringLiteral("now.entente"));
            auto store = Store::open(target, { .create = true }).store;
            QVERIFY(store);
            const qint64 empty = QFileInfo(target).size();
            ImportOptions options;
            options.checkpointLater = later;
            ImportProgress progress;
            const ImportResult r = importFile(csv, *store, options, progress);
            QVERIFY2(r.ok, qPrintable(r.error));
            {
                SQLite::Database other(target.toStdString(), SQLite::OPEN_READONLY);
                QCOMPARE(
                    other.execAndGet("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'ceasefire'").getInt(),
                    rows / 4);
            }
            const qint64 returned = QFileInfo(target).size();
            store->checkpoint();
            const qint64 copied = QFileInfo(target).size();
            QVERIFY(copied > 4 * empty);
            if (later)
                QCOMPARE(returned, empty);
            else
                QCOMPARE(returned, copied);
            QCOMPARE(store->search(QStringLiteral("ceasefire")).size(), rows / 4);
            QCOMPARE(store->database().execAndGet("PRAGMA wal_autocheckpoint").getInt(), 1000);
        }
    }

    // A cancel while the indexes are built takes the stored rows back out: the file is as it was,
    // its meta included, with every index and trigger, and takes the same import again.
    void cancelWhileIndexingTakesTheRowsBack()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("many.csv"));
        const int rows = 20000;
        QVERIFY(test::writeManyAcled(csv, rows));
        auto store = Store::open(dir.filePath(QStringLiteral("bulk.entente")), { .create = true }).store;
        QVERIFY(store);
        store->setMeta(QStringLiteral("title"), QStringLiteral("Kept"));
        const QStringList metaBefore = [&] {
            QStringList out;
            SQLite::Statement q(store->database(), "SELECT key || '=' || value FROM meta ORDER BY key");
            while (q.executeStep())
                out.append(QString::fromStdString(q.getColumn(0).getString()));
            return out;
        }();
        std::atomic<bool> cancel { false };
        ImportProgress progress;
        progress.cancel = &cancel;
        bool stored = false;
        progress.stored = [&](qint64) {
            stored = true;
            cancel = true;
        };
        const ImportResult r = importFile(csv, *store, {}, progress);
        QVERIFY(stored);
        QVERIFY(r.cancelled);
        QCOMPARE(store->countEvents(), 0);
        QCOMPARE(store->counts().actors, 0);
        QCOMPARE(store->counts().sources, 0);
        SQLite::Database &db = store->database();
        QCOMPARE(db.execAndGet("SELECT count(*) FROM events_fts").getInt(), 0);
        QStringList metaAfter;
        {
            SQLite::Statement q(db, "SELECT key || '=' || value FROM meta ORDER BY key");
            while (q.executeStep())
                metaAfter.append(QString::fromStdString(q.getColumn(0).getString()));
        }
        QCOMPARE(metaAfter, metaBefore);
        QCOMPARE(schemaOf(db), freshSchema(dir.path()));
        Event e;
        e.title = QStringLiteral("Added by hand");
        e.start = FuzzyDate::year(2024);
        store->addEvent(e);
        QCOMPARE(store->search(QStringLiteral("hand")).size(), 1);
        store->deleteEvent(store->eventIds({}).constFirst());
        cancel = false;
        progress.stored = nullptr;
        const ImportResult again = importFile(csv, *store, {}, progress);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.summary.eventsAdded, rows);
        QCOMPARE(store->search(QStringLiteral("ceasefire")).size(), rows / 4);
    }

    // A file with anything in it (here a saved view) takes the import in one transaction.
    void fileWithDataImportsInOneTransaction()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("many.csv"));
        QVERIFY(test::writeManyAcled(csv, 20000));
        auto store = Store::open(dir.filePath(QStringLiteral("bulk.entente")), { .create = true }).store;
        QVERIFY(store);
        EventFilter filter;
        filter.text = QStringLiteral("convoy");
        store->saveView(QStringLiteral("Convoys"), filter);
        ImportProgress progress;
        bool stored = false;
        progress.stored = [&](qint64) { stored = true; };
        const ImportResult r = importFile(csv, *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!stored);
        QCOMPARE(store->search(QStringLiteral("convoy")).size(), 5000);
        QCOMPARE(schemaOf(store->database()), freshSchema(dir.path()));
    }

    void cancelIntoFileWithDataKeepsIt()
    {
        auto store = Store::createInMemory();
        Event earlier;
        earlier.title = QStringLiteral("Earlier meeting");
        earlier.start = FuzzyDate::day(2022, 3, 1);
        store->addEvent(earlier);
        std::atomic<bool> cancel { true };
        ImportProgress progress;
        progress.cancel = &cancel;
        QVERIFY(importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled.csv"), *store, {}, progress).cancelled);
        QCOMPARE(store->countEvents(), 1);
        Event later;
        later.title = QStringLiteral("Later ceasefire");
        later.start = FuzzyDate::day(2022, 5, 1);
        store->addEvent(later);
        QCOMPARE(store->search(QStringLiteral("ceasefire")).size(), 1); // the triggers survived the rollback
    }

    void missingColumn()
    {
        auto store = Store::createInMemory();
        ImportOptions o;
        o.format = QStringLiteral("acled");
        ImportProgress progress;
        const ImportResult r
            = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled-missing.csv"), *store, o, progress);
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral("acled-missing.csv, line 1, field \"event_date\": the header lacks this ACLED "
                                "column."));
    }

    void strict()
    {
        auto store = Store::createInMemory();
        ImportOptions o;
        o.strict = true;
        ImportProgress progress;
        const ImportResult r = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled.csv"), *store, o, progress);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("acled.csv, line 4, field \"event_date\"")), qPrintable(r.error));
        QCOMPARE(store->counts().events, 0);
        QCOMPARE(store->counts().actors, 0);
    }
};

QTEST_GUILESS_MAIN(TestAcledImport)
#include "tst_acledimport.moc"
