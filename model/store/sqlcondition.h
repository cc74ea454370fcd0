#pragma once

#include "eventfilter.h"

#include <QString>
#include <QVariantList>

namespace SQLite {
class Statement;
}

namespace entente {

// The SQL form of a filter: a WHERE clause over `events` (aliased `e`) with positional
// parameters, never text spliced into SQL. Private to model/store/: everything outside it asks
// the store's row classes with an EventFilter.
struct SqlCondition
{
    QString where; // "1" when the filter is empty
    QVariantList params;

    bool isEmpty() const { return where == QLatin1String("1"); }
    // Binds the parameters from `first` on; returns the index after the last one.
    int bind(SQLite::Statement &statement, int first = 1) const;
};
// `scanInOrder` asks SQLite to walk events in the ORDER BY's index and test each against the
// text search, instead of sorting every match: much faster when the search matches many events
// (a common word), much slower when it matches few. Callers choose by the match count.
SqlCondition toSql(const EventFilter &filter, bool scanInOrder = false);

} // namespace entente
