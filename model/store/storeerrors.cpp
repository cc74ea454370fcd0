// Store: what went wrong, in words a person can act on. SQLite's own messages ("UNIQUE constraint
// failed: events.id", "unable to open database file") name its tables and calls, not the cause,
// and never reach the user: its result code is turned into a cause here.
#include "store/store.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <QCoreApplication>

#include <new>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::Store", text);
}

} // namespace

QString Store::cause(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return tr("the disk is full");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("the file is damaged: part of it cannot be read");
    case SQLITE_READONLY:
        return tr("the file or its folder cannot be written to");
    case SQLITE_CANTOPEN:
        return tr("the file, or the files Entente keeps beside it while it is open (-wal, -shm), cannot be opened; "
                  "check that its folder exists and can be written to");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("permission was denied");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("another program is writing to the file");
    case SQLITE_IOERR:
        return tr("the disk reported a read or write error");
    case SQLITE_NOMEM:
        return tr("there was not enough memory");
    case SQLITE_INTERRUPT:
        return tr("it was interrupted");
    case SQLITE_TOOBIG:
        return tr("a value is too large to store");
    case SQLITE_CONSTRAINT:
        return tr("a record conflicts with one the file holds (the same id or name twice, or a link to a record "
                  "that is not there)");
    case SQLITE_PROTOCOL:
        return tr("another program holds the file in a way Entente cannot share");
    default:
        return tr("the file's tables are not as Entente made them (database error %1)").arg(sqliteCode);
    }
}

namespace {

// A sentence as a clause: callers put it after a colon and end with their own full stop
// ("x.csv could not be imported: %1."), which made "…full.." of one that ended with its own.
QString asClause(QString sentence)
{
    if (sentence.endsWith(u'.') && !sentence.endsWith(QStringLiteral("..")))
        sentence.chop(1);
    return sentence;
}

} // namespace

QString Store::cause(const std::exception &e)
{
    if (const auto *store = dynamic_cast<const StoreError *>(&e))
        return asClause(store->message());
    if (const auto *sqlite = dynamic_cast<const SQLite::Exception *>(&e)) {
        // An exception made from a message and a code alone (not from a connection) has no
        // extended code (-1): its primary code says as much.
        const int extended = sqlite->getExtendedErrorCode();
        if (sqlite->getErrorCode() < 0)
            return cause(SQLITE_ERROR);
        return cause(extended >= 0 ? extended : sqlite->getErrorCode());
    }
    if (dynamic_cast<const std::bad_alloc *>(&e))
        return tr("there was not enough memory");
    // Entente's own errors (an export's, an import's) are sentences: made clauses like the rest.
    return asClause(QString::fromUtf8(e.what()));
}

QString Store::causeSentence(const std::exception &e)
{
    QString sentence = cause(e);
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    return sentence.endsWith(u'.') ? sentence : sentence + u'.';
}

StoreError Store::error(const std::exception &e)
{
    return StoreError(cause(e).toStdString());
}

} // namespace entente
