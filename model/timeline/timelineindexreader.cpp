// Reading a TimelineIndex from a store. At a million events this is the cost of opening a large
// file, so it reads with the raw SQLite API (SQLiteCpp's Column objects cost a reference count
// each), touches only integer and short text columns, and splits the work over two connections:
//   1. in parallel: the start index (start_key, id), which is covering and already in display
//      order, so nothing is sorted; and event_actors in key order;
//   2. in parallel: the table's other columns in two rowid ranges, scattered to their rows,
//      and on the thread with the smaller range the actor lists, by a counting pass over the
//      pairs.
#include "timelineindex.h"

#include "actornames.h"
#include "hugepages.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <exception>
#include <string>
#include <thread>
#include <unordered_map>

namespace entente {

namespace {

// A prepared statement on a raw handle; errors become SQLite::Exception like the rest of Store.
class Query
{
public:
    Query(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
        if (rc != SQLITE_OK)
            throw SQLite::Exception(db, rc);
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    void bind(int i, std::int64_t value) { sqlite3_bind_int64(m_stmt, i, value); }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw SQLite::Exception(m_db, rc);
        return false;
    }
    std::int64_t integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    const char *text(int column) const { return reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

std::uint8_t statusCode(const char *key)
{
    // Keys are checked by the schema: confirmed, reported, alleged, disputed, denied.
    switch (key ? key[0] : 'c') {
    case 'r':
        return static_cast<std::uint8_t>(ClaimStatus::Reported);
    case 'a':
        return static_cast<std::uint8_t>(ClaimStatus::Alleged);
    case 'd':
        return static_cast<std::uint8_t>(key[2] == 's' ? ClaimStatus::Disputed : ClaimStatus::Denied);
    default:
        return static_cast<std::uint8_t>(ClaimStatus::Confirmed);
    }
}

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

    bool read(Store &store);

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

    void readActorsAndEras(sqlite3 *db);
    bool readStarts(sqlite3 *db, bool reports);
    bool readPairs(sqlite3 *db, bool reports);
    // The non-key columns of rows with lo <= id < hi; kinds numbered in `kinds` of this part.
    bool readColumns(sqlite3 *db, EventId lo, EventId hi, std::vector<std::string> &kinds, bool reports);
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

void TimelineIndexReader::readActorsAndEras(sqlite3 *db)
{
    Query actors(db, "SELECT id, name, colour FROM actors ORDER BY id");
    while (actors.step()) {
        TimelineIndex::ActorInfo a;
        a.id = actors.integer(0);
        a.name = QString::fromUtf8(actors.text(1));
        const char *colour = actors.text(2);
        if (colour && *colour)
            a.colour = QColor::fromString(QLatin1String(colour));
        m_actorPos.add(a.id, static_cast<std::uint16_t>(m_index.m_actors.size()));
        m_index.m_actors.append(a);
    }
    Query eras(db, "SELECT name, start_key, end_key, colour FROM eras ORDER BY start_key");
    while (eras.step()) {
        const char *colour = eras.text(3);
        m_index.m_eras.append({ QString::fromUtf8(eras.text(0)), eras.integer(1), eras.integer(2),
                                colour && *colour ? QColor::fromString(QLatin1String(colour)) : QColor() });
    }
}

bool TimelineIndexReader::readStarts(sqlite3 *db, bool reports)
{
    // The covering index hands out rows in display order: no sort afterwards.
    Query q(db, "SELECT start_key, id FROM events ORDER BY start_key, id");
    std::size_t n = 0;
    while (q.step()) {
        m_index.m_start.push_back(q.integer(0));
        m_index.m_id.push_back(q.integer(1));
        if ((++n & 0xffff) == 0) {
            advance(0x10000);
            if (reports)
                report();
            if (cancelled())
                return false;
        }
    }
    advance(n & 0xffff);
    return true;
}

bool TimelineIndexReader::readPairs(sqlite3 *db, bool reports)
{
    // In key order (event, actor, role): an actor in two roles comes twice in a row.
    Query q(db, "SELECT event_id, actor_id FROM event_actors");
    std::size_t n = 0;
    while (q.step()) {
        const EventId event = q.integer(0);
        const std::uint32_t actor = m_actorPos.find(q.integer(1));
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
    }
    advance(n & 0xffff);
    return true;
}

bool TimelineIndexReader::readColumns(sqlite3 *db, EventId lo, EventId hi, std::vector<std::string> &kinds,
                                      bool reports)
{
    Query q(db, "SELECT id, end_key, start_date, end_date, kind, status FROM events WHERE id >= ? AND id < ?");
    q.bind(1, lo);
    q.bind(2, hi);
    std::size_t n = 0;
    std::size_t lastKind = 0;
    while (q.step()) {
        const std::int64_t row = m_index.rowOf(q.integer(0));
        if (row < 0)
            continue; // added after the start index was read
        const auto r = static_cast<std::size_t>(row);
        m_index.m_end[r] = q.integer(1);
        const char *startDate = q.text(2);
        const std::size_t len = startDate ? std::strlen(startDate) : 0;
        const bool approximate = len > 0 && startDate[len - 1] == '~';
        const bool range = !q.isNull(3);
        const FuzzyDate::Precision sp = precisionOfIso(startDate);
        const FuzzyDate::Precision ep = range ? precisionOfIso(q.text(3)) : sp;
        m_index.m_flags[r] = TimelineIndex::flagsFor(sp, ep, approximate, range);
        const char *kind = q.text(4);
        if (!kind)
            kind = "";
        // Runs of one kind are common; the last one found is tried first.
        if (lastKind >= kinds.size() || kinds[lastKind] != kind) {
            lastKind = 0;
            while (lastKind < kinds.size() && kinds[lastKind] != kind)
                ++lastKind;
            if (lastKind == kinds.size() && lastKind < 255)
                kinds.emplace_back(kind);
        }
        m_index.m_kind[r] = static_cast<std::uint8_t>(std::min<std::size_t>(lastKind, 254));
        m_index.m_status[r] = statusCode(q.text(5));
        if ((++n & 0xffff) == 0) {
            advance(0x10000);
            if (reports)
                report();
            if (cancelled())
                return false;
        }
    }
    advance(n & 0xffff);
    return true;
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

bool TimelineIndexReader::read(Store &store)
{
    if (cancelled())
        return false;
    sqlite3 *own = store.database().getHandle();
    // A second and third connection read the file while this one is idle. Only for a file
    // without a transaction open on the store's connection: another connection would not see
    // its uncommitted rows.
    std::unique_ptr<SQLite::Database> first;
    std::unique_ptr<SQLite::Database> second;
    const QString path = store.path();
    if (!path.isEmpty() && path != u":memory:" && sqlite3_get_autocommit(own)) {
        try {
            const std::string file = path.toUtf8().toStdString();
            // NOMUTEX: each connection is used by one thread only, and the serialized mode's
            // lock around every column read was a third of the time.
            first = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
            second = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
            // A read transaction each, so every pass of one connection sees one snapshot. The
            // two may differ by a write made in between; rows known to one only are skipped,
            // and the write triggers another build anyway.
            first->exec("BEGIN");
            second->exec("BEGIN");
            first->execAndGet("SELECT count(*) FROM meta");
            second->execAndGet("SELECT count(*) FROM meta");
        } catch (const SQLite::Exception &) {
            first.reset();
            second.reset();
        }
    }
    const bool parallel = second != nullptr;
    sqlite3 *a = parallel ? first->getHandle() : own;
    sqlite3 *b = parallel ? second->getHandle() : own;

    readActorsAndEras(a);
    std::int64_t count = 0;
    {
        Query q(a, "SELECT count(*) FROM events");
        if (q.step())
            count = q.integer(0);
    }
    const auto n = static_cast<std::size_t>(count);
    // Starts, pairs (about two an event in real files) and the other columns.
    m_total = 4 * n;
    reserveOnHugePages(m_index.m_start, n);
    reserveOnHugePages(m_index.m_id, n);
    reserveOnHugePages(m_pairs, 2 * n);
    if (!both([&] { return readStarts(a, true); }, [&] { return readPairs(b, false); }, parallel))
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
                if (!readColumns(a, lo, middle, kindsA, true))
                    return false;
                layOutActors();
                return true;
            },
            [&] { return readColumns(b, middle, hi + 1, kindsB, false); }, parallel))
        return false;
    first.reset();
    second.reset();

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

bool TimelineIndex::build(Store &store, const std::atomic_bool *cancel, const Progress &progress)
{
    *this = TimelineIndex();
    TimelineIndexReader reader(*this, cancel, progress);
    if (reader.read(store)) {
        const QHash<ActorId, QString> names = ActorNames::localized(store);
        for (ActorInfo &a : m_actors)
            a.name = names.value(a.id, a.name);
        return true;
    }
    *this = TimelineIndex();
    return false;
}

} // namespace entente
