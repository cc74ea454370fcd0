#pragma once

// A shared timeline's starting copy: a whole mirror file, published on the server by the owner of
// its tables (`entente publish`), so that a computer opening the timeline for the first time
// fetches one file instead of copying every table and building every index (at a million events
// 11 s, against about 1 s for the file). The mirror then pulls the change log from where the
// copy stopped, as every mirror does.
//
// On the server: the file in parts (entente_snapshot: part, data) and what it is in entente_meta
// (its size, the Entente schema and database it belongs to). Only the tables' owner writes them;
// viewers and editors read them. A copy that does not fit (another schema, another database, a
// wrong size) is not used: the first open copies the tables, as without one.

#include <QList>
#include <QString>

#include <functional>

namespace entente::pg {

class PgConnection;

struct PgSnapshotOffer
{
    qint64 bytes = 0; // 0: none to use
};

class PgSnapshot
{
public:
    static constexpr qint64 kPartBytes = 4 << 20;

    // The starting copy the server offers for a mirror of the database `databaseId` with this
    // Entente's schema, or none (bytes 0); none too when so much was logged since it was made that
    // copying the tables is quicker.
    static PgSnapshotOffer offered(PgConnection &connection, const QString &databaseId);
    // Fetches it into the new file `path` in one read-only snapshot, reporting bytes; throws
    // ImportCancelled when `cancelled` says so, StoreError when it is not whole.
    static void fetch(PgConnection &connection, const PgSnapshotOffer &offer, const QString &path,
                      const std::function<void(qint64 done, qint64 total)> &progress,
                      const std::function<bool()> &cancelled);
    // The starting copy fetched into `part` as a mirror of the database `databaseId`, when the
    // server offers one that fits: true when `part` then holds one (an Entente file of this
    // schema that says it mirrors this database). Anything wrong with it but a cancel
    // (ImportCancelled) gives false, and the first open copies the tables instead.
    static bool fetchMirror(PgConnection &connection, const QString &part, const QString &databaseId,
                            const std::function<void(qint64 done, qint64 total)> &progress,
                            const std::function<bool()> &cancelled);
    // Replaces the server's starting copy with the file at `path` (a mirror's copy, made with
    // VACUUM INTO, its desk's own notes removed; it holds the log up to `lastSeq`), in one
    // transaction. Only the owner of the tables may: anyone else gets a StoreError (ReadOnly) and
    // the server is left as it was.
    static void publish(PgConnection &connection, const QString &path, const QString &databaseId, qint64 lastSeq,
                        const std::function<void(qint64 done, qint64 total)> &progress);
};

} // namespace entente::pg
