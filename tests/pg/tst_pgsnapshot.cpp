// A shared timeline's starting copy (`entente publish`, PgSnapshot): published by the owner of
// the tables only, fetched by a first open instead of copying the tables, followed by the
// changes made since (and by those a copy could not see: transactions still open when it was
// made), refused when it does not fit, and stopped with nothing kept.
#include "interruptedimport.h"
#include "pgtestcase.h"

#include "store/pg/pgmirror.h"

#include <QProcess>

#include <tuple>

class TestPgSnapshot : public PgTestCase
{
    Q_OBJECT

    // Every replicated table of the mirror equals the server's.
    static void sameAsServer(Store &store, PgConnection &server)
    {
        for (const PgTable &table : PgSchema::current().tables())
            QCOMPARE(dumpFile(store.database(), table), dumpServer(server, table));
    }

    struct Opened
    {
        std::unique_ptr<Store> store;
        qint64 downloaded = 0; // bytes reported
        qint64 copied = 0; // rows reported (a copy of the tables)
    };
    Opened firstOpen(const QString &url, const QString &cache)
    {
        Opened out;
        Store::OpenOptions options;
        options.sharedCacheDir = m_dir.filePath(cache);
        options.downloading = [&out](qint64 done, qint64) { out.downloaded = done; };
        options.fetching = [&out](qint64 done, qint64) { out.copied = done; };
        Store::OpenResult opened = Store::open(url, options);
        if (!opened.store)
            qWarning("%s", qPrintable(opened.error));
        out.store = std::move(opened.store);
        return out;
    }

    // The owner's store on a new database `name` holding the sample, its starting copy published.
    std::unique_ptr<Store> publishedSample(const char *name, QString *url)
    {
        *url = fresh(name);
        auto owner = openShared(*url, QString::fromLatin1(name) + u"-owner"_s, true);
        if (!owner)
            return nullptr;
        SampleDataset::write(*owner);
        const auto published = SharedTimeline::publish(*owner);
        if (!published.ok) {
            qWarning("%s", qPrintable(published.error));
            return nullptr;
        }
        return owner;
    }

private slots:
    void initTestCase()
    {
        if (!setUpServer())
            QSKIP("ENTENTE_TEST_PG_URL is not set: no PostgreSQL test server");
    }

    void aPublishedCopyIsFetchedAtFirstOpen()
    {
        const QString url = fresh("pg_snap");
        auto owner = openShared(url, u"snap-owner"_s, true);
        QVERIFY(owner);
        applyScenario(*owner);
        const auto published = SharedTimeline::publish(*owner);
        QVERIFY2(published.ok, qPrintable(published.error));
        QVERIFY(published.bytes > 0);
        auto server = PgConnection::connect(url);
        QCOMPARE(server->exec("SELECT value FROM entente_meta WHERE key = 'snapshot_bytes'").toInt64(0, 0),
                 published.bytes);

        const Opened first = firstOpen(url, u"snap-reader"_s);
        QVERIFY(first.store);
        QCOMPARE(first.downloaded, published.bytes); // the file, not the tables
        QCOMPARE(first.copied, 0);
        sameAsServer(*first.store, *server);
        EventFilter f;
        f.text = u"Dolmabahçe"_s;
        QCOMPARE(first.store->countEvents(f), 1);
        // The owner's own notes stayed with the owner.
        SQLite::Statement own(first.store->database(), "SELECT value FROM shared_state WHERE key = 'own_bulk'");
        QVERIFY(!own.executeStep() || own.getColumn(0).getString().empty());
        // It writes as any mirror does.
        const EventId id = first.store->addEvent(makeEvent(u"Added after the fetch"_s, "2023-05-01"));
        QVERIFY(id > 0);
        QCOMPARE(server->exec("SELECT count(*) FROM events WHERE title = 'Added after the fetch'").toInt64(0, 0), 1);
    }

    void changesSinceTheCopyArePulled()
    {
        QString url;
        auto owner = publishedSample("pg_snap_stale", &url);
        QVERIFY(owner);
        // Another desk's edits after it was published: an event added, one edited, one deleted.
        auto desk = openShared(url, u"stale-desk"_s);
        QVERIFY(desk);
        desk->addEvent(makeEvent(u"Talks after the copy"_s, "2025-06-02"));
        const QList<EventId> ids = desk->eventIds({});
        Event edited = *desk->event(ids.first());
        edited.title = u"Renamed after the copy"_s;
        desk->updateEvent(edited);
        desk->deleteEvent(ids.at(2));

        const Opened first = firstOpen(url, u"stale-reader"_s);
        QVERIFY(first.store);
        QVERIFY(first.downloaded > 0);
        auto server = PgConnection::connect(url);
        sameAsServer(*first.store, *server);
        EventFilter f;
        f.text = u"renamed"_s;
        QCOMPARE(first.store->countEvents(f), 1);
    }

    // Someone's import after the copy was published, larger than the timeline was: pulling it
    // after the copy would take longer than copying the tables, so they are copied.
    void aCopyFarBehindIsNotUsed()
    {
        QString url;
        auto owner = publishedSample("pg_snap_behind", &url);
        QVERIFY(owner);
        const QString csv = m_dir.filePath(u"behind.csv"_s);
        QVERIFY(test::writeManyAcled(csv, 20000));
        ImportProgress progress;
        QVERIFY(importFile(csv, *owner, {}, progress).ok);
        const Opened first = firstOpen(url, u"behind-reader"_s);
        QVERIFY(first.store);
        QCOMPARE(first.downloaded, 0);
        QVERIFY(first.copied > 20000);
        auto server = PgConnection::connect(url);
        sameAsServer(*first.store, *server);
        // Published again, it is used again.
        QVERIFY(SharedTimeline::publish(*owner).ok);
        const Opened again = firstOpen(url, u"behind-again"_s);
        QVERIFY(again.store);
        QVERIFY(again.downloaded > 0);
        QCOMPARE(again.copied, 0);
    }

    // A transaction still open when the copy was made (its log number skipped): once it commits,
    // the first pulls of a mirror made from that copy find its rows. The same for a first open
    // that copies the tables while it is open.
    void aChangeOpenWhileTheCopyWasMadeIsFound()
    {
        const QString url = fresh("pg_snap_hole");
        auto owner = openShared(url, u"hole-owner"_s, true);
        QVERIFY(owner);
        SampleDataset::write(*owner);
        auto slow = PgConnection::connect(url);
        slow->begin();
        slow->exec("INSERT INTO events (id, title, start_date, start_key, end_key) "
                   "VALUES (nextval('events_id_seq'), 'Committed late', '2022', 0, 1)");
        owner->addEvent(makeEvent(u"Committed early"_s, "2022-04-01")); // a later log number
        owner->shared()->pull();
        QVERIFY(SharedTimeline::publish(*owner).ok);
        const Opened copied = firstOpen(url, u"hole-fetched"_s);
        QVERIFY(copied.store);
        QVERIFY(copied.downloaded > 0);
        // Made without the starting copy too: the server's tables copied while it is open.
        auto server = PgConnection::connect(url);
        server->exec("UPDATE entente_meta SET value = '0' WHERE key = 'snapshot_bytes'");
        const Opened tables = firstOpen(url, u"hole-copy"_s);
        QVERIFY(tables.store);
        QVERIFY(tables.copied > 0);
        slow->commit();
        const auto late = [](Store &store) {
            return store.database().execAndGet("SELECT count(*) FROM events WHERE title = 'Committed late'").getInt();
        };
        for (Store *store : { copied.store.get(), tables.store.get() }) {
            QCOMPARE(late(*store), 0);
            store->shared()->pull();
            QCOMPARE(late(*store), 1);
            // Found: no longer looked for, at the next open either.
            QCOMPARE(store->database().execAndGet("SELECT value FROM shared_state WHERE key = 'holes'").getString(),
                     std::string());
        }
    }

    void onlyTheOwnerPublishes()
    {
        QString url;
        auto owner = publishedSample("pg_snap_owner", &url);
        QVERIFY(owner);
        auto admin = PgConnection::connect(url);
        const qint64 before = admin->exec("SELECT value FROM entente_meta WHERE key = 'snapshot_at'").toInt64(0, 0);
        for (const char *role : { "snap_editor", "snap_viewer" }) {
            admin->tryExec(QByteArray("DROP ROLE IF EXISTS ") + role);
            admin->exec(QByteArray("CREATE ROLE ") + role + " LOGIN IN ROLE "
                        + (qstrcmp(role, "snap_editor") == 0 ? "entente_editor" : "entente_viewer"));
            const QString as = asUser(url, QString::fromLatin1(role));
            auto store = openShared(as, QString::fromLatin1(role));
            QVERIFY(store);
            const auto refused = SharedTimeline::publish(*store);
            QVERIFY(!refused.ok);
            QVERIFY2(refused.error.startsWith(u"Only the owner of the shared timeline"), qPrintable(refused.error));
            // At the database: the copy can be read, not written.
            auto direct = PgConnection::connect(as);
            QVERIFY(direct->exec("SELECT count(*) FROM entente_snapshot").toInt64(0, 0) > 0);
            for (const char *sql : { "DELETE FROM entente_snapshot", "INSERT INTO entente_snapshot VALUES (99, 'x')",
                                     "UPDATE entente_meta SET value = '1' WHERE key = 'snapshot_bytes'" })
                QCOMPARE(direct->tryExec(sql), QByteArray("42501"));
            store.reset();
            direct.reset();
            admin->exec(QByteArray("DROP OWNED BY ") + role);
            admin->exec(QByteArray("DROP ROLE ") + role);
        }
        QCOMPARE(admin->exec("SELECT value FROM entente_meta WHERE key = 'snapshot_at'").toInt64(0, 0), before);
    }

    // The copy cannot be made on this computer (here its place is taken by a folder): one
    // sentence, no SQLite text, and nothing sent to the server.
    void aCopyThatCannotBeMadeSaysSo()
    {
        const QString url = fresh("pg_snap_unmade");
        auto owner = openShared(url, u"unmade-owner"_s, true);
        QVERIFY(owner);
        SampleDataset::write(*owner);
        QVERIFY(QDir().mkpath(owner->path() + u".publish"_s));
        const auto refused = SharedTimeline::publish(*owner);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.startsWith(u"The starting copy of postgresql://"), qPrintable(refused.error));
        QVERIFY2(!refused.error.contains(u"sqlite", Qt::CaseInsensitive) && !refused.error.contains(u'\n'),
                 qPrintable(refused.error));
        auto server = PgConnection::connect(url);
        QVERIFY(!server->exec("SELECT to_regclass('entente_snapshot') IS NOT NULL").toBool(0, 0));
    }

    // A copy that does not fit this database, this schema or its own size, or is no Entente
    // file, is not used: the first open copies the tables, and works.
    void aCopyThatDoesNotFitIsNotUsed_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::newRow("another database") << u"UPDATE entente_meta SET value = 'x' WHERE key = 'snapshot_database'"_s;
        QTest::newRow("another schema") << u"UPDATE entente_meta SET value = '99' WHERE key = 'snapshot_schema'"_s;
        QTest::newRow("not whole") << u"DELETE FROM entente_snapshot WHERE part = (SELECT max(part) FROM "
                                      "entente_snapshot)"_s;
        QTest::newRow("not an Entente file")
            << u"UPDATE entente_snapshot SET data = overlay(data PLACING '\\x00000000000000000000'::bytea FROM 61) "
               "WHERE part = 0"_s;
        QTest::newRow("another database inside")
            << u"UPDATE entente_meta SET value = 'x' WHERE key = 'database_id'; "
               "UPDATE entente_meta SET value = 'x' WHERE key = 'snapshot_database'"_s;
    }

    void aCopyThatDoesNotFitIsNotUsed()
    {
        QFETCH(QString, tamper);
        QString url;
        auto owner = publishedSample("pg_snap_misfit", &url);
        QVERIFY(owner);
        owner.reset();
        auto server = PgConnection::connect(url);
        for (const QString &sql : tamper.split(u"; "_s))
            server->exec(sql.toUtf8());
        const Opened first = firstOpen(url, u"misfit-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(first.store);
        QVERIFY(first.copied > 0);
        sameAsServer(*first.store, *server);
    }

    // `entente publish URL`: the owner's copy published, one line saying so; anyone else refused
    // with one sentence on stderr and exit code 1.
    void publishFromTheCommandLine()
    {
        const QString url = fresh("pg_snap_cli");
        {
            auto owner = openShared(url, u"cli-owner"_s, true);
            QVERIFY(owner);
            SampleDataset::write(*owner);
        }
        const auto run = [this](const QString &as, const QString &cache) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"ENTENTE_SHARED_CACHE"_s, m_dir.filePath(cache));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ENTENTE_BINARY), { u"publish"_s, as });
            p.waitForFinished(60000);
            return std::tuple { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                                QString::fromUtf8(p.readAllStandardError()) };
        };
        const auto [code, out, err] = run(url, u"cli-owner"_s);
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith(u"Published the starting copy of "), qPrintable(out + err));
        auto admin = PgConnection::connect(url);
        QVERIFY(admin->exec("SELECT value FROM entente_meta WHERE key = 'snapshot_bytes'").toInt64(0, 0) > 0);
        admin->tryExec("DROP ROLE IF EXISTS snap_cli_editor");
        admin->exec("CREATE ROLE snap_cli_editor LOGIN IN ROLE entente_editor");
        const auto [refusedCode, refusedOut, refusedErr] = run(asUser(url, u"snap_cli_editor"_s), u"cli-editor"_s);
        QCOMPARE(refusedCode, 1);
        QVERIFY2(refusedErr.contains(u"Only the owner of the shared timeline"), qPrintable(refusedErr));
        QCOMPARE(refusedErr.count(u'\n'), 1);
        admin->exec("DROP OWNED BY snap_cli_editor");
        admin->exec("DROP ROLE snap_cli_editor");
    }

    // A file holding anything this Entente does not make (a trigger that would rename every
    // event a desk adds), or an import of the owner's half done, is not used either.
    void aCopyWithSomethingAddedIsNotUsed_data()
    {
        QTest::addColumn<QByteArray>("plant");
        QTest::addColumn<QByteArray>("unplant");
        QTest::newRow("a trigger") << QByteArray("CREATE TRIGGER planted AFTER INSERT ON events BEGIN "
                                                 "UPDATE events SET title = 'planted' WHERE id = new.id; END")
                                   << QByteArray("DROP TRIGGER planted");
        QTest::newRow("an import half done") << QByteArray(
            "INSERT INTO meta (key, value) VALUES ('pending_indexes', 'CREATE INDEX x ON events (title)')")
                                             << QByteArray("DELETE FROM meta WHERE key = 'pending_indexes'");
    }

    void aCopyWithSomethingAddedIsNotUsed()
    {
        QFETCH(QByteArray, plant);
        QFETCH(QByteArray, unplant);
        const QString url = fresh("pg_snap_added");
        auto owner = openShared(url, u"added-owner"_s, true);
        QVERIFY(owner);
        SampleDataset::write(*owner);
        owner->database().exec(plant.toStdString());
        QVERIFY(SharedTimeline::publish(*owner).ok);
        owner->database().exec(unplant.toStdString());
        const Opened first = firstOpen(url, u"added-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(first.store);
        QVERIFY(first.copied > 0);
        QCOMPARE(
            first.store->database().execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'planted'").getInt(),
            0);
        auto server = PgConnection::connect(url);
        sameAsServer(*first.store, *server);
    }

    void aStoppedFetchKeepsNothing()
    {
        QString url;
        auto owner = publishedSample("pg_snap_stop", &url);
        QVERIFY(owner);
        Store::OpenOptions options;
        options.sharedCacheDir = m_dir.filePath(u"stop-reader"_s);
        bool fetching = false;
        options.downloading = [&fetching](qint64, qint64) { fetching = true; };
        options.cancelled = [&fetching] { return fetching; };
        const Store::OpenResult stopped = Store::open(url, options);
        QVERIFY(!stopped.store);
        QCOMPARE(stopped.kind, Store::OpenError::Cancelled);
        const QStringList left = filesUnder(options.sharedCacheDir);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
        options.cancelled = nullptr;
        const Store::OpenResult again = Store::open(url, options);
        QVERIFY2(again.store, qPrintable(again.error));
        QCOMPARE(again.store->countEvents(), owner->countEvents());
    }
};

QTEST_GUILESS_MAIN(TestPgSnapshot)
#include "tst_pgsnapshot.moc"
