#include "store/chartrows.h"

#include "store/sqlcondition.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstring>

namespace entente {

namespace {

// Prepares `sqlTemplate` with the filter's WHERE in place of %1 and binds its parameters.
SQLite::Statement prepare(const Store &store, const QString &sqlTemplate, const SqlCondition &condition)
{
    SQLite::Statement q(store.database(), sqlTemplate.arg(condition.where).toStdString());
    condition.bind(q);
    return q;
}

// The text of a grouped column, made a QString once per run of rows with the same bytes (the rows
// of one group come together); NULL reads as an empty string.
class GroupText
{
public:
    const QString &of(const SQLite::Column &column)
    {
        const auto *bytes = static_cast<const char *>(column.getBlob()); // null for NULL and ''
        const int size = column.getBytes();
        const bool null = column.isNull();
        const bool same = !m_first && null == m_null && size == m_bytes.size()
            && (size == 0 || std::memcmp(bytes, m_bytes.constData(), std::size_t(size)) == 0);
        if (!same) {
            m_bytes = QByteArray(bytes, size);
            m_text = null ? QString() : QString::fromUtf8(m_bytes);
            m_null = null;
            m_first = false;
        }
        return m_text;
    }

private:
    QByteArray m_bytes;
    QString m_text;
    bool m_null = false;
    bool m_first = true;
};

} // namespace

std::optional<std::pair<std::int64_t, std::int64_t>> ChartRows::startRange(const Store &store,
                                                                           const EventFilter &filter)
{
    // Two statements rather than min() and max() in one: SQLite answers each alone from the
    // start index when the filter is empty.
    const SqlCondition c = toSql(filter);
    SQLite::Statement first = prepare(store, QStringLiteral("SELECT min(e.start_key) FROM events e WHERE %1"), c);
    if (!first.executeStep() || first.getColumn(0).isNull())
        return std::nullopt;
    SQLite::Statement last = prepare(store, QStringLiteral("SELECT max(e.start_key) FROM events e WHERE %1"), c);
    last.executeStep();
    return std::make_pair(first.getColumn(0).getInt64(), last.getColumn(0).getInt64());
}

void ChartRows::forEachKindStart(const Store &store, const EventFilter &filter,
                                 const std::function<void(const QString &, std::int64_t, qint64)> &row)
{
    // SQLite reads this in order from the kind index, without sorting.
    SQLite::Statement q = prepare(store,
                                  QStringLiteral("SELECT e.kind, e.start_key, count(*) FROM events e WHERE %1 "
                                                 "GROUP BY e.kind, e.start_key"),
                                  toSql(filter));
    GroupText kind;
    while (q.executeStep())
        row(kind.of(q.getColumn(0)), q.getColumn(1).getInt64(), q.getColumn(2).getInt64());
}

void ChartRows::forEachAttributeStart(const Store &store, const EventFilter &filter, const QString &key,
                                      const std::function<void(const QString &, std::int64_t, qint64)> &row)
{
    // Files before version 5 (read-only ones are not migrated) have no attributes.
    if (store.schemaVersion() < 5) {
        forEachKindStart(store, filter, [&row](const QString &, std::int64_t start, qint64 n) { row({}, start, n); });
        return;
    }
    const SqlCondition c = toSql(filter);
    SQLite::Statement q(
        store.database(),
        QStringLiteral("SELECT a.value, e.start_key, count(*) FROM events e LEFT JOIN event_attributes a "
                       "ON a.event_id = e.id AND a.key = ? WHERE %1 GROUP BY a.value, e.start_key")
            .arg(c.where)
            .toStdString());
    q.bind(1, key.toStdString());
    c.bind(q, 2);
    GroupText value;
    while (q.executeStep())
        row(value.of(q.getColumn(0)), q.getColumn(1).getInt64(), q.getColumn(2).getInt64());
}

QStringList ChartRows::attributeKeys(const Store &store)
{
    QStringList keys;
    if (store.schemaVersion() < 5)
        return keys;
    SQLite::Statement q(store.database(), "SELECT DISTINCT key FROM event_attributes ORDER BY key");
    while (q.executeStep())
        keys.append(Store::text(q, 0));
    return keys;
}

void ChartRows::forEachEventStart(const Store &store, const EventFilter &filter,
                                  const std::function<void(EventId, std::int64_t)> &row)
{
    SQLite::Statement q
        = prepare(store, QStringLiteral("SELECT e.id, e.start_key FROM events e WHERE %1"), toSql(filter));
    while (q.executeStep())
        row(q.getColumn(0).getInt64(), q.getColumn(1).getInt64());
}

qint64 ChartRows::actorPairCount(const Store &store)
{
    SQLite::Statement q(store.database(), "SELECT count(*) FROM event_actors");
    q.executeStep();
    return q.getColumn(0).getInt64();
}

void ChartRows::forEachActorPair(const Store &store, IdRange ids, const std::function<bool(EventId, ActorId)> &row)
{
    SQLite::Statement q(store.database(),
                        "SELECT event_id, actor_id FROM event_actors WHERE event_id >= ? AND event_id < ?");
    q.bind(1, static_cast<std::int64_t>(ids.from));
    q.bind(2, static_cast<std::int64_t>(ids.to));
    while (q.executeStep()) {
        if (!row(q.getColumn(0).getInt64(), q.getColumn(1).getInt64()))
            return;
    }
}

void ChartRows::forEachActorOf(const Store &store, const std::vector<EventId> &events,
                               const std::function<void(std::size_t, ActorId)> &row)
{
    SQLite::Statement q(store.database(), "SELECT DISTINCT actor_id FROM event_actors WHERE event_id = ?");
    for (std::size_t i = 0; i < events.size(); ++i) {
        q.reset();
        q.bind(1, static_cast<std::int64_t>(events[i]));
        while (q.executeStep())
            row(i, q.getColumn(0).getInt64());
    }
}

QHash<ActorId, QString> ChartRows::actorNames(const Store &store)
{
    QHash<ActorId, QString> names;
    SQLite::Statement q(store.database(), "SELECT id, name FROM actors");
    while (q.executeStep())
        names.insert(q.getColumn(0).getInt64(), Store::text(q, 1));
    return names;
}

QList<ChartRows::ActorEvents> ChartRows::eventsPerActor(const Store &store, const EventFilter &filter)
{
    QList<ActorEvents> result;
    // Reads the (actor, event) index in actor order: no sort, and no event row is touched unless
    // the filter needs it.
    const SqlCondition c = toSql(filter);
    const QString kept
        = c.isEmpty() ? QStringLiteral("%1") : QStringLiteral("ea.event_id IN (SELECT e.id FROM events e WHERE %1)");
    SQLite::Statement q = prepare(
        store,
        QStringLiteral("SELECT a.id, a.name, p.n FROM (SELECT ea.actor_id AS actor_id, count(DISTINCT ea.event_id) "
                       "AS n FROM event_actors ea WHERE ")
            + kept
            + QStringLiteral(" GROUP BY ea.actor_id) p JOIN actors a ON a.id = p.actor_id "
                             "ORDER BY p.n DESC, a.name COLLATE NOCASE, a.id"),
        c);
    while (q.executeStep())
        result.append({ q.getColumn(0).getInt64(), Store::text(q, 1), q.getColumn(2).getInt64() });
    return result;
}

QHash<ClaimStatus, qint64> ChartRows::eventsPerStatus(const Store &store, const EventFilter &filter)
{
    QHash<ClaimStatus, qint64> counts;
    SQLite::Statement q = prepare(
        store, QStringLiteral("SELECT e.status, count(*) FROM events e WHERE %1 GROUP BY e.status"), toSql(filter));
    while (q.executeStep()) {
        if (const auto status = claimStatusFromKey(Store::text(q, 0)))
            counts.insert(*status, q.getColumn(1).getInt64());
    }
    return counts;
}

} // namespace entente
