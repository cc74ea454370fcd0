#include "store/searchindexbuilder.h"

#include "store/rawstatement.h"
#include "store/schema.h"
#include "store/searchsegments.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QFile>

#include <exception>

namespace entente {

namespace {

// Rows handed over at a time, and batches the thread may be behind: a few MB at most.
constexpr std::size_t kBatchRows = 1024;
constexpr std::size_t kMaxQueuedBatches = 8;

} // namespace

SearchIndexBuilder::SearchIndexBuilder(const QString &file, const std::string &definition)
    : m_file(file)
{
    // Without a name, SQLite's own temporary file: unlinked as soon as it is made, so not even a
    // killed process leaves it in the temporary folder (a named one in a QTemporaryDir did).
    // A named one is made anew; whoever names it removes one a crash left (Store::open).
    if (!m_file.isEmpty())
        QFile::remove(m_file);
    m_db = std::make_unique<SQLite::Database>(QFile::encodeName(m_file).toStdString(),
                                              SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // A scratch file: nothing in it needs to survive a crash.
    m_db->exec("PRAGMA journal_mode = OFF");
    m_db->exec("PRAGMA synchronous = OFF");
    m_db->exec("PRAGMA cache_size = -32768");
    if (definition.empty())
        Schema::recreateSearchTable(*m_db);
    else
        m_db->exec(definition);
    // No merging of the index's segments as it grows (FTS5 still merges a level once it holds 16,
    // its crisismerge, so a search reads a few dozen at most and stays as quick): at a million
    // GDELT rows the index took 4.2 s to build instead of 6.7 s. A setting of the scratch table
    // (its config table), not copied into the target, which merges as usual when written later.
    m_db->exec("INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 0)");
    m_batch.rows.reserve(kBatchRows);
    m_thread = std::thread([this] { run(); });
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    stop();
    if (m_attachedTo) {
        try {
            m_attachedTo->exec(std::string("DETACH ") + kAttachedAs);
        } catch (const SQLite::Exception &) {
            // Still attached: the file is removed all the same, and the connection lets go of it
            // when it closes.
        }
    }
    m_db.reset();
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

std::unique_ptr<SearchIndexBuilder> SearchIndexBuilder::attachedTo(SQLite::Database &target, const QString &file)
{
    std::unique_ptr<SearchIndexBuilder> builder;
    try {
        builder = std::make_unique<SearchIndexBuilder>(file);
    } catch (const std::exception &) {
        return nullptr; // no room beside the file
    }
    builder->attach(target);
    return builder;
}

void SearchIndexBuilder::attach(SQLite::Database &target)
{
    try {
        SQLite::Statement attach(target, std::string("ATTACH ? AS ") + kAttachedAs);
        attach.bind(1, QFile::encodeName(m_file).toStdString());
        attach.exec();
        m_attachedTo = &target;
    } catch (const SQLite::Exception &) {
        // Not attached: copied row by row.
    }
}

void SearchIndexBuilder::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SearchIndexBuilder::add(std::int64_t id, std::string_view title, std::string_view summary, std::string_view actors,
                             std::string_view place, std::string_view quotes)
{
    Batch::Row row;
    row.id = id;
    std::size_t column = 0;
    for (const std::string_view text : { title, summary, actors, place, quotes }) {
        m_batch.text += text;
        row.ends[column++] = static_cast<std::uint32_t>(m_batch.text.size());
    }
    m_batch.rows.push_back(row);
    if (m_batch.rows.size() >= kBatchRows)
        push();
}

void SearchIndexBuilder::push()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches || m_error; });
    if (m_error)
        std::rethrow_exception(m_error);
    m_queue.push_back(std::move(m_batch));
    if (m_spare.empty()) {
        m_batch = Batch();
        m_batch.rows.reserve(kBatchRows);
    } else {
        m_batch = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    m_changed.notify_all();
}

void SearchIndexBuilder::run()
{
    try {
        m_db->exec("BEGIN");
        sqlite3 *db = m_db->getHandle();
        const raw::Statement insert = raw::prepare(
            db, "INSERT INTO events_fts (rowid, title, summary, actors, place, quotes) VALUES (?,?,?,?,?,?)");
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_done || m_stop; });
                if (m_stop)
                    return; // the scratch file goes with this object; nothing to roll back
                if (m_queue.empty())
                    break; // done, and everything written
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_changed.notify_all();
            std::uint32_t start = 0;
            for (const Batch::Row &row : batch.rows) {
                raw::check(db, sqlite3_bind_int64(insert.get(), 1, row.id));
                for (int column = 0; column < kColumns; ++column) {
                    const std::uint32_t end = row.ends[static_cast<std::size_t>(column)];
                    raw::check(db,
                               sqlite3_bind_text(insert.get(), column + 2, batch.text.data() + start,
                                                 static_cast<int>(end - start), SQLITE_STATIC));
                    start = end;
                }
                if (const int rc = sqlite3_step(insert.get()); rc != SQLITE_DONE)
                    raw::check(db, rc);
                raw::check(db, sqlite3_reset(insert.get()));
            }
            batch.text.clear();
            batch.rows.clear();
            {
                std::lock_guard lock(m_mutex);
                m_spare.push_back(std::move(batch));
            }
        }
        // Appended to a file's index, the fewer segments the better (SearchSegments): made one
        // here, on this thread, beside the import's writing (a tenth of a second at 100,000 rows).
        if (m_compact)
            m_db->exec("INSERT INTO events_fts (events_fts) VALUES ('optimize')");
        m_db->exec("COMMIT");
    } catch (...) {
        {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
        m_changed.notify_all();
    }
}

void SearchIndexBuilder::finishThread()
{
    if (!m_batch.rows.empty())
        push();
    m_batch = Batch();
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_error)
        std::rethrow_exception(m_error);
}

void SearchIndexBuilder::finishInto(SQLite::Database &target)
{
    finishThread();
    // The thread is gone; its connection is ours now. Rows are copied as SQLite values, as they
    // are: the target's index is made by the same SQLite, with the same definition. Attached,
    // each table in one statement: INSERT ... SELECT * of a table of the same shape into an empty
    // one, which SQLite copies record by record, without decoding them.
    const bool attached = m_attachedTo == &target;
    // The tables FTS5 keeps an index in, as the scratch table has them (the same definition as the
    // target's): its configuration, the same for both, stays.
    for (const std::string &table : SearchSegments::shadowTables(*m_db)) {
        target.exec("DELETE FROM main." + table);
        if (attached) {
            target.exec("INSERT INTO main." + table + " SELECT * FROM " + kAttachedAs + "." + table);
            continue;
        }
        raw::copyTable(m_db->getHandle(), target.getHandle(), table);
    }
}

std::unique_ptr<SearchIndexBuilder> SearchIndexBuilder::forAppending(SQLite::Database &target, const QString &file)
{
    if (!SearchSegments::appendable(target))
        return nullptr;
    const std::string definition
        = target.execAndGet("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'events_fts'").getString();
    std::unique_ptr<SearchIndexBuilder> builder;
    try {
        builder = std::make_unique<SearchIndexBuilder>(file, definition);
    } catch (const std::exception &) {
        return nullptr; // no scratch file: the writer indexes the rows itself
    }
    builder->m_compact = true;
    if (!file.isEmpty())
        builder->attach(target);
    return builder;
}

bool SearchIndexBuilder::appendTo(SQLite::Database &target)
{
    finishThread();
    if (SearchSegments::append(target, *m_db, m_attachedTo == &target ? kAttachedAs : nullptr))
        return true;
    // Not as segments: row by row, as the writer would have (FTS5 merges as it writes).
    const raw::Statement read
        = raw::prepare(m_db->getHandle(), "SELECT rowid, title, summary, actors, place, quotes FROM events_fts");
    const raw::Statement write = raw::prepare(
        target.getHandle(),
        "INSERT INTO main.events_fts (rowid, title, summary, actors, place, quotes) VALUES (?,?,?,?,?,?)");
    raw::copyRows(m_db->getHandle(), read.get(), target.getHandle(), write.get());
    return false;
}

} // namespace entente
