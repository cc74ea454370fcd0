#pragma once

// The foreign keys of a shared timeline's tables, kept by statement-level triggers instead of
// PostgreSQL's own constraints (layout 3). A constraint checks each new row by a query of its own
// and locks its parent, at the commit: an import's COPY of 100,000 ACLED events and their 600,000
// links spent 4.96 s in its COMMIT on those 1.2M checks. The triggers check and lock the parents
// of all a statement's rows in one query over its transition table, at the end of the statement
// (400,000 actor links: 2.5 s with the triggers against 5.3 s with the constraints).
//
// What they keep is what the constraints kept (every reference of the schema is ON DELETE CASCADE):
// - a row whose parent is missing is refused (SQLSTATE 23503, as a constraint would);
// - its parents are locked FOR KEY SHARE, so a parent deleted meanwhile cannot leave it behind;
// - deleting parents deletes the rows that refer to them, in the same statement (any other
//   action: the deletion is refused while rows refer to them);
// - a parent's key that rows refer to cannot change.
// One difference: the check is at the end of each statement, not deferred to the commit, so a
// transaction writes parents before their children (PgSchema's tables are in that order, and so
// are a changeset's, its tables attached in it).

#include <QByteArray>
#include <QList>

namespace entente::pg {

class PgConnection;
struct PgTable;

struct PgReference
{
    QByteArray child;
    QByteArrayList from;
    QByteArray parent;
    QByteArrayList to; // the parent's columns, in the order of `from`
    bool cascade = true; // ON DELETE CASCADE; else deleting a parent it refers to is refused
};

class PgReferences
{
public:
    explicit PgReferences(QList<PgReference> references = {});

    // The trigger functions and triggers, each statement safe to run again (CREATE OR REPLACE).
    QList<QByteArray> statements() const;
    // Drops PostgreSQL's own foreign keys from `tables` (a database of layout 2 or older), inside
    // the caller's transaction; the rows they held are whole, so the triggers take over as is.
    static void dropConstraints(PgConnection &connection, const QList<PgTable> &tables);
    // Turns the triggers off and on around a bulk copy by the tables' owner (PgSchema).
    void setEnabled(PgConnection &connection, bool enabled) const;
    // After such a copy: refuses (PgError 23503) a row whose parent is missing.
    void verify(PgConnection &connection) const;

private:
    QByteArray checkFunction(const QByteArray &child) const;
    QByteArray cascadeFunction(const QByteArray &parent) const;
    QByteArray rekeyFunction(const QByteArray &parent) const;
    QList<QByteArray> tablesOf(bool children) const;

    QList<PgReference> m_references;
};

} // namespace entente::pg
