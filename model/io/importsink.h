#pragma once

#include "importer.h"
#include "store/bulkimport.h"
#include "store/importerrors.h"

#include "actor.h"
#include "era.h"
#include "event.h"
#include "source.h"

#include <QString>

#include <cstdint>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace entente {

class Store;

// Where importers put what they read. It matches actors by name or alias so "Kiev" lands on Kyiv,
// shares sources within the import, and keeps the summary; the store's BulkImport writes the rows
// in batches (the hot loop of a million-row import) and keeps the search index in step, each new
// event's search row made from the actor and source texts cached here.
class ImportSink
{
public:
    using Row = ImportRow;

    // `mayStoreRowsFirst`: the import may commit its rows before their indexes (not inside a
    // caller's transaction); the sink does so for a large file into a file with nothing in it.
    // `searchAppender`: BulkSession's, for the rows' search index into a file with data.
    ImportSink(Store &store, QString path, const ImportOptions &options, ImportSummary &summary,
               bool mayStoreRowsFirst = false, SearchIndexBuilder *searchAppender = nullptr);
    ~ImportSink();
    ImportSink(const ImportSink &) = delete;
    ImportSink &operator=(const ImportSink &) = delete;

    // The store, with every event added so far written to it (they are inserted in batches).
    Store &store();
    const QString &path() const { return m_path; }
    const ImportOptions &options() const { return m_options; }
    ImportSummary &summary() { return m_summary; }
    bool targetWasEmpty() const { return m_bulk->targetWasEmpty(); }
    // After finish(): the rows are written but their indexes are not (BulkSession::completeIndexes
    // after the commit builds them).
    bool indexesDeferred() const { return m_bulk->indexesDeferred(); }

    // The actor of that name or alias, created (as a person unless `kind`) when none matches.
    // `title`: a new actor's one title (no dates), queued with it (no write of its own).
    ActorId actor(std::string_view name, ActorKind kind = ActorKind::Person, std::string_view title = {});
    // A full actor record: matched by its name or any of its aliases, else created with them.
    ActorId actor(const Actor &record);
    // A source equal in publisher, title and URL to one in the store or this import, else a new one.
    SourceId source(const Source &record);
    SourceId publisherSource(std::string_view publisher);
    // The same as source() of a Source with that publisher and URL and nothing else, from clean
    // UTF-8 (TextRule) without a QString made per field: for readers of many rows (GDELT).
    SourceId urlSource(std::string_view publisher, std::string_view url);

    EventId add(const Row &row);
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

    SourceId sourceFor(const Source &record);
    void loadActors();
    static std::string folded(const QString &name);
    static std::string folded(std::string_view name);
    // Writes what the event writer holds (new actors and sources among it) before the store is used.
    void settle();
    void matched(ActorId id);
    const std::string &actorText(ActorId id);
    const std::string &sourceText(SourceId id);
    void searchTexts(const Row &row);

    Store &m_store;
    QString m_path;
    const ImportOptions &m_options;
    ImportSummary &m_summary;
    EventId m_dryRunId = 0;
    NameMap m_actors; // name as written -> id
    NameMap m_foldedActors; // name or alias, trimmed and case-folded -> id (loadActors)
    bool m_actorsLoaded = false;
    bool m_sourcesLoaded = false;
    std::unordered_map<ActorId, bool> m_matchedActors;
    // A source's key (publisher \x1f title \x1f url) as a 128-bit hash (XXH3): a file's
    // sources are all read into it (a million sources were 200 MB of keys as strings, and a
    // tenth of an import into a large file spent making and freeing them); two different keys
    // share it with a chance of one in 2^128.
    struct SourceKey
    {
        std::uint64_t a = 0;
        std::uint64_t b = 0;
        bool operator==(const SourceKey &) const = default;
    };
    struct SourceKeyHash
    {
        std::size_t operator()(const SourceKey &k) const { return static_cast<std::size_t>(k.a); }
    };
    struct FileSource
    {
        SourceKey key;
        SourceId id = 0;
        bool operator<(const FileSource &o) const
        {
            return key.a != o.key.a ? key.a < o.key.a : key.b != o.key.b ? key.b < o.key.b : id < o.id;
        }
    };
    static SourceKey sourceKey(std::string_view key);
    // A source of the file or of this import with that key.
    std::optional<SourceId> knownSource(const SourceKey &key);
    // A source no other has `key` of, queued for the writer.
    SourceId newSource(const SourceKey &key, std::string publisher, std::string title, std::string url,
                       std::string published);
    std::unordered_map<SourceKey, SourceId, SourceKeyHash> m_sources; // this import's
    std::vector<FileSource> m_fileSources; // the file's, sorted (read at the first source)
    // What an actor (name and aliases) and a source link (publisher and title) add to the search
    // text of an event, read once per actor or source.
    std::unordered_map<ActorId, std::string> m_actorTexts;
    std::unordered_map<SourceId, std::string> m_sourceTexts;
    std::string m_key; // scratch for building cache keys
    std::string m_ftsActors;
    std::string m_ftsQuotes;
    std::unique_ptr<BulkImport> m_bulk; // the rows, their links and their search rows
    EventWriter *m_events = nullptr; // m_bulk's, the events and their links in batches
    // The grades read, written after the rows (Store::applyGrades).
    std::vector<std::pair<SourceId, Source>> m_sourceGrades; // those with a grade or an author
    std::vector<std::tuple<EventId, SourceId, Credibility>> m_linkGrades;
    std::vector<std::tuple<EventId, SourceId, Account>> m_accounts; // Store::applyAccounts
};

} // namespace entente
