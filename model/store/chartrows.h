#pragma once

#include "actor.h"
#include "claimstatus.h"
#include "event.h"
#include "eventfilter.h"
#include "store/idrange.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace entente {

class Store;

// The aggregates behind the charts, over the events a filter keeps. They run at a million events:
// each reads an index in order where it can, and none builds a row per event in memory. They only
// read, so they may run on a store opened read-only on a worker thread.
class ChartRows
{
public:
    struct ActorEvents
    {
        ActorId id = 0;
        QString name;
        qint64 events = 0;
    };

    // The first and last start of the kept events; nothing when none is kept.
    static std::optional<std::pair<std::int64_t, std::int64_t>> startRange(const Store &store,
                                                                           const EventFilter &filter);
    // The number of kept events per (kind, start), by kind then start.
    static void
    forEachKindStart(const Store &store, const EventFilter &filter,
                     const std::function<void(const QString &kind, std::int64_t start, qint64 events)> &row);
    // The number of kept events per (value of the attribute `key`, start), by value then start;
    // events without it come with a null value.
    static void
    forEachAttributeStart(const Store &store, const EventFilter &filter, const QString &key,
                          const std::function<void(const QString &value, std::int64_t start, qint64 events)> &row);
    // The attribute keys any event has, sorted.
    static QStringList attributeKeys(const Store &store);
    // The id and start of every kept event, in no particular order.
    static void forEachEventStart(const Store &store, const EventFilter &filter,
                                  const std::function<void(EventId id, std::int64_t start)> &row);
    // The number of (event, actor, role) rows in the file.
    static qint64 actorPairCount(const Store &store);
    // The (event, actor) pairs of the events in `ids`, by event then actor; an actor in two roles
    // comes twice in a row. Stops when `row` returns false.
    static void forEachActorPair(const Store &store, IdRange ids, const std::function<bool(EventId, ActorId)> &row);
    // The actors of each of `events` (once each): `row` gets the event's index in `events`.
    static void forEachActorOf(const Store &store, const std::vector<EventId> &events,
                               const std::function<void(std::size_t index, ActorId actor)> &row);
    // Every actor's name (as in the file), by id.
    static QHash<ActorId, QString> actorNames(const Store &store);
    // Kept events per actor, most first, ties by name (case ignored) then id; actors without a
    // kept event are left out.
    static QList<ActorEvents> eventsPerActor(const Store &store, const EventFilter &filter);
    // Kept events per claim status; statuses without one are left out.
    static QHash<ClaimStatus, qint64> eventsPerStatus(const Store &store, const EventFilter &filter);
};

} // namespace entente
