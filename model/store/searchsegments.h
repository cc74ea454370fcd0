#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace entente {

// Adds a search index built elsewhere (SearchIndexBuilder's scratch database, a table of the same
// definition) to a file's search index as it is: its segments (FTS5's b-trees of terms) are copied
// in under segment ids the file does not use, and named in the file's list of segments, so the
// words of an import into a file with data are not indexed a second time on the writing thread
// (100,000 GDELT rows into a file of a million events: a third of that thread's time).
//
// FTS5 keeps that list in one record of its data table (the "structure", rowid 10), and the count
// of rows and of words per column in another (the "averages", rowid 1); its segments' pages are
// rows whose rowid holds the segment's id (rowid = id << 37 | dlidx << 36 | height << 31 | page),
// and its %_idx table has a row per leaf of each segment. That layout is SQLite's file format for
// FTS5 tables (version 4 in their config table), which every later SQLite reads.
class SearchSegments
{
public:
    // The structure record: what this class reads and writes, nothing more.
    struct Segment
    {
        std::int64_t id = 0;
        std::int64_t firstPage = 0;
        std::int64_t lastPage = 0;
    };
    struct Level
    {
        std::uint64_t merging = 0; // the first segments an incremental merge is reading
        std::vector<Segment> segments; // oldest first
    };
    struct Structure
    {
        std::string cookie; // four bytes: the configuration's cookie
        std::uint64_t writeCounter = 0;
        std::vector<Level> levels; // level 0 holds the newest segments
    };
    // Nothing when the record is not one this version knows (a later layout, damage).
    static std::optional<Structure> parse(std::string_view record);
    static std::string encode(const Structure &structure);
    // SQLite's variable-length integers, as FTS5 stores them.
    static bool readVarint(std::string_view bytes, std::size_t &at, std::uint64_t &value);
    static void appendVarint(std::string &out, std::uint64_t value);

    // The search table's shadow tables but its configuration (data, idx, content and, where it
    // keeps them, column sizes), by name.
    static std::vector<std::string> shadowTables(SQLite::Database &db);

    // Whether `target`'s search index can take appended segments: an index FTS5 made with no
    // setting beyond its version (Entente sets none in a file).
    static bool appendable(SQLite::Database &target);

    // Inside `target`'s transaction, with nothing written to its search index in it and its search
    // triggers dropped: appends the index in `scratch` (same definition, rows new to the target).
    // False, with nothing changed, when it cannot (a record it does not know, too many segments
    // on the newest level, which FTS5 merges only when it writes itself): the caller then inserts
    // the rows as usual. Throws what SQLite throws (the caller's transaction is then rolled back).
    // `attachedAs`: the scratch database's name on `target`'s connection, when it is attached
    // there (its tables are then copied by statement, not row by row).
    static bool append(SQLite::Database &target, SQLite::Database &scratch, const char *attachedAs = nullptr);

    // Segments the newest level may hold after an append: FTS5 merges a level at 16 (its
    // "crisismerge") whenever it writes; appends stop short of it and leave the merging to FTS5.
    static constexpr std::size_t kMaxNewestSegments = 15;
};

} // namespace entente
