#pragma once

#include "store/eventrow.h"
#include "store/idrange.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace entente {

class BatchInsert;
class SearchIndexBuilder;

// Writes an import's events with their actor, source and tag links, many rows a statement
// (BatchInsert). Events get the ids after the largest in the file, in the order they come, unless
// they bring their own. With a thread of its own, a full batch is written there while the importer
// fills the next; the importing thread must then wait() before it uses the connection itself.
class EventWriter
{
public:
    // `searchRows`: each event's row of the search index is written with it, from its own texts
    // and the actor and quote texts given to add() (into a file with data; an empty one is
    // indexed once at the end).
    // `ids` (a shared timeline's Store::reserveIds, called on the importing thread only): new rows
    // of every table take ids it reserved on the server, in growing blocks, instead of those after
    // the file's largest, so rows others add meanwhile never collide with them.
    using IdSource = std::function<IdRange(const char *table, std::int64_t wanted)>;
    EventWriter(SQLite::Database &db, bool ownThread, bool searchRows = false, IdSource ids = {});
    // Waits for the batch being written (its error, if any, is dropped: the import is ending).
    ~EventWriter();
    EventWriter(const EventWriter &) = delete;
    EventWriter &operator=(const EventWriter &) = delete;

    // Queues the event; its id, known at once. `searchActors` and `searchQuotes`: what its
    // actors and source links add to its search row (with searchRows).
    EventId add(const ImportRow &row, std::string_view searchActors = {}, std::string_view searchQuotes = {});
    // Queues a new actor or source, written with the next batch before its events' links; its id
    // (after the largest in the file), known at once. The caller has made sure no such actor (by
    // name, ignoring case) or source is in the file or the queue.
    // `title`, when not empty, is the actor's one title (no dates): "government (Russia)".
    ActorId addActor(std::string name, std::string kind, std::string title = {});
    SourceId addSource(std::string publisher, std::string title, std::string url, std::string published);
    // An actor or source the caller wrote itself (with the queues written first: flush(), wait()),
    // so the queued ones get ids after it.
    void noteActorId(ActorId id) { m_nextActorId = std::max(m_nextActorId, id + 1); }
    void noteSourceId(SourceId id) { m_nextSourceId = std::max(m_nextSourceId, id + 1); }
    // Hands the events waiting to be written (by the thread, if there is one; else at once).
    void flush();
    // Until the thread has written what it was given; throws what stopped it, if anything did.
    void wait();
    // Each event's search row goes to `builder` instead (as add() is called, from its texts), to
    // be built on a thread of its own and added at the end (SearchIndexBuilder::appendTo). Before
    // the first add(), without searchRows.
    void sendSearchRowsTo(SearchIndexBuilder *builder) { m_searchBuilder = builder; }
    // The events, links and attributes written so far (after wait()).
    std::int64_t rowsWritten() const { return m_rowsWritten; }

private:
    struct NewActor
    {
        ActorId id;
        std::string name;
        std::string kind;
        std::string title; // empty: none
        std::int64_t titleId = 0; // its id from `ids`, 0: SQLite chooses
    };
    struct NewSource
    {
        SourceId id;
        std::string publisher;
        std::string title;
        std::string url;
        std::string published; // empty: none
    };
    struct Batch
    {
        std::vector<ImportRow> rows; // only grows; the first `count` are this batch's
        std::vector<std::pair<std::string, std::string>> search; // each row's actor and quote texts
        std::size_t count = 0;
        std::vector<NewActor> actors;
        std::vector<NewSource> sources;
        std::vector<std::int64_t> tagIds; // with `ids`: one for each tag name new to the writer
        bool empty() const { return count == 0 && actors.empty() && sources.empty(); }
    };

    EventId insertNow(const ImportRow &row, std::string_view searchActors, std::string_view searchQuotes);
    // The search rows of the first `count` events.
    void writeSearchRows(const std::vector<ImportRow> &rows,
                         const std::vector<std::pair<std::string, std::string>> &search, std::size_t count);
    // Writes the batch's new actors and sources, its events, then their actor, source and tag links.
    void writeBatch(Batch &batch);
    // Their actor, source and tag links.
    void writeLinks(const std::vector<ImportRow> &rows, std::size_t count, std::vector<std::int64_t> *tagIds = nullptr);
    void insertTags(EventId id, const ImportRow &row, std::vector<std::int64_t> *tagIds);
    struct IdCursor
    {
        IdRange run;
        std::int64_t block = 256;
    };
    // The next id from m_ids for `table` (0 without it).
    std::int64_t newId(const char *table, IdCursor &cursor);

    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };

    SQLite::Database &m_db;
    // Events wait here (ids given from m_nextId) until a batch is full; the vector
    // only grows to a batch, and its rows keep their strings' memory from one batch to the next.
    Batch m_pending;
    EventId m_nextId = 1;
    ActorId m_nextActorId = 1;
    SourceId m_nextSourceId = 1;
    IdSource m_ids;
    IdCursor m_eventIds, m_actorIds, m_titleIds, m_sourceIds, m_tagIds;
    std::unordered_set<std::string, Hash, std::equal_to<>> m_tagsGiven; // with m_ids: names given ids
    std::unique_ptr<BatchInsert> m_batchNewActors;
    std::unique_ptr<BatchInsert> m_batchNewTitles;
    std::vector<const NewActor *> m_titled; // scratch for writeBatch()
    std::unique_ptr<BatchInsert> m_batchNewSources;
    std::unique_ptr<BatchInsert> m_batchEvents;
    std::unique_ptr<BatchInsert> m_batchActors;
    std::unique_ptr<BatchInsert> m_batchSources;
    std::unique_ptr<BatchInsert> m_batchAttributes;
    std::unique_ptr<BatchInsert> m_batchSearch; // with searchRows only
    SearchIndexBuilder *m_searchBuilder = nullptr; // sendSearchRowsTo()
    struct Link
    {
        EventId event;
        std::int64_t other;
        const std::string *text;
        int position;
    };
    std::vector<Link> m_links; // scratch for writeLinks()
    std::vector<std::pair<EventId, const std::pair<std::string, std::string> *>> m_attributes; // and its attributes
    std::int64_t m_rowsWritten = 0; // events and their links and attributes (rowsWritten())
    std::vector<ImportRow> m_single; // the one event of insertNow()
    std::vector<std::pair<std::string, std::string>> m_singleSearch; // and its search texts
    // With a thread of its own, it writes each full batch while the importer reads
    // and fills the next: the two take turns with the connection, never using it at once.
    Batch m_writing;
    std::thread m_writer;
    std::mutex m_writerMutex;
    std::condition_variable m_writerWake;
    bool m_writerBusy = false; // m_writing holds a batch to write
    bool m_writerQuit = false;
    std::exception_ptr m_writerError;
    std::unique_ptr<SQLite::Statement> m_insertTag;
    std::unique_ptr<SQLite::Statement> m_idTaken;
    std::unique_ptr<SQLite::Statement> m_findTag;
    std::unique_ptr<SQLite::Statement> m_insertEventTag;
    std::unordered_map<std::string, std::int64_t, Hash, std::equal_to<>> m_tags; // name -> id
};

} // namespace entente
