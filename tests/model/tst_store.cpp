// The store: records, queries, search, transactions and integrity. Opening and refusing files
// is in tst_storeopen.cpp.
#include "eventfilter.h"
#include "sampledataset.h"
#include "store/schema.h"
#include "store/sqlcondition.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace entente;

namespace {

Event makeEvent(const QString &title, const char *start, QList<EventActor> actors = {})
{
    Event e;
    e.title = title;
    e.start = *FuzzyDate::parse(QString::fromLatin1(start));
    e.actors = std::move(actors);
    return e;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void createsAndReopens()
    {
        const QString p = path(QStringLiteral("new.entente"));
        {
            auto r = Store::open(p, { .create = true });
            QVERIFY2(r.store, qPrintable(r.error));
            QCOMPARE(r.store->schemaVersion(), Schema::kCurrentVersion);
            r.store->addEvent(makeEvent(QStringLiteral("One"), "2022-03-29"));
        }
        auto r = Store::open(p, {});
        QVERIFY2(r.store, qPrintable(r.error));
        QCOMPARE(r.store->counts().events, 1);
        QCOMPARE(r.store->database().execAndGet("PRAGMA journal_mode").getString(), std::string("wal"));
        QCOMPARE(r.store->database().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    }

    // SQLite's allocation statistics cost a process-wide mutex per allocation, which two threads
    // of an import fought over: they are off, so SQLite counts no memory in use.
    void sqliteKeepsNoMemoryStatistics()
    {
        auto r = Store::open(path(QStringLiteral("stats.entente")), { .create = true });
        QVERIFY2(r.store, qPrintable(r.error));
        r.store->addEvent(makeEvent(QStringLiteral("One"), "2022-03-29"));
        sqlite3_int64 current = -1;
        sqlite3_int64 highest = -1;
        QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &current, &highest, 0), SQLITE_OK);
        QCOMPARE(current, sqlite3_int64(0));
    }

    void eventRoundTrip()
    {
        auto store = Store::createInMemory();
        Actor putin;
        putin.name = QStringLiteral("Vladimir Putin");
        const ActorId a = store->addActor(putin);
        Source s;
        s.publisher = QStringLiteral("Wire");
        s.title = QStringLiteral("Report");
        s.url = QStringLiteral("https://example.org/report");
        s.published = FuzzyDate::day(2025, 5, 16);
        const SourceId sid = store->addSource(s);
        Event e = makeEvent(QStringLiteral("Invitation"), "2025-05-11", { { a, QStringLiteral("proposer") } });
        e.end = FuzzyDate::day(2025, 5, 12);
        e.summary = QStringLiteral("Direct talks proposed.");
        e.kind = QStringLiteral("proposal");
        e.status = ClaimStatus::Reported;
        e.place = QStringLiteral("Moscow");
        e.latitude = 55.75;
        e.longitude = 37.62;
        e.sources = { { sid, QStringLiteral("a public invitation") } };
        e.tags = { QStringLiteral("istanbul"), QStringLiteral("talks") };
        e.id = store->addEvent(e);
        QCOMPARE(store->event(e.id), e);
        QCOMPARE(store->source(sid)->published, s.published);
        e.title = QStringLiteral("Invitation to talks");
        e.actors.clear();
        e.tags = { QStringLiteral("talks") };
        store->updateEvent(e);
        QCOMPARE(store->event(e.id), e);
        store->deleteEvent(e.id);
        QVERIFY(!store->event(e.id));
        QVERIFY_THROWS_EXCEPTION(StoreError, store->deleteEvent(e.id));
    }

    void typedQueries()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const auto ukraine = store->findActor(QStringLiteral("Ukraine"));
        const auto johnson = store->findActor(QStringLiteral("Boris Johnson"));
        QVERIFY(ukraine && johnson);
        // 2022 only.
        QCOMPARE(store->eventsInRange(FuzzyDate::year(2022).startSeconds(), FuzzyDate::year(2022).endSeconds()).size(),
                 4);
        // The April 2022 collapse is month-precise: it overlaps 30 April but not 1 May.
        const FuzzyDate apr30 = FuzzyDate::day(2022, 4, 30);
        const auto april30 = store->eventsInRange(apr30.startSeconds(), apr30.endSeconds());
        QCOMPARE(april30.size(), 1);
        QCOMPARE(store->event(april30.first())->kind, QStringLiteral("withdrawal"));
        QCOMPARE(store->eventsByActor(*johnson).size(), 3);
        QCOMPARE(store->eventsByKind(QStringLiteral("talks")).size(), 2);
        QCOMPARE(store->eventsByStatus(ClaimStatus::Alleged).size(), 1);
        QCOMPARE(store->eventsByStatus(ClaimStatus::Reported).size(), 2);
        // Full text over titles, summaries, actor names and aliases, places and quotes.
        // The agreement and the exchange; not the invasion, whose quote is only its own words.
        QCOMPARE(store->search(QStringLiteral("prisoner")).size(), 2);
        QCOMPARE(store->search(QStringLiteral("TASS")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("Zelenskyy")).size(), store->search(QStringLiteral("Zelensky")).size());
        QVERIFY(!store->search(QStringLiteral("Istanb")).isEmpty()); // prefixes match as you type
        QCOMPARE(store->search(QStringLiteral("\" OR 1=1 --")).size(), 0);
        QCOMPARE(store->search(QStringLiteral("   ")).size(), 0);
        EventFilter combined;
        combined.actors = { *ukraine };
        combined.statuses = { ClaimStatus::Confirmed };
        combined.text = QStringLiteral("Istanbul");
        QCOMPARE(store->countEvents(combined), 4);
        // Ordered, paged.
        const auto byTitle = store->eventIds({}, EventOrder::Title, false, 3, 0);
        QCOMPARE(byTitle.size(), 3);
        QVERIFY(store->event(byTitle[0])->title.compare(store->event(byTitle[1])->title, Qt::CaseInsensitive) <= 0);
    }

    // A window finds every event overlapping it, however long: the lower bound on start_key that
    // lets SQLite read part of the index must never drop one. Checked against a count by hand
    // over random events (instants, days, months, years, decade-long ranges) and random windows.
    void windowQueriesMatchBruteForce()
    {
        auto store = Store::createInMemory();
        QRandomGenerator random(7);
        struct Span
        {
            qint64 start;
            qint64 end;
        };
        QList<Span> spans;
        for (int i = 0; i < 400; ++i) {
            Event e;
            e.title = QStringLiteral("event %1").arg(i);
            const int year = 1990 + random.bounded(30);
            const int month = 1 + random.bounded(12);
            const int day = 1 + random.bounded(28);
            switch (random.bounded(4)) {
            case 0:
                e.start = FuzzyDate::day(year, month, day);
                break;
            case 1:
                e.start = FuzzyDate::month(year, month);
                break;
            case 2:
                e.start = FuzzyDate::year(year);
                break;
            default:
                e.start = FuzzyDate::day(year, month, day);
                e.end = FuzzyDate::year(year + random.bounded(12));
                break;
            }
            store->addEvent(e);
            spans.append({ e.start.startSeconds(), e.end ? e.end->endSeconds() : e.start.endSeconds() });
        }
        for (int i = 0; i < 200; ++i) {
            const qint64 from = FuzzyDate::day(1985 + random.bounded(40), 1 + random.bounded(12), 1).startSeconds();
            const qint64 to = from + 1 + random.bounded(5 * 365) * qint64(86400);
            EventFilter filter;
            filter.from = from;
            filter.to = to;
            const qint64 expected = std::count_if(spans.begin(), spans.end(),
                                                  [&](const Span &s) { return s.start < to && s.end > from; });
            QCOMPARE(store->countEvents(filter), expected);
            QCOMPARE(store->eventsInRange(from, to).size(), expected);
        }
    }

    void aliasLookup_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("name");
        QTest::newRow("Kiev") << "Kiev"
                              << "Ukraine";
        QTest::newRow("kyiv") << "kyiv"
                              << "Ukraine";
        QTest::newRow("Turkey") << "Turkey"
                                << "Türkiye";
        QTest::newRow("TÜRKIYE") << "TÜRKIYE"
                                 << "Türkiye";
        QTest::newRow("Zelenskyy") << "Zelenskyy"
                                   << "Volodymyr Zelensky";
        QTest::newRow("Zelenskiy") << "Zelenskiy"
                                   << "Volodymyr Zelensky";
        QTest::newRow("UK") << "UK"
                            << "United Kingdom";
        QTest::newRow("Cyrillic") << "Владимир Путин"
                                  << "Vladimir Putin";
    }
    void aliasLookup()
    {
        QFETCH(QString, alias);
        QFETCH(QString, name);
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const auto id = store->findActor(alias);
        QVERIFY(id);
        QCOMPARE(store->actor(*id)->name, name);
        // Kiev finds the same actor as Kyiv.
        QCOMPARE(store->findActor(QStringLiteral("Kiev")), store->findActor(QStringLiteral("Kyiv")));
        QVERIFY(!store->findActor(QStringLiteral("Atlantis")));
    }

    // The search index keeps no word positions: a query is words and prefixes only, each word a
    // single token of the tokenizer, never a phrase (which that index refuses).
    void searchQueriesAreWordsNotPhrases()
    {
        QCOMPARE(toFtsQuery(QStringLiteral("cease_fire  Zelen")),
                 QStringLiteral("\"cease\"* AND (\"fire\"* OR \"fıre\"*) AND \"Zelen\"*"));
        QCOMPARE(toFtsQuery(QStringLiteral("\" OR 1=1 --")), QStringLiteral("\"OR\"* AND \"1\"* AND \"1\"*"));
        // A letter of Unicode 9 (Adlam) is no word character for the tokenizer (Unicode 6.1).
        QCOMPARE(toFtsQuery(QStringLiteral("abc") + QString::fromUcs4(U"\U0001E900") + QStringLiteral("def")),
                 QStringLiteral("\"abc\"* AND \"def\"*"));
        QCOMPARE(toFtsQuery(QStringLiteral("Фидан Türkiye")),
                 QStringLiteral("\"Фидан\"* AND (\"Türkiye\"* OR \"Türkıye\"*)"));
        auto store = Store::createInMemory();
        QVERIFY(QString::fromStdString(
                    store->database().execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'events_fts'").getString())
                    .contains(QStringLiteral("detail = column")));
        const EventId id = store->addEvent(makeEvent(QStringLiteral("Cease fire talks"), "2022-03-29"));
        QCOMPARE(store->search(QStringLiteral("cease_fire")), QList<EventId> { id });
        QCOMPARE(store->search(QStringLiteral("fire_cease")), QList<EventId> { id }); // words, in any order
        QCOMPARE(store->search(QStringLiteral("tal")), QList<EventId> { id });
        EventFilter f;
        f.text = QStringLiteral("talks_cease") + QString::fromUcs4(U"\U0001E900");
        QCOMPARE(store->countEvents(f), 1);
    }

    // Date order and time windows are read from the one date index, without a sort.
    void dateQueriesUseTheDateIndex()
    {
        auto store = Store::createInMemory();
        store->addEvent(makeEvent(QStringLiteral("One"), "2022-03-29"));
        SQLite::Database &db = store->database();
        auto plan = [&](const QString &sql) {
            QString out;
            SQLite::Statement q(db, "EXPLAIN QUERY PLAN " + sql.toStdString());
            while (q.executeStep())
                out += QString::fromStdString(q.getColumn(3).getString()) + u'\n';
            return out;
        };
        EventFilter window;
        window.from = 100;
        window.to = 200;
        const SqlCondition c = toSql(window, false);
        const QString windowPlan = plan(QStringLiteral("SELECT count(*) FROM events e WHERE ") + c.where);
        QVERIFY2(windowPlan.contains(QStringLiteral("COVERING INDEX events_start")), qPrintable(windowPlan));
        const QString orderPlan = plan(QStringLiteral("SELECT e.id FROM events e WHERE ") + c.where
                                       + QStringLiteral(" ORDER BY e.start_key, e.id LIMIT 50"));
        QVERIFY2(orderPlan.contains(QStringLiteral("INDEX events_start")), qPrintable(orderPlan));
        QVERIFY2(!orderPlan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(orderPlan));
    }

    void searchIndexFollowsEveryEdit()
    {
        auto store = Store::createInMemory();
        Actor a;
        a.name = QStringLiteral("Hakan Fidan");
        a.id = store->addActor(a);
        Source s;
        s.publisher = QStringLiteral("Anadolu");
        const SourceId sid = store->addSource(s);
        Event e = makeEvent(QStringLiteral("Talks resume"), "2025-05-16", { { a.id, QStringLiteral("mediator") } });
        e.id = store->addEvent(e);
        QCOMPARE(store->search(QStringLiteral("Fidan")), QList<EventId> { e.id });
        // Renaming the actor re-indexes the event.
        a.name = QStringLiteral("H. Fidan Minister");
        store->updateActor(a);
        QCOMPARE(store->search(QStringLiteral("Minister")), QList<EventId> { e.id });
        // An alias added later is found.
        a.aliases = { { QStringLiteral("Хакан Фидан"), QStringLiteral("ru") } };
        store->updateActor(a);
        QCOMPARE(store->search(QStringLiteral("Фидан")), QList<EventId> { e.id });
        // A quote added to the event is found; so is the publisher.
        e.sources = { { sid, QStringLiteral("reconvene soon") } };
        store->updateEvent(e);
        QCOMPARE(store->search(QStringLiteral("reconvene")), QList<EventId> { e.id });
        QCOMPARE(store->search(QStringLiteral("Anadolu")), QList<EventId> { e.id });
        // Deleting the actor drops its names from the event.
        store->deleteActor(a.id);
        QVERIFY(store->search(QStringLiteral("Minister")).isEmpty());
        // Title edits and deletion.
        e = *store->event(e.id);
        e.title = QStringLiteral("Ceasefire proposals");
        store->updateEvent(e);
        QVERIFY(store->search(QStringLiteral("resume")).isEmpty());
        QCOMPARE(store->search(QStringLiteral("ceasefire")), QList<EventId> { e.id });
        store->deleteEvent(e.id);
        QVERIFY(store->search(QStringLiteral("ceasefire")).isEmpty());
        QCOMPARE(store->database().execAndGet("SELECT count(*) FROM events_fts").getInt(), 0);
    }

    void transactionsRollBack()
    {
        auto store = Store::createInMemory();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, store->transaction([&] {
            store->addEvent(makeEvent(QStringLiteral("kept?"), "2022"));
            throw std::runtime_error("cancelled");
        }));
        QCOMPARE(store->counts().events, 0);
        // Nested: the inner failure rolls back the inner part only.
        store->transaction([&] {
            store->addEvent(makeEvent(QStringLiteral("outer"), "2022"));
            try {
                store->transaction([&] {
                    store->addEvent(makeEvent(QStringLiteral("inner"), "2023"));
                    throw std::runtime_error("inner");
                });
            } catch (const std::runtime_error &) { }
        });
        QCOMPARE(store->counts().events, 1);
    }

    void mergeActors()
    {
        auto store = Store::createInMemory();
        Actor kyiv;
        kyiv.name = QStringLiteral("Ukraine");
        kyiv.id = store->addActor(kyiv);
        Actor kiev;
        kiev.name = QStringLiteral("Kiev");
        kiev.aliases = { { QStringLiteral("Kyjiw"), QStringLiteral("de") } };
        kiev.titles = { { QStringLiteral("Capital"), std::nullopt, std::nullopt } };
        kiev.id = store->addActor(kiev);
        const EventId both
            = store->addEvent(makeEvent(QStringLiteral("both"), "2022",
                                        { { kyiv.id, QStringLiteral("host") }, { kiev.id, QStringLiteral("host") } }));
        const EventId one
            = store->addEvent(makeEvent(QStringLiteral("one"), "2023", { { kiev.id, QStringLiteral("speaker") } }));
        store->mergeActors(kyiv.id, kiev.id);
        QVERIFY(!store->actor(kiev.id));
        QCOMPARE(store->findActor(QStringLiteral("Kiev")), kyiv.id);
        QCOMPARE(store->findActor(QStringLiteral("Kyjiw")), kyiv.id);
        QCOMPARE(store->event(both)->actors.size(), 1);
        QCOMPARE(store->event(one)->actors, (QList<EventActor> { { kyiv.id, QStringLiteral("speaker") } }));
        QCOMPARE(store->actor(kyiv.id)->titles.size(), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, store->mergeActors(kyiv.id, kyiv.id));
    }

    void saveCopyAndIntegrity()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const QString copy = path(QStringLiteral("copy.entente"));
        store->saveCopy(copy);
        auto r = Store::open(copy, {});
        QVERIFY2(r.store, qPrintable(r.error));
        QCOMPARE(r.store->counts().events, 12);
        QVERIFY(r.store->integrityProblems().isEmpty());
        QCOMPARE(r.store->search(QStringLiteral("Arakhamia")).size(), 2);
    }

    void hostileTextIsData()
    {
        auto store = Store::createInMemory();
        Actor a;
        a.name = QStringLiteral("Robert'); DROP TABLE events;--");
        a.id = store->addActor(a);
        store->addEvent(makeEvent(QStringLiteral("<script>alert(1)</script>"), "2022", { { a.id, {} } }));
        QCOMPARE(store->findActor(a.name), a.id);
        QCOMPARE(store->counts().events, 1);
        QCOMPARE(store->search(QStringLiteral("DROP TABLE")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
