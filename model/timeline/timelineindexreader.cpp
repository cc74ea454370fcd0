// Reading a TimelineIndex from a store. At a million events this is the cost of opening a large
// file, so it asks the store (TimelineRows) for only integer and short text columns, and splits
// the work over its two readers:
//   1. in parallel: the starts (start_key, id), already in display order, so nothing is sorted;
//      and the (event, actor) pairs in key order;
//   2. in parallel: the table's other columns in two id ranges, scattered to their rows, and on
//      the thread with the smaller range the actor lists, by a counting pass over the pairs.
#include "timelineindex.h"

#include "actornames.h"
#include "hugepages.h"
#include "store/timelinerows.h"
#include "timelineindexcache.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <exception>
#include <string>
#include <thread>
#include <unordered_map>

namespace entente {

namespace {

// Actor id -> position in the index' actor list; a direct table for the usual dense ids.
class ActorLookup
{
public:
    void add(ActorId id, std::uint16_t position)
    {
        if (id >= 0 && id < 1 << 20) {
            if (static_cast<std::size_t>(id) >= m_dense.size())
                m_dense.resize(static_cast<std::size_t>(id) + 1, kNone);
            m_dense[static_cast<std::size_t>(id)] = position;
        } else {
            m_sparse.emplace(id, position);
        }
    }
    // kNone when unknown.
    std::uint32_t find(ActorId id) const
    {
        if (id >= 0 && static_cast<std::size_t>(id) < m_dense.size())
            return m_dense[static_cast<std::size_t>(id)];
        const auto it = m_sparse.find(id);
        return it == m_sparse.end() ? kNone : it->second;
    }
    static constexpr std::uint32_t kNone = 0xffffffff;

private:
    std::vector<std::uint32_t> m_dense;
    std::unordered_map<ActorId, std::uint32_t> m_sparse;
};

struct Pair
{
    EventId event;
    std::uint16_t actor;
};

} // namespace

class TimelineIndexReader
{
public:
    TimelineIndexReader(TimelineIndex &index, const std::atomic_bool *cancel, const TimelineIndex::Progress &progress)
        : m_index(index)
        , m_cancel(cancel)
        , m_progress(progress)
    { }

    bool read(const Store &store);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // Counts work done by either thread; only the calling thread reports it.
    void advance(std::size_t rows) { m_done.fetch_add(rows, std::memory_order_relaxed); }
    void report()
    {
        if (!m_progress || m_total == 0)
            return;
        const auto done = static_cast<double>(m_done.load(std::memory_order_relaxed));
        m_progress(std::min(99, static_cast<int>(done * 100.0 / static_cast<double>(m_total))));
    }

    using Reader = TimelineRows::Reader;
    void readActorsAndEras(TimelineRows &rows);
    bool readStarts(TimelineRows &rows, Reader reader, bool reports);
    bool readPairs(TimelineRows &rows, Reader reader, bool reports);
    // The non-key columns of rows with lo <= id < hi; kinds numbered in `kinds` of this part.
    bool readColumns(TimelineRows &rows, Reader reader, IdRange ids, std::vector<std::string> &kinds, bool reports);
    void layOutActors();

    // Runs `second` on a thread of its own (when there is a second connection) and `first`
    // here, and rethrows what either threw.
    template<typename A, typename B> bool both(A &&first, B &&second, bool parallel);

    TimelineIndex &m_index;
    const std::atomic_bool *m_cancel;
    const TimelineIndex::Progress &m_progress;
    std::atomic<std::size_t> m_done { 0 };
    std::size_t m_total = 0;
    ActorLookup m_actorPos;
    std::vector<Pair> m_pairs;
};

template<typename A, typename B> bool TimelineIndexReader::both(A &&first, B &&second, bool parallel)
{
    if (!parallel)
        return first() && second();
    bool secondOk = false;
    std::exception_ptr secondError;
    std::thread thread([&] {
        try {
            secondOk = second();
        } catch (...) {
            secondError = std::current_exception();
        }
    });
    bool firstOk = false;
    try {
        firstOk = first();
    } catch (...) {
        thread.join();
        throw;
    }
    thread.join();
    if (secondError)
        std::rethrow_exception(secondError);
    return firstOk && secondOk;
}

void TimelineIndexReader::readActorsAndEras(TimelineRows &rows)
{
    for (const TimelineRows::ActorRow &row : rows.actors()) {
        TimelineIndex::ActorInfo a;
        a.id = row.id;
        a.name = row.name;
        if (!row.colour.isEmpty())
            a.colour = QColor::fromString(row.colour);
        m_actorPos.add(a.id, static_cast<std::uint16_t>(m_index.m_actors.size()));
        m_index.m_actors.append(a);
    }
    for (const TimelineRows::EraRow &row : rows.eras())
        m_index.m_eras.append(
            { row.name, row.startKey, row.endKey, row.colour.isEmpty() ? QColor() : QColor::fromString(row.colour) });
}

bool TimelineIndexReader::readStarts(TimelineRows &rows, Reader reader, bool reports)
{
    std::size_t n = 0;
    const bool done = rows.forEachStart(reader, [&](std::int64_t start, EventId id) {
        m_index.m_start.push_back(start);
        m_index.m_id.push_back(id);
        if ((++n & 0xffff) == 0) {
            advance(0x10000);
            if (reports)
                report();
            if (cancelled())
                return false;
        }
        return true;
    });
    advance(n & 0xffff);
    return done;
}

bool TimelineIndexReader::readPairs(TimelineRows &rows, Reader reader, bool reports)
{
    // An actor in two roles comes twice in a row: kept once.
    std::size_t n = 0;
    const bool done = rows.forEachActorPair(reader, [&](EventId event, ActorId actorId) {
        const std::uint32_t actor = m_actorPos.find(actorId);
        if (actor != ActorLookup::kNone
            && (m_pairs.empty() || m_pairs.back().event != event || m_pairs.back().actor != actor))
            m_pairs.push_back({ event, static_cast<std::uint16_t>(actor) });
        if ((++n & 0xffff) == 0) {
            advance(0x10000);
            if (reports)
                report();
            if (cancelled())
                return false;
        }
        return true;
    });
    advance(n & 0xffff);
    return done;
}

bool TimelineIndexReader::readColumns(TimelineRows &rows, Reader reader, IdRange ids, std::vector<std::string> &kinds,
                                      bool reports)
{
    std::size_t n = 0;
    std::size_t lastKind = 0;
    const bool done = rows.forEachEventSpan(reader, ids, [&](const TimelineRows::EventSpanRow &span) {
        const std::int64_t row = m_index.rowOf(span.id);
        if (row < 0)
            return true; // added after the start index was read
        const auto r = static_cast<std::size_t>(row);
        m_index.m_end[r] = span.endKey;
        const std::size_t len = std::strlen(span.startDate);
        const bool approximate = len > 0 && span.startDate[len - 1] == '~';
        const bool range = span.endDate != nullptr;
        const FuzzyDate::Precision sp = precisionOfIso(span.startDate);
        const FuzzyDate::Precision ep = range ? precisionOfIso(span.endDate) : sp;
        m_index.m_flags[r] = TimelineIndex::flagsFor(sp, ep, approximate, range);
        // Runs of one kind are common; the last one found is tried first.
        if (lastKind >= kinds.size() || kinds[lastKind] != span.kind) {
            lastKind = 0;
            while (lastKind < kinds.size() && kinds[lastKind] != span.kind)
                ++lastKind;
            if (lastKind == kinds.size() && lastKind < 255)
                kinds.emplace_back(span.kind);
        }
        m_index.m_kind[r] = static_cast<std::uint8_t>(std::min<std::size_t>(lastKind, 254));
        m_index.m_status[r] = static_cast<std::uint8_t>(span.status);
        if ((++n & 0xffff) == 0) {
            advance(0x10000);
            if (reports)
                report();
            if (cancelled())
                return false;
        }
        return true;
    });
    advance(n & 0xffff);
    return done;
}

void TimelineIndexReader::layOutActors()
{
    // Pairs come by event id, rows by start: count per row, then place each pair.
    const std::size_t n = m_index.m_id.size();
    std::vector<std::uint32_t> offsets;
    reserveOnHugePages(offsets, n + 1);
    offsets.assign(n + 1, 0);
    std::vector<std::int32_t> rowOfPair;
    reserveOnHugePages(rowOfPair, m_pairs.size());
    rowOfPair.assign(m_pairs.size(), -1);
    for (std::size_t i = 0; i < m_pairs.size(); ++i) {
        const std::int64_t row = m_index.rowOf(m_pairs[i].event);
        if (row < 0)
            continue;
        rowOfPair[i] = static_cast<std::int32_t>(row);
        ++offsets[static_cast<std::size_t>(row) + 1];
    }
    for (std::size_t r = 0; r < n; ++r)
        offsets[r + 1] += offsets[r];
    std::vector<std::uint16_t> list;
    reserveOnHugePages(list, offsets[n]);
    list.resize(offsets[n]);
    std::vector<std::uint32_t> cursor(offsets.begin(), offsets.end() - 1);
    // Pairs of one event are in actor id order, which is the order of actor positions.
    for (std::size_t i = 0; i < m_pairs.size(); ++i) {
        if (rowOfPair[i] >= 0)
            list[cursor[static_cast<std::size_t>(rowOfPair[i])]++] = m_pairs[i].actor;
    }
    m_index.m_actorOffset.swap(offsets);
    m_index.m_actorList.swap(list);
}

bool TimelineIndexReader::read(const Store &store)
{
    if (cancelled())
        return false;
    // Two readers of their own when the file allows; see TimelineRows.
    TimelineRows source(store);
    const bool parallel = source.isParallel();
    const Reader a = Reader::First;
    const Reader b = Reader::Second;

    readActorsAndEras(source);
    const std::int64_t count = source.eventCount(a);
    const auto n = static_cast<std::size_t>(count);
    // Starts, pairs (about two an event in real files) and the other columns.
    m_total = 4 * n;
    reserveOnHugePages(m_index.m_start, n);
    reserveOnHugePages(m_index.m_id, n);
    reserveOnHugePages(m_pairs, 2 * n);
    if (!both([&] { return readStarts(source, a, true); }, [&] { return readPairs(source, b, false); }, parallel))
        return false;
    m_index.buildIdLookup();

    const std::size_t rows = m_index.m_id.size();
    reserveOnHugePages(m_index.m_end, rows);
    m_index.m_end.assign(rows, 0);
    m_index.m_kind.assign(rows, 0);
    m_index.m_status.assign(rows, 0);
    m_index.m_flags.assign(rows, 0);
    EventId lo = 0;
    EventId hi = 0;
    if (rows) {
        const auto [minIt, maxIt] = std::minmax_element(m_index.m_id.begin(), m_index.m_id.end());
        lo = *minIt;
        hi = *maxIt;
    }
    // This thread also lays out the actor lists (from the pairs, touching other columns), so it
    // reads fewer rows: measured at a million events, the lists take about a seventh of the time
    // the columns do, and 43 : 57 ends both threads together.
    const EventId middle = lo + (hi - lo) * 43 / 100;
    std::vector<std::string> kindsA;
    std::vector<std::string> kindsB;
    if (!both(
            [&] {
                if (!readColumns(source, a, { lo, middle }, kindsA, true))
                    return false;
                layOutActors();
                return true;
            },
            [&] {
                return readColumns(source, b, { middle, hi + 1 }, kindsB, false);
            },
            parallel))
        return false;
    source.close();

    // The second half numbered its kinds on its own: renumber them after the first half's, so
    // kinds stay in order of first appearance by id.
    std::vector<std::uint8_t> renumber(256, 254);
    for (std::size_t k = 0; k < kindsB.size(); ++k) {
        auto it = std::find(kindsA.begin(), kindsA.end(), kindsB[k]);
        if (it == kindsA.end() && kindsA.size() < 255)
            it = kindsA.insert(kindsA.end(), kindsB[k]);
        renumber[k] = static_cast<std::uint8_t>(std::min<std::ptrdiff_t>(it - kindsA.begin(), 254));
    }
    for (std::size_t r = 0; r < rows; ++r) {
        if (m_index.m_id[r] >= middle)
            m_index.m_kind[r] = renumber[m_index.m_kind[r]];
    }
    for (const std::string &k : kindsA)
        m_index.m_kinds.append(QString::fromStdString(k));

    m_pairs = {};
    m_index.m_spanStart = rows ? m_index.m_start.front() : 0;
    m_index.m_spanEnd = rows ? *std::max_element(m_index.m_end.begin(), m_index.m_end.end()) : 0;
    if (cancelled())
        return false;
    if (m_progress)
        m_progress(100);
    return true;
}

bool TimelineIndex::buildCoarse(const Store &store, const std::atomic_bool *cancel)
{
    *this = TimelineIndex();
    TimelineRows rows(store);
    // The largest id bounds the count without reading every entry (0.3 s at 5M); ids are dense
    // in a file made by imports, and the room is only reserved.
    const auto n = static_cast<std::size_t>(std::clamp<std::int64_t>(TimelineRows::eventCountBound(store), 0, 1 << 26));
    reserveOnHugePages(m_start, n);
    reserveOnHugePages(m_end, n);
    reserveOnHugePages(m_id, n);
    std::size_t seen = 0;
    const bool done
        = rows.forEachSpanByStart(TimelineRows::Reader::First, [&](std::int64_t start, EventId id, std::int64_t end) {
              m_start.push_back(start);
              m_id.push_back(id);
              m_end.push_back(end);
              return (++seen & 0xffff) != 0 || !cancel || !cancel->load(std::memory_order_relaxed);
          });
    rows.close();
    if (!done) {
        *this = TimelineIndex();
        return false;
    }
    const std::size_t count = m_start.size();
    m_kind.assign(count, 0);
    m_status.assign(count, static_cast<std::uint8_t>(ClaimStatus::Confirmed));
    m_flags.assign(count, flagsFor(FuzzyDate::Precision::Day, FuzzyDate::Precision::Day, false, false));
    m_actorOffset.assign(count + 1, 0);
    m_kinds = QStringList { QString() };
    finishLoad();
    m_coarse = true;
    return true;
}

bool TimelineIndex::build(const Store &store, const std::atomic_bool *cancel, const Progress &progress)
{
    *this = TimelineIndex();
    // A file unchanged since its last build is read back from the cache (timelineindexcache.h).
    const QString file = TimelineRows::committedFile(store);
    const auto print = TimelineIndexCache::fingerprint(file);
    bool built = print && TimelineIndexCache::load(*this, file, *print);
    if (!built) {
        TimelineIndexReader reader(*this, cancel, progress);
        built = reader.read(store);
        // Kept only when nothing wrote to the file while it was read.
        if (built && print && size() >= TimelineIndexCache::minimumRows()
            && TimelineIndexCache::fingerprint(file) == print)
            TimelineIndexCache::save(*this, file, *print);
    }
    if (built) {
        const QHash<ActorId, QString> names = ActorNames::localized(store);
        for (ActorInfo &a : m_actors)
            a.name = names.value(a.id, a.name);
        if (progress)
            progress(100);
        return true;
    }
    *this = TimelineIndex();
    return false;
}

} // namespace entente
