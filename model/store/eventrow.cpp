#include "store/eventrow.h"

#include "store/importerrors.h"
#include "textrule.h"
#include "utf8.h"

#include <SQLiteCpp/Exception.h>

#include <sqlite3.h>

#include <QCoreApplication>

#include <memory>

namespace entente {

void rawbind::text(sqlite3_stmt *q, int index, const std::string &s)
{
    if (sqlite3_bind_text(q, index, s.data(), static_cast<int>(s.size()), SQLITE_STATIC) != SQLITE_OK)
        throw SQLite::Exception(sqlite3_db_handle(q));
}

void rawbind::textOrNull(sqlite3_stmt *q, int index, const std::string &s)
{
    if (s.empty())
        sqlite3_bind_null(q, index);
    else
        text(q, index, s);
}

void rawbind::real(sqlite3_stmt *q, int index, std::optional<double> value)
{
    if (value)
        sqlite3_bind_double(q, index, *value);
    else
        sqlite3_bind_null(q, index);
}

EventRow EventRow::from(const Event &event)
{
    EventRow row;
    row.id = event.id;
    row.title = TextRule::storable(event.title);
    row.summary = TextRule::storable(event.summary);
    row.start = utf8(event.start.toIsoString());
    row.startKey = event.start.startSeconds();
    const bool hasEnd = event.end && event.end->isValid();
    if (hasEnd)
        row.end = utf8(event.end->toIsoString());
    row.endKey = hasEnd ? event.end->endSeconds() : event.start.endSeconds();
    row.kind = TextRule::storable(event.kind);
    row.status = utf8(claimStatusKey(event.status));
    row.place = TextRule::storable(event.place);
    row.latitude = event.latitude;
    row.longitude = event.longitude;
    return row;
}

const char *EventRow::columns()
{
    return "(id, title, summary, start_date, start_key, end_date, end_key, kind, status, place, latitude, "
           "longitude)";
}

const char *EventRow::updateStatement()
{
    return "UPDATE events SET title = ?2, summary = ?3, start_date = ?4, start_key = ?5, end_date = ?6, "
           "end_key = ?7, kind = ?8, status = ?9, place = ?10, latitude = ?11, longitude = ?12 WHERE id = ?1";
}

void EventRow::bind(sqlite3_stmt *q, int p, const EventRow &r)
{
    if (r.id != 0)
        sqlite3_bind_int64(q, p, r.id);
    else
        sqlite3_bind_null(q, p);
    rawbind::text(q, p + 1, r.title);
    rawbind::text(q, p + 2, r.summary);
    rawbind::text(q, p + 3, r.start);
    sqlite3_bind_int64(q, p + 4, r.startKey);
    rawbind::textOrNull(q, p + 5, r.end);
    sqlite3_bind_int64(q, p + 6, r.endKey);
    rawbind::text(q, p + 7, r.kind);
    rawbind::text(q, p + 8, r.status);
    rawbind::text(q, p + 9, r.place);
    rawbind::real(q, p + 10, r.latitude);
    rawbind::real(q, p + 11, r.longitude);
}

int EventRow::run(sqlite3 *db, const std::string &sql, const EventRow &row)
{
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &prepared, nullptr) != SQLITE_OK)
        throw SQLite::Exception(db);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(prepared, sqlite3_finalize);
    bind(prepared, 1, row);
    const int rc = sqlite3_step(prepared);
    if (rc != SQLITE_DONE)
        throw SQLite::Exception(db, rc);
    return sqlite3_changes(db);
}

void ImportRow::setDates(const FuzzyDate &startDate, const std::optional<FuzzyDate> &endDate)
{
    start = utf8(startDate.toIsoString());
    startKey = startDate.startSeconds();
    endKey = startDate.endSeconds();
    end.clear();
    if (endDate && endDate->isValid()) {
        if (endDate->endSeconds() < startKey)
            throw RowError(QStringLiteral("end"),
                           QCoreApplication::translate("entente::ImportSink", "the end %1 is before the start %2")
                               .arg(endDate->toIsoString(), startDate.toIsoString()));
        end = utf8(endDate->toIsoString());
        endKey = endDate->endSeconds();
    }
}

} // namespace entente
