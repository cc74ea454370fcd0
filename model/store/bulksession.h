#pragma once

#include "store/deferredindexes.h"

#include <memory>

class QLockFile;

namespace entente {

class SearchIndexBuilder;
class Store;

// The settings of the store's connection for one bulk write (an import), made at the start and
// restored when it ends, whatever ends it. One transaction: a power cut mid-import loses the
// import either way, so syncing to disk while its rows go into the write-ahead log buys nothing
// (the checkpoints after it sync as the file says). The bulk writer only links rows it created or
// found itself, so checking every link's two parents (two b-tree lookups per actor and source of a
// row) buys nothing either. Index sorts may use a second core. All of these are settings of this
// connection, not of the file: a crash leaves nothing of them behind.
// The synchronous level cannot change inside a transaction: under a caller's open transaction (a
// test, a fuzzer rolling every input back) the connection's settings stay as they are (tuned() is
// false), and only the page cache the writer enlarges is put back.
class BulkSession
{
public:
    explicit BulkSession(Store &store);
    ~BulkSession();
    BulkSession(const BulkSession &) = delete;
    BulkSession &operator=(const BulkSession &) = delete;

    bool tuned() const { return m_tuned; }

    // Whether the import may commit its rows before building their indexes (DeferredIndexes): only
    // with the settings tuned, into a file (not memory), and with the lock that tells anyone
    // opening the file between the two commits that the import is under way (held until the end).
    bool holdRowsFirstLock();

    // After the rows' commit. The rows are in the log; copying it into the file (a checkpoint, at
    // the indexes' commit, at the end or later) overwrites pages that held the file's data before
    // the import: that runs at the file's own level of syncing, so a power cut then cannot corrupt
    // them. `checkpointLater`: the automatic checkpoints stay off, the caller checkpoints.
    void rowsStored(bool checkpointLater);

    // Builds the indexes of rows committed first, in a transaction; a cancel or a failure takes
    // the rows back out (as the next open does after a crash), so the import is all or nothing,
    // and is rethrown.
    void completeIndexes(const DeferredIndexes::Hooks &hooks);

    // Before the transaction: a builder for the search rows of an import into a file with data,
    // its scratch database attached to the connection (SearchIndexBuilder::forAppending), for
    // the import's BulkImport; the transaction must then begin deferred. Null when the file is
    // empty, or not one with a file's settings tuned, or its index cannot take segments.
    SearchIndexBuilder *searchAppender();

    // A passive checkpoint: what the import left in the log, copied into the file.
    void checkpoint();

private:
    Store &m_store;
    bool m_tuned = false;
    int m_synchronous = 0;
    int m_foreignKeys = 0;
    int m_threads = 0;
    int m_cacheSize = 0;
    int m_autoCheckpoint = 0;
    std::unique_ptr<QLockFile> m_rowsFirstLock;
    std::unique_ptr<SearchIndexBuilder> m_searchAppender;
};

} // namespace entente
