#include "store/pg/mirrorstate.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QStringList>

namespace entente::pg {

QString MirrorState::get(SQLite::Database &db, const char *key)
{
    SQLite::Statement q(db, "SELECT value FROM shared_state WHERE key = ?");
    q.bind(1, key);
    return q.executeStep() ? QString::fromUtf8(q.getColumn(0).getText()) : QString();
}

void MirrorState::set(SQLite::Database &db, const char *key, const QString &value)
{
    SQLite::Statement q(db, "INSERT OR REPLACE INTO shared_state (key, value) VALUES (?, ?)");
    q.bind(1, key);
    q.bind(2, value.toStdString());
    q.exec();
}

QList<qint64> MirrorState::numbers(SQLite::Database &db, const char *key)
{
    QList<qint64> out;
    for (const QString &n : get(db, key).split(u',', Qt::SkipEmptyParts))
        out.append(n.toLongLong());
    return out;
}

void MirrorState::setNumbers(SQLite::Database &db, const char *key, const QList<qint64> &numbers)
{
    QStringList texts;
    for (const qint64 n : numbers)
        texts.append(QString::number(n));
    set(db, key, texts.join(u','));
}

void MirrorState::storeVersions(SQLite::Database &db, const QHash<QByteArray, qint64> &versions)
{
    SQLite::Statement put(db, "INSERT OR REPLACE INTO shared_versions (tbl, key, version) VALUES (?, ?, ?)");
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const qsizetype split = it.key().indexOf('\x1e');
        put.bind(1, it.key().left(split).toStdString());
        put.bind(2, it.key().mid(split + 1).toStdString());
        put.bind(3, static_cast<int64_t>(it.value()));
        put.exec();
        put.reset();
    }
}

} // namespace entente::pg
