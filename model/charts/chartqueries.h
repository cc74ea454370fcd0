#pragma once

#include "chartdata.h"
#include "eventfilter.h"
#include "store/store.h"

#include <QLocale>

#include <optional>
#include <utility>

namespace entente {

// The aggregates behind the charts, computed from the store's chart rows (ChartRows): kinds per
// start and actors per event are read in one pass each and put into time buckets here, where the
// calendar is known (years before 0 included). They run at a million events, and only read, so
// they may run on a store opened read-only on a worker thread.
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
    static ActivityData activity(const Store &store, const EventFilter &filter, StackBy stackBy,
                                 int topSeries = kTopSeries);
    // The same with a unit chosen by the caller.
    static ActivityData activity(const Store &store, const EventFilter &filter, StackBy stackBy, TimeUnit unit,
                                 int topSeries = kTopSeries);

    // Events per actor, most first (ties by name).
    static ActorsData actors(const Store &store, const EventFilter &filter, int limit = kTopActors);

    // Events per claim status, all five statuses.
    static QList<StatusCount> statuses(const Store &store, const EventFilter &filter);

    // The first and last start_key of the kept events.
    static std::optional<std::pair<std::int64_t, std::int64_t>> startRange(const Store &store,
                                                                           const EventFilter &filter);

    // The unit the activity chart uses for this filter.
    static TimeUnit unitFor(const Store &store, const EventFilter &filter);
};

} // namespace entente
