#pragma once

// A shared timeline's local mirror: an ordinary Entente file in the cache folder
// ("<cache>/shared/<host>_<port>_<db>_<user>.entente") that every read uses, kept in step with
// the PostgreSQL database by the change log (entente_changes). Owned by its Store (Store::shared()).
//
// - open(): connects, checks the database (Entente's, a version this Entente reads), makes the
//   mirror on first open (a COPY of every replicated table) and otherwise pulls the change log
//   since the mirror's last sequence number.
// - pull(): what pglive's listener calls (through Store::pullRemote) when a notification says
//   the log grew: applies the rows others changed to the mirror by key, and returns them.
// - push(): called by the Store before its local COMMIT: sends the transaction's changeset (the
//   SQLite session extension on the mirror) to the server in one transaction, each update and
//   delete checked against the row version the mirror holds.

#include "store/idrange.h"
#include "store/pg/pgconnection.h"
#include "store/remotechanges.h"
#include "store/store.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3_session;

namespace entente::pg {

class ChangesetStream;
class PgSchema;
struct PgTable;

class PgMirror
{
public:
    // What Store::open does with a URL.
    static Store::OpenResult open(const QString &url, const Store::OpenOptions &options);
    // The mirror's file for a database, in `cacheDir` (empty: ENTENTE_SHARED_CACHE, else the
    // cache location + "/shared").
    static QString mirrorPath(const PgTarget &target, const QString &cacheDir = QString());

    ~PgMirror();
    PgMirror(const PgMirror &) = delete;
    PgMirror &operator=(const PgMirror &) = delete;

    PgConnection &connection() { return *m_connection; }
    QString url() const; // without a password
    // The last change log sequence number the mirror holds.
    qint64 lastSeq() const { return m_lastSeq; }
    // Whether the database's role may write (an editor or owner); a viewer's store is read-only.
    bool canWrite() const { return m_canWrite; }
    int backendPid() const;

    // Brings the mirror up to date with the server's change log. Throws StoreError (Connection)
    // when the server cannot be reached; the mirror is then left as it was.
    RemoteChanges pull();
    // Someone else's import logged since this mirror's last pull (a bulk copy, not its own): who
    // made it and how many events it holds (0: not said), so a window can have it fetched on a
    // worker thread, through a store of its own on this mirror's file (seconds at 100k events),
    // and then adoptPull(). Throws StoreError (Connection) when the server cannot be reached.
    std::optional<WaitingImport> waitingImport();
    // After another store pulled into this mirror's file: this one goes on from where it left.
    void adoptPull();
    // Publishes this mirror, brought up to date first, as the server's starting copy
    // (PgSnapshot), reporting bytes sent; returns its size. Only the tables' owner may: anyone
    // else gets a StoreError (ReadOnly) and nothing is sent. Throws StoreError.
    qint64 publish(const std::function<void(qint64 done, qint64 total)> &progress = nullptr);

    // The Store's hooks (store.cpp): a write transaction begins (a session is attached to the
    // replicated tables), is about to commit (its changeset pushed to the server: throws
    // StoreError Conflict/ReadOnly/Connection, after which the Store rolls back), or ended.
    void beginWrite();
    void pushBeforeCommit();
    void endWrite() noexcept;
    void setOverwriteConflicts(bool on) { m_overwrite = on; }
    // An import wrote this many new rows in the write: with kBulkRows or more, its changeset is
    // sent while SQLite makes it (ChangesetStream), with COPY, instead of made whole first.
    void noteBulkRows(qint64 rows) { m_bulkRows += rows; }
    // The id for one new row of `table` (0: SQLite chooses, a table without a sequence). A write
    // adding many rows one by one takes them in blocks (reserveIds) after its first few.
    qint64 takeId(const char *table);
    // Ids for many new rows of `table` (an import): a run of at most `wanted` ids the server's
    // sequence gave this mirror alone, so rows others add meanwhile never collide with them.
    // Asked of the server `wanted` at a time in one round trip; what a run leaves is kept for the
    // next call. Empty for a table without a sequence.
    IdRange reserveIds(const char *table, qint64 wanted);
    // The events whose texts hold every word of `text` (each as the start of a word, accents
    // ignored), found by the server, in date order; none when the server cannot be reached (the
    // caller then asks the mirror's own index).
    std::optional<QList<EventId>> search(const QString &text);
    // For tests: called after each round trip that reserved ids, with the table's name.
    void setReservedHook(std::function<void(const QByteArray &table)> hook) { m_reservedHook = std::move(hook); }

private:
    PgMirror(Store &store, std::unique_ptr<PgConnection> connection);
    RemoteChanges pullLocked();
    // After the server went away (a restart, a dropped connection): a new connection, its
    // server process counted as this mirror's own. Throws PgError (Connection) while it is gone.
    void ensureConnected();
    void expireHoles();
    void apply(const QHash<QByteArray, QSet<QByteArray>> &keys, const QHash<QByteArray, QList<QByteArray>> &ranges,
               RemoteChanges &out);
    void describe(RemoteChanges &out) const;
    // The push's parts (pgpush.cpp).
    void pushChange(void *iterator, QHash<QByteArray, qint64> &versions);
    bool copyInserts(void *iterator, bool *more);
    static int countInserts(void *changeset, int size);
    static constexpr int kBulkRows = 2000; // a transaction with this many new rows is pushed with COPY
    [[noreturn]] void refuseConflict(const PgTable &table, const QByteArray &key, const QList<QVariant> &keyValues,
                                     const QVariant &namedBy, bool updating);
    void reserveFromServer(const PgTable &table, qint64 count);
    [[noreturn]] void refuseSameName(const PgTable &table, const QList<QVariant> &keyValues, const QVariant &namedBy);
    QString recordName(const PgTable &table, const QList<QVariant> &keyValues, QVariant value) const;
    qint64 seenVersion(const QByteArray &table, const QByteArray &key) const;
    // The mirror's connection, once the changeset being sent is made whole: while SQLite makes
    // it on its thread (m_stream), nothing else may use the connection (it has no lock of its own).
    SQLite::Database &mirrorDatabase() const;

    Store &m_store;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<PgSchema> m_schema;
    sqlite3_session *m_session = nullptr;
    // The change log's numbers of this mirror's own bulk copies (an import it pushed): their rows
    // were in the mirror before they were sent, so a pull skips them (kept in shared_state, so a
    // later session of the mirror skips them too).
    void noteOwnBulk(const QList<qint64> &seqs);
    QSet<qint64> ownBulk() const;
    qint64 m_lastSeq = 0;
    bool m_canWrite = false;
    bool m_overwrite = false;
    bool m_pulling = false;
    QHash<qint64, qint64> m_holes; // change log numbers skipped so far → when first missed (ms)
    QSet<int> m_ownPids; // the server processes this mirror's connection has had
    QHash<QByteArray, QList<IdRange>> m_reserved; // per table: ids the server gave, not used yet
    QHash<QByteArray, int> m_takenInWrite; // per table: takeId's calls in this write
    qint64 m_bulkRows = 0; // noteBulkRows in this write
    ChangesetStream *m_stream = nullptr; // the changeset being sent as it is made
    std::function<void(const QByteArray &)> m_reservedHook;
};

} // namespace entente::pg
