#include "store/graphrows.h"

#include "store/sqlcondition.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

namespace {

std::string_view textOf(SQLite::Statement &q, int column)
{
    const SQLite::Column c = q.getColumn(column);
    const auto *bytes = static_cast<const char *>(c.getBlob());
    return bytes ? std::string_view(bytes, static_cast<std::size_t>(c.getBytes())) : std::string_view();
}

} // namespace

qint64 GraphRows::countUpTo(const Store &store, const EventFilter &filter, qint64 limit)
{
    const SqlCondition condition = toSql(filter);
    const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM events e WHERE ") + condition.where
        + QStringLiteral(" LIMIT ?)");
    SQLite::Statement count(store.database(), sql.toStdString());
    const int next = condition.bind(count);
    count.bind(next, static_cast<std::int64_t>(limit) + 1);
    count.executeStep();
    return count.getColumn(0).getInt64();
}

bool GraphRows::forEachEventActor(const Store &store, const EventFilter &filter,
                                  const std::function<bool(const EventActorRow &)> &row)
{
    const SqlCondition condition = toSql(filter);
    const QString sql = QStringLiteral("SELECT e.id, e.title, e.start_key, ea.actor_id, a.name, ea.role "
                                       "FROM events e JOIN event_actors ea ON ea.event_id = e.id "
                                       "JOIN actors a ON a.id = ea.actor_id WHERE ")
        + condition.where + QStringLiteral(" ORDER BY e.start_key, e.id, ea.position, ea.actor_id");
    SQLite::Statement query(store.database(), sql.toStdString());
    condition.bind(query);
    EventActorRow r;
    while (query.executeStep()) {
        r.event = query.getColumn(0).getInt64();
        r.title = textOf(query, 1);
        r.start = query.getColumn(2).getInt64();
        r.actor = query.getColumn(3).getInt64();
        r.name = textOf(query, 4);
        r.role = textOf(query, 5);
        if (!row(r))
            return false;
    }
    return true;
}

} // namespace entente
