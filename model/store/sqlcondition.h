#pragma once

#include <QString>
#include <QVariant>

namespace entente {

struct EventFilter;

// The SQL form of a filter: a WHERE clause over `events` (aliased `e`) with positional
// parameters, never text spliced into SQL. Only the store's queries use it.
struct SqlCondition
{
    QString where; // "1" when the filter is empty
    QVariantList params;
};
// `scanInOrder` asks SQLite to walk events in the ORDER BY's index and test each against the
// text search, instead of sorting every match: much faster when the search matches many events
// (a common word), much slower when it matches few. Callers choose by the match count.
SqlCondition toSql(const EventFilter &filter, bool scanInOrder = false);

} // namespace entente
