#include "store/bulksession.h"

#include "store/searchindexbuilder.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <sqlite3.h>

#include <QLockFile>

#include <string>

namespace entente {

namespace {

int pragma(SQLite::Database &db, const char *name)
{
    return db.execAndGet(std::string("PRAGMA ") + name).getInt();
}

void setPragma(SQLite::Database &db, const char *name, const std::string &value)
{
    db.exec(std::string("PRAGMA ") + name + " = " + value);
}

} // namespace

BulkSession::BulkSession(Store &store)
    : m_store(store)
{
    SQLite::Database &db = m_store.database();
    m_tuned = sqlite3_get_autocommit(db.getHandle()) != 0;
    m_synchronous = pragma(db, "synchronous");
    m_foreignKeys = pragma(db, "foreign_keys");
    m_threads = pragma(db, "threads");
    m_cacheSize = pragma(db, "cache_size"); // the bulk writer enlarges it
    m_autoCheckpoint = pragma(db, "wal_autocheckpoint");
    if (!m_tuned)
        return;
    setPragma(db, "synchronous", "OFF");
    setPragma(db, "foreign_keys", "OFF");
    setPragma(db, "threads", "2");
    // The commit of the rows leaves them in the write-ahead log: copying them into the file (a
    // checkpoint) is left to the commit of their indexes, or done at the end. At a million ACLED
    // rows that stored them in 4.2-4.6 s instead of 4.8-5.0 s.
    setPragma(db, "wal_autocheckpoint", "0");
}

BulkSession::~BulkSession()
{
    // First: its thread stopped and its file detached, before anything else locks the connection.
    m_searchAppender.reset();
    SQLite::Database &db = m_store.database();
    try {
        setPragma(db, "cache_size", std::to_string(m_cacheSize));
        if (!m_tuned)
            return;
        setPragma(db, "synchronous", std::to_string(m_synchronous));
        setPragma(db, "foreign_keys", std::to_string(m_foreignKeys));
        setPragma(db, "threads", std::to_string(m_threads));
        setPragma(db, "wal_autocheckpoint", std::to_string(m_autoCheckpoint));
    } catch (const SQLite::Exception &) {
        // The connection is going away with its error; nothing is left to restore.
    }
}

bool BulkSession::holdRowsFirstLock()
{
    if (m_rowsFirstLock)
        return true;
    // A shared timeline's import goes to the server in one transaction with its indexes.
    if (!m_tuned || m_store.path().isEmpty() || m_store.isShared())
        return false;
    auto lock = std::make_unique<QLockFile>(DeferredIndexes::lockPath(m_store.path()));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false; // then everything in one transaction
    m_rowsFirstLock = std::move(lock);
    return true;
}

void BulkSession::rowsStored(bool checkpointLater)
{
    if (!m_tuned)
        return;
    SQLite::Database &db = m_store.database();
    setPragma(db, "synchronous", std::to_string(m_synchronous));
    if (!checkpointLater)
        setPragma(db, "wal_autocheckpoint", std::to_string(m_autoCheckpoint));
}

void BulkSession::completeIndexes(const DeferredIndexes::Hooks &hooks)
{
    SQLite::Database &db = m_store.database();
    // The search index's scratch database beside the file, attached to its connection (outside
    // any transaction, as SQLite wants) so that its tables are copied in whole. The transaction
    // then takes the file's write lock at its first write, not at once: at once, it would lock
    // the attached scratch database too, which the builder's thread is writing.
    // Without one (no room beside the file), DeferredIndexes makes its own.
    std::unique_ptr<SearchIndexBuilder> builder
        = SearchIndexBuilder::attachedTo(db, DeferredIndexes::scratchPath(m_store.path()));
    const Store::Begin begin = builder && builder->attached() ? Store::Begin::Deferred : Store::Begin::Immediate;
    try {
        m_store.transaction([&] { DeferredIndexes::complete(db, m_store.path(), hooks, builder.get()); }, begin);
    } catch (...) {
        builder.reset(); // its thread stopped and its file detached before the undo locks anything
        m_store.transaction([&] { DeferredIndexes::undo(db); });
        throw;
    }
}

SearchIndexBuilder *BulkSession::searchAppender()
{
    if (!m_tuned || m_store.path().isEmpty() || m_store.isShared())
        return nullptr;
    SQLite::Database &db = m_store.database();
    if (db.execAndGet("SELECT EXISTS (SELECT 1 FROM events)").getInt() == 0)
        return nullptr; // an empty file's index is built whole (DeferredIndexes)
    m_searchAppender = SearchIndexBuilder::forAppending(db, DeferredIndexes::scratchPath(m_store.path()));
    return m_searchAppender.get();
}

void BulkSession::checkpoint()
{
    m_store.database().exec("PRAGMA wal_checkpoint(PASSIVE)");
}

} // namespace entente
