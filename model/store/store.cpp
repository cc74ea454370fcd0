// Store: opening, refusing and creating. Transactions and the shared mode are in
// storetransactions.cpp, queries in storequeries.cpp, record edits in storerecords.cpp,
// storeactors.cpp and storestories.cpp, checks in storecheck.cpp.
#include "store/store.h"

#include "store/deferredindexes.h"

#include "crashpoint.h"
#include "store/importerrors.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgmirror.h"
#include "store/schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryFile>
#include <QUrl>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::Store", text);
}

// SQLite's file header: anything else is not a database at all, and is never handed to SQLite.
bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head == QByteArray("SQLite format 3\0", 16);
}

// A file we may not write, in a folder we may not write, cannot get WAL's -shm file: SQLite then
// reads it only as "immutable", which is what a read-only file is to us while it is open.
// Each connection is used by one thread at a time: a worker opens its own, and the window's is
// used on the GUI thread only. SQLite's lock around every call of a connection then guards
// nothing; at a million imported rows taking and releasing it was 7% of the importing thread.
int oneThread(int flags)
{
    return flags | SQLite::OPEN_NOMUTEX;
}

std::unique_ptr<SQLite::Database> openForReading(const QString &path, bool writable)
{
    if (writable)
        return std::make_unique<SQLite::Database>(QFile::encodeName(path).constData(),
                                                  oneThread(SQLite::OPEN_READONLY));
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?mode=ro&immutable=1";
    return std::make_unique<SQLite::Database>(uri.constData(), oneThread(SQLite::OPEN_READONLY | SQLite::OPEN_URI));
}

// SQLite's memory statistics take one process-wide mutex on every allocation: with an import
// writing on one thread while its search index is built on another, the two threads spent a
// quarter of their time waiting on it. Entente reads no statistics, so they are off. The setting
// only takes before SQLite initializes, so it is made as the library loads, before any
// connection can open.
[[maybe_unused]] const bool kSqliteConfigured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

// A connection that only reads (query_only).
std::unique_ptr<SQLite::Database> readOnlyConnection(const QString &path, bool writable)
{
    auto db = openForReading(path, writable);
    db->setBusyTimeout(2000);
    db->exec("PRAGMA query_only = ON");
    return db;
}

Store::OpenResult refused(Store::OpenError kind, const QString &error)
{
    Store::OpenResult result;
    result.error = error;
    result.kind = kind;
    return result;
}

// SQLite's refusal: a damaged file, or something else (a full disk, permissions).
Store::OpenError kindOf(const SQLite::Exception &e)
{
    const int code = e.getErrorCode() & 0xff;
    return (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) ? Store::OpenError::Damaged : Store::OpenError::Other;
}

// Scratch files of creations a crash interrupted (no one else creates while we hold the lock).
void removeStaleScratchFiles(const QDir &folder, const QString &name)
{
    const QString scratchPattern = u'.' + name + QStringLiteral(".*.creating");
    for (const QString &stale : folder.entryList({ scratchPattern }, QDir::Files | QDir::Hidden))
        QFile::remove(folder.filePath(stale));
}

// The tables of a new file, in WAL mode from its first open, written whole to `scratch`.
void writeNewFile(const QString &scratch)
{
    // A temporary file is made for its owner only; the new file gets the permissions any new
    // file of this user gets.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(QFile::encodeName(scratch).constData(), 0666 & ~mask);
    SQLite::Database db(QFile::encodeName(scratch).constData(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("BEGIN IMMEDIATE");
    try {
        Schema::create(db);
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
    // Set in the header now, so the file is in WAL mode from its first open.
    db.exec("PRAGMA journal_mode = WAL");
} // closed: the log is copied in and removed, the scratch file is whole on disk

// False when a file is already at `path` (another program made it meanwhile): open that one.
bool linkIntoPlace(const QString &scratch, const QString &path)
{
    const QByteArray from = QFile::encodeName(scratch);
    const QByteArray to = QFile::encodeName(path);
    if (::link(from.constData(), to.constData()) == 0)
        return true;
    // A file system without hard links: under the lock, a rename that finds no file.
    return !(errno == EEXIST || QFileInfo::exists(path) || !QFile::rename(scratch, path));
}

// What shows without SQLite: no file, a folder, no permission, nothing in it, not SQLite's
// header; then the header's sizes against the file's (a truncated copy), and a small file's quick
// check.
std::optional<Store::OpenResult> refuseUnreadable(const QFileInfo &info)
{
    const QString path = info.filePath();
    const QString name = info.fileName();
    if (!info.exists())
        return refused(Store::OpenError::Missing, tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return refused(Store::OpenError::NotSqlite, tr("%1 is a folder, not an Entente file.").arg(path));
    if (!info.isReadable())
        return refused(Store::OpenError::Other, tr("%1 cannot be read: permission denied.").arg(path));
    if (info.size() == 0)
        return refused(Store::OpenError::NotSqlite,
                       tr("%1 is empty (0 bytes): it is not an Entente file, and nothing in it can be "
                          "recovered.")
                           .arg(name));
    if (!hasSqliteHeader(path))
        return refused(Store::OpenError::NotSqlite,
                       tr("%1 is not an Entente file (it is not an SQLite database).").arg(name));
    if (const QStringList problems = Store::quickProblems(path); !problems.isEmpty())
        return refused(Store::OpenError::Damaged,
                       tr("%1 is damaged (%2). Open it read-only, or recover what can be read into a new "
                          "file.")
                           .arg(name, problems.constFirst()));
    return std::nullopt;
}

// Looks before touching: a read-only connection reads the file's markers without writing, and
// refuses another program's database, a newer Entente's file and one whose version no Entente
// writes.
std::optional<Store::OpenResult> refuseByMarkers(const QFileInfo &info, bool writable)
{
    const QString name = info.fileName();
    int appId = 0;
    int version = 0;
    try {
        auto probe = openForReading(info.filePath(), writable);
        probe->setBusyTimeout(2000);
        appId = probe->execAndGet("PRAGMA application_id").getInt();
        version = probe->execAndGet("PRAGMA user_version").getInt();
    } catch (const SQLite::Exception &e) {
        return refused(kindOf(e), tr("%1 cannot be read: %2.").arg(name, Store::cause(e)));
    }
    if (appId != Schema::kApplicationId)
        return refused(Store::OpenError::Foreign,
                       tr("%1 is an SQLite database of another program, not an Entente file.").arg(name));
    if (version > Schema::kCurrentVersion)
        return refused(Store::OpenError::Newer,
                       tr("%1 was made by a newer version of Entente (file format %2; this "
                          "version reads up to %3). Update Entente to open it.")
                           .arg(name)
                           .arg(version)
                           .arg(Schema::kCurrentVersion));
    if (version < Schema::kOldestReadableVersion)
        // Every Entente file has had a version from its first commit: another program changed
        // this one's header. Nothing is changed: it can be read, or recovered.
        return refused(Store::OpenError::Damaged,
                       tr("%1 is marked as an Entente file but its format version is %2, which no Entente "
                          "writes: another program has changed it. Open it read-only, or recover what can "
                          "be read into a new file.")
                           .arg(name)
                           .arg(version));
    return std::nullopt;
}

Store::OpenResult refuseUnwritable(const QFileInfo &info)
{
    const QString name = info.fileName();
    return refused(Store::OpenError::ReadOnly,
                   info.isWritable()
                       ? tr("%1 cannot be written here: its folder %2 cannot be written to, and Entente keeps two "
                            "files beside an open file (-wal, -shm). Move it to a folder you can write to.")
                             .arg(name, info.absolutePath())
                       : tr("%1 is read-only: Entente cannot write to it.").arg(name));
}

// The lock file of the window writing `path`, or null when another Entente window holds it.
std::unique_ptr<QLockFile> takeWindowLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

// SQLite's write lock, at once: another program in the middle of writing holds it, and is named
// rather than waited for.
std::optional<Store::OpenResult> beginWriting(SQLite::Database &db, const QString &name)
{
    try {
        db.exec("BEGIN IMMEDIATE");
    } catch (const SQLite::Exception &e) {
        if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)
            return refused(Store::OpenError::Locked,
                           tr("%1 is locked by another program that is writing to it; try again "
                              "when it has finished.")
                               .arg(name));
        return refused(Store::OpenError::Other, tr("%1 cannot be opened for writing: %2.").arg(name, Store::cause(e)));
    }
    return std::nullopt;
}

// Inside the transaction beginWriting() opened, which it ends: the migrations to the current
// version, and an import that stored its rows and stopped (a crash, a kill) before their indexes
// were built taken back (an import is all or nothing, and this one never finished).
std::optional<Store::OpenResult> bringUpToDate(SQLite::Database &db, const QString &path,
                                               const Store::OpenOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    try {
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        if (version < Schema::kCurrentVersion)
            Schema::migrate(db, version);
        const bool pending = DeferredIndexes::pending(db);
        const QString scratch = DeferredIndexes::scratchPath(path);
        if (pending || QFileInfo::exists(scratch)) {
            QLockFile importing(DeferredIndexes::lockPath(path));
            importing.setStaleLockTime(0);
            if (!importing.tryLock(0) && pending) {
                // An import under way between its two commits, not one a crash stopped.
                db.exec("ROLLBACK");
                return refused(Store::OpenError::Locked,
                               tr("%1 is being imported into by another program; try again when it has "
                                  "finished.")
                                   .arg(name));
            }
            // The search index's scratch database of an import a crash stopped (an import under
            // way holds the lock while it has one).
            if (importing.isLocked())
                QFile::remove(scratch);
            if (pending)
                DeferredIndexes::undo(db, { options.cancelled, options.finishing });
        }
        db.exec("COMMIT");
    } catch (const ImportCancelled &) {
        // An interrupted statement may have rolled the transaction back already.
        if (sqlite3_get_autocommit(db.getHandle()) == 0)
            db.exec("ROLLBACK");
        return refused(Store::OpenError::Cancelled,
                       tr("Opening %1 was cancelled before its interrupted import was taken back; the file is "
                          "as it was.")
                           .arg(name));
    } catch (...) {
        if (sqlite3_get_autocommit(db.getHandle()) == 0)
            db.exec("ROLLBACK");
        throw;
    }
    return std::nullopt;
}

} // namespace

Store::Store(std::unique_ptr<SQLite::Database> db, QString path, bool readOnly)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{ }

Store::~Store()
{
    // The server's connection and any session go before the mirror's handle closes.
    m_shared.reset();
    // Close the database before releasing the lock, so the next writer finds it checkpointed.
    m_db.reset();
}

Store::OpenResult Store::open(const QString &path, const OpenOptions &options)
{
    if (pg::PgConnection::isUrl(path))
        return pg::PgMirror::open(path, options);
    const QFileInfo info(path);
    if (!info.exists() && !QFileInfo(info.absoluteFilePath()).isSymLink()) {
        if (!options.create)
            return refused(OpenError::Missing, tr("%1 does not exist.").arg(path));
        return create(path, options);
    }
    return openExisting(path, options, nullptr);
}

// A new file appears whole or not at all: its tables are made in a file of its own beside it,
// which is then linked into place under the file's lock, refusing to replace a file another
// program made meanwhile (two imports creating one file: one makes it, the other opens it). A
// crash while making it leaves no file, only the scratch file, which the next creation removes.
Store::OpenResult Store::create(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return refused(OpenError::Missing,
                       tr("%1 cannot be created: the folder %2 does not exist.").arg(name, folder.path()));
    if (!QFileInfo(folder.path()).isWritable())
        return refused(OpenError::ReadOnly,
                       tr("%1 cannot be created: its folder %2 cannot be written to.").arg(name, folder.path()));
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(options.exclusive ? 0 : 5000))
        return refused(OpenError::Locked,
                       tr("%1 is being created by another Entente window or import; try again when it has "
                          "finished.")
                           .arg(name));
    auto keptLock = [&] { return options.exclusive ? std::move(lock) : nullptr; };
    // Made by another program between the look above and the lock: open what it made.
    if (QFileInfo::exists(path))
        return openExisting(path, options, keptLock());
    removeStaleScratchFiles(folder, name);
    QTemporaryFile scratch(folder.filePath(u'.' + name + QStringLiteral(".XXXXXX.creating")));
    scratch.setAutoRemove(true);
    if (!scratch.open())
        return refused(OpenError::Other, tr("%1 cannot be created: %2.").arg(name, scratch.errorString()));
    scratch.close();
    try {
        writeNewFile(scratch.fileName());
        crashPoint("create-made");
        if (!linkIntoPlace(scratch.fileName(), path))
            return openExisting(path, options, keptLock());
    } catch (const std::exception &e) {
        return refused(OpenError::Other, tr("%1 cannot be created: %2.").arg(name, cause(e)));
    }
    OpenResult result = openExisting(path, options, keptLock());
    result.created = result.store != nullptr;
    return result;
}

Store::OpenResult Store::openExisting(const QString &path, const OpenOptions &options,
                                      std::unique_ptr<QLockFile> heldLock)
{
    const QFileInfo info(path);
    try {
        if (!options.alreadyOpen) {
            if (std::optional<OpenResult> refusal = refuseUnreadable(info))
                return std::move(*refusal);
        }
        // Writable only when both the file and its folder are (WAL needs the -wal and -shm files).
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        if (std::optional<OpenResult> refusal = refuseByMarkers(info, writable))
            return std::move(*refusal);
        if (!writable && !options.allowReadOnly && !options.readOnly)
            return refuseUnwritable(info);
        if (writable && !options.readOnly)
            return openWritable(path, options, std::move(heldLock));
        // A file we may not write (or a worker's connection, with OpenOptions::readOnly): queries only.
        auto db = readOnlyConnection(path, writable);
        if (db->execAndGet("PRAGMA user_version").getInt() < Schema::kOldestReadableVersion)
            return refused(
                OpenError::ReadOnly,
                tr("%1 is read-only and in an older file format that needs upgrading first.").arg(info.fileName()));
        OpenResult result;
        result.store.reset(new Store(std::move(db), path, true));
        if (info.isWritable() && !options.readOnly)
            result.notice = tr("%1 opened read-only: its folder %2 cannot be written to, and Entente keeps two "
                               "files beside a file it changes (-wal, -shm).")
                                .arg(info.fileName(), info.absolutePath());
        return result;
    } catch (const SQLite::Exception &e) {
        return refused(kindOf(e), tr("%1 cannot be opened: %2.").arg(info.fileName(), cause(e)));
    }
}

// The last step of open() for a file that may be written: the lock of the window that holds it,
// SQLite's write lock, the migrations, an interrupted import taken back. Throws SQLite::Exception.
Store::OpenResult Store::openWritable(const QString &path, const OpenOptions &options,
                                      std::unique_ptr<QLockFile> heldLock)
{
    const QString name = QFileInfo(path).fileName();
    std::unique_ptr<QLockFile> lock = std::move(heldLock);
    if (options.exclusive && !lock) {
        lock = takeWindowLock(path);
        if (!lock && !options.allowReadOnly)
            return refused(OpenError::Locked, tr("%1 is open in another Entente window.").arg(name));
        if (!lock) {
            OpenResult result;
            result.store.reset(new Store(readOnlyConnection(path, true), path, true));
            result.notice = tr("%1 is open in another Entente window: opened read-only.").arg(name);
            return result;
        }
    }
    auto db
        = std::make_unique<SQLite::Database>(QFile::encodeName(path).constData(), oneThread(SQLite::OPEN_READWRITE));
    db->setBusyTimeout(250);
    if (std::optional<OpenResult> refusal = beginWriting(*db, name))
        return std::move(*refusal);
    if (std::optional<OpenResult> refusal = bringUpToDate(*db, path, options))
        return std::move(*refusal);
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA foreign_keys = ON");
    db->setBusyTimeout(2000);
    OpenResult result;
    result.store.reset(new Store(std::move(db), path, false));
    result.store->m_lock = std::move(lock);
    return result;
}

bool Store::hasUnfinishedImport(const QString &path)
{
    // Only a file open() may write is completed at open (and only that one reads its WAL here).
    const QFileInfo info(path);
    if (!info.isFile() || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable() || !hasSqliteHeader(path))
        return false;
    try {
        auto probe = openForReading(path, true);
        probe->setBusyTimeout(2000);
        return probe->execAndGet("PRAGMA application_id").getInt() == Schema::kApplicationId
            && DeferredIndexes::pending(*probe);
    } catch (const SQLite::Exception &) {
        return false;
    }
}

std::unique_ptr<Store> Store::createInMemory()
{
    auto db = std::make_unique<SQLite::Database>(":memory:", oneThread(SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
    db->exec("PRAGMA foreign_keys = ON");
    Schema::create(*db);
    return std::unique_ptr<Store>(new Store(std::move(db), QString(), false));
}

int Store::schemaVersion() const
{
    return m_db->execAndGet("PRAGMA user_version").getInt();
}

void Store::checkpoint()
{
    if (!m_readOnly && !m_path.isEmpty())
        m_db->exec("PRAGMA wal_checkpoint(PASSIVE)");
}

void Store::bind(SQLite::Statement &statement, int index, const QVariant &value)
{
    if (value.isNull()) {
        statement.bind(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        statement.bind(index, static_cast<int64_t>(value.toLongLong()));
        break;
    case QMetaType::Double:
        statement.bind(index, value.toDouble());
        break;
    default:
        statement.bind(index, value.toString().toStdString());
        break;
    }
}

QString Store::text(SQLite::Statement &statement, int column)
{
    const SQLite::Column c = statement.getColumn(column);
    if (c.isNull())
        return {};
    return QString::fromUtf8(static_cast<const char *>(c.getBlob()), c.getBytes());
}

QList<EventId> Store::idsFrom(SQLite::Statement &statement) const
{
    QList<EventId> ids;
    while (statement.executeStep())
        ids.append(statement.getColumn(0).getInt64());
    return ids;
}

void Store::saveCopy(const QString &path) const
{
    // Written under a scratch name beside it and renamed into place: a crash while copying leaves
    // whatever was at `path` before, never half a copy.
    const QFileInfo target(path);
    const QString name = target.fileName();
    if (!QFileInfo(target.absolutePath()).isWritable())
        throw StoreError(tr("%1 cannot be written: its folder %2 cannot be written to.")
                             .arg(name, target.absolutePath())
                             .toStdString());
    const QString scratch = target.absoluteDir().filePath(u'.' + name + QStringLiteral(".copying"));
    QFile::remove(scratch);
    try {
        {
            // A connection of its own: VACUUM refuses to run beside statements the views keep open.
            std::unique_ptr<SQLite::Database> reader;
            if (!m_path.isEmpty())
                reader = openForReading(m_path, !m_readOnly);
            SQLite::Database &db = reader ? *reader : *m_db;
            SQLite::Statement q(db, "VACUUM INTO ?");
            q.bind(1, QFile::encodeName(scratch).toStdString());
            q.exec();
        }
        crashPoint("saveas-written");
        if (::rename(QFile::encodeName(scratch).constData(), QFile::encodeName(path).constData()) != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            QFile::remove(scratch);
            throw StoreError(tr("%1 cannot be replaced: %2.").arg(name, why).toStdString());
        }
    } catch (const SQLite::Exception &e) {
        QFile::remove(scratch);
        throw StoreError(tr("%1 cannot be written: %2.").arg(name, cause(e)).toStdString());
    }
}

} // namespace entente
