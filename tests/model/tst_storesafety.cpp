// What the store promises under stress, and what it says when it refuses: a file caught in the
// middle of a checkpoint is healthy; a new file appears whole or not at all, also with two
// creators at once; an import is all or nothing across its files, writes nothing when it adds
// nothing, and fails when every row is bad; and no message shows SQLite's own text.
#include "filedigest.h"
#include "io/importer.h"
#include "store/schema.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace entente;
using entente::test::digest;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray rowsCsv(int rows, const char *word)
{
    QByteArray all = "title,start,actors,sources\n";
    for (int i = 0; i < rows; ++i)
        all += word + QByteArray(" ") + QByteArray::number(i) + ",2021-03-" + QByteArray::number(10 + i % 18)
            + ",Envoy " + QByteArray::number(i) + ",Agency | Report " + QByteArray::number(i) + " | https://e.org/"
            + QByteArray::number(i) + "\n";
    return all;
}

// No SQLite wording in a message meant for a person.
void checkPlain(const QString &message)
{
    for (const char *sql : { "constraint", "UNIQUE", "SQLITE", "sqlite", "database file", "table ", "no such",
                             "syntax error", "disk I/O" })
        QVERIFY2(!message.contains(QLatin1String(sql)), qPrintable(message));
}

} // namespace

class TestStoreSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    // A checkpoint writes the first page (with the new page count) before the pages that make
    // the file that long; a reader then, or a crash then, finds the file shorter than its header
    // says while the log beside it holds every page. It opens, whole; the health check said
    // "damaged (it was cut short)" before.
    void fileCaughtMidCheckpointOpens()
    {
        const QString db = path(QStringLiteral("live.entente"));
        const QString csv = path(QStringLiteral("rows.csv"));
        QVERIFY(writeFile(csv, rowsCsv(3000, "Logged")));
        auto store = Store::open(db, { .create = true }).store;
        QVERIFY(store);
        ImportProgress progress;
        ImportOptions later;
        later.checkpointLater = true; // the rows stay in the log
        QVERIFY(importFile(csv, *store, later, progress).ok);
        const QString wal = db + QStringLiteral("-wal");
        const QString copy = path(QStringLiteral("midcheckpoint.entente"));
        QVERIFY(QFile::copy(wal, copy + QStringLiteral("-wal")));
        const qint64 before = QFileInfo(db).size();
        store->checkpoint();
        const qint64 after = QFileInfo(db).size();
        QVERIFY2(after > before * 2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        // The file as the checkpoint left it halfway: its new first pages, not yet its last ones.
        {
            QFile from(db);
            QVERIFY(from.open(QIODevice::ReadOnly));
            const qint64 pageSize = 4096;
            const QByteArray half = from.read((after / pageSize / 2) * pageSize);
            QVERIFY(writeFile(copy, half));
        }
        store.reset();
        const QString alone = path(QStringLiteral("alone.entente"));
        QVERIFY(QFile::copy(copy, alone));
        QVERIFY2(Store::quickProblems(copy).isEmpty(), qPrintable(Store::quickProblems(copy).join(u'\n')));
        auto opened = Store::open(copy, {});
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.store->counts().events, 3000);
        QCOMPARE(opened.store->search(QStringLiteral("Logged")).size(), 3000);
        QCOMPARE(opened.store->integrityProblems(), QStringList());
        // Without its log the same file is cut short, and says so.
        opened.store.reset();
        const Store::OpenResult refused = Store::open(alone, {});
        QVERIFY(!refused.store);
        QCOMPARE(refused.kind, Store::OpenError::Damaged);
        QVERIFY2(refused.error.contains(QStringLiteral("cut short")), qPrintable(refused.error));
    }

    // A large import into an empty file commits its rows before their indexes; someone opening
    // the file in between finds it marked, but the import is under way, not stopped by a crash:
    // refused as locked, never taken back under the import's feet.
    void openBetweenTheTwoCommitsWaits()
    {
        const QString db = path(QStringLiteral("between.entente"));
        const QString csv = path(QStringLiteral("large.csv"));
        QVERIFY(writeFile(csv, rowsCsv(20000, "Large")));
        QVERIFY(QFileInfo(csv).size() > (1 << 20));
        auto store = Store::open(db, { .create = true }).store;
        QVERIFY(store);
        ImportProgress progress;
        bool looked = false;
        progress.stored = [&](qint64) {
            QVERIFY(Store::hasUnfinishedImport(db));
            const Store::OpenResult other = Store::open(db, {});
            QVERIFY(!other.store);
            QCOMPARE(other.kind, Store::OpenError::Locked);
            checkPlain(other.error);
            looked = true;
        };
        const ImportResult r = importFile(csv, *store, ImportOptions(), progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(looked);
        QCOMPARE(store->counts().events, 20000);
        QCOMPARE(store->search(QStringLiteral("Large")).size(), 20000);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".importing")));
    }

    // Bytes added to the end are named as such, not as a file cut short.
    void appendedBytesAreNamed()
    {
        const QString db = path(QStringLiteral("appended.entente"));
        QVERIFY(Store::open(db, { .create = true }).store);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::Append));
            f.write("trailing junk");
        }
        const QByteArray before = digest(db);
        const Store::OpenResult r = Store::open(db, {});
        QVERIFY(!r.store);
        QCOMPARE(r.kind, Store::OpenError::Damaged);
        QVERIFY2(r.error.contains(QStringLiteral("13 byte")), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QStringLiteral("cut short")), qPrintable(r.error));
        QCOMPARE(digest(db), before);
    }

    // An Entente file whose version another program set to 0: refused, unchanged, with the cause
    // (it said "table meta already exists").
    void versionZeroIsNamed()
    {
        const QString db = path(QStringLiteral("zero.entente"));
        QVERIFY(Store::open(db, { .create = true }).store);
        {
            SQLite::Database raw(db.toStdString(), SQLite::OPEN_READWRITE);
            raw.exec("PRAGMA user_version = 0");
        }
        const QByteArray before = digest(db);
        const Store::OpenResult r = Store::open(db, {});
        QVERIFY(!r.store);
        QCOMPARE(r.kind, Store::OpenError::Damaged);
        QVERIFY2(r.error.contains(QStringLiteral("format version is 0")), qPrintable(r.error));
        checkPlain(r.error);
        QCOMPARE(digest(db), before);
    }

    // A new file is made under a scratch name and linked into place: two processes creating it
    // at once give one sound file, and no scratch file is left.
    void concurrentCreationGivesOneFile()
    {
        for (int round = 0; round < 5; ++round) {
            const QString db = path(QStringLiteral("race%1.entente").arg(round));
            pid_t children[2] = {};
            for (pid_t &child : children) {
                child = ::fork();
                if (child == 0) {
                    const Store::OpenResult r = Store::open(db, { .create = true });
                    ::_exit(r.store || r.kind == Store::OpenError::Locked ? 0 : 1);
                }
            }
            for (pid_t child : children) {
                int status = 0;
                ::waitpid(child, &status, 0);
                QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
            }
            QVERIFY(QFileInfo(db).size() > 0);
            auto opened = Store::open(db, {});
            QVERIFY2(opened.store, qPrintable(opened.error));
            QCOMPARE(opened.store->schemaVersion(), Schema::kCurrentVersion);
        }
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("*.creating") }, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    // A creation a crash stopped leaves its scratch file, never a file at the name; the next
    // creation clears it away.
    void staleScratchIsCleared()
    {
        const QString db = path(QStringLiteral("after-crash.entente"));
        const QString scratch = path(QStringLiteral(".after-crash.entente.abc123.creating"));
        QVERIFY(writeFile(scratch, "half a database"));
        QVERIFY(Store::open(db, { .create = true }).store);
        QVERIFY(!QFileInfo::exists(scratch));
        QCOMPARE(QFileInfo(db).permissions() & QFileDevice::ReadGroup, QFileDevice::ReadGroup);
    }

    // Every file of an import is looked at before anything is written: a missing second file
    // leaves the target as it was (the first was committed before).
    void multiFileImportIsAllOrNothing()
    {
        const QString db = path(QStringLiteral("multi.entente"));
        const QString good = path(QStringLiteral("good.csv"));
        const QString bad = path(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(good, rowsCsv(5, "First")));
        QVERIFY(writeFile(bad, "title,start\nA,2021-01-01\nB,not a date at all\nC,2021-13-45\n"));
        auto store = Store::open(db, { .create = true }).store;
        QVERIFY(store);
        ImportProgress progress;
        ImportResult r = importFiles({ good, path(QStringLiteral("missing.csv")) }, *store, ImportOptions(), progress);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("missing.csv")), qPrintable(r.error));
        QCOMPARE(store->counts().events, 0);
        // A second file that fails part way (--strict) takes the first back with it.
        ImportOptions strict;
        strict.strict = true;
        r = importFiles({ good, bad }, *store, strict, progress);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("bad.csv")), qPrintable(r.error));
        QCOMPARE(store->counts().events, 0);
        QCOMPARE(store->counts().actors, 0);
        // Both good: both in, each with its own summary.
        r = importFiles({ good, good }, *store, ImportOptions(), progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(r.files.at(0).eventsAdded, 5);
        QCOMPARE(r.files.at(1).eventsAdded, 5);
        QCOMPARE(store->counts().events, 10);
        QCOMPARE(store->counts().actors, 5);
    }

    // A file whose every row is refused fails, and writes nothing (it said "Imported 0 events"
    // and exited 0); an import that adds nothing leaves the file's bytes as they were.
    void nothingImportedWritesNothing()
    {
        const QString db = path(QStringLiteral("untouched.entente"));
        {
            auto store = Store::open(db, { .create = true }).store;
            QVERIFY(store);
            Event e;
            e.title = QStringLiteral("Kept");
            e.start = FuzzyDate::year(2020);
            store->addEvent(e);
        }
        const QByteArray before = digest(db);
        const QString allBad = path(QStringLiteral("allbad.csv"));
        QByteArray bad = "title,start\n";
        for (int i = 0; i < 2000; ++i)
            bad += "Row " + QByteArray::number(i) + ",someday\n";
        QVERIFY(writeFile(allBad, bad));
        const QString headerOnly = path(QStringLiteral("header.csv"));
        QVERIFY(writeFile(headerOnly, "title,start\n"));
        {
            auto store = Store::open(db, {}).store;
            QVERIFY(store);
            ImportProgress progress;
            const ImportResult r = importFile(allBad, *store, ImportOptions(), progress);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("none of its 2000 record")), qPrintable(r.error));
            QVERIFY2(r.error.contains(QStringLiteral("line 2")), qPrintable(r.error));
            const ImportResult empty = importFile(headerOnly, *store, ImportOptions(), progress);
            QVERIFY2(empty.ok, qPrintable(empty.error));
            QCOMPARE(empty.summary.eventsAdded, 0);
        }
        QCOMPARE(digest(db), before);
    }

    // Twin ids in an Entente JSON file into a new file: a bad record naming its id, not
    // "UNIQUE constraint failed: events.id".
    void twinIdsAreNamed()
    {
        const QString db = path(QStringLiteral("twins.entente"));
        const QString json = path(QStringLiteral("twins.json"));
        QVERIFY(writeFile(json, R"({"format": "entente", "format_version": 1, "events": [
            {"id": 7, "title": "First", "start": "2021-01-01"},
            {"id": 9, "title": "Second", "start": "2021-01-02"},
            {"id": 7, "title": "Twin", "start": "2021-01-03"}]})"));
        auto store = Store::open(db, { .create = true }).store;
        QVERIFY(store);
        ImportProgress progress;
        ImportResult r = importFile(json, *store, ImportOptions(), progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.skippedCount, 1);
        QVERIFY2(r.summary.skipped.constFirst().reason.contains(QStringLiteral("id 7")),
                 qPrintable(r.summary.skipped.constFirst().reason));
        checkPlain(r.summary.skipped.constFirst().reason);
        ImportOptions strict;
        strict.strict = true;
        const QString other = path(QStringLiteral("twins2.entente"));
        auto second = Store::open(other, { .create = true }).store;
        r = importFile(json, *second, strict, progress);
        QVERIFY(!r.ok);
        checkPlain(r.error);
        QVERIFY2(r.error.contains(QStringLiteral("id 7")), qPrintable(r.error));
        QCOMPARE(second->counts().events, 0);
    }

    // New actors and sources by the thousand, one per row, matched case-blind the Unicode way
    // to what the file holds (a hash lookup each, not a pass over them all).
    void uniqueActorsAndSources()
    {
        const QString db = path(QStringLiteral("unique.entente"));
        const QString csv = path(QStringLiteral("unique.csv"));
        QVERIFY(writeFile(csv, rowsCsv(5000, "Unique")));
        auto store = Store::open(db, { .create = true }).store;
        QVERIFY(store);
        Actor known;
        known.name = QStringLiteral("Ümerov");
        const ActorId ümerov = store->addActor(known);
        ImportProgress progress;
        ImportResult r = importFile(csv, *store, ImportOptions(), progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.actorsNew, 5000);
        QCOMPARE(r.summary.sourcesAdded, 5000);
        QCOMPARE(store->counts().actors, 5001);
        QCOMPARE(store->search(QStringLiteral("Envoy")).size(), 5000);
        QCOMPARE(store->search(QStringLiteral("Report")).size(), 5000);
        // Again: everything matched, nothing new.
        const QString again = path(QStringLiteral("again.csv"));
        QVERIFY(writeFile(again,
                          "title,start,actors,sources\nAgain,2021-05-05,ENVOY 17;ÜMEROV,Agency | Report 17 | "
                          "https://e.org/17\n"));
        r = importFile(again, *store, ImportOptions(), progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.actorsNew, 0);
        QCOMPARE(r.summary.actorsMatched, 2);
        QCOMPARE(r.summary.sourcesAdded, 0);
        QCOMPARE(store->eventsByActor(ümerov).size(), 1);
        QCOMPARE(store->counts().sources, 5000);
    }

    // A folder that cannot be written: the file is named as writable, the folder as the cause.
    void readOnlyFolderIsNamed()
    {
        if (::geteuid() == 0)
            QSKIP("root writes everywhere");
        QDir(m_dir.path()).mkdir(QStringLiteral("locked"));
        const QString folder = path(QStringLiteral("locked"));
        const QString db = folder + QStringLiteral("/in.entente");
        QVERIFY(Store::open(db, { .create = true }).store);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Store::OpenResult r = Store::open(db, {});
        const Store::OpenResult n = Store::open(folder + QStringLiteral("/new.entente"), { .create = true });
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(QStringLiteral("folder")), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QStringLiteral("is read-only")), qPrintable(r.error));
        QVERIFY(!n.store);
        QVERIFY2(n.error.contains(QStringLiteral("folder")), qPrintable(n.error));
        checkPlain(n.error);
    }
};

QTEST_GUILESS_MAIN(TestStoreSafety)
#include "tst_storesafety.moc"
