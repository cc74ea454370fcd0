#include "importsink.h"

#include "crashpoint.h"
#include "store/store.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <thread>

// libxxhash's functions compiled in, from its header (nothing to link, in the fuzzers too).
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace entente {

namespace {

// Keeps at most this many skipped rows with their reasons; the rest are only counted.
constexpr qsizetype kMaxListedProblems = 1000;

} // namespace

ImportSink::ImportSink(Store &store, QString path, const ImportOptions &options, ImportSummary &summary,
                       bool mayStoreRowsFirst, SearchIndexBuilder *searchAppender)
    : m_store(store)
    , m_path(std::move(path))
    , m_options(options)
    , m_summary(summary)
{
    const bool rowsFirst
        = mayStoreRowsFirst && !m_options.dryRun && QFileInfo(m_path).size() >= BulkImport::kRowsFirstBytes;
    m_bulk = std::make_unique<BulkImport>(m_store, rowsFirst, searchAppender);
    m_events = &m_bulk->events();
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
    m_bulk->forEachActorName([this](ActorId id, std::string_view name) { m_foldedActors.emplace(folded(name), id); });
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

ActorId ImportSink::actor(std::string_view name, ActorKind kind, std::string_view title)
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
        id = m_events->addActor(std::move(stored), utf8(actorKindKey(kind)), std::string(title));
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
    if (!targetWasEmpty())
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

ImportSink::SourceKey ImportSink::sourceKey(std::string_view key)
{
    // XXH3's 128 bits, in one pass over the key: a million keys of a file's sources (76 MB) took
    // a third of their first lookup (0.1 s of 0.3 s, with the writer waiting) as two 64-bit hashes,
    // the standard library's and FNV-1a, a byte at a time.
    const XXH128_hash_t h = XXH3_128bits(key.data(), key.size());
    return { h.low64, h.high64 };
}

SourceId ImportSink::source(const Source &record)
{
    const SourceId id = sourceFor(record);
    if ((record.reliability || !record.author.isEmpty()) && !m_options.dryRun)
        m_sourceGrades.emplace_back(id, record);
    return id;
}

std::optional<SourceId> ImportSink::knownSource(const SourceKey &key)
{
    if (const auto it = m_sources.find(key); it != m_sources.end())
        return it->second;
    // The file's sources, read once (not one pass over them per new source: 150,000 rows with a
    // source each took 7 min 52 s that way), into a sorted list: a million are 24 MB, made in a
    // blink, where a hash table of them took a tenth of an import into a large file. The first
    // of twins (the smallest id) wins, as a lookup by id order would.
    if (!m_sourcesLoaded) {
        m_sourcesLoaded = true;
        settle();
        // Read in two parts at once (BulkImport), each sorted on its own thread, then merged.
        std::array<std::vector<FileSource>, 2> parts;
        std::array<std::string, 2> texts;
        m_bulk->forEachSource([&parts, &texts](int part, SourceId id, std::string_view itsPublisher,
                                               std::string_view itsTitle, std::string_view itsUrl) {
            std::string &text = texts[static_cast<std::size_t>(part)];
            text = itsPublisher;
            text += '\x1f';
            text += itsTitle;
            text += '\x1f';
            text += itsUrl;
            parts[static_cast<std::size_t>(part)].push_back({ sourceKey(text), id });
        });
        std::thread sorter([&parts] { std::sort(parts[1].begin(), parts[1].end()); });
        std::sort(parts[0].begin(), parts[0].end());
        sorter.join();
        m_fileSources.resize(parts[0].size() + parts[1].size());
        std::merge(parts[0].begin(), parts[0].end(), parts[1].begin(), parts[1].end(), m_fileSources.begin());
    }
    const auto it = std::lower_bound(m_fileSources.begin(), m_fileSources.end(), FileSource { key, 0 });
    if (it == m_fileSources.end() || !(it->key == key))
        return std::nullopt;
    m_sources.emplace(key, it->id); // found at once next time (publisherSource() looks there only)
    return it->id;
}

SourceId ImportSink::sourceFor(const Source &record)
{
    // An Entente file into an empty store keeps its sources as they were, twins included.
    if (record.id != 0 && targetWasEmpty()) {
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
    const SourceKey key = sourceKey(m_key);
    if (const auto found = knownSource(key))
        return *found;
    std::string published
        = record.published && record.published->isValid() ? utf8(record.published->toIsoString()) : std::string();
    return newSource(key, std::move(publisher), std::move(title), std::move(url), std::move(published));
}

SourceId ImportSink::urlSource(std::string_view publisher, std::string_view url)
{
    m_key = publisher;
    m_key += "\x1f\x1f";
    m_key += url;
    const SourceKey key = sourceKey(m_key);
    if (const auto found = knownSource(key))
        return *found;
    return newSource(key, std::string(publisher), std::string(), std::string(url), std::string());
}

SourceId ImportSink::newSource(const SourceKey &key, std::string publisher, std::string title, std::string url,
                               std::string published)
{
    // Its search text is needed only for the events' search rows written with them, into a file
    // with data (an empty one is indexed from its tables): a million sources' texts unmade.
    std::string text = targetWasEmpty() ? std::string() : publisher + ' ' + title;
    const SourceId id
        = m_events->addSource(std::move(publisher), std::move(title), std::move(url), std::move(published));
    if (!targetWasEmpty())
        m_sourceTexts.emplace(id, std::move(text));
    m_sources.emplace(key, id);
    ++m_summary.sourcesAdded;
    return id;
}

SourceId ImportSink::publisherSource(std::string_view publisher)
{
    m_key.assign(publisher);
    m_key += "\x1f\x1f";
    if (const auto it = m_sources.find(sourceKey(m_key)); it != m_sources.end())
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
    // Into a file with data, the event's search row is written with it (an empty file is
    // indexed once at the end).
    if (!targetWasEmpty())
        searchTexts(row);
    const EventId id = m_events->add(row, m_ftsActors, m_ftsQuotes);
    for (const auto &[sourceId, credibility] : row.credibility)
        m_linkGrades.emplace_back(id, sourceId, credibility);
    for (const auto &[sourceId, account] : row.accounts)
        m_accounts.emplace_back(id, sourceId, account);
    ++m_summary.eventsAdded;
    return id;
}

const std::string &ImportSink::actorText(ActorId id)
{
    if (const auto it = m_actorTexts.find(id); it != m_actorTexts.end())
        return it->second;
    return m_actorTexts.emplace(id, m_bulk->actorSearchText(id)).first->second;
}

const std::string &ImportSink::sourceText(SourceId id)
{
    if (const auto it = m_sourceTexts.find(id); it != m_sourceTexts.end())
        return it->second;
    return m_sourceTexts.emplace(id, m_bulk->sourceSearchText(id)).first->second;
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
    // An account's figure, as the search triggers add it (Schema).
    for (const auto &[sourceId, account] : row.accounts) {
        if (!account.figure.isEmpty()) {
            m_ftsQuotes += ' ';
            m_ftsQuotes += account.figure.toStdString();
        }
    }
}

void ImportSink::addEra(const Era &era)
{
    settle();
    Era e = era;
    if (!targetWasEmpty())
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
    // The grades after the rows they name, before the indexes are built again.
    m_events->flush();
    m_events->wait();
    m_store.applyGrades(m_sourceGrades, m_linkGrades);
    m_store.applyAccounts(m_accounts);
    m_bulk->finish();
}

} // namespace entente
