// Store: graph node positions (the node_positions table). Which nodes are pinned is kept in the
// meta table by NodePositions.
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

QHash<QString, QPointF> Store::nodePositions() const
{
    QHash<QString, QPointF> positions;
    SQLite::Statement query(*m_db, "SELECT node, x, y FROM node_positions");
    while (query.executeStep())
        positions.insert(text(query, 0), QPointF(query.getColumn(1).getDouble(), query.getColumn(2).getDouble()));
    return positions;
}

void Store::setNodePositions(const QHash<QString, QPointF> &positions)
{
    transaction([&] {
        SQLite::Statement insert(*m_db,
                                 "INSERT INTO node_positions (node, x, y) VALUES (?, ?, ?) "
                                 "ON CONFLICT (node) DO UPDATE SET x = excluded.x, y = excluded.y");
        for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
            insert.bind(1, it.key().toStdString());
            insert.bind(2, it.value().x());
            insert.bind(3, it.value().y());
            insert.exec();
            insert.reset();
        }
    });
}

void Store::removeNodePositions(const QSet<QString> &keys)
{
    transaction([&] {
        SQLite::Statement del(*m_db, "DELETE FROM node_positions WHERE node = ?");
        for (const QString &key : keys) {
            del.bind(1, key.toStdString());
            del.exec();
            del.reset();
        }
    });
}

} // namespace entente
