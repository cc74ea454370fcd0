#include "chartqueries.h"

#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

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

void bucketFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const int unit = sqlite3_value_int(argv[1]);
    if (unit < timeUnitCode(TimeUnit::Day) || unit > timeUnitCode(TimeUnit::Decade)) {
        sqlite3_result_error(context, "entente_bucket: unknown time unit", -1);
        return;
    }
    sqlite3_result_int64(context, bucketStart(static_cast<TimeUnit>(unit), sqlite3_value_int64(argv[0])));
}

// Prepares `sql` with the filter's WHERE in place of %1; `leading` parameters come before the
// filter's own.
SQLite::Statement prepare(SQLite::Database &db, const QString &sqlTemplate, const SqlCondition &condition,
                          const QVariantList &leading = {})
{
    SQLite::Statement q(db, sqlTemplate.arg(condition.where).toStdString());
    int i = 1;
    for (const QVariant &p : leading)
        Store::bind(q, i++, p);
    for (const QVariant &p : condition.params)
        Store::bind(q, i++, p);
    return q;
}

struct Cell
{
    std::int64_t bucket;
    qsizetype key;
    qint64 count;
};

// By actor, the join of events with their actors is the cost: SQLite walks it row by row through
// the wide event rows. Here the kept events' buckets are read from the start index into an array,
// and the (event, actor) pairs either from the actor table in one sequential pass (most events
// kept) or per event (few kept). An actor with two roles in one event counts once.
void actorCells(SQLite::Database &db, const SqlCondition &c, const ActivityData &data,
                QHash<ActorId, qsizetype> &actorIndex, QList<ActorId> &actors, QList<Cell> &cells)
{
    struct Kept
    {
        EventId id;
        qsizetype bucket;
    };
    std::vector<Kept> kept;
    {
        SQLite::Statement q = prepare(db, QStringLiteral("SELECT e.id, e.start_key FROM events e WHERE %1"), c);
        while (q.executeStep()) {
            const qsizetype bucket = data.bucketAt(q.getColumn(1).getInt64());
            if (bucket >= 0)
                kept.push_back({ q.getColumn(0).getInt64(), bucket });
        }
    }
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
    SQLite::Statement total(db, "SELECT count(*) FROM event_actors");
    total.executeStep();
    const qint64 pairs = total.getColumn(0).getInt64();
    if (static_cast<qint64>(kept.size()) * 16 >= pairs) {
        // One pass over the pairs in (event, actor) order, merged with the sorted kept events.
        SQLite::Statement q(db, "SELECT event_id, actor_id FROM event_actors WHERE event_id BETWEEN ? AND ?");
        q.bind(1, static_cast<std::int64_t>(lowId));
        q.bind(2, static_cast<std::int64_t>(highId));
        std::size_t at = 0;
        EventId lastEvent = -1;
        ActorId lastActor = -1;
        while (q.executeStep()) {
            const EventId event = q.getColumn(0).getInt64();
            const ActorId actor = q.getColumn(1).getInt64();
            if (event == lastEvent && actor == lastActor)
                continue;
            lastEvent = event;
            lastActor = actor;
            while (at < kept.size() && kept[at].id < event)
                ++at;
            if (at == kept.size())
                break;
            if (kept[at].id != event)
                continue;
            hasActor[at] = true;
            count(kept[at].bucket, actor);
        }
    } else {
        SQLite::Statement q(db, "SELECT DISTINCT actor_id FROM event_actors WHERE event_id = ?");
        for (std::size_t i = 0; i < kept.size(); ++i) {
            q.reset();
            q.bind(1, static_cast<std::int64_t>(kept[i].id));
            while (q.executeStep()) {
                hasActor[i] = true;
                count(kept[i].bucket, q.getColumn(0).getInt64());
            }
        }
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

void ChartQueries::registerFunctions(SQLite::Database &db)
{
    // Registering again replaces the same function; SQLITE_BUSY (a statement using it is still
    // running) means it is already there, which is all we need.
    sqlite3_create_function_v2(db.getHandle(), "entente_bucket", 2,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, &bucketFunction, nullptr,
                               nullptr, nullptr);
}

std::optional<std::pair<std::int64_t, std::int64_t>> ChartQueries::startRange(SQLite::Database &db,
                                                                              const EventFilter &filter)
{
    // Two statements rather than min() and max() in one: SQLite answers each alone from the
    // start index when the filter is empty.
    const SqlCondition c = toSql(filter);
    SQLite::Statement first = prepare(db, QStringLiteral("SELECT min(e.start_key) FROM events e WHERE %1"), c);
    if (!first.executeStep() || first.getColumn(0).isNull())
        return std::nullopt;
    SQLite::Statement last = prepare(db, QStringLiteral("SELECT max(e.start_key) FROM events e WHERE %1"), c);
    last.executeStep();
    return std::make_pair(first.getColumn(0).getInt64(), last.getColumn(0).getInt64());
}

TimeUnit ChartQueries::unitFor(SQLite::Database &db, const EventFilter &filter)
{
    if (filter.from && filter.to)
        return chooseTimeUnit(*filter.to - *filter.from);
    const auto range = startRange(db, filter);
    return chooseTimeUnit(range ? range->second - range->first : 0);
}

ActivityData ChartQueries::activity(SQLite::Database &db, const EventFilter &filter, StackBy stackBy, int topSeries)
{
    return activity(db, filter, stackBy, unitFor(db, filter), topSeries);
}

ActivityData ChartQueries::activity(SQLite::Database &db, const EventFilter &filter, StackBy stackBy, TimeUnit unit,
                                    int topSeries)
{
    ActivityData data;
    data.stackBy = stackBy;
    const auto range = startRange(db, filter);
    if (!range)
        return data;
    std::int64_t low = range->first;
    std::int64_t high = range->second;
    // A window the user chose is shown whole, even where it holds nothing.
    if (filter.from && filter.to && *filter.to > *filter.from) {
        low = std::min(low, *filter.from);
        high = std::max(high, *filter.to - 1);
    }
    // The bucket list, coarser until it fits.
    for (;;) {
        data.starts.clear();
        data.ends.clear();
        for (std::int64_t s = bucketStart(unit, low); s <= high && data.starts.size() <= kMaxBuckets;) {
            const std::int64_t next = nextBucket(unit, s);
            data.starts.append(s);
            data.ends.append(next);
            s = next;
        }
        if (data.starts.size() <= kMaxBuckets || unit == TimeUnit::Decade)
            break;
        unit = coarserUnit(unit);
    }
    data.unit = unit;

    registerFunctions(db);
    const SqlCondition c = toSql(filter);
    const QVariantList unitParam { timeUnitCode(unit) };
    // Keys: kinds, or actor ids (0 standing for "no actor").
    QList<Cell> cells;
    QHash<QString, qsizetype> kindIndex;
    QStringList kinds;
    QHash<ActorId, qsizetype> actorIndex;
    QList<ActorId> actors;
    if (stackBy == StackBy::Kind) {
        // Two steps: per (kind, start_key) first, which SQLite reads in order from the kind
        // index without sorting, then per bucket over those far fewer rows.
        SQLite::Statement q = prepare(
            db,
            QStringLiteral("SELECT entente_bucket(start_key, ?) AS b, kind, sum(n) FROM (SELECT e.kind AS kind, "
                           "e.start_key AS start_key, count(*) AS n FROM events e WHERE %1 "
                           "GROUP BY e.kind, e.start_key) GROUP BY b, kind"),
            c, unitParam);
        while (q.executeStep()) {
            const QString kind = Store::text(q, 1);
            auto it = kindIndex.find(kind);
            if (it == kindIndex.end()) {
                it = kindIndex.insert(kind, kinds.size());
                kinds.append(kind);
            }
            cells.append({ q.getColumn(0).getInt64(), *it, q.getColumn(2).getInt64() });
        }
    } else {
        actorCells(db, c, data, actorIndex, actors, cells);
    }

    // Rank the keys by total; the top ones get their own series, the rest fold into "Other".
    const qsizetype keyCount = stackBy == StackBy::Kind ? kinds.size() : actors.size();
    QList<qint64> totals(keyCount, 0);
    for (const Cell &cell : cells)
        totals[cell.key] += cell.count;
    QHash<ActorId, QString> actorNames;
    if (stackBy == StackBy::Actor) {
        SQLite::Statement q(db, "SELECT id, name FROM actors");
        while (q.executeStep())
            actorNames.insert(q.getColumn(0).getInt64(), Store::text(q, 1));
    }
    auto nameOf = [&](qsizetype key) -> QString {
        if (stackBy == StackBy::Kind)
            return kinds.at(key).isEmpty() ? tr("(no kind)") : kinds.at(key);
        return actorNames.value(actors.at(key));
    };
    QList<qsizetype> order(keyCount);
    for (qsizetype i = 0; i < keyCount; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (totals.at(a) != totals.at(b))
            return totals.at(a) > totals.at(b);
        return nameOf(a).compare(nameOf(b), Qt::CaseInsensitive) < 0;
    });
    // A key's series; events without actors always go to "Other".
    QList<qsizetype> seriesOf(keyCount, -1);
    for (qsizetype key : order) {
        const bool noActor = stackBy == StackBy::Actor && actors.at(key) == 0;
        if (noActor || data.series.size() >= topSeries)
            continue;
        ActivityData::Series s;
        s.name = nameOf(key);
        if (stackBy == StackBy::Kind)
            s.kind = kinds.at(key);
        else
            s.actor = actors.at(key);
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

ActorsData ChartQueries::actors(SQLite::Database &db, const EventFilter &filter, int limit)
{
    ActorsData data;
    // Reads the (actor, event) index in actor order: no sort, and no event row is touched unless
    // the filter needs it.
    const SqlCondition c = toSql(filter);
    const QString kept = c.where == QLatin1String("1")
        ? QStringLiteral("%1")
        : QStringLiteral("ea.event_id IN (SELECT e.id FROM events e WHERE %1)");
    SQLite::Statement q = prepare(
        db,
        QStringLiteral("SELECT a.id, a.name, p.n FROM (SELECT ea.actor_id AS actor_id, count(DISTINCT ea.event_id) "
                       "AS n FROM event_actors ea WHERE ")
            + kept
            + QStringLiteral(" GROUP BY ea.actor_id) p JOIN actors a ON a.id = p.actor_id "
                             "ORDER BY p.n DESC, a.name COLLATE NOCASE, a.id"),
        c);
    while (q.executeStep()) {
        if (data.actors.size() < limit)
            data.actors.append({ q.getColumn(0).getInt64(), Store::text(q, 1), q.getColumn(2).getInt64() });
        else
            ++data.otherActors;
    }
    return data;
}

QList<StatusCount> ChartQueries::statuses(SQLite::Database &db, const EventFilter &filter)
{
    QList<StatusCount> counts;
    for (ClaimStatus s : kAllClaimStatuses)
        counts.append({ s, 0 });
    SQLite::Statement q = prepare(
        db, QStringLiteral("SELECT e.status, count(*) FROM events e WHERE %1 GROUP BY e.status"), toSql(filter));
    while (q.executeStep()) {
        if (const auto status = claimStatusFromKey(Store::text(q, 0)))
            counts[static_cast<qsizetype>(*status)].events = q.getColumn(1).getInt64();
    }
    return counts;
}

} // namespace entente
