// PgMirror's write path: every write transaction on a shared timeline's mirror records a changeset
// (the SQLite session extension, on the replicated tables), and before the mirror commits, the
// changeset goes to the server in one transaction, each update and delete checked against the
// row version the mirror holds. A row someone else changed since is a Conflict naming who and when.
// The session's declarations are in sqlite3.h only with SQLITE_ENABLE_SESSION (Debian's library
// has them), so it is included first here.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "store/pg/pgmirror.h"

#include "store/deferredindexes.h"
#include "store/pg/changesetstream.h"
#include "store/pg/pgschema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace entente::pg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::PgMirror", text);
}

QVariant toVariant(sqlite3_value *value)
{
    if (!value)
        return {};
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue<qlonglong>(sqlite3_value_int64(value));
    case SQLITE_FLOAT:
        return sqlite3_value_double(value);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_value_blob(value)), sqlite3_value_bytes(value));
    default:
        return {};
    }
}

QByteArray keyText(const QVariant &value)
{
    return value.typeId() == QMetaType::LongLong ? QByteArray::number(value.toLongLong()) : value.toString().toUtf8();
}

void bindValue(SQLite::Statement &q, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        q.bind(index, static_cast<int64_t>(value.toLongLong()));
        break;
    case QMetaType::Double:
        q.bind(index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        q.bind(index, bytes.constData(), static_cast<int>(bytes.size()));
        break;
    }
    default:
        value.isNull() ? q.bind(index) : q.bind(index, value.toString().toStdString());
    }
}

} // namespace

void PgMirror::beginWrite()
{
    if (m_session)
        return;
    ensureConnected();
    sqlite3 *handle = m_store.database().getHandle();
    if (sqlite3session_create(handle, "main", &m_session) != SQLITE_OK) {
        m_session = nullptr;
        throw StoreError(StoreError::Kind::Other,
                         tr("The shared timeline %1 cannot be changed: there was not enough memory.")
                             .arg(m_connection->target().displayName()));
    }
    for (const PgTable &table : PgSchema::current().tables())
        sqlite3session_attach(m_session, table.name.constData());
    m_takenInWrite.clear();
    m_bulkRows = 0;
}

void PgMirror::endWrite() noexcept
{
    if (m_session)
        sqlite3session_delete(m_session);
    m_session = nullptr;
    m_bulkRows = 0;
}

qint64 PgMirror::seenVersion(const QByteArray &table, const QByteArray &key) const
{
    SQLite::Statement q(mirrorDatabase(), "SELECT version FROM shared_versions WHERE tbl = ? AND key = ?");
    q.bind(1, table.toStdString());
    q.bind(2, key.toStdString());
    return q.executeStep() ? q.getColumn(0).getInt64() : 1;
}

SQLite::Database &PgMirror::mirrorDatabase() const
{
    if (m_stream)
        m_stream->finish();
    return m_store.database();
}

void PgMirror::pushBeforeCommit()
{
    if (!m_session)
        return;
    auto noMemory = [this] {
        return StoreError(StoreError::Kind::Other,
                          tr("The shared timeline %1 cannot be changed: there was not enough memory.")
                              .arg(m_connection->target().displayName()));
    };
    // An import's many new rows go with COPY, one log row per table (a range of ids) instead of
    // one per row; the few other changes row by row, all in the same transaction. Its changeset
    // is sent as it is made; any other is made whole, and counted, first.
    std::unique_ptr<ChangesetStream> stream;
    std::unique_ptr<void, decltype(&sqlite3_free)> owned(nullptr, &sqlite3_free);
    sqlite3_changeset_iter *iterator = nullptr;
    bool bulk = m_bulkRows >= kBulkRows;
    struct Streaming
    {
        ChangesetStream *&current;
        ~Streaming() { current = nullptr; }
    } streaming { m_stream };
    SQLite::Database &db = m_store.database();
    // An import into an empty mirror leaves its indexes to build (DeferredIndexes): while the
    // server takes its rows, on the changeset's thread once it is made; else before it is made.
    auto buildIndexes = [&db](const std::function<bool()> &stopped) {
        if (!DeferredIndexes::pending(db))
            return;
        DeferredIndexes::Hooks hooks;
        hooks.cancelled = stopped;
        DeferredIndexes::complete(db, QString(), hooks);
    };
    if (bulk) {
        stream = std::make_unique<ChangesetStream>(m_session, buildIndexes);
        m_stream = stream.get();
        if (sqlite3changeset_start_strm(&iterator, &ChangesetStream::input, stream.get()) != SQLITE_OK)
            throw noMemory();
    } else {
        buildIndexes([] { return false; });
        int size = 0;
        void *data = nullptr;
        if (sqlite3session_changeset(m_session, &size, &data) != SQLITE_OK)
            throw noMemory();
        owned.reset(data);
        if (size == 0)
            return;
        if (sqlite3changeset_start(&iterator, size, data) != SQLITE_OK)
            throw noMemory();
        bulk = countInserts(data, size) >= kBulkRows;
    }
    std::unique_ptr<sqlite3_changeset_iter, decltype(&sqlite3changeset_finalize)> iter(iterator,
                                                                                       &sqlite3changeset_finalize);
    QHash<QByteArray, qint64> versions; // table \x1e key → its version now (0: deleted)
    QList<qint64> ownBulk; // the log rows of its COPYs: this transaction's (the time it began)
    pgTransaction(*m_connection, [&] {
        bool more = sqlite3changeset_next(iterator) == SQLITE_ROW;
        while (more) {
            if (bulk && copyInserts(iterator, &more))
                continue;
            pushChange(iterator, versions);
            more = sqlite3changeset_next(iterator) == SQLITE_ROW;
        }
        // Every change read, or the server is not to have any: an iterator stops at an error
        // as at the end, and a changeset made in part is not a write.
        const int made = stream ? stream->finish() : SQLITE_OK;
        if (sqlite3changeset_finalize(iter.release()) != SQLITE_OK || made != SQLITE_OK)
            throw noMemory();
        if (bulk) {
            const PgResult own = m_connection->exec(
                "SELECT seq FROM entente_changes WHERE op = 'B' AND pid = pg_backend_pid() AND at = now()");
            for (int r = 0; r < own.rows(); ++r)
                ownBulk.append(own.toInt64(r, 0));
        }
    });
    noteOwnBulk(ownBulk);
    // The server has it: the mirror's versions follow, in the transaction about to commit.
    SQLite::Statement put(db, "INSERT OR REPLACE INTO shared_versions (tbl, key, version) VALUES (?, ?, ?)");
    SQLite::Statement clear(db, "DELETE FROM shared_versions WHERE tbl = ? AND key = ?");
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const qsizetype split = it.key().indexOf('\x1e');
        SQLite::Statement &q = it.value() > 1 ? put : clear;
        q.bind(1, it.key().left(split).toStdString());
        q.bind(2, it.key().mid(split + 1).toStdString());
        if (it.value() > 1)
            q.bind(3, static_cast<int64_t>(it.value()));
        q.exec();
        q.reset();
    }
}

// The changeset's inserts, counted up to kBulkRows.
int PgMirror::countInserts(void *data, int size)
{
    int inserts = 0;
    sqlite3_changeset_iter *counter = nullptr;
    if (sqlite3changeset_start(&counter, size, data) != SQLITE_OK)
        return 0;
    while (sqlite3changeset_next(counter) == SQLITE_ROW && inserts < kBulkRows) {
        const char *name = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(counter, &name, &columns, &op, &indirect);
        inserts += op == SQLITE_INSERT ? 1 : 0;
    }
    sqlite3changeset_finalize(counter);
    return inserts;
}

// At an INSERT: sends it and the INSERTs into the same table after it with one COPY, leaving the
// iterator at the first change after them (`more` false at the end). False at another change.
bool PgMirror::copyInserts(void *iteratorPointer, bool *more)
{
    auto *iterator = static_cast<sqlite3_changeset_iter *>(iteratorPointer);
    const char *tableName = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(iterator, &tableName, &columns, &op, &indirect);
    const QByteArray name(tableName);
    const PgTable *table = PgSchema::current().table(name);
    if (op != SQLITE_INSERT || !table || columns != table->columns.size() || name == "meta")
        return false;
    const int first = table->key.first();
    const bool ranged = table->columns.at(first).integer;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    m_connection->exec("SET LOCAL entente.bulk = 'on'");
    auto fill = [&](QByteArray &buffer) {
        while (*more && buffer.size() < (1 << 20)) {
            const char *current = nullptr;
            sqlite3changeset_op(iterator, &current, &columns, &op, &indirect);
            if (op != SQLITE_INSERT || name != current)
                return false;
            for (int i = 0; i < columns; ++i) {
                sqlite3_value *value = nullptr;
                sqlite3changeset_new(iterator, i, &value);
                if (i > 0)
                    buffer.append('\t');
                const QVariant v = toVariant(value);
                PgConnection::appendCopyValue(buffer, v);
                if (i == first && ranged) {
                    low = std::min(low, v.toLongLong());
                    high = std::max(high, v.toLongLong());
                }
            }
            buffer.append('\n');
            *more = sqlite3changeset_next(iterator) == SQLITE_ROW;
        }
        return *more && buffer.size() >= (1 << 20);
    };
    try {
        m_connection->copyIn("COPY " + table->name + " (" + table->columnList() + ") FROM STDIN", fill);
    } catch (const PgError &e) {
        if (e.sqlState() != "23505")
            throw;
        // The ids are the server's own: what is there twice is a name someone added meanwhile.
        m_connection->rollback();
        throw StoreError(StoreError::Kind::Conflict,
                         tr("Someone else added a tag, an actor or another record of the same name to the shared "
                            "timeline %1 meanwhile, so nothing was added; try again to use theirs.")
                             .arg(m_connection->target().displayName()));
    }
    m_connection->exec("SET LOCAL entente.bulk = 'off'");
    m_connection->exec(
        "SELECT entente_log_bulk($1, $2)",
        { QString::fromUtf8(table->name),
          ranged ? QVariant(QString::number(low) + QStringLiteral("..") + QString::number(high)) : QVariant() });
    if (table->hasIdSequence() && ranged)
        m_connection->exec("SELECT entente_bump_ids($1::regclass, $2)",
                           { QString::fromUtf8(table->name + "_id_seq"), high });
    return true;
}

void PgMirror::pushChange(void *iteratorPointer, QHash<QByteArray, qint64> &versions)
{
    auto *iterator = static_cast<sqlite3_changeset_iter *>(iteratorPointer);
    const char *tableName = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(iterator, &tableName, &columns, &op, &indirect);
    const PgTable *table = PgSchema::current().table(QByteArray(tableName));
    if (!table || columns != table->columns.size())
        return;
    QList<QVariant> oldValues(columns);
    QList<QVariant> newValues(columns);
    QList<bool> changed(columns, false);
    for (int i = 0; i < columns; ++i) {
        sqlite3_value *value = nullptr;
        if (op != SQLITE_INSERT && sqlite3changeset_old(iterator, i, &value) == SQLITE_OK)
            oldValues[i] = toVariant(value);
        value = nullptr;
        if (op != SQLITE_DELETE && sqlite3changeset_new(iterator, i, &value) == SQLITE_OK && value) {
            newValues[i] = toVariant(value);
            changed[i] = true;
        }
    }
    const QList<QVariant> &keySource = op == SQLITE_INSERT ? newValues : oldValues;
    QByteArrayList keyParts;
    QList<QVariant> keyValues;
    for (const int k : table->key) {
        keyParts.append(keyText(keySource.at(k)));
        keyValues.append(keySource.at(k));
    }
    const QByteArray key = keyParts.join(PgSchema::kKeySeparator);
    // What names the row (its event's id...), as the changeset has it.
    auto namedBy = [&]() {
        const int c = table->naming.column;
        return c < 0 ? QVariant() : newValues.at(c).isValid() ? newValues.at(c) : oldValues.at(c);
    };
    // An import's bookkeeping in meta stays in the file.
    if (table->name == "meta" && key.startsWith("pending_"))
        return;
    const QByteArray versionKey = table->name + '\x1e' + key;
    QList<QVariant> params;
    auto match = [&]() -> QByteArray {
        QByteArrayList parts;
        for (qsizetype i = 0; i < table->key.size(); ++i) {
            params.append(keyValues.at(i));
            parts.append(table->columns.at(table->key.at(i)).name + " = $" + QByteArray::number(params.size()));
        }
        return parts.join(" AND ");
    };
    try {
        if (op == SQLITE_INSERT) {
            QByteArrayList marks;
            for (int i = 0; i < columns; ++i) {
                params.append(newValues.at(i));
                marks.append('$' + QByteArray::number(i + 1));
            }
            QByteArray sql
                = "INSERT INTO " + table->name + " (" + table->columnList() + ") VALUES (" + marks.join(", ") + ")";
            if (m_overwrite) {
                QByteArrayList sets;
                for (int i = 0; i < columns; ++i)
                    if (!table->key.contains(i))
                        sets.append(table->columns.at(i).name + " = EXCLUDED." + table->columns.at(i).name);
                sql += " ON CONFLICT (" + table->keyList() + ") DO "
                    + (sets.isEmpty() ? QByteArray("NOTHING") : "UPDATE SET " + sets.join(", "));
            }
            m_connection->exec(sql + " RETURNING row_version", params);
            versions.insert(versionKey, 1);
            return;
        }
        if (op == SQLITE_UPDATE) {
            QByteArrayList sets;
            for (int i = 0; i < columns; ++i) {
                if (!changed.at(i) || table->key.contains(i))
                    continue;
                params.append(newValues.at(i));
                sets.append(table->columns.at(i).name + " = $" + QByteArray::number(params.size()));
            }
            if (sets.isEmpty())
                return;
            QByteArray sql = "UPDATE " + table->name + " SET " + sets.join(", ") + " WHERE " + match();
            if (!m_overwrite) {
                params.append(seenVersion(table->name, key));
                sql += " AND row_version = $" + QByteArray::number(params.size());
            }
            const PgResult r = m_connection->exec(sql + " RETURNING row_version", params);
            if (r.rows() == 0)
                refuseConflict(*table, key, keyValues, namedBy(), true);
            versions.insert(versionKey, r.toInt64(0, 0));
            return;
        }
        // A delete: of a row already gone (the server's cascade from its parent, or another
        // person's delete) there is nothing to refuse.
        QByteArray sql = "DELETE FROM " + table->name + " WHERE " + match();
        const QByteArray where = sql.mid(sql.indexOf(" WHERE ") + 7);
        const QList<QVariant> whereParams = params;
        if (!m_overwrite) {
            params.append(seenVersion(table->name, key));
            sql += " AND row_version = $" + QByteArray::number(params.size());
        }
        if (m_connection->exec(sql, params).affected() == 0
            && m_connection->exec("SELECT 1 FROM " + table->name + " WHERE " + where, whereParams).rows() > 0)
            refuseConflict(*table, key, keyValues, namedBy(), false);
        versions.insert(versionKey, 0);
    } catch (const PgError &e) {
        if (e.sqlState() != "23505")
            throw;
        if (op == SQLITE_INSERT && table->hasIdSequence()) // its id is the server's: a name is there twice
            refuseSameName(*table, keyValues, namedBy());
        refuseConflict(*table, key, keyValues, namedBy(), false);
    }
}

// What a person calls a row: the name its table's naming (PgSchema) leads to, on the server or, gone
// there, in the mirror (the write not rolled back yet). `value`: what names it, if the changeset had
// it; else read by the row's key.
QString PgMirror::recordName(const PgTable &table, const QList<QVariant> &keyValues, QVariant value) const
{
    const PgTable::Naming &naming = table.naming;
    if (naming.column < 0)
        return {};
    const QByteArray column = table.columns.at(naming.column).name;
    QByteArrayList where;
    for (qsizetype i = 0; i < table.key.size(); ++i)
        where.append(table.columns.at(table.key.at(i)).name + " = $" + QByteArray::number(i + 1));
    const QByteArray byKey = " FROM " + table.name + " WHERE " + where.join(" AND ");
    const QByteArray byName = "SELECT " + naming.nameColumn + " FROM " + naming.table + " WHERE " + naming.keyColumn;
    auto local = [this](const QByteArray &sql, const QList<QVariant> &params) -> QVariant {
        QByteArray text = sql;
        for (qsizetype i = params.size(); i > 0; --i)
            text.replace(QByteArray('$' + QByteArray::number(i)), "?");
        SQLite::Statement q(mirrorDatabase(), text.toStdString());
        for (int i = 0; i < params.size(); ++i)
            bindValue(q, i + 1, params.at(i));
        return q.executeStep() ? QVariant(QString::fromStdString(q.getColumn(0).getString())) : QVariant();
    };
    if (value.isNull()) {
        const PgResult r = m_connection->exec("SELECT " + column + byKey, keyValues);
        value = r.rows() > 0 && !r.isNull(0, 0) ? QVariant(r.text(0, 0)) : local("SELECT " + column + byKey, keyValues);
    }
    if (value.isNull())
        return {};
    const PgResult r = m_connection->exec(byName + " = $1", { value });
    return r.rows() > 0 ? r.text(0, 0) : local(byName + " = $1", { value }).toString();
}

void PgMirror::refuseSameName(const PgTable &table, const QList<QVariant> &keyValues, const QVariant &namedBy)
{
    m_connection->rollback();
    throw StoreError(StoreError::Kind::Conflict,
                     tr("Someone else added “%1” to the shared timeline %2 meanwhile, so nothing was added; try "
                        "again to use theirs.")
                         .arg(recordName(table, keyValues, namedBy), m_connection->target().displayName()));
}

void PgMirror::refuseConflict(const PgTable &table, const QByteArray &key, const QList<QVariant> &keyValues,
                              const QVariant &namedBy, bool updating)
{
    m_connection->rollback();
    const PgResult who
        = m_connection->exec("SELECT by_user, (extract(epoch FROM at) * 1000)::bigint, op FROM entente_changes "
                             "WHERE tbl = $1 AND row_key = $2 ORDER BY seq DESC LIMIT 1",
                             { QString::fromUtf8(table.name), QString::fromUtf8(key) });
    QString name = recordName(table, keyValues, namedBy);
    if (name.isEmpty())
        name = tr("a record");
    else
        name = tr("“%1”").arg(name);
    if (who.rows() == 0)
        throw StoreError(StoreError::Kind::Conflict, tr("Someone else changed %1 since you read it.").arg(name));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(who.toInt64(0, 1)).toLocalTime();
    const QLocale locale;
    const QString when = at.date() == QDate::currentDate() ? locale.toString(at.time(), QLocale::ShortFormat)
                                                           : locale.toString(at, QLocale::ShortFormat);
    const bool deleted = who.raw(0, 2) == "D" || (updating && who.raw(0, 2) == "D");
    throw StoreError(
        StoreError::Kind::Conflict,
        (deleted ? tr("%1 deleted %2 at %3 since you read it.") : tr("%1 changed %2 at %3 since you read it."))
            .arg(who.text(0, 0), name, when));
}

} // namespace entente::pg
