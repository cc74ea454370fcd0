// SharedTimeline: init and copy for the command line, over PgSchema and PgCopy.
#include "store/sharedtimeline.h"

#include "store/importerrors.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgcopy.h"
#include "store/pg/pgmirror.h"
#include "store/pg/pgschema.h"
#include "store/schema.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::SharedTimeline", text);
}

SharedTimeline::Result failed(const QString &sentence)
{
    SharedTimeline::Result r;
    r.error = sentence;
    return r;
}

SharedTimeline::Result fileToServer(const QString &from, const QString &to, const pg::PgCopy::Options &options)
{
    auto source = Store::open(from, { .readOnly = true });
    if (!source.store)
        return failed(source.error);
    if (source.store->schemaVersion() != Schema::kCurrentVersion)
        return failed(tr("%1 was made by an older Entente; open it once in this Entente (which brings it up to date), "
                         "then copy it.")
                          .arg(QFileInfo(from).fileName()));
    SharedTimeline::Result result = SharedTimeline::init(to);
    if (!result.ok)
        return result;
    try {
        auto connection = pg::PgConnection::connect(to);
        result.rows = pg::PgCopy::toServer(source.store->database(), *connection, options);
    } catch (const ImportCancelled &) {
        result.ok = false;
        result.cancelled = true;
        result.error = tr("The copy was cancelled; nothing was copied.");
    } catch (const std::exception &e) {
        result.ok = false;
        result.error = Store::causeSentence(e);
    }
    return result;
}

SharedTimeline::Result serverToFile(const QString &from, const QString &to, const pg::PgCopy::Options &options)
{
    if (QFileInfo::exists(to))
        return failed(tr("%1 exists; copy into a new file.").arg(to));
    SharedTimeline::Result result;
    const QString part = to + QStringLiteral(".part");
    try {
        auto connection = pg::PgConnection::connect(from);
        const pg::PgSchema::Inspection found = pg::PgSchema::inspect(*connection);
        const QString name = connection->target().displayName();
        if (const QString why = pg::PgSchema::refusal(found, name); !why.isEmpty())
            return failed(why);
        if (found.state == pg::PgSchema::State::Empty)
            return failed(tr("The database %1 holds no Entente timeline.").arg(name));
        if (found.state != pg::PgSchema::State::Current)
            return failed(tr("The shared timeline %1 was made by an older Entente; its owner can bring it up to date "
                             "with “entente init”.")
                              .arg(name));
        QFile::remove(part);
        {
            auto made = Store::open(part, { .create = true });
            if (!made.store)
                return failed(made.error.replace(QFileInfo(part).fileName(), QFileInfo(to).fileName()));
            SQLite::Database &db = made.store->database();
            db.exec("PRAGMA foreign_keys = OFF");
            db.exec("BEGIN");
            try {
                pg::PgCopy::fromServer(*connection, db, options, nullptr, &result.rows);
                db.exec("COMMIT");
            } catch (...) {
                db.exec("ROLLBACK");
                throw;
            }
            pg::PgCopy::completeIndexes(db, part, options);
        }
        if (!QFile::rename(part, to)) {
            QFile::remove(part);
            return failed(tr("%1 cannot be written: its folder cannot be written to.").arg(to));
        }
        result.ok = true;
    } catch (const ImportCancelled &) {
        QFile::remove(part);
        result.cancelled = true;
        result.error = tr("The copy was cancelled; nothing was copied.");
    } catch (const std::exception &e) {
        QFile::remove(part);
        result.error = Store::causeSentence(e);
    }
    return result;
}

} // namespace

bool SharedTimeline::isUrl(const QString &location)
{
    return pg::PgConnection::isUrl(location);
}

QString SharedTimeline::displayUrl(const QString &url)
{
    return QUrl(url).toString(QUrl::RemovePassword);
}

SharedTimeline::Result SharedTimeline::init(const QString &url)
{
    Result result;
    try {
        auto connection = pg::PgConnection::connect(url);
        pg::PgSchema::current().init(*connection, &result.note);
        result.ok = true;
    } catch (const std::exception &e) {
        result.error = Store::causeSentence(e);
    }
    return result;
}

SharedTimeline::Result SharedTimeline::publish(Store &store, const std::function<void(qint64, qint64)> &progress)
{
    if (!store.isShared())
        return failed(tr("%1 is a file, not a shared timeline: only a shared timeline has a starting copy to publish.")
                          .arg(store.path()));
    Result result;
    try {
        result.bytes = store.shared()->publish(progress);
    } catch (const StoreError &e) {
        return failed(e.message());
    } catch (const std::exception &e) { // the copy on this computer (SQLite): a full disk, say
        return failed(tr("The starting copy of %1 cannot be made: %2.").arg(store.location(), Store::cause(e)));
    }
    result.ok = true;
    return result;
}

SharedTimeline::Result SharedTimeline::copy(const QString &from, const QString &to,
                                            const std::function<void(const QString &, qint64)> &progress,
                                            const std::function<bool()> &cancelled)
{
    pg::PgCopy::Options options;
    options.progress = progress;
    options.cancelled = cancelled;
    if (!isUrl(from) && isUrl(to))
        return fileToServer(from, to, options);
    if (isUrl(from) && !isUrl(to))
        return serverToFile(from, to, options);
    return failed(tr("entente copy copies between a file and a database: one of the two must be a postgresql:// "
                     "address and the other a file."));
}

} // namespace entente
