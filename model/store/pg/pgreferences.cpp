#include "store/pg/pgreferences.h"

#include "store/pg/pgconnection.h"
#include "store/pg/pgschema.h"

#include <utility>

namespace entente::pg {

namespace {

// "a.x = b.y AND a.z = b.w"
QByteArray equal(const char *a, const QByteArrayList &left, const char *b, const QByteArrayList &right)
{
    QByteArrayList parts;
    for (qsizetype i = 0; i < left.size(); ++i)
        parts.append(QByteArray(a) + '.' + left.at(i) + " = " + b + '.' + right.at(i));
    return parts.join(" AND ");
}

// "a.x, a.z"
QByteArray list(const char *alias, const QByteArrayList &columns)
{
    QByteArrayList parts;
    for (const QByteArray &c : columns)
        parts.append(QByteArray(alias) + '.' + c);
    return parts.join(", ");
}

// "(a.x, a.z) IN (SELECT b.y, b.w FROM rows b)"
QByteArray among(const char *alias, const QByteArrayList &columns, const QByteArray &rows, const char *rowAlias,
                 const QByteArrayList &rowColumns)
{
    return '(' + list(alias, columns) + ") IN (SELECT " + list(rowAlias, rowColumns) + " FROM " + rows + ' ' + rowAlias
        + ')';
}

// A row with a NULL in its reference refers to nothing (MATCH SIMPLE, as the constraints).
QByteArray notNull(const char *alias, const QByteArrayList &columns)
{
    QByteArrayList parts;
    for (const QByteArray &c : columns)
        parts.append(QByteArray(alias) + '.' + c + " IS NOT NULL");
    return parts.join(" AND ");
}

QByteArray function(const QByteArray &name, const QByteArray &body)
{
    return "CREATE OR REPLACE FUNCTION " + name
        + "() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$\nBEGIN\n" + body
        + "  RETURN NULL;\nEND $$";
}

QByteArray refused(const PgReference &r)
{
    return "    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', TABLE = '" + r.child
        + "', MESSAGE = 'a row of " + r.child + " would refer to a row of " + r.parent + " that is not there';\n";
}

// "IF <whether `rows` are there> THEN <refuse> END IF". Counted, not asked with EXISTS: an EXISTS
// is planned for its first row, and the planner, taking the first to come soon, probed the parents'
// index once per row (4,000,000 links of an import: 4.8 s, against 1.5 s for a hash join).
QByteArray refuseIfAny(const QByteArray &rows, const PgReference &r)
{
    return "  IF (SELECT count(*) FROM " + rows + ") > 0 THEN\n" + refused(r) + "  END IF;\n";
}

// The rows of `r.child` in `rows` (a table or transition table) whose parent is missing.
QByteArray orphans(const PgReference &r, const QByteArray &rows)
{
    return rows + " n WHERE " + notNull("n", r.from) + " AND NOT EXISTS (SELECT 1 FROM " + r.parent + " p WHERE "
        + equal("p", r.to, "n", r.from) + ')';
}

} // namespace

PgReferences::PgReferences(QList<PgReference> references)
    : m_references(std::move(references))
{ }

QList<QByteArray> PgReferences::tablesOf(bool children) const
{
    QList<QByteArray> names;
    for (const PgReference &r : m_references) {
        const QByteArray &name = children ? r.child : r.parent;
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QByteArray PgReferences::checkFunction(const QByteArray &child) const
{
    QByteArray body;
    for (const PgReference &r : m_references) {
        if (r.child != child)
            continue;
        // The parents locked first (in their keys' order, as every writer takes them), then
        // looked for: a parent deleted meanwhile is then seen gone. Those this transaction wrote
        // (an import's new events) no other can see, nor delete: they are not locked (a lock
        // writes to the row, 100,000 times for an import's events). They are set aside by a join
        // first, and only what is left is made distinct: a transition table has no statistics,
        // so PostgreSQL takes it for 200 distinct ids and made a million of them distinct, then
        // probed the events' index a million times (an import of 1M ACLED events: 113 s, 92 s so).
        body += "  PERFORM 1 FROM " + r.parent + " p WHERE (" + list("p", r.to) + ") IN (SELECT " + list("q", r.to)
            + " FROM " + r.parent + " q JOIN entente_new n ON " + equal("q", r.to, "n", r.from)
            + " WHERE q.xmin <> pg_current_xact_id()::xid) ORDER BY " + list("p", r.to) + " FOR KEY SHARE OF p;\n";
        body += refuseIfAny(orphans(r, "entente_new"), r);
    }
    return function("entente_refs_check_" + child, body);
}

QByteArray PgReferences::cascadeFunction(const QByteArray &parent) const
{
    QByteArray body;
    for (const PgReference &r : m_references) {
        if (r.parent != parent)
            continue;
        const QByteArray referring = r.child + " c WHERE " + among("c", r.from, "entente_old", "o", r.to);
        if (r.cascade)
            body += "  DELETE FROM " + referring + ";\n";
        else
            body += refuseIfAny(referring, r);
    }
    return function("entente_refs_cascade_" + parent, body);
}

QByteArray PgReferences::rekeyFunction(const QByteArray &parent) const
{
    QByteArray body;
    for (const PgReference &r : m_references) {
        if (r.parent != parent)
            continue;
        body += refuseIfAny("entente_old o WHERE NOT EXISTS (SELECT 1 FROM " + r.parent + " p WHERE "
                                + equal("p", r.to, "o", r.to) + ") AND EXISTS (SELECT 1 FROM " + r.child + " c WHERE "
                                + equal("c", r.from, "o", r.to) + ')',
                            r);
    }
    return function("entente_refs_rekey_" + parent, body);
}

QList<QByteArray> PgReferences::statements() const
{
    QList<QByteArray> out;
    for (const QByteArray &child : tablesOf(true)) {
        out.append(checkFunction(child));
        for (const char *op : { "INSERT", "UPDATE" })
            out.append("CREATE OR REPLACE TRIGGER entente_refs_" + QByteArray(op).toLower() + " AFTER " + op + " ON "
                       + child + " REFERENCING NEW TABLE AS entente_new FOR EACH STATEMENT EXECUTE FUNCTION "
                       + "entente_refs_check_" + child + "()");
    }
    for (const QByteArray &parent : tablesOf(false)) {
        out.append(cascadeFunction(parent));
        out.append(rekeyFunction(parent));
        out.append("CREATE OR REPLACE TRIGGER entente_refs_delete AFTER DELETE ON " + parent
                   + " REFERENCING OLD TABLE AS entente_old FOR EACH STATEMENT EXECUTE FUNCTION entente_refs_cascade_"
                   + parent + "()");
        out.append("CREATE OR REPLACE TRIGGER entente_refs_rekey AFTER UPDATE ON " + parent
                   + " REFERENCING OLD TABLE AS entente_old FOR EACH STATEMENT EXECUTE FUNCTION entente_refs_rekey_"
                   + parent + "()");
    }
    return out;
}

void PgReferences::dropConstraints(PgConnection &connection, const QList<PgTable> &tables)
{
    for (const PgTable &t : tables) {
        const PgResult keys
            = connection.exec("SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'",
                              { QString::fromUtf8(t.name) });
        for (int r = 0; r < keys.rows(); ++r)
            connection.exec("ALTER TABLE " + t.name + " DROP CONSTRAINT " + keys.raw(r, 0));
    }
}

void PgReferences::setEnabled(PgConnection &connection, bool enabled) const
{
    const QByteArray verb = enabled ? " ENABLE TRIGGER " : " DISABLE TRIGGER ";
    for (const QByteArray &child : tablesOf(true))
        for (const char *name : { "entente_refs_insert", "entente_refs_update" })
            connection.exec("ALTER TABLE " + child + verb + name);
    for (const QByteArray &parent : tablesOf(false))
        for (const char *name : { "entente_refs_delete", "entente_refs_rekey" })
            connection.exec("ALTER TABLE " + parent + verb + name);
}

void PgReferences::verify(PgConnection &connection) const
{
    if (m_references.isEmpty())
        return;
    QByteArray body;
    for (const PgReference &r : m_references)
        body += refuseIfAny(orphans(r, r.child), r);
    connection.exec("DO $$\nBEGIN\n" + body + "END $$");
}

} // namespace entente::pg
