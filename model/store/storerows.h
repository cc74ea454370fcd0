#pragma once

// How Store's record files (storerecords.cpp, storeactors.cpp, storestories.cpp) bind and read
// the columns they share: dates, optional numbers, id lists, and the "no such record" error.
#include "store/store.h"
#include "utf8.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QStringList>

namespace entente::storerows {

inline void bindDate(SQLite::Statement &q, int index, const std::optional<FuzzyDate> &date)
{
    if (date && date->isValid())
        q.bind(index, utf8(date->toIsoString()));
    else
        q.bind(index);
}

inline std::optional<FuzzyDate> dateColumn(SQLite::Statement &q, int column)
{
    if (q.getColumn(column).isNull())
        return std::nullopt;
    return FuzzyDate::parse(Store::text(q, column));
}

inline std::optional<double> doubleColumn(SQLite::Statement &q, int column)
{
    if (q.getColumn(column).isNull())
        return std::nullopt;
    return q.getColumn(column).getDouble();
}

inline StoreError notFound(const char *what, std::int64_t id)
{
    return StoreError(QCoreApplication::translate("entente::Store", "There is no %1 with id %2.")
                          .arg(QLatin1String(what))
                          .arg(id)
                          .toStdString());
}

inline QString joinIds(const QList<ActorId> &ids)
{
    QStringList parts;
    for (ActorId id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

inline QList<ActorId> splitIds(const QString &text)
{
    QList<ActorId> ids;
    for (const QString &p : text.split(u',', Qt::SkipEmptyParts))
        ids.append(p.toLongLong());
    return ids;
}

} // namespace entente::storerows
