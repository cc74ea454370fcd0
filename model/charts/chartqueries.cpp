#include "chartqueries.h"

#include "attributegroups.h"

#include "store/chartrows.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::ChartQueries", text);
}

struct Cell
{
    std::int64_t bucket;
    qsizetype key;
    qint64 count;
};

// By actor, a join of events with their actors is the cost: the database walks it row by row through
// the wide event rows. Here the kept events' buckets are read from the start index into an array,
// and the (event, actor) pairs either from the actor table in one sequential pass (most events
// kept) or per event (few kept). An actor with two roles in one event counts once.
void actorCells(const Store &store, const EventFilter &filter, const ActivityData &data,
                QHash<ActorId, qsizetype> &actorIndex, QList<ActorId> &actors, QList<Cell> &cells)
{
    struct Kept
    {
        EventId id;
        qsizetype bucket;
    };
    std::vector<Kept> kept;
    ChartRows::forEachEventStart(store, filter, [&](EventId id, std::int64_t start) {
        const qsizetype bucket = data.bucketAt(start);
        if (bucket >= 0)
            kept.push_back({ id, bucket });
    });
    if (kept.empty())
        return;
    std::sort(kept.begin(), kept.end(), [](const Kept &a, const Kept &b) { return a.id < b.id; });
    const EventId lowId = kept.front().id;
    const EventId highId = kept.back().id;
    std::unordered_map<std::uint64_t, qint64> counts; // (bucket << 32 | actor key) -> events
    auto keyOf = [&](ActorId actor) {
        auto it = actorIndex.find(actor);
        if (it == actorIndex.end()) {
            it = actorIndex.insert(actor, actors.size());
            actors.append(actor);
        }
        return *it;
    };
    auto count = [&](qsizetype bucket, ActorId actor) {
        ++counts[(static_cast<std::uint64_t>(bucket) << 32) | static_cast<std::uint64_t>(keyOf(actor))];
    };
    std::vector<bool> hasActor(kept.size(), false);
    const qint64 pairs = ChartRows::actorPairCount(store);
    if (static_cast<qint64>(kept.size()) * 16 >= pairs) {
        // One pass over the pairs in (event, actor) order, merged with the sorted kept events.
        std::size_t at = 0;
        EventId lastEvent = -1;
        ActorId lastActor = -1;
        ChartRows::forEachActorPair(store, { lowId, highId + 1 }, [&](EventId event, ActorId actor) {
            if (event == lastEvent && actor == lastActor)
                return true;
            lastEvent = event;
            lastActor = actor;
            while (at < kept.size() && kept[at].id < event)
                ++at;
            if (at == kept.size())
                return false;
            if (kept[at].id == event) {
                hasActor[at] = true;
                count(kept[at].bucket, actor);
            }
            return true;
        });
    } else {
        std::vector<EventId> ids;
        ids.reserve(kept.size());
        for (const Kept &k : kept)
            ids.push_back(k.id);
        ChartRows::forEachActorOf(store, ids, [&](std::size_t i, ActorId actor) {
            hasActor[i] = true;
            count(kept[i].bucket, actor);
        });
    }
    // Events without actors stand under actor 0.
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (!hasActor[i])
            count(kept[i].bucket, 0);
    }
    cells.reserve(cells.size() + static_cast<qsizetype>(counts.size()));
    for (const auto &[key, n] : counts) {
        const qsizetype bucket = static_cast<qsizetype>(key >> 32);
        cells.append({ data.starts.at(bucket), static_cast<qsizetype>(key & 0xffffffffU), n });
    }
}

// By an attribute: events per (value, start) from the store, each value put in its group (a
// value's group is worked out once), runs of one group and bucket folded into one cell.
void attributeCells(const Store &store, const EventFilter &filter, StackBy stackBy, TimeUnit unit,
                    QHash<QString, qsizetype> &groupIndex, QList<AttributeGroups::Group> &groups, QList<Cell> &cells)
{
    QString lastValue;
    qsizetype key = -1;
    ChartRows::forEachAttributeStart(
        store, filter, AttributeGroups::key(stackBy), [&](const QString &value, std::int64_t start, qint64 n) {
            if (key < 0 || value != lastValue) {
                const AttributeGroups::Group g = AttributeGroups::group(stackBy, value);
                key = groupIndex.value(g.label, -1);
                if (key < 0) {
                    key = groups.size();
                    groupIndex.insert(g.label, key);
                    groups.append(g);
                }
                lastValue = value;
            }
            const std::int64_t bucket = bucketStart(unit, start);
            if (!cells.isEmpty() && cells.last().key == key && cells.last().bucket == bucket)
                cells.last().count += n;
            else
                cells.append({ bucket, key, n });
        });
}

// The bucket list from `low` to `high`, the unit coarser until it fits; the unit it took.
TimeUnit fillBuckets(ActivityData &data, TimeUnit unit, std::int64_t low, std::int64_t high)
{
    for (;;) {
        data.starts.clear();
        data.ends.clear();
        for (std::int64_t s = bucketStart(unit, low); s <= high && data.starts.size() <= ChartQueries::kMaxBuckets;) {
            const std::int64_t next = nextBucket(unit, s);
            data.starts.append(s);
            data.ends.append(next);
            s = next;
        }
        if (data.starts.size() <= ChartQueries::kMaxBuckets || unit == TimeUnit::Decade)
            return unit;
        unit = coarserUnit(unit);
    }
}

// Events per (kind, start) from the store, by kind then start: runs of one kind and bucket fold
// into one cell.
void kindCells(const Store &store, const EventFilter &filter, TimeUnit unit, QHash<QString, qsizetype> &kindIndex,
               QStringList &kinds, QList<Cell> &cells)
{
    qsizetype key = -1;
    ChartRows::forEachKindStart(store, filter, [&](const QString &kind, std::int64_t start, qint64 n) {
        if (key < 0 || kinds.at(key) != kind) {
            key = kindIndex.value(kind, -1);
            if (key < 0) {
                key = kinds.size();
                kindIndex.insert(kind, key);
                kinds.append(kind);
            }
        }
        const std::int64_t bucket = bucketStart(unit, start);
        if (!cells.isEmpty() && cells.last().key == key && cells.last().bucket == bucket)
            cells.last().count += n;
        else
            cells.append({ bucket, key, n });
    });
}

} // namespace

qint64 ActivityData::bucketTotal(qsizetype bucket) const
{
    qint64 sum = 0;
    for (const Series &s : series)
        sum += s.counts.value(bucket);
    return sum;
}

qsizetype ActivityData::bucketAt(std::int64_t seconds) const
{
    const auto it = std::upper_bound(starts.begin(), starts.end(), seconds);
    if (it == starts.begin())
        return -1;
    const qsizetype i = std::distance(starts.begin(), it) - 1;
    return seconds < ends.at(i) ? i : -1;
}

std::optional<std::pair<std::int64_t, std::int64_t>> ChartQueries::startRange(const Store &store,
                                                                              const EventFilter &filter)
{
    return ChartRows::startRange(store, filter);
}

TimeUnit ChartQueries::unitFor(const Store &store, const EventFilter &filter)
{
    if (filter.from && filter.to)
        return chooseTimeUnit(*filter.to - *filter.from);
    const auto range = startRange(store, filter);
    return chooseTimeUnit(range ? range->second - range->first : 0);
}

ActivityData ChartQueries::activity(const Store &store, const EventFilter &filter, StackBy stackBy, int topSeries)
{
    return activity(store, filter, stackBy, unitFor(store, filter), topSeries);
}

ActivityData ChartQueries::activity(const Store &store, const EventFilter &filter, StackBy stackBy, TimeUnit unit,
                                    int topSeries)
{
    ActivityData data;
    data.stackBy = stackBy;
    const auto range = startRange(store, filter);
    if (!range)
        return data;
    std::int64_t low = range->first;
    std::int64_t high = range->second;
    // A window the user chose is shown whole, even where it holds nothing.
    if (filter.from && filter.to && *filter.to > *filter.from) {
        low = std::min(low, *filter.from);
        high = std::max(high, *filter.to - 1);
    }
    data.unit = fillBuckets(data, unit, low, high);

    // Keys: kinds, or actor ids (0 standing for "no actor").
    QList<Cell> cells;
    QHash<QString, qsizetype> kindIndex;
    QStringList kinds;
    QHash<ActorId, qsizetype> actorIndex;
    QList<ActorId> actors;
    QList<AttributeGroups::Group> groups; // by attribute: the key's group
    if (stackBy == StackBy::Kind) {
        kindCells(store, filter, unit, kindIndex, kinds, cells);
    } else if (stackBy == StackBy::Actor) {
        actorCells(store, filter, data, actorIndex, actors, cells);
    } else {
        attributeCells(store, filter, stackBy, unit, kindIndex, groups, cells);
        for (const AttributeGroups::Group &g : groups)
            kinds.append(g.label);
    }

    // Rank the keys by total; the top ones get their own series, the rest fold into "Other".
    const bool byAttribute = AttributeGroups::isAttribute(stackBy);
    const qsizetype keyCount = stackBy == StackBy::Actor ? actors.size() : kinds.size();
    QList<qint64> totals(keyCount, 0);
    for (const Cell &cell : cells)
        totals[cell.key] += cell.count;
    QHash<ActorId, QString> actorNames;
    if (stackBy == StackBy::Actor)
        actorNames = ChartRows::actorNames(store);
    auto nameOf = [&](qsizetype key) -> QString {
        if (stackBy == StackBy::Actor)
            return actorNames.value(actors.at(key));
        if (byAttribute)
            return kinds.at(key);
        return kinds.at(key).isEmpty() ? tr("(no kind)") : kinds.at(key);
    };
    QList<qsizetype> order(keyCount);
    for (qsizetype i = 0; i < keyCount; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (totals.at(a) != totals.at(b))
            return totals.at(a) > totals.at(b);
        return nameOf(a).compare(nameOf(b), Qt::CaseInsensitive) < 0;
    });
    // The keys with a series of their own: the biggest; events without actors always go to
    // "Other". An attribute's groups are then shown in their own order (ranges low to high).
    QList<qsizetype> chosen;
    for (qsizetype key : order) {
        const bool noActor = stackBy == StackBy::Actor && actors.at(key) == 0;
        if (!noActor && chosen.size() < topSeries)
            chosen.append(key);
    }
    if (byAttribute) {
        std::stable_sort(chosen.begin(), chosen.end(),
                         [&groups](qsizetype a, qsizetype b) { return groups.at(a).order < groups.at(b).order; });
    }
    QList<qsizetype> seriesOf(keyCount, -1);
    for (qsizetype key : chosen) {
        ActivityData::Series s;
        s.name = nameOf(key);
        if (stackBy == StackBy::Kind)
            s.kind = kinds.at(key);
        else if (stackBy == StackBy::Actor)
            s.actor = actors.at(key);
        else
            s.group = groups.at(key).order;
        s.counts.fill(0, data.starts.size());
        seriesOf[key] = data.series.size();
        data.series.append(s);
    }
    qsizetype otherIndex = -1;
    for (qsizetype key = 0; key < keyCount; ++key) {
        if (seriesOf.at(key) >= 0)
            continue;
        if (otherIndex < 0) {
            ActivityData::Series other;
            other.name = tr("Other");
            other.other = true;
            other.counts.fill(0, data.starts.size());
            otherIndex = data.series.size();
            data.series.append(other);
        }
        seriesOf[key] = otherIndex;
    }
    for (const Cell &cell : cells) {
        const qsizetype bucket = data.bucketAt(cell.bucket);
        if (bucket < 0)
            continue;
        ActivityData::Series &s = data.series[seriesOf.at(cell.key)];
        s.counts[bucket] += cell.count;
        s.total += cell.count;
    }
    return data;
}

ActorsData ChartQueries::actors(const Store &store, const EventFilter &filter, int limit)
{
    ActorsData data;
    for (const ChartRows::ActorEvents &a : ChartRows::eventsPerActor(store, filter)) {
        if (data.actors.size() < limit)
            data.actors.append({ a.id, a.name, a.events });
        else
            ++data.otherActors;
    }
    return data;
}

QList<StatusCount> ChartQueries::statuses(const Store &store, const EventFilter &filter)
{
    QList<StatusCount> counts;
    const QHash<ClaimStatus, qint64> found = ChartRows::eventsPerStatus(store, filter);
    for (ClaimStatus s : kAllClaimStatuses)
        counts.append({ s, found.value(s) });
    return counts;
}

} // namespace entente
