// The references between a shared timeline's tables, kept on the server by triggers (PgReferences):
// tested at the database, as any client (another tool, psql) would meet them. A row whose parent
// is missing is refused, by INSERT, UPDATE and COPY alike; deleting parents deletes what refers to
// them, through two levels; a key in use cannot change; a parent deleted while another
// transaction adds a row referring to it leaves no row behind, whichever goes first; a database
// of the layout before (constraints) is brought forward with its rows.
#include "pgtestcase.h"

#include <chrono>
#include <thread>
#include <utility>

namespace {

// Runs `sql` and returns the SQLSTATE it failed with (empty: it did not fail).
QByteArray failure(PgConnection &c, const QByteArray &sql)
{
    try {
        c.exec(sql);
    } catch (const PgError &e) {
        return e.sqlState();
    }
    return {};
}

qint64 count(PgConnection &c, const QByteArray &sql)
{
    return c.exec(sql).toInt64(0, 0);
}

// A thread waiting on a lock `holder` has: on a failed check, the holder's transaction is rolled
// back and the thread joined (a joinable thread left behind would end the test run).
struct Waiter
{
    std::thread &thread;
    PgConnection &holder;
    ~Waiter()
    {
        if (thread.joinable()) {
            holder.rollback();
            thread.join();
        }
    }
};

} // namespace

class TestPgReferences : public PgTestCase
{
    Q_OBJECT

    // A shared timeline with the scenario's rows; `event` gets an event with actors, sources
    // and an account of one of them, `source` that source.
    std::unique_ptr<PgConnection> timeline(const char *name, qint64 *event = nullptr, qint64 *source = nullptr)
    {
        const QString url = fresh(name);
        auto store = openShared(url, QString::fromLatin1(name), true);
        if (!store)
            return nullptr;
        applyScenario(*store);
        for (const EventId id : store->eventIds({})) {
            const Event e = *store->event(id);
            if (e.actors.isEmpty() || e.sources.isEmpty())
                continue;
            QList<EventSource> accounts = store->accounts(id);
            accounts.first().account.status = ClaimStatus::Disputed;
            accounts.first().account.figure = u"40"_s;
            store->setAccounts(id, accounts);
            break;
        }
        auto c = PgConnection::connect(url);
        if (event)
            *event = count(*c, "SELECT min(event_id) FROM event_accounts");
        if (source)
            *source = count(*c, "SELECT min(source_id) FROM event_accounts");
        return c;
    }

private slots:
    void initTestCase()
    {
        if (!setUpServer())
            QSKIP("ENTENTE_TEST_PG_URL is not set: no PostgreSQL test server");
    }

    // The triggers check at the end of each statement: a transaction writes parents first, in
    // PgSchema's order of tables (a changeset lists them in that order). So every table's parents
    // come before it: the schema has no cycle.
    void everyParentComesBeforeItsChildren()
    {
        const QList<PgTable> &tables = PgSchema::current().tables();
        auto at = [&](const QByteArray &name) {
            for (qsizetype i = 0; i < tables.size(); ++i)
                if (tables.at(i).name == name)
                    return i;
            return qsizetype(-1);
        };
        const std::unique_ptr<Store> fresh = Store::createInMemory();
        int references = 0;
        for (const PgTable &t : tables) {
            SQLite::Statement fk(fresh->database(), "SELECT \"table\" FROM pragma_foreign_key_list(?)");
            fk.bind(1, t.name.constData());
            while (fk.executeStep()) {
                const QByteArray parent(fk.getColumn(0).getText());
                QVERIFY2(at(parent) >= 0 && at(parent) < at(t.name),
                         QByteArray(parent + " after " + t.name).constData());
                ++references;
            }
        }
        QVERIFY(references >= 10);
    }

    void triggersInsteadOfConstraints()
    {
        auto c = timeline("pg_refs_layout");
        QVERIFY(c);
        QCOMPARE(count(*c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"), 0);
        for (const char *table : { "event_actors", "event_sources", "event_accounts", "event_attributes" })
            QCOMPARE(count(*c,
                           QByteArray("SELECT count(*) FROM pg_trigger WHERE tgrelid = '") + table
                               + "'::regclass AND tgname IN ('entente_refs_insert', 'entente_refs_update')"),
                     2);
        QCOMPARE(count(*c,
                       "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'events'::regclass "
                       "AND tgname IN ('entente_refs_delete', 'entente_refs_rekey')"),
                 2);
    }

    void aRowWithoutItsParentIsRefused()
    {
        qint64 event = 0;
        auto c = timeline("pg_refs_orphan", &event);
        QVERIFY(c);
        QVERIFY(event > 0);
        const QByteArray actor = QByteArray::number(count(*c, "SELECT min(id) FROM actors"));
        const QByteArray e = QByteArray::number(event);
        const qint64 links = count(*c, "SELECT count(*) FROM event_actors");
        QVERIFY(links > 0);
        // One bad row among good ones: the statement is refused whole, by INSERT, UPDATE and COPY.
        QCOMPARE(failure(*c,
                         "INSERT INTO event_actors (event_id, actor_id, role) VALUES (" + e + ", " + actor
                             + ", 'mediator'), (987654, " + actor + ", 'mediator')"),
                 QByteArray("23503"));
        QCOMPARE(failure(*c, "INSERT INTO event_attributes (event_id, key, value) VALUES (987654, 'k', 'v')"),
                 QByteArray("23503"));
        QCOMPARE(
            failure(*c,
                    "INSERT INTO event_accounts (event_id, source_id, status) VALUES (" + e + ", 987654, 'disputed')"),
            QByteArray("23503")); // a reference of two columns
        QCOMPARE(failure(*c,
                         "UPDATE event_actors SET actor_id = 987654 WHERE event_id = " + e
                             + " AND actor_id = (SELECT min(actor_id) FROM event_actors WHERE event_id = " + e + ")"),
                 QByteArray("23503"));
        try {
            bool sent = false;
            c->copyIn("COPY event_actors (event_id, actor_id, role) FROM STDIN", [&](QByteArray &buffer) {
                if (!sent)
                    buffer += e + '\t' + actor + "\tobserver\n987654\t" + actor + "\tobserver\n";
                return !std::exchange(sent, true);
            });
            QFAIL("a COPY of a row without its event was taken");
        } catch (const PgError &error) {
            QCOMPARE(error.sqlState(), QByteArray("23503"));
        }
        QCOMPARE(count(*c, "SELECT count(*) FROM event_actors"), links);
        // A good row is taken.
        c->exec("INSERT INTO event_actors (event_id, actor_id, role) VALUES (" + e + ", " + actor + ", 'mediator')");
        QCOMPARE(count(*c, "SELECT count(*) FROM event_actors"), links + 1);
    }

    void deletingParentsDeletesWhatRefersToThem()
    {
        qint64 event = 0;
        qint64 source = 0;
        auto c = timeline("pg_refs_cascade", &event, &source);
        QVERIFY(c);
        const QByteArray e = QByteArray::number(event);
        const QByteArray s = QByteArray::number(source);
        QVERIFY(count(*c, "SELECT count(*) FROM event_actors WHERE event_id = " + e) > 0);
        // A source: its links, and their accounts (two levels down).
        c->exec("DELETE FROM sources WHERE id = " + s);
        QCOMPARE(count(*c, "SELECT count(*) FROM event_sources WHERE source_id = " + s), 0);
        QCOMPARE(count(*c, "SELECT count(*) FROM event_accounts WHERE source_id = " + s), 0);
        // An event: every row that refers to it.
        c->exec("DELETE FROM events WHERE id = " + e);
        for (const char *sql : { "SELECT count(*) FROM event_actors WHERE event_id = ",
                                 "SELECT count(*) FROM event_sources WHERE event_id = ",
                                 "SELECT count(*) FROM event_attributes WHERE event_id = ",
                                 "SELECT count(*) FROM event_tags WHERE event_id = ",
                                 "SELECT count(*) FROM story_steps WHERE event_id = " })
            QCOMPARE(count(*c, sql + e), 0);
        // Every actor at once: their aliases, titles and links.
        c->exec("DELETE FROM actors");
        QCOMPARE(count(*c,
                       "SELECT (SELECT count(*) FROM actor_aliases) + (SELECT count(*) FROM actor_titles) + "
                       "(SELECT count(*) FROM event_actors)"),
                 0);
        // The log has each row the cascade deleted, as with the constraints.
        QVERIFY(count(*c, "SELECT count(*) FROM entente_changes WHERE tbl = 'event_actors' AND op = 'D'") > 0);
    }

    void aKeyInUseCannotChange()
    {
        qint64 event = 0;
        auto c = timeline("pg_refs_rekey", &event);
        QVERIFY(c);
        const QByteArray e = QByteArray::number(event);
        QCOMPARE(failure(*c, "UPDATE events SET id = 987654 WHERE id = " + e), QByteArray("23503"));
        QCOMPARE(count(*c, "SELECT count(*) FROM events WHERE id = " + e), 1);
        // A key nothing refers to may (an event without links).
        c->exec(
            "INSERT INTO events (id, title, start_date, start_key, end_key) VALUES (987000, 'Alone', '2022', 0, 1)");
        c->exec("UPDATE events SET id = 987001 WHERE id = 987000");
    }

    // Two transactions: one adds a row referring to an event, the other deletes the event. The
    // deletion waits for the first to end, then takes its row with it; the other way round, the
    // row is refused. Never a row left referring to nothing.
    void aParentDeletedMeanwhileLeavesNoRowBehind()
    {
        qint64 event = 0;
        auto c = timeline("pg_refs_race", &event);
        QVERIFY(c);
        const QByteArray e = QByteArray::number(event);
        const QByteArray actor = QByteArray::number(count(*c, "SELECT min(id) FROM actors"));
        const QString url = QString::fromUtf8(c->exec("SELECT current_database()").raw(0, 0));
        QUrl target(m_admin);
        target.setPath(u'/' + url);
        auto adder = PgConnection::connect(target.toString());
        auto deleter = PgConnection::connect(target.toString());
        adder->begin();
        adder->exec("INSERT INTO event_actors (event_id, actor_id, role) VALUES (" + e + ", " + actor + ", 'host')");
        std::thread deleting([&] { deleter->exec("DELETE FROM events WHERE id = " + e); });
        const Waiter first { deleting, *adder };
        std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the deletion waits for the lock
        QCOMPARE(count(*c, "SELECT count(*) FROM events WHERE id = " + e), 1);
        adder->commit();
        deleting.join();
        QCOMPARE(count(*c, "SELECT count(*) FROM events WHERE id = " + e), 0);
        QCOMPARE(count(*c, "SELECT count(*) FROM event_actors WHERE event_id = " + e), 0);
        // The other way round: the deletion first, not committed; the insert waits, then is refused.
        const QByteArray other = QByteArray::number(count(*c, "SELECT max(id) FROM events"));
        deleter->begin();
        deleter->exec("DELETE FROM events WHERE id = " + other);
        QByteArray refused;
        std::thread adding([&] {
            refused = failure(*adder,
                              "INSERT INTO event_actors (event_id, actor_id, role) VALUES (" + other + ", " + actor
                                  + ", 'host')");
        });
        const Waiter second { adding, *deleter };
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        deleter->commit();
        adding.join();
        QCOMPARE(refused, QByteArray("23503"));
        QCOMPARE(count(*c, "SELECT count(*) FROM event_actors WHERE event_id = " + other), 0);
    }

    void anOlderLayoutIsBroughtForward()
    {
        const QString url = fresh("pg_refs_older");
        {
            auto store = openShared(url, u"older-a"_s, true);
            QVERIFY(store);
            applyScenario(*store);
        }
        auto c = PgConnection::connect(url);
        const qint64 links = count(*c, "SELECT count(*) FROM event_actors");
        QVERIFY(links > 0);
        // As layout 2 made it: a constraint per reference, no triggers.
        c->exec("DROP TRIGGER entente_refs_insert ON event_actors");
        c->exec("ALTER TABLE event_actors ADD FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE "
                "DEFERRABLE INITIALLY DEFERRED");
        c->exec("UPDATE entente_meta SET value = '2' WHERE key = 'pg_layout'");
        QCOMPARE(PgSchema::inspect(*c).state, PgSchema::State::Older);
        auto reopened = openShared(url, u"older-b"_s);
        QVERIFY(reopened);
        QCOMPARE(PgSchema::inspect(*c).state, PgSchema::State::Current);
        QCOMPARE(count(*c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"), 0);
        QCOMPARE(count(*c,
                       "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'event_actors'::regclass "
                       "AND tgname = 'entente_refs_insert'"),
                 1);
        QCOMPARE(count(*c, "SELECT count(*) FROM event_actors"), links);
        QCOMPARE(failure(*c, "INSERT INTO event_actors (event_id, actor_id) VALUES (987654, 1)"), QByteArray("23503"));
    }
};

QTEST_GUILESS_MAIN(TestPgReferences)
#include "tst_pgreferences.moc"
