// The aggregate queries behind the charts, against counts taken by hand from the sample.
#include "charts/chartqueries.h"
#include "charts/timebucket.h"
#include "sampledataset.h"
#include "store/store.h"

#include <QTest>

using namespace entente;

namespace {

std::int64_t at(const char *iso)
{
    return FuzzyDate::parse(QString::fromLatin1(iso)).value().startSeconds();
}

constexpr std::int64_t kDay = 86400;

} // namespace

class TestChartQueries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;

    ActorId actor(const char *name) const { return m_store->findActor(QString::fromUtf8(name)).value(); }

private slots:
    void init()
    {
        m_store = Store::createInMemory();
        SampleDataset::write(*m_store);
    }

    void unitFollowsSpan_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<TimeUnit>("unit");
        QTest::newRow("3 days") << qint64(3 * kDay) << TimeUnit::Day;
        QTest::newRow("3 months") << qint64(90 * kDay) << TimeUnit::Week;
        QTest::newRow("1 year") << qint64(365 * kDay) << TimeUnit::Month;
        QTest::newRow("3 years") << qint64(3 * 365 * kDay) << TimeUnit::Quarter;
        QTest::newRow("30 years") << qint64(30 * 365 * kDay) << TimeUnit::Year;
        QTest::newRow("300 years") << qint64(300 * 365 * kDay) << TimeUnit::Decade;
    }

    void unitFollowsSpan()
    {
        QFETCH(qint64, span);
        QFETCH(TimeUnit, unit);
        QCOMPARE(chooseTimeUnit(span), unit);
    }

    void bucketsFollowTheCalendar()
    {
        // 29 March 2022 was a Tuesday.
        const std::int64_t t = at("2022-03-29T14:30");
        QCOMPARE(bucketStart(TimeUnit::Day, t), at("2022-03-29"));
        QCOMPARE(bucketStart(TimeUnit::Week, t), at("2022-03-28"));
        QCOMPARE(bucketStart(TimeUnit::Month, t), at("2022-03"));
        QCOMPARE(bucketStart(TimeUnit::Quarter, t), at("2022-01"));
        QCOMPARE(bucketStart(TimeUnit::Year, t), at("2022"));
        QCOMPARE(bucketStart(TimeUnit::Decade, t), at("2020"));
        QCOMPARE(nextBucket(TimeUnit::Quarter, at("2022-10")), at("2023-01"));
        QCOMPARE(nextBucket(TimeUnit::Month, at("2024-02")), at("2024-03"));
        QCOMPARE(nextBucket(TimeUnit::Week, at("2022-03-28")), at("2022-04-04"));
        // Before 1970 and before the common era.
        QCOMPARE(bucketStart(TimeUnit::Week, at("1969-12-31")), at("1969-12-29"));
        QCOMPARE(bucketStart(TimeUnit::Year, at("-0043-03-15")), at("-0043"));
        QCOMPARE(bucketStart(TimeUnit::Quarter, at("-0043-05-02")), at("-0043-04"));
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(bucketLabel(TimeUnit::Quarter, at("2022-01"), en), QStringLiteral("Q1 2022"));
        QCOMPARE(bucketLabel(TimeUnit::Month, at("2022-03"), en), QStringLiteral("Mar 2022"));
        QCOMPARE(bucketLabel(TimeUnit::Week, at("2022-03-28"), en), QStringLiteral("28 Mar 2022"));
        QCOMPARE(bucketLabel(TimeUnit::Year, at("-0043"), en), QStringLiteral("44 BCE"));
        QCOMPARE(bucketLabel(TimeUnit::Decade, at("1990"), en), QStringLiteral("1990s"));
    }

    void activityByYear()
    {
        const ActivityData d = ChartQueries::activity(*m_store, {}, StackBy::Kind, TimeUnit::Year);
        QCOMPARE(d.unit, TimeUnit::Year);
        QCOMPARE(d.starts, (QList<std::int64_t> { at("2022"), at("2023"), at("2024"), at("2025") }));
        QCOMPARE(d.ends.last(), at("2026"));
        QCOMPARE(d.bucketTotal(0), 4);
        QCOMPARE(d.bucketTotal(1), 1);
        QCOMPARE(d.bucketTotal(2), 0); // an empty year keeps its place
        QCOMPARE(d.bucketTotal(3), 7);
    }

    void activityByKindFoldsTheTail()
    {
        // The sample spans Feb 2022 to May 2025: quarters.
        const ActivityData d = ChartQueries::activity(*m_store, {}, StackBy::Kind);
        QCOMPARE(d.unit, TimeUnit::Quarter);
        QCOMPARE(d.starts.size(), 14); // Q1 2022 .. Q2 2025
        QCOMPARE(d.bucketTotal(0), 2);
        QCOMPARE(d.bucketTotal(1), 2);
        QCOMPARE(d.bucketTotal(d.bucketAt(at("2023-11"))), 1);
        QCOMPARE(d.bucketTotal(13), 7);
        // Eight kinds: the seven biggest (ties by name) and "Other" holding "withdrawal".
        QStringList names;
        QList<qint64> totals;
        for (const auto &s : d.series) {
            names.append(s.name);
            totals.append(s.total);
        }
        QCOMPARE(names,
                 (QStringList { QStringLiteral("statement"), QStringLiteral("agreement"), QStringLiteral("talks"),
                                QStringLiteral("military action"), QStringLiteral("prisoner exchange"),
                                QStringLiteral("proposal"), QStringLiteral("visit"), QStringLiteral("Other") }));
        QCOMPARE(totals, (QList<qint64> { 3, 2, 2, 1, 1, 1, 1, 1 }));
        QVERIFY(d.series.last().other);
        QCOMPARE(d.series.last().counts.at(1), 1); // the collapse, April 2022
    }

    void activityByActorCountsParticipations()
    {
        const ActivityData d = ChartQueries::activity(*m_store, {}, StackBy::Actor, TimeUnit::Year);
        QCOMPARE(d.series.size(), 8);
        QCOMPARE(d.series.at(0).name, QStringLiteral("Ukraine"));
        QCOMPARE(d.series.at(0).actor, actor("Ukraine"));
        QCOMPARE(d.series.at(0).counts, (QList<qint64> { 4, 1, 0, 5 }));
        QCOMPARE(d.series.at(1).name, QStringLiteral("Russia"));
        QCOMPARE(d.series.at(1).total, 7);
        QCOMPARE(d.series.at(2).name, QStringLiteral("Boris Johnson"));
        qint64 all = 0;
        for (const auto &s : d.series)
            all += s.total;
        QCOMPARE(all, 40); // every actor of every event, once
    }

    void activityFollowsTheFilter()
    {
        EventFilter f;
        f.from = at("2025");
        f.to = at("2026");
        const ActivityData d = ChartQueries::activity(*m_store, f, StackBy::Kind);
        QCOMPARE(d.unit, TimeUnit::Month); // a year's window: months, all twelve shown
        QCOMPARE(d.starts.size(), 12);
        QCOMPARE(d.bucketTotal(4), 7);
        f = {};
        f.statuses = { ClaimStatus::Reported };
        const ActivityData r = ChartQueries::activity(*m_store, f, StackBy::Kind, TimeUnit::Year);
        QCOMPARE(r.starts, (QList<std::int64_t> { at("2023"), at("2024"), at("2025") }));
        QCOMPARE(r.bucketTotal(0) + r.bucketTotal(2), 2);
        f.text = QStringLiteral("nothing-matches-this");
        QVERIFY(ChartQueries::activity(*m_store, f, StackBy::Actor).isEmpty());
    }

    void actors()
    {
        const ActorsData d = ChartQueries::actors(*m_store, {}, 5);
        QCOMPARE(d.actors.size(), 5);
        QCOMPARE(d.actors.at(0), (ActorCount { actor("Ukraine"), QStringLiteral("Ukraine"), 10 }));
        QCOMPARE(d.actors.at(1), (ActorCount { actor("Russia"), QStringLiteral("Russia"), 7 }));
        QCOMPARE(d.actors.at(2).name, QStringLiteral("Boris Johnson"));
        QCOMPARE(d.actors.at(3).name, QStringLiteral("Vladimir Medinsky"));
        QCOMPARE(d.actors.at(4).name, QStringLiteral("Volodymyr Zelensky"));
        QCOMPARE(d.actors.at(4).events, 3);
        QCOMPARE(d.otherActors, 8); // 13 actors in all
        EventFilter f;
        f.kinds = { QStringLiteral("talks") };
        const ActorsData talks = ChartQueries::actors(*m_store, f);
        QCOMPARE(talks.actors.first().events, 2);
        QCOMPARE(talks.actors.size(), 7); // Türkiye, Russia, Ukraine, Medinsky, Arakhamia, Fidan, Umerov
        QCOMPARE(talks.otherActors, 0);
    }

    void statuses()
    {
        const QList<StatusCount> all = ChartQueries::statuses(*m_store, {});
        QCOMPARE(all,
                 (QList<StatusCount> { { ClaimStatus::Confirmed, 9 },
                                       { ClaimStatus::Reported, 2 },
                                       { ClaimStatus::Alleged, 1 },
                                       { ClaimStatus::Disputed, 0 },
                                       { ClaimStatus::Denied, 0 } }));
        EventFilter f;
        f.actors = { actor("Boris Johnson") };
        const QList<StatusCount> johnson = ChartQueries::statuses(*m_store, f);
        QCOMPARE(johnson.at(0).events, 1);
        QCOMPARE(johnson.at(1).events, 1);
        QCOMPARE(johnson.at(2).events, 1);
    }
};

QTEST_GUILESS_MAIN(TestChartQueries)
#include "tst_chartqueries.moc"
