// A shared timeline's ids and what a write sends (PostgreSQL, ENTENTE_TEST_PG_URL): an import takes
// its ids from the server while another store adds rows; a savepoint rolled back inside a write
// never reaches the server; a conflict names the event a row of any table referring to events
// belongs to. Each test in a database of its own.
#include "pgtestcase.h"

#include "store/pg/pgmirror.h"

#include <stdexcept>

// Enough rows (with their actor and tag links) to go by COPY (PgMirror::kBulkRows).
constexpr int kImported = 800;

class TestPgIds : public PgTestCase
{
    Q_OBJECT

    // `rows` events, each with one of 7 actors and one of 5 tags (tag0..tag4); its path.
    QString writeCsv(const QString &name, int rows)
    {
        const QString csv = m_dir.filePath(name);
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("title,start,actors,tags\n");
        for (int i = 0; i < rows; ++i)
            f.write(QStringLiteral("Imported %1,%2,Actor %3,tag%4\n")
                        .arg(i)
                        .arg(QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate))
                        .arg(i % 7)
                        .arg(i % 5)
                        .toUtf8());
        return csv;
    }

    // Every replicated table the same in both mirrors and on the server.
    void compareMirrors(Store &a, Store &b, PgConnection &server)
    {
        for (const PgTable &table : PgSchema::current().tables()) {
            const QStringList want = dumpServer(server, table);
            QCOMPARE(dumpFile(a.database(), table), want);
            QCOMPARE(dumpFile(b.database(), table), want);
        }
    }

private slots:
    void initTestCase()
    {
        if (!setUpServer())
            QSKIP("ENTENTE_TEST_PG_URL is not set: no PostgreSQL test server");
    }

    // An import into a shared timeline takes its ids from the server's sequences: another store
    // adds an actor, a tag and an event the importing mirror has not pulled before the import,
    // and another event once the import has reserved its first block of ids; all of it lands.
    void importTakesItsIdsFromTheServer()
    {
        const QString csv = writeCsv(u"ids.csv"_s, kImported);
        QVERIFY(!csv.isEmpty());
        const QString url = fresh("pg_ids_import");
        auto a = openShared(url, u"ids-a"_s, true);
        auto b = openShared(url, u"ids-b"_s);
        QVERIFY(a && b);
        auto server = PgConnection::connect(url);
        Actor desk;
        desk.name = u"Olena's desk"_s;
        const ActorId deskId = b->addActor(desk);
        Event before = makeEvent(u"Added before the import"_s, "2019-06-01");
        before.actors.append({ deskId, QString() });
        before.tags = { u"desk"_s };
        const EventId beforeId = b->addEvent(before);
        EventId duringId = 0;
        a->shared()->setReservedHook([&](const QByteArray &table) {
            if (table != "events" || duringId != 0)
                return;
            Event during = makeEvent(u"Added during the import"_s, "2019-06-02");
            during.tags = { u"desk"_s, u"wire"_s };
            duringId = b->addEvent(during);
        });
        ImportProgress progress;
        const ImportResult done = importFile(csv, *a, {}, progress);
        a->shared()->setReservedHook({});
        QVERIFY2(done.ok, qPrintable(done.error));
        QVERIFY2(duringId != 0, "the import reserved no block of event ids");
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), kImported + 2);
        QVERIFY(server->exec("SELECT count(*) FROM entente_changes WHERE op = 'B'").toInt64(0, 0) > 0);
        QCOMPARE(server->exec("SELECT count(*) FROM tags").toInt64(0, 0), 7);
        QCOMPARE(server->exec("SELECT count(*) FROM actors").toInt64(0, 0), 8);
        // The import needed a second block after the other store's event: its ids on both sides.
        const PgResult range = server->exec("SELECT min(id), max(id) FROM events WHERE title LIKE 'Imported %'");
        QVERIFY(range.toInt64(0, 0) < duringId && duringId < range.toInt64(0, 1));
        a->pullRemote();
        b->pullRemote();
        compareMirrors(*a, *b, *server);
        QCOMPARE(a->event(beforeId)->title, u"Added before the import"_s);
        QCOMPARE(a->event(duringId)->tags.size(), 2);
        // The sequences moved past every id given: the next event is new on both.
        const EventId after = a->addEvent(makeEvent(u"After"_s, "2030-01-01"));
        QVERIFY(after > range.toInt64(0, 1) && after > duringId);
        b->pullRemote();
        compareMirrors(*a, *b, *server);
        // A write adding many rows one by one takes blocks of ids too, with the same guarantee.
        EventId between = 0;
        a->shared()->setReservedHook([&](const QByteArray &table) {
            if (table == "events" && between == 0)
                between = b->addEvent(makeEvent(u"Added between blocks"_s, "2019-06-03"));
        });
        QList<EventId> many;
        a->transaction([&] {
            for (int i = 0; i < 40; ++i)
                many.append(a->addEvent(makeEvent(u"One by one %1"_s.arg(i), "2031-01-01")));
        });
        a->shared()->setReservedHook({});
        QVERIFY(between != 0 && !many.contains(between));
        a->pullRemote();
        b->pullRemote();
        compareMirrors(*a, *b, *server);
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), kImported + 3 + 1 + 40);
    }

    // A name someone else adds while the import runs (a tag the import makes too) is a conflict
    // that says so, with nothing added; after a pull the import goes through, using theirs.
    void importRefusedForANameAddedMeanwhile_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("by COPY") << kImported;
        QTest::newRow("row by row") << 100;
    }
    void importRefusedForANameAddedMeanwhile()
    {
        QFETCH(int, rows);
        const QString csv = writeCsv(u"names.csv"_s, rows);
        const QString url = fresh("pg_ids_names_meanwhile");
        auto a = openShared(url, u"meanwhile-a"_s, true);
        auto b = openShared(url, u"meanwhile-b"_s);
        QVERIFY(a && b);
        auto server = PgConnection::connect(url);
        EventId theirs = 0;
        a->shared()->setReservedHook([&](const QByteArray &table) {
            if (table != "events" || theirs != 0)
                return;
            Event e = makeEvent(u"Theirs"_s, "2019-06-01");
            e.tags = { u"tag3"_s };
            theirs = b->addEvent(e);
        });
        ImportProgress progress;
        const ImportResult refused = importFile(csv, *a, {}, progress);
        a->shared()->setReservedHook({});
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"meanwhile, so nothing was added"_s), qPrintable(refused.error));
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 1);
        QCOMPARE(a->counts().events, 0);
        a->pullRemote();
        const ImportResult again = importFile(csv, *a, {}, progress);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), rows + 1);
        QCOMPARE(server->exec("SELECT count(*) FROM tags WHERE name = 'tag3'").toInt64(0, 0), 1);
        b->pullRemote();
        compareMirrors(*a, *b, *server);
    }

    // A database dropped and made again under the same name is another database: its mirror is
    // copied afresh, not taken for the old one (whose rows and ids would collide with the new).
    void databaseMadeAgainIsCopiedAfresh()
    {
        const QString url = fresh("pg_ids_again");
        auto a = openShared(url, u"again"_s, true);
        QVERIFY(a);
        a->addEvent(makeEvent(u"In the old database"_s, "2020-01-01"));
        a.reset();
        fresh("pg_ids_again");
        a = openShared(url, u"again"_s, true);
        QVERIFY(a);
        QCOMPARE(a->counts().events, 0);
        const EventId id = a->addEvent(makeEvent(u"In the new one"_s, "2020-01-02"));
        QCOMPARE(a->event(id)->title, u"In the new one"_s);
    }

    // A write nested in another and rolled back (a savepoint) never reaches the server: inside one
    // outer write, an inner one adds, changes and deletes rows of several tables and is rolled
    // back; the server, its change log and row versions hold the outer write's changes alone.
    void rolledBackSavepointNeverReachesTheServer()
    {
        const QString url = fresh("pg_ids_savepoint");
        auto a = openShared(url, u"savepoint-a"_s, true);
        auto b = openShared(url, u"savepoint-b"_s);
        QVERIFY(a && b);
        auto server = PgConnection::connect(url);
        Event keptEvent = makeEvent(u"Kept"_s, "2021-01-01");
        keptEvent.tags = { u"kept"_s };
        const EventId kept = a->addEvent(keptEvent);
        Event changedEvent = makeEvent(u"Changed only inside"_s, "2021-01-02");
        changedEvent.tags = { u"kept"_s };
        changedEvent.attributes.insert(u"cameo"_s, u"042"_s);
        const EventId changed = a->addEvent(changedEvent);
        const EventId removed = a->addEvent(makeEvent(u"Deleted only inside"_s, "2021-01-03"));
        Actor envoy;
        envoy.name = u"Envoy"_s;
        const ActorId envoyId = a->addActor(envoy);
        const QString versions = u"SELECT string_agg(id || ':' || row_version, ',' ORDER BY id) FROM "_s;
        const QString eventVersions = server->exec((versions + u"events"_s).toUtf8()).text(0, 0);
        const qint64 seqBefore = server->exec("SELECT max(seq) FROM entente_changes").toInt64(0, 0);
        EventId innerId = 0;
        EventId outerId = 0;
        a->transaction([&] {
            Event first = *a->event(kept);
            first.summary = u"Changed by the outer write"_s;
            a->updateEvent(first);
            try {
                a->transaction([&] {
                    Event inner = makeEvent(u"Added inside, rolled back"_s, "2021-01-04");
                    inner.tags = { u"inner-tag"_s };
                    innerId = a->addEvent(inner);
                    Event e = *a->event(changed);
                    e.title = u"Inner title"_s;
                    e.tags.clear();
                    e.attributes.clear();
                    a->updateEvent(e);
                    a->deleteEvent(removed);
                    Actor act = *a->actor(envoyId);
                    act.name = u"Inner name"_s;
                    act.aliases.append({ u"Посол"_s, u"uk"_s });
                    a->updateActor(act);
                    a->setNodePositions({ { u"a%1"_s.arg(envoyId), QPointF(1, 2) } });
                    throw std::runtime_error("rolled back");
                });
                QFAIL("the inner write did not throw");
            } catch (const std::runtime_error &) { }
            outerId = a->addEvent(makeEvent(u"Added by the outer write"_s, "2021-02-01"));
        });
        QVERIFY(innerId != 0 && outerId != 0);
        // The change log after the write: the outer write's two events and their links alone.
        const PgResult log = server->exec("SELECT tbl, row_key, op FROM entente_changes WHERE seq > $1", { seqBefore });
        QVERIFY(log.rows() > 0);
        QSet<QString> logged;
        for (int r = 0; r < log.rows(); ++r) {
            const QString table = log.text(r, 0);
            const QString owner = log.text(r, 1).section(QChar(0x1f), 0, 0);
            QVERIFY2(table == u"events"_s || table.startsWith(u"event_"_s),
                     qPrintable(u"the log holds a row of %1"_s.arg(table)));
            QVERIFY2(owner == QString::number(kept) || owner == QString::number(outerId),
                     qPrintable(u"the log names %1 %2"_s.arg(table, log.text(r, 1))));
            logged.insert(table + u' ' + log.text(r, 2) + u' ' + owner);
        }
        QVERIFY(logged.contains(u"events U %1"_s.arg(kept)));
        QVERIFY(logged.contains(u"events I %1"_s.arg(outerId)));
        // Row versions: the outer write's event alone moved.
        const QString expectedVersions
            = QString(eventVersions).replace(u"%1:1"_s.arg(kept), u"%1:2"_s.arg(kept)) + u",%1:1"_s.arg(outerId);
        QCOMPARE(server->exec((versions + u"events"_s).toUtf8()).text(0, 0), expectedVersions);
        QCOMPARE(server->exec("SELECT count(*) FROM tags WHERE name = 'inner-tag'").toInt64(0, 0), 0);
        QCOMPARE(server->exec("SELECT count(*) FROM node_positions").toInt64(0, 0), 0);
        QCOMPARE(server->exec("SELECT count(*) FROM actor_aliases").toInt64(0, 0), 0);
        QCOMPARE(server->exec("SELECT name, row_version FROM actors").text(0, 0), u"Envoy"_s);
        QCOMPARE(server->exec("SELECT row_version FROM actors").toInt64(0, 0), 1);
        b->pullRemote();
        compareMirrors(*a, *b, *server);
        QCOMPARE(b->event(changed)->title, u"Changed only inside"_s);
        QCOMPARE(b->event(changed)->attributes.value(u"cameo"_s), u"042"_s);
        QVERIFY(b->event(removed).has_value());
        QVERIFY(!b->event(innerId).has_value());
        // The mirror's versions are the server's: the next edits of the rows the inner write
        // touched go through.
        Event again = *a->event(changed);
        again.title = u"Changed after"_s;
        a->updateEvent(again);
        a->deleteEvent(removed);
        b->pullRemote();
        compareMirrors(*a, *b, *server);
    }

    // A conflict on a row of any table that refers to events (directly or through another
    // table's key) names the event: every such table of the schema, one row each, changed on the
    // server since the mirror read it, then deleted through the mirror.
    void conflictsNameTheEventOfEveryTable()
    {
        const QString url = fresh("pg_ids_names");
        auto a = openShared(url, u"names-a"_s, true);
        QVERIFY(a);
        applyScenario(*a); // the sample, and a row of every table
        auto server = PgConnection::connect(url);
        SQLite::Database &db = a->database();
        // Per table, its columns that hold an event's id (through foreign keys; parents first).
        QHash<QByteArray, QSet<QByteArray>> eventColumns;
        eventColumns["events"] = { "id" };
        QByteArrayList checked;
        for (const PgTable &table : PgSchema::current().tables()) {
            SQLite::Statement fk(db, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)");
            fk.bind(1, table.name.constData());
            QSet<QByteArray> columns;
            while (fk.executeStep()) {
                if (eventColumns.value(QByteArray(fk.getColumn(0).getText())).contains(fk.getColumn(2).getText()))
                    columns.insert(QByteArray(fk.getColumn(1).getText()));
            }
            if (columns.isEmpty() || table.name == "events")
                continue;
            eventColumns.insert(table.name, columns);
            // One row: its key, and the titles of the events it refers to.
            QByteArrayList keyNames;
            for (const int k : table.key)
                keyNames.append(table.columns.at(k).name);
            const PgResult row = server->exec("SELECT " + keyNames.join(", ") + ", " + columns.values().join(", ")
                                              + " FROM " + table.name + " LIMIT 1");
            QVERIFY2(row.rows() == 1, qPrintable(u"the sample has no row of %1"_s.arg(QString::fromUtf8(table.name))));
            QStringList titles;
            for (int c = int(keyNames.size()); c < row.columns(); ++c)
                titles.append(server->exec("SELECT title FROM events WHERE id = $1", { row.toInt64(0, c) }).text(0, 0));
            QByteArrayList where;
            QList<QVariant> params;
            for (int i = 0; i < keyNames.size(); ++i) {
                params.append(row.text(0, i));
                where.append(keyNames.at(i) + "::text = $" + QByteArray::number(i + 1));
            }
            // Someone else's change, then ours.
            QCOMPARE(
                server
                    ->exec("UPDATE " + table.name + " SET row_version = row_version + 1 WHERE " + where.join(" AND "),
                           params)
                    .affected(),
                1);
            QByteArrayList local;
            for (int i = 0; i < keyNames.size(); ++i)
                local.append(keyNames.at(i) + " = ?");
            QString refusal;
            try {
                a->transaction([&] {
                    SQLite::Statement del(
                        db, QByteArray("DELETE FROM " + table.name + " WHERE " + local.join(" AND ")).toStdString());
                    for (int i = 0; i < keyNames.size(); ++i) {
                        const PgColumn &c = table.columns.at(table.key.at(i));
                        c.integer ? del.bind(i + 1, static_cast<int64_t>(row.toInt64(0, i)))
                                  : del.bind(i + 1, row.text(0, i).toStdString());
                    }
                    QCOMPARE(del.exec(), 1);
                });
            } catch (const StoreError &e) {
                QCOMPARE(e.kind(), StoreError::Kind::Conflict);
                refusal = QString::fromUtf8(e.what());
            }
            bool named = false;
            for (const QString &title : std::as_const(titles))
                named = named || refusal.contains(u"“%1”"_s.arg(title));
            QVERIFY2(named,
                     qPrintable(u"%1: “%2” names none of %3"_s.arg(QString::fromUtf8(table.name), refusal,
                                                                   titles.join(u", "_s))));
            checked.append(table.name);
        }
        // event_actors, event_sources, event_links, story_steps, event_tags, event_attributes,
        // event_accounts (through event_sources) at least.
        for (const char *known : { "event_actors", "event_sources", "event_links", "story_steps", "event_tags",
                                   "event_attributes", "event_accounts" })
            QVERIFY2(checked.contains(known), checked.join(", ").constData());
    }
};

QTEST_GUILESS_MAIN(TestPgIds)
#include "tst_pgids.moc"
