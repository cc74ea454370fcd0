// SearchSegments: a search index built beside a file's (SearchIndexBuilder::forAppending) added to
// it as segments, checked by FTS5's own integrity check and by what searches find, also after the
// same connection writes the index again (FTS5 remembers the list of segments it last read).
#include "io/importer.h"
#include "store/schema.h"
#include "store/searchindexbuilder.h"
#include "store/searchsegments.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace entente;

namespace {

const char *const kInsert
    = "INSERT INTO events_fts (rowid, title, summary, actors, place, quotes) VALUES (?,?,?,?,?,?)";

void insertRow(SQLite::Database &db, std::int64_t id, const std::string &title)
{
    SQLite::Statement q(db, kInsert);
    q.bind(1, static_cast<int64_t>(id));
    q.bind(2, title);
    q.bind(3, "summary of " + std::to_string(id));
    q.bind(4, std::string("Vladimir Putin"));
    q.bind(5, std::string("Istanbul"));
    q.bind(6, std::string("a quote"));
    q.exec();
}

int found(SQLite::Database &db, const std::string &words)
{
    SQLite::Statement q(db, "SELECT count(*) FROM events_fts WHERE events_fts MATCH ?");
    q.bind(1, words);
    q.executeStep();
    return q.getColumn(0).getInt();
}

std::vector<std::int64_t> foundIds(SQLite::Database &db, const std::string &words)
{
    SQLite::Statement q(db, "SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid");
    q.bind(1, words);
    std::vector<std::int64_t> out;
    while (q.executeStep())
        out.push_back(q.getColumn(0).getInt64());
    return out;
}

void checkIntegrity(SQLite::Database &db)
{
    db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
}

SearchSegments::Structure structureOf(SQLite::Database &db)
{
    SQLite::Statement q(db, "SELECT block FROM events_fts_data WHERE id = 10");
    q.executeStep();
    const SQLite::Column c = q.getColumn(0);
    const auto parsed = SearchSegments::parse(
        std::string_view(static_cast<const char *>(c.getBlob()), static_cast<std::size_t>(c.size())));
    if (!parsed)
        throw std::runtime_error("the structure record is not one SearchSegments reads");
    return *parsed;
}

std::size_t segmentCount(const SearchSegments::Structure &s)
{
    std::size_t n = 0;
    for (const auto &level : s.levels)
        n += level.segments.size();
    return n;
}

// A file's search table with `rows` rows "old N" (one transaction each `perCommit` rows).
void fill(SQLite::Database &db, int rows, int perCommit = 1000)
{
    for (int i = 1; i <= rows; ++i) {
        if ((i - 1) % perCommit == 0)
            db.exec("BEGIN");
        insertRow(db, i, "old talks number " + std::to_string(i));
        if (i % perCommit == 0 || i == rows)
            db.exec("COMMIT");
    }
}

// A search table in memory with `rows` rows "old talks number N".
SQLite::Database memoryIndex(int rows)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    Schema::recreateSearchTable(db);
    fill(db, rows);
    return db;
}

// Rows "new N" for ids [from, to], built beside `target` and appended to it in one transaction;
// whether they went in as segments.
bool appendRows(SQLite::Database &target, std::int64_t from, std::int64_t to, const std::string &word = "ceasefire")
{
    auto builder = SearchIndexBuilder::forAppending(target);
    if (!builder)
        throw std::runtime_error("no builder for the target");
    for (std::int64_t id = from; id <= to; ++id) {
        const std::string title = word + " proposal " + std::to_string(id);
        builder->add(id, title, "summary", "Hakan Fidan", "Ankara", "new quote");
    }
    target.exec("BEGIN IMMEDIATE");
    const bool asSegments = builder->appendTo(target);
    target.exec("COMMIT");
    return asSegments;
}

} // namespace

class TestSearchSegments : public QObject
{
    Q_OBJECT

private slots:
    void varints_data()
    {
        QTest::addColumn<quint64>("value");
        QTest::addColumn<int>("bytes");
        QTest::newRow("0") << quint64(0) << 1;
        QTest::newRow("127") << quint64(127) << 1;
        QTest::newRow("128") << quint64(128) << 2;
        QTest::newRow("16383") << quint64(16383) << 2;
        QTest::newRow("16384") << quint64(16384) << 3;
        QTest::newRow("2^56-1") << quint64((1ULL << 56) - 1) << 8;
        QTest::newRow("2^56") << quint64(1ULL << 56) << 9;
        QTest::newRow("max") << std::numeric_limits<quint64>::max() << 9;
    }
    void varints()
    {
        QFETCH(quint64, value);
        QFETCH(int, bytes);
        std::string out = "x";
        SearchSegments::appendVarint(out, value);
        QCOMPARE(int(out.size()) - 1, bytes);
        std::size_t at = 1;
        std::uint64_t back = 0;
        QVERIFY(SearchSegments::readVarint(out, at, back));
        QCOMPARE(back, value);
        QCOMPARE(at, out.size());
        // Cut short: not read.
        at = 1;
        QVERIFY(!SearchSegments::readVarint(std::string_view(out).substr(0, out.size() - 1), at, back));
    }

    // What FTS5 wrote, read and written again byte for byte; records it did not write refused.
    void structureRecord()
    {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
        Schema::recreateSearchTable(db);
        db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 0)");
        fill(db, 40, 10);
        SQLite::Statement q(db, "SELECT block FROM events_fts_data WHERE id = 10");
        QVERIFY(q.executeStep());
        const std::string record = q.getColumn(0).getString();
        const auto parsed = SearchSegments::parse(record);
        QVERIFY(parsed.has_value());
        QCOMPARE(segmentCount(*parsed), std::size_t(4));
        QCOMPARE(SearchSegments::encode(*parsed), record);

        QVERIFY(!SearchSegments::parse(record.substr(0, record.size() - 1)));
        QVERIFY(!SearchSegments::parse(record + '\0'));
        QVERIFY(!SearchSegments::parse(record.substr(0, 4)));
        std::string later = record;
        later.insert(4, std::string("\xff\x00\x00\x01", 4)); // a later SQLite's layout
        QVERIFY(!SearchSegments::parse(later));
        SearchSegments::Structure zero = *parsed;
        zero.levels.front().segments.front().id = 0;
        QVERIFY(!SearchSegments::parse(SearchSegments::encode(zero)));
    }

    // The structure cached by a search on the target's connection before the append is
    // forgotten: the same connection finds the new rows, and its next write keeps them.
    void appendedAsSegments()
    {
        QTemporaryDir dir;
        SQLite::Database target(QString(dir.path() + QStringLiteral("/t.db")).toStdString(),
                                SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        Schema::recreateSearchTable(target);
        fill(target, 3000);
        QCOMPARE(found(target, "talks"), 3000); // FTS5 now holds the structure in memory
        const std::size_t before = segmentCount(structureOf(target));

        QVERIFY(appendRows(target, 3001, 5000));
        const SearchSegments::Structure after = structureOf(target);
        QCOMPARE(segmentCount(after), before + 1); // the builder's index made one segment
        checkIntegrity(target);
        QCOMPARE(found(target, "ceasefire"), 2000);
        QCOMPARE(found(target, "talks"), 3000);
        QCOMPARE(found(target, "fidan"), 2000);
        QCOMPARE(found(target, "putin"), 3000);
        QCOMPARE(foundIds(target, "proposal AND 4567"), std::vector<std::int64_t> { 4567 });
        QCOMPARE(target.execAndGet("SELECT count(*) FROM events_fts").getInt(), 5000);

        // Written again on the same connection: an insert, an update and a delete, each of rows
        // old and new; every segment still listed (a stale list would lose the appended one).
        target.exec("BEGIN");
        insertRow(target, 5001, "armistice signed");
        target.exec("UPDATE events_fts SET title = 'armistice again' WHERE rowid IN (10, 4000)");
        target.exec("DELETE FROM events_fts WHERE rowid IN (11, 4001)");
        target.exec("COMMIT");
        checkIntegrity(target);
        QCOMPARE(foundIds(target, "armistice"), (std::vector<std::int64_t> { 10, 4000, 5001 }));
        QCOMPARE(found(target, "ceasefire"), 1998);
        QCOMPARE(found(target, "talks"), 2998);
        QVERIFY(segmentCount(structureOf(target)) >= segmentCount(after));

        // And a second append after those writes, then a fresh connection reads it all.
        QVERIFY(appendRows(target, 6000, 6999, "truce"));
        checkIntegrity(target);
        SQLite::Database other(QString(dir.path() + QStringLiteral("/t.db")).toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(found(other, "truce"), 1000);
        QCOMPARE(found(other, "armistice"), 3);
        QCOMPARE(other.execAndGet("SELECT count(*) FROM events_fts").getInt(), 5999);
        // The averages record counts every row (FTS5's ranking reads it).
        QCOMPARE(other.execAndGet("SELECT count(*) FROM events_fts_content").getInt(), 5999);
    }

    // Rows written to the index earlier in the same transaction, still in FTS5's memory (not
    // yet in its tables) when the segments are appended: neither is lost.
    void pendingRowsBeforeTheAppend()
    {
        SQLite::Database target = memoryIndex(500);
        QCOMPARE(found(target, "talks"), 500);
        auto builder = SearchIndexBuilder::forAppending(target);
        QVERIFY(builder);
        for (std::int64_t id = 1001; id <= 1300; ++id)
            builder->add(id, "ceasefire proposal", "summary", "Hakan Fidan", "Ankara", "new quote");
        target.exec("BEGIN");
        for (int id = 501; id <= 600; ++id)
            insertRow(target, id, "pending armistice");
        QVERIFY(builder->appendTo(target));
        insertRow(target, 601, "pending armistice");
        target.exec("COMMIT");
        checkIntegrity(target);
        QCOMPARE(found(target, "armistice"), 101);
        QCOMPARE(found(target, "ceasefire"), 300);
        QCOMPARE(found(target, "talks"), 500);
    }

    // A row deleted from the file whose id an import gives again: found by its new words only.
    void reusedIdWinsOverDeleted()
    {
        SQLite::Database target = memoryIndex(500);
        target.exec("DELETE FROM events_fts WHERE rowid = 250");
        QVERIFY(appendRows(target, 250, 250));
        checkIntegrity(target);
        QCOMPARE(foundIds(target, "ceasefire"), std::vector<std::int64_t> { 250 });
        QCOMPARE(found(target, "talks AND 250"), 0);
        QCOMPARE(found(target, "talks"), 499);
    }

    // The newest level as full as FTS5 leaves it: the rows are inserted instead, and FTS5
    // merges as it writes them.
    void fullNewestLevelInsertsRows()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + QStringLiteral("/full.db")).toStdString();
        {
            SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            Schema::recreateSearchTable(db);
            db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 0)");
            fill(db, 15, 1); // a segment per commit, all on level 0
            db.exec("DELETE FROM events_fts_config WHERE k = 'automerge'");
        }
        SQLite::Database target(path, SQLite::OPEN_READWRITE);
        QCOMPARE(structureOf(target).levels.front().segments.size(), std::size_t(15));
        QVERIFY(!appendRows(target, 16, 115));
        checkIntegrity(target);
        QCOMPARE(found(target, "ceasefire"), 100);
        QCOMPARE(found(target, "talks"), 15);
    }

    // A desk adding a day's file after another: each import appends a segment to the newest
    // level until it holds as many as FTS5 lets one hold; the next is inserted row by row, FTS5
    // merges that level as it writes, and the imports after it are appended again.
    void manyImportsInARow()
    {
        SQLite::Database target = memoryIndex(1000);
        int inserted = 0;
        std::int64_t next = 1001;
        for (int day = 0; day < 24; ++day, next += 200) {
            if (!appendRows(target, next, next + 199, "day" + std::to_string(day)))
                ++inserted;
            QVERIFY(structureOf(target).levels.front().segments.size() <= SearchSegments::kMaxNewestSegments);
        }
        QVERIFY2(inserted >= 1 && inserted <= 3, qPrintable(QString::number(inserted)));
        checkIntegrity(target);
        QCOMPARE(found(target, "talks"), 1000);
        QCOMPARE(found(target, "proposal"), 24 * 200);
        QCOMPARE(found(target, "day17"), 200);
        QCOMPARE(target.execAndGet("SELECT count(*) FROM events_fts").getInt(), 1000 + 24 * 200);
    }

    // A file from before (an index with word positions and column sizes): the scratch index takes
    // its definition, and its column sizes are added too.
    void olderLayout()
    {
        SQLite::Database target(":memory:", SQLite::OPEN_READWRITE);
        target.exec("CREATE VIRTUAL TABLE events_fts USING fts5 (title, summary, actors, place, quotes, "
                    "tokenize = 'unicode61 remove_diacritics 2')");
        fill(target, 300);
        QVERIFY(appendRows(target, 301, 400));
        checkIntegrity(target);
        QCOMPARE(target.execAndGet("SELECT count(*) FROM events_fts_docsize").getInt(), 400);
        QCOMPARE(found(target, "\"ceasefire proposal\""), 100); // a phrase: positions kept
        QCOMPARE(found(target, "talks"), 300);
    }

    // An empty file's index built whole beside it and copied in row by row (its scratch
    // database not attached: no room beside the file).
    void wholeIndexCopiedRowByRow()
    {
        SQLite::Database target(":memory:", SQLite::OPEN_READWRITE);
        Schema::recreateSearchTable(target);
        SearchIndexBuilder builder;
        QVERIFY(!builder.attached());
        for (std::int64_t id = 1; id <= 2000; ++id)
            builder.add(id, "truce talks " + std::to_string(id), "summary", "Hakan Fidan", "Ankara", "a quote");
        target.exec("BEGIN");
        builder.finishInto(target);
        target.exec("COMMIT");
        checkIntegrity(target);
        QCOMPARE(found(target, "truce"), 2000);
        QCOMPARE(foundIds(target, "talks AND 1234"), std::vector<std::int64_t> { 1234 });
    }

    // An index with a setting of its own is not one segments are appended to.
    void settingsKeepTheWriterPath()
    {
        SQLite::Database target = memoryIndex(10);
        QVERIFY(SearchSegments::appendable(target));
        target.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('pgsz', 2000)");
        QVERIFY(!SearchSegments::appendable(target));
        QVERIFY(!SearchIndexBuilder::forAppending(target));
    }

    // Through the importer, into a file with data whose connection searched first, then edited
    // through the store: the store's own check finds nothing wrong.
    void importThenEdit()
    {
        QTemporaryDir dir;
        const QString csv = dir.path() + QStringLiteral("/talks.csv");
        auto write = [&csv](const QString &word, int first, int count) {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("title,start,actors,sources\n");
            for (int i = first; i < first + count; ++i)
                f.write(QStringLiteral("%1 meeting %2,2024-03-%3,Hakan Fidan;Vladimir Putin,https://example.org/%2\n")
                            .arg(word)
                            .arg(i)
                            .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                            .toUtf8());
        };
        auto store = Store::open(dir.path() + QStringLiteral("/t.entente"), { .create = true }).store;
        QVERIFY(store);
        write(QStringLiteral("Istanbul"), 0, 3000);
        ImportProgress progress;
        ImportResult r = importFile(csv, *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(store->search(QStringLiteral("istanbul")).size(), 3000);
        const std::size_t before = segmentCount(structureOf(store->database()));
        // Its sources are https://example.org/N: 500..1,999 the file holds, read in two halves at
        // once (1..1,500 and 1,501..3,000), and 4,500..4,999 are new.
        write(QStringLiteral("Geneva"), 3000, 2000);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray all = f.readAll();
            for (int i = 3000; i < 4500; ++i)
                all.replace(QStringLiteral("example.org/%1\n").arg(i).toUtf8(),
                            QStringLiteral("example.org/%1\n").arg(i - 2500).toUtf8());
            f.resize(0);
            f.write(all);
        }
        r = importFile(csv, *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.sourcesAdded, 500);
        QCOMPARE(store->counts().sources, 3500);
        QCOMPARE(segmentCount(structureOf(store->database())), before + 1);
        // Its scratch database, beside the file and attached to be copied by statement, is gone.
        QVERIFY(!QFile::exists(store->path() + QStringLiteral(".search-index")));
        QCOMPARE(store->database().execAndGet("SELECT count(*) FROM pragma_database_list").getInt(), 1);
        QCOMPARE(store->search(QStringLiteral("geneva")).size(), 2000);
        QCOMPARE(store->search(QStringLiteral("fidan")).size(), 5000);
        QCOMPARE(store->integrityProblems(), QStringList());

        // Edits through the store's triggers, on the same connection.
        const QList<EventId> geneva = store->search(QStringLiteral("geneva"));
        std::optional<Event> e = store->event(geneva.front());
        QVERIFY(e);
        e->title = QStringLiteral("Lausanne talks");
        store->updateEvent(*e);
        store->deleteEvent(geneva.back());
        checkIntegrity(store->database());
        QCOMPARE(store->search(QStringLiteral("geneva")).size(), 1998);
        QCOMPARE(store->search(QStringLiteral("lausanne")).size(), 1);
        QCOMPARE(store->integrityProblems(), QStringList());

        // An import that fails after its segment was appended (here just before its commit) is
        // rolled back whole, and the same connection's index is as it was and takes the next.
        write(QStringLiteral("Montreux"), 6000, 500);
        ImportProgress failing;
        failing.beforeCommit = [](Store &s) {
            QCOMPARE(s.search(QStringLiteral("montreux")).size(), 500); // appended, in the transaction
            throw std::runtime_error("refused before the commit");
        };
        r = importFile(csv, *store, {}, failing);
        QVERIFY(!r.ok);
        checkIntegrity(store->database());
        QVERIFY(store->search(QStringLiteral("montreux")).isEmpty());
        QCOMPARE(store->search(QStringLiteral("geneva")).size(), 1998);
        QVERIFY(!QFile::exists(store->path() + QStringLiteral(".search-index")));
        r = importFile(csv, *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        checkIntegrity(store->database());
        QCOMPARE(store->search(QStringLiteral("montreux")).size(), 500);
        QCOMPARE(store->integrityProblems(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSearchSegments)
#include "tst_searchsegments.moc"
