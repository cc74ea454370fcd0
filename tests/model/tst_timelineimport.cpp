#include "io/importer.h"
#include "store.h"

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
