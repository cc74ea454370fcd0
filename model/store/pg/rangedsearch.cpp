// RangedSearch: the search index written once per event while ranges of an import go in.
#include "store/pg/rangedsearch.h"

#include "store/schema.h"

namespace entente::pg {

RangedSearch::RangedSearch(SQLite::Database &db)
    : m_db(db)
{ }

void RangedSearch::enter(const QByteArray &table, const QList<QByteArray> &ranges)
{
    if (ranges.isEmpty())
        return;
    if (table != "events" && table != "event_actors" && table != "event_sources" && table != "event_accounts") {
        leave();
        return;
    }
    if (!m_dropped)
        Schema::dropSearchTriggers(m_db);
    m_dropped = true;
    for (const QByteArray &range : ranges) {
        if (range.isEmpty()) {
            m_whole = true;
            continue;
        }
        const QList<QByteArray> ends = range.split('.');
        m_ranges.insert({ ends.first().toLongLong(), ends.last().toLongLong() });
    }
}

void RangedSearch::leave()
{
    if (m_dropped)
        Schema::createSearchTriggers(m_db);
    m_dropped = false;
}

void RangedSearch::rebuild()
{
    leave();
    if (m_whole) {
        Schema::rebuildSearchIndex(m_db);
        return;
    }
    for (const auto &[first, last] : m_ranges)
        Schema::rebuildSearchRows(m_db, first, last);
}

} // namespace entente::pg
