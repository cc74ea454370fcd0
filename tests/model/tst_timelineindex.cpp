#include "store/schema.h"
#include "store/store.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"

#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

using namespace entente;

class TestTimelineIndex : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    QList<ActorId> m_actors;

    EventId add(const QString &title, FuzzyDate start, std::optional<FuzzyDate> end, const QString &kind,
                ClaimStatus status, const QList<int> &actors)
    {
        Event e;
        e.title = title;
        e.start = start;
        e.end = end;
        e.kind = kind;
        e.status = status;
        for (int a : actors)
            e.actors.append({ m_actors[a], QStringLiteral("participant") });
        return m_store->addEvent(e);
    }

private slots:
    void init()
    {
        m_store = Store::createInMemory();
        m_actors.clear();
        for (const char *name : { "Zelensky", "Putin", "Erdoğan" }) {
            Actor a;
            a.name = QString::fromUtf8(name);
            m_actors.append(m_store->addActor(a));
        }
        // Added out of date order on purpose: the index sorts.
        add(QStringLiteral("Talks"), FuzzyDate::day(2022, 3, 29), std::nullopt, QStringLiteral("talks"),
            ClaimStatus::Confirmed, { 0, 1, 2 });
        add(QStringLiteral("Invasion"), FuzzyDate::day(2022, 2, 24), std::nullopt, QStringLiteral("military action"),
            ClaimStatus::Confirmed, { 1 });
        add(QStringLiteral("Advice"), FuzzyDate::month(2022, 4, true), std::nullopt, QStringLiteral("statement"),
            ClaimStatus::Disputed, { 0 });
        add(QStringLiteral("Grain deal"), FuzzyDate::day(2022, 7, 22), FuzzyDate::day(2023, 7, 17),
            QStringLiteral("agreement"), ClaimStatus::Confirmed, { 2, 1 });
        add(QStringLiteral("Rumour"), FuzzyDate::year(2023), std::nullopt, QStringLiteral("statement"),
            ClaimStatus::Alleged, {});
    }

    void sortsAndKeepsColumns()
    {
        TimelineIndex index;
        QVERIFY(index.build(*m_store));
        QCOMPARE(index.size(), std::size_t(5));
        for (std::size_t r = 1; r < index.size(); ++r)
            QVERIFY(index.start(r - 1) <= index.start(r));
        QCOMPARE(index.start(0), FuzzyDate::day(2022, 2, 24).startSeconds());
        // Talks: three actors; the advice: month precision, approximate, disputed.
        const auto talks = static_cast<std::size_t>(index.rowOf(m_store->eventIds({}).at(1)));
        QCOMPARE(index.actorCount(talks), 3);
        const std::size_t advice = 2;
        QCOMPARE(index.startPrecision(advice), FuzzyDate::Precision::Month);
        QVERIFY(index.isApproximate(advice));
        QCOMPARE(index.status(advice), ClaimStatus::Disputed);
        QCOMPARE(index.end(advice), FuzzyDate::month(2022, 4).endSeconds());
        const std::size_t grain = 3;
        QVERIFY(index.isRange(grain));
        QCOMPARE(index.end(grain), FuzzyDate::day(2023, 7, 17).endSeconds());
        QCOMPARE(index.startPrecision(4), FuzzyDate::Precision::Year);
        QCOMPARE(index.actorCount(4), 0);
        QCOMPARE(index.kinds().size(), 4);
        QCOMPARE(index.rowOf(987654), std::int64_t(-1));
        for (std::size_t r = 0; r < index.size(); ++r)
            QCOMPARE(index.rowOf(index.id(r)), std::int64_t(r));
    }

    void matchesFilters()
    {
        TimelineIndex index;
        index.build(*m_store);
        auto count = [&](const EventFilter &f) {
            const auto keep = index.match(f, m_store.get());
            return std::count(keep.begin(), keep.end(), 1);
        };
        QCOMPARE(count({}), 5);
        EventFilter f;
        f.statuses = { ClaimStatus::Confirmed };
        QCOMPARE(count(f), 3);
        f = {};
        f.actors = { m_actors[2] };
        QCOMPARE(count(f), 2);
        f = {};
        f.kinds = { QStringLiteral("statement") };
        QCOMPARE(count(f), 2);
        f = {};
        f.from = FuzzyDate::year(2023).startSeconds();
        QCOMPARE(count(f), 2); // the grain deal runs into 2023, the rumour is in it
        f = {};
        f.text = QStringLiteral("grain");
        QCOMPARE(count(f), 1);
        // Every filter agrees with the store's SQL.
        f = {};
        f.kinds = { QStringLiteral("statement"), QStringLiteral("talks") };
        f.to = FuzzyDate::year(2023).startSeconds();
        QCOMPARE(count(f), m_store->countEvents(f));
    }

    void buildsLanes()
    {
        TimelineIndex index;
        index.build(*m_store);
        TimelineLanes lanes;
        lanes.build(index, {}, LaneMode::Actors, LaneOrder::FirstAppearance);
        // Putin first (the invasion), then Zelensky and Erdoğan (the talks), then "No actor".
        QCOMPARE(lanes.lanes().size(), std::size_t(4));
        QCOMPARE(lanes.lanes()[0].name, QStringLiteral("Putin"));
        QCOMPARE(lanes.lanes()[0].rows.size(), std::size_t(3));
        QCOMPARE(lanes.lanes()[3].key, -1);
        lanes.build(index, {}, LaneMode::Actors, LaneOrder::Name);
        QCOMPARE(lanes.lanes()[0].name, QString::fromUtf8("Erdoğan"));
        lanes.build(index, {}, LaneMode::Actors, LaneOrder::Activity);
        QCOMPARE(lanes.lanes()[0].name, QStringLiteral("Putin"));
        lanes.build(index, {}, LaneMode::Actors, LaneOrder::Custom, { 2, 0 });
        QCOMPARE(lanes.lanes()[0].key, 2);
        QCOMPARE(lanes.lanes()[1].key, 0);
        QCOMPARE(lanes.lanes()[2].key, 1);
        lanes.build(index, {}, LaneMode::Status, LaneOrder::FirstAppearance);
        QCOMPARE(lanes.lanes().size(), std::size_t(3));
        lanes.build(index, {}, LaneMode::Single, LaneOrder::FirstAppearance);
        QCOMPARE(lanes.lanes().size(), std::size_t(1));
        QCOMPARE(lanes.lanes()[0].rows.size(), std::size_t(5));
        QCOMPARE(lanes.lanes()[0].maxDuration, index.end(4) - index.start(4)); // the year 2023
        std::uint64_t total = 0;
        for (std::uint32_t d : lanes.density())
            total += d;
        QCOMPARE(total, std::uint64_t(5));
        // The filter removes rows and empty lanes.
        EventFilter f;
        f.actors = { m_actors[0] };
        lanes.build(index, index.match(f, m_store.get()), LaneMode::Actors, LaneOrder::FirstAppearance);
        QCOMPARE(lanes.visibleRows(), std::size_t(2));
        QCOMPARE(lanes.lanes().size(), std::size_t(3)); // Zelensky, and Putin and Erdoğan via the talks
    }

    // The lane search through sampled starts finds what a plain binary search finds, for any time
    // and starting position, with lanes shorter and longer than the sampling stride and with runs
    // of equal starts across sample boundaries.
    void laneSearchMatchesPlainSearch()
    {
        m_store->transaction([&] {
            for (int i = 0; i < 300; ++i) {
                const int day = 1 + (i * 7 % 23) / 2; // repeats: equal starts side by side
                add(QStringLiteral("E%1").arg(i),
                    FuzzyDate::parse(QStringLiteral("2020-%1-%2")
                                         .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                         .arg(day, 2, 10, QLatin1Char('0')))
                        .value(),
                    std::nullopt, QStringLiteral("talks"), ClaimStatus::Confirmed, { i % 3 == 0 ? 0 : 1 });
            }
        });
        TimelineIndex index;
        index.build(*m_store);
        TimelineLanes lanes;
        lanes.build(index, {}, LaneMode::Actors, LaneOrder::FirstAppearance);
        QVERIFY(lanes.lanes().size() >= 3);
        int checked = 0;
        for (const TimelineLanes::Lane &lane : lanes.lanes()) {
            QCOMPARE(lane.sampledStarts.size(),
                     (lane.rows.size() + TimelineLanes::kSampleStride - 1) / TimelineLanes::kSampleStride);
            std::vector<double> starts;
            for (std::uint32_t r : lane.rows)
                starts.push_back(static_cast<double>(index.start(r)));
            QVERIFY(std::is_sorted(starts.begin(), starts.end()));
            std::vector<double> times = { -1e18, 1e18 };
            for (double s : starts)
                times.insert(times.end(), { s - 1, s, s + 1 });
            for (std::size_t first = 0; first <= lane.rows.size() + 1; first += 3) {
                for (double t : times) {
                    const std::size_t from = std::min(first, starts.size());
                    const auto expected = static_cast<std::size_t>(
                        std::lower_bound(starts.begin() + static_cast<std::ptrdiff_t>(from), starts.end(), t)
                        - starts.begin());
                    QCOMPARE(TimelineLanes::lowerBound(index, lane, first, t), expected);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 10000);
    }

    void readsAFileOnItsOwnConnectionsAlike()
    {
        // More rows than one checkpoint of the reader, ids out of start order, every precision,
        // ranges, several kinds and statuses, an actor in two roles; written in bulk by SQL.
        Schema::dropSearchTriggers(m_store->database());
        m_store->database().exec(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70000) "
            "INSERT INTO events (title, start_date, start_key, end_date, end_key, kind, status) "
            "SELECT 'E' || i, CASE i % 4 WHEN 0 THEN '2001' WHEN 1 THEN '2001-03~' WHEN 2 THEN '2001-03-04' "
            "ELSE '2001-03-04T10:00' END, 978307200 + (i * 7919 % 70000) * 600, "
            "CASE WHEN i % 5 = 0 THEN '2002-01' END, 978307200 + (i * 7919 % 70000) * 600 + 86400, "
            "'kind ' || (i % 7), CASE i % 5 WHEN 0 THEN 'confirmed' WHEN 1 THEN 'reported' WHEN 2 THEN 'alleged' "
            "WHEN 3 THEN 'disputed' ELSE 'denied' END FROM n");
        m_store->database().exec(
            "INSERT INTO event_actors (event_id, actor_id, role) SELECT e.id, a.id, 'participant' FROM events e "
            "JOIN actors a ON (e.id + a.id) % 3 <> 0 WHERE e.id > 5");
        m_store->database().exec(
            "INSERT INTO event_actors (event_id, actor_id, role) SELECT e.id, a.id, 'host' FROM events e "
            "JOIN actors a ON (e.id + a.id) % 3 = 1 WHERE e.id > 5 AND e.id % 4 = 0");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.entente"));
        m_store->saveCopy(path);
        auto opened = Store::open(path, {});
        QVERIFY(opened.store);
        TimelineIndex inMemory;
        QVERIFY(inMemory.build(*m_store));
        TimelineIndex fromFile;
        std::vector<int> progress;
        QVERIFY(fromFile.build(*opened.store, nullptr, [&progress](int p) { progress.push_back(p); }));
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), 100);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(fromFile.size(), inMemory.size());
        QCOMPARE(fromFile.kinds(), inMemory.kinds());
        QCOMPARE(fromFile.spanStart(), inMemory.spanStart());
        QCOMPARE(fromFile.spanEnd(), inMemory.spanEnd());
        for (std::size_t r = 0; r < fromFile.size(); ++r) {
            QCOMPARE(fromFile.id(r), inMemory.id(r));
            QCOMPARE(fromFile.start(r), inMemory.start(r));
            QCOMPARE(fromFile.end(r), inMemory.end(r));
            QCOMPARE(fromFile.flags(r), inMemory.flags(r));
            QCOMPARE(fromFile.kind(r), inMemory.kind(r));
            QCOMPARE(fromFile.status(r), inMemory.status(r));
            QVERIFY(std::equal(fromFile.actorsBegin(r), fromFile.actorsEnd(r), inMemory.actorsBegin(r),
                               inMemory.actorsEnd(r)));
        }
        std::atomic_bool cancel { false };
        TimelineIndex cancelled;
        QVERIFY(!cancelled.build(*opened.store, &cancel, [&cancel](int) { cancel = true; }));
        QVERIFY(cancelled.isEmpty());
    }

    void cancels()
    {
        TimelineIndex index;
        std::atomic_bool cancel { true };
        QVERIFY(!index.build(*m_store, &cancel));
    }

    void precisionOfIsoDates()
    {
        QCOMPARE(precisionOfIso("2022"), FuzzyDate::Precision::Year);
        QCOMPARE(precisionOfIso("-0043"), FuzzyDate::Precision::Year);
        QCOMPARE(precisionOfIso("2022-03~"), FuzzyDate::Precision::Month);
        QCOMPARE(precisionOfIso("-0043-03-15"), FuzzyDate::Precision::Day);
        QCOMPARE(precisionOfIso("2022-03-29T14:30"), FuzzyDate::Precision::Minute);
    }
};

QTEST_GUILESS_MAIN(TestTimelineIndex)
#include "tst_timelineindex.moc"
