// Store: transactions (a caller's, or each write's own) and what a shared timeline adds to them:
// the write refused to a viewer, the changes pushed to the server before the local commit.
#include "store/store.h"

#include "crashpoint.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgmirror.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <string>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::Store", text);
}

} // namespace

bool Store::isReadOnly() const
{
    return m_readOnly || (m_shared && !m_shared->canWrite());
}

QString Store::readOnlyReason() const
{
    if (m_shared && !m_readOnly)
        return tr("You may only read the shared timeline %1.").arg(m_shared->connection().target().displayName());
    return tr("%1 is open read-only.").arg(QFileInfo(m_path).fileName());
}

QString Store::openPath() const
{
    return m_shared ? m_shared->connection().url() : m_path;
}

QString Store::location() const
{
    return m_shared ? m_shared->url() : m_path;
}

RemoteChanges Store::pullRemote()
{
    return m_shared ? m_shared->pull() : RemoteChanges();
}

void Store::setOverwriteConflicts(bool on)
{
    if (m_shared)
        m_shared->setOverwriteConflicts(on);
}

qint64 Store::takeId(const char *table)
{
    return m_shared ? m_shared->takeId(table) : 0;
}

IdRange Store::reserveIds(const char *table, qint64 wanted)
{
    return m_shared ? m_shared->reserveIds(table, wanted) : IdRange();
}

void Store::noteBulkRows(qint64 rows)
{
    if (m_shared)
        m_shared->noteBulkRows(rows);
}

void Store::requireWritable() const
{
    if (m_shared && !m_shared->canWrite())
        throw StoreError(
            StoreError::Kind::ReadOnly,
            tr("You may only read the shared timeline %1.").arg(m_shared->connection().target().displayName()));
    if (m_readOnly)
        throw StoreError(tr("%1 is open read-only.").arg(QFileInfo(m_path).fileName()).toStdString());
}

void Store::beginTransaction(Begin begin)
{
    requireWritable();
    try {
        if (m_transactionDepth == 0) {
            if (begin == Begin::Deferred && !m_shared) {
                // The file's write lock at once all the same (a write of no row), and an attached
                // file's at its first write.
                m_db->exec("BEGIN");
                m_db->exec("DELETE FROM main.meta WHERE 0");
            } else {
                m_db->exec("BEGIN IMMEDIATE");
            }
            if (m_shared) {
                try {
                    m_shared->beginWrite(); // the server gone: nothing begins
                } catch (...) {
                    m_db->exec("ROLLBACK");
                    throw;
                }
            }
        } else
            m_db->exec("SAVEPOINT sp" + std::to_string(m_transactionDepth));
    } catch (const SQLite::Exception &e) {
        throw StoreError(tr("%1 cannot be changed: %2.").arg(QFileInfo(m_path).fileName(), cause(e)).toStdString());
    }
    ++m_transactionDepth;
}

void Store::commitTransaction()
{
    --m_transactionDepth;
    if (m_transactionDepth == 0 && m_shared) {
        // The server first: a refusal there (a conflict, a viewer, a lost connection) leaves
        // the mirror's transaction to be rolled back by the caller, so neither side changed.
        try {
            m_shared->pushBeforeCommit();
        } catch (...) {
            ++m_transactionDepth;
            throw;
        }
    }
    try {
        if (m_transactionDepth == 0) {
            crashPoint("commit");
            m_db->exec("COMMIT");
            if (m_shared)
                m_shared->endWrite();
            crashPoint("committed");
        } else {
            m_db->exec("RELEASE sp" + std::to_string(m_transactionDepth));
        }
    } catch (const SQLite::Exception &e) {
        ++m_transactionDepth;
        throw StoreError(
            tr("%1: the change could not be saved: %2.").arg(QFileInfo(m_path).fileName(), cause(e)).toStdString());
    }
}

void Store::rollbackTransaction()
{
    --m_transactionDepth;
    try {
        if (m_transactionDepth == 0) {
            if (m_shared)
                m_shared->endWrite();
            m_db->exec("ROLLBACK");
        } else {
            const std::string sp = "sp" + std::to_string(m_transactionDepth);
            m_db->exec("ROLLBACK TO " + sp);
            m_db->exec("RELEASE " + sp);
        }
    } catch (const SQLite::Exception &) {
        // SQLite rolls back by itself on some errors (a full disk); nothing is left to undo.
    }
}

} // namespace entente
