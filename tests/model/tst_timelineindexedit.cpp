// Edits by id against fresh builds: random renames, re-dates, new and deleted events, actors put
// on and taken off events, applied to an index and its lanes one at a time, must leave both
// equal to what a build from the file makes.
#include "actornames.h"
#include "store/store.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace entente;

namespace {

// What a row says, with kinds and actors by name and id rather than by their numbering.
struct RowView
{
    EventId id;
    std::int64_t start;
    std::int64_t end;
    std::uint8_t flags;
    ClaimStatus status;
    QString kind;
    QList<ActorId> actors;
    bool operator==(const RowView &) const = default;
};

RowView rowView(const TimelineIndex &index, std::size_t r)
{
    RowView v {
        index.id(r), index.start(r), index.end(r), index.flags(r), index.status(r), index.kinds().value(index.kind(r)),
        {}
    };
    for (const std::uint16_t *a = index.actorsBegin(r); a != index.actorsEnd(r); ++a)
        v.actors.append(index.actors().at(*a).id);
    return v;
}

// A lane by what it shows: its key as an actor id (actors mode) or a kind name.
QString laneKey(const TimelineIndex &index, LaneMode mode, int key)
{
    if (key < 0)
        return QStringLiteral("-");
    if (mode == LaneMode::Actors)
        return QString::number(index.actors().at(key).id);
    if (mode == LaneMode::Kind)
        return index.kinds().at(key);
    return QString::number(key);
}

} // namespace

class TestTimelineIndexEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    QList<ActorId> m_actors;
    QRandomGenerator m_random { 17 };

    FuzzyDate randomDate()
    {
        const int year = 2018 + static_cast<int>(m_random.bounded(4));
        const int month = 1 + static_cast<int>(m_random.bounded(12));
        const bool approximate = m_random.bounded(8) == 0;
        switch (m_random.bounded(6)) {
        case 0:
            return FuzzyDate::year(year, approximate);
        case 1:
            return FuzzyDate::month(year, month, approximate);
        case 2:
            return FuzzyDate::minute(year, month, 3, 12, static_cast<int>(m_random.bounded(60)));
        default:
            // Days repeat often: rows of equal start are ordered by id.
            return FuzzyDate::day(year, month, 1 + static_cast<int>(m_random.bounded(3)), approximate);
        }
    }

    Event randomEvent()
    {
        Event e;
        e.title = QStringLiteral("Event %1").arg(m_random.bounded(100000));
        e.start = randomDate();
        if (m_random.bounded(5) == 0)
            e.end = FuzzyDate::year(2023);
        static const QStringList kinds { QStringLiteral("talks"), QStringLiteral("statement"),
                                         QStringLiteral("agreement"), QString() };
        e.kind = kinds.at(m_random.bounded(kinds.size()));
        e.status = kAllClaimStatuses[m_random.bounded(static_cast<quint32>(kAllClaimStatuses.size()))];
        const int count = static_cast<int>(m_random.bounded(4));
        for (int i = 0; i < count; ++i)
            e.actors.append({ m_actors.at(m_random.bounded(m_actors.size())), QStringLiteral("participant") });
        return e;
    }

    EventId someEvent()
    {
        const QList<EventId> ids = m_store->eventIds({});
        return ids.at(m_random.bounded(ids.size()));
    }

    static std::optional<TimelineIndex::ActorInfo> lookup(const Store &store, ActorId id)
    {
        const auto a = store.actor(id);
        if (!a)
            return std::nullopt;
        return TimelineIndex::ActorInfo { a->id, ActorNames::displayName(*a), QColor() };
    }

    // One random edit made to the store, and the ids it touched.
    EventId randomEdit()
    {
        const quint32 what = m_random.bounded(8);
        if (what == 0 || m_store->counts().events < 5)
            return m_store->addEvent(randomEvent());
        const EventId id = someEvent();
        Event e = *m_store->event(id);
        switch (what) {
        case 1:
            m_store->deleteEvent(id);
            return id;
        case 2:
            e.start = randomDate();
            break;
        case 3: {
            // A new actor, put straight on an event.
            Actor a;
            a.name = QStringLiteral("Actor %1").arg(m_actors.size());
            m_actors.append(m_store->addActor(a));
            e.actors.append({ m_actors.constLast(), QStringLiteral("mediator") });
            break;
        }
        case 4:
            e.actors.append({ m_actors.at(m_random.bounded(m_actors.size())), QStringLiteral("host") });
            break;
        case 5:
            if (!e.actors.isEmpty())
                e.actors.removeFirst();
            break;
        case 6:
            e.kind = randomEvent().kind;
            e.status = randomEvent().status;
            break;
        default:
            e = randomEvent();
            e.id = id;
            break;
        }
        m_store->updateEvent(e);
        return id;
    }

    void apply(TimelineIndex &index, QList<TimelineLanes *> lanes, const EventFilter &filter, EventId id)
    {
        const auto e = m_store->event(id);
        const TimelineIndex::RowMove move
            = e ? index.put(*e, [this](ActorId a) { return lookup(*m_store, a); }) : index.remove(id);
        for (TimelineLanes *l : lanes) {
            if (move.before >= 0 || move.after >= 0)
                l->apply(index, move,
                         move.after >= 0 && index.matchesColumns(filter, static_cast<std::size_t>(move.after)));
        }
    }

    static void compareIndexes(const TimelineIndex &edited, const TimelineIndex &built)
    {
        QCOMPARE(edited.size(), built.size());
        for (std::size_t r = 0; r < built.size(); ++r) {
            QCOMPARE(rowView(edited, r), rowView(built, r));
            QCOMPARE(edited.rowOf(built.id(r)), std::int64_t(r));
        }
        QCOMPARE(edited.spanStart(), built.spanStart());
        QCOMPARE(edited.spanEnd(), built.spanEnd());
        for (const TimelineIndex::ActorInfo &a : edited.actors()) {
            const auto b = std::find_if(built.actors().cbegin(), built.actors().cend(),
                                        [&a](const TimelineIndex::ActorInfo &x) { return x.id == a.id; });
            QVERIFY(b != built.actors().cend());
            QCOMPARE(a.name, b->name);
        }
        QCOMPARE(edited.eras().size(), built.eras().size());
    }

    static void compareLanes(const TimelineIndex &edited, const TimelineLanes &editedLanes, const TimelineIndex &built,
                             const TimelineLanes &builtLanes)
    {
        QCOMPARE(editedLanes.visibleRows(), builtLanes.visibleRows());
        QCOMPARE(editedLanes.lanes().size(), builtLanes.lanes().size());
        QVERIFY(editedLanes.density() == builtLanes.density());
        for (std::size_t i = 0; i < builtLanes.lanes().size(); ++i) {
            const TimelineLanes::Lane &a = editedLanes.lanes()[i];
            const TimelineLanes::Lane &b = builtLanes.lanes()[i];
            QCOMPARE(laneKey(edited, editedLanes.mode(), a.key), laneKey(built, builtLanes.mode(), b.key));
            QCOMPARE(a.name, b.name);
            QVERIFY(a.rows == b.rows);
            QVERIFY(a.sampledStarts == b.sampledStarts);
            QCOMPARE(a.firstStart, b.firstStart);
            QCOMPARE(a.maxDuration, b.maxDuration);
            QCOMPARE(editedLanes.laneOfKey(a.key), static_cast<int>(i));
        }
        for (std::size_t r = 0; r < built.size(); ++r)
            QCOMPARE(editedLanes.isVisible(r), builtLanes.isVisible(r));
    }

private slots:
    void init()
    {
        m_store = Store::createInMemory();
        m_actors.clear();
        for (int i = 0; i < 6; ++i) {
            Actor a;
            a.name = QStringLiteral("Actor %1").arg(i);
            m_actors.append(m_store->addActor(a));
        }
        for (int i = 0; i < 150; ++i)
            m_store->addEvent(randomEvent());
    }

    void randomEditsEqualAFreshBuild_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("filterKind");
        QTest::newRow("actors, first appearance") << int(LaneMode::Actors) << int(LaneOrder::FirstAppearance) << 0;
        QTest::newRow("actors by activity, one actor") << int(LaneMode::Actors) << int(LaneOrder::Activity) << 1;
        QTest::newRow("kinds by name, a window") << int(LaneMode::Kind) << int(LaneOrder::Name) << 2;
        QTest::newRow("statuses, two statuses") << int(LaneMode::Status) << int(LaneOrder::FirstAppearance) << 3;
        QTest::newRow("one lane") << int(LaneMode::Single) << int(LaneOrder::FirstAppearance) << 0;
    }

    void randomEditsEqualAFreshBuild()
    {
        QFETCH(int, mode);
        QFETCH(int, order);
        QFETCH(int, filterKind);
        EventFilter filter;
        if (filterKind == 1)
            filter.actors = { m_actors.at(1) };
        if (filterKind == 2) {
            filter.from = FuzzyDate::day(2019, 1, 1).startSeconds();
            filter.to = FuzzyDate::day(2021, 1, 1).startSeconds();
        }
        if (filterKind == 3)
            filter.statuses = { ClaimStatus::Reported, ClaimStatus::Denied };
        const auto laneMode = static_cast<LaneMode>(mode);
        const auto laneOrder = static_cast<LaneOrder>(order);

        TimelineIndex index;
        QVERIFY(index.build(*m_store));
        TimelineLanes lanes;
        lanes.build(index, index.match(filter, m_store.get()), laneMode, laneOrder, {}, { 0 });
        for (int step = 0; step < 200; ++step) {
            const EventId id = randomEdit();
            apply(index, { &lanes }, filter, id);
            TimelineIndex built;
            QVERIFY(built.build(*m_store));
            compareIndexes(index, built);
            TimelineLanes builtLanes;
            builtLanes.build(built, built.match(filter, m_store.get()), laneMode, laneOrder, {}, { 0 });
            compareLanes(index, lanes, built, builtLanes);
            if (QTest::currentTestFailed()) {
                qWarning("after edit %d (event %lld)", step, static_cast<long long>(id));
                return;
            }
        }
    }

    void deletingEveryEventEmptiesTheIndex()
    {
        TimelineIndex index;
        QVERIFY(index.build(*m_store));
        TimelineLanes lanes;
        lanes.build(index, {}, LaneMode::Actors, LaneOrder::FirstAppearance);
        for (EventId id : m_store->eventIds({})) {
            m_store->deleteEvent(id);
            apply(index, { &lanes }, {}, id);
        }
        QVERIFY(index.isEmpty());
        QCOMPARE(index.spanStart(), std::int64_t(0));
        QVERIFY(lanes.lanes().empty());
        QCOMPARE(lanes.visibleRows(), std::size_t(0));
        // And back from nothing.
        const EventId id = m_store->addEvent(randomEvent());
        apply(index, { &lanes }, {}, id);
        QCOMPARE(index.size(), std::size_t(1));
        QCOMPARE(index.rowOf(id), std::int64_t(0));
        QCOMPARE(lanes.visibleRows(), std::size_t(1));
    }

    void actorsRenamedAndErasReplaced()
    {
        TimelineIndex index;
        QVERIFY(index.build(*m_store));
        TimelineLanes lanes;
        lanes.build(index, {}, LaneMode::Actors, LaneOrder::Name);
        Actor a = *m_store->actor(m_actors.at(0));
        a.name = QStringLiteral("Zzz last by name");
        m_store->updateActor(a);
        QVERIFY(index.putActor({ a.id, a.name, QColor() }));
        lanes.rename(index);
        QCOMPARE(lanes.lanes().back().name, a.name);
        Era era;
        era.name = QStringLiteral("The talks");
        era.start = FuzzyDate::year(2019);
        era.end = FuzzyDate::year(2020);
        m_store->addEra(era);
        index.setEras(m_store->eras());
        TimelineIndex built;
        QVERIFY(built.build(*m_store));
        compareIndexes(index, built);
        QCOMPARE(index.eras().at(0).start, built.eras().at(0).start);
        QCOMPARE(index.eras().at(0).end, built.eras().at(0).end);
    }
};

QTEST_GUILESS_MAIN(TestTimelineIndexEdit)
#include "tst_timelineindexedit.moc"
