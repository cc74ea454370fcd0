#pragma once

#include "claimstatus.h"
#include "event.h"
#include "eventfilter.h"

#include <QList>
#include <QString>

#include <atomic>
#include <vector>

namespace entente {

class Store;

// The event table's rows, a page at a time: filtering, sorting and paging happen in the store
// over indexed columns, so a million events sort in well under a second.
class TableRows
{
public:
    enum class Column { Date, Title, Actors, Kind, Status };
    struct Order
    {
        Column column = Column::Date;
        bool descending = false;
    };
    struct Row
    {
        EventId id = 0;
        QString startDate; // ISO, as stored
        QString endDate; // empty when the event has no end
        QString title;
        QString kind;
        ClaimStatus status = ClaimStatus::Confirmed;
        QString actorNames; // as in the file, in the event's order, joined by ", "
        QList<ActorId> actorIds; // in the same order
    };

    // `scanInOrder` says the filter's text search matches many events (more than one in fifty, say):
    // walking the order's index then finds a page of matches sooner than sorting them all. It
    // changes the speed, never the rows.
    // The kept events from position `offset` on, at most `limit` of them.
    static QList<Row> page(const Store &store, const EventFilter &filter, Order order, qint64 offset, qint64 limit,
                           bool scanInOrder = false);
    // The position of event `id` among the kept events in this order, or -1 when it is not kept.
    static qint64 positionOf(const Store &store, const EventFilter &filter, Order order, EventId id,
                             bool scanInOrder = false);

    // Whether the store has an index in this order. Without one (the actors, the title), every
    // page sorts all the kept events again: 2.7 s a page by actors at a million events.
    static bool isIndexed(Order order) { return order.column != Column::Actors && order.column != Column::Title; }
    // Every kept event's id in this order, sorted once (on a reader's thread) for a table to page
    // through by id. Empty once `cancelled` is set, which also stops the sort under way.
    static std::vector<EventId> orderedIds(const Store &store, const EventFilter &filter, Order order,
                                           const std::atomic<bool> *cancelled = nullptr);
    // The rows of `ids`, in that order; an id the store no longer holds is left out.
    static QList<Row> rowsOf(const Store &store, const std::vector<EventId> &ids);
};

} // namespace entente
