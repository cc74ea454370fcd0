#pragma once

#include <QByteArray>
#include <QList>

#include <set>
#include <utility>

namespace SQLite {
class Database;
}

namespace entente::pg {

// The search index while ranges of someone's import go into a mirror (PgMirror::apply): the
// tables whose rows make an event's search text (its own row, its actor and source links, its
// accounts) go in without the search triggers, which would write the event's search row again
// at every link, and the events in their ranges get theirs once at the end. Other tables'
// ranges go in with the triggers. Inside the caller's transaction: a rollback brings the
// triggers back with it.
class RangedSearch
{
public:
    explicit RangedSearch(SQLite::Database &db);
    // Before a table's ranges ("first.last" of its first key column, or "" for all of it): the
    // triggers off for a table of an event's text, else on.
    void enter(const QByteArray &table, const QList<QByteArray> &ranges);
    // After them: the triggers back for what follows.
    void leave();
    // The search rows of the events in the ranges written again (and the triggers back).
    void rebuild();

private:
    SQLite::Database &m_db;
    bool m_dropped = false;
    bool m_whole = false;
    std::set<std::pair<qint64, qint64>> m_ranges; // an import's are the same in each table
};

} // namespace entente::pg
