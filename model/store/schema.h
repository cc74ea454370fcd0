#pragma once

#include <cstdint>

#include <QString>

namespace SQLite {
class Database;
}

namespace entente {

// The Entente file format: an SQLite database marked with our application id, its layout
// versioned by PRAGMA user_version and moved forward by migrations, never backward.
class Schema
{
public:
    // 'Ente' — set by PRAGMA application_id so another tool's database is never taken for ours.
    static constexpr int kApplicationId = 0x456E7465;
    static constexpr int kCurrentVersion = 6;
    // The oldest layout a read-only file may have: later versions only changed indexes (and
    // the search index's detail, which answers the same queries), so every query still works on
    // it (more slowly), and it cannot be migrated without writing. Version 4 added the grade
    // columns, which reads of such a file take as empty (hasSourceGrades).
    static constexpr int kOldestReadableVersion = 1;

    // Creates every table, index, trigger and the search index in an empty database.
    static void create(SQLite::Database &db);
    // Brings a database at `fromVersion` up to kCurrentVersion, one step at a time.
    static void migrate(SQLite::Database &db, int fromVersion);
    // Drops the indexes this version no longer keeps (the title's): done by an import, the one
    // write they slow down, on its worker thread and in its transaction (2.7 s at 5M events).
    static void dropRetiredIndexes(SQLite::Database &db);
    // Whether the file has the grade columns of version 4 (a read-only older file has not).
    static bool hasSourceGrades(SQLite::Database &db);
    // Drops the full-text index and creates it empty in the current layout; its triggers must
    // be dropped first. For a bulk import into an empty file, which then rebuilds it.
    static void recreateSearchTable(SQLite::Database &db);
    // Rebuilds the full-text index from the tables, e.g. after a bulk import.
    static void rebuildSearchIndex(SQLite::Database &db);
    // The same for the events with ids first..last: their rows written again from the tables
    // (a row whose event is gone is dropped).
    static void rebuildSearchRows(SQLite::Database &db, std::int64_t first, std::int64_t last);
    // Drops and recreates the triggers that keep the search index in step with every edit, so
    // a bulk import can insert without them and rebuild the index once at the end.
    static void dropSearchTriggers(SQLite::Database &db);
    static void createSearchTriggers(SQLite::Database &db);
};

} // namespace entente
