#include "pghistory.h"

#include "store/pg/pgconnection.h"
#include "store/pg/pgmirror.h"
#include "store/store.h"

namespace entente::pg {

namespace {

// The record a log row belongs to: its key's first column (U+001F joins composite keys), and
// the table naming that record (event_actors → events).
const char *const kRecentSql
    = "SELECT c.seq, c.by_user, extract(epoch FROM c.at)::float8 * 1000, c.op, c.tbl,"
      " CASE WHEN split_part(c.row_key, E'\\x1f', 1) ~ '^[0-9]{1,18}$'"
      "      THEN split_part(c.row_key, E'\\x1f', 1)::bigint ELSE 0 END AS rid,"
      " coalesce(array_to_string(c.fields, E'\\x1f'), '') "
      "FROM entente_changes c "
      "WHERE ($1::text = '' OR c.tbl = $1::text"
      "       OR ($1::text = 'events' AND c.tbl LIKE 'event\\_%' AND c.tbl <> 'event_links')"
      "       OR ($1::text = 'actors' AND c.tbl LIKE 'actor\\_%') OR ($1::text = 'stories' AND c.tbl = 'story_steps'))"
      "  AND ($2::bigint = 0 OR split_part(c.row_key, E'\\x1f', 1) = $2::bigint::text) "
      "ORDER BY c.seq DESC LIMIT $3::bigint";

// The titles of the records the rows name, as they are now.
const char *const kTitlesSql = "SELECT 'events', id, title FROM events WHERE id = ANY($1::bigint[]) "
                               "UNION ALL SELECT 'actors', id, name FROM actors WHERE id = ANY($2::bigint[]) "
                               "UNION ALL SELECT 'sources', id, title FROM sources WHERE id = ANY($3::bigint[])";

QString owner(const QString &table)
{
    if (table == u"events" || (table.startsWith(u"event_") && table != u"event_links"))
        return QStringLiteral("events");
    if (table == u"actors" || table.startsWith(u"actor_"))
        return QStringLiteral("actors");
    if (table == u"sources")
        return QStringLiteral("sources");
    return table;
}

HistoryEntry::Op opOf(const QString &op, const QString &table, const QString &ownerTable)
{
    // A relation's row added or removed edits the record it belongs to.
    const bool relation = table != ownerTable;
    if (op == u"I")
        return relation ? HistoryEntry::Op::Edited : HistoryEntry::Op::Added;
    if (op == u"D")
        return relation ? HistoryEntry::Op::Edited : HistoryEntry::Op::Removed;
    if (op == u"B")
        return HistoryEntry::Op::Bulk;
    return HistoryEntry::Op::Edited;
}

QString idArray(const QList<HistoryEntry> &entries, const QString &table)
{
    QString a = QStringLiteral("{");
    for (const HistoryEntry &e : entries) {
        if (e.table == table && e.id > 0) {
            if (a.size() > 1)
                a += u',';
            a += QString::number(e.id);
        }
    }
    return a + u'}';
}

} // namespace

QList<HistoryEntry> PgHistory::recent(const Store &store, int limit, const QString &table, qint64 id)
{
    QList<HistoryEntry> entries;
    PgMirror *mirror = store.shared();
    if (!mirror)
        return entries;
    PgConnection &connection = mirror->connection();
    const PgResult rows = connection.exec(kRecentSql, { table, id, limit });
    entries.reserve(rows.rows());
    for (int r = 0; r < rows.rows(); ++r) {
        HistoryEntry e;
        e.seq = rows.toInt64(r, 0);
        e.user = rows.text(r, 1);
        e.at = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(rows.toDouble(r, 2)), Qt::UTC);
        const QString rawTable = rows.text(r, 4);
        e.table = owner(rawTable);
        e.op = opOf(rows.text(r, 3), rawTable, e.table);
        e.id = rows.toInt64(r, 5);
        const QString fields = rows.text(r, 6);
        if (!fields.isEmpty())
            e.fields = fields.split(QChar(0x1f));
        if (rawTable != e.table)
            e.fields.prepend(rawTable);
        entries.append(e);
    }
    if (entries.isEmpty())
        return entries;
    const PgResult titles
        = connection.exec(kTitlesSql,
                          { idArray(entries, QStringLiteral("events")), idArray(entries, QStringLiteral("actors")),
                            idArray(entries, QStringLiteral("sources")) });
    QHash<QString, QString> byKey;
    for (int r = 0; r < titles.rows(); ++r)
        byKey.insert(titles.text(r, 0) + u':' + titles.text(r, 1), titles.text(r, 2));
    for (HistoryEntry &e : entries)
        e.title = byKey.value(e.table + u':' + QString::number(e.id));
    return entries;
}

std::optional<HistoryEntry> PgHistory::lastChange(const Store &store, const QString &table, qint64 id)
{
    const QList<HistoryEntry> entries = recent(store, 1, table, id);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

} // namespace entente::pg
