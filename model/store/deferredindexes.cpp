#include "store/deferredindexes.h"

#include "store/importerrors.h"

#include "crashpoint.h"
#include "store/schema.h"
#include "store/searchindexbuilder.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QFile>

#include <atomic>
#include <exception>
#include <thread>
#include <unordered_map>

namespace entente {

namespace {

constexpr const char *kMarkKey = "pending_indexes";
constexpr const char *kMetaKey = "pending_meta_before";
// Statements in the mark are separated by this line (no index definition holds it).
constexpr std::string_view kSeparator = ";\n";

std::vector<std::string> markedIndexes(SQLite::Database &db)
{
    SQLite::Statement q(db, "SELECT value FROM meta WHERE key = ?");
    q.bind(1, kMarkKey);
    std::vector<std::string> out;
    if (!q.executeStep())
        return out;
    const std::string all = q.getColumn(0).getString();
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t end = all.find(kSeparator, start);
        if (end == std::string::npos)
            end = all.size();
        if (end > start)
            out.push_back(all.substr(start, end - start));
        start = end + kSeparator.size();
    }
    return out;
}

// The search text of every event, read from the committed tables in id order and handed to the
// builder: the same texts Schema's triggers and rebuild write (an actor's name and aliases, a
// source link's quote, publisher and title), each list in the order of its table's key.
void feedSearchTexts(SQLite::Database &db, SearchIndexBuilder &builder, const std::atomic<bool> &stop)
{
    std::unordered_map<std::int64_t, std::string> actorTexts;
    {
        SQLite::Statement q(db,
                            "SELECT a.id, a.name || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM "
                            "actor_aliases WHERE actor_id = a.id), '') FROM actors a");
        while (q.executeStep())
            actorTexts.emplace(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    }
    std::unordered_map<std::int64_t, std::string> sourceTexts;
    {
        SQLite::Statement q(db, "SELECT id, publisher || ' ' || title FROM sources");
        while (q.executeStep())
            sourceTexts.emplace(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    }
    SQLite::Statement events(db, "SELECT id, title, summary, place FROM events ORDER BY id");
    SQLite::Statement actors(db, "SELECT event_id, actor_id FROM event_actors ORDER BY event_id, actor_id, role");
    SQLite::Statement sources(db, "SELECT event_id, source_id, quote FROM event_sources ORDER BY event_id, source_id");
    SQLite::Statement accounts(db,
                               "SELECT event_id, figure FROM event_accounts WHERE figure <> '' "
                               "ORDER BY event_id, source_id");
    bool actorRow = actors.executeStep();
    bool sourceRow = sources.executeStep();
    bool accountRow = accounts.executeStep();
    std::string actorText;
    std::string quoteText;
    static const std::string kNone;
    std::int64_t count = 0;
    while (events.executeStep()) {
        if ((++count & 4095) == 0 && stop.load(std::memory_order_relaxed))
            return;
        const std::int64_t id = events.getColumn(0).getInt64();
        actorText.clear();
        while (actorRow && actors.getColumn(0).getInt64() <= id) {
            if (actors.getColumn(0).getInt64() == id) {
                if (!actorText.empty())
                    actorText += ' ';
                const auto it = actorTexts.find(actors.getColumn(1).getInt64());
                actorText += it == actorTexts.end() ? kNone : it->second;
            }
            actorRow = actors.executeStep();
        }
        quoteText.clear();
        while (sourceRow && sources.getColumn(0).getInt64() <= id) {
            if (sources.getColumn(0).getInt64() == id) {
                if (!quoteText.empty())
                    quoteText += ' ';
                const auto it = sourceTexts.find(sources.getColumn(1).getInt64());
                const SQLite::Column quote = sources.getColumn(2);
                quoteText.append(static_cast<const char *>(quote.getBlob()), static_cast<std::size_t>(quote.size()));
                quoteText += ' ';
                quoteText += it == sourceTexts.end() ? kNone : it->second;
            }
            sourceRow = sources.executeStep();
        }
        auto view = [&events](int column) {
            const SQLite::Column c = events.getColumn(column);
            const char *text = static_cast<const char *>(c.getBlob());
            return std::string_view(text ? text : "", static_cast<std::size_t>(c.size()));
        };
        // The figures of its accounts, as the search triggers add them (Schema).
        while (accountRow && accounts.getColumn(0).getInt64() <= id) {
            if (accounts.getColumn(0).getInt64() == id) {
                quoteText += ' ';
                quoteText += accounts.getColumn(1).getString();
            }
            accountRow = accounts.executeStep();
        }
        builder.add(id, view(1), view(2), actorText, view(3), quoteText);
    }
}

int checkCancel(void *hooks)
{
    const auto *h = static_cast<const DeferredIndexes::Hooks *>(hooks);
    return h->cancelled && h->cancelled() ? 1 : 0;
}

} // namespace

bool DeferredIndexes::pending(SQLite::Database &db)
{
    SQLite::Statement q(db, "SELECT 1 FROM meta WHERE key = ?");
    q.bind(1, kMarkKey);
    return q.executeStep();
}

void DeferredIndexes::mark(SQLite::Database &db, const std::vector<std::string> &createIndexes, const Meta &metaBefore)
{
    std::string all;
    for (const std::string &statement : createIndexes) {
        all += statement;
        all += kSeparator;
    }
    // Each key and value as its length, a colon and its bytes: any text survives.
    std::string meta;
    for (const auto &[key, value] : metaBefore) {
        for (const std::string *part : { &key, &value }) {
            meta += std::to_string(part->size());
            meta += ':';
            meta += *part;
        }
    }
    SQLite::Statement q(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    q.bind(1, kMarkKey);
    q.bind(2, all);
    q.exec();
    q.reset();
    q.bind(1, kMetaKey);
    q.bind(2, meta);
    q.exec();
}

void DeferredIndexes::complete(SQLite::Database &db, const QString &path, const Hooks &hooks, SearchIndexBuilder *given)
{
    const std::vector<std::string> indexes = markedIndexes(db);
    const int total = static_cast<int>(indexes.size()) + 1;
    // The search index grows on other threads from the rows as committed; this connection,
    // which holds the write lock, builds the other indexes meanwhile.
    std::unique_ptr<SearchIndexBuilder> own;
    SearchIndexBuilder *builder = path.isEmpty() ? nullptr : given;
    if (!path.isEmpty() && !builder) {
        try {
            own = std::make_unique<SearchIndexBuilder>();
            builder = own.get();
        } catch (const std::exception &) {
            // No scratch file (a full or read-only temporary folder): built here, afterwards.
        }
    }
    std::atomic<bool> stop { false };
    std::exception_ptr feedError;
    std::thread feeder;
    if (builder) {
        feeder = std::thread([&] {
            try {
                SQLite::Database reader(QFile::encodeName(path).toStdString(),
                                        SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
                feedSearchTexts(reader, *builder, stop);
            } catch (...) {
                feedError = std::current_exception();
            }
        });
    }
    struct Join
    {
        std::atomic<bool> &stop;
        std::thread &thread;
        sqlite3 *db;
        ~Join()
        {
            stop = true;
            if (thread.joinable())
                thread.join();
            sqlite3_progress_handler(db, 0, nullptr, nullptr);
        }
    } join { stop, feeder, db.getHandle() };
    // A cancel interrupts even a long index sort (SQLITE_INTERRUPT), checked every few thousand
    // steps of SQLite's machine.
    if (hooks.cancelled)
        sqlite3_progress_handler(db.getHandle(), 20000, &checkCancel, const_cast<Hooks *>(&hooks));
    auto step = [&](int done) {
        if (hooks.cancelled && hooks.cancelled())
            throw ImportCancelled();
        if (hooks.report)
            hooks.report(done, total);
    };
    try {
        // SQLite sorts an index's keys in runs of the page cache's size, on the helper threads
        // (PRAGMA threads) while it reads on, writes them to temporary files and merges them.
        // That needs temporary files: with temp_store = MEMORY SQLite uses no helper thread and
        // sorts every key of the index in one list of single allocations, whatever the cache.
        // Measured at 1M ACLED rows: 19 s of CPU for the 8 indexes in one list, 11 s in runs
        // of 2 MB (13 s in runs of 16 MB).
        const int cacheSize = db.execAndGet("PRAGMA cache_size").getInt();
        db.exec("PRAGMA cache_size = -2048");
        for (std::size_t i = 0; i < indexes.size(); ++i) {
            step(static_cast<int>(i));
            db.exec(indexes[i]);
            crashPoint("import-indexing");
        }
        db.exec("PRAGMA cache_size = " + std::to_string(cacheSize));
        step(total - 1);
        if (builder) {
            feeder.join();
            if (feedError)
                std::rethrow_exception(feedError);
            if (hooks.cancelled && hooks.cancelled())
                throw ImportCancelled();
            builder->finishInto(db);
        } else {
            Schema::rebuildSearchIndex(db);
        }
    } catch (const SQLite::Exception &e) {
        if (e.getErrorCode() == SQLITE_INTERRUPT)
            throw ImportCancelled();
        throw;
    }
    Schema::createSearchTriggers(db);
    crashPoint("import-indexed");
    SQLite::Statement clear(db, "DELETE FROM meta WHERE key IN (?, ?)");
    clear.bind(1, kMarkKey);
    clear.bind(2, kMetaKey);
    clear.exec();
    if (hooks.report)
        hooks.report(total, total);
}

std::vector<std::string> DeferredIndexes::dataTables(SQLite::Database &db)
{
    std::vector<std::string> out;
    SQLite::Statement q(db,
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' "
                        "AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'events_fts%' ORDER BY name");
    while (q.executeStep())
        out.push_back(q.getColumn(0).getString());
    return out;
}

void DeferredIndexes::undo(SQLite::Database &db, const Hooks &hooks)
{
    const std::vector<std::string> indexes = markedIndexes(db);
    Meta metaBefore;
    {
        SQLite::Statement q(db, "SELECT value FROM meta WHERE key = ?");
        q.bind(1, kMetaKey);
        const bool recorded = q.executeStep();
        const std::string all = recorded ? q.getColumn(0).getString() : std::string();
        if (!recorded) {
            // Marked by a version that did not record it: meta stays as it is, but for the mark.
            SQLite::Statement rows(db, "SELECT key, value FROM meta WHERE key <> ?");
            rows.bind(1, kMarkKey);
            while (rows.executeStep())
                metaBefore.emplace_back(rows.getColumn(0).getString(), rows.getColumn(1).getString());
        }
        std::size_t at = 0;
        std::string parts[2];
        int part = 0;
        while (at < all.size()) {
            const std::size_t colon = all.find(':', at);
            if (colon == std::string::npos)
                break;
            const std::size_t length = std::stoull(all.substr(at, colon - at));
            parts[part] = all.substr(colon + 1, length);
            at = colon + 1 + length;
            if (++part == 2) {
                metaBefore.emplace_back(parts[0], parts[1]);
                part = 0;
            }
        }
    }
    const std::vector<std::string> tables = dataTables(db);
    const int total = static_cast<int>(tables.size() + indexes.size()) + 1;
    int done = 0;
    auto step = [&] {
        if (hooks.cancelled && hooks.cancelled())
            throw ImportCancelled();
        if (hooks.report)
            hooks.report(done++, total);
    };
    // No triggers and no indexes on the big tables yet: each empties at once.
    for (const std::string &table : tables) {
        step();
        db.exec("DELETE FROM \"" + table + "\"");
    }
    db.exec("DELETE FROM meta");
    SQLite::Statement put(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
    for (const auto &[key, value] : metaBefore) {
        put.bind(1, key);
        put.bind(2, value);
        put.exec();
        put.reset();
    }
    for (const std::string &statement : indexes) {
        step();
        db.exec(statement);
    }
    Schema::recreateSearchTable(db);
    Schema::createSearchTriggers(db);
    if (hooks.report)
        hooks.report(total, total);
}

} // namespace entente
