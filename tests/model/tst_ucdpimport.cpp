#include "io/importer.h"
#include "store/store.h"

#include <QTest>

#include <algorithm>

using namespace entente;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name);
}

ImportResult import(Store &store, const QString &path, const ImportOptions &options = {})
{
    ImportProgress progress;
    return importFile(path, store, options, progress);
}

Event eventWith(Store &store, const QString &ucdpId)
{
    for (const Event &e : store.events(store.eventIds({}))) {
        if (e.attributes.value(QStringLiteral("ucdp_id")) == ucdpId)
            return e;
    }
    return {};
}

} // namespace

class TestUcdpImport : public QObject
{
    Q_OBJECT

private slots:
    void plainAndZipped_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << data("ucdp-ged.csv");
        QTest::newRow("zip") << data("ucdp-ged.csv.zip");
    }
    void plainAndZipped()
    {
        QFETCH(QString, file);
        QCOMPARE(sniffFormat(file), QStringLiteral("ucdp"));
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.format, QStringLiteral("ucdp"));
        QCOMPARE(r.summary.eventsAdded, 4);
        QCOMPARE(r.summary.skippedCount, 0);
    }

    // Every mapped field, into the store and back.
    void mapping()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, data("ucdp-ged.csv"));
        QVERIFY2(r.ok, qPrintable(r.error));
        // date_prec 1: the day.
        const Event day = eventWith(*store, QStringLiteral("400001"));
        QCOMPARE(day.start.toIsoString(), QStringLiteral("2022-03-29"));
        QVERIFY(!day.end);
        QCOMPARE(day.kind, QStringLiteral("state-based conflict"));
        QCOMPARE(day.title, QStringLiteral("Russia – Ukraine, Kyiv city"));
        QCOMPARE(day.place, QStringLiteral("Kyiv city"));
        QCOMPARE(day.latitude.value_or(0), 50.45);
        QCOMPARE(day.status, ClaimStatus::Reported);
        QCOMPARE(day.actors.size(), 2);
        QCOMPARE(day.actors.at(0).role, QStringLiteral("side A"));
        const Actor russia = store->actor(day.actors.at(0).actorId).value();
        QCOMPARE(russia.name, QStringLiteral("Russia")); // "Government of Russia (Soviet Union)"
        QCOMPARE(russia.kind, ActorKind::State);
        // Each source_article entry a source: publisher, date, headline.
        QCOMPARE(day.sources.size(), 2);
        const Source reuters = store->source(day.sources.at(0).sourceId).value();
        QCOMPARE(reuters.publisher, QStringLiteral("Reuters News"));
        QCOMPARE(reuters.title, QStringLiteral("Shelling near Kyiv"));
        QCOMPARE(reuters.published->toIsoString(), QStringLiteral("2022-03-30"));
        QCOMPARE(store->source(day.sources.at(1).sourceId)->publisher, QStringLiteral("BBC Monitoring"));
        // The deaths as attributes.
        QCOMPARE(day.attributes.value(QStringLiteral("deaths_best")), QStringLiteral("6"));
        QCOMPARE(day.attributes.value(QStringLiteral("deaths_high")), QStringLiteral("9"));
        QCOMPARE(day.attributes.value(QStringLiteral("deaths_low")), QStringLiteral("5"));
        QCOMPARE(day.attributes.value(QStringLiteral("deaths_a")), QStringLiteral("2"));
        QCOMPARE(day.attributes.value(QStringLiteral("deaths_civilians")), QStringLiteral("3"));

        // date_prec 2: a range of days, approximate.
        const Event week = eventWith(*store, QStringLiteral("400002"));
        QCOMPARE(week.start.toIsoString(), QStringLiteral("2022-04-02~"));
        QCOMPARE(week.end->toIsoString(), QStringLiteral("2022-04-05~"));
        // date_prec 4: the month; one-sided violence against civilians.
        const Event month = eventWith(*store, QStringLiteral("400003"));
        QCOMPARE(month.start.toIsoString(), QStringLiteral("2022-05"));
        QCOMPARE(month.kind, QStringLiteral("one-sided violence"));
        QCOMPARE(store->actor(month.actors.at(1).actorId)->kind, ActorKind::Organization);
        QCOMPARE(store->source(month.sources.at(0).sourceId)->publisher, QStringLiteral("UN OHCHR report"));
        // date_prec 5: the year; no source_article: UCDP itself.
        const Event year = eventWith(*store, QStringLiteral("400004"));
        QCOMPARE(year.start.toIsoString(), QStringLiteral("2022"));
        QCOMPARE(store->actor(year.actors.at(0).actorId)->name, QStringLiteral("DPR"));
        QCOMPARE(store->source(year.sources.at(0).sourceId)->publisher, QStringLiteral("UCDP GED"));
    }

    void where_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("kept");
        QTest::newRow("deaths") << QStringLiteral("deaths>=20") << 2;
        QTest::newRow("country by name") << QStringLiteral("country=ukraine") << 4;
        QTest::newRow("country by Gleditsch-Ward number") << QStringLiteral("country=369") << 4;
        QTest::newRow("date window meets ranges") << QStringLiteral("from=2022-04-04 to=2022-04-30") << 2;
    }
    void where()
    {
        QFETCH(QString, where);
        QFETCH(int, kept);
        auto store = Store::createInMemory();
        ImportOptions options;
        options.where = where;
        const ImportResult r = import(*store, data("ucdp-ged.csv"), options);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, kept);
        QCOMPARE(r.summary.filteredOut, 4 - kept);
    }

    void missingColumn()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, data("ucdp-missing-column.csv"), [] {
            ImportOptions o;
            o.format = QStringLiteral("ucdp");
            return o;
        }());
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral("ucdp-missing-column.csv, line 1, field \"date_prec\": the header lacks this UCDP GED "
                                "column."));
        QCOMPARE(store->counts().events, 0);
    }

    void brokenRows()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, data("ucdp-broken.csv"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.skippedCount, 2);
        QCOMPARE(r.summary.skipped.at(0).location, QStringLiteral("line 4"));
        QCOMPARE(r.summary.skipped.at(0).field, QStringLiteral("best"));
        QCOMPARE(r.summary.skipped.at(1).location, QStringLiteral("line 5"));
        QCOMPARE(r.summary.skipped.at(1).field, QStringLiteral("source_office"));

        auto strict = Store::createInMemory();
        ImportOptions options;
        options.strict = true;
        const ImportResult refused = import(*strict, data("ucdp-broken.csv"), options);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.startsWith(QStringLiteral("ucdp-broken.csv, line 4, field \"best\": ")),
                 qPrintable(refused.error));
        QCOMPARE(strict->counts().events, 0);
        QCOMPARE(strict->counts().sources, 0);
    }
};

QTEST_GUILESS_MAIN(TestUcdpImport)
#include "tst_ucdpimport.moc"
