#include "store/searchsegments.h"

#include "store/rawstatement.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <set>
#include <stdexcept>
#include <unordered_map>

namespace entente {

namespace {

constexpr std::int64_t kAveragesRowid = 1;
constexpr std::int64_t kStructureRowid = 10;
// A page's rowid holds its segment's id from this bit up (FTS5's FTS5_SEGMENT_ROWID).
constexpr int kSegmentShift = 37;
// FTS5 gives segment ids from 1 to this (FTS5_MAX_SEGMENT), and refuses to write past it.
constexpr std::int64_t kMaxSegmentId = 2000;
// What the configuration table of an index Entente made holds: its version alone.
constexpr const char *kVersionKey = "version";

std::string blob(SQLite::Database &db, std::int64_t rowid)
{
    SQLite::Statement q(db, "SELECT block FROM main.events_fts_data WHERE id = ?");
    q.bind(1, static_cast<int64_t>(rowid));
    if (!q.executeStep())
        return {};
    const SQLite::Column c = q.getColumn(0);
    return std::string(static_cast<const char *>(c.getBlob()), static_cast<std::size_t>(c.size()));
}

void writeBlob(SQLite::Database &db, std::int64_t rowid, const std::string &bytes)
{
    SQLite::Statement q(db, "UPDATE main.events_fts_data SET block = ? WHERE id = ?");
    q.bind(1, bytes.data(), static_cast<int>(bytes.size()));
    q.bind(2, static_cast<int64_t>(rowid));
    q.exec();
}

// The averages record: the count of rows, then of words in each column.
std::optional<std::vector<std::uint64_t>> totals(std::string_view record)
{
    std::vector<std::uint64_t> out;
    for (std::size_t at = 0; at < record.size();) {
        std::uint64_t value = 0;
        if (!SearchSegments::readVarint(record, at, value))
            return std::nullopt;
        out.push_back(value);
    }
    return out;
}

// The index's shadow tables besides its data and idx tables (its content and, in an index that
// keeps them, its column sizes), by name.
std::set<std::string> otherShadowTables(SQLite::Database &db)
{
    std::set<std::string> out;
    for (std::string &name : SearchSegments::shadowTables(db))
        if (name != "events_fts_data" && name != "events_fts_idx")
            out.insert(std::move(name));
    return out;
}

std::vector<std::pair<std::string, std::string>> configuration(SQLite::Database &db)
{
    std::vector<std::pair<std::string, std::string>> out;
    SQLite::Statement q(db, "SELECT k, v FROM events_fts_config ORDER BY k");
    while (q.executeStep())
        out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

// FTS5 keeps the structure it last read in memory, for the connection's life, and notices only
// other connections' writes (PRAGMA data_version): after the records are written here, it must
// forget it, or its next write would put back the list it remembers, without the appended
// segments. A rollback to a savepoint makes it forget; opening the savepoint first writes out
// what it holds in memory of rows written to the index earlier in the transaction (a caller's,
// or an earlier file's of the same import), so nothing of them is lost. The table takes part in
// the transaction once a statement writes it, here one that deletes no row. Done before the
// records are read (what is pending written out with the structure as it is) and after they are
// written (the structure forgotten).
void forgetCachedStructure(SQLite::Database &db)
{
    db.exec("DELETE FROM main.events_fts WHERE rowid = -1");
    db.exec("SAVEPOINT entente_search_segments");
    db.exec("ROLLBACK TO entente_search_segments");
    db.exec("RELEASE entente_search_segments");
}

using SegmentIds = std::unordered_map<std::int64_t, std::int64_t>;

// The scratch index's pages, leaves and other tables into the target's, each segment under its
// new id, read through the scratch database's own connection.
void copyRowByRow(SQLite::Database &target, SQLite::Database &scratch, const SegmentIds &newIds,
                  const std::set<std::string> &tables)
{
    sqlite3 *to = target.getHandle();
    sqlite3 *source = scratch.getHandle();
    auto moved = [&newIds](std::int64_t oldId) {
        const auto it = newIds.find(oldId);
        if (it == newIds.end())
            throw std::runtime_error("the scratch search index has a page of a segment it does not list");
        return it->second;
    };
    {
        const raw::Statement read = raw::prepare(source,
                                                 "SELECT id, block FROM events_fts_data WHERE id >= "
                                                     + std::to_string(std::int64_t(1) << kSegmentShift));
        const raw::Statement write = raw::prepare(to, "INSERT INTO main.events_fts_data (id, block) VALUES (?, ?)");
        raw::copyRows(source, read.get(), to, write.get(), [&](sqlite3_stmt *r, sqlite3_stmt *w) {
            const std::int64_t rowid = sqlite3_column_int64(r, 0);
            const std::int64_t segment = rowid >> kSegmentShift;
            sqlite3_bind_int64(w, 1, rowid + ((moved(segment) - segment) << kSegmentShift));
        });
    }
    {
        const raw::Statement read = raw::prepare(source, "SELECT segid, term, pgno FROM events_fts_idx");
        const raw::Statement write
            = raw::prepare(to, "INSERT INTO main.events_fts_idx (segid, term, pgno) VALUES (?, ?, ?)");
        raw::copyRows(source, read.get(), to, write.get(), [&](sqlite3_stmt *r, sqlite3_stmt *w) {
            sqlite3_bind_int64(w, 1, moved(sqlite3_column_int64(r, 0)));
        });
    }
    for (const std::string &table : tables)
        raw::copyTable(source, to, table);
}

// The same through the target's connection, the scratch database attached to it as `schema`: a
// statement per segment and per table.
void copyByStatements(SQLite::Database &target, const std::string &schema, const SegmentIds &newIds,
                      const std::set<std::string> &tables)
{
    SQLite::Statement pages(target,
                            "INSERT INTO main.events_fts_data (id, block) SELECT id + ?, block FROM " + schema
                                + ".events_fts_data WHERE id >= ? AND id < ?");
    SQLite::Statement leaves(target,
                             "INSERT INTO main.events_fts_idx (segid, term, pgno) SELECT ?, term, pgno FROM " + schema
                                 + ".events_fts_idx WHERE segid = ?");
    for (const auto &[oldId, newId] : newIds) {
        pages.bind(1, static_cast<int64_t>((newId - oldId) << kSegmentShift));
        pages.bind(2, static_cast<int64_t>(oldId << kSegmentShift));
        pages.bind(3, static_cast<int64_t>((oldId + 1) << kSegmentShift));
        pages.exec();
        pages.reset();
        leaves.bind(1, static_cast<int64_t>(newId));
        leaves.bind(2, static_cast<int64_t>(oldId));
        leaves.exec();
        leaves.reset();
    }
    for (const std::string &table : tables) {
        std::string sql = "INSERT INTO main.\"";
        sql += table;
        sql += "\" SELECT * FROM ";
        sql += schema;
        sql += ".\"";
        sql += table;
        sql += '"';
        target.exec(sql);
    }
}

} // namespace

bool SearchSegments::readVarint(std::string_view bytes, std::size_t &at, std::uint64_t &value)
{
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (at >= bytes.size())
            return false;
        const auto byte = static_cast<unsigned char>(bytes[at++]);
        if (i == 8) {
            value = (value << 8) | byte;
            return true;
        }
        value = (value << 7) | (byte & 0x7f);
        if ((byte & 0x80) == 0)
            return true;
    }
    return true;
}

void SearchSegments::appendVarint(std::string &out, std::uint64_t value)
{
    if (value > 0x00ffffffffffffffULL) {
        // Nine bytes: eight of seven bits, then the last eight bits whole.
        char bytes[9];
        bytes[8] = static_cast<char>(value & 0xff);
        value >>= 8;
        for (int i = 7; i >= 0; --i) {
            bytes[i] = static_cast<char>((value & 0x7f) | 0x80);
            value >>= 7;
        }
        out.append(bytes, 9);
        return;
    }
    char bytes[9];
    int n = 0;
    do {
        bytes[n++] = static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    } while (value != 0);
    bytes[0] = static_cast<char>(bytes[0] & 0x7f);
    for (int i = n - 1; i >= 0; --i)
        out += bytes[i];
}

std::optional<SearchSegments::Structure> SearchSegments::parse(std::string_view record)
{
    // A later layout (with each segment's origin) begins its fifth byte with 0xff: not this one.
    if (record.size() < 5 || static_cast<unsigned char>(record[4]) == 0xff)
        return std::nullopt;
    Structure s;
    s.cookie = std::string(record.substr(0, 4));
    std::size_t at = 4;
    std::uint64_t levels = 0;
    std::uint64_t total = 0;
    if (!readVarint(record, at, levels) || !readVarint(record, at, total) || !readVarint(record, at, s.writeCounter)
        || levels > 64 || total > static_cast<std::uint64_t>(kMaxSegmentId))
        return std::nullopt;
    std::uint64_t counted = 0;
    for (std::uint64_t l = 0; l < levels; ++l) {
        Level level;
        std::uint64_t count = 0;
        if (!readVarint(record, at, level.merging) || !readVarint(record, at, count) || count > total - counted)
            return std::nullopt;
        counted += count;
        for (std::uint64_t i = 0; i < count; ++i) {
            std::uint64_t id = 0;
            std::uint64_t first = 0;
            std::uint64_t last = 0;
            if (!readVarint(record, at, id) || !readVarint(record, at, first) || !readVarint(record, at, last)
                || id == 0 || id > static_cast<std::uint64_t>(kMaxSegmentId))
                return std::nullopt;
            level.segments.push_back(
                { static_cast<std::int64_t>(id), static_cast<std::int64_t>(first), static_cast<std::int64_t>(last) });
        }
        s.levels.push_back(std::move(level));
    }
    if (at != record.size() || counted != total)
        return std::nullopt;
    return s;
}

std::string SearchSegments::encode(const Structure &s)
{
    std::string out = s.cookie;
    std::uint64_t total = 0;
    for (const Level &level : s.levels)
        total += level.segments.size();
    appendVarint(out, s.levels.size());
    appendVarint(out, total);
    appendVarint(out, s.writeCounter);
    for (const Level &level : s.levels) {
        appendVarint(out, level.merging);
        appendVarint(out, level.segments.size());
        for (const Segment &segment : level.segments) {
            appendVarint(out, static_cast<std::uint64_t>(segment.id));
            appendVarint(out, static_cast<std::uint64_t>(segment.firstPage));
            appendVarint(out, static_cast<std::uint64_t>(segment.lastPage));
        }
    }
    return out;
}

std::vector<std::string> SearchSegments::shadowTables(SQLite::Database &db)
{
    std::vector<std::string> out;
    SQLite::Statement q(db,
                        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name LIKE 'events\\_fts\\_%' "
                        "ESCAPE '\\' AND name <> 'events_fts_config' ORDER BY name");
    while (q.executeStep())
        out.push_back(q.getColumn(0).getString());
    return out;
}

bool SearchSegments::appendable(SQLite::Database &target)
{
    const auto config = configuration(target);
    return config.size() == 1 && config.front().first == kVersionKey
        && parse(blob(target, kStructureRowid)).has_value();
}

bool SearchSegments::append(SQLite::Database &target, SQLite::Database &scratch, const char *attachedAs)
{
    forgetCachedStructure(target);
    std::optional<Structure> into = parse(blob(target, kStructureRowid));
    const std::optional<Structure> from = parse(blob(scratch, kStructureRowid));
    auto sums = totals(blob(target, kAveragesRowid));
    const auto added = totals(blob(scratch, kAveragesRowid));
    const auto version = [](SQLite::Database &db) {
        for (const auto &[key, value] : configuration(db))
            if (key == kVersionKey)
                return value;
        return std::string();
    };
    const std::set<std::string> tables = otherShadowTables(scratch);
    if (!into || !from || !sums || !added || (!sums->empty() && sums->size() != added->size())
        || version(target) != version(scratch) || otherShadowTables(target) != tables)
        return false;
    // The scratch index's segments, oldest first (its deepest level first, each level's list in
    // order), to go after the target's newest: a word of an appended row then wins over whatever
    // the target held for that rowid before (a row deleted there, whose id an import reuses).
    std::vector<Segment> appended;
    for (auto level = from->levels.rbegin(); level != from->levels.rend(); ++level)
        appended.insert(appended.end(), level->segments.begin(), level->segments.end());
    if (appended.empty())
        return true;
    if (into->levels.empty())
        into->levels.emplace_back();
    std::vector<Segment> &newest = into->levels.front().segments;
    if (newest.size() + appended.size() > kMaxNewestSegments)
        return false;
    std::set<std::int64_t> used;
    for (const Level &level : into->levels)
        for (const Segment &segment : level.segments)
            used.insert(segment.id);
    SegmentIds newIds;
    std::int64_t next = 1;
    for (Segment segment : appended) {
        while (used.count(next) != 0)
            ++next;
        if (next > kMaxSegmentId)
            return false;
        newIds.emplace(segment.id, next);
        segment.id = next;
        used.insert(next);
        newest.push_back(segment);
    }
    if (attachedAs)
        copyByStatements(target, attachedAs, newIds, tables);
    else
        copyRowByRow(target, scratch, newIds, tables);
    sums->resize(added->size(), 0);
    std::string averages;
    for (std::size_t i = 0; i < added->size(); ++i)
        appendVarint(averages, (*sums)[i] + (*added)[i]);
    writeBlob(target, kAveragesRowid, averages);
    writeBlob(target, kStructureRowid, encode(*into));
    forgetCachedStructure(target);
    return true;
}

} // namespace entente
