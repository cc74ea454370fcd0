#pragma once

#include <QString>

#include <array>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace SQLite {
class Database;
}

namespace entente {

// Builds the full-text index of a bulk import into an empty file on a second core, while the
// importer writes the rows on its own. SQLite lets one connection write a file at a time, so the
// index grows in a scratch database of its own (same table, same tokenizer), and finish() copies
// its finished tables into the target's empty index, inside the import's transaction: a cancel
// or a crash leaves nothing of it in the target (the scratch file is deleted with this object).
// Building the index was a third of a large import, done after the rows.
class SearchIndexBuilder
{
public:
    // Throws SQLite::Exception when the scratch database cannot be made. `file`: where the
    // scratch database is made, anew (whatever is there is replaced), for the target's connection
    // to attach it (attachTo) and copy its tables whole; empty: SQLite's own temporary file,
    // gone with the connection even after a crash, copied row by row.
    // `definition`: the search table's CREATE statement, a file's own (forAppending); else the
    // current one (Schema).
    explicit SearchIndexBuilder(const QString &file = QString(), const std::string &definition = {});
    // Stops the thread and deletes the scratch database, used or not.
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder &) = delete;
    SearchIndexBuilder &operator=(const SearchIndexBuilder &) = delete;

    // Queues the search text of an event, in the index's columns (see Schema); waits while the
    // thread is many rows behind (memory stays bounded). Throws what stopped the thread, if
    // anything did.
    void add(std::int64_t id, std::string_view title, std::string_view summary, std::string_view actors,
             std::string_view place, std::string_view quotes);
    // Waits for the index to be complete and copies it into `target`'s search index, which must
    // be empty and freshly created (Schema::recreateSearchTable) and not yet used.
    void finishInto(SQLite::Database &target);

    // A builder for the search rows of an import into a file with data, `target`: the same
    // definition as its index, compacted to one segment at the end; null when its index cannot
    // take segments (SearchSegments::appendable) or no scratch database can be made. With a
    // `file`, its scratch database is made there and attached to `target` (see attachedTo; outside
    // a transaction, and the caller's transaction deferred), and appendTo copies its tables by
    // statement rather than row by row (100,000 GDELT rows: 0.05 s against 0.12 s).
    static std::unique_ptr<SearchIndexBuilder> forAppending(SQLite::Database &target, const QString &file = {});
    // Waits for the index to be complete and adds it to `target`'s (inside its transaction; its
    // search triggers dropped; nothing else written to its index in it): as segments when it
    // can (true), else row by row.
    bool appendTo(SQLite::Database &target);

    // A builder whose scratch database is made at `file` (beside the file the index is for) and
    // attached to `target`'s connection, outside any transaction of it, so that finishInto copies
    // each table in one statement, which SQLite does record by record rather than value by value.
    // Row by row the copy took 1.5-1.7 s at a million GDELT rows, and the import 14.6-16.2 s to
    // searchable; now 12.9-13.6 s. attached() false when it could not be attached (finishInto then
    // copies row by row); null when the scratch file cannot be made at all. With it attached, the
    // caller's transaction must begin deferred: an immediate one would lock the attached file,
    // which the thread writes until finishInto. The destructor detaches it: before anything else
    // takes a lock on the connection after a failure, destroy the builder.
    static std::unique_ptr<SearchIndexBuilder> attachedTo(SQLite::Database &target, const QString &file);
    bool attached() const { return m_attachedTo != nullptr; }
    static constexpr const char *kAttachedAs = "entente_search_scratch";

private:
    static constexpr int kColumns = 5;
    // Rows handed over together: their texts end to end in one buffer, so a row costs no
    // allocation of its own (five per row were a tenth of the importing thread's time, and the
    // thread freed them against its allocations). Written batches come back to be filled again.
    struct Batch
    {
        struct Row
        {
            std::int64_t id = 0;
            std::array<std::uint32_t, kColumns> ends {}; // where each column's text ends in `text`
        };
        std::string text;
        std::vector<Row> rows;
    };
    void run();
    void push();
    void attach(SQLite::Database &target);
    // Hands the last rows over and waits for the thread to write them; throws what stopped it.
    void finishThread();
    void stop();

    std::unique_ptr<SQLite::Database> m_db;
    QString m_file; // the scratch database's, when named
    SQLite::Database *m_attachedTo = nullptr;
    Batch m_batch;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_spare; // written by the thread, to be filled again
    bool m_done = false; // no more batches (set by the importer)
    bool m_compact = false; // optimize the index when done (forAppending)
    bool m_stop = false; // give up (the import failed or was cancelled)
    std::exception_ptr m_error; // what stopped the thread
    std::thread m_thread;
};

} // namespace entente
