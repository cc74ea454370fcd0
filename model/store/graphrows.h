#pragma once

#include "actor.h"
#include "event.h"
#include "eventfilter.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string_view>

namespace entente {

class Store;

// What the actor graph reads: the (event, actor, role) rows of the events a filter keeps.
class GraphRows
{
public:
    // One event's actor in one role. The texts are UTF-8 and live only during the call that hands
    // the row over, so a reader makes strings of only what it keeps.
    struct EventActorRow
    {
        EventId event = 0;
        std::int64_t start = 0;
        ActorId actor = 0;
        std::string_view title; // the event's
        std::string_view name; // the actor's, as in the file
        std::string_view role;
    };

    // The kept events, counted no further than `limit` + 1: a million events in the window cost
    // no more than a few thousand here.
    static qint64 countUpTo(const Store &store, const EventFilter &filter, qint64 limit);
    // Every kept event's actors, in time order (start, then id), each event's actors in their
    // order on it. Stops when `row` returns false; returns false then.
    static bool forEachEventActor(const Store &store, const EventFilter &filter,
                                  const std::function<bool(const EventActorRow &)> &row);
};

} // namespace entente
