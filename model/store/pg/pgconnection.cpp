// PgConnection: libpq behind RAII, parameters only, and the server's failures turned into one
// sentence naming the database (the server's own message names its tables and internals, and may
// be in the server's language: it never reaches the user).
#include "store/pg/pgconnection.h"

#include <libpq-fe.h>

#include <QCoreApplication>

#include <cstdlib>
#include <cstring>
#include <vector>

namespace entente::pg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::PgConnection", text);
}

// A connection failure has no SQLSTATE; libpq's text (in English, from the client) says which
// of a few causes it was. It is read here, never shown.
QString connectCause(const QByteArray &message)
{
    const QByteArray m = message.toLower();
    if (m.contains("password") || m.contains("authentication") || m.contains("no pg_hba.conf"))
        return tr("the server did not accept the user name or password (libpq reads the password from ~/.pgpass "
                  "or the file PGPASSFILE names)");
    if (m.contains("does not exist"))
        return tr("the server has no such database or user");
    if (m.contains("refused") || m.contains("no such file") || m.contains("could not translate host")
        || m.contains("timeout") || m.contains("timed out") || m.contains("unreachable"))
        return tr("the server cannot be reached; check the host name and port, and that the server is running");
    if (m.contains("ssl"))
        return tr("the server's encryption (TLS) settings do not match the connection's sslmode");
    if (m.contains("invalid") || m.contains("missing") || m.contains("uri"))
        return tr("the address is not a valid postgresql:// address");
    return tr("the connection failed");
}

QByteArray sqlStateOf(const pg_result *result)
{
    if (!result)
        return {};
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    return state ? QByteArray(state) : QByteArray();
}

} // namespace

PgError::PgError(Kind kind, const QString &sentence, QByteArray sqlState)
    : StoreError(kind, sentence)
    , m_sqlState(std::move(sqlState))
{ }

// ---- PgResult ---------------------------------------------------------------------------------

PgResult::PgResult(pg_result *result)
    : m_result(result)
{ }

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{ }

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

int PgResult::column(const char *name) const
{
    return m_result ? PQfnumber(m_result, name) : -1;
}

QByteArray PgResult::columnName(int column) const
{
    return QByteArray(PQfname(m_result, column));
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::raw(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::toInt64(int row, int column) const
{
    return isNull(row, column) ? 0 : std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

double PgResult::toDouble(int row, int column) const
{
    return isNull(row, column) ? 0.0 : std::strtod(PQgetvalue(m_result, row, column), nullptr);
}

bool PgResult::toBool(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result, row, column)[0] == 't';
}

QByteArray PgResult::bytea(int row, int column) const
{
    if (isNull(row, column))
        return {};
    size_t length = 0;
    unsigned char *bytes
        = PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, row, column)), &length);
    if (!bytes)
        return {};
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return out;
}

qint64 PgResult::affected() const
{
    return m_result ? std::strtoll(PQcmdTuples(m_result), nullptr, 10) : 0;
}

// ---- PgTarget ---------------------------------------------------------------------------------

QString PgTarget::displayName() const
{
    const QString where = port.isEmpty() || port == u"5432" ? host : host + u':' + port;
    return tr("“%1” on %2").arg(database, where);
}

// ---- PgConnection -----------------------------------------------------------------------------

bool PgConnection::isUrl(const QString &location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive)
        || location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

std::optional<PgTarget> PgConnection::parse(const QString &url, QString *error)
{
    char *message = nullptr;
    const QByteArray utf8 = url.toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &message);
    if (!options) {
        if (error)
            *error = tr("“%1” is not a valid postgresql:// address.").arg(url);
        if (message)
            PQfreemem(message);
        return std::nullopt;
    }
    PgTarget target;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        const QString value = QString::fromUtf8(
            o->val ? o->val
                   : (o->envvar && std::getenv(o->envvar) ? std::getenv(o->envvar) : (o->compiled ? o->compiled : "")));
        const QByteArray keyword(o->keyword);
        if (keyword == "host")
            target.host = value;
        else if (keyword == "port")
            target.port = value;
        else if (keyword == "dbname")
            target.database = value;
        else if (keyword == "user")
            target.user = value;
    }
    PQconninfoFree(options);
    if (target.host.isEmpty() || target.host.startsWith(u'/'))
        target.host = QStringLiteral("localhost");
    if (target.port.isEmpty())
        target.port = QStringLiteral("5432");
    if (target.user.isEmpty())
        target.user = qEnvironmentVariable("USER");
    if (target.database.isEmpty())
        target.database = target.user;
    return target;
}

std::unique_ptr<PgConnection> PgConnection::connect(const QString &url)
{
    QString parseError;
    std::optional<PgTarget> target = parse(url, &parseError);
    if (!target)
        throw PgError(StoreError::Kind::Connection, parseError, {});
    const QByteArray utf8 = url.toUtf8();
    // The URL first (expand_dbname), then what Entente sets unless the URL says otherwise.
    const char *keywords[] = { "application_name", "connect_timeout", "dbname", nullptr };
    const char *values[] = { "entente", "10", utf8.constData(), nullptr };
    pg_conn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn)
        throw PgError(
            StoreError::Kind::Connection,
            tr("The shared timeline %1 cannot be opened: there was not enough memory.").arg(target->displayName()), {});
    if (PQstatus(conn) != CONNECTION_OK) {
        const QByteArray message(PQerrorMessage(conn));
        PQfinish(conn);
        throw PgError(
            StoreError::Kind::Connection,
            tr("The shared timeline %1 cannot be opened: %2.").arg(target->displayName(), connectCause(message)), {});
    }
    // Every value Entente sends and reads is UTF-8 text; dates are its own integers.
    PQsetClientEncoding(conn, "UTF8");
    // The real host/port/database/user the server answered as (libpq's defaults filled in).
    target->database = QString::fromUtf8(PQdb(conn));
    target->user = QString::fromUtf8(PQuser(conn));
    target->port = QString::fromUtf8(PQport(conn));
    const QString host = QString::fromUtf8(PQhost(conn));
    target->host = host.isEmpty() || host.startsWith(u'/') ? QStringLiteral("localhost") : host;
    auto connection = std::unique_ptr<PgConnection>(new PgConnection(conn, url, *target));
    connection->exec("SET client_min_messages = warning");
    return connection;
}

PgConnection::PgConnection(pg_conn *conn, QString url, PgTarget target)
    : m_conn(conn)
    , m_url(std::move(url))
    , m_target(std::move(target))
{ }

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

bool PgConnection::isOk() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

PgResult PgConnection::exec(const char *sql, const QList<QVariant> &params)
{
    return exec(QByteArray::fromRawData(sql, qsizetype(std::strlen(sql))), params);
}

namespace {

// The parameters as libpq wants them: text for everything, binary for bytea.
struct Params
{
    explicit Params(const QList<QVariant> &params)
    {
        storage.reserve(size_t(params.size()));
        for (const QVariant &v : params) {
            if (v.isNull()) {
                storage.emplace_back();
                values.push_back(nullptr);
                lengths.push_back(0);
                formats.push_back(0);
                continue;
            }
            switch (v.typeId()) {
            case QMetaType::QByteArray:
                storage.push_back(v.toByteArray());
                formats.push_back(1);
                break;
            case QMetaType::Bool:
                storage.push_back(v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
                formats.push_back(0);
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                storage.push_back(QByteArray::number(v.toDouble(), 'g', 17));
                formats.push_back(0);
                break;
            default:
                storage.push_back(v.toString().toUtf8());
                formats.push_back(0);
                break;
            }
            values.push_back(storage.back().constData());
            lengths.push_back(int(storage.back().size()));
        }
    }
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
};

} // namespace

PgResult PgConnection::exec(const QByteArray &sql, const QList<QVariant> &params)
{
    return check(send(sql, params, 0), QT_TRANSLATE_NOOP("entente::PgConnection", "cannot be read or written"));
}

pg_result *PgConnection::send(const QByteArray &sql, const QList<QVariant> &params, int resultFormat)
{
    const Params p(params);
    const QByteArray text = sql.isNull() ? QByteArray("") : QByteArray(sql.constData(), sql.size());
    return PQexecParams(m_conn, text.constData(), int(p.values.size()), nullptr, p.values.data(), p.lengths.data(),
                        p.formats.data(), resultFormat);
}

QByteArray PgConnection::tryExec(const QByteArray &sql, const QList<QVariant> &params)
{
    // In a transaction a failure would abort it: the attempt gets a savepoint of its own.
    if (PQtransactionStatus(m_conn) == PQTRANS_INTRANS) {
        exec("SAVEPOINT entente_try");
        const QByteArray state = tryExecOnce(sql, params);
        exec(state.isEmpty() ? "RELEASE SAVEPOINT entente_try" : "ROLLBACK TO SAVEPOINT entente_try");
        return state;
    }
    return tryExecOnce(sql, params);
}

QByteArray PgConnection::tryExecOnce(const QByteArray &sql, const QList<QVariant> &params)
{
    PgResult result(send(sql, params, 0));
    const ExecStatusType status = result.handle() ? PQresultStatus(result.handle()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return {};
    const QByteArray state = sqlStateOf(result.handle());
    return state.isEmpty() ? QByteArrayLiteral("XX000") : state;
}

PgResult PgConnection::check(pg_result *raw, const char *doing)
{
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN || status == PGRES_COPY_OUT)
        return result;
    throw error(QCoreApplication::translate("entente::PgConnection", doing), raw);
}

void PgConnection::begin()
{
    exec("BEGIN");
}

void PgConnection::commit()
{
    exec("COMMIT");
}

void PgConnection::rollback() noexcept
{
    if (PQstatus(m_conn) != CONNECTION_OK)
        return;
    if (PQtransactionStatus(m_conn) == PQTRANS_IDLE)
        return;
    PgResult(PQexec(m_conn, "ROLLBACK"));
}

PgError PgConnection::error(const QString &doing, const pg_result *result) const
{
    const QByteArray state = sqlStateOf(result);
    StoreError::Kind k = kind(state);
    QString why;
    if (state.isEmpty() && PQstatus(m_conn) != CONNECTION_OK) {
        k = StoreError::Kind::Connection;
        why = tr("the connection to the server was lost");
    } else {
        why = cause(state);
    }
    if (k == StoreError::Kind::ReadOnly)
        return PgError(k, tr("You may only read the shared timeline %1.").arg(m_target.displayName()), state);
    return PgError(k, tr("The shared timeline %1 %2: %3.").arg(m_target.displayName(), doing, why), state);
}

StoreError::Kind PgConnection::kind(const QByteArray &sqlState)
{
    if (sqlState == "42501" || sqlState == "25006") // insufficient privilege; read-only transaction
        return StoreError::Kind::ReadOnly;
    if (sqlState.startsWith("08") || sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03")
        return StoreError::Kind::Connection;
    return StoreError::Kind::Other;
}

QString PgConnection::cause(const QByteArray &sqlState)
{
    if (sqlState.isEmpty())
        return tr("the server did not answer");
    if (sqlState == "42501")
        return tr("permission was denied");
    if (sqlState.startsWith("08") || sqlState.startsWith("57P"))
        return tr("the connection to the server was lost");
    if (sqlState == "40001" || sqlState == "40P01")
        return tr("another person's change got in the way; try again");
    if (sqlState.startsWith("23"))
        return tr("a record conflicts with one the database holds (the same id or name twice, or a link to a "
                  "record that is not there)");
    if (sqlState == "53100")
        return tr("the server's disk is full");
    if (sqlState.startsWith("53"))
        return tr("the server is out of resources (memory or connections)");
    if (sqlState == "57014")
        return tr("it was cancelled");
    if (sqlState == "3D000")
        return tr("the server has no such database");
    if (sqlState.startsWith("42"))
        return tr("its tables are not as Entente made them (database error %1)").arg(QString::fromLatin1(sqlState));
    return tr("the server refused it (database error %1)").arg(QString::fromLatin1(sqlState));
}

void PgConnection::copyIn(const QByteArray &copySql, const std::function<bool(QByteArray &buffer)> &produce)
{
    check(PQexec(m_conn, QByteArray(copySql.constData(), copySql.size()).constData()),
          QT_TRANSLATE_NOOP("entente::PgConnection", "cannot be written"));
    QByteArray buffer;
    try {
        bool more = true;
        while (more) {
            buffer.clear();
            more = produce(buffer);
            if (!buffer.isEmpty() && PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) != 1)
                throw error(tr("cannot be written"));
        }
    } catch (...) {
        PQputCopyEnd(m_conn, "cancelled");
        while (pg_result *r = PQgetResult(m_conn))
            PQclear(r);
        throw;
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        throw error(tr("cannot be written"));
    pg_result *last = nullptr;
    while (pg_result *r = PQgetResult(m_conn)) {
        if (last)
            PQclear(last);
        last = r;
    }
    check(last, QT_TRANSLATE_NOOP("entente::PgConnection", "cannot be written"));
}

void PgConnection::copyOut(const QByteArray &copySql, const std::function<void(const char *, int)> &consume)
{
    check(PQexec(m_conn, QByteArray(copySql.constData(), copySql.size()).constData()),
          QT_TRANSLATE_NOOP("entente::PgConnection", "cannot be read"));
    char *data = nullptr;
    int size = 0;
    try {
        while ((size = PQgetCopyData(m_conn, &data, 0)) > 0) {
            consume(data, size);
            PQfreemem(data);
            data = nullptr;
        }
    } catch (...) {
        if (data)
            PQfreemem(data);
        // Stopped by the reader (a cancel): the server is asked to stop sending, so what is left
        // to drain is what is already on its way, not the rest of the table.
        if (pg_cancel *request = PQgetCancel(m_conn)) {
            char reason[256];
            PQcancel(request, reason, sizeof reason);
            PQfreeCancel(request);
        }
        // Drain the rest so the connection stays usable.
        while (PQgetCopyData(m_conn, &data, 0) > 0)
            PQfreemem(data);
        while (pg_result *r = PQgetResult(m_conn))
            PQclear(r);
        throw;
    }
    pg_result *last = nullptr;
    while (pg_result *r = PQgetResult(m_conn)) {
        if (last)
            PQclear(last);
        last = r;
    }
    check(last, QT_TRANSLATE_NOOP("entente::PgConnection", "cannot be read"));
}

void PgConnection::appendCopyText(QByteArray &line, const QByteArray &utf8)
{
    line.reserve(line.size() + utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            line.append("\\\\", 2);
            break;
        case '\t':
            line.append("\\t", 2);
            break;
        case '\n':
            line.append("\\n", 2);
            break;
        case '\r':
            line.append("\\r", 2);
            break;
        default:
            line.append(c);
        }
    }
}

void PgConnection::appendCopyValue(QByteArray &line, const QVariant &value)
{
    if (value.isNull()) {
        line.append("\\N", 2);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        line.append(QByteArray::number(value.toLongLong()));
        break;
    case QMetaType::Double:
        line.append(QByteArray::number(value.toDouble(), 'g', 17));
        break;
    case QMetaType::QByteArray: {
        // bytea in the hex form: \x.... (its backslash escaped for COPY)
        line.append("\\\\x", 3);
        line.append(value.toByteArray().toHex());
        break;
    }
    default:
        appendCopyText(line, value.toString().toUtf8());
    }
}

QByteArray PgConnection::unescapeCopyField(const char *data, int size, bool *isNull)
{
    if (size == 2 && data[0] == '\\' && data[1] == 'N') {
        *isNull = true;
        return {};
    }
    *isNull = false;
    QByteArray out;
    out.reserve(size);
    for (int i = 0; i < size; ++i) {
        if (data[i] != '\\' || i + 1 == size) {
            out.append(data[i]);
            continue;
        }
        const char next = data[++i];
        switch (next) {
        case 't':
            out.append('\t');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'v':
            out.append('\v');
            break;
        default:
            out.append(next);
        }
    }
    return out;
}

} // namespace entente::pg
