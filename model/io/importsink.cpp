#include "importsink.h"

#include "store/deferredindexes.h"

#include "crashpoint.h"
#include "store/eventwriter.h"
#include "store/schema.h"
#include "store/store.h"
#include "utf8.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
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
        m_deferIndexes = mayStoreRowsFirst && !m_options.dryRun && !m_store.path().isEmpty()
            && QFileInfo(m_path).size() >= kDeferIndexesBytes;
        for (const std::string &table : DeferredIndexes::dataTables(db)) {
            if (m_deferIndexes && db.execAndGet("SELECT EXISTS (SELECT 1 FROM \"" + table + "\")").getInt() != 0)
                m_deferIndexes = false;
        }
    }
    db.exec("PRAGMA cache_size = " + std::to_string(m_targetWasEmpty ? kEmptyTargetCacheSize : kCacheSize));
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

// The file's actors by name and alias, folded the Unicode way ("ÜMEROV" finds Ümerov), read
// once: a new actor per row then costs a hash lookup, not a pass over every actor (40,000 rows
// with one new actor each took 161 s that way). The first of a name wins, names before aliases,
// as Store::findActor finds them.
void ImportSink::loadActors()
{
    if (m_actorsLoaded)
        return;
    m_actorsLoaded = true;
    settle();
    SQLite::Database &db = m_store.database();
    for (const char *sql : { "SELECT id, name FROM actors ORDER BY id", "SELECT actor_id, alias FROM actor_aliases" }) {
        SQLite::Statement q(db, sql);
        while (q.executeStep()) {
            const SQLite::Column text = q.getColumn(1);
            const char *bytes = static_cast<const char *>(text.getBlob());
            m_foldedActors.emplace(folded(std::string_view(bytes ? bytes : "", static_cast<std::size_t>(text.size()))),
                                   q.getColumn(0).getInt64());
        }
    }
}

namespace {

bool isAscii(std::string_view s)
{
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// As QString::trimmed() does it, on ASCII text.
std::string_view trimmedAscii(std::string_view s)
{
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

} // namespace

// Most names are ASCII: trimmed and folded without a QString (toCaseFolded() only lowers A-Z there).
std::string ImportSink::folded(std::string_view name)
{
    if (!isAscii(name))
        return utf8(qs(name).trimmed().toCaseFolded());
    std::string out(trimmedAscii(name));
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string ImportSink::folded(const QString &name)
{
    return utf8(name.trimmed().toCaseFolded());
}

void ImportSink::settle()
{
    m_events->flush();
    m_events->wait();
}

void ImportSink::matched(ActorId id)
{
    if (!m_matchedActors.contains(id)) {
        m_matchedActors.emplace(id, true);
        ++m_summary.actorsMatched;
    }
}

ActorId ImportSink::actor(std::string_view name, ActorKind kind)
{
    if (const auto it = m_actors.find(name); it != m_actors.end())
        return it->second;
    loadActors();
    std::string stored = isAscii(name) ? std::string(trimmedAscii(name)) : utf8(qs(name).trimmed());
    if (stored.empty())
        throw RowError(QStringLiteral("actors"),
                       QCoreApplication::translate("entente::ImportSink", "an actor's name is blank"));
    std::string key = folded(std::string_view(stored));
    ActorId id = 0;
    if (const auto it = m_foldedActors.find(key); it != m_foldedActors.end()) {
        id = it->second;
        matched(id);
    } else {
        // The search text the triggers would give it: its name, then its (no) aliases.
        std::string text = stored + ' ';
        id = m_events->addActor(std::move(stored), utf8(actorKindKey(kind)));
        m_actorTexts.emplace(id, std::move(text));
        m_foldedActors.emplace(std::move(key), id);
        m_matchedActors.emplace(id, false);
        ++m_summary.actorsNew;
    }
    m_actors.emplace(std::string(name), id);
    return id;
}

ActorId ImportSink::actor(const Actor &record)
{
    loadActors();
    std::optional<ActorId> found;
    for (qsizetype i = -1; !found && i < record.aliases.size(); ++i) {
        const QString &name = i < 0 ? record.name : record.aliases.at(i).alias;
        if (const auto it = m_foldedActors.find(folded(name)); it != m_foldedActors.end())
            found = it->second;
    }
    if (found) {
        matched(*found);
        return *found;
    }
    settle();
    Actor a = record;
    if (!m_targetWasEmpty)
        a.id = 0;
    const ActorId id = m_store.addActor(a);
    m_events->noteActorId(id);
    m_foldedActors.emplace(folded(a.name), id);
    for (const ActorAlias &alias : a.aliases)
        m_foldedActors.emplace(folded(alias.alias), id);
    m_matchedActors.emplace(id, false);
    ++m_summary.actorsNew;
    return id;
}

SourceId ImportSink::source(const Source &record)
{
    const SourceId id = sourceFor(record);
    if ((record.reliability || !record.author.isEmpty()) && !m_options.dryRun)
        m_sourceGrades.emplace_back(id, record);
    return id;
}

SourceId ImportSink::sourceFor(const Source &record)
{
    // An Entente file into an empty store keeps its sources as they were, twins included.
    if (record.id != 0 && m_targetWasEmpty) {
        settle();
        ++m_summary.sourcesAdded;
        const SourceId id = m_store.addSource(record);
        m_events->noteSourceId(id);
        return id;
    }
    std::string publisher = utf8(record.publisher);
    std::string title = utf8(record.title);
    std::string url = utf8(record.url);
    m_key = publisher;
    m_key += '\x1f';
    m_key += title;
    m_key += '\x1f';
    m_key += url;
    if (const auto it = m_sources.find(m_key); it != m_sources.end())
        return it->second;
    // The file's sources, read once (not one pass over them per new source: 150,000 rows with a
    // source each took 7 min 52 s that way). The first of twins wins, as a lookup by id order would.
    if (!m_sourcesLoaded) {
        m_sourcesLoaded = true;
        settle();
        SQLite::Statement q(m_store.database(), "SELECT id, publisher, title, url FROM sources ORDER BY id");
        std::string key;
        while (q.executeStep()) {
            key = q.getColumn(1).getString();
            key += '\x1f';
            key += q.getColumn(2).getString();
            key += '\x1f';
            key += q.getColumn(3).getString();
            m_sources.emplace(key, q.getColumn(0).getInt64());
        }
        if (const auto it = m_sources.find(m_key); it != m_sources.end())
            return it->second;
    }
    std::string published
        = record.published && record.published->isValid() ? utf8(record.published->toIsoString()) : std::string();
    std::string text = publisher + ' ' + title;
    const SourceId id
        = m_events->addSource(std::move(publisher), std::move(title), std::move(url), std::move(published));
    m_sourceTexts.emplace(id, std::move(text));
    m_sources.emplace(m_key, id);
    ++m_summary.sourcesAdded;
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
    for (const auto &[sourceId, credibility] : row.credibility)
        m_linkGrades.emplace_back(id, sourceId, credibility);
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
    settle();
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
    crashPoint("import-rows");
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
    m_store.applyGrades(m_sourceGrades, m_linkGrades);
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
    DeferredIndexes::mark(db, statements, m_metaBefore);
    if (!m_deferIndexes)
        DeferredIndexes::complete(db, QString());
}

} // namespace entente
