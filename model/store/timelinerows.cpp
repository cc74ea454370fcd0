// The timeline's rows read with the raw SQLite API: SQLiteCpp's Column objects cost a reference
// count each, which shows at a million events.
#include "store/timelinerows.h"

#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <string>

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
    QString string(int column) const { return QString::fromUtf8(text(column)); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

ClaimStatus statusOf(const char *key)
{
    // Keys are checked by the schema: confirmed, reported, alleged, disputed, denied.
    switch (key ? key[0] : 'c') {
    case 'r':
        return ClaimStatus::Reported;
    case 'a':
        return ClaimStatus::Alleged;
    case 'd':
        return key[2] == 's' ? ClaimStatus::Disputed : ClaimStatus::Denied;
    default:
        return ClaimStatus::Confirmed;
    }
}

} // namespace

struct TimelineRows::Connections
{
    sqlite3 *own = nullptr;
    std::unique_ptr<SQLite::Database> first;
    std::unique_ptr<SQLite::Database> second;

    sqlite3 *handle(Reader reader) const
    {
        if (!second)
            return own;
        return reader == Reader::First ? first->getHandle() : second->getHandle();
    }
};

TimelineRows::TimelineRows(const Store &store)
    : m_connections(std::make_unique<Connections>())
{
    Connections &c = *m_connections;
    c.own = store.database().getHandle();
    // A second and third connection read the file while the store's is idle. Only for a file
    // without a transaction open on the store's connection: another connection would not see
    // its uncommitted rows.
    const QString path = store.path();
    if (path.isEmpty() || path == u":memory:" || !sqlite3_get_autocommit(c.own))
        return;
    try {
        const std::string file = path.toUtf8().toStdString();
        // NOMUTEX: each connection is used by one thread only, and the serialized mode's lock
        // around every column read was a third of the time.
        c.first = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
        c.second = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
        // A read transaction each, so every pass of one connection sees one snapshot. The two
        // may differ by a write made in between; the timeline skips rows known to one only, and
        // the write triggers another build anyway.
        c.first->exec("BEGIN");
        c.second->exec("BEGIN");
        c.first->execAndGet("SELECT count(*) FROM meta");
        c.second->execAndGet("SELECT count(*) FROM meta");
    } catch (const SQLite::Exception &) {
        c.first.reset();
        c.second.reset();
    }
}

TimelineRows::~TimelineRows() = default;

QString TimelineRows::committedFile(const Store &store)
{
    const QString path = store.path();
    if (path.isEmpty() || path == u":memory:" || !sqlite3_get_autocommit(store.database().getHandle()))
        return QString();
    return path;
}

std::int64_t TimelineRows::eventCountBound(const Store &store)
{
    Query q(store.database().getHandle(), "SELECT max(id) FROM events");
    return q.step() ? q.integer(0) : 0;
}

bool TimelineRows::isParallel() const
{
    return m_connections->second != nullptr;
}

void TimelineRows::close()
{
    m_connections->first.reset();
    m_connections->second.reset();
}

QList<TimelineRows::ActorRow> TimelineRows::actors(Reader reader)
{
    QList<ActorRow> rows;
    Query q(m_connections->handle(reader), "SELECT id, name, colour FROM actors ORDER BY id");
    while (q.step())
        rows.append({ q.integer(0), q.string(1), q.string(2) });
    return rows;
}

QList<TimelineRows::EraRow> TimelineRows::eras(Reader reader)
{
    QList<EraRow> rows;
    Query q(m_connections->handle(reader), "SELECT name, start_key, end_key, colour FROM eras ORDER BY start_key");
    while (q.step())
        rows.append({ q.string(0), q.integer(1), q.integer(2), q.string(3) });
    return rows;
}

std::int64_t TimelineRows::eventCount(Reader reader)
{
    Query q(m_connections->handle(reader), "SELECT count(*) FROM events");
    return q.step() ? q.integer(0) : 0;
}

bool TimelineRows::forEachStart(Reader reader, const std::function<bool(std::int64_t, EventId)> &row)
{
    // The covering start index hands out rows in display order.
    Query q(m_connections->handle(reader), "SELECT start_key, id FROM events ORDER BY start_key, id");
    while (q.step()) {
        if (!row(q.integer(0), q.integer(1)))
            return false;
    }
    return true;
}

bool TimelineRows::forEachSpanByStart(Reader reader,
                                      const std::function<bool(std::int64_t, EventId, std::int64_t)> &row)
{
    // Covered by the index events_start (start_key, id, end_key).
    Query q(m_connections->handle(reader), "SELECT start_key, id, end_key FROM events ORDER BY start_key, id");
    while (q.step()) {
        if (!row(q.integer(0), q.integer(1), q.integer(2)))
            return false;
    }
    return true;
}

bool TimelineRows::forEachActorPair(Reader reader, const std::function<bool(EventId, ActorId)> &row)
{
    // In the primary key's order (event, actor, role).
    Query q(m_connections->handle(reader), "SELECT event_id, actor_id FROM event_actors");
    while (q.step()) {
        if (!row(q.integer(0), q.integer(1)))
            return false;
    }
    return true;
}

bool TimelineRows::forEachEventSpan(Reader reader, IdRange ids, const std::function<bool(const EventSpanRow &)> &row)
{
    Query q(m_connections->handle(reader),
            "SELECT id, end_key, start_date, end_date, kind, status FROM events WHERE id >= ? AND id < ?");
    q.bind(1, ids.from);
    q.bind(2, ids.to);
    EventSpanRow r;
    while (q.step()) {
        r.id = q.integer(0);
        r.endKey = q.integer(1);
        const char *start = q.text(2);
        r.startDate = start ? start : "";
        r.endDate = q.isNull(3) ? nullptr : q.text(3);
        const char *kind = q.text(4);
        r.kind = kind ? kind : "";
        r.status = statusOf(q.text(5));
        if (!row(r))
            return false;
    }
    return true;
}

} // namespace entente
