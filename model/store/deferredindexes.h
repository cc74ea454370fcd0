#pragma once

#include <QString>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
}

namespace entente {

class SearchIndexBuilder;

// A bulk import into an empty file stores its rows in one transaction and builds the file's
// secondary indexes and search index in a second: the rows are written about three times sooner
// than with everything in one transaction. Between the two the file carries a mark in its meta
// table naming the indexes still to build and what the meta table held before the import. An
// import is all or nothing: one stopped between the two (a crash, a kill) is taken back by
// whoever opens the file for writing next (undo), which leaves the file as it was.
class DeferredIndexes
{
public:
    // Whether the file has rows whose indexes are still to be built.
    static bool pending(SQLite::Database &db);
    // The lock file an import that stores its rows first holds from before their commit until its
    // indexes' commit: a mark found while a live process holds it is an import under way, not one
    // a crash stopped, and is left alone.
    static QString lockPath(const QString &path) { return path + QStringLiteral(".importing"); }
    using Meta = std::vector<std::pair<std::string, std::string>>;
    // Inside the rows' transaction: the CREATE INDEX statements still to run, and the meta table as
    // it was before the import. The search index must be empty and its triggers dropped
    // (ImportSink does both).
    static void mark(SQLite::Database &db, const std::vector<std::string> &createIndexes, const Meta &metaBefore);

    struct Hooks
    {
        std::function<bool()> cancelled; // checked between steps and inside long statements
        std::function<void(int done, int total)> report;
    };
    // Inside the caller's transaction: builds the marked indexes on this connection while the
    // search index is built on a second thread (from the committed rows, read through a second,
    // read-only connection to `path`; with no path, on this connection afterwards), then the
    // search triggers, and clears the mark. Throws ImportCancelled when cancelled.
    // `builder`: the search index's builder, made (and perhaps attached) by the caller; else one
    // with SQLite's own temporary file, when it can be made.
    static void complete(SQLite::Database &db, const QString &path, const Hooks &hooks = {},
                         SearchIndexBuilder *builder = nullptr);
    // Where a builder for the file at `path` makes its scratch database, beside the file (it is
    // attached to the file's connection); one a crash left is removed when the file is opened.
    static QString scratchPath(const QString &path) { return path + QStringLiteral(".search-index"); }

    // The user data tables, the ones a bulk import may write (not meta): all empty is what lets
    // an import store its rows first, and after a cancel they are emptied again.
    static std::vector<std::string> dataTables(SQLite::Database &db);
    // Inside a transaction: takes back a stored import whose indexes were not completed (a cancel,
    // a failure, or a crash found at the next open): the data tables emptied, meta as the mark
    // says it was, the indexes, search table and triggers as a new file has them. `hooks` report
    // the steps and may cancel (ImportCancelled).
    static void undo(SQLite::Database &db, const Hooks &hooks = {});
};

} // namespace entente
