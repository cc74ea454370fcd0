// Store: finding damage (a truncated file, a corrupted page) and recovering what can be read.
#include "crashpoint.h"
#include "store/schema.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <limits>
#include <thread>
#include <utility>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::Store", text, disambiguation, n);
}

quint32 bigEndian(const QByteArray &b, int at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | static_cast<quint8>(b.at(at + i));
    return v;
}

// The header's own account of the file, against its size on disk: a copy cut short by a full
// disk or an interrupted transfer fails here without SQLite reading a page.
QStringList headerProblemsNow(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return { tr("it cannot be read: %1").arg(f.errorString()) };
    const qint64 size = f.size();
    const QByteArray head = f.read(100);
    if (head.size() < 100)
        return { tr("it is cut short inside its header") };
    qint64 pageSize = bigEndian(head, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return { tr("its header names an impossible page size") };
    // The page count in the header is valid only when it was written with the change counter.
    const quint32 changeCounter = bigEndian(head, 24, 4);
    const quint32 validFor = bigEndian(head, 92, 4);
    const qint64 pages = bigEndian(head, 28, 4);
    const bool counted = pages > 0 && changeCounter == validFor;
    if (counted && pages * pageSize < size)
        return { tr("it has %n byte(s) after its last page: something was added to its end", nullptr,
                    static_cast<int>(std::min<qint64>(size - pages * pageSize, INT_MAX))) };
    if (size % pageSize != 0)
        return { tr("it ends in the middle of a page: it was cut short") };
    if (counted && pages * pageSize > size)
        return { tr("it has %1 of its %n page(s): it was cut short", nullptr,
                    static_cast<int>(std::min<qint64>(pages, INT_MAX)))
                     .arg(size / pageSize) };
    return {};
}

// The header and the size disagree in a healthy file too, for a moment: a checkpoint (copying
// the write-ahead log, FILE-wal, into the file) writes the first page, with the new page count,
// before the pages that make the file that long, and a crash then leaves the file so until the
// next open copies the log in again. So a disagreement is looked at again through SQLite, inside
// a read transaction: with pages in the log, the file is read through it and SQLite's own checks
// decide; with an empty log no checkpoint can run while the transaction lasts, and the header is
// read again.
QStringList headerProblems(const QString &path)
{
    QStringList problems = headerProblemsNow(path);
    if (problems.isEmpty() || !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return problems;
    try {
        SQLite::Database db(QFile::encodeName(path).constData(), SQLite::OPEN_READONLY);
        db.setBusyTimeout(2000);
        db.exec("BEGIN");
        db.execAndGet("SELECT count(*) FROM sqlite_schema");
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            problems.clear();
        else
            problems = headerProblemsNow(path);
        db.exec("COMMIT");
    } catch (const SQLite::Exception &) {
        // SQLite cannot read it either: the header's account stands.
    }
    return problems;
}

QStringList runCheck(SQLite::Database &db, const char *pragma)
{
    QStringList problems;
    SQLite::Statement q(db, pragma);
    while (q.executeStep()) {
        const QString line = Store::text(q, 0);
        if (line != u"ok")
            problems.append(line);
    }
    return problems;
}

std::unique_ptr<SQLite::Database> openSourcePlain(const QString &path)
{
    // A read-only connection still needs the -shm file beside the file; without a writable
    // folder, read the file as it is on disk.
    if (QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return std::make_unique<SQLite::Database>(QFile::encodeName(path).constData(), SQLite::OPEN_READONLY);
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?mode=ro&immutable=1";
    return std::make_unique<SQLite::Database>(uri.constData(), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
}

// `tolerant`: past a header that claims more pages than the file has (a truncated copy), which
// SQLite otherwise refuses outright; such a connection only ever reads.
std::unique_ptr<SQLite::Database> openSource(const QString &path, bool tolerant = false)
{
    auto db = openSourcePlain(path);
    if (tolerant)
        db->exec("PRAGMA writable_schema = ON");
    return db;
}

// A statement on the raw handle, finalized on every path out.
struct RawStatement
{
    sqlite3_stmt *stmt = nullptr;
    RawStatement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(stmt);
            stmt = nullptr;
        }
    }
    ~RawStatement() { sqlite3_finalize(stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
};

QByteArray quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(u'"', QStringLiteral("\"\""));
    return QByteArray(1, '"') + q.toUtf8() + '"';
}

QStringList columnsOf(sqlite3 *db, const QString &table)
{
    QStringList columns;
    RawStatement q(db, "SELECT name FROM pragma_table_info(?)");
    if (!q.stmt)
        return columns;
    const QByteArray t = table.toUtf8();
    // No destructor: `t` outlives the statement's use of it.
    sqlite3_bind_text(q.stmt, 1, t.constData(), static_cast<int>(t.size()), nullptr);
    while (sqlite3_step(q.stmt) == SQLITE_ROW)
        columns.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 0))));
    return columns;
}

struct TableCopy
{
    qint64 rows = 0;
    bool loss = false;
};

// Copies the rows of one table that can be read. A rowid table resumes past a damaged page by
// seeking to ever larger rowids; a WITHOUT ROWID table keeps what came before the damage.
struct Cancelled
{
};

TableCopy copyTable(sqlite3 *from, sqlite3 *to, const QString &table, const std::atomic<bool> *cancel)
{
    TableCopy copy;
    const QStringList wanted = columnsOf(to, table);
    const QStringList present = columnsOf(from, table);
    QByteArrayList columns;
    for (const QString &c : wanted) {
        if (present.contains(c))
            columns.append(quoted(c));
    }
    if (columns.isEmpty()) {
        copy.loss = !wanted.isEmpty();
        return copy;
    }
    const QByteArray list = columns.join(", ");
    const QByteArray name = quoted(table);
    const bool hasRowid = RawStatement(from, QByteArray("SELECT rowid FROM " + name + " LIMIT 0")).stmt != nullptr;
    QByteArray placeholders = "?";
    for (qsizetype i = 1; i < columns.size(); ++i)
        placeholders += ", ?";
    const QByteArray insertSql = hasRowid
        ? QByteArray("INSERT OR REPLACE INTO " + name + " (rowid, " + list + ") VALUES (?, " + placeholders + ")")
        : QByteArray("INSERT OR REPLACE INTO " + name + " (" + list + ") VALUES (" + placeholders + ")");
    RawStatement insert(to, insertSql);
    if (!insert.stmt) {
        copy.loss = true;
        return copy;
    }
    const QByteArray selectSql = hasRowid
        ? QByteArray("SELECT rowid, " + list + " FROM " + name + " WHERE rowid >= ? ORDER BY rowid")
        : QByteArray("SELECT " + list + " FROM " + name);

    sqlite3_int64 next = std::numeric_limits<sqlite3_int64>::min();
    int skipBits = 0; // how far past the last good row the next seek after damage goes: 2^skipBits
    while (true) {
        RawStatement select(from, selectSql);
        if (!select.stmt) {
            copy.loss = true;
            return copy;
        }
        if (hasRowid)
            sqlite3_bind_int64(select.stmt, 1, next);
        int rc = SQLITE_ROW;
        bool gotRow = false;
        while ((rc = sqlite3_step(select.stmt)) == SQLITE_ROW) {
            gotRow = true;
            const int count = sqlite3_column_count(select.stmt);
            for (int i = 0; i < count; ++i)
                sqlite3_bind_value(insert.stmt, i + 1, sqlite3_column_value(select.stmt, i));
            // A row read from a damaged page can come out wrong (a cell cut short reads as NULLs):
            // one the copy refuses is lost, and said to be.
            if (sqlite3_step(insert.stmt) == SQLITE_DONE)
                ++copy.rows;
            else
                copy.loss = true;
            sqlite3_reset(insert.stmt);
            sqlite3_clear_bindings(insert.stmt);
            if (hasRowid)
                next = sqlite3_column_int64(select.stmt, 0) + 1;
            if (cancel && (copy.rows & 4095) == 0 && cancel->load())
                throw Cancelled {};
        }
        if (rc == SQLITE_DONE)
            return copy;
        copy.loss = true;
        if (!hasRowid)
            return copy;
        if (next == std::numeric_limits<sqlite3_int64>::min())
            next = 0; // damaged before the first row: rowids start at 1
        // Damaged here: seek past it, further each time nothing could be read.
        if (gotRow)
            skipBits = 0;
        if (skipBits > 40)
            return copy;
        next += sqlite3_int64(1) << skipBits;
        ++skipBits;
    }
}

} // namespace

QStringList Store::quickProblems(const QString &path)
{
    QStringList problems = headerProblems(path);
    if (!problems.isEmpty() || QFileInfo(path).size() > Store::kQuickCheckAtOpenBytes)
        return problems;
    try {
        auto db = openSource(path);
        db->setBusyTimeout(2000);
        return runCheck(*db, "PRAGMA quick_check(10)");
    } catch (const SQLite::Exception &e) {
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return { cause(e) };
        return {}; // busy, locked, unreadable: open() says so in its own words
    }
}

QStringList Store::quickCheckProblems() const
{
    try {
        return runCheck(*m_db, "PRAGMA quick_check(10)");
    } catch (const SQLite::Exception &e) {
        return { cause(e) };
    }
}

QStringList Store::checkFile(const QString &path, const std::atomic<bool> *cancel)
{
    try {
        auto db = openSource(path);
        db->setBusyTimeout(2000);
        // A look at the flag every 50 ms: a window closing or opening another file stops a check
        // of a big file at once. (SQLite runs the b-tree check as one step of its machine, which
        // a progress handler does not interrupt: closing a window on 5M events waited minutes.)
        std::atomic<bool> done { false };
        std::thread watcher;
        if (cancel) {
            watcher = std::thread([&done, cancel, handle = db->getHandle()] {
                while (!done.load()) {
                    if (cancel->load()) {
                        sqlite3_interrupt(handle);
                        return;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                }
            });
        }
        struct Join
        {
            std::atomic<bool> &done;
            std::thread &thread;
            ~Join()
            {
                done = true;
                if (thread.joinable())
                    thread.join();
            }
        } join { done, watcher };
        return runCheck(*db, "PRAGMA quick_check(10)");
    } catch (const SQLite::Exception &e) {
        if (cancel && cancel->load())
            return {};
        return { cause(e) };
    }
}

Store::OpenResult Store::openDamagedReadOnly(const QString &path)
{
    OpenResult result;
    try {
        auto db = openSource(path, true);
        db->exec("PRAGMA query_only = ON");
        db->execAndGet("SELECT count(*) FROM sqlite_schema");
        result.store.reset(new Store(std::move(db), path, true));
        result.notice = tr("%1 is damaged: opened read-only; some events may be missing or fail to show.")
                            .arg(QFileInfo(path).fileName());
    } catch (const SQLite::Exception &e) {
        result.error = tr("%1 is too damaged to read: %2.").arg(QFileInfo(path).fileName(), cause(e));
        result.kind = OpenError::Damaged;
    }
    return result;
}

Store::RecoverResult Store::recover(const QString &path, const QString &newPath, const std::atomic<bool> *cancel)
{
    RecoverResult result;
    if (QFileInfo::exists(newPath)) {
        result.error = tr("%1 exists already; recover into a new file.").arg(QFileInfo(newPath).fileName());
        return result;
    }
    std::unique_ptr<SQLite::Database> source;
    try {
        source = openSource(path, true);
        source->exec("PRAGMA query_only = ON");
    } catch (const SQLite::Exception &e) {
        result.error = tr("%1 cannot be read at all: %2.").arg(QFileInfo(path).fileName(), cause(e));
        return result;
    }
    // Recovered under a scratch name beside it and renamed into place when whole: a crash while
    // copying leaves no new file.
    const QFileInfo newInfo(newPath);
    const QString scratch = newInfo.absoluteDir().filePath(u'.' + newInfo.fileName() + QStringLiteral(".recovering"));
    auto removeScratch = [&scratch] {
        for (const QString &suffix :
             { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
            QFile::remove(scratch + suffix);
    };
    removeScratch();
    OpenResult target = open(scratch, { .create = true });
    if (!target.store) {
        result.error = target.error;
        return result;
    }
    SQLite::Database &db = target.store->database();
    try {
        db.exec("PRAGMA foreign_keys = OFF");
        Schema::dropSearchTriggers(db);
        db.exec("BEGIN IMMEDIATE");
        QStringList tables;
        {
            SQLite::Statement q(db,
                                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                "AND name NOT LIKE 'events_fts%' ORDER BY rowid");
            while (q.executeStep())
                tables.append(text(q, 0));
        }
        for (const QString &table : std::as_const(tables)) {
            const TableCopy copy = copyTable(source->getHandle(), db.getHandle(), table, cancel);
            result.rowsRecovered += copy.rows;
            result.tablesWithLoss += copy.loss ? 1 : 0;
        }
        // Rows whose event, actor or source was on a lost page would break the file's links:
        // drop them, until no row points at a row that is not there.
        for (int pass = 0; pass < 8; ++pass) {
            int deleted = 0;
            for (const QString &table : std::as_const(tables)) {
                QList<std::pair<QString, QString>> keys; // (column, parent column)
                QStringList parents;
                {
                    SQLite::Statement fk(db, "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)");
                    fk.bind(1, table.toStdString());
                    while (fk.executeStep()) {
                        keys.append({ text(fk, 0), text(fk, 2) });
                        parents.append(text(fk, 1));
                    }
                }
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    const QByteArray column = quoted(keys.at(i).first);
                    const QByteArray parentColumn
                        = keys.at(i).second.isEmpty() ? QByteArray("rowid") : quoted(keys.at(i).second);
                    const QByteArray del = "DELETE FROM " + quoted(table) + " WHERE " + column + " IS NOT NULL AND "
                        + column + " NOT IN (SELECT " + parentColumn + " FROM " + quoted(parents.at(i)) + ")";
                    deleted += db.exec(del.constData());
                }
            }
            if (deleted == 0)
                break;
        }
        Schema::createSearchTriggers(db);
        Schema::rebuildSearchIndex(db);
        crashPoint("recover-copied");
        db.exec("COMMIT");
        db.exec("PRAGMA foreign_keys = ON");
        target.store.reset(); // closed: the log copied in, the scratch file whole
        crashPoint("recover-done");
        if (::link(QFile::encodeName(scratch).constData(), QFile::encodeName(newPath).constData()) != 0
            && (errno == EEXIST || QFileInfo::exists(newPath) || !QFile::rename(scratch, newPath))) {
            result.error = tr("%1 was made by another program while recovering; recover into a new file.")
                               .arg(newInfo.fileName());
        } else {
            result.ok = true;
        }
    } catch (const Cancelled &) {
        result.cancelled = true;
        result.error = tr("Recovering %1 was cancelled; nothing was written.").arg(QFileInfo(path).fileName());
    } catch (const std::exception &e) {
        result.error = tr("Recovering %1 failed: %2.").arg(QFileInfo(path).fileName(), cause(e));
    }
    target.store.reset();
    removeScratch();
    return result;
}

QStringList Store::integrityProblems() const
{
    QStringList problems;
    try {
        SQLite::Statement q(*m_db, "PRAGMA integrity_check");
        while (q.executeStep()) {
            const QString line = text(q, 0);
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    } catch (const SQLite::Exception &e) {
        problems.append(cause(e));
    }
    return problems;
}

} // namespace entente
