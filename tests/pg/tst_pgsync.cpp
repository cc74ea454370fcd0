// Two stores on one shared timeline (PostgreSQL, ENTENTE_TEST_PG_URL), each with its own mirror:
// pulls, conflicts with who and when, apply anyway, undo refused, reconnecting, imports through
// the server (COPY in one transaction; the window's worker too). Each test in a database of its own.
#include "interruptedimport.h"
#include "pgtestcase.h"

class TestPgSync : public PgTestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!setUpServer())
            QSKIP("ENTENTE_TEST_PG_URL is not set: no PostgreSQL test server");
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

    // The window's "Apply Mine Anyway": the Document keeps the edit the server refused and
    // applies it over the other person's change as one undo step.
    void documentAppliesRefusedEditAnyway()
    {
        const QString url = fresh("pg_apply_anyway");
        auto a = openShared(url, u"anyway-a"_s, true);
        auto bStore = openShared(url, u"anyway-b"_s);
        QVERIFY(a && bStore);
        const EventId id = a->addEvent(makeEvent(u"Second round of talks"_s, "2022-03-29"));
        bStore->pullRemote();
        Document b(std::move(bStore));
        Event mine = *a->event(id);
        mine.summary = u"A's summary"_s;
        a->updateEvent(mine);
        Event theirs = *b.store().event(id);
        theirs.title = u"B's title"_s;
        QVERIFY(!b.editEvent(theirs));
        QCOMPARE(b.lastErrorKind(), StoreError::Kind::Conflict);
        QVERIFY(b.hasRefusedEdit());
        QCOMPARE(b.undoStack()->count(), 0);
        QVERIFY(b.applyRefusedEdit());
        QVERIFY(!b.hasRefusedEdit());
        QCOMPARE(b.undoStack()->count(), 1);
        auto server = PgConnection::connect(url);
        QCOMPARE(server->exec("SELECT title FROM events WHERE id = $1", { qlonglong(id) }).text(0, 0), u"B's title"_s);
        QCOMPARE(b.store().event(id)->title, u"B's title"_s);
        // Overwriting lasted for that edit only: A's next stale edit is refused again.
        Event stale = *a->event(id);
        stale.kind = u"talks"_s;
        QVERIFY_THROWS_EXCEPTION(StoreError, a->updateEvent(stale));
        // Another edit, or a refusal of another kind, forgets the kept one.
        QVERIFY(!b.editEvent(theirs) || !b.hasRefusedEdit());
        QVERIFY(!b.hasRefusedEdit());
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

    // Two files into an empty shared timeline in one import: the first leaves its mirror's
    // indexes to build while the server takes the rows; the second has them built before it is
    // read. Both reach the server, and the mirror is whole and searchable.
    void twoFilesIntoAnEmptyTimeline()
    {
        const QString first = m_dir.filePath(u"first.csv"_s);
        const QString second = m_dir.filePath(u"second.csv"_s);
        test::writeManyAcled(first, 3000);
        test::writeManyAcled(second, 2500);
        const QString url = fresh("pg_twofiles");
        auto a = openShared(url, u"twofiles-a"_s, true);
        QVERIFY(a);
        ImportProgress progress;
        const ImportResult r = importFiles({ first, second }, *a, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        auto server = PgConnection::connect(url);
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 5500);
        SQLite::Database &mirror = a->database();
        mirror.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
        QCOMPARE(mirror.execAndGet("SELECT count(*) FROM meta WHERE key LIKE 'pending%'").getInt(), 0);
        QCOMPARE(mirror.execAndGet("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'convoy'").getInt(),
                 3000 / 4 + 2500 / 4);
        QCOMPARE(mirror.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'events_start'").getInt(), 1);
        for (const PgTable &table : PgSchema::current().tables())
            QCOMPARE(dumpFile(a->database(), table), dumpServer(*server, table));
    }

    // The same import refused by the server (an actor of the same name added meanwhile) while its
    // mirror's indexes are being built: nothing of it anywhere, and the mirror as it was.
    void importRefusedWhileIndexesBuild()
    {
        const QString csv = m_dir.filePath(u"refused.csv"_s);
        test::writeManyAcled(csv, 3000);
        const QString url = fresh("pg_refusedimport");
        auto a = openShared(url, u"refused-a"_s, true);
        auto b = openShared(url, u"refused-b"_s);
        QVERIFY(a && b);
        Actor azov;
        azov.name = u"Azov"_s; // a side of the file's rows
        b->addActor(azov);
        const int triggers
            = a->database().execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").getInt();
        ImportProgress progress;
        const ImportResult r = importFile(csv, *a, {}, progress);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"Someone else added"_s), qPrintable(r.error));
        auto server = PgConnection::connect(url);
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 0);
        QCOMPARE(server->exec("SELECT count(*) FROM actors").toInt64(0, 0), 1);
        SQLite::Database &mirror = a->database();
        QCOMPARE(a->counts().events, 0);
        QCOMPARE(mirror.execAndGet("SELECT count(*) FROM meta WHERE key LIKE 'pending%'").getInt(), 0);
        QCOMPARE(mirror.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").getInt(), triggers);
        QCOMPARE(mirror.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'events_start'").getInt(), 1);
        mirror.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
        // Once it has what others added, the same import goes through.
        a->pullRemote();
        const ImportResult again = importFile(csv, *a, {}, progress);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 3000);
    }

    // An import and an edit in one write: the import's changeset is sent as SQLite makes it
    // (ChangesetStream), the edit checked against its version among the COPYs. Refused, nothing
    // of either reaches the server or stays in the mirror; accepted, both are there, as the
    // mirror has them.
    void importAndEditInOneWrite()
    {
        const QString csv = m_dir.filePath(u"import-edit.csv"_s);
        test::writeManyAcled(csv, 3000); // over PgMirror::kBulkRows: sent with COPY as it is packed up
        QVERIFY(QFileInfo(csv).size() > 100000);
        const QString url = fresh("pg_importedit");
        auto a = openShared(url, u"importedit-a"_s, true);
        auto b = openShared(url, u"importedit-b"_s);
        QVERIFY(a && b);
        const EventId id = a->addEvent(makeEvent(u"Second round of talks"_s, "2022-03-29"));
        b->pullRemote();
        Event theirs = *b->event(id);
        theirs.summary = u"B's summary"_s;
        b->updateEvent(theirs);
        auto server = PgConnection::connect(url);
        auto importAndEdit = [&](const QString &title) {
            a->transaction([&] {
                Event mine = *a->event(id);
                mine.title = title;
                a->updateEvent(mine);
                ImportProgress progress;
                const ImportResult r = importFile(csv, *a, {}, progress);
                if (!r.ok)
                    throw StoreError(StoreError::Kind::Other, r.error);
            });
        };
        try {
            importAndEdit(u"A's stale title"_s);
            QFAIL("the stale edit was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(u"“Second round of talks”"_s), qPrintable(e.message()));
        }
        QCOMPARE(a->counts().events, 1);
        QCOMPARE(a->event(id)->title, u"Second round of talks"_s);
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 1);
        QCOMPARE(server->exec("SELECT count(*) FROM event_actors").toInt64(0, 0), 0);
        a->pullRemote();
        importAndEdit(u"A's title"_s);
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 3001);
        QVERIFY(server->exec("SELECT count(*) FROM entente_changes WHERE op = 'B'").toInt64(0, 0) > 0); // COPY
        QCOMPARE(server->exec("SELECT title, summary FROM events WHERE id = $1", { qlonglong(id) }).text(0, 0),
                 u"A's title"_s);
        b->pullRemote();
        for (const PgTable &table : PgSchema::current().tables()) {
            QCOMPARE(dumpFile(a->database(), table), dumpServer(*server, table));
            QCOMPARE(dumpFile(b->database(), table), dumpServer(*server, table));
        }
    }

    // The window imports on a worker with a connection of its own: through the server too; and
    // its undo takes the rows back out of the server.
    void windowImportGoesToTheServer()
    {
        const QString url = fresh("pg_winimport");
        auto opened = Document::open(url, { .create = true, .sharedCacheDir = m_dir.filePath(u"winimport"_s) });
        QVERIFY2(opened.document, qPrintable(opened.error));
        Document &document = *opened.document;
        auto server = PgConnection::connect(url);
        auto future = document.startImport({ QStringLiteral(ENTENTE_TEST_DATA "/io/good.csv") }, {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
        QVERIFY2(future.result().result.ok, qPrintable(future.result().result.error));
        const qint64 events = document.store().counts().events;
        QVERIFY(events > 0);
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), events);
        document.undoStack()->undo();
        QCOMPARE(document.store().counts().events, 0);
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 0);
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
};

QTEST_GUILESS_MAIN(TestPgSync)
#include "tst_pgsync.moc"
