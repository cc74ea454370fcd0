#include "store/exportrows.h"

#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

namespace {

QList<std::int64_t> ids(const Store &store, const char *sql)
{
    QList<std::int64_t> result;
    SQLite::Statement q(store.database(), sql);
    while (q.executeStep())
        result.append(q.getColumn(0).getInt64());
    return result;
}

} // namespace

QList<std::pair<QString, QString>> ExportRows::meta(const Store &store)
{
    QList<std::pair<QString, QString>> rows;
    SQLite::Statement q(store.database(), "SELECT key, value FROM meta ORDER BY key");
    while (q.executeStep())
        rows.append({ Store::text(q, 0), Store::text(q, 1) });
    return rows;
}

QList<ActorId> ExportRows::actorIds(const Store &store)
{
    return ids(store, "SELECT id FROM actors ORDER BY id");
}

QList<SourceId> ExportRows::sourceIds(const Store &store)
{
    return ids(store, "SELECT id FROM sources ORDER BY id");
}

QList<ExportRows::SavedViewRow> ExportRows::savedViews(const Store &store)
{
    QList<SavedViewRow> rows;
    SQLite::Statement q(store.database(), "SELECT name, filter FROM saved_views ORDER BY name");
    while (q.executeStep())
        rows.append({ Store::text(q, 0), Store::text(q, 1) });
    return rows;
}

QList<ExportRows::NodePositionRow> ExportRows::nodePositions(const Store &store)
{
    QList<NodePositionRow> rows;
    SQLite::Statement q(store.database(), "SELECT node, x, y FROM node_positions ORDER BY node");
    while (q.executeStep())
        rows.append({ Store::text(q, 0), q.getColumn(1).getDouble(), q.getColumn(2).getDouble() });
    return rows;
}

} // namespace entente
