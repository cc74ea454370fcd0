#include "store/pg/pgsnapshot.h"

#include "store/importerrors.h"
#include "store/pg/mirrorstate.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgmirror.h"
#include "store/pg/pgschema.h"
#include "store/schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <optional>

namespace entente::pg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::pg::PgSnapshot", text);
}

// The tables, indexes, triggers and views a file holds, with their SQL.
QStringList schemaOf(SQLite::Database &db)
{
    QStringList out;
    SQLite::Statement q(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    while (q.executeStep())
        out.append(QString::fromUtf8(q.getColumn(0).getText()) + u'|' + QString::fromUtf8(q.getColumn(1).getText())
                   + u'|' + QString::fromUtf8(q.getColumn(2).getText()) + u'|'
                   + QString::fromUtf8(q.getColumn(3).getText()));
    return out;
}

// Exactly what this Entente makes in a mirror, nothing more: the file is read as any mirror is,
// so a trigger or view added to it would run in every desk's Entente.
bool madeByEntente(SQLite::Database &db)
{
    SQLite::Database made(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    Schema::create(made);
    made.exec(MirrorState::kTables);
    return schemaOf(db) == schemaOf(made);
}

StoreError unwhole(const PgConnection &connection)
{
    return StoreError(StoreError::Kind::Other,
                      QCoreApplication::translate("entente::pg::PgSnapshot",
                                                  "The starting copy of the shared timeline %1 is not whole.")
                          .arg(connection.target().displayName()));
}

// The field of one row of `COPY (SELECT data …) TO STDOUT (FORMAT binary)` as libpq hands it
// over (a field count of 1, the length, the bytes; the first row after the header
// "PGCOPY\n\377\r\n\0", flags and an extension of the given length); empty for the trailer;
// nothing when the row is not such a row.
std::optional<QByteArrayView> fieldOf(const char *data, int size, bool first)
{
    const auto be = [data](int at, int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | static_cast<quint8>(data[at + i]);
        return v;
    };
    int at = 0;
    if (first) {
        if (size < 19)
            return std::nullopt;
        at = 19 + static_cast<int>(be(15, 4));
    }
    if (size - at == 2 && be(at, 2) == 0xffff)
        return QByteArrayView();
    if (size - at < 6 || be(at, 2) != 1 || static_cast<qint64>(be(at + 2, 4)) != size - at - 6)
        return std::nullopt;
    return QByteArrayView(data + at + 6, size - at - 6);
}

// Whether copying the tables would be quicker than fetching a copy of `bytes` made at the log's
// number `seq` and pulling everything logged since (someone's import of a million events after
// it, say). Costs as measured on two cores with the server on the same machine: copying the
// tables 0.2 s plus 11 µs an event (10.8 s at a million, indexes built); fetching 300 MB a
// second; pulling 1 ms a changed row (1.0 s for 1,000 edits) and 50 µs an event of someone's
// import (4.9 s for 100,000).
bool quickerWithout(PgConnection &connection, qint64 bytes, qint64 seq)
{
    const PgResult since
        = connection.exec("SELECT count(*) FILTER (WHERE op <> 'B'), bool_or(op = 'B' AND row_key IS NULL), "
                          "coalesce(sum(CASE WHEN op = 'B' AND tbl = 'events' AND row_key LIKE '%..%' THEN "
                          "split_part(row_key, '..', 2)::bigint - split_part(row_key, '..', 1)::bigint + 1 END), 0) "
                          "FROM entente_changes WHERE seq > $1",
                          { seq });
    if (since.toBool(0, 1)) // a whole table copied in since (entente copy)
        return true;
    const qint64 events
        = connection
              .exec("SELECT CASE WHEN reltuples > 0 THEN reltuples::bigint "
                    "ELSE (SELECT count(*) FROM events) END FROM pg_class WHERE oid = 'events'::regclass")
              .toInt64(0, 0);
    const double copyUs = 200000.0 + 11.0 * double(events);
    const double fetchUs
        = double(bytes) / 300.0 + 1000.0 * double(since.toInt64(0, 0)) + 50.0 * double(since.toInt64(0, 2));
    return fetchUs >= copyUs;
}

} // namespace

PgSnapshotOffer PgSnapshot::offered(PgConnection &connection, const QString &databaseId)
{
    PgSnapshotOffer offer;
    if (!connection.exec("SELECT to_regclass('entente_snapshot') IS NOT NULL").toBool(0, 0))
        return offer;
    const PgResult meta = connection.exec("SELECT key, value FROM entente_meta WHERE key LIKE 'snapshot\\_%'");
    QHash<QString, QString> values;
    for (int r = 0; r < meta.rows(); ++r)
        values.insert(meta.text(r, 0), meta.text(r, 1));
    const bool fits = values.value(QStringLiteral("snapshot_schema")).toInt() == Schema::kCurrentVersion
        && values.value(QStringLiteral("snapshot_layout")).toInt() == PgSchema::kLayoutVersion
        && values.value(QStringLiteral("snapshot_database")) == databaseId && !databaseId.isEmpty();
    if (!fits)
        return offer;
    const qint64 bytes = values.value(QStringLiteral("snapshot_bytes")).toLongLong();
    const QString seq = values.value(QStringLiteral("snapshot_seq")); // (not said by a first version)
    if (!seq.isEmpty() && quickerWithout(connection, bytes, seq.toLongLong()))
        return offer;
    offer.bytes = bytes;
    return offer;
}

void PgSnapshot::fetch(PgConnection &connection, const PgSnapshotOffer &offer, const QString &path,
                       const std::function<void(qint64, qint64)> &progress, const std::function<bool()> &cancelled)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw StoreError(StoreError::Kind::Other,
                         tr("The starting copy of the shared timeline %1 cannot be written to %2.")
                             .arg(connection.target().displayName(), path));
    pgTransaction(connection, [&] {
        connection.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
        // The size as this transaction sees it (the offer may have been replaced since).
        const qint64 total
            = connection.exec("SELECT value FROM entente_meta WHERE key = 'snapshot_bytes'").text(0, 0).toLongLong();
        // One COPY in binary: the server sends the parts while this side writes them.
        qint64 done = 0;
        bool first = true;
        connection.copyOut("COPY (SELECT data FROM entente_snapshot ORDER BY part) TO STDOUT (FORMAT binary)",
                           [&](const char *data, int size) {
                               const std::optional<QByteArrayView> part = fieldOf(data, size, first);
                               first = false;
                               if (!part)
                                   throw unwhole(connection);
                               if (file.write(part->data(), part->size()) != part->size())
                                   throw StoreError(
                                       StoreError::Kind::Other,
                                       tr("The starting copy of the shared timeline %1 cannot be written to %2.")
                                           .arg(connection.target().displayName(), path));
                               done += part->size();
                               if (progress && !part->isEmpty())
                                   progress(done, total);
                               if (cancelled && cancelled())
                                   throw ImportCancelled();
                           });
        if (done != total || total != offer.bytes || total == 0)
            throw unwhole(connection);
    });
    if (!file.flush())
        throw StoreError(StoreError::Kind::Other,
                         tr("The starting copy of the shared timeline %1 cannot be written to %2.")
                             .arg(connection.target().displayName(), path));
}

bool PgSnapshot::fetchMirror(PgConnection &connection, const QString &part, const QString &databaseId,
                             const std::function<void(qint64, qint64)> &progress,
                             const std::function<bool()> &cancelled)
{
    const PgSnapshotOffer offer = offered(connection, databaseId);
    if (offer.bytes <= 0)
        return false;
    try {
        fetch(connection, offer, part, progress, cancelled);
        SQLite::Database db(part.toStdString(), SQLite::OPEN_READWRITE);
        if (db.execAndGet("PRAGMA application_id").getInt() != Schema::kApplicationId
            || db.execAndGet("PRAGMA user_version").getInt() != Schema::kCurrentVersion || !madeByEntente(db))
            return false;
        // …of this database, and whole: no import of the owner's half done in it.
        if (MirrorState::get(db, "database_id") != databaseId
            || db.execAndGet("SELECT count(*) FROM meta WHERE key LIKE 'pending\\_%' ESCAPE '\\'").getInt() != 0)
            return false;
        MirrorState::set(db, "own_bulk", QString());
        return true;
    } catch (const ImportCancelled &) {
        throw;
    } catch (const std::exception &) {
        return false;
    }
}

void PgSnapshot::publish(PgConnection &connection, const QString &path, const QString &databaseId, qint64 lastSeq,
                         const std::function<void(qint64, qint64)> &progress)
{
    if (!PgSchema::ownsTables(connection))
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("Only the owner of the shared timeline %1 may publish its starting copy.")
                             .arg(connection.target().displayName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Other,
                         tr("The starting copy of the shared timeline %1 cannot be read from %2.")
                             .arg(connection.target().displayName(), path));
    const qint64 total = file.size();
    pgTransaction(connection, [&] {
        connection.exec("CREATE TABLE IF NOT EXISTS entente_snapshot (part integer PRIMARY KEY, data bytea NOT NULL)");
        // Stored as it is: a database file does not shrink much, and fetching it need not unpack.
        connection.exec("ALTER TABLE entente_snapshot ALTER COLUMN data SET STORAGE EXTERNAL");
        connection.tryExec("GRANT SELECT ON entente_snapshot TO entente_viewer, entente_editor");
        connection.exec("DELETE FROM entente_snapshot");
        qint64 done = 0;
        for (qint64 part = 0; done < total; ++part) {
            const QByteArray data = file.read(kPartBytes);
            if (data.isEmpty())
                throw StoreError(StoreError::Kind::Other,
                                 tr("The starting copy of the shared timeline %1 cannot be read from %2.")
                                     .arg(connection.target().displayName(), path));
            connection.exec("INSERT INTO entente_snapshot (part, data) VALUES ($1, $2)", { part, data });
            done += data.size();
            if (progress)
                progress(done, total);
        }
        connection.exec(
            "INSERT INTO entente_meta (key, value) VALUES ('snapshot_bytes', $1), ('snapshot_schema', $2), "
            "('snapshot_layout', $3), ('snapshot_database', $4), ('snapshot_seq', $5), "
            "('snapshot_by', current_user), ('snapshot_at', (extract(epoch FROM now()) * 1000)::bigint::text) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            { total, Schema::kCurrentVersion, PgSchema::kLayoutVersion, databaseId, lastSeq });
    });
}

qint64 PgMirror::publish(const std::function<void(qint64, qint64)> &progress)
{
    const QString name = m_connection->target().displayName();
    if (m_store.m_readOnly)
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The copy of the shared timeline %1 on this computer is open in another window; "
                            "close it there to publish the starting copy.")
                             .arg(name));
    ensureConnected();
    if (!PgSchema::ownsTables(*m_connection))
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("Only the owner of the shared timeline %1 may publish its starting copy.").arg(name));
    pull();
    // A copy of the mirror as one consistent file, without this desk's own notes; the numbers it
    // could not see yet go with it, for the first pulls of whoever fetches it.
    const QString copy = m_store.path() + QStringLiteral(".publish");
    QFile::remove(copy);
    try {
        SQLite::Statement vacuum(m_store.database(), "VACUUM INTO ?");
        vacuum.bind(1, copy.toStdString());
        vacuum.exec();
        QString databaseId;
        {
            SQLite::Database db(copy.toStdString(), SQLite::OPEN_READWRITE);
            databaseId = MirrorState::get(db, "database_id");
            MirrorState::setNumbers(db, "holes", m_holes.keys());
            MirrorState::set(db, "last_seq", QString::number(m_lastSeq));
            MirrorState::set(db, "own_bulk", QString());
        }
        const qint64 bytes = QFileInfo(copy).size();
        PgSnapshot::publish(*m_connection, copy, databaseId, m_lastSeq, progress);
        QFile::remove(copy);
        return bytes;
    } catch (...) {
        QFile::remove(copy);
        throw;
    }
}

} // namespace entente::pg
