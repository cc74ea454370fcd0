#include "store/sqlcondition.h"

#include "store/store.h"

#include <SQLiteCpp/Statement.h>

#include <QStringList>

namespace entente {

int SqlCondition::bind(SQLite::Statement &statement, int first) const
{
    for (const QVariant &p : params)
        Store::bind(statement, first++, p);
    return first;
}

SqlCondition toSql(const EventFilter &filter, bool scanInOrder)
{
    QStringList clauses;
    QVariantList params;
    if (filter.to) {
        clauses.append(QStringLiteral("e.start_key < ?"));
        params.append(QVariant::fromValue<qint64>(*filter.to));
    }
    if (filter.from) {
        clauses.append(QStringLiteral("e.end_key > ?"));
        params.append(QVariant::fromValue<qint64>(*filter.from));
        // An event reaches the window only if it starts less than the longest event's length
        // before it. Saying so lets SQLite read just that stretch of the start index instead of
        // everything before the window's end (the events_length index gives the longest at once).
        clauses.append(QStringLiteral("e.start_key > ? - (SELECT coalesce(max(end_key - start_key), 0) FROM events)"));
        params.append(QVariant::fromValue<qint64>(*filter.from));
    }
    auto placeholders = [](qsizetype n) {
        QStringList q;
        q.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            q.append(QStringLiteral("?"));
        return q.join(u',');
    };
    if (!filter.actors.isEmpty()) {
        clauses.append(QStringLiteral("e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN (%1))")
                           .arg(placeholders(filter.actors.size())));
        for (ActorId id : filter.actors)
            params.append(QVariant::fromValue<qint64>(id));
    }
    if (!filter.kinds.isEmpty()) {
        clauses.append(QStringLiteral("e.kind IN (%1)").arg(placeholders(filter.kinds.size())));
        for (const QString &k : filter.kinds)
            params.append(k);
    }
    if (!filter.statuses.isEmpty()) {
        clauses.append(QStringLiteral("e.status IN (%1)").arg(placeholders(filter.statuses.size())));
        for (ClaimStatus s : filter.statuses)
            params.append(claimStatusKey(s));
    }
    if (!filter.tags.isEmpty()) {
        clauses.append(QStringLiteral("e.id IN (SELECT et.event_id FROM event_tags et JOIN tags t ON "
                                      "t.id = et.tag_id WHERE t.name IN (%1))")
                           .arg(placeholders(filter.tags.size())));
        for (const QString &t : filter.tags)
            params.append(t);
    }
    if (const QString fts = toFtsQuery(filter.text); !fts.isEmpty()) {
        // The unary + keeps SQLite from driving the query by the match list.
        clauses.append(scanInOrder ? QStringLiteral("+e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
                                   : QStringLiteral("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"));
        params.append(fts);
    }
    SqlCondition c;
    c.where = clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
    c.params = params;
    return c;
}

} // namespace entente
