// Opening an Entente file, and refusing what is not one, without changing a byte: a missing
// file, text, another program's database, a newer format, a read-only or locked file, a folder,
// a damaged file; and the upgrade of an older format.
#include "eventfilter.h"
#include "filedigest.h"
#include "io/importer.h"
#include "sampledataset.h"
#include "store/schema.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace entente;
using entente::test::digest;

namespace {

Event makeEvent(const QString &title, const char *start)
{
    Event e;
    e.title = title;
    e.start = *FuzzyDate::parse(QString::fromLatin1(start));
    return e;
}

} // namespace

class TestStoreOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void missingFileIsNotCreatedUnlessAsked()
    {
        const QString p = path(QStringLiteral("absent.entente"));
        auto r = Store::open(p, {});
        QVERIFY(!r.store);
        QVERIFY(r.error.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(p));
    }

    void refusesTextFile()
    {
        const QString p = path(QStringLiteral("notes.entente"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is not a database.\n");
        f.close();
        const QByteArray before = digest(p);
        auto r = Store::open(p, { .allowReadOnly = true });
        QVERIFY(!r.store);
        QCOMPARE(r.error, QStringLiteral("notes.entente is not an Entente file (it is not an SQLite database)."));
        QCOMPARE(digest(p), before);
        QVERIFY(!QFile::exists(p + QStringLiteral("-wal")));
    }

    void refusesForeignDatabase()
    {
        const QString p = path(QStringLiteral("other.db"));
        {
            SQLite::Database db(p.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE places (name TEXT); INSERT INTO places VALUES ('Istanbul')");
        }
        const QByteArray before = digest(p);
        auto r = Store::open(p, { .allowReadOnly = true });
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(QStringLiteral("another program")), qPrintable(r.error));
        QCOMPARE(digest(p), before);
    }

    void refusesNewerSchema()
    {
        const QString p = path(QStringLiteral("future.entente"));
        {
            auto r = Store::open(p, { .create = true });
            QVERIFY(r.store);
            r.store->database().exec("PRAGMA user_version = " + std::to_string(Schema::kCurrentVersion + 1));
            r.store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray before = digest(p);
        auto r = Store::open(p, { .allowReadOnly = true });
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(QStringLiteral("newer version of Entente")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("future.entente")));
        QCOMPARE(digest(p), before);
    }

    void readOnlyFile()
    {
        // Root may write to any file, so the check runs as an ordinary user: in a child process
        // that drops to "nobody" when the test runs as root (as it does in CI).
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString p = dir.filePath(QStringLiteral("locked-down.entente"));
        {
            auto r = Store::open(p, { .create = true });
            SampleDataset::write(*r.store);
            r.store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile::remove(p + QStringLiteral("-wal"));
        QFile::remove(p + QStringLiteral("-shm"));
        QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const QByteArray before = digest(p);
        auto check = [&]() -> int {
            auto refused = Store::open(p, {});
            if (refused.store
                || refused.error != QStringLiteral("locked-down.entente is read-only: Entente cannot write to it."))
                return 1;
            auto r = Store::open(p, { .allowReadOnly = true });
            if (!r.store || !r.store->isReadOnly() || r.store->counts().events != 12)
                return 2;
            try {
                r.store->addEvent(makeEvent(QStringLiteral("x"), "2022"));
                return 3;
            } catch (const StoreError &) { }
            return 0;
        };
        int status = 0;
        if (::geteuid() == 0) {
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(10);
                ::_exit(check());
            }
            int wstatus = 0;
            ::waitpid(child, &wstatus, 0);
            QVERIFY(WIFEXITED(wstatus));
            status = WEXITSTATUS(wstatus);
        } else {
            status = check();
        }
        QCOMPARE(status, 0);
        QCOMPARE(digest(p), before);
    }

    void refusesFileLockedByAnotherWriter()
    {
        const QString p = path(QStringLiteral("busy.entente"));
        {
            auto r = Store::open(p, { .create = true });
            QVERIFY(r.store);
        }
        // Another program holds the write lock, as during its own import.
        SQLite::Database other(p.toStdString(), SQLite::OPEN_READWRITE);
        other.exec("BEGIN IMMEDIATE");
        other.exec("INSERT INTO meta (key, value) VALUES ('title', 'half written')");
        auto r = Store::open(p, { .allowReadOnly = true });
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(QStringLiteral("locked by another program")), qPrintable(r.error));
        other.exec("ROLLBACK");
        auto again = Store::open(p, {});
        QVERIFY2(again.store, qPrintable(again.error));
        QCOMPARE(again.store->meta(QStringLiteral("title")), QString());
    }

    // A worker's reading connection opens beside a writer in the middle of its transaction (the
    // window importing while the timeline rebuilds its index): it sees the last commit, takes no
    // lock and cannot write.
    void readerOpensBesideWriter()
    {
        const QString p = path(QStringLiteral("reader.entente"));
        {
            auto r = Store::open(p, { .create = true });
            QVERIFY(r.store);
            r.store->addEvent(makeEvent(QStringLiteral("Committed"), "2022-03-29"));
        }
        auto writer = Store::open(p, { .allowReadOnly = true, .exclusive = true });
        QVERIFY2(writer.store, qPrintable(writer.error));
        writer.store->database().exec("BEGIN IMMEDIATE");
        writer.store->database().exec("INSERT INTO meta (key, value) VALUES ('title', 'half written')");
        auto reader = Store::open(p, { .readOnly = true });
        QVERIFY2(reader.store, qPrintable(reader.error));
        QVERIFY(reader.store->isReadOnly());
        QCOMPARE(reader.store->counts().events, 1);
        QCOMPARE(reader.store->meta(QStringLiteral("title")), QString());
        QVERIFY_THROWS_EXCEPTION(SQLite::Exception,
                                 reader.store->database().exec("INSERT INTO meta (key, value) VALUES ('x', 'y')"));
        writer.store->database().exec("COMMIT");
        QCOMPARE(reader.store->meta(QStringLiteral("title")), QStringLiteral("half written"));
    }

    void refusesFolderAndDamagedFile()
    {
        auto r = Store::open(m_dir.path(), { .allowReadOnly = true });
        QVERIFY(!r.store);
        QVERIFY(r.error.contains(QStringLiteral("folder")));
        // An SQLite header followed by garbage.
        const QString p = path(QStringLiteral("damaged.entente"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xAB'));
        f.close();
        const QByteArray before = digest(p);
        auto d = Store::open(p, { .allowReadOnly = true });
        QVERIFY(!d.store);
        QVERIFY2(d.error.contains(QStringLiteral("damaged.entente")), qPrintable(d.error));
        QCOMPARE(digest(p), before);
    }

    // Version 3 has one date index (start_key, id, end_key) instead of two, and a search index
    // without word positions. A version 2 file gets the index on opening and keeps its search
    // index, which answers the same queries.
    void migratesFromVersion2()
    {
        const QString p = path(QStringLiteral("v2.entente"));
        {
            auto r = Store::open(p, { .create = true });
            QVERIFY(r.store);
            r.store->addEvent(makeEvent(QStringLiteral("Talks in Istanbul"), "2022-03-29"));
            SQLite::Database &db = r.store->database();
            // The version 2 layout: two date indexes, the search index with positions.
            db.exec("DROP INDEX events_start");
            db.exec("CREATE INDEX events_start ON events (start_key, id)");
            db.exec("CREATE INDEX events_span ON events (start_key, end_key)");
            Schema::dropSearchTriggers(db);
            db.exec("DROP TABLE events_fts");
            db.exec("CREATE VIRTUAL TABLE events_fts USING fts5 (title, summary, actors, place, quotes, "
                    "tokenize = 'unicode61 remove_diacritics 2')");
            Schema::createSearchTriggers(db);
            Schema::rebuildSearchIndex(db);
            db.exec("PRAGMA user_version = 2");
        }
        auto r = Store::open(p, {});
        QVERIFY2(r.store, qPrintable(r.error));
        QCOMPARE(r.store->schemaVersion(), Schema::kCurrentVersion);
        SQLite::Database &db = r.store->database();
        QCOMPARE(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'events_span'").getInt(), 0);
        QCOMPARE(db.execAndGet("SELECT group_concat(name, ',') FROM pragma_index_info('events_start')").getString(),
                 std::string("start_key,id,end_key"));
        QCOMPARE(r.store->search(QStringLiteral("Istanb")).size(), 1);
        QCOMPARE(r.store->search(QStringLiteral("talks_istanbul")).size(), 1);
        r.store->addEvent(makeEvent(QStringLiteral("Talks in Antalya"), "2022-03-10"));
        QCOMPARE(r.store->search(QStringLiteral("talks")).size(), 2);
        EventFilter window;
        window.from = FuzzyDate::day(2022, 3, 20).startSeconds();
        window.to = FuzzyDate::day(2022, 4, 1).startSeconds();
        QCOMPARE(r.store->countEvents(window), 1);
    }

    // The title index is no longer kept (the table sorts a large file by title on a reader's
    // thread): a new file has none, and a file from before keeps it until the next import into
    // it (the write it slows down) drops it, on the import's thread and in its transaction: a dry
    // run, rolled back, leaves it. The version is unchanged (an older Entente reads it the same).
    void theTitleIndexIsRetiredByAnImport()
    {
        const QString p = path(QStringLiteral("titleindex.entente"));
        auto titleIndexes = [](SQLite::Database &db) {
            return db
                .execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events' "
                            "AND sql LIKE '%title%'")
                .getInt();
        };
        {
            auto r = Store::open(p, { .create = true });
            QVERIFY(r.store);
            r.store->addEvent(makeEvent(QStringLiteral("Talks in Istanbul"), "2022-03-29"));
            SQLite::Database &db = r.store->database();
            QCOMPARE(titleIndexes(db), 0);
            db.exec("CREATE INDEX events_title ON events (title COLLATE NOCASE, id)");
        }
        auto r = Store::open(p, {});
        QVERIFY2(r.store, qPrintable(r.error));
        SQLite::Database &db = r.store->database();
        QCOMPARE(titleIndexes(db), 1);
        const QString json = QStringLiteral(ENTENTE_TEST_DATA "/io/entente.json");
        ImportProgress progress;
        ImportOptions dry;
        dry.dryRun = true;
        QVERIFY(importFile(json, *r.store, dry, progress).ok);
        QCOMPARE(titleIndexes(db), 1);
        const ImportResult imported = importFile(json, *r.store, {}, progress);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(titleIndexes(db), 0);
        QCOMPARE(r.store->schemaVersion(), Schema::kCurrentVersion);
        QCOMPARE(r.store->eventIds({}, EventOrder::Title, false, 100, 0).size(),
                 static_cast<qsizetype>(1 + imported.summary.eventsAdded));

        // Into an empty file, whose indexes an import drops and builds again at its end: not that one.
        auto empty = Store::open(path(QStringLiteral("titleindex-empty.entente")), { .create = true });
        QVERIFY(empty.store);
        empty.store->database().exec("CREATE INDEX events_title ON events (title COLLATE NOCASE, id)");
        QCOMPARE(titleIndexes(empty.store->database()), 1);
        QVERIFY(importFile(json, *empty.store, {}, progress).ok);
        QCOMPARE(titleIndexes(empty.store->database()), 0);
        QCOMPARE(empty.store->database()
                     .execAndGet("SELECT count(*) FROM sqlite_schema WHERE name IN ('events_start', 'events_kind')")
                     .getInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
