#include "store/bulkimport.h"

#include "store/deferredindexes.h"
#include "store/schema.h"
#include "store/searchindexbuilder.h"
#include "store/store.h"
#include "store/storereader.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <exception>
#include <thread>

namespace entente {

namespace {

// The page cache while importing, in KiB (a negative cache_size): large into a file with data,
// whose indexes take keys all over; small into an empty one, whose tables and indexes only grow
// at their ends. At a million ACLED rows into an empty file, 16 MB stored them in 5.3 s and
// 256 MB in 6.4 s (peak memory 93 against 480 MB). BulkSession puts the setting back.
constexpr int kCacheSize = -262144;
constexpr int kEmptyTargetCacheSize = -16384;

std::string_view textColumn(SQLite::Statement &q, int column)
{
    const SQLite::Column text = q.getColumn(column);
    const char *bytes = static_cast<const char *>(text.getBlob());
    return std::string_view(bytes ? bytes : "", static_cast<std::size_t>(text.size()));
}

} // namespace

BulkImport::BulkImport(Store &store, bool rowsFirst, SearchIndexBuilder *searchAppender)
    : m_store(store)
{
    SQLite::Database &db = m_store.database();
    // A shared timeline's earlier file of the same import left its indexes to build while the
    // server takes the rows (finish()): built now, before this one is read into the mirror.
    if (m_store.isShared() && DeferredIndexes::pending(db))
        DeferredIndexes::complete(db, QString());
    m_targetWasEmpty = db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM events) AND NOT EXISTS (SELECT 1 FROM actors) "
                                     "AND NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM eras)")
                           .getInt()
        != 0;
    // A file from before keeps an index this version does not (see Schema).
    Schema::dropRetiredIndexes(db);
    // The triggers would rebuild an event's search row once per actor and source link with
    // correlated subqueries; the event writer writes the row instead. Dropped inside the
    // transaction, so a rollback restores them.
    Schema::dropSearchTriggers(db);
    if (m_targetWasEmpty) {
        // What an interrupted import of it restores (DeferredIndexes::undo).
        SQLite::Statement meta(db, "SELECT key, value FROM meta");
        while (meta.executeStep())
            m_metaBefore.emplace_back(meta.getColumn(0).getString(), meta.getColumn(1).getString());
        // The index is empty and rebuilt at the end: made anew, it has the current layout even
        // in a file from before (version 3 keeps no word positions; see Schema).
        Schema::recreateSearchTable(db);
        // Secondary indexes too: building each once, sorted, at the end is several times faster
        // than keeping them up to date row by row. Into a file with data, rebuilding them would
        // cost in proportion to what is already there, so they stay.
        SQLite::Statement q(db,
                            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                            "AND tbl_name IN ('events', 'event_actors', 'event_sources', 'event_tags')");
        while (q.executeStep()) {
            m_droppedIndexes.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
        }
        for (const auto &index : m_droppedIndexes)
            db.exec("DROP INDEX \"" + index.first + "\"");
        // A large file into a file with nothing in it stores its rows in one transaction and
        // builds the indexes in a second (see DeferredIndexes). A small one is indexed at the end
        // as quickly as a thread and a scratch database are made.
        m_deferIndexes = rowsFirst && !m_store.path().isEmpty();
        for (const std::string &table : DeferredIndexes::dataTables(db)) {
            if (m_deferIndexes && db.execAndGet("SELECT EXISTS (SELECT 1 FROM \"" + table + "\")").getInt() != 0)
                m_deferIndexes = false;
        }
    }
    db.exec("PRAGMA cache_size = " + std::to_string(m_targetWasEmpty ? kEmptyTargetCacheSize : kCacheSize));
    // The same texts the triggers write (schema.cpp), per actor and per source.
    m_actorText = std::make_unique<SQLite::Statement>(
        db,
        "SELECT a.name || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM actor_aliases "
        "WHERE actor_id = a.id), '') FROM actors a WHERE a.id = ?");
    m_sourceText
        = std::make_unique<SQLite::Statement>(db, "SELECT publisher || ' ' || title FROM sources WHERE id = ?");
    if (!m_targetWasEmpty && !m_store.isShared()) {
        // The actors and sources the file held already are looked up on a connection of their own
        // (WAL: it sees the file as it was before this transaction), so the importing thread need
        // not wait for the batch being written: 100,000 GDELT rows naming 62,000 sources the file
        // held waited for it 62,000 times, and took longer with the writing thread than without.
        // Without it (the file busy for a moment, or read-only), everything is read on the
        // import's own connection, as before: it is a way to be quicker, never a reason to fail.
        try {
            m_before = StoreReader::open(m_store);
            if (m_before) {
                SQLite::Database &before = m_before->database();
                m_actorTextBefore = std::make_unique<SQLite::Statement>(before, m_actorText->getQuery());
                m_sourceTextBefore = std::make_unique<SQLite::Statement>(before, m_sourceText->getQuery());
            }
        } catch (const std::exception &) {
            m_actorTextBefore.reset();
            m_sourceTextBefore.reset();
            m_before.reset();
        }
    }
    // The batches are written on a thread of their own while the importer reads on, but for a
    // small import into an empty file (indexed at once at the end, where the thread gains nothing).
    // Into a file with data, each event's search row goes with it in its batch.
    // A shared timeline's new rows take ids reserved on the server.
    EventWriter::IdSource ids;
    if (m_store.isShared())
        ids = [this](const char *table, std::int64_t wanted) { return m_store.reserveIds(table, wanted); };
    // Into a file with data, the search rows are built on a thread of their own and added to the
    // file's index as segments at the end (SearchSegments): 100,000 GDELT rows into a file of 1M
    // events took 2.8 s with the writing thread indexing them, 2.4 s so (entente import, wall). A
    // shared timeline's mirror records its writes for the server table by table (PgMirror), and
    // its writer indexes them as before.
    if (!m_targetWasEmpty && !m_store.isShared()) {
        if (!searchAppender) {
            m_ownSearch = SearchIndexBuilder::forAppending(db);
            searchAppender = m_ownSearch.get();
        }
        m_search = searchAppender;
    }
    m_events
        = std::make_unique<EventWriter>(db, m_deferIndexes || !m_targetWasEmpty, !m_targetWasEmpty && !m_search, ids);
    if (m_search)
        m_events->sendSearchRowsTo(m_search);
}

BulkImport::~BulkImport() = default;

void BulkImport::forEachActorName(const std::function<void(ActorId, std::string_view)> &visit)
{
    SQLite::Database &db = m_store.database();
    for (const char *sql : { "SELECT id, name FROM actors ORDER BY id", "SELECT actor_id, alias FROM actor_aliases" }) {
        SQLite::Statement q(db, sql);
        while (q.executeStep())
            visit(q.getColumn(0).getInt64(), textColumn(q, 1));
    }
}

void BulkImport::forEachSource(const SourceVisit &visit)
{
    auto scan = [&visit](SQLite::Database &db, int part, std::int64_t from, std::int64_t to) {
        SQLite::Statement q(db, "SELECT id, publisher, title, url FROM sources WHERE id >= ? AND id <= ? ORDER BY id");
        q.bind(1, static_cast<int64_t>(from));
        q.bind(2, static_cast<int64_t>(to));
        while (q.executeStep())
            visit(part, q.getColumn(0).getInt64(), textColumn(q, 1), textColumn(q, 2), textColumn(q, 3));
    };
    SQLite::Database &db = m_store.database();
    const std::int64_t first = db.execAndGet("SELECT coalesce(min(id), 0) FROM sources").getInt64();
    const std::int64_t last = db.execAndGet("SELECT coalesce(max(id), 0) FROM sources").getInt64();
    if (!m_before || last - first < 2) {
        scan(db, 0, first, last);
        return;
    }
    // The second connection sees the file as it was before the import; the import's own sources
    // come after the largest id this one saw, so both see the same rows up to it.
    const std::int64_t middle = first + (last - first) / 2;
    bool secondFailed = false;
    std::thread second([&] {
        try {
            scan(m_before->database(), 1, middle + 1, last);
        } catch (const std::exception &) {
            secondFailed = true; // read again below, on the import's own connection
        }
    });
    try {
        scan(db, 0, first, middle);
    } catch (...) {
        second.join();
        throw;
    }
    second.join();
    // What the second connection gave before it failed is given again: a twin of a row is the
    // same id under the same key, which changes nothing for the caller.
    if (secondFailed)
        scan(db, 1, middle + 1, last);
}

std::string BulkImport::actorSearchText(ActorId id)
{
    if (auto text = textBefore(m_actorTextBefore.get(), id))
        return std::move(*text);
    return textNow(*m_actorText, id);
}

std::string BulkImport::sourceSearchText(SourceId id)
{
    if (auto text = textBefore(m_sourceTextBefore.get(), id))
        return std::move(*text);
    return textNow(*m_sourceText, id);
}

std::string BulkImport::textNow(SQLite::Statement &q, std::int64_t id)
{
    m_events->wait(); // the batch being written is done with the connection
    q.bind(1, static_cast<int64_t>(id));
    std::string text = q.executeStep() ? q.getColumn(0).getString() : std::string();
    q.reset();
    return text;
}

std::optional<std::string> BulkImport::textBefore(SQLite::Statement *q, std::int64_t id)
{
    if (!q)
        return std::nullopt;
    try {
        q->bind(1, static_cast<int64_t>(id));
        std::optional<std::string> text;
        if (q->executeStep())
            text = q->getColumn(0).getString();
        q->reset();
        return text;
    } catch (const std::exception &) {
        // The second connection failed (the file busy in a way WAL should not allow): the rest
        // is read on the import's own, as without it.
        m_actorTextBefore.reset();
        m_sourceTextBefore.reset();
        m_before.reset();
        return std::nullopt;
    }
}

void BulkImport::finish()
{
    m_events->flush();
    m_events->wait();
    m_store.noteBulkRows(m_events->rowsWritten());
    SQLite::Database &db = m_store.database();
    if (!m_targetWasEmpty) {
        // The new events' search rows were written beside them, or are added now; the triggers
        // are back for edits.
        if (m_search)
            m_search->appendTo(db);
        Schema::createSearchTriggers(db);
        return;
    }
    // Into an empty file: the dropped indexes, the search index and its triggers are built by
    // DeferredIndexes, here or (a large file) after the rows' commit. A shared timeline's mirror
    // builds them while the server takes the rows, before its commit (PgMirror's push).
    std::vector<std::string> statements;
    for (const auto &index : m_droppedIndexes)
        statements.push_back(index.second);
    DeferredIndexes::mark(db, statements, m_metaBefore);
    if (!m_deferIndexes && !m_store.isShared())
        DeferredIndexes::complete(db, QString());
}

} // namespace entente
