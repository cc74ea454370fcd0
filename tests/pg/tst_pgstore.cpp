// The store on a shared timeline (PostgreSQL, the fixture's server in ENTENTE_TEST_PG_URL): the
// same edits as on a file give the same tables, in the mirror and on the server; refusals;
// pulls between two stores; conflicts with who and when; apply anyway; a viewer refused at the
// database; copy both ways. Each test works in a database of its own.
#include "document.h"
#include "io/importer.h"
#include "sampledataset.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgschema.h"
#include "store/schema.h"
#include "store/sharedtimeline.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace entente;
using namespace entente::pg;
using namespace Qt::Literals::StringLiterals;

namespace {

Event makeEvent(const QString &title, const char *start)
{
    Event e;
    e.title = title;
    e.start = *FuzzyDate::parse(QString::fromLatin1(start));
    return e;
}

// The edits both backends get: the sample, then an edit of every kind of record.
void applyScenario(Store &store)
{
    SampleDataset::write(store);
    const QList<EventId> ids = store.eventIds({});
    Event first = *store.event(ids.first());
    first.title += QStringLiteral(" (edited)");
    first.start = *FuzzyDate::parse(QStringLiteral("2022-03"));
    first.attributes.insert(QStringLiteral("cameo"), QStringLiteral("042"));
    first.tags.append(QStringLiteral("edited"));
    store.updateEvent(first);
    store.deleteEvent(ids.at(ids.size() / 2)); // not the last: SQLite gives a deleted last id again
    Event turkey = makeEvent(QStringLiteral("Talks in Türkiye at Dolmabahçe"), "2022-03-29");
    turkey.place = QStringLiteral("İstanbul");
    turkey.summary = QStringLiteral("Зеленський і делегація.");
    store.addEvent(turkey);
    Actor actor = store.actors().first();
    actor.aliases.append({ QStringLiteral("Україна"), QStringLiteral("uk") });
    actor.titles.append({ QStringLiteral("Envoy"), FuzzyDate::year(2021), std::nullopt });
    store.updateActor(actor);
    Source source = store.sources().first();
    source.reliability = Reliability::B;
    source.author = QStringLiteral("A. Writer");
    store.updateSource(source);
    store.saveView(QStringLiteral("Talks"), EventFilter());
    store.setNodePositions({ { QStringLiteral("a1"), QPointF(1.5, -2.25) }, { QStringLiteral("e2"), QPointF(3, 4) } });
    store.removeNodePositions({ QStringLiteral("e2") });
    Era era;
    era.name = QStringLiteral("Later");
    era.start = FuzzyDate::year(2023);
    era.end = FuzzyDate::year(2024);
    store.addEra(era);
    store.setMeta(QStringLiteral("title"), QStringLiteral("Desk timeline"));
}

QString format(const PgColumn &column, const QByteArray &text, bool isNull)
{
    if (isNull)
        return QStringLiteral("∅");
    if (column.real)
        return QString::number(text.toDouble(), 'g', 12);
    return QString::fromUtf8(text);
}

QStringList dumpFile(SQLite::Database &db, const PgTable &table)
{
    // Text is stored as text (a blob would compare unequal in every query).
    for (const PgColumn &c : table.columns) {
        if (c.integer || c.real || c.blob)
            continue;
        SQLite::Statement typed(
            db,
            QByteArray("SELECT count(*) FROM " + table.name + " WHERE typeof(" + c.name + ") NOT IN ('text', 'null')")
                .toStdString());
        typed.executeStep();
        if (typed.getColumn(0).getInt() != 0)
            return { QStringLiteral("%1.%2 holds values that are not text")
                         .arg(QString::fromUtf8(table.name), QString::fromUtf8(c.name)) };
    }
    QStringList rows;
    SQLite::Statement q(db, QByteArray("SELECT " + table.columnList() + " FROM " + table.name).toStdString());
    while (q.executeStep()) {
        QStringList fields;
        for (int c = 0; c < q.getColumnCount(); ++c)
            fields.append(format(table.columns.at(c), QByteArray(q.getColumn(c).getText()), q.getColumn(c).isNull()));
        rows.append(fields.join(u'|'));
    }
    if (table.name == "meta") // the file's own bookkeeping is not shared
        rows.removeIf([](const QString &r) { return r.startsWith(u"pending_"); });
    rows.sort();
    return rows;
}

QStringList dumpServer(PgConnection &connection, const PgTable &table)
{
    QStringList rows;
    const PgResult r = connection.exec("SELECT " + table.columnList() + " FROM " + table.name);
    for (int row = 0; row < r.rows(); ++row) {
        QStringList fields;
        for (int c = 0; c < r.columns(); ++c)
            fields.append(format(table.columns.at(c), r.raw(row, c), r.isNull(row, c)));
        rows.append(fields.join(u'|'));
    }
    rows.sort();
    return rows;
}

} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_admin;

    // A new empty database for one test; its URL.
    QString fresh(const char *name)
    {
        auto admin = PgConnection::connect(m_admin);
        admin->exec(QByteArray("DROP DATABASE IF EXISTS ") + name + " WITH (FORCE)");
        admin->exec(QByteArray("CREATE DATABASE ") + name + " TEMPLATE template0 ENCODING 'UTF8'");
        QUrl url(m_admin);
        url.setPath(u'/' + QString::fromLatin1(name));
        return url.toString();
    }
    QString asUser(const QString &url, const QString &user)
    {
        QUrl u(url);
        u.setUserName(user);
        return u.toString();
    }
    std::unique_ptr<Store> openShared(const QString &url, const QString &cache, bool create = false)
    {
        auto opened = Store::open(url, { .create = create, .sharedCacheDir = m_dir.filePath(cache) });
        if (!opened.store)
            qWarning("%s", qPrintable(opened.error));
        return std::move(opened.store);
    }
    void compareAll(SQLite::Database &expected, SQLite::Database &mirror, PgConnection &server)
    {
        for (const PgTable &table : PgSchema::current().tables()) {
            const QStringList want = dumpFile(expected, table);
            QCOMPARE(dumpFile(mirror, table), want);
            QCOMPARE(dumpServer(server, table), want);
        }
    }

private slots:
    void initTestCase()
    {
        m_admin = qEnvironmentVariable("ENTENTE_TEST_PG_URL");
        if (m_admin.isEmpty())
            QSKIP("ENTENTE_TEST_PG_URL is not set: no PostgreSQL test server");
        QVERIFY(m_dir.isValid());
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

    void pullBringsOthersChanges()
    {
        const QString url = fresh("pg_pull");
        auto a = openShared(url, u"pull-a"_s, true);
        auto b = openShared(url, u"pull-b"_s);
        QVERIFY(a && b);
        const EventId id = a->addEvent(makeEvent(u"Second round of talks"_s, "2022-03-29"));
        QVERIFY(!b->event(id));
        RemoteChanges changes = b->pullRemote();
        QVERIFY(changes.events.contains(id));
        QVERIFY(!changes.ownOnly());
        QCOMPARE(changes.changes.constFirst().user, u"postgres"_s);
        QCOMPARE(b->event(id)->title, u"Second round of talks"_s);
        QCOMPARE(b->search(u"second"_s), QList<EventId> { qlonglong(id) });
        // A's own change comes back to A marked as its own.
        QVERIFY(a->pullRemote().ownOnly());
        // A delete.
        a->deleteEvent(id);
        changes = b->pullRemote();
        QVERIFY(changes.removedEvents.contains(id));
        QVERIFY(!b->event(id));
        // Ids from the server: two stores adding at once never collide.
        const EventId fromA = a->addEvent(makeEvent(u"A"_s, "2022-04-01"));
        const EventId fromB = b->addEvent(makeEvent(u"B"_s, "2022-04-02"));
        QVERIFY(fromA != fromB);
        a->pullRemote();
        b->pullRemote();
        QCOMPARE(a->counts().events, 2);
        auto server = PgConnection::connect(url);
        for (const PgTable &table : PgSchema::current().tables()) {
            QCOMPARE(dumpFile(a->database(), table), dumpServer(*server, table));
            QCOMPARE(dumpFile(b->database(), table), dumpServer(*server, table));
        }
    }

    void conflictSaysWhoAndWhen()
    {
        const QString url = fresh("pg_conflict");
        auto a = openShared(url, u"conflict-a"_s, true);
        auto b = openShared(url, u"conflict-b"_s);
        QVERIFY(a && b);
        const EventId id = a->addEvent(makeEvent(u"Second round of talks"_s, "2022-03-29"));
        b->pullRemote();
        Event mine = *a->event(id);
        mine.summary = u"A's summary"_s;
        a->updateEvent(mine);
        Event theirs = *b->event(id);
        theirs.title = u"B's title"_s;
        try {
            b->updateEvent(theirs);
            QFAIL("the stale edit was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(u"postgres changed “Second round of talks” at"), qPrintable(e.message()));
        }
        // Neither side changed: B's mirror still has what it read, the server A's edit.
        QCOMPARE(b->event(id)->title, u"Second round of talks"_s);
        auto server = PgConnection::connect(url);
        QCOMPARE(server->exec("SELECT title, summary FROM events WHERE id = $1", { qlonglong(id) }).text(0, 1),
                 u"A's summary"_s);
        // Undo is an ordinary write: B putting back an older state is refused the same way.
        QVERIFY_THROWS_EXCEPTION(StoreError, b->deleteEvent(id));
        QVERIFY(server->exec("SELECT 1 FROM events WHERE id = $1", { qlonglong(id) }).rows() == 1);
        // Apply anyway.
        b->setOverwriteConflicts(true);
        b->updateEvent(theirs);
        b->setOverwriteConflicts(false);
        QCOMPARE(server->exec("SELECT title FROM events WHERE id = $1", { qlonglong(id) }).text(0, 0), u"B's title"_s);
        // After a pull, B's next edit goes through.
        a->pullRemote();
        Event again = *a->event(id);
        QCOMPARE(again.title, u"B's title"_s);
        again.kind = u"talks"_s;
        a->updateEvent(again);
        QCOMPARE(server->exec("SELECT kind FROM events WHERE id = $1", { qlonglong(id) }).text(0, 0), u"talks"_s);
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
        QCOMPARE(store->event(id)->title, u"Talks"_s);
        try {
            store->addEvent(makeEvent(u"Mine"_s, "2022-04-01"));
            QFAIL("a viewer's write was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
            QVERIFY2(e.message().startsWith(u"You may only read the shared timeline"), qPrintable(e.message()));
        }
        QCOMPARE(admin->exec("SELECT count(*) FROM events").toInt64(0, 0), 1);
    }

    // An import goes to the server with COPY in one transaction: a cancel leaves both sides as
    // they were; a finished one is one log row per table, and another store pulls it whole.
    void importGoesInOneServerTransaction()
    {
        const QString csv = m_dir.filePath(u"import.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start,actors,tags\n");
            for (int i = 0; i < 3000; ++i)
                f.write(QStringLiteral("Event %1,%2,Actor %3,tag%4\n")
                            .arg(i)
                            .arg(QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate))
                            .arg(i % 7)
                            .arg(i % 5)
                            .toUtf8());
        }
        const QString url = fresh("pg_import");
        auto a = openShared(url, u"import-a"_s, true);
        auto b = openShared(url, u"import-b"_s);
        QVERIFY(a && b);
        auto server = PgConnection::connect(url);
        std::atomic<bool> cancel { false };
        ImportProgress stopping;
        stopping.cancel = &cancel;
        stopping.report = [&cancel](qint64 done, qint64) { cancel = cancel || done > 0; };
        cancel = true;
        const ImportResult cancelled = importFile(csv, *a, {}, stopping);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(a->counts().events, 0);
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 0);
        QCOMPARE(server->exec("SELECT count(*) FROM entente_changes").toInt64(0, 0), 0);
        ImportProgress progress;
        const ImportResult done = importFile(csv, *a, {}, progress);
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 3000);
        QVERIFY(server->exec("SELECT count(*) FROM entente_changes").toInt64(0, 0) < 50);
        QVERIFY(server->exec("SELECT count(*) FROM entente_changes WHERE op = 'B'").toInt64(0, 0) > 0);
        const RemoteChanges pulled = b->pullRemote();
        QVERIFY(pulled.bulk);
        for (const PgTable &table : PgSchema::current().tables()) {
            QCOMPARE(dumpFile(a->database(), table), dumpServer(*server, table));
            QCOMPARE(dumpFile(b->database(), table), dumpServer(*server, table));
        }
        // The server's ids moved past the imported ones.
        const EventId next = b->addEvent(makeEvent(u"After"_s, "2030-01-01"));
        QVERIFY(next > 3000);
    }

    // Undo is an edit like any other: refused, with the reason, when the row changed since.
    void undoRefusedWhenChangedSince()
    {
        const QString url = fresh("pg_undo");
        auto store = openShared(url, u"undo-a"_s, true);
        QVERIFY(store);
        Document document(std::move(store));
        auto other = openShared(url, u"undo-b"_s);
        QVERIFY(other);
        const std::optional<EventId> id = document.addEvent(makeEvent(u"Talks"_s, "2022-03-29"));
        QVERIFY(id);
        Event edited = *document.store().event(*id);
        edited.title = u"Talks resume"_s;
        QVERIFY(document.editEvent(edited));
        other->pullRemote();
        Event theirs = *other->event(*id);
        theirs.place = u"Istanbul"_s;
        other->updateEvent(theirs);
        document.undoStack()->undo();
        QCOMPARE(document.lastErrorKind(), StoreError::Kind::Conflict);
        QVERIFY2(document.lastError().contains(u"changed “Talks resume”"), qPrintable(document.lastError()));
        QCOMPARE(document.store().event(*id)->title, u"Talks resume"_s);
        // After a pull the document shows the other's edit, announced by id.
        QList<DocumentChange> announced;
        connect(&document, &Document::changed, this, [&](const DocumentChange &c) { announced.append(c); });
        QVERIFY(!document.pullRemote().isEmpty());
        QCOMPARE(document.store().event(*id)->place, u"Istanbul"_s);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.constFirst().kind, DocumentChange::Kind::Events);
        QCOMPARE(announced.constFirst().ids, QList<std::int64_t> { *id });
    }

    // The server dropped the connections (a restart): the call that finds out is refused with
    // Connection and changes nothing; the next one connects again.
    void reconnectsAfterTheServerDroppedIt()
    {
        const QString url = fresh("pg_reconnect");
        auto a = openShared(url, u"reconnect-a"_s, true);
        auto b = openShared(url, u"reconnect-b"_s);
        QVERIFY(a && b);
        auto admin = PgConnection::connect(url);
        const auto dropAll = [&] {
            admin->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid()");
        };
        dropAll();
        EventId id = 0;
        try {
            id = a->addEvent(makeEvent(u"Talks"_s, "2022-03-29"));
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Connection);
            QCOMPARE(a->counts().events, 0);
            id = a->addEvent(makeEvent(u"Talks"_s, "2022-03-29"));
        }
        QCOMPARE(admin->exec("SELECT count(*) FROM events").toInt64(0, 0), 1);
        RemoteChanges pulled;
        try {
            pulled = b->pullRemote();
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Connection);
            pulled = b->pullRemote();
        }
        QVERIFY(pulled.events.contains(id));
        QCOMPARE(b->event(id)->title, u"Talks"_s);
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
