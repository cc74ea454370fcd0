#include "store/tablerows.h"

#include "store/sqlcondition.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

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
        return QStringLiteral("actors COLLATE NOCASE%1, e.start_key%1, e.id%1").arg(dir);
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

// The columns every row query selects, from `e` (see readRow).
QString rowColumns()
{
    return QStringLiteral("e.id, e.start_date, e.end_date, e.title, e.kind, e.status, %1 AS actors, "
                          "(SELECT group_concat(actor_id) FROM (SELECT ea.actor_id AS actor_id FROM "
                          "event_actors ea WHERE ea.event_id = e.id ORDER BY ea.position)) AS actor_ids")
        .arg(QLatin1String(kActorNames));
}

TableRows::Row readRow(SQLite::Statement &q)
{
    TableRows::Row r;
    r.id = q.getColumn(0).getInt64();
    r.startDate = Store::text(q, 1);
    r.endDate = Store::text(q, 2);
    r.title = Store::text(q, 3);
    r.kind = Store::text(q, 4);
    r.status = claimStatusFromKey(Store::text(q, 5)).value_or(ClaimStatus::Confirmed);
    r.actorNames = Store::text(q, 6);
    r.actorIds = splitIds(Store::text(q, 7));
    return r;
}

int stopWhenCancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
}

// The actors order without SQL's sort: each kept event's names, joined as kActorNames joins them
// and folded as NOCASE folds (ASCII letters only), sorted here. SQL built that key with a
// subquery per event and sorted a million of them in 4.5-5.8 s.
std::vector<EventId> actorsOrder(SQLite::Database &db, const SqlCondition &c, bool descending,
                                 const std::atomic<bool> *cancelled)
{
    auto stopped = [cancelled] { return cancelled && cancelled->load(); };
    std::unordered_map<ActorId, std::string> names;
    {
        SQLite::Statement q(db, "SELECT id, name FROM actors");
        while (q.executeStep()) {
            std::string name = q.getColumn(1).getString();
            for (char &ch : name) {
                if (ch >= 'A' && ch <= 'Z')
                    ch = static_cast<char>(ch - 'A' + 'a');
            }
            names.emplace(q.getColumn(0).getInt64(), std::move(name));
        }
    }
    // Each event's key as its place among the distinct keys (GDELT's million events have some
    // 100,000): a million strings neither kept nor compared, and a sort of numbers.
    struct Kept
    {
        EventId id;
        std::int64_t start;
        int key; // -1 without actors: NULL, first in ascending order
    };
    std::vector<Kept> kept;
    {
        SQLite::Statement q(
            db,
            QStringLiteral("SELECT e.id, e.start_key FROM events e WHERE %1 ORDER BY e.id").arg(c.where).toStdString());
        c.bind(q);
        while (q.executeStep())
            kept.push_back({ q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), -1 });
    }
    if (stopped())
        return {};
    std::unordered_map<std::string, int> keyOf;
    std::vector<const std::string *> keys;
    // The links in the key's order (event, actor, role): merged with the kept events, by id.
    SQLite::Statement links(db, "SELECT event_id, actor_id, position FROM event_actors ORDER BY event_id");
    std::vector<std::pair<std::int64_t, ActorId>> actors; // position, actor
    std::string key;
    bool more = links.executeStep();
    for (Kept &k : kept) {
        while (more && links.getColumn(0).getInt64() < k.id)
            more = links.executeStep();
        actors.clear();
        while (more && links.getColumn(0).getInt64() == k.id) {
            actors.emplace_back(links.getColumn(2).getInt64(), links.getColumn(1).getInt64());
            more = links.executeStep();
        }
        if (actors.empty())
            continue;
        std::stable_sort(actors.begin(), actors.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        key.clear();
        for (std::size_t i = 0; i < actors.size(); ++i) {
            if (i > 0)
                key += ", ";
            if (const auto name = names.find(actors[i].second); name != names.end())
                key += name->second;
        }
        const auto [found, added] = keyOf.try_emplace(key, static_cast<int>(keys.size()));
        if (added)
            keys.push_back(&found->first);
        k.key = found->second;
        if ((&k - kept.data()) % 65536 == 0 && stopped())
            return {};
    }
    // The keys' ranks, in NOCASE order.
    std::vector<int> byText(keys.size());
    for (std::size_t i = 0; i < byText.size(); ++i)
        byText[i] = static_cast<int>(i);
    std::sort(byText.begin(), byText.end(), [&keys](int a, int b) { return *keys[a] < *keys[b]; });
    std::vector<int> rank(keys.size());
    for (std::size_t i = 0; i < byText.size(); ++i)
        rank[byText[i]] = static_cast<int>(i);
    for (Kept &k : kept)
        k.key = k.key < 0 ? -1 : rank[k.key];
    auto before = [](const Kept &a, const Kept &b) {
        return a.key != b.key ? a.key < b.key : a.start != b.start ? a.start < b.start : a.id < b.id;
    };
    if (descending)
        std::sort(kept.begin(), kept.end(), [&before](const Kept &a, const Kept &b) { return before(b, a); });
    else
        std::sort(kept.begin(), kept.end(), before);
    if (stopped())
        return {};
    std::vector<EventId> ids;
    ids.reserve(kept.size());
    for (const Kept &k : kept)
        ids.push_back(k.id);
    return ids;
}

} // namespace

QList<TableRows::Row> TableRows::page(const Store &store, const EventFilter &filter, Order order, qint64 offset,
                                      qint64 limit, bool scanInOrder)
{
    const SqlCondition c = toSql(filter, scanInOrder);
    const QString sql = QStringLiteral("SELECT %3 FROM events e WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                            .arg(c.where, orderBy(order), rowColumns());
    SQLite::Statement q(store.database(), sql.toStdString());
    const int next = c.bind(q);
    q.bind(next, static_cast<std::int64_t>(limit));
    q.bind(next + 1, static_cast<std::int64_t>(offset));
    QList<Row> rows;
    rows.reserve(static_cast<qsizetype>(std::min<qint64>(limit, 4096)));
    while (q.executeStep())
        rows.append(readRow(q));
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

std::vector<EventId> TableRows::orderedIds(const Store &store, const EventFilter &filter, Order order,
                                           const std::atomic<bool> *cancelled)
{
    const SqlCondition c = toSql(filter, false);
    SQLite::Database &db = store.database();
    // The sort happens before the first row comes: the flag is polled inside it too.
    if (cancelled)
        sqlite3_progress_handler(db.getHandle(), 10000, &stopWhenCancelled,
                                 const_cast<void *>(static_cast<const void *>(cancelled)));
    // SQLite's sorter on two threads: a million titles in 1.0 s instead of 1.5 s.
    const int threads = db.execAndGet("PRAGMA threads").getInt();
    db.exec("PRAGMA threads = 2");
    struct Restore
    {
        SQLite::Database &db;
        int threads;
        ~Restore()
        {
            sqlite3_progress_handler(db.getHandle(), 0, nullptr, nullptr);
            sqlite3_exec(db.getHandle(), ("PRAGMA threads = " + std::to_string(threads)).c_str(), nullptr, nullptr,
                         nullptr);
        }
    } restore { db, threads };
    std::vector<EventId> ids;
    try {
        if (order.column == Column::Actors)
            return actorsOrder(db, c, order.descending, cancelled);
        const QString sql
            = QStringLiteral("SELECT e.id FROM events e WHERE %1 ORDER BY %2").arg(c.where, orderBy(order));
        SQLite::Statement q(db, sql.toStdString());
        c.bind(q);
        while (q.executeStep())
            ids.push_back(q.getColumn(0).getInt64());
    } catch (const std::exception &) {
        if (cancelled && cancelled->load())
            return {};
        throw;
    }
    if (cancelled && cancelled->load())
        return {};
    return ids;
}

QList<TableRows::Row> TableRows::rowsOf(const Store &store, const std::vector<EventId> &ids)
{
    if (ids.empty())
        return {};
    QString list;
    list.reserve(static_cast<qsizetype>(ids.size()) * 8);
    std::unordered_map<EventId, std::size_t> place;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            list += u',';
        list += QString::number(ids[i]);
        place.emplace(ids[i], i);
    }
    const QString sql = QStringLiteral("SELECT %1 FROM events e WHERE e.id IN (%2)").arg(rowColumns(), list);
    SQLite::Statement q(store.database(), sql.toStdString());
    std::vector<std::optional<Row>> found(ids.size());
    while (q.executeStep()) {
        Row r = readRow(q);
        found[place.at(r.id)] = std::move(r);
    }
    QList<Row> rows;
    rows.reserve(static_cast<qsizetype>(ids.size()));
    for (auto &r : found) {
        if (r)
            rows.append(std::move(*r));
    }
    return rows;
}

} // namespace entente
