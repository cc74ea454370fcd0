#pragma once

// A small RAII layer over libpq, the only place Entente talks to PostgreSQL. Values always travel
// as parameters (PQexecParams), never inside the SQL text. A failure becomes a PgError: one
// sentence naming the database ("The shared timeline “desk” on db.example.org cannot be written:
// …"), never the server's own text, with the server's SQLSTATE kept for code that decides on it.

#include "store/store.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace entente::pg {

// What a PostgreSQL call refused: StoreError's sentence plus the SQLSTATE ("40001", "42501"; empty
// when the connection itself failed).
class PgError : public StoreError
{
public:
    PgError(Kind kind, const QString &sentence, QByteArray sqlState);
    QByteArray sqlState() const { return m_sqlState; }

private:
    QByteArray m_sqlState;
};

// One result (rows of a query, or the status of a command). Values are read as text (every
// query here asks for text results), converted on the way out.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    int column(const char *name) const; // -1 when there is no such column
    QByteArray columnName(int column) const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray raw(int row, int column) const; // the text form as the server sent it
    qint64 toInt64(int row, int column) const; // 0 for NULL
    double toDouble(int row, int column) const;
    bool toBool(int row, int column) const; // PostgreSQL's "t"
    QByteArray bytea(int row, int column) const; // a bytea column, unescaped
    qint64 affected() const; // rows an INSERT/UPDATE/DELETE touched
    pg_result *handle() const { return m_result; }

private:
    pg_result *m_result = nullptr;
};

// The parts of a connection string that name a database, for messages and the mirror's name.
struct PgTarget
{
    QString host; // "localhost" when a socket was used
    QString port;
    QString database;
    QString user;
    // "“desk” on db.example.org" (the port when it is not 5432)
    QString displayName() const;
};

class PgConnection
{
public:
    // Whether `location` is a PostgreSQL URL (postgresql:// or postgres://) rather than a file.
    static bool isUrl(const QString &location);
    // Reads host/port/database/user from a URL without connecting (libpq's defaults filled in:
    // PGHOST, PGUSER, ...). Null with `error` set when libpq cannot read it.
    static std::optional<PgTarget> parse(const QString &url, QString *error = nullptr);
    // Connects (sslmode=prefer unless the URL says otherwise; the password from ~/.pgpass or
    // PGPASSFILE as libpq does). Throws PgError (Kind::Connection) with one sentence.
    static std::unique_ptr<PgConnection> connect(const QString &url);

    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    const PgTarget &target() const { return m_target; }
    QString url() const { return m_url; }
    int backendPid() const;
    int socket() const;
    bool isOk() const; // the connection is up (as far as libpq knows without asking)
    pg_conn *handle() const { return m_conn; }

    // Runs one statement with its parameters (QVariant: null → NULL; QByteArray → bytea, sent
    // binary; numbers, bools and strings as text). Throws PgError on failure.
    PgResult exec(const char *sql, const QList<QVariant> &params = {});
    PgResult exec(const QByteArray &sql, const QList<QVariant> &params = {});
    // The same, but returns the error's SQLSTATE (empty on success) instead of throwing: for
    // statements whose failure is an answer ("IF NOT EXISTS" is not enough for roles).
    // Inside a transaction, a failure is rolled back to a savepoint and the transaction goes on.
    QByteArray tryExec(const QByteArray &sql, const QList<QVariant> &params = {});

    // Transactions: begin() ... commit(); rollback() never throws (and is a no-op after a lost
    // connection).
    void begin();
    void commit();
    void rollback() noexcept;

    // COPY ... FROM STDIN: `produce` appends data to its buffer and returns false when done (the
    // buffer is sent after each call). An exception from `produce` ends the COPY with an error
    // (nothing of it is kept) and is rethrown.
    void copyIn(const QByteArray &copySql, const std::function<bool(QByteArray &buffer)> &produce);
    // COPY ... TO STDOUT: `consume` gets each row as the server sends it (text format: one line).
    void copyOut(const QByteArray &copySql, const std::function<void(const char *data, int size)> &consume);
    // Text COPY format: appends a value (\N for null; backslash, tab, newline, return escaped).
    static void appendCopyValue(QByteArray &line, const QVariant &value);
    static void appendCopyText(QByteArray &line, const QByteArray &utf8);
    // Reads one field of a text COPY line back (the escapes undone); `isNull` set for \N.
    static QByteArray unescapeCopyField(const char *data, int size, bool *isNull);

    // The sentence for a failed call, naming the database: "… cannot be read: <cause>." `doing`
    // says what was being done ("cannot be read", "cannot be written").
    PgError error(const QString &doing, const pg_result *result = nullptr) const;
    // The cause alone, from an SQLSTATE ("permission was denied").
    static QString cause(const QByteArray &sqlState);
    static StoreError::Kind kind(const QByteArray &sqlState);

private:
    PgConnection(pg_conn *conn, QString url, PgTarget target);
    PgResult check(pg_result *result, const char *doing);
    QByteArray tryExecOnce(const QByteArray &sql, const QList<QVariant> &params);
    pg_result *send(const QByteArray &sql, const QList<QVariant> &params, int resultFormat);

    pg_conn *m_conn = nullptr;
    QString m_url;
    PgTarget m_target;
};

// Runs `work` in one server transaction: commits when it returns, rolls back when it throws.
template<typename F> auto pgTransaction(PgConnection &connection, F &&work) -> decltype(work())
{
    connection.begin();
    try {
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            connection.commit();
        } else {
            auto result = work();
            connection.commit();
            return result;
        }
    } catch (...) {
        connection.rollback();
        throw;
    }
}

} // namespace entente::pg
