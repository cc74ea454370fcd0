#include "store/tablerows.h"

#include "store/sqlcondition.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

namespace {

// The actors of `e` joined in their order on it: shown, and sorted on.
const char *const kActorNames = "(SELECT group_concat(name, ', ') FROM (SELECT a.name AS name FROM event_actors ea "
                                "JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id ORDER BY ea.position))";

QString orderBy(TableRows::Order order)
{
    const QString dir = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (order.column) {
    case TableRows::Column::Title:
        return QStringLiteral("e.title COLLATE NOCASE%1, e.id%1").arg(dir);
    case TableRows::Column::Kind:
        return QStringLiteral("e.kind%1, e.start_key%1").arg(dir);
    case TableRows::Column::Status:
        return QStringLiteral("e.status%1, e.start_key%1").arg(dir);
    case TableRows::Column::Actors:
        return QStringLiteral("actors COLLATE NOCASE%1, e.start_key%1").arg(dir);
    case TableRows::Column::Date:
        break;
    }
    return QStringLiteral("e.start_key%1, e.id%1").arg(dir);
}

QList<ActorId> splitIds(const QString &text)
{
    QList<ActorId> ids;
    for (const QString &id : text.split(u',', Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    return ids;
}

} // namespace

QList<TableRows::Row> TableRows::page(const Store &store, const EventFilter &filter, Order order, qint64 offset,
                                      qint64 limit, bool scanInOrder)
{
    const SqlCondition c = toSql(filter, scanInOrder);
    const QString sql
        = QStringLiteral("SELECT e.id, e.start_date, e.end_date, e.title, e.kind, e.status, %3 AS actors, "
                         "(SELECT group_concat(actor_id) FROM (SELECT ea.actor_id AS actor_id FROM "
                         "event_actors ea WHERE ea.event_id = e.id ORDER BY ea.position)) AS actor_ids "
                         "FROM events e WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
              .arg(c.where, orderBy(order), QLatin1String(kActorNames));
    SQLite::Statement q(store.database(), sql.toStdString());
    const int next = c.bind(q);
    q.bind(next, static_cast<std::int64_t>(limit));
    q.bind(next + 1, static_cast<std::int64_t>(offset));
    QList<Row> rows;
    rows.reserve(static_cast<qsizetype>(std::min<qint64>(limit, 4096)));
    while (q.executeStep()) {
        Row r;
        r.id = q.getColumn(0).getInt64();
        r.startDate = Store::text(q, 1);
        r.endDate = Store::text(q, 2);
        r.title = Store::text(q, 3);
        r.kind = Store::text(q, 4);
        r.status = claimStatusFromKey(Store::text(q, 5)).value_or(ClaimStatus::Confirmed);
        r.actorNames = Store::text(q, 6);
        r.actorIds = splitIds(Store::text(q, 7));
        rows.append(r);
    }
    return rows;
}

qint64 TableRows::positionOf(const Store &store, const EventFilter &filter, Order order, EventId id, bool scanInOrder)
{
    const SqlCondition c = toSql(filter, scanInOrder);
    // A window's ORDER BY cannot name a column of its own SELECT: the actors come from a query
    // below, made only when ordered by.
    const QLatin1String actors(order.column == Column::Actors ? kActorNames : "NULL");
    const QString sql = QStringLiteral("SELECT n FROM (SELECT e.id AS id, row_number() OVER (ORDER BY %2) - 1 AS n "
                                       "FROM (SELECT e.id, e.title, e.kind, e.status, e.start_key, %3 AS actors "
                                       "FROM events e WHERE %1) e) WHERE id = ?")
                            .arg(c.where, orderBy(order), actors);
    SQLite::Statement q(store.database(), sql.toStdString());
    q.bind(c.bind(q), static_cast<std::int64_t>(id));
    return q.executeStep() ? q.getColumn(0).getInt64() : -1;
}

} // namespace entente
