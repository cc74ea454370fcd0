#pragma once

#include "actor.h"
#include "event.h"
#include "fuzzydate.h"
#include "source.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace entente {

// The twelve columns of a row of `events`, in the store's own text forms (UTF-8): what an edit
// (Store::addEvent, updateEvent) and an import (EventWriter) both write, through one binder.
struct EventRow
{
    EventId id = 0; // kept when non-zero; zero lets SQLite give one
    std::string title;
    std::string summary;
    std::string start; // ISO 8601 with reduced precision, as FuzzyDate writes it
    std::string end; // empty for an instant
    std::int64_t startKey = 0;
    std::int64_t endKey = 0;
    std::string kind;
    std::string status = "confirmed";
    std::string place;
    std::optional<double> latitude;
    std::optional<double> longitude;

    // An edited event's columns, its texts cleaned as the store keeps them (TextRule).
    static EventRow from(const Event &event);

    // The column list, in the binder's order: "(id, title, …, longitude)".
    static const char *columns();
    // An UPDATE of every column but the id, the id being parameter 1: bind(statement, 1, row).
    static const char *updateStatement();
    // Binds the row's columns to parameters first, first + 1, … (id first, NULL when zero). The
    // texts are bound without a copy: the row outlives the statement's run.
    static void bind(sqlite3_stmt *statement, int first, const EventRow &row);
    // Prepares `sql` (an INSERT … VALUES of the columns, or updateStatement()), binds the row
    // from parameter 1 and runs it; the number of rows it changed. Throws SQLite::Exception.
    static int run(sqlite3 *db, const std::string &sql, const EventRow &row);
    static constexpr int kColumns = 12;
};

// Binding on a raw statement (the import's hot loop and BatchInsert), without a copy of the text.
namespace rawbind {
void text(sqlite3_stmt *statement, int index, const std::string &s);
void textOrNull(sqlite3_stmt *statement, int index, const std::string &s); // empty: NULL
void real(sqlite3_stmt *statement, int index, std::optional<double> value);
} // namespace rawbind

// One event as an import writes it: its columns and its actor, source and tag links.
struct ImportRow : EventRow
{
    std::vector<std::pair<ActorId, std::string>> actors; // id, role
    std::vector<std::pair<SourceId, std::string>> sources; // id, quote
    std::vector<std::pair<SourceId, Credibility>> credibility; // the graded links among `sources`
    std::vector<std::pair<SourceId, Account>> accounts; // what links among `sources` say differently
    std::vector<std::string> tags;
    std::vector<std::pair<std::string, std::string>> attributes; // key, value (Event::attributes)

    // Sets start/end and their keys; throws RowError when the end is before the start.
    void setDates(const FuzzyDate &startDate, const std::optional<FuzzyDate> &endDate);
};

} // namespace entente
