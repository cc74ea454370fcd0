#pragma once

#include "importer.h"

#include "actor.h"
#include "era.h"
#include "event.h"
#include "source.h"

#include <QString>

#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace SQLite {
class Statement;
}

namespace entente {

class BatchInsert;
class Store;

// Thrown when the user cancels; the transaction around the import rolls back.
class ImportCancelled : public std::exception
{
public:
    const char *what() const noexcept override { return "import cancelled"; }
};

// Where importers put what they read. It writes through prepared statements on the raw SQLite
// handle (the hot loop of a million-row import), matches actors by name or alias so "Kiev" lands
// on Kyiv, shares sources within the import, and keeps the summary. The search triggers are off
// while it works (they recompute an event's row once per actor and source link): each new event's
// search row is made next to it from cached actor and source texts, into a file with data. Into
// an empty file the secondary indexes are dropped too and everything is indexed once at the end;
// a large file's rows are committed first and indexed in a second transaction (DeferredIndexes).
class ImportSink
{
public:
    // One event in the store's own text forms (UTF-8), so the hot loop converts nothing twice.
    struct Row
    {
        EventId id = 0; // kept when non-zero (an Entente JSON file into an empty store)
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
        std::vector<std::pair<ActorId, std::string>> actors; // id, role
        std::vector<std::pair<SourceId, std::string>> sources; // id, quote
        std::vector<std::string> tags;

        // Sets start/end and their keys; throws RowError when the end is before the start.
        void setDates(const FuzzyDate &startDate, const std::optional<FuzzyDate> &endDate);
    };

    // `mayStoreRowsFirst`: the import may commit its rows before their indexes (not inside a
    // caller's transaction); the sink does so for a large file into a file with nothing in it.
    ImportSink(Store &store, QString path, const ImportOptions &options, ImportSummary &summary,
               bool mayStoreRowsFirst = false);
    ~ImportSink();
    ImportSink(const ImportSink &) = delete;
    ImportSink &operator=(const ImportSink &) = delete;

    // The store, with every event added so far written to it (they are inserted in batches).
    Store &store();
    const QString &path() const { return m_path; }
    const ImportOptions &options() const { return m_options; }
    ImportSummary &summary() { return m_summary; }
    bool targetWasEmpty() const { return m_targetWasEmpty; }
    // After finish(): the rows are written but their indexes are not (DeferredIndexes::complete
    // after the commit builds them).
    bool indexesDeferred() const { return m_deferIndexes; }

    // The actor of that name or alias, created (as a person unless `kind`) when none matches.
    ActorId actor(std::string_view name, ActorKind kind = ActorKind::Person);
    // A full actor record: matched by its name or any of its aliases, else created with them.
    ActorId actor(const Actor &record);
    // A source equal in publisher, title and URL to one in the store or this import, else a new one.
    SourceId source(const Source &record);
    SourceId publisherSource(std::string_view publisher);

    EventId add(const Row &row);
    EventId add(const Event &event);
    void addEra(const Era &era);

    // A bad record: listed and skipped, or with --strict the end of the import.
    void problem(const QString &location, const RowError &error);
    // Reports progress and stops with ImportCancelled when asked to; call every few records.
    void tick(ImportProgress &progress, qint64 done, qint64 total);
    // Writes what waits, and puts the indexes and the search index in step with what was added
    // (or, with indexesDeferred(), marks the file for DeferredIndexes).
    void finish();

private:
    // Lets the caches be searched with a string_view, without building a std::string per row.
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    using NameMap = std::unordered_map<std::string, std::int64_t, Hash, std::equal_to<>>;

    const std::string &actorText(ActorId id);
    const std::string &sourceText(SourceId id);
    void searchTexts(const Row &row);
    void addSearchRow(EventId id, const Row &row);
    EventId insertNow(const Row &row);
    // Hands the events waiting in m_pending to be written (by the writer thread, if there is
    // one; else at once).
    void flush();
    // Writes `count` events of `rows`, then their actor, source and tag links.
    void writeBatch(const std::vector<Row> &rows, std::size_t count);
    // Before the importing thread uses the connection: waits until the writer thread has written
    // what it was given, and throws what stopped it, if anything did.
    void waitForWriter();
    void insertTags(EventId id, const Row &row);

    Store &m_store;
    QString m_path;
    const ImportOptions &m_options;
    ImportSummary &m_summary;
    bool m_targetWasEmpty = false;
    bool m_deferIndexes = false;
    EventId m_dryRunId = 0;
    std::vector<std::pair<std::string, std::string>> m_droppedIndexes; // name, CREATE statement
    NameMap m_actors; // name as written -> id
    std::unordered_map<ActorId, bool> m_matchedActors;
    NameMap m_sources; // publisher \x1f title \x1f url -> id
    NameMap m_tags;
    // What an actor (name and aliases) and a source link (publisher and title) add to the search
    // text of an event, read once per actor or source.
    std::unordered_map<ActorId, std::string> m_actorTexts;
    std::unordered_map<SourceId, std::string> m_sourceTexts;
    std::string m_key; // scratch for building cache keys
    std::string m_ftsActors;
    std::string m_ftsQuotes;
    // Events wait here (ids given by the sink, from m_nextId) until a batch is full; the vector
    // only grows to a batch, and its rows keep their strings' memory from one batch to the next.
    std::vector<Row> m_pending;
    std::size_t m_pendingCount = 0;
    EventId m_nextId = 1;
    std::unique_ptr<BatchInsert> m_batchEvents;
    std::unique_ptr<BatchInsert> m_batchActors;
    std::unique_ptr<BatchInsert> m_batchSources;
    struct Link
    {
        EventId event;
        std::int64_t other;
        const std::string *text;
        int position;
    };
    std::vector<Link> m_links; // scratch for writeBatch()
    // With indexesDeferred() a second thread writes each full batch while the importer reads
    // and fills the next: the two take turns with the connection, never using it at once.
    std::vector<Row> m_writing;
    std::size_t m_writingCount = 0;
    std::thread m_writer;
    std::mutex m_writerMutex;
    std::condition_variable m_writerWake;
    bool m_writerBusy = false; // m_writing holds a batch to write
    bool m_writerQuit = false;
    std::exception_ptr m_writerError;
    std::unique_ptr<SQLite::Statement> m_insertEvent;
    std::unique_ptr<SQLite::Statement> m_insertEventActor;
    std::unique_ptr<SQLite::Statement> m_insertEventSource;
    std::unique_ptr<SQLite::Statement> m_insertTag;
    std::unique_ptr<SQLite::Statement> m_findTag;
    std::unique_ptr<SQLite::Statement> m_insertEventTag;
    std::unique_ptr<SQLite::Statement> m_findSource;
    std::unique_ptr<SQLite::Statement> m_insertSearch;
    std::unique_ptr<SQLite::Statement> m_actorText;
    std::unique_ptr<SQLite::Statement> m_sourceText;
};

} // namespace entente
