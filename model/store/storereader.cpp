#include "storereader.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace entente {

namespace {

const char *tableName(StoreReader::Table table)
{
    switch (table) {
    case StoreReader::Table::Events:
        return "events";
    case StoreReader::Table::Actors:
        return "actors";
    case StoreReader::Table::Sources:
        return "sources";
    case StoreReader::Table::Eras:
        return "eras";
    case StoreReader::Table::Stories:
        return "stories";
    case StoreReader::Table::Links:
        return "event_links";
    }
    return "events";
}

std::int64_t maxId(Store &store, StoreReader::Table table)
{
    SQLite::Statement q(store.database(), std::string("SELECT coalesce(max(id), 0) FROM ") + tableName(table));
    return q.executeStep() ? q.getColumn(0).getInt64() : 0;
}

} // namespace

std::unique_ptr<Store> StoreReader::open(const Store &writer, QString *error)
{
    const QString path = writer.path();
    if (path.isEmpty() || path == u":memory:") {
        if (error)
            *error = QCoreApplication::translate("entente::Store", "A file in memory has no second connection.");
        return nullptr;
    }
    Store::OpenOptions options;
    options.readOnly = true;
    options.alreadyOpen = true; // checked when the writer opened it
    Store::OpenResult opened = Store::open(path, options);
    // A damaged file the window reads read-only is read the same way here.
    if (!opened.store && opened.kind == Store::OpenError::Damaged)
        opened = Store::openDamagedReadOnly(path);
    if (!opened.store && error)
        *error = opened.error;
    return std::move(opened.store);
}

StoreReader::Marks StoreReader::marks(Store &store)
{
    Marks m;
    m.events = maxId(store, Table::Events);
    m.actors = maxId(store, Table::Actors);
    m.sources = maxId(store, Table::Sources);
    m.eras = maxId(store, Table::Eras);
    m.stories = maxId(store, Table::Stories);
    m.links = maxId(store, Table::Links);
    return m;
}

QList<std::int64_t> StoreReader::idsAbove(Store &store, Table table, std::int64_t mark, qint64 limit, qint64 *count)
{
    const std::string name = tableName(table);
    SQLite::Statement counted(store.database(), "SELECT count(*) FROM " + name + " WHERE id > ?");
    counted.bind(1, static_cast<int64_t>(mark));
    const qint64 n = counted.executeStep() ? counted.getColumn(0).getInt64() : 0;
    if (count)
        *count = n;
    QList<std::int64_t> ids;
    if (limit >= 0 && n > limit)
        return ids;
    ids.reserve(n);
    SQLite::Statement q(store.database(), "SELECT id FROM " + name + " WHERE id > ? ORDER BY id");
    q.bind(1, static_cast<int64_t>(mark));
    while (q.executeStep())
        ids.append(q.getColumn(0).getInt64());
    return ids;
}

} // namespace entente
