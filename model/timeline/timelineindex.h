#pragma once

#include "actor.h"
#include "claimstatus.h"
#include "era.h"
#include "event.h"
#include "eventfilter.h"
#include "fuzzydate.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace entente {

class Store;

// The events of a file as columns in memory, sorted by start, for the timeline. Never one
// object per event: at 1M events a QGraphicsItem each took 2.9 s a frame and 600 MB, the binned
// paint over these columns a few milliseconds (ARCHITECTURE.md). Rows are addressed by their
// position in start order ("row"); an event with several actors keeps its actors in a
// compressed sparse row list, so lanes are built from it without copying the events.
class TimelineIndex
{
public:
    // Per row flags: precision of start and end (2 bits each), approximate, range.
    enum Flag : std::uint8_t {
        StartPrecisionMask = 0x03,
        EndPrecisionShift = 2,
        EndPrecisionMask = 0x0c,
        Approximate = 0x10,
        Range = 0x20,
    };

    struct ActorInfo
    {
        ActorId id = 0;
        QString name;
        QColor colour; // invalid when the palette chooses
    };
    struct EraInfo
    {
        QString name;
        std::int64_t start = 0;
        std::int64_t end = 0;
        QColor colour;
    };

    // Called now and then during a build with the share done, 0..100, on the building thread.
    using Progress = std::function<void(int percent)>;

    // Reads every event, actor and era of the store. Returns false when `cancel` became true.
    // A file is read on two connections of its own in parallel (see timelineindexreader.cpp).
    bool build(const Store &store, const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
    // The coarse index shown while build() runs on a large file: every event's start, end and id
    // from the start index alone (a fifth of a build's reading), without kinds, statuses or
    // actors (every row of kind "", confirmed, no actor). Its counts and places in time are
    // exact, so a single lane drawn from it shows what the full index will at every zoom.
    bool buildCoarse(const Store &store, const std::atomic_bool *cancel = nullptr);
    bool isCoarse() const { return m_coarse; }
    // Builds from records in memory (tests, small files).
    void build(const QList<Event> &events, const QList<Actor> &actors, const QList<Era> &eras);

    std::size_t size() const { return m_start.size(); }
    bool isEmpty() const { return m_start.empty(); }

    std::int64_t start(std::size_t row) const { return m_start[row]; }
    std::int64_t end(std::size_t row) const { return m_end[row]; }
    EventId id(std::size_t row) const { return m_id[row]; }
    std::uint8_t kind(std::size_t row) const { return m_kind[row]; }
    ClaimStatus status(std::size_t row) const { return static_cast<ClaimStatus>(m_status[row]); }
    std::uint8_t flags(std::size_t row) const { return m_flags[row]; }
    FuzzyDate::Precision startPrecision(std::size_t row) const
    {
        return static_cast<FuzzyDate::Precision>(m_flags[row] & StartPrecisionMask);
    }
    FuzzyDate::Precision endPrecision(std::size_t row) const
    {
        return static_cast<FuzzyDate::Precision>((m_flags[row] & EndPrecisionMask) >> EndPrecisionShift);
    }
    bool isApproximate(std::size_t row) const { return (m_flags[row] & Approximate) != 0; }
    bool isRange(std::size_t row) const { return (m_flags[row] & Range) != 0; }

    // The actors of a row, as positions in actors().
    const std::uint16_t *actorsBegin(std::size_t row) const { return m_actorList.data() + m_actorOffset[row]; }
    const std::uint16_t *actorsEnd(std::size_t row) const { return m_actorList.data() + m_actorOffset[row + 1]; }
    int actorCount(std::size_t row) const { return static_cast<int>(m_actorOffset[row + 1] - m_actorOffset[row]); }

    const QList<ActorInfo> &actors() const { return m_actors; }
    const QStringList &kinds() const { return m_kinds; }
    const QList<EraInfo> &eras() const { return m_eras; }
    // The first start and the last end of all events; [0, 0) when empty.
    std::int64_t spanStart() const { return m_spanStart; }
    std::int64_t spanEnd() const { return m_spanEnd; }

    // The row of an event, or -1.
    std::int64_t rowOf(EventId id) const;

    // Which rows the filter lets through (1) or not (0). Time, actors, kinds and statuses are
    // matched on the columns; text and tags, which the columns do not hold, through the store
    // with the filter's SQL (`store` may be null when the filter has neither).
    std::vector<std::uint8_t> match(const EventFilter &filter, const Store *store) const;

    // Bytes held by the columns.
    std::size_t memoryBytes() const;

    static std::uint8_t flagsFor(FuzzyDate::Precision start, FuzzyDate::Precision end, bool approximate, bool range);

    // Edits by id (timelineindexedit.cpp): a change to a few events applied to the columns in
    // place of a build, so a rename or a re-date at a million events costs a few milliseconds
    // instead of a read of the whole file. Rows stay in (start, id) order, the id lookup and the
    // span current; the result equals a fresh build's, up to the numbering of kinds.
    struct RowMove
    {
        EventId id = 0;
        std::int64_t before = -1; // the event's row before the edit, -1 when it had none
        std::int64_t after = -1; // and after it, -1 when it is gone
        std::int64_t oldStart = 0; // its start and end before, when it had a row
        std::int64_t oldEnd = 0;
    };
    // How an event's actor missing from actors() is found (its shown name and colour); an actor
    // it does not find is left out, as a build leaves out pairs of unknown actors.
    using ActorLookup = std::function<std::optional<ActorInfo>(ActorId)>;
    // Puts `event` in: a new row, or its row refilled and moved to its place in start order.
    RowMove put(const Event &event, const ActorLookup &lookup = {});
    // Takes the event's row out (after is -1; before is -1 too when it had none).
    RowMove remove(EventId id);
    // Renames or recolours an actor of actors(), or appends it; false when the list is full.
    bool putActor(const ActorInfo &actor);
    void setEras(const QList<Era> &eras);
    // Whether a row passes the filter's time, actor, kind and status tests (not its text or
    // tags, which need the store: see match()).
    bool matchesColumns(const EventFilter &filter, std::size_t row) const;

private:
    friend class TimelineIndexReader;
    friend class TimelineIndexCache;
    // Whether columns read back from a cache entry hold together (sizes, row order, actor and
    // kind numbers); then finishLoad() makes the id lookup and the span.
    bool isConsistent() const;
    void finishLoad();
    void sortRows(std::vector<std::uint32_t> &actorCounts, std::vector<std::uint16_t> &actorList);
    void buildIdLookup();
    void setRowOf(EventId id, std::int64_t row);
    void insertRow(std::size_t row, std::int64_t start, std::int64_t end, EventId id, std::uint8_t kind,
                   std::uint8_t status, std::uint8_t flags, const std::vector<std::uint16_t> &actors);
    void eraseRow(std::size_t row);
    void renumber(std::size_t from, std::size_t to); // the id lookup of rows [from, to)
    std::uint8_t kindNumber(const QString &kind);
    void updateSpan(std::int64_t removedEnd);

    std::vector<std::int64_t> m_start;
    std::vector<std::int64_t> m_end;
    std::vector<EventId> m_id;
    std::vector<std::uint8_t> m_kind;
    std::vector<std::uint8_t> m_status;
    std::vector<std::uint8_t> m_flags;
    std::vector<std::uint32_t> m_actorOffset; // size() + 1
    std::vector<std::uint16_t> m_actorList;
    // id -> row: a direct table when ids are dense (the usual case), sorted pairs otherwise.
    std::vector<std::int32_t> m_rowById;
    std::vector<std::pair<EventId, std::int32_t>> m_sparseRows;
    QList<ActorInfo> m_actors;
    QStringList m_kinds;
    QList<EraInfo> m_eras;
    std::int64_t m_spanStart = 0;
    std::int64_t m_spanEnd = 0;
    bool m_coarse = false;
};

// Infers the precision of an ISO date as stored ("2022", "2022-03", "2022-03-29", "...T14:30").
FuzzyDate::Precision precisionOfIso(const char *text);

} // namespace entente
