// PgMirror: opening a shared timeline (check, first copy, pull) and pulling the change log into
// the mirror. The write path (the session and its push) is in pgpush.cpp.
#include "store/pg/pgmirror.h"

#include "store/deferredindexes.h"
#include "store/importerrors.h"
#include "store/pg/mirrorstate.h"
#include "store/pg/pgcopy.h"
#include "store/pg/pgschema.h"
#include "store/pg/pgsnapshot.h"
#include "store/pg/rangedsearch.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

namespace entente::pg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::PgMirror", text);
}

Store::OpenResult refused(Store::OpenError kind, const QString &sentence)
{
    Store::OpenResult result;
    result.kind = kind;
    result.error = sentence;
    return result;
}

// The server's database id (made at init): a mirror of another database of the same name (one
// dropped and made again) is made afresh.
QString databaseId(PgConnection &connection)
{
    const PgResult r = connection.exec("SELECT value FROM entente_meta WHERE key = 'database_id'");
    return r.rows() > 0 ? r.text(0, 0) : QString();
}

// The mirror's rows and indexes into the new file at `part`.
void fillMirror(PgConnection &connection, const QString &part, const QString &dbId, const PgCopy::Options &copying)
{
    Store::OpenResult made = Store::open(part, { .create = true });
    if (!made.store)
        throw StoreError(StoreError::Kind::Other, made.error);
    SQLite::Database &db = made.store->database();
    db.exec(MirrorState::kTables);
    // A scratch file until it is whole (removed when this fails): no syncing, a large cache.
    db.exec("PRAGMA synchronous = OFF");
    db.exec("PRAGMA cache_size = -262144");
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("BEGIN");
    try {
        QHash<QByteArray, qint64> versions;
        QList<qint64> holes;
        const qint64 lastSeq = PgCopy::fromServer(connection, db, copying, &versions, nullptr, &holes);
        MirrorState::storeVersions(db, versions);
        MirrorState::set(db, "last_seq", QString::number(lastSeq));
        MirrorState::setNumbers(db, "holes", holes);
        MirrorState::set(db, "database_id", dbId);
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
    PgCopy::completeIndexes(db, part, copying);
    db.exec("PRAGMA foreign_keys = ON");
}

// Makes the mirror file whole beside its place, then moves it in. A failure or a cancel
// (ImportCancelled) leaves nothing of it behind.
void buildMirror(PgConnection &connection, const QString &path, const QString &dbId, const Store::OpenOptions &options)
{
    const QString part = path + QStringLiteral(".part");
    const auto removePart = [&part] {
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-journal"));
        QFile::remove(part + QStringLiteral("-wal"));
        QFile::remove(part + QStringLiteral("-shm"));
        QFile::remove(DeferredIndexes::scratchPath(part));
    };
    removePart();
    PgCopy::Options copying;
    copying.cancelled = options.cancelled;
    copying.rows = options.fetching;
    copying.indexSteps = options.finishing;
    try {
        if (!PgSnapshot::fetchMirror(connection, part, dbId, options.downloading, options.cancelled)) {
            removePart();
            fillMirror(connection, part, dbId, copying);
        }
    } catch (...) {
        removePart();
        throw;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path))
        throw StoreError(StoreError::Kind::Other,
                         tr("The copy of the shared timeline cannot be kept in %1.").arg(path));
}

QByteArray arrayLiteral(const QList<QByteArray> &values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        for (const char c : values.at(i)) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + '}';
}

// WHERE for the rows of `table` whose key texts are given as $1 (a text[]).
QByteArray keysWhere(const PgTable &table)
{
    if (table.key.size() == 1) {
        const PgColumn &c = table.columns.at(table.key.first());
        return c.name + " = ANY($1::" + (c.integer ? QByteArray("bigint") : QByteArray("text")) + "[])";
    }
    QByteArrayList parts;
    for (qsizetype i = 0; i < table.key.size(); ++i) {
        const PgColumn &c = table.columns.at(table.key.at(i));
        parts.append("split_part(k, E'\\x1f', " + QByteArray::number(i + 1) + ")::" + c.pgType);
    }
    return "(" + table.keyList() + ") IN (SELECT " + parts.join(", ") + " FROM unnest($1::text[]) AS k)";
}

void bindKey(SQLite::Statement &statement, const PgTable &table, const QByteArray &key)
{
    const QList<QByteArray> parts = key.split('\x1f');
    for (qsizetype i = 0; i < table.key.size(); ++i) {
        const PgColumn &c = table.columns.at(table.key.at(i));
        const QByteArray value = parts.value(i);
        if (c.integer)
            statement.bind(int(i) + 1, static_cast<int64_t>(value.toLongLong()));
        else
            statement.bind(int(i) + 1, value.toStdString());
    }
}

QByteArray keyMatch(const PgTable &table)
{
    QByteArrayList parts;
    for (const int k : table.key)
        parts.append(table.columns.at(k).name + " = ?");
    return parts.join(" AND ");
}

} // namespace

PgMirror::PgMirror(Store &store, std::unique_ptr<PgConnection> connection)
    : m_store(store)
    , m_connection(std::move(connection))
{ }

PgMirror::~PgMirror()
{
    endWrite();
}

QString PgMirror::mirrorPath(const PgTarget &target, const QString &cacheDir)
{
    QString dir = cacheDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("ENTENTE_SHARED_CACHE");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/shared");
    QString name = target.host + u'_' + target.port + u'_' + target.database + u'_' + target.user;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("-"));
    return QDir(dir).filePath(name + QStringLiteral(".entente"));
}

QString PgMirror::url() const
{
    return QUrl(m_connection->url()).toString(QUrl::RemovePassword);
}

int PgMirror::backendPid() const
{
    return m_connection->backendPid();
}

Store::OpenResult PgMirror::open(const QString &url, const Store::OpenOptions &options)
{
    std::unique_ptr<PgConnection> connection;
    try {
        connection = PgConnection::connect(url);
    } catch (const StoreError &e) {
        return refused(Store::OpenError::Other, e.message());
    }
    const QString name = connection->target().displayName();
    try {
        const PgSchema::Inspection found = PgSchema::inspect(*connection);
        if (found.state == PgSchema::State::Empty && !options.create)
            return refused(Store::OpenError::Missing,
                           tr("The database %1 holds no Entente timeline yet; “entente init %2” makes one.")
                               .arg(name, QUrl(url).toString(QUrl::RemovePassword)));
        if (const QString why = PgSchema::refusal(found, name); !why.isEmpty())
            return refused(found.state == PgSchema::State::Newer ? Store::OpenError::Newer : Store::OpenError::Foreign,
                           why);
        if (found.state != PgSchema::State::Current) {
            try {
                PgSchema::current().init(*connection);
            } catch (const StoreError &e) {
                if (e.kind() != StoreError::Kind::ReadOnly)
                    throw;
                return refused(Store::OpenError::ReadOnly,
                               tr("The shared timeline %1 was made by an older Entente; its owner can bring it up to "
                                  "date with “entente init”.")
                                   .arg(name));
            }
        }
        const QString dbId = databaseId(*connection);
        const QString path = mirrorPath(connection->target(), options.sharedCacheDir);
        QDir().mkpath(QFileInfo(path).absolutePath());
        Store::OpenOptions mirrorOptions = options;
        mirrorOptions.create = false;
        Store::OpenResult opened;
        if (QFile::exists(path)) {
            opened = Store::open(path, mirrorOptions);
            if (opened.store) {
                if (!opened.store->m_readOnly)
                    opened.store->database().exec(MirrorState::kTables);
                if (MirrorState::get(opened.store->database(), "database_id") != dbId)
                    opened.store.reset(); // another database under the same name: copied afresh
            }
        }
        if (!opened.store) {
            buildMirror(*connection, path, dbId, options);
            opened = Store::open(path, mirrorOptions);
            if (!opened.store)
                return opened;
        }
        Store &store = *opened.store;
        auto mirror = std::unique_ptr<PgMirror>(new PgMirror(store, std::move(connection)));
        mirror->m_ownPids.insert(mirror->m_connection->backendPid());
        mirror->m_lastSeq = MirrorState::get(store.database(), "last_seq").toLongLong();
        // Numbers a copy of the server could not see (transactions open while it was made): the
        // first pulls look for them.
        for (const qint64 hole : MirrorState::numbers(store.database(), "holes"))
            if (hole <= mirror->m_lastSeq)
                mirror->m_holes.insert(hole, QDateTime::currentMSecsSinceEpoch());
        mirror->m_canWrite = !store.m_readOnly
            && mirror->m_connection->exec("SELECT has_table_privilege('events', 'INSERT')").toBool(0, 0);
        if (!mirror->m_canWrite && !store.m_readOnly)
            opened.notice = tr("You may only read the shared timeline %1.").arg(name);
        store.m_shared = std::move(mirror);
        if (!store.m_readOnly)
            store.m_shared->pull();
        return opened;
    } catch (const ImportCancelled &) {
        return refused(
            Store::OpenError::Cancelled,
            tr("Opening the shared timeline %1 was stopped; nothing of it was kept on this computer.").arg(name));
    } catch (const std::exception &e) {
        return refused(Store::OpenError::Other,
                       tr("The shared timeline %1 cannot be opened: %2.").arg(name, Store::cause(e)));
    }
}

RemoteChanges PgMirror::pull()
{
    if (m_pulling || m_session || m_store.m_readOnly) { // a viewer's mirror is written by pulls
        RemoteChanges none;
        none.fromSeq = none.toSeq = m_lastSeq;
        return none;
    }
    m_pulling = true;
    try {
        ensureConnected();
        RemoteChanges changes = pullLocked();
        m_pulling = false;
        return changes;
    } catch (...) {
        m_pulling = false;
        throw;
    }
}

void PgMirror::ensureConnected()
{
    if (m_connection->isOk())
        return;
    auto fresh = PgConnection::connect(m_connection->url());
    m_ownPids.insert(fresh->backendPid());
    m_connection = std::move(fresh);
}

void PgMirror::noteOwnBulk(const QList<qint64> &seqs)
{
    if (seqs.isEmpty())
        return;
    SQLite::Database &db = m_store.database();
    QList<qint64> kept;
    for (const qint64 seq : ownBulk())
        if (seq > m_lastSeq)
            kept.append(seq);
    kept.append(seqs);
    MirrorState::setNumbers(db, "own_bulk", kept);
}

std::optional<WaitingImport> PgMirror::waitingImport()
{
    if (m_store.m_readOnly)
        return std::nullopt; // opened read-only (another window has the mirror): not written here
    ensureConnected();
    QList<QByteArray> own;
    for (const qint64 seq : ownBulk())
        own.append(QByteArray::number(seq));
    const PgResult log = m_connection->exec(
        "SELECT by_user, tbl, row_key FROM entente_changes WHERE seq > $1 AND op = 'B' AND NOT seq = ANY($2::bigint[]) "
        "ORDER BY seq",
        { m_lastSeq, QString::fromUtf8(arrayLiteral(own)) });
    if (log.rows() == 0)
        return std::nullopt;
    WaitingImport waiting;
    waiting.user = log.text(0, 0);
    for (int r = 0; r < log.rows(); ++r) {
        if (log.raw(r, 1) != "events" || log.isNull(r, 2))
            continue;
        const QList<QByteArray> ends = log.raw(r, 2).split('.');
        waiting.events += m_connection
                              ->exec("SELECT count(*) FROM events WHERE id BETWEEN $1 AND $2",
                                     { ends.first().toLongLong(), ends.last().toLongLong() })
                              .toInt64(0, 0);
    }
    return waiting;
}

void PgMirror::adoptPull()
{
    m_lastSeq = std::max(m_lastSeq, MirrorState::get(m_store.database(), "last_seq").toLongLong());
}

QSet<qint64> PgMirror::ownBulk() const
{
    const QList<qint64> seqs = MirrorState::numbers(m_store.database(), "own_bulk");
    return { seqs.cbegin(), seqs.cend() };
}

RemoteChanges PgMirror::pullLocked()
{
    RemoteChanges out;
    out.fromSeq = out.toSeq = m_lastSeq;
    QList<QByteArray> holes;
    for (auto it = m_holes.cbegin(); it != m_holes.cend(); ++it) // the numbers (the values are times)
        holes.append(QByteArray::number(it.key()));
    const PgResult log = m_connection->exec(
        "SELECT seq, tbl, row_key, op, by_user, (extract(epoch FROM at) * 1000)::bigint, fields, pid "
        "FROM entente_changes WHERE seq > $1 OR seq = ANY($2::bigint[]) ORDER BY seq",
        { m_lastSeq, QString::fromUtf8(arrayLiteral(holes)) });
    if (log.rows() == 0) {
        expireHoles();
        return out;
    }
    const PgSchema &schema = PgSchema::current();
    const QSet<qint64> ownBulk = this->ownBulk();
    QHash<QByteArray, QSet<QByteArray>> keys; // table → changed keys
    QHash<QByteArray, QList<QByteArray>> ranges; // table → bulk ranges ("" = whole table)
    QSet<qint64> seen;
    qint64 maxSeq = m_lastSeq;
    for (int r = 0; r < log.rows(); ++r) {
        RemoteChange c;
        c.seq = log.toInt64(r, 0);
        c.table = log.text(r, 1);
        c.key = log.text(r, 2);
        const char op = log.raw(r, 3).at(0);
        c.op = op == 'D' ? RemoteChange::Op::Delete : op == 'U' ? RemoteChange::Op::Update : RemoteChange::Op::Insert;
        c.user = log.text(r, 4);
        c.at = QDateTime::fromMSecsSinceEpoch(log.toInt64(r, 5), Qt::UTC);
        const QString fields = log.text(r, 6);
        if (fields.size() > 2)
            c.fields = fields.mid(1, fields.size() - 2).split(u',');
        c.own = m_ownPids.contains(int(log.toInt64(r, 7))) || log.toInt64(r, 7) == m_connection->backendPid();
        c.id = c.key.section(QChar(0x1f), 0, 0).toLongLong();
        seen.insert(c.seq);
        maxSeq = std::max(maxSeq, c.seq);
        const QByteArray table = c.table.toUtf8();
        // This mirror's own import: its rows are here already (at a million rows, fetching them
        // again took longer than the import).
        const bool ownImport = op == 'B' && ownBulk.contains(c.seq);
        c.own = c.own || ownImport;
        if (schema.table(table) && !ownImport) {
            if (op == 'B')
                ranges[table].append(log.isNull(r, 2) ? QByteArray() : log.raw(r, 2));
            else
                keys[table].insert(log.raw(r, 2));
        }
        out.changes.append(c);
    }
    // Sequence numbers skipped are transactions not yet committed (or rolled back): looked for
    // again on the next pulls for a while.
    for (qint64 s = m_lastSeq + 1; s < maxSeq; ++s)
        if (!seen.contains(s))
            m_holes.insert(s, QDateTime::currentMSecsSinceEpoch());
    for (const qint64 s : std::as_const(seen))
        m_holes.remove(s);
    expireHoles();
    apply(keys, ranges, out);
    m_lastSeq = maxSeq;
    out.toSeq = maxSeq;
    describe(out);
    return out;
}

void PgMirror::expireHoles()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_holes.begin(); it != m_holes.end();)
        it = now - it.value() > 120000 || m_holes.size() > 10000 ? m_holes.erase(it) : std::next(it);
}

// Writes what the log named into the mirror in one SQLite transaction: every named row fetched
// again (inserted or updated), the ones the server no longer has deleted.
void PgMirror::apply(const QHash<QByteArray, QSet<QByteArray>> &keys,
                     const QHash<QByteArray, QList<QByteArray>> &ranges, RemoteChanges &out)
{
    const PgSchema &schema = PgSchema::current();
    SQLite::Database &db = m_store.database();
    QHash<QByteArray, qint64> versions;
    QHash<QByteArray, QList<QByteArray>> gone;
    // Someone's import (ranges of ids): a large cache, as an import has, and the search index
    // written once per event (RangedSearch), not by the triggers at every link and quote.
    const int cacheSize = db.execAndGet("PRAGMA cache_size").getInt();
    if (!ranges.isEmpty())
        db.exec("PRAGMA cache_size = -262144");
    RangedSearch search(db);
    db.exec("BEGIN IMMEDIATE");
    try {
        // Bulk ranges: the rows there are taken out first, children before parents.
        for (auto t = schema.tables().crbegin(); t != schema.tables().crend(); ++t) {
            search.enter(t->name, ranges.value(t->name));
            for (const QByteArray &range : ranges.value(t->name)) {
                if (range.isEmpty()) {
                    db.exec(QByteArray(QByteArray("DELETE FROM ") + t->name).toStdString());
                    continue;
                }
                const QList<QByteArray> ends = range.split('.');
                SQLite::Statement del(db,
                                      QByteArray("DELETE FROM " + t->name + " WHERE "
                                                 + t->columns.at(t->key.first()).name + " BETWEEN ? AND ?")
                                          .toStdString());
                del.bind(1, static_cast<int64_t>(ends.first().toLongLong()));
                del.bind(2, static_cast<int64_t>(ends.last().toLongLong()));
                del.exec();
            }
        }
        search.leave();
        for (const PgTable &t : schema.tables()) {
            search.enter(t.name, ranges.value(t.name));
            for (const QByteArray &range : ranges.value(t.name)) {
                out.bulk = true;
                const QList<QByteArray> ends = range.split('.');
                out.rowsApplied += PgCopy::upsertFromServer(
                    *m_connection, db, t,
                    range.isEmpty() ? QByteArray("true") : t.columns.at(t.key.first()).name + " BETWEEN $1 AND $2",
                    range.isEmpty() ? QList<QVariant>()
                                    : QList<QVariant> { ends.first().toLongLong(), ends.last().toLongLong() },
                    &versions, nullptr);
            }
            search.leave();
            const QSet<QByteArray> named = keys.value(t.name);
            if (named.isEmpty())
                continue;
            QList<QByteArray> list(named.cbegin(), named.cend());
            QList<QByteArray> found;
            out.rowsApplied += PgCopy::upsertFromServer(*m_connection, db, t, keysWhere(t),
                                                        { QString::fromUtf8(arrayLiteral(list)) }, &versions, &found);
            SQLite::Statement clear(db, "DELETE FROM shared_versions WHERE tbl = ? AND key = ?");
            for (const QByteArray &key : std::as_const(list)) {
                clear.bind(1, t.name.toStdString());
                clear.bind(2, key.toStdString());
                clear.exec();
                clear.reset();
            }
            const QSet<QByteArray> there(found.cbegin(), found.cend());
            for (const QByteArray &key : std::as_const(list))
                if (!there.contains(key))
                    gone[t.name].append(key);
        }
        for (auto t = schema.tables().crbegin(); t != schema.tables().crend(); ++t) {
            const QList<QByteArray> doomed = gone.value(t->name);
            if (doomed.isEmpty())
                continue;
            SQLite::Statement del(db, QByteArray("DELETE FROM " + t->name + " WHERE " + keyMatch(*t)).toStdString());
            for (const QByteArray &key : doomed) {
                bindKey(del, *t, key);
                out.rowsApplied += del.exec();
                del.reset();
            }
        }
        search.rebuild();
        MirrorState::storeVersions(db, versions);
        const qint64 lastSeq = std::max(m_lastSeq, out.changes.isEmpty() ? 0 : out.changes.last().seq);
        MirrorState::set(db, "last_seq", QString::number(lastSeq));
        MirrorState::setNumbers(db, "holes", m_holes.keys()); // still to look for, after a restart too
        QList<qint64> ownAhead; // own imports not pulled yet (numbers past this pull's)
        for (const qint64 seq : ownBulk())
            if (seq > lastSeq)
                ownAhead.append(seq);
        MirrorState::setNumbers(db, "own_bulk", ownAhead);
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK"); // the triggers dropped inside it come back with it
        db.exec("PRAGMA cache_size = " + std::to_string(cacheSize));
        throw;
    }
    db.exec("PRAGMA cache_size = " + std::to_string(cacheSize));
}

// The ids per kind, for the Document to announce.
void PgMirror::describe(RemoteChanges &out) const
{
    for (const RemoteChange &c : std::as_const(out.changes)) {
        if (c.own)
            continue;
        const bool removed = c.op == RemoteChange::Op::Delete;
        if (c.table == u"events") {
            (removed ? out.removedEvents : out.events).insert(c.id);
        } else if (c.table == u"actors") {
            (removed ? out.removedActors : out.actors).insert(c.id);
        } else if (c.table == u"sources") {
            (removed ? out.removedSources : out.sources).insert(c.id);
        } else if (c.table.startsWith(u"event_") && c.table != u"event_links") {
            out.events.insert(c.id); // event_actors, event_sources, event_tags, event_attributes
        } else if (c.table == u"actor_aliases") {
            out.actors.insert(c.id);
        } else if (c.table == u"event_links") {
            out.links.insert(c.id);
        } else if (c.table == u"eras") {
            out.eras.insert(c.id);
        } else if (c.table == u"stories" || c.table == u"story_steps") {
            out.stories.insert(c.id);
        } else if (c.table == u"saved_views") {
            out.views.insert(c.id);
        } else if (c.table == u"node_positions") {
            out.nodes = true;
        } else if (c.table == u"meta") {
            out.meta = true;
        } else {
            out.other = true; // actor_titles (keyed by their own id), tags, accounts
        }
    }
}

} // namespace entente::pg
