// BatchInsert: rows of many values per statement, whatever their number, in order, and an
// insert that fails says why.
#include "store/batchinsert.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QTest>

#include <string>
#include <vector>

using namespace entente;

class TestBatchInsert : public QObject
{
    Q_OBJECT

private slots:
    void everyCountArrivesInOrder_data()
    {
        QTest::addColumn<int>("count");
        for (int count : { 0, 1, 7, 8, 9, 16, 23, 100 })
            QTest::addRow("%d rows", count) << count;
    }

    void everyCountArrivesInOrder()
    {
        QFETCH(int, count);
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, weight REAL)");
        BatchInsert batch(db.getHandle(), "INSERT INTO t (id, name, weight)", 3, 8);
        std::vector<std::string> names;
        names.reserve(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i)
            names.push_back("row " + std::to_string(i));
        batch.insert(names.size(), [&](sqlite3_stmt *q, std::size_t i, int p) {
            sqlite3_bind_int64(q, p, static_cast<sqlite3_int64>(i) * 10 + 1);
            sqlite3_bind_text(q, p + 1, names[i].data(), static_cast<int>(names[i].size()), SQLITE_STATIC);
            if (i % 2 == 0)
                sqlite3_bind_double(q, p + 2, 0.5 * static_cast<double>(i));
            else
                sqlite3_bind_null(q, p + 2);
        });
        SQLite::Statement rows(db, "SELECT id, name, weight FROM t ORDER BY id");
        int seen = 0;
        while (rows.executeStep()) {
            QCOMPARE(rows.getColumn(0).getInt64(), seen * 10 + 1);
            QCOMPARE(rows.getColumn(1).getString(), names[static_cast<std::size_t>(seen)]);
            QCOMPARE(rows.getColumn(2).isNull(), seen % 2 == 1);
            if (seen % 2 == 0)
                QCOMPARE(rows.getColumn(2).getDouble(), 0.5 * seen);
            ++seen;
        }
        QCOMPARE(seen, count);
        // A second call reuses the statements, a batch's worth of leftover values included.
        batch.insert(3, [&](sqlite3_stmt *q, std::size_t i, int p) {
            sqlite3_bind_int64(q, p, 100000 + static_cast<sqlite3_int64>(i));
            sqlite3_bind_text(q, p + 1, "again", -1, SQLITE_STATIC);
            sqlite3_bind_null(q, p + 2);
        });
        QCOMPARE(db.execAndGet("SELECT count(*) FROM t WHERE name = 'again' AND weight IS NULL").getInt(), 3);
    }

    void failureThrowsWithTheReason()
    {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        BatchInsert batch(db.getHandle(), "INSERT INTO t (id, name)", 2, 4);
        bool threw = false;
        try {
            batch.insert(5, [](sqlite3_stmt *q, std::size_t i, int p) {
                sqlite3_bind_int64(q, p, static_cast<sqlite3_int64>(i));
                if (i == 4)
                    sqlite3_bind_null(q, p + 1); // NOT NULL: the second statement fails
                else
                    sqlite3_bind_text(q, p + 1, "x", -1, SQLITE_STATIC);
            });
        } catch (const SQLite::Exception &e) {
            threw = true;
            QVERIFY2(QByteArray(e.what()).contains("NOT NULL"), e.what());
        }
        QVERIFY(threw);
        QCOMPARE(db.execAndGet("SELECT count(*) FROM t").getInt(), 4); // the first batch went in
        // The connection goes on working after the failure.
        batch.insert(1, [](sqlite3_stmt *q, std::size_t, int p) {
            sqlite3_bind_int64(q, p, 99);
            sqlite3_bind_text(q, p + 1, "y", -1, SQLITE_STATIC);
        });
        QCOMPARE(db.execAndGet("SELECT name FROM t WHERE id = 99").getString(), std::string("y"));
    }

    void badStatementRefusedAtOnce()
    {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        QVERIFY_THROWS_EXCEPTION(SQLite::Exception, BatchInsert(db.getHandle(), "INSERT INTO missing (a)", 1, 4));
    }
};

QTEST_GUILESS_MAIN(TestBatchInsert)
#include "tst_batchinsert.moc"
