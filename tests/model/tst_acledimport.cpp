#include "io/importer.h"
#include "store.h"

#include <QTest>

using namespace entente;

class TestAcledImport : public QObject
{
    Q_OBJECT

private slots:
    void codebookColumns()
    {
        auto store = Store::createInMemory();
        ImportProgress progress;
        const ImportResult r = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled.csv"), *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.format, QStringLiteral("acled"));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.skippedCount, 2);
        QCOMPARE(r.summary.skipped.at(0).location, QStringLiteral("line 4"));
        QCOMPARE(r.summary.skipped.at(0).field, QStringLiteral("event_date"));
        QCOMPARE(r.summary.skipped.at(1).field, QStringLiteral("inter1"));
        QCOMPARE(r.summary.sourcesAdded, 2); // Reuters shared, Kyiv Independent
        const QList<Event> events = store->events(store->eventIds({}));
        const Event &talks = events.at(1);
        QCOMPARE(talks.title, QStringLiteral("Agreement, Istanbul"));
        QCOMPARE(talks.kind, QStringLiteral("Strategic developments / Agreement"));
        QCOMPARE(talks.summary, QStringLiteral("Talks \"resume\" in Istanbul."));
        QCOMPARE(talks.place, QStringLiteral("Istanbul"));
        QCOMPARE(talks.start.toIsoString(), QStringLiteral("2022-03-29"));
        QCOMPARE(talks.actors.size(), 4);
        QCOMPARE(talks.actors.at(0).role, QStringLiteral("side 1"));
        QCOMPARE(talks.actors.at(2).role, QStringLiteral("side 2 associate"));
        QCOMPARE(store->actor(talks.actors.at(0).actorId)->kind, ActorKind::State);
        QCOMPARE(talks.sources.size(), 2);
        // time_precision 3: the month, approximate; "29 March 2022" read too.
        const Event &protest = events.at(0);
        QCOMPARE(protest.start.toIsoString(), QStringLiteral("2022-03~"));
        QCOMPARE(store->actor(protest.actors.at(0).actorId)->kind, ActorKind::Organization);
        QCOMPARE(store->search(QStringLiteral("resume")).size(), 1);
    }

    // Into a file with data the search rows of the new events are written too, matched actors
    // bring their aliases along, and the triggers are back for later edits.
    void searchableAfterImportIntoFileWithData()
    {
        auto store = Store::createInMemory();
        Actor ukraine;
        ukraine.name = QStringLiteral("Military Forces of Ukraine (2019-)");
        ukraine.kind = ActorKind::State;
        ukraine.aliases.append({ QStringLiteral("Zbroini"), QString() });
        const ActorId ukraineId = store->addActor(ukraine);
        Event earlier;
        earlier.title = QStringLiteral("Earlier meeting");
        earlier.start = FuzzyDate::day(2022, 3, 1);
        earlier.actors.append({ ukraineId, QStringLiteral("host") });
        store->addEvent(earlier);
        ImportProgress progress;
        const ImportResult r = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled.csv"), *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.actorsMatched, 1);
        QCOMPARE(store->search(QStringLiteral("Zbroini")).size(), 2); // the alias, old event and new
        QCOMPARE(store->search(QStringLiteral("Earlier")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("Independent")).size(), 1); // a source's publisher
        QCOMPARE(store->search(QStringLiteral("Irpin")).size(), 0); // the skipped row
        Event later;
        later.title = QStringLiteral("Later ceasefire");
        later.start = FuzzyDate::day(2022, 5, 1);
        later.actors.append({ ukraineId, QStringLiteral("host") });
        store->addEvent(later);
        QCOMPARE(store->search(QStringLiteral("ceasefire")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("Zbroini")).size(), 3);
    }

    void cancelIntoFileWithDataKeepsIt()
    {
        auto store = Store::createInMemory();
        Event earlier;
        earlier.title = QStringLiteral("Earlier meeting");
        earlier.start = FuzzyDate::day(2022, 3, 1);
        store->addEvent(earlier);
        std::atomic<bool> cancel { true };
        ImportProgress progress;
        progress.cancel = &cancel;
        QVERIFY(importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled.csv"), *store, {}, progress).cancelled);
        QCOMPARE(store->countEvents(), 1);
        Event later;
        later.title = QStringLiteral("Later ceasefire");
        later.start = FuzzyDate::day(2022, 5, 1);
        store->addEvent(later);
        QCOMPARE(store->search(QStringLiteral("ceasefire")).size(), 1); // the triggers survived the rollback
    }

    void missingColumn()
    {
        auto store = Store::createInMemory();
        ImportOptions o;
        o.format = QStringLiteral("acled");
        ImportProgress progress;
        const ImportResult r
            = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled-missing.csv"), *store, o, progress);
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral("acled-missing.csv, line 1, field \"event_date\": the header lacks this ACLED "
                                "column."));
    }

    void strict()
    {
        auto store = Store::createInMemory();
        ImportOptions o;
        o.strict = true;
        ImportProgress progress;
        const ImportResult r = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/acled.csv"), *store, o, progress);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("acled.csv, line 4, field \"event_date\"")), qPrintable(r.error));
        QCOMPARE(store->counts().events, 0);
        QCOMPARE(store->counts().actors, 0);
    }
};

QTEST_GUILESS_MAIN(TestAcledImport)
#include "tst_acledimport.moc"
