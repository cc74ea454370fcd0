#pragma once

// Whole tables between an Entente file (SQLite) and a shared timeline (PostgreSQL), with COPY:
// what `entente copy` does both ways, and what a mirror's first open does. Every replicated table
// (PgSchema) goes: events, actors, sources, relations, stories, views, node positions, grades,
// attributes, accounts, and whatever is added later.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace SQLite {
class Database;
}

namespace entente::pg {

class PgConnection;
struct PgTable;

struct PgCopyOptions
{
    std::function<bool()> cancelled = nullptr; // checked between batches of rows
    std::function<void(const QString &table, qint64 rows)> progress = nullptr;
    // fromServer: the rows copied so far of all the snapshot holds (counted first, only when this
    // is set), reported every few thousand rows; completeIndexes: the steps of the index build.
    std::function<void(qint64 done, qint64 total)> rows = nullptr;
    std::function<void(int done, int total)> indexSteps = nullptr;
};

class PgCopy
{
public:
    using Options = PgCopyOptions;

    // Copies every replicated table of `db` into the server's (empty) tables in ONE server
    // transaction (nothing is visible until it commits; a cancel or failure leaves the server as
    // it was: throws ImportCancelled or PgError). The change log gets one row per table ('B',
    // a bulk copy) instead of one per row, and the id sequences are moved past the largest ids.
    // Returns the rows copied.
    static qint64 toServer(SQLite::Database &db, PgConnection &connection, const Options &options = Options());

    // Copies every replicated table from the server into `db` (a new Entente file: its tables
    // empty), inside a caller's SQLite transaction, reading all of it in one snapshot. Row versions
    // other than 1 go to `versions` (table + key → version) when given. Returns the change log's
    // last sequence number in that snapshot; `holes` gets the numbers below it the snapshot does
    // not see (transactions still open then, whose rows a pull must look for). The file's indexes
    // and search index are left to build (DeferredIndexes marks them): completeIndexes(), after
    // the caller's commit.
    static qint64 fromServer(PgConnection &connection, SQLite::Database &db, const Options &options = Options(),
                             QHash<QByteArray, qint64> *versions = nullptr, qint64 *rows = nullptr,
                             QList<qint64> *holes = nullptr);
    // The change log's numbers from `lastSeq` back (a thousand at most) that the connection's
    // transaction does not see: taken by transactions not committed yet, or rolled back.
    static QList<qint64> unseenSeqs(PgConnection &connection, qint64 lastSeq);
    // With the rows fromServer() copied committed, outside any transaction: builds the indexes of
    // the file at `path` (`db`'s) while its search index is built beside them, as a large
    // import's are (at a million events the search index alone took 5.3 s, after the indexes).
    static void completeIndexes(SQLite::Database &db, const QString &path, const Options &options = Options());

    // Rows of one table selected by a WHERE clause (with its parameters) from the server into
    // `db`: inserted or, when a row with the key is there, updated. For a mirror's pull.
    static qint64 upsertFromServer(PgConnection &connection, SQLite::Database &db, const PgTable &table,
                                   const QByteArray &where, const QList<QVariant> &params,
                                   QHash<QByteArray, qint64> *versions, QList<QByteArray> *keysSeen);

    // The key text of a row as the server's change log writes it (values joined by U+001F).
    static QByteArray versionKey(const QByteArray &table, const QByteArray &key) { return table + '\x1e' + key; }
};

} // namespace entente::pg
