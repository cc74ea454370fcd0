#include "eventduplicates.h"

#include "store/store.h"

#include <QSet>

namespace entente {

QList<EventId> EventDuplicates::find(const Store &store, const Event &event)
{
    QSet<ActorId> actors;
    for (const EventActor &a : event.actors)
        actors.insert(a.actorId);
    if (actors.size() < kSharedActors || !event.start.isValid())
        return {};
    // The day the event starts on; an event known only to the month or year has no day to share.
    if (event.start.precision() < FuzzyDate::Precision::Day)
        return {};
    const FuzzyDate day = FuzzyDate::day(event.start.yearNumber(), event.start.monthNumber(), event.start.dayNumber());
    EventFilter f;
    f.from = day.startSeconds();
    f.to = day.endSeconds();
    f.actors = QList<ActorId>(actors.cbegin(), actors.cend());
    QList<EventId> out;
    for (const Event &other : store.events(store.eventIds(f))) {
        if (other.id == event.id || other.start.precision() < FuzzyDate::Precision::Day)
            continue;
        if (other.start.startSeconds() < *f.from || other.start.startSeconds() >= *f.to)
            continue;
        int shared = 0;
        QSet<ActorId> seen;
        for (const EventActor &a : other.actors) {
            if (actors.contains(a.actorId) && !seen.contains(a.actorId)) {
                seen.insert(a.actorId);
                ++shared;
            }
        }
        if (shared >= kSharedActors)
            out.append(other.id);
    }
    return out;
}

} // namespace entente
