#pragma once

#include "event.h"

#include <QList>

namespace entente {

class Store;

// Events a new one may repeat: on the same day (the new event's start day, whatever the other's
// precision within it) with at least two of the same actors. A reporter adding today's article
// is offered to add its source to the event already there instead of making a second one.
class EventDuplicates
{
public:
    static constexpr int kSharedActors = 2;
    // The existing events `event` may repeat, by date; never `event` itself.
    static QList<EventId> find(const Store &store, const Event &event);
};

} // namespace entente
