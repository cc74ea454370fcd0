#pragma once

// The PostgreSQL layout of a shared timeline, derived from the SQLite one this Entente creates (a
// fresh in-memory Store read through PRAGMA table_list/table_info/index_list/foreign_key_list):
// every ordinary table is replicated, with the same columns (INTEGER → bigint, REAL → double
// precision, TEXT → text, BLOB → bytea), keys, foreign keys (kept by triggers: PgReferences),
// unique and plain indexes, plus `row_version`. FTS5 tables and SQLite's own are not. So a table another
// part of Entente adds (accounts) is replicated with no code here.
//
// Beside them: entente_meta (the marker: application id, the SQLite schema version the tables
// follow, and this layout's own version), entente_changes (the change log and history, written by
// a trigger on every replicated table, with a notification on channel entente_changes), the
// search (a GIN index over unaccented words), and the roles entente_viewer and entente_editor.

#include "store/pg/pgreferences.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace entente::pg {

class PgConnection;

struct PgColumn
{
    QByteArray name;
    QByteArray pgType; // bigint, double precision, text, bytea
    bool integer = false; // an SQLite INTEGER column (its text is parsed back to a number)
    bool real = false;
    bool blob = false;
    bool notNull = false;
    QByteArray defaultValue; // SQL text, as SQLite keeps it ('person', 0), empty for none
};

struct PgTable
{
    QByteArray name;
    QList<PgColumn> columns;
    QList<int> key; // indexes into columns, in key order
    // What names a row to a person (in a conflict's sentence): its column `column` holds the key
    // (`keyColumn`) of a row of `table` whose `nameColumn` is the name. Its own title or name, or
    // else, through its foreign keys, that of the event it belongs to (an actor, a story...
    // without one). Derived from the schema, so a table added later is named too; column < 0: none.
    struct Naming
    {
        int column = -1;
        QByteArray table;
        QByteArray keyColumn;
        QByteArray nameColumn;
    };
    Naming naming;
    // A single INTEGER key (an "id"): new rows take their ids from the server's sequence
    // <name>_id_seq.
    bool hasIdSequence() const;
    int column(const QByteArray &columnName) const;
    QByteArray columnList() const; // "id, title, ..." (without row_version)
    QByteArray keyList() const;
};

class PgSchema
{
public:
    // This layout's own version (entente_meta 'pg_layout'): raised, with a step in migrate(),
    // when what lives beside the tables changes (log, triggers, search, grants). 2: ids for an
    // import in runs (entente_take_id_runs), the quotes' search index. 3: the foreign keys kept
    // by statement-level triggers instead of constraints (PgReferences).
    static constexpr int kLayoutVersion = 3;
    static constexpr const char *kApplicationId = "Ente";
    static constexpr const char *kKeySeparator = "\x1f";

    // The replicated tables, parents before children (foreign keys), read once.
    static const PgSchema &current();
    const QList<PgTable> &tables() const { return m_tables; }
    const PgTable *table(const QByteArray &name) const;

    // What the database holds. Foreign: tables that are not Entente's (or an Entente marker of
    // another application); Newer: from a newer Entente (its SQLite version or layout above ours).
    enum class State { Empty, Current, Older, Newer, Foreign };
    struct Inspection
    {
        State state = State::Empty;
        int sqliteVersion = 0; // the Store schema version the tables follow
        int layoutVersion = 0;
    };
    static Inspection inspect(PgConnection &connection);
    // Creates everything in an empty database, or brings an older Entente database forward (new
    // tables and columns, then the layout's steps), in one transaction; roles and grants are
    // made or refreshed either way (idempotent). Throws PgError; refuses (StoreError, one sentence,
    // nothing changed) a Foreign or Newer database. `rolesNote` says when the roles could not be
    // made (the user may not create roles): the tables are then usable by their owner only.
    void init(PgConnection &connection, QString *rolesNote = nullptr) const;
    // For a bulk copy into empty tables by their owner (entente copy): secondary indexes, the
    // references' triggers and the per-row log trigger off, then back on after the rows (the
    // references checked once, set against set), in the same transaction — building an index once
    // is several times quicker than keeping it up row by row. False, with nothing done, when this
    // user does not own the tables.
    bool suspendForBulk(PgConnection &connection) const;
    // Whether this user owns (or is a member of the owner of) every replicated table.
    static bool ownsTables(PgConnection &connection);
    void resumeAfterBulk(PgConnection &connection) const;
    // The sentence refusing a database, or empty when `inspection` may be opened.
    static QString refusal(const Inspection &inspection, const QString &displayName);
    // Makes the role (NOLOGIN) unless it exists, inside the caller's transaction. Roles belong to
    // the whole server, so another database's init may be making the same role at the same
    // moment: its CREATE ROLE waits for that one and then fails (tryExec's savepoint keeps the
    // transaction going) and the role is found. False when this user may not
    // create roles and the role does not exist.
    static bool ensureRole(PgConnection &connection, const QByteArray &role);

private:
    PgSchema();
    void name(PgTable &table, const QList<PgReference> &foreignKeys) const;
    void createTable(PgConnection &connection, const PgTable &table) const;
    void addMissing(PgConnection &connection) const;
    void createLayout(PgConnection &connection) const;
    void grant(PgConnection &connection, QString *rolesNote) const;
    void createSearchIndex(PgConnection &connection) const;
    QList<QByteArray> indexStatements(const PgTable &table) const;

    QList<PgTable> m_tables;
    QList<QList<QByteArray>> m_indexes; // per table: CREATE INDEX IF NOT EXISTS statements
    PgReferences m_references;
};

} // namespace entente::pg
