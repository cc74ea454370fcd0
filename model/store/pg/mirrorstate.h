#pragma once

// A mirror's own tables in its file, never replicated (PgMirror, PgSnapshot): shared_state (what
// it last pulled, the log numbers it has still to look for, its own imports, which database it
// mirrors) and shared_versions (the row versions it holds other than 1; most rows are never
// edited, so the table stays small).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace SQLite {
class Database;
}

namespace entente::pg {

class MirrorState
{
public:
    static constexpr const char *kTables
        = "CREATE TABLE IF NOT EXISTS shared_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
          "CREATE TABLE IF NOT EXISTS shared_versions (tbl TEXT NOT NULL, key TEXT NOT NULL, version INTEGER NOT "
          "NULL, PRIMARY KEY (tbl, key)) WITHOUT ROWID;";

    static QString get(SQLite::Database &db, const char *key); // empty when not set
    static void set(SQLite::Database &db, const char *key, const QString &value);
    // A list of change log numbers ("12,15"), as own_bulk and holes keep them.
    static QList<qint64> numbers(SQLite::Database &db, const char *key);
    static void setNumbers(SQLite::Database &db, const char *key, const QList<qint64> &numbers);
    // table \x1e key → version, into shared_versions.
    static void storeVersions(SQLite::Database &db, const QHash<QByteArray, qint64> &versions);
};

} // namespace entente::pg
