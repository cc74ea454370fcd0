// ChangesetStream: a shared timeline's import sends its changeset while SQLite makes it. What the
// reader gets, read in pieces of any size, is the changeset made whole, change for change; a
// reader that gives up stops the making, and the connection is free again at once.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "store/pg/changesetstream.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QTest>

#include <memory>
#include <string>

using namespace entente::pg;

namespace {

struct Session
{
    SQLite::Database db { ":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE };
    sqlite3_session *session = nullptr;

    // Rows enough for a changeset of several of the stream's 1 MB pieces, long and short texts,
    // in a rowid table and a table without rowid, with updates and deletes among the inserts.
    explicit Session(int rows)
    {
        db.exec("CREATE TABLE events (id INTEGER PRIMARY KEY, title TEXT NOT NULL, weight REAL)");
        db.exec("CREATE TABLE links (event_id INTEGER, actor_id INTEGER, role TEXT, PRIMARY KEY (event_id, "
                "actor_id)) WITHOUT ROWID");
        db.exec("INSERT INTO events (id, title) VALUES (1, 'before'), (2, 'also before')");
        db.exec("BEGIN");
        sqlite3session_create(db.getHandle(), "main", &session);
        sqlite3session_attach(session, nullptr);
        SQLite::Statement event(db, "INSERT INTO events (id, title, weight) VALUES (?, ?, ?)");
        SQLite::Statement link(db, "INSERT INTO links (event_id, actor_id, role) VALUES (?, ?, ?)");
        for (int i = 10; i < rows + 10; ++i) {
            event.bind(1, i);
            event.bind(2, "Talks, round " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 200), 'x'));
            event.bind(3, i / 7.0);
            event.exec();
            event.reset();
            for (int a = 0; a < 3; ++a) {
                link.bind(1, i);
                link.bind(2, a);
                link.bind(3, a == 0 ? "host" : "participant");
                link.exec();
                link.reset();
            }
        }
        db.exec("UPDATE events SET title = 'changed' WHERE id = 1");
        db.exec("DELETE FROM events WHERE id = 2");
    }
    ~Session()
    {
        sqlite3session_delete(session);
        db.exec("ROLLBACK");
    }

    std::string whole()
    {
        int size = 0;
        void *data = nullptr;
        if (sqlite3session_changeset(session, &size, &data) != SQLITE_OK)
            return {};
        std::string out(static_cast<const char *>(data), static_cast<std::size_t>(size));
        sqlite3_free(data);
        return out;
    }
};

int changes(sqlite3_changeset_iter *iterator)
{
    int n = 0;
    while (sqlite3changeset_next(iterator) == SQLITE_ROW)
        ++n;
    return n;
}

} // namespace

class TestChangesetStream : public QObject
{
    Q_OBJECT

private slots:
    void readerGetsTheWholeChangeset_data()
    {
        QTest::addColumn<int>("piece");
        QTest::addRow("a byte at a time at first, then 7") << 7;
        QTest::addRow("as SQLite asks") << 0;
        QTest::addRow("3 MB at a time") << (3 << 20);
    }

    void readerGetsTheWholeChangeset()
    {
        QFETCH(int, piece);
        Session s(20000);
        const std::string whole = s.whole();
        QVERIFY(whole.size() > (3u << 20)); // several pieces of the stream
        ChangesetStream stream(s.session);
        std::string read;
        if (piece > 0) {
            std::string buffer(static_cast<std::size_t>(piece), '\0');
            for (int first = 0; first < 100; ++first) {
                int size = 1;
                QCOMPARE(ChangesetStream::input(&stream, buffer.data(), &size), SQLITE_OK);
                read.append(buffer.data(), static_cast<std::size_t>(size));
            }
            for (;;) {
                int size = piece;
                QCOMPARE(ChangesetStream::input(&stream, buffer.data(), &size), SQLITE_OK);
                if (size == 0)
                    break;
                QVERIFY(size <= piece);
                read.append(buffer.data(), static_cast<std::size_t>(size));
            }
            QCOMPARE(stream.finish(), SQLITE_OK);
            QCOMPARE(read.size(), whole.size());
            QVERIFY(read == whole);
            return;
        }
        // Read by SQLite's own iterator, as the push does: every change, in the same order.
        sqlite3_changeset_iter *streamed = nullptr;
        QCOMPARE(sqlite3changeset_start_strm(&streamed, &ChangesetStream::input, &stream), SQLITE_OK);
        sqlite3_changeset_iter *made = nullptr;
        QCOMPARE(sqlite3changeset_start(&made, int(whole.size()), const_cast<char *>(whole.data())), SQLITE_OK);
        int count = 0;
        for (;;) {
            const int a = sqlite3changeset_next(streamed);
            const int b = sqlite3changeset_next(made);
            QCOMPARE(a, b);
            if (a != SQLITE_ROW)
                break;
            const char *tableA = nullptr;
            const char *tableB = nullptr;
            int columns = 0;
            int opA = 0;
            int opB = 0;
            int indirect = 0;
            sqlite3changeset_op(streamed, &tableA, &columns, &opA, &indirect);
            sqlite3changeset_op(made, &tableB, &columns, &opB, &indirect);
            QCOMPARE(QByteArray(tableA), QByteArray(tableB));
            QCOMPARE(opA, opB);
            ++count;
        }
        QCOMPARE(sqlite3changeset_finalize(streamed), SQLITE_OK);
        sqlite3changeset_finalize(made);
        QCOMPARE(stream.finish(), SQLITE_OK);
        QCOMPARE(count, 20000 * 4 + 2); // the inserts, one update, one delete
    }

    // A push that fails part way (a conflict, the server gone) drops its stream: the making stops,
    // and the connection answers again, with the session whole.
    void droppedStreamFreesTheConnection()
    {
        Session s(20000);
        const std::string whole = s.whole();
        {
            ChangesetStream stream(s.session);
            char buffer[64];
            int size = sizeof buffer;
            QCOMPARE(ChangesetStream::input(&stream, buffer, &size), SQLITE_OK);
            QCOMPARE(size, int(sizeof buffer));
        }
        QCOMPARE(s.db.execAndGet("SELECT count(*) FROM links").getInt(), 60000);
        QVERIFY(s.whole() == whole);
        sqlite3_changeset_iter *iterator = nullptr;
        auto stream = std::make_unique<ChangesetStream>(s.session);
        QCOMPARE(sqlite3changeset_start_strm(&iterator, &ChangesetStream::input, stream.get()), SQLITE_OK);
        QCOMPARE(changes(iterator), 20000 * 4 + 2);
        QCOMPARE(sqlite3changeset_finalize(iterator), SQLITE_OK);
        QCOMPARE(stream->finish(), SQLITE_OK);
    }
};

QTEST_MAIN(TestChangesetStream)
#include "tst_changesetstream.moc"
