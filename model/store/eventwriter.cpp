#include "store/eventwriter.h"

#include "store/batchinsert.h"
#include "store/importerrors.h"
#include "store/searchindexbuilder.h"
#include "utf8.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

#include <QCoreApplication>

#include <limits>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::ImportSink", text);
}

// Events wait for their batch in groups of this many; each insert statement takes this many
// events, or this many actor or source links. Measured at a million ACLED rows (an event, four
// actor and two source links each): rows of 32 events and 128 links took 30% less time to insert
// than one row a statement; larger ones gained nothing more.
constexpr std::size_t kPendingEvents = 256;
constexpr int kEventsPerStatement = 32;
constexpr int kLinksPerStatement = 128;
constexpr EventId kLastId = std::numeric_limits<EventId>::max();

const std::string kParticipant = "participant";

} // namespace

EventWriter::EventWriter(SQLite::Database &db, bool ownThread, bool searchRows, IdSource ids)
    : m_db(db)
    , m_ids(std::move(ids))
{
    m_nextId = db.execAndGet("SELECT coalesce(max(id), 0) FROM events").getInt64();
    m_nextId = m_nextId < kLastId ? m_nextId + 1 : kLastId;
    m_nextActorId = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM actors").getInt64();
    m_nextSourceId = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM sources").getInt64();
    sqlite3 *handle = db.getHandle();
    // OR FAIL: a bad row stops the statement where it is, and the import with it, rolled back
    // whole. (With the default ABORT SQLite would keep a journal of every page each statement of
    // many rows changes, to undo just that statement: into a file with data, whose index pages
    // are changed all over, that was a million writes to a temporary file per 100,000 rows.)
    m_batchEvents
        = std::make_unique<BatchInsert>(handle, std::string("INSERT OR FAIL INTO events ") + EventRow::columns(),
                                        EventRow::kColumns, kEventsPerStatement);
    m_batchNewActors
        = std::make_unique<BatchInsert>(handle, "INSERT INTO actors (id, name, kind)", 3, kLinksPerStatement);
    m_batchNewTitles = std::make_unique<BatchInsert>(handle, "INSERT INTO actor_titles (id, actor_id, title)", 3,
                                                     kLinksPerStatement);
    m_batchNewSources = std::make_unique<BatchInsert>(
        handle, "INSERT INTO sources (id, publisher, title, url, published)", 5, kEventsPerStatement);
    m_batchActors = std::make_unique<BatchInsert>(
        handle, "INSERT OR IGNORE INTO event_actors (event_id, actor_id, role, position)", 4, kLinksPerStatement);
    m_batchSources = std::make_unique<BatchInsert>(
        handle, "INSERT OR IGNORE INTO event_sources (event_id, source_id, quote, position)", 4, kLinksPerStatement);
    m_batchAttributes = std::make_unique<BatchInsert>(
        handle, "INSERT OR REPLACE INTO event_attributes (event_id, key, value)", 3, kLinksPerStatement);
    if (searchRows) {
        // One row a statement: a statement of many rows into the search table cost a third more
        // (100,000 GDELT rows into a file of 1.1M events: 6.5 s of CPU against 5.1 s).
        m_batchSearch = std::make_unique<BatchInsert>(
            handle, "INSERT INTO events_fts (rowid, title, summary, actors, place, quotes)", 6, 1);
    }
    m_insertTag = std::make_unique<SQLite::Statement>(db, "INSERT OR IGNORE INTO tags (id, name) VALUES (?, ?)");
    m_idTaken = std::make_unique<SQLite::Statement>(db, "SELECT 1 FROM events WHERE id = ?");
    m_findTag = std::make_unique<SQLite::Statement>(db, "SELECT id FROM tags WHERE name = ?");
    m_insertEventTag
        = std::make_unique<SQLite::Statement>(db, "INSERT OR IGNORE INTO event_tags (event_id, tag_id) VALUES (?,?)");
    if (ownThread) {
        m_writer = std::thread([this] {
            std::unique_lock lock(m_writerMutex);
            for (;;) {
                m_writerWake.wait(lock, [this] { return m_writerBusy || m_writerQuit; });
                if (m_writerQuit)
                    return;
                lock.unlock();
                std::exception_ptr error;
                try {
                    writeBatch(m_writing);
                } catch (...) {
                    error = std::current_exception();
                }
                lock.lock();
                if (error)
                    m_writerError = error;
                m_writerBusy = false;
                m_writerWake.notify_all();
            }
        });
    }
}

EventWriter::~EventWriter()
{
    // Before the caller commits or rolls back: the writer thread is done with the connection.
    if (m_writer.joinable()) {
        {
            const std::lock_guard lock(m_writerMutex);
            m_writerQuit = true;
        }
        m_writerWake.notify_all();
        m_writer.join();
    }
}

void EventWriter::wait()
{
    if (!m_writer.joinable())
        return;
    std::unique_lock lock(m_writerMutex);
    m_writerWake.wait(lock, [this] { return !m_writerBusy; });
    if (m_writerError)
        std::rethrow_exception(m_writerError);
}

EventId EventWriter::add(const ImportRow &row, std::string_view searchActors, std::string_view searchQuotes)
{
    EventId id = 0;
    if (row.id == 0 && m_nextId == kLastId) {
        // No id left to give after the largest: SQLite finds a free one, at once.
        flush();
        wait();
        id = insertNow(row, searchActors, searchQuotes);
    } else {
        // An id from the file is kept; later events without one get ids after it, as SQLite would
        // give them. Ids in rising order need no look: each is past every one given. One below is
        // looked up (with what waits written first), so a twin is a bad row that names its id,
        // not a failed statement.
        if (row.id != 0 && row.id < m_nextId) {
            flush();
            wait();
            m_idTaken->bind(1, static_cast<int64_t>(row.id));
            const bool taken = m_idTaken->executeStep();
            m_idTaken->reset();
            if (taken)
                throw RowError(QStringLiteral("id"), tr("the id %1 is already taken by another event").arg(row.id));
        }
        const EventId given = row.id != 0 ? row.id : newId("events", m_eventIds);
        id = given != 0 ? given : m_nextId++;
        if (id >= m_nextId)
            m_nextId = id < kLastId ? id + 1 : kLastId;
        if (m_pending.rows.size() == m_pending.count)
            m_pending.rows.emplace_back();
        if (m_batchSearch) {
            if (m_pending.search.size() == m_pending.count)
                m_pending.search.emplace_back();
            m_pending.search[m_pending.count].first.assign(searchActors);
            m_pending.search[m_pending.count].second.assign(searchQuotes);
        }
        ImportRow &waiting = m_pending.rows[m_pending.count++];
        waiting = row;
        waiting.id = id;
        if (m_pending.count == kPendingEvents)
            flush();
    }
    if (m_searchBuilder)
        m_searchBuilder->add(id, row.title, row.summary, searchActors, row.place, searchQuotes);
    return id;
}

ActorId EventWriter::addActor(std::string name, std::string kind, std::string title)
{
    const ActorId given = newId("actors", m_actorIds);
    const ActorId id = given != 0 ? given : m_nextActorId++;
    const std::int64_t titleId = title.empty() ? 0 : newId("actor_titles", m_titleIds);
    m_pending.actors.push_back({ id, std::move(name), std::move(kind), std::move(title), titleId });
    return id;
}

SourceId EventWriter::addSource(std::string publisher, std::string title, std::string url, std::string published)
{
    const SourceId given = newId("sources", m_sourceIds);
    const SourceId id = given != 0 ? given : m_nextSourceId++;
    m_pending.sources.push_back({ id, std::move(publisher), std::move(title), std::move(url), std::move(published) });
    return id;
}

std::int64_t EventWriter::newId(const char *table, IdCursor &cursor)
{
    if (!m_ids)
        return 0;
    if (cursor.run.isEmpty()) {
        cursor.run = m_ids(table, cursor.block);
        cursor.block = std::min<std::int64_t>(cursor.block * 2, 65536);
    }
    return cursor.run.isEmpty() ? 0 : cursor.run.from++;
}

void EventWriter::flush()
{
    if (m_pending.empty())
        return;
    // The batch's tags new to the writer take their ids here, on the importing thread.
    for (std::size_t i = 0; m_ids && i < m_pending.count; ++i) {
        for (const std::string &tag : m_pending.rows[i].tags) {
            if (m_tagsGiven.insert(tag).second)
                m_pending.tagIds.push_back(newId("tags", m_tagIds));
        }
    }
    if (!m_writer.joinable()) {
        writeBatch(m_pending);
        return;
    }
    wait();
    std::swap(m_pending, m_writing);
    {
        const std::lock_guard lock(m_writerMutex);
        m_writerBusy = true;
    }
    m_writerWake.notify_all();
}

void EventWriter::writeBatch(Batch &batch)
{
    // Emptied whatever happens: a failure ends the import, and its batch is not written twice.
    struct Clear
    {
        Batch &batch;
        ~Clear()
        {
            batch.count = 0;
            batch.actors.clear();
            batch.sources.clear();
            batch.tagIds.clear();
        }
    } clear { batch };
    const auto &actors = batch.actors;
    m_batchNewActors->insert(actors.size(), [&actors](sqlite3_stmt *q, std::size_t i, int p) {
        sqlite3_bind_int64(q, p, actors[i].id);
        rawbind::text(q, p + 1, actors[i].name);
        rawbind::text(q, p + 2, actors[i].kind);
    });
    m_titled.clear();
    for (const NewActor &actor : actors) {
        if (!actor.title.empty())
            m_titled.push_back(&actor);
    }
    m_batchNewTitles->insert(m_titled.size(), [this](sqlite3_stmt *q, std::size_t i, int p) {
        m_titled[i]->titleId != 0 ? sqlite3_bind_int64(q, p, m_titled[i]->titleId) : sqlite3_bind_null(q, p);
        sqlite3_bind_int64(q, p + 1, m_titled[i]->id);
        rawbind::text(q, p + 2, m_titled[i]->title);
    });
    const auto &sources = batch.sources;
    m_batchNewSources->insert(sources.size(), [&sources](sqlite3_stmt *q, std::size_t i, int p) {
        sqlite3_bind_int64(q, p, sources[i].id);
        rawbind::text(q, p + 1, sources[i].publisher);
        rawbind::text(q, p + 2, sources[i].title);
        rawbind::text(q, p + 3, sources[i].url);
        rawbind::textOrNull(q, p + 4, sources[i].published);
    });
    const auto &rows = batch.rows;
    m_batchEvents->insert(batch.count,
                          [&rows](sqlite3_stmt *q, std::size_t i, int p) { EventRow::bind(q, p, rows[i]); });
    writeLinks(rows, batch.count, &batch.tagIds);
    writeSearchRows(rows, batch.search, batch.count);
}

void EventWriter::writeSearchRows(const std::vector<ImportRow> &rows,
                                  const std::vector<std::pair<std::string, std::string>> &search, std::size_t count)
{
    if (!m_batchSearch)
        return;
    // The columns of Schema's search table, as its triggers fill them.
    m_batchSearch->insert(count, [&rows, &search](sqlite3_stmt *q, std::size_t i, int p) {
        sqlite3_bind_int64(q, p, rows[i].id);
        rawbind::text(q, p + 1, rows[i].title);
        rawbind::text(q, p + 2, rows[i].summary);
        rawbind::text(q, p + 3, search[i].first);
        rawbind::text(q, p + 4, rows[i].place);
        rawbind::text(q, p + 5, search[i].second);
    });
}

void EventWriter::writeLinks(const std::vector<ImportRow> &rows, std::size_t count, std::vector<std::int64_t> *tagIds)
{
    auto insertLinks = [this](BatchInsert &batch) {
        batch.insert(m_links.size(), [this](sqlite3_stmt *q, std::size_t i, int p) {
            const Link &link = m_links[i];
            sqlite3_bind_int64(q, p, link.event);
            sqlite3_bind_int64(q, p + 1, link.other);
            rawbind::text(q, p + 2, *link.text);
            sqlite3_bind_int(q, p + 3, link.position);
        });
    };
    m_links.clear();
    for (std::size_t i = 0; i < count; ++i) {
        int position = 0;
        for (const auto &[actorId, role] : rows[i].actors)
            m_links.push_back({ rows[i].id, actorId, role.empty() ? &kParticipant : &role, position++ });
    }
    insertLinks(*m_batchActors);
    m_rowsWritten += static_cast<std::int64_t>(count + m_links.size());
    m_links.clear();
    for (std::size_t i = 0; i < count; ++i) {
        int position = 0;
        for (const auto &[sourceId, quote] : rows[i].sources)
            m_links.push_back({ rows[i].id, sourceId, &quote, position++ });
    }
    insertLinks(*m_batchSources);
    m_rowsWritten += static_cast<std::int64_t>(m_links.size());
    m_attributes.clear();
    for (std::size_t i = 0; i < count; ++i) {
        for (const auto &attribute : rows[i].attributes)
            m_attributes.push_back({ rows[i].id, &attribute });
    }
    m_batchAttributes->insert(m_attributes.size(), [this](sqlite3_stmt *q, std::size_t i, int p) {
        sqlite3_bind_int64(q, p, m_attributes[i].first);
        rawbind::text(q, p + 1, m_attributes[i].second->first);
        rawbind::text(q, p + 2, m_attributes[i].second->second);
    });
    m_rowsWritten += static_cast<std::int64_t>(m_attributes.size());
    for (std::size_t i = 0; i < count; ++i) {
        if (!rows[i].tags.empty())
            insertTags(rows[i].id, rows[i], tagIds);
    }
}

EventId EventWriter::insertNow(const ImportRow &row, std::string_view searchActors, std::string_view searchQuotes)
{
    m_batchEvents->insert(1, [&row](sqlite3_stmt *q, std::size_t, int p) { EventRow::bind(q, p, row); });
    m_single.resize(1);
    m_single.front() = row;
    m_single.front().id = m_db.getLastInsertRowid();
    writeLinks(m_single, 1);
    m_singleSearch.resize(1);
    m_singleSearch.front() = { std::string(searchActors), std::string(searchQuotes) };
    writeSearchRows(m_single, m_singleSearch, 1);
    return m_single.front().id;
}

void EventWriter::insertTags(EventId id, const ImportRow &row, std::vector<std::int64_t> *tagIds)
{
    for (const std::string &tag : row.tags) {
        std::int64_t tagId = 0;
        if (const auto it = m_tags.find(tag); it != m_tags.end()) {
            tagId = it->second;
        } else {
            // An id flush() reserved (for a tag already in the file, it goes unused), else SQLite's.
            if (tagIds && !tagIds->empty()) {
                m_insertTag->bind(1, static_cast<int64_t>(tagIds->back()));
                tagIds->pop_back();
            } else {
                m_insertTag->bind(1);
            }
            m_insertTag->bind(2, tag);
            m_insertTag->exec();
            m_insertTag->reset();
            m_findTag->bind(1, tag);
            m_findTag->executeStep();
            tagId = m_findTag->getColumn(0).getInt64();
            m_findTag->reset();
            m_tags.emplace(tag, tagId);
        }
        m_insertEventTag->bind(1, static_cast<int64_t>(id));
        m_insertEventTag->bind(2, static_cast<int64_t>(tagId));
        m_insertEventTag->exec();
        m_insertEventTag->reset();
    }
}

} // namespace entente
