#include "importsink.h"

#include "deferredindexes.h"
#include "eventwriter.h"
#include "schema.h"
#include "store.h"
#include "utf8.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <QFileInfo>

namespace entente {

namespace {

void bindText(SQLite::Statement &q, int index, const std::string &s)
{
    q.bindNoCopy(index, s);
}

// Files from this size up into an empty file store their rows first and are indexed after
// (DeferredIndexes), the search index on a second core.
constexpr qint64 kDeferIndexesBytes = 1 << 20;

// The page cache while importing, in KiB (a negative cache_size): large into a file with data,
// whose indexes take keys all over; small into an empty one, whose tables and indexes only grow
// at their ends. At a million ACLED rows into an empty file, 16 MB stored them in 5.3 s and
// 256 MB in 6.4 s (peak memory 93 against 480 MB).
constexpr int kCacheSize = -262144;
constexpr int kEmptyTargetCacheSize = -16384;

// Keeps at most this many skipped rows with their reasons; the rest are only counted.
constexpr qsizetype kMaxListedProblems = 1000;

} // namespace

ImportSink::ImportSink(Store &store, QString path, const ImportOptions &options, ImportSummary &summary,
                       bool mayStoreRowsFirst)
    : m_store(store)
    , m_path(std::move(path))
    , m_options(options)
    , m_summary(summary)
{
    SQLite::Database &db = m_store.database();
    m_targetWasEmpty = db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM events) AND NOT EXISTS (SELECT 1 FROM actors) "
                                     "AND NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM eras)")
                           .getInt()
        != 0;
    // The triggers would rebuild an event's search row once per actor and source link with
    // correlated subqueries; add() writes the row itself instead. Dropped inside the transaction,
    // so a rollback restores them.
    Schema::dropSearchTriggers(db);
    if (m_targetWasEmpty) {
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
        m_deferIndexes = mayStoreRowsFirst && !m_options.dryRun && !m_store.path().isEmpty()
            && QFileInfo(m_path).size() >= kDeferIndexesBytes;
        for (const std::string &table : DeferredIndexes::dataTables(db)) {
            if (m_deferIndexes && db.execAndGet("SELECT EXISTS (SELECT 1 FROM \"" + table + "\")").getInt() != 0)
                m_deferIndexes = false;
        }
    }
    db.exec("PRAGMA cache_size = " + std::to_string(m_targetWasEmpty ? kEmptyTargetCacheSize : kCacheSize));
    m_findSource = std::make_unique<SQLite::Statement>(
        db, "SELECT id FROM sources WHERE publisher = ? AND title = ? AND url = ? LIMIT 1");
    m_insertSearch = std::make_unique<SQLite::Statement>(
        db, "INSERT INTO events_fts (rowid, title, summary, actors, place, quotes) VALUES (?,?,?,?,?,?)");
    // The same texts the triggers write (schema.cpp), per actor and per source.
    m_actorText = std::make_unique<SQLite::Statement>(
        db,
        "SELECT a.name || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM actor_aliases "
        "WHERE actor_id = a.id), '') FROM actors a WHERE a.id = ?");
    m_sourceText
        = std::make_unique<SQLite::Statement>(db, "SELECT publisher || ' ' || title FROM sources WHERE id = ?");
    m_events = std::make_unique<EventWriter>(db, m_deferIndexes);
}

ActorId ImportSink::actor(std::string_view name, ActorKind kind)
{
    if (const auto it = m_actors.find(name); it != m_actors.end())
        return it->second;
    m_events->wait();
    const QString qname = qs(name).trimmed();
    ActorId id = 0;
    if (auto found = m_store.findActor(qname)) {
        id = *found;
        if (!m_matchedActors.contains(id)) {
            m_matchedActors.emplace(id, true);
            ++m_summary.actorsMatched;
        }
    } else {
        Actor a;
        a.name = qname;
        a.kind = kind;
        id = m_store.addActor(a);
        m_matchedActors.emplace(id, false);
        ++m_summary.actorsNew;
    }
    m_actors.emplace(std::string(name), id);
    return id;
}

ActorId ImportSink::actor(const Actor &record)
{
    m_events->wait();
    std::optional<ActorId> found = m_store.findActor(record.name);
    for (qsizetype i = 0; !found && i < record.aliases.size(); ++i)
        found = m_store.findActor(record.aliases.at(i).alias);
    if (found) {
        if (!m_matchedActors.contains(*found)) {
            m_matchedActors.emplace(*found, true);
            ++m_summary.actorsMatched;
        }
        return *found;
    }
    Actor a = record;
    if (!m_targetWasEmpty)
        a.id = 0;
    const ActorId id = m_store.addActor(a);
    m_matchedActors.emplace(id, false);
    ++m_summary.actorsNew;
    return id;
}

SourceId ImportSink::source(const Source &record)
{
    m_events->wait();
    // An Entente file into an empty store keeps its sources as they were, twins included.
    if (record.id != 0 && m_targetWasEmpty) {
        ++m_summary.sourcesAdded;
        return m_store.addSource(record);
    }
    std::string key = utf8(record.publisher) + '\x1f' + utf8(record.title) + '\x1f' + utf8(record.url);
    if (const auto it = m_sources.find(key); it != m_sources.end())
        return it->second;
    SourceId id = 0;
    const std::string publisher = utf8(record.publisher);
    const std::string title = utf8(record.title);
    const std::string url = utf8(record.url);
    m_findSource->bind(1, publisher);
    m_findSource->bind(2, title);
    m_findSource->bind(3, url);
    if (m_findSource->executeStep()) {
        id = m_findSource->getColumn(0).getInt64();
    } else {
        Source s = record;
        s.id = 0;
        id = m_store.addSource(s);
        ++m_summary.sourcesAdded;
    }
    m_findSource->reset();
    m_sources.emplace(std::move(key), id);
    return id;
}

SourceId ImportSink::publisherSource(std::string_view publisher)
{
    m_key.assign(publisher);
    m_key += "\x1f\x1f";
    if (const auto it = m_sources.find(m_key); it != m_sources.end())
        return it->second;
    Source s;
    s.publisher = qs(publisher).trimmed();
    return source(s);
}

Store &ImportSink::store()
{
    m_events->flush();
    m_events->wait();
    return m_store;
}

ImportSink::~ImportSink() = default;

EventId ImportSink::add(const Row &row)
{
    if (m_options.dryRun) {
        ++m_summary.eventsAdded;
        return ++m_dryRunId;
    }
    const EventId id = m_events->add(row);
    if (!m_targetWasEmpty)
        addSearchRow(id, row);
    ++m_summary.eventsAdded;
    return id;
}

const std::string &ImportSink::actorText(ActorId id)
{
    if (const auto it = m_actorTexts.find(id); it != m_actorTexts.end())
        return it->second;
    m_actorText->bind(1, static_cast<int64_t>(id));
    std::string text = m_actorText->executeStep() ? m_actorText->getColumn(0).getString() : std::string();
    m_actorText->reset();
    return m_actorTexts.emplace(id, std::move(text)).first->second;
}

const std::string &ImportSink::sourceText(SourceId id)
{
    if (const auto it = m_sourceTexts.find(id); it != m_sourceTexts.end())
        return it->second;
    m_sourceText->bind(1, static_cast<int64_t>(id));
    std::string text = m_sourceText->executeStep() ? m_sourceText->getColumn(0).getString() : std::string();
    m_sourceText->reset();
    return m_sourceTexts.emplace(id, std::move(text)).first->second;
}

void ImportSink::searchTexts(const Row &row)
{
    m_ftsActors.clear();
    for (const auto &link : row.actors) {
        if (!m_ftsActors.empty())
            m_ftsActors += ' ';
        m_ftsActors += actorText(link.first);
    }
    m_ftsQuotes.clear();
    for (const auto &[sourceId, quote] : row.sources) {
        if (!m_ftsQuotes.empty())
            m_ftsQuotes += ' ';
        m_ftsQuotes += quote;
        m_ftsQuotes += ' ';
        m_ftsQuotes += sourceText(sourceId);
    }
}

void ImportSink::addSearchRow(EventId id, const Row &row)
{
    searchTexts(row);
    SQLite::Statement &q = *m_insertSearch;
    q.bind(1, static_cast<int64_t>(id));
    bindText(q, 2, row.title);
    bindText(q, 3, row.summary);
    bindText(q, 4, m_ftsActors);
    bindText(q, 5, row.place);
    bindText(q, 6, m_ftsQuotes);
    q.exec();
    q.reset();
}

void ImportSink::addEra(const Era &era)
{
    m_events->wait();
    Era e = era;
    if (!m_targetWasEmpty)
        e.id = 0;
    m_store.addEra(e);
    ++m_summary.erasAdded;
}

void ImportSink::problem(const QString &location, const RowError &error)
{
    if (m_options.strict)
        throw ImportError::at(m_path, location, error.field, error.reason);
    ++m_summary.skippedCount;
    if (m_summary.skipped.size() < kMaxListedProblems)
        m_summary.skipped.append({ location, error.field, error.reason });
}

void ImportSink::tick(ImportProgress &progress, qint64 done, qint64 total)
{
    if (progress.cancelled())
        throw ImportCancelled();
    // Record counts of unknown total only check for a cancel; bytes read give the progress.
    if (progress.report && total > 0)
        progress.report(done, total);
}

void ImportSink::finish()
{
    m_events->flush();
    m_events->wait();
    SQLite::Database &db = m_store.database();
    if (!m_targetWasEmpty) {
        // The new events' search rows were written beside them; the triggers are back for edits.
        Schema::createSearchTriggers(db);
        return;
    }
    // Into an empty file: the dropped indexes, the search index and its triggers are built by
    // DeferredIndexes, here or (a large file) after the rows' commit.
    std::vector<std::string> statements;
    for (const auto &index : m_droppedIndexes)
        statements.push_back(index.second);
    DeferredIndexes::mark(db, statements);
    if (!m_deferIndexes)
        DeferredIndexes::complete(db, QString());
}

} // namespace entente
