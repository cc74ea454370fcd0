#pragma once

#include "chartdata.h"
#include "eventfilter.h"
#include "store/store.h"

#include <QLocale>

#include <optional>
#include <utility>

namespace entente {

// The aggregate queries behind the charts. Most are one GROUP BY in SQLite over the events the
// filter keeps; activity by actor counts (event, actor) pairs in C++ over two sequential reads,
// because SQLite's join of the two tables walks the wide event rows. They run at a million events. Time buckets are
// computed in SQL by a small function registered on the connection (entente_bucket(start_key, unit)), which knows the
// calendar; SQLite's own date functions stop at year 0.
class ChartQueries
{
public:
    // Series beyond this many are folded into "Other": eight colours are all a reader tells apart.
    static constexpr int kTopSeries = 7;
    static constexpr int kTopActors = 20;
    // Never more bars than this: a longer span takes a coarser unit.
    static constexpr int kMaxBuckets = 400;

    // Events per bucket stacked by kind or by actor. The unit follows the span: the filter's
    // window when it sets both ends, otherwise the first to the last start of the kept events.
    // By actor, an event counts once for each of its actors, so a stack sums participations.
    static ActivityData activity(SQLite::Database &db, const EventFilter &filter, StackBy stackBy,
                                 int topSeries = kTopSeries);
    // The same with a unit chosen by the caller.
    static ActivityData activity(SQLite::Database &db, const EventFilter &filter, StackBy stackBy, TimeUnit unit,
                                 int topSeries = kTopSeries);

    // Events per actor, most first (ties by name).
    static ActorsData actors(SQLite::Database &db, const EventFilter &filter, int limit = kTopActors);

    // Events per claim status, all five statuses.
    static QList<StatusCount> statuses(SQLite::Database &db, const EventFilter &filter);

    // The first and last start_key of the kept events.
    static std::optional<std::pair<std::int64_t, std::int64_t>> startRange(SQLite::Database &db,
                                                                           const EventFilter &filter);

    // The unit the activity chart uses for this filter.
    static TimeUnit unitFor(SQLite::Database &db, const EventFilter &filter);

    // Registers entente_bucket() on the connection (done by the queries themselves).
    static void registerFunctions(SQLite::Database &db);

    // The same on a store's connection. The queries only read, so they may also run on a second,
    // read-only connection to the same file on another thread.
    static ActivityData activity(const Store &store, const EventFilter &filter, StackBy stackBy,
                                 int topSeries = kTopSeries)
    {
        return activity(store.database(), filter, stackBy, topSeries);
    }
    static ActivityData activity(const Store &store, const EventFilter &filter, StackBy stackBy, TimeUnit unit,
                                 int topSeries = kTopSeries)
    {
        return activity(store.database(), filter, stackBy, unit, topSeries);
    }
    static ActorsData actors(const Store &store, const EventFilter &filter, int limit = kTopActors)
    {
        return actors(store.database(), filter, limit);
    }
    static QList<StatusCount> statuses(const Store &store, const EventFilter &filter)
    {
        return statuses(store.database(), filter);
    }
    static std::optional<std::pair<std::int64_t, std::int64_t>> startRange(const Store &store,
                                                                           const EventFilter &filter)
    {
        return startRange(store.database(), filter);
    }
};

} // namespace entente
