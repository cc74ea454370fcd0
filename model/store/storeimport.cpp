// Store: what an Entente JSON file brings besides its records, written as the file has it.
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

void Store::importSavedView(const QString &name, const QString &filterJson)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "INSERT OR IGNORE INTO saved_views (name, filter) VALUES (?, ?)");
        q.bind(1, name.toStdString());
        q.bind(2, filterJson.toStdString());
        q.exec();
    });
}

void Store::importNodePosition(const QString &node, double x, double y)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "INSERT OR REPLACE INTO node_positions (node, x, y) VALUES (?, ?, ?)");
        q.bind(1, node.toStdString());
        q.bind(2, x);
        q.bind(3, y);
        q.exec();
    });
}

} // namespace entente
