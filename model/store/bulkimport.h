#pragma once

#include "store/eventwriter.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace SQLite {
class Statement;
}

namespace entente {

class SearchIndexBuilder;
class Store;

// The store's side of one import (ImportSink is the importer's side): what the target holds,
// the new events and their links in batches (EventWriter), and the search index kept in step.
// The search triggers are off while it works (they recompute an event's row once per actor and
// source link): each new event's search row is written next to it from the texts the sink caches,
// into a file with data. Into an empty file the secondary indexes are dropped too and everything
// is indexed once at the end; a large file's rows are committed first and indexed in a second
// transaction (DeferredIndexes). Runs inside the caller's transaction.
class BulkImport
{
public:
    // `rowsFirst`: the import may commit its rows before their indexes, and is large enough to
    // gain by it; it does so only into a file with nothing in it (indexesDeferred()).
    // `searchAppender`: a builder for the search rows into a file with data (one is made when
    // none is given); ignored into an empty file.
    BulkImport(Store &store, bool rowsFirst, SearchIndexBuilder *searchAppender = nullptr);
    ~BulkImport();
    BulkImport(const BulkImport &) = delete;
    BulkImport &operator=(const BulkImport &) = delete;

    // Files from this size up may store their rows first (into an empty file).
    static constexpr std::int64_t kRowsFirstBytes = 1 << 20;

    bool targetWasEmpty() const { return m_targetWasEmpty; }
    bool indexesDeferred() const { return m_deferIndexes; }
    EventWriter &events() { return *m_events; }

    // Each actor's name, then each alias, with the actor's id: names in id order first.
    void forEachActorName(const std::function<void(ActorId, std::string_view)> &visit);
    // Each source the file held before the import: its id, publisher, title and URL, in two parts
    // (`part` 0 and 1, each in id order) read at once on two threads, where the import has a
    // second connection (into a file with data), else all in part 0 on this thread. A file's
    // million sources are read while the writer waits (a tenth of a GDELT day's import into it).
    using SourceVisit = std::function<void(int part, SourceId, std::string_view, std::string_view, std::string_view)>;
    void forEachSource(const SourceVisit &visit);
    // What an actor (name and aliases) and a source (publisher and title) add to the search text
    // of an event that links them, as the triggers write it (schema.cpp). One the file held
    // before the import is read on a second connection, while the writer's thread goes on.
    std::string actorSearchText(ActorId id);
    std::string sourceSearchText(SourceId id);
    // With everything written: the search triggers back, or (into an empty file) the dropped
    // indexes and the search index marked to build, and built unless indexesDeferred().
    void finish();

private:
    Store &m_store;
    bool m_targetWasEmpty = false;
    bool m_deferIndexes = false;
    std::vector<std::pair<std::string, std::string>> m_droppedIndexes; // name, CREATE statement
    std::vector<std::pair<std::string, std::string>> m_metaBefore; // the meta table, into an empty file
    // Before the writer, which hands it rows: destroyed after it.
    std::unique_ptr<SearchIndexBuilder> m_ownSearch;
    SearchIndexBuilder *m_search = nullptr; // the new events' search index, into a file with data
    std::unique_ptr<EventWriter> m_events;
    // A text from the import's own connection, once the batch being written is done with it.
    std::string textNow(SQLite::Statement &q, std::int64_t id);
    // A text from the second connection, which sees the file as it was before the import;
    // nothing for a row the import added, or without that connection.
    std::optional<std::string> textBefore(SQLite::Statement *q, std::int64_t id);

    std::unique_ptr<SQLite::Statement> m_actorText;
    std::unique_ptr<SQLite::Statement> m_sourceText;
    std::unique_ptr<Store> m_before; // into a file with data: the second connection
    std::unique_ptr<SQLite::Statement> m_actorTextBefore;
    std::unique_ptr<SQLite::Statement> m_sourceTextBefore;
};

} // namespace entente
