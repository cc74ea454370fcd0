// PgCopy: whole tables both ways with COPY's text format (one line per row, tab between fields,
// \N for NULL), converted by the column types PgSchema read off the SQLite schema.
#include "store/pg/pgcopy.h"

#include "store/deferredindexes.h"
#include "store/importerrors.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgschema.h"
#include "store/schema.h"
#include "store/searchindexbuilder.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QCoreApplication>

#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace entente::pg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::PgCopy", text);
}

// Rows an Entente file keeps for itself and never shares: an import's bookkeeping in meta.
bool privateRow(const PgTable &table, SQLite::Statement &row)
{
    return table.name == "meta" && QByteArray(row.getColumn(0).getText()).startsWith("pending_");
}

void bindField(SQLite::Statement &statement, int index, const PgColumn &column, const QByteArray &value, bool isNull)
{
    if (isNull) {
        statement.bind(index);
    } else if (column.integer) {
        statement.bind(index, static_cast<int64_t>(std::strtoll(value.constData(), nullptr, 10)));
    } else if (column.real) {
        statement.bind(index, std::strtod(value.constData(), nullptr));
    } else if (column.blob) {
        const QByteArray bytes = QByteArray::fromHex(value.startsWith("\\x") ? value.mid(2) : value);
        statement.bind(index, bytes.constData(), int(bytes.size()));
    } else {
        statement.bind(index, value.toStdString()); // text (a pointer and size would bind a blob)
    }
}

QByteArray insertSql(const PgTable &table, bool upsert)
{
    QByteArray sql = (upsert ? "INSERT INTO " : "INSERT OR REPLACE INTO ") + table.name + " (" + table.columnList()
        + ") VALUES (?";
    for (qsizetype i = 1; i < table.columns.size(); ++i)
        sql += ",?";
    sql += ')';
    if (upsert) {
        QByteArrayList sets;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            if (!table.key.contains(int(i)))
                sets.append(table.columns.at(i).name + " = excluded." + table.columns.at(i).name);
        sql += " ON CONFLICT (" + table.keyList() + ") DO "
            + (sets.isEmpty() ? QByteArray("NOTHING") : "UPDATE SET " + sets.join(", "));
    }
    return sql;
}

// One row's fields (the table's columns, then row_version) into `insert`; its key text and
// version noted.
void storeRow(SQLite::Statement &insert, const PgTable &table, const QList<QByteArray> &fields,
              const QList<bool> &nulls, QHash<QByteArray, qint64> *versions, QList<QByteArray> *keysSeen)
{
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        bindField(insert, int(i) + 1, table.columns.at(i), fields.at(i), nulls.at(i));
    insert.exec();
    insert.reset();
    const qint64 version = std::strtoll(fields.value(table.columns.size()).constData(), nullptr, 10);
    if ((versions && version != 1) || keysSeen) {
        QByteArrayList key;
        for (const int k : table.key)
            key.append(fields.at(k));
        const QByteArray keyText = key.join(PgSchema::kKeySeparator);
        if (keysSeen)
            keysSeen->append(keyText);
        if (versions && version != 1)
            versions->insert(PgCopy::versionKey(table.name, keyText), version);
    }
}

// Every replicated table's rows in the caller's snapshot, so a first open can say how far it is.
qint64 countRows(PgConnection &connection, const PgSchema &schema)
{
    QByteArrayList counts;
    for (const PgTable &table : schema.tables())
        counts.append("(SELECT count(*) FROM " + table.name + ")");
    return connection.exec("SELECT " + counts.join(" + ")).toInt64(0, 0);
}

} // namespace

qint64 PgCopy::toServer(SQLite::Database &db, PgConnection &connection, const Options &options)
{
    const PgSchema &schema = PgSchema::current();
    qint64 total = 0;
    pgTransaction(connection, [&] {
        for (const PgTable &table : schema.tables())
            if (connection.exec("SELECT EXISTS (SELECT 1 FROM " + table.name + ")").toBool(0, 0))
                throw StoreError(StoreError::Kind::Other,
                                 tr("The shared timeline %1 already holds a timeline; copy into an empty one (made "
                                    "with entente init).")
                                     .arg(connection.target().displayName()));
        // Row by row history would be a million rows: the log gets one row per table.
        connection.exec("SET LOCAL entente.bulk = 'on'");
        const bool suspended = schema.suspendForBulk(connection);
        for (const PgTable &table : schema.tables()) {
            SQLite::Statement select(db,
                                     QByteArray("SELECT " + table.columnList() + " FROM " + table.name).toStdString());
            qint64 rows = 0;
            connection.copyIn(
                "COPY " + table.name + " (" + table.columnList() + ") FROM STDIN", [&](QByteArray &buffer) {
                    if (options.cancelled && options.cancelled())
                        throw ImportCancelled();
                    while (buffer.size() < (1 << 20)) {
                        if (!select.executeStep())
                            return false;
                        if (privateRow(table, select))
                            continue;
                        for (int c = 0; c < select.getColumnCount(); ++c) {
                            if (c > 0)
                                buffer.append('\t');
                            const SQLite::Column value = select.getColumn(c);
                            if (value.isNull())
                                buffer.append("\\N", 2);
                            else if (value.isBlob())
                                buffer.append("\\\\x").append(
                                    QByteArray(static_cast<const char *>(value.getBlob()), value.getBytes()).toHex());
                            else
                                PgConnection::appendCopyText(buffer, QByteArray(value.getText(), value.getBytes()));
                        }
                        buffer.append('\n');
                        ++rows;
                    }
                    return true;
                });
            total += rows;
            if (rows > 0)
                connection.exec("SELECT entente_log_bulk($1, NULL)", { QString::fromUtf8(table.name) });
            if (table.hasIdSequence())
                connection.exec("SELECT setval($1::regclass, greatest(coalesce(max(" + table.keyList()
                                    + "), 0), 1)) FROM " + table.name,
                                { QString::fromUtf8(table.name + "_id_seq") });
            if (options.progress)
                options.progress(QString::fromUtf8(table.name), rows);
        }
        if (options.cancelled && options.cancelled())
            throw ImportCancelled();
        if (suspended) {
            if (options.progress)
                options.progress(tr("indexes"), 0);
            schema.resumeAfterBulk(connection);
        }
    });
    return total;
}

qint64 PgCopy::fromServer(PgConnection &connection, SQLite::Database &db, const Options &options,
                          QHash<QByteArray, qint64> *versions, qint64 *rowsCopied, QList<qint64> *holes)
{
    const PgSchema &schema = PgSchema::current();
    qint64 lastSeq = 0;
    qint64 total = 0;
    // The search index and the tables' own indexes are built once at the end, not row by row
    // (at a million events the rows go in several times quicker).
    Schema::dropSearchTriggers(db);
    std::vector<std::pair<std::string, std::string>> indexes;
    {
        SQLite::Statement q(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
        while (q.executeStep())
            indexes.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    }
    for (const auto &[name, sql] : indexes)
        db.exec("DROP INDEX " + name);
    connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
        lastSeq = connection.exec("SELECT coalesce(max(seq), 0) FROM entente_changes").toInt64(0, 0);
        if (holes)
            *holes = unseenSeqs(connection, lastSeq);
        const qint64 expected = options.rows ? countRows(connection, schema) : 0;
        for (const PgTable &table : schema.tables()) {
            SQLite::Statement insert(db, insertSql(table, false).toStdString());
            QList<QByteArray> fields;
            QList<bool> nulls;
            qint64 rows = 0;
            connection.copyOut(
                "COPY (SELECT " + table.columnList() + ", row_version FROM " + table.name + ") TO STDOUT",
                [&](const char *data, int size) {
                    if (size > 0 && data[size - 1] == '\n')
                        --size;
                    fields.clear();
                    nulls.clear();
                    int start = 0;
                    for (int i = 0; i <= size; ++i) {
                        if (i == size || data[i] == '\t') {
                            bool isNull = false;
                            fields.append(PgConnection::unescapeCopyField(data + start, i - start, &isNull));
                            nulls.append(isNull);
                            start = i + 1;
                        }
                    }
                    storeRow(insert, table, fields, nulls, versions, nullptr);
                    if ((++rows & 0x3fff) == 0) {
                        if (options.cancelled && options.cancelled())
                            throw ImportCancelled();
                        if (options.rows)
                            options.rows(total + rows, expected);
                    }
                });
            total += rows;
            if (options.rows)
                options.rows(total, expected);
            if (options.progress)
                options.progress(QString::fromUtf8(table.name), rows);
        }
        connection.commit();
    } catch (...) {
        connection.rollback();
        throw;
    }
    // Built after the commit (completeIndexes), beside the search index.
    std::vector<std::string> statements;
    for (const auto &index : indexes)
        statements.push_back(index.second);
    DeferredIndexes::mark(db, statements, {});
    if (rowsCopied)
        *rowsCopied = total;
    return lastSeq;
}

QList<qint64> PgCopy::unseenSeqs(PgConnection &connection, qint64 lastSeq)
{
    const PgResult r = connection.exec("SELECT g FROM generate_series(greatest(1, $1::bigint - 1000), $1::bigint) g "
                                       "WHERE NOT EXISTS (SELECT 1 FROM entente_changes c WHERE c.seq = g)",
                                       { lastSeq });
    QList<qint64> out;
    for (int i = 0; i < r.rows(); ++i)
        out.append(r.toInt64(i, 0));
    return out;
}

void PgCopy::completeIndexes(SQLite::Database &db, const QString &path, const Options &options)
{
    // The search index's scratch file beside the file, attached before the transaction, which
    // then begins deferred (see SearchIndexBuilder::attachTo).
    const std::unique_ptr<SearchIndexBuilder> builder
        = SearchIndexBuilder::attachedTo(db, DeferredIndexes::scratchPath(path));
    DeferredIndexes::Hooks hooks;
    hooks.cancelled = options.cancelled;
    hooks.report = options.indexSteps;
    db.exec("PRAGMA threads = 2");
    db.exec(builder && builder->attached() ? "BEGIN" : "BEGIN IMMEDIATE");
    try {
        DeferredIndexes::complete(db, path, hooks, builder.get());
        db.exec("COMMIT");
    } catch (...) {
        if (sqlite3_get_autocommit(db.getHandle()) == 0)
            db.exec("ROLLBACK");
        throw;
    }
}

qint64 PgCopy::upsertFromServer(PgConnection &connection, SQLite::Database &db, const PgTable &table,
                                const QByteArray &where, const QList<QVariant> &params,
                                QHash<QByteArray, qint64> *versions, QList<QByteArray> *keysSeen)
{
    const PgResult result = connection.exec(
        "SELECT " + table.columnList() + ", row_version FROM " + table.name + " WHERE " + where, params);
    SQLite::Statement insert(db, insertSql(table, true).toStdString());
    QList<QByteArray> fields;
    QList<bool> nulls;
    for (int r = 0; r < result.rows(); ++r) {
        fields.clear();
        nulls.clear();
        for (int c = 0; c < result.columns(); ++c) {
            nulls.append(result.isNull(r, c));
            fields.append(result.raw(r, c));
        }
        storeRow(insert, table, fields, nulls, versions, keysSeen);
    }
    return result.rows();
}

} // namespace entente::pg
