// The store on a shared timeline (PostgreSQL, the fixture's server in ENTENTE_TEST_PG_URL): the
// schema, init, refusals, migration, the same edits on a file and on a shared timeline giving the
// same tables in the file, the mirror and the server, a viewer refused at the database, and copy
// both ways. Each test works in a database of its own. Sync between stores: tst_pgsync.
#include "pgtestcase.h"

#include <thread>

class TestPgStore : public PgTestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!setUpServer())
            QSKIP("ENTENTE_TEST_PG_URL is not set: no PostgreSQL test server");
    }

    void schemaFollowsTheFile()
    {
        // Every ordinary table of a new file, and none of the search index's.
        QStringList names;
        for (const PgTable &t : PgSchema::current().tables())
            names.append(QString::fromUtf8(t.name));
        QVERIFY(names.contains(u"events"_s));
        QVERIFY(names.contains(u"event_attributes"_s));
        QVERIFY(names.contains(u"node_positions"_s));
        QVERIFY(names.contains(u"story_steps"_s));
        QVERIFY(!names.contains(u"events_fts"_s));
        QVERIFY(names.indexOf(u"events"_s) < names.indexOf(u"event_actors"_s)); // parents first
    }

    void initIsIdempotent()
    {
        const QString url = fresh("pg_init");
        for (int i = 0; i < 2; ++i) {
            const auto r = SharedTimeline::init(url);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        auto c = PgConnection::connect(url);
        QCOMPARE(PgSchema::inspect(*c).state, PgSchema::State::Current);
        QCOMPARE(c->exec("SELECT count(*) FROM pg_roles WHERE rolname IN ('entente_viewer', 'entente_editor')")
                     .toInt64(0, 0),
                 2);
        QVERIFY(c->exec("SELECT has_table_privilege('entente_editor', 'events', 'UPDATE')").toBool(0, 0));
        QVERIFY(!c->exec("SELECT has_table_privilege('entente_viewer', 'events', 'INSERT')").toBool(0, 0));
        QVERIFY(!c->exec("SELECT has_table_privilege('entente_editor', 'entente_changes', 'INSERT')").toBool(0, 0));
    }

    // Two databases' first inits at the same moment on a server without Entente's roles: the
    // second CREATE ROLE waits for the first and then fails. That init must still find the role
    // and go on granting its tables (before, its transaction was left aborted and nothing was
    // granted: a viewer of that database was then refused its first read).
    void aRoleMadeByAnotherInitMeanwhileIsFound()
    {
        const QByteArray role = "entente_race_" + QByteArray::number(QCoreApplication::applicationPid());
        auto first = PgConnection::connect(m_admin);
        auto second = PgConnection::connect(m_admin);
        first->tryExec("DROP ROLE IF EXISTS " + role);
        first->begin();
        QVERIFY(PgSchema::ensureRole(*first, role));
        bool found = false;
        QString error;
        std::thread other([&] {
            try {
                second->begin();
                found = PgSchema::ensureRole(*second, role);
                second->exec("SELECT 1"); // the transaction goes on
                second->commit();
            } catch (const std::exception &e) {
                error = QString::fromUtf8(e.what());
            }
        });
        QTest::qWait(300); // the second CREATE ROLE now waits for the first transaction
        first->commit();
        other.join();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(found);
        QVERIFY(PgSchema::ensureRole(*first, role)); // there already: nothing to do
        first->exec("DROP ROLE " + role);
    }

    // A user who may make tables but not extensions (no CREATE on the database): init goes on
    // without unaccent (words matched as written) instead of failing on its aborted transaction.
    void initWithoutTheRightToAddExtensions()
    {
        const QString url = fresh("pg_noext");
        auto admin = PgConnection::connect(url);
        admin->tryExec("DROP OWNED BY noext_user");
        admin->tryExec("DROP ROLE IF EXISTS noext_user");
        admin->exec("CREATE ROLE noext_user LOGIN");
        admin->exec("GRANT CREATE ON SCHEMA public TO noext_user");
        const QString userUrl = asUser(url, u"noext_user"_s);
        const auto made = SharedTimeline::init(userUrl);
        QVERIFY2(made.ok, qPrintable(made.error));
        QCOMPARE(admin->exec("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'").toInt64(0, 0), 0);
        auto store = openShared(userUrl, u"noext"_s);
        QVERIFY(store);
        store->addEvent(makeEvent(u"Talks in Türkiye"_s, "2022-03-29"));
        EventFilter f;
        f.text = u"Türkiye"_s;
        QCOMPARE(store->countEvents(f), 1);
        store.reset();
        admin->exec("DROP OWNED BY noext_user");
        admin->exec("DROP ROLE noext_user");
    }

    void refusesForeignNewerAndEmpty()
    {
        const QString url = fresh("pg_refuse");
        // Empty: opening says how to make one; nothing is made.
        auto empty = Store::open(url, { .sharedCacheDir = m_dir.filePath(u"refuse"_s) });
        QVERIFY(!empty.store);
        QCOMPARE(empty.kind, Store::OpenError::Missing);
        QVERIFY2(empty.error.contains(u"entente init"), qPrintable(empty.error));
        auto c = PgConnection::connect(url);
        QCOMPARE(PgSchema::inspect(*c).state, PgSchema::State::Empty);
        // Another program's tables.
        c->exec("CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric)");
        auto foreign = Store::open(url, { .create = true, .sharedCacheDir = m_dir.filePath(u"refuse"_s) });
        QVERIFY(!foreign.store);
        QCOMPARE(foreign.kind, Store::OpenError::Foreign);
        QVERIFY2(!foreign.error.contains(u'\n') && foreign.error.contains(u"pg_refuse"), qPrintable(foreign.error));
        QVERIFY(!SharedTimeline::init(url).ok);
        QCOMPARE(c->exec("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").toInt64(0, 0), 1);
        // From a newer Entente.
        c->exec("DROP TABLE invoices");
        QVERIFY(SharedTimeline::init(url).ok);
        c->exec("UPDATE entente_meta SET value = $1 WHERE key = 'schema_version'", { Schema::kCurrentVersion + 1 });
        auto newer = Store::open(url, { .sharedCacheDir = m_dir.filePath(u"refuse"_s) });
        QVERIFY(!newer.store);
        QCOMPARE(newer.kind, Store::OpenError::Newer);
        QVERIFY2(newer.error.contains(u"newer"), qPrintable(newer.error));
        QCOMPARE(c->exec("SELECT value FROM entente_meta WHERE key = 'schema_version'").toInt64(0, 0),
                 Schema::kCurrentVersion + 1);
    }

    // A database made by an older Entente (here: before the attributes table and the sources'
    // author) is brought forward when opened: the new table and column are added, the rows kept.
    void migratesAnOlderDatabase()
    {
        const QString url = fresh("pg_older");
        auto made = openShared(url, u"older-a"_s, true);
        QVERIFY(made);
        Source source;
        source.publisher = u"Wire"_s;
        source.title = u"Report"_s;
        const SourceId sid = made->addSource(source);
        made.reset();
        auto c = PgConnection::connect(url);
        c->exec("DROP TABLE event_attributes");
        c->exec("ALTER TABLE sources DROP COLUMN author");
        c->exec("UPDATE entente_meta SET value = '4' WHERE key = 'schema_version'");
        QCOMPARE(PgSchema::inspect(*c).state, PgSchema::State::Older);
        auto reopened = openShared(url, u"older-b"_s);
        QVERIFY(reopened);
        QCOMPARE(PgSchema::inspect(*c).state, PgSchema::State::Current);
        QVERIFY(c->exec("SELECT to_regclass('event_attributes') IS NOT NULL").toBool(0, 0));
        QCOMPARE(c->exec("SELECT author FROM sources WHERE id = $1", { qlonglong(sid) }).text(0, 0), QString());
        Source again = *reopened->source(sid);
        again.author = u"A. Writer"_s;
        reopened->updateSource(again);
        QCOMPARE(c->exec("SELECT author FROM sources WHERE id = $1", { qlonglong(sid) }).text(0, 0), u"A. Writer"_s);
    }

    // The same edits on a file and on a shared timeline: every table the same in the file, the
    // mirror and the server; the queries answer the same.
    void sameTablesOnBothBackends()
    {
        const QString url = fresh("pg_same");
        auto shared = openShared(url, u"same"_s, true);
        QVERIFY(shared);
        QVERIFY(shared->isShared());
        auto file = Store::open(m_dir.filePath(u"same.entente"_s), { .create = true });
        QVERIFY(file.store);
        applyScenario(*file.store);
        applyScenario(*shared);
        auto server = PgConnection::connect(url);
        compareAll(file.store->database(), shared->database(), *server);
        // Queries on the mirror: search ignores accents, date windows, actors.
        const QList<EventId> turkiye = shared->search(u"turkiye"_s);
        QCOMPARE(turkiye, file.store->search(u"turkiye"_s));
        const QList<EventId> talks = shared->search(u"dolmabahce"_s);
        QCOMPARE(talks.size(), 1);
        QVERIFY(turkiye.contains(talks.constFirst()));
        QVERIFY(shared->search(u"Зеленський"_s).contains(talks.constFirst()));
        const FuzzyDate y2022 = FuzzyDate::year(2022);
        QCOMPARE(shared->eventsInRange(y2022.startSeconds(), y2022.endSeconds()),
                 file.store->eventsInRange(y2022.startSeconds(), y2022.endSeconds()));
        QCOMPARE(shared->counts().events, file.store->counts().events);
        // The server's own search (tsvector over unaccented words).
        const PgResult found = server->exec(
            "SELECT title FROM events WHERE to_tsvector('simple', entente_unaccent(title || ' ' || summary || ' ' || "
            "place)) @@ to_tsquery('simple', entente_unaccent($1))",
            { u"dolmabahce"_s });
        QCOMPARE(found.rows(), 1);
        QCOMPARE(found.text(0, 0), u"Talks in Türkiye at Dolmabahçe"_s);
        // The history: who changed which fields.
        const PgResult history = server->exec(
            "SELECT by_user, fields FROM entente_changes WHERE tbl = 'events' AND op = 'U' ORDER BY seq DESC LIMIT 1");
        QCOMPARE(history.rows(), 1);
        QCOMPARE(history.text(0, 0), u"postgres"_s);
        QVERIFY2(history.text(0, 1).contains(u"title"), qPrintable(history.text(0, 1)));
        // Reopened: the mirror is there, and the pull brings nothing.
        const qint64 events = shared->counts().events;
        shared.reset();
        shared = openShared(url, u"same"_s);
        QVERIFY(shared);
        QCOMPARE(shared->counts().events, events);
        QVERIFY(shared->pullRemote().isEmpty());
    }

    void viewerCannotWrite()
    {
        const QString url = fresh("pg_viewer");
        auto owner = openShared(url, u"viewer-owner"_s, true);
        QVERIFY(owner);
        const EventId id = owner->addEvent(makeEvent(u"Talks"_s, "2022-03-29"));
        auto admin = PgConnection::connect(url);
        admin->tryExec("DROP ROLE IF EXISTS olena_viewer");
        admin->exec("CREATE ROLE olena_viewer LOGIN IN ROLE entente_viewer");
        const QString viewerUrl = asUser(url, u"olena_viewer"_s);
        // At the database, every path: insert, update, delete, the log, the id sequence.
        auto viewer = PgConnection::connect(viewerUrl);
        QCOMPARE(viewer->exec("SELECT count(*) FROM events").toInt64(0, 0), 1);
        for (const char *sql : { "INSERT INTO events (id, title, start_date, start_key, end_key) VALUES (99, 'x', "
                                 "'2022', 0, 1)",
                                 "UPDATE events SET title = 'x'", "DELETE FROM events",
                                 "INSERT INTO entente_changes (tbl, op) VALUES ('events', 'U')",
                                 "SELECT entente_take_ids('events_id_seq', 1)" }) {
            try {
                viewer->exec(sql);
                QFAIL(sql);
            } catch (const PgError &e) {
                QCOMPARE(e.sqlState(), QByteArray("42501"));
                QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
                QVERIFY2(e.message().startsWith(u"You may only read"), qPrintable(e.message()));
            }
        }
        // Through the store: opened, read, and refused with a sentence.
        auto store = openShared(viewerUrl, u"viewer"_s);
        QVERIFY(store);
        QVERIFY(store->isReadOnly());
        QVERIFY2(store->readOnlyReason().startsWith(u"You may only read"), qPrintable(store->readOnlyReason()));
        QCOMPARE(store->event(id)->title, u"Talks"_s);
        // A viewer's mirror still follows the server.
        const EventId later = owner->addEvent(makeEvent(u"Later talks"_s, "2022-04-29"));
        QVERIFY(store->pullRemote().events.contains(later));
        QCOMPARE(store->event(later)->title, u"Later talks"_s);
        try {
            store->addEvent(makeEvent(u"Mine"_s, "2022-04-01"));
            QFAIL("a viewer's write was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
            QVERIFY2(e.message().startsWith(u"You may only read the shared timeline"), qPrintable(e.message()));
        }
        QCOMPARE(admin->exec("SELECT count(*) FROM events").toInt64(0, 0), 2);
    }

    void copyBothWays()
    {
        const QString sample = m_dir.filePath(u"copy-src.entente"_s);
        {
            auto made = Store::open(sample, { .create = true });
            QVERIFY(made.store);
            applyScenario(*made.store);
        }
        const QString url = fresh("pg_copy");
        SharedTimeline::Result r = SharedTimeline::copy(sample, url);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.rows > 50);
        // Into a database that holds a timeline: refused, nothing changed.
        const SharedTimeline::Result again = SharedTimeline::copy(sample, url);
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(u"already holds"), qPrintable(again.error));
        const QString back = m_dir.filePath(u"copy-back.entente"_s);
        r = SharedTimeline::copy(url, back);
        QVERIFY2(r.ok, qPrintable(r.error));
        auto src = Store::open(sample, { .readOnly = true });
        auto dst = Store::open(back, { .readOnly = true });
        QVERIFY(src.store && dst.store);
        auto server = PgConnection::connect(url);
        compareAll(src.store->database(), dst.store->database(), *server);
        QCOMPARE(dst.store->search(u"dolmabahce"_s).size(), 1);
        // A store opened on the copy reads it, and new ids follow the copied ones.
        auto shared = openShared(url, u"copy"_s);
        QVERIFY(shared);
        QCOMPARE(shared->counts().events, src.store->counts().events);
        const EventId next = shared->addEvent(makeEvent(u"After the copy"_s, "2023-01-01"));
        QVERIFY(next > src.store->eventIds({}).constLast());
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
