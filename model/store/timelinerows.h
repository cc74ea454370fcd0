#pragma once

#include "claimstatus.h"
#include "event.h"
#include "store/idrange.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

namespace entente {

class Store;

// What the timeline index reads of a file, as streams of plain rows: at a million events this is
// the cost of opening a large file, so the rows carry only integers and short texts, and a file
// on disk is read on two connections of its own in parallel (readers First and Second; a store
// in memory, or one with a transaction open, is read on its own connection by both).
class TimelineRows
{
public:
    enum class Reader { First, Second };

    struct ActorRow
    {
        ActorId id = 0;
        QString name;
        QString colour; // "#rrggbb", empty for the palette's choice
    };
    struct EraRow
    {
        QString name;
        std::int64_t startKey = 0;
        std::int64_t endKey = 0;
        QString colour;
    };
    // One event's span and class. The texts are NUL-terminated UTF-8 and live only during the
    // call that hands the row over.
    struct EventSpanRow
    {
        EventId id = 0;
        std::int64_t endKey = 0;
        const char *startDate = ""; // ISO as stored: "2022-03", "2022-03-29~"
        const char *endDate = nullptr; // null when the event has no end
        const char *kind = "";
        ClaimStatus status = ClaimStatus::Confirmed;
    };

    // Opens the two read connections when the store's file allows it. Each reader sees one
    // snapshot of the file; the two may differ by a write made in between.
    explicit TimelineRows(const Store &store);
    ~TimelineRows();
    TimelineRows(const TimelineRows &) = delete;
    TimelineRows &operator=(const TimelineRows &) = delete;

    // The file a build from `store` reads, when what it reads is all in that file: empty for a
    // store in memory, or with a transaction of its own open (rows not in the file yet).
    static QString committedFile(const Store &store);

    // The largest event id of the store: an upper bound of its events, from the last entry of the
    // primary key (a count reads them all: 0.3 s at 5M events, on the GUI thread).
    static std::int64_t eventCountBound(const Store &store);

    // Whether First and Second are separate connections, each usable by one thread at a time.
    bool isParallel() const;

    QList<ActorRow> actors(Reader reader = Reader::First); // by id
    QList<EraRow> eras(Reader reader = Reader::First); // by start
    std::int64_t eventCount(Reader reader = Reader::First);

    // Each stream calls `row` until it returns false (then the stream returns false) or the rows
    // run out (true). A failing file throws (a std::runtime_error).
    // Events by (start, id): display order, nothing to sort afterwards.
    bool forEachStart(Reader reader, const std::function<bool(std::int64_t startKey, EventId id)> &row);
    // Events by (start, id) with their end: the start index alone holds these, so this is the
    // quickest full read there is (the coarse timeline shown while the full index builds).
    bool forEachSpanByStart(Reader reader,
                            const std::function<bool(std::int64_t startKey, EventId id, std::int64_t endKey)> &row);
    // Every (event, actor) pair by event then actor; an actor in two roles comes twice in a row.
    bool forEachActorPair(Reader reader, const std::function<bool(EventId event, ActorId actor)> &row);
    // The spans of the events whose ids lie in `ids`.
    bool forEachEventSpan(Reader reader, IdRange ids, const std::function<bool(const EventSpanRow &)> &row);

    // Gives the read connections back before the object goes.
    void close();

private:
    struct Connections;
    std::unique_ptr<Connections> m_connections;
};

} // namespace entente
