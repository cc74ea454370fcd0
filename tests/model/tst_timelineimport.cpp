#include "io/importer.h"
#include "store/store.h"

#include <QTest>

using namespace entente;

class TestTimelineImport : public QObject
{
    Q_OBJECT

private slots:
    void eventsAndEras()
    {
        auto store = Store::createInMemory();
        ImportProgress progress;
        const ImportResult r
            = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/sample.timeline"), *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.format, QStringLiteral("timeline"));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.skippedCount, 1);
        QCOMPARE(r.summary.skipped.at(0).location, QStringLiteral("line 26"));
        QCOMPARE(r.summary.skipped.at(0).field, QStringLiteral("start"));
        const QList<Event> events = store->events(store->eventIds({}));
        QCOMPARE(events.at(0).title, QStringLiteral("Istanbul talks"));
        QCOMPARE(events.at(0).start.toIsoString(), QStringLiteral("2022-03-29"));
        QVERIFY(!events.at(0).end);
        QCOMPARE(events.at(0).kind, QStringLiteral("Talks"));
        QCOMPARE(events.at(0).summary, QStringLiteral("Delegations meet & talk."));
        QCOMPARE(store->source(events.at(0).sources.at(0).sourceId)->url, QStringLiteral("https://example.org/talks"));
        QVERIFY(events.at(1).start.isApproximate());
        QCOMPARE(events.at(1).start.precision(), FuzzyDate::Precision::Minute);
        QCOMPARE(events.at(1).end->toIsoString(), QStringLiteral("2022-04-03T18:00~"));
        const QList<Era> eras = store->eras();
        QCOMPARE(eras.size(), 1);
        QCOMPARE(eras.at(0).colour, QStringLiteral("#c8dcff"));
    }

    // Containers ("[4]Name") and their subevents ("(4)Name") lose the marks and share a tag, the
    // container's name; a bracket an ordinary event's text starts with is kept.
    void containersAndSubevents()
    {
        auto store = Store::createInMemory();
        ImportProgress progress;
        const ImportResult r
            = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/containers.timeline"), *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 3);
        QCOMPARE(r.summary.erasAdded, 1);
        const QList<Event> events = store->events(store->eventIds({}));
        QCOMPARE(events.at(0).title, QStringLiteral("Istanbul round"));
        QCOMPARE(events.at(0).tags, QStringList { QStringLiteral("Istanbul round") });
        QCOMPARE(events.at(0).summary, QStringLiteral("Two days at Dolmabahçe."));
        QCOMPARE(events.at(1).title, QStringLiteral("First session"));
        QCOMPARE(events.at(1).tags, QStringList { QStringLiteral("Istanbul round") });
        QCOMPARE(events.at(1).kind, QStringLiteral("Talks"));
        QCOMPARE(events.at(1).start.toIsoString(), QStringLiteral("2022-03-29T10:00"));
        QCOMPARE(events.at(2).title, QStringLiteral("(draft) Communiqué"));
        QVERIFY(events.at(2).tags.isEmpty());
        QVERIFY(!events.at(2).end); // a milestone is an instant
    }

    // Timeline also counts time in plain numbers or in invented calendars: refused, not misread.
    void otherTimeTypesRefused()
    {
        auto store = Store::createInMemory();
        ImportProgress progress;
        const ImportResult r
            = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/numtime.timeline"), *store, {}, progress);
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral("numtime.timeline, line 4, field \"timetype\": this Timeline file counts "
                                "time as \"numtime\", not in calendar dates; Entente keeps calendar dates "
                                "only."));
        QCOMPARE(store->counts().events, 0);
    }

    void malformedXml()
    {
        auto store = Store::createInMemory();
        ImportProgress progress;
        const ImportResult r
            = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/malformed.timeline"), *store, {}, progress);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("malformed.timeline, line 4: the XML is malformed")),
                 qPrintable(r.error));
        QCOMPARE(store->counts().events, 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineImport)
#include "tst_timelineimport.moc"
