// PgSchema: the shared timeline's PostgreSQL layout, read off the SQLite schema (see pgschema.h).
// Identifiers in the statements here come from Entente's own SQLite schema, never from a user;
// every value goes as a parameter.
#include "store/pg/pgschema.h"

#include "store/pg/pgconnection.h"
#include "store/pg/pglayout.h"
#include "store/schema.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace entente::pg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::PgSchema", text);
}

QByteArray pgType(const QByteArray &sqliteType, PgColumn &column)
{
    const QByteArray t = sqliteType.toUpper();
    if (t.contains("INT")) {
        column.integer = true;
        return "bigint";
    }
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
        column.real = true;
        return "double precision";
    }
    if (t.contains("BLOB")) {
        column.blob = true;
        return "bytea";
    }
    return "text";
}

// "title COLLATE NOCASE, id" → "lower(title), id"; an expression is put in parentheses, as
// PostgreSQL wants it in an index.
QByteArray indexElements(const QString &inner)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : inner) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current.trimmed());
    static const QRegularExpression nocase(QStringLiteral("(\\w+)\\s+COLLATE\\s+NOCASE"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(QStringLiteral("^\\w+(\\s+(ASC|DESC))?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (QString part : std::as_const(parts)) {
        const bool collated = part.contains(nocase);
        part.replace(nocase, QStringLiteral("lower(\\1)"));
        out.append(!collated && bare.match(part).hasMatch() ? part : u'(' + part + u')');
    }
    return out.join(QStringLiteral(", ")).toUtf8();
}

// A table's columns and key, as SQLite has them.
PgTable readColumns(SQLite::Database &db, const QByteArray &name)
{
    PgTable table;
    table.name = name;
    SQLite::Statement info(db, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)");
    info.bind(1, table.name.constData());
    QList<std::pair<int, int>> keyOrder;
    while (info.executeStep()) {
        PgColumn column;
        column.name = QByteArray(info.getColumn(0).getText());
        column.pgType = pgType(QByteArray(info.getColumn(1).getText()), column);
        column.notNull = info.getColumn(2).getInt() != 0;
        const QByteArray dflt(info.getColumn(3).getText());
        if (!dflt.contains('(') && dflt.toUpper() != "NULL")
            column.defaultValue = dflt;
        if (const int pk = info.getColumn(4).getInt(); pk > 0)
            keyOrder.append({ pk, int(table.columns.size()) });
        table.columns.append(column);
    }
    std::sort(keyOrder.begin(), keyOrder.end());
    for (const auto &[order, index] : keyOrder)
        table.key.append(index);
    if (table.key.isEmpty()) // no declared key: the whole row is its key
        for (int i = 0; i < table.columns.size(); ++i)
            table.key.append(i);
    return table;
}

// A table's foreign keys (kept by PgReferences' triggers); the tables it refers to and its columns
// that refer go to `parents` and `referencingOut`.
void readForeignKeys(SQLite::Database &db, const PgTable &table, QSet<QByteArray> *parents,
                     QSet<QByteArray> *referencingOut, QList<PgReference> *structured)
{
    // Foreign keys, grouped by their id.
    SQLite::Statement fk(
        db, "SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq");
    fk.bind(1, table.name.constData());
    QMap<int, std::tuple<QByteArray, QByteArrayList, QByteArrayList, bool>> keys;
    QSet<QByteArray> referencing; // columns of this table that refer to another's rows
    while (fk.executeStep()) {
        auto &[parent, from, to, cascade] = keys[fk.getColumn(0).getInt()];
        parent = QByteArray(fk.getColumn(1).getText());
        from.append(QByteArray(fk.getColumn(2).getText()));
        referencing.insert(from.last());
        to.append(QByteArray(fk.getColumn(3).getText()));
        cascade = QByteArray(fk.getColumn(4).getText()) == "CASCADE";
    }
    for (const auto &[parent, from, to, cascade] : keys) {
        // No parent columns named: the parent's key (filled in by PgSchema, which knows it).
        structured->append({ table.name, from, parent, to.contains(QByteArray()) ? QByteArrayList() : to, cascade });
        if (parent != table.name)
            parents->insert(parent);
    }
    *referencingOut = referencing;
}

// A table's indexes worth keeping on the server, as PostgreSQL statements.
QList<QByteArray> readIndexes(SQLite::Database &db, const PgTable &table, const QSet<QByteArray> &referencing)
{
    QList<QByteArray> statements;
    // Indexes: SQLite's own text, translated; UNIQUE column constraints (no text) as indexes.
    SQLite::Statement il(db,
                         "SELECT l.name, l.\"unique\", l.origin, m.sql FROM pragma_index_list(?) l "
                         "LEFT JOIN sqlite_master m ON m.name = l.name");
    il.bind(1, table.name.constData());
    static const QRegularExpression create(
        QStringLiteral(
            "^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(IF NOT EXISTS\\s+)?(\\w+)\\s+ON\\s+(\\w+)\\s*\\((.*)\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    while (il.executeStep()) {
        const QByteArray name(il.getColumn(0).getText());
        const bool unique = il.getColumn(1).getInt() != 0;
        const QByteArray origin(il.getColumn(2).getText());
        if (origin == "pk")
            continue;
        if (origin == "u") {
            SQLite::Statement cols(db, "SELECT name FROM pragma_index_info(?) ORDER BY seqno");
            cols.bind(1, name.constData());
            QByteArrayList names;
            while (cols.executeStep())
                names.append(QByteArray(cols.getColumn(0).getText()));
            statements.append("CREATE UNIQUE INDEX IF NOT EXISTS " + table.name + "_" + names.join("_") + "_key ON "
                              + table.name + " (" + names.join(", ") + ")");
            continue;
        }
        const QRegularExpressionMatch m = create.match(QString::fromUtf8(il.getColumn(3).getText()));
        if (!m.hasMatch())
            continue;
        // The server answers pulls and pushes by key, keeps names unique, cascades deletes
        // and is asked for date windows: it keeps the unique indexes, those that lead with a
        // foreign key's column and the events' date index. The window's sort orders live in
        // the mirror (each index costs every pushed row: at 100,000 events, 6 s with all of
        // the events' five, 0.3 s with none).
        const QByteArray lead = indexElements(m.captured(5)).split(',').first().trimmed();
        if (!unique && !referencing.contains(lead) && lead != "start_key")
            continue;
        statements.append(QByteArray(unique ? "CREATE UNIQUE INDEX IF NOT EXISTS " : "CREATE INDEX IF NOT EXISTS ")
                          + m.captured(3).toUtf8() + " ON " + table.name + " (" + indexElements(m.captured(5)) + ")");
    }
    return statements;
}

} // namespace

bool PgTable::hasIdSequence() const
{
    return key.size() == 1 && columns.at(key.first()).integer;
}

int PgTable::column(const QByteArray &columnName) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == columnName)
            return i;
    return -1;
}

QByteArray PgTable::columnList() const
{
    QByteArrayList names;
    for (const PgColumn &c : columns)
        names.append(c.name);
    return names.join(", ");
}

QByteArray PgTable::keyList() const
{
    QByteArrayList names;
    for (const int k : key)
        names.append(columns.at(k).name);
    return names.join(", ");
}

const PgSchema &PgSchema::current()
{
    static const PgSchema schema;
    return schema;
}

PgSchema::PgSchema()
{
    const std::unique_ptr<Store> fresh = Store::createInMemory();
    SQLite::Database &db = fresh->database();
    QList<PgTable> found;
    QHash<QByteArray, QSet<QByteArray>> parents;
    QHash<QByteArray, QList<QByteArray>> indexes;
    QHash<QByteArray, QList<PgReference>> structured;
    SQLite::Statement list(db,
                           "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (list.executeStep()) {
        const PgTable table = readColumns(db, QByteArray(list.getColumn(0).getText()));
        QSet<QByteArray> referencing;
        readForeignKeys(db, table, &parents[table.name], &referencing, &structured[table.name]);
        indexes.insert(table.name, readIndexes(db, table, referencing));
        found.append(table);
    }
    for (QList<PgReference> &references : structured) {
        for (PgReference &r : references) {
            const auto parent
                = std::find_if(found.cbegin(), found.cend(), [&](const PgTable &t) { return t.name == r.parent; });
            if (r.to.isEmpty() && parent != found.cend())
                for (const int k : parent->key)
                    r.to.append(parent->columns.at(k).name);
        }
    }
    // Parents before children, so CREATE TABLE's references exist.
    QSet<QByteArray> placed;
    while (!found.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < found.size(); ++i) {
            const QSet<QByteArray> needs = parents.value(found.at(i).name);
            bool ready = true;
            for (const QByteArray &p : needs)
                ready = ready && placed.contains(p);
            if (ready) {
                placed.insert(found.at(i).name);
                m_indexes.append(indexes.value(found.at(i).name));
                m_tables.append(found.takeAt(i));
                progress = true;
                break;
            }
        }
        if (!progress) { // a cycle (the schema has none): the rest as they come
            for (const PgTable &t : std::as_const(found)) {
                m_indexes.append(indexes.value(t.name));
                m_tables.append(t);
            }
            found.clear();
        }
    }
    QList<PgReference> references;
    for (PgTable &t : m_tables) { // parents first: a child's name is its parent's
        name(t, structured.value(t.name));
        references += structured.value(t.name);
    }
    m_references = PgReferences(std::move(references));
}

void PgSchema::name(PgTable &table, const QList<PgReference> &foreignKeys) const
{
    for (const char *own : { "title", "name" }) {
        if (table.hasIdSequence() && table.column(own) >= 0) {
            const int key = table.key.first();
            table.naming = { key, table.name, table.columns.at(key).name, own };
            return;
        }
    }
    // Through a foreign key whose columns hold what names its parent: an event's first, else the
    // one from the earliest column.
    for (const PgReference &fk : foreignKeys) {
        const PgTable *parent = this->table(fk.parent);
        if (!parent || parent == &table || parent->naming.column < 0)
            continue;
        const qsizetype at = fk.to.indexOf(parent->columns.at(parent->naming.column).name);
        const int column = at >= 0 && at < fk.from.size() ? table.column(fk.from.at(at)) : -1;
        if (column < 0)
            continue;
        const bool event = parent->naming.table == "events";
        const bool better = table.naming.column < 0 || (event && table.naming.table != "events")
            || (event == (table.naming.table == "events") && column < table.naming.column);
        if (better) {
            table.naming = parent->naming;
            table.naming.column = column;
        }
    }
}

const PgTable *PgSchema::table(const QByteArray &name) const
{
    for (const PgTable &t : m_tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

PgSchema::Inspection PgSchema::inspect(PgConnection &connection)
{
    Inspection result;
    const PgResult tables = connection.exec("SELECT count(*), bool_or(tablename = 'entente_meta') FROM pg_tables "
                                            "WHERE schemaname = current_schema()");
    if (tables.toInt64(0, 0) == 0)
        return result;
    if (!tables.toBool(0, 1)) {
        result.state = State::Foreign;
        return result;
    }
    const PgResult meta = connection.exec("SELECT key, value FROM entente_meta");
    QHash<QString, QString> values;
    for (int r = 0; r < meta.rows(); ++r)
        values.insert(meta.text(r, 0), meta.text(r, 1));
    if (values.value(QStringLiteral("application_id")) != QLatin1String(kApplicationId)) {
        result.state = State::Foreign;
        return result;
    }
    result.sqliteVersion = values.value(QStringLiteral("schema_version")).toInt();
    result.layoutVersion = values.value(QStringLiteral("pg_layout")).toInt();
    if (result.sqliteVersion > Schema::kCurrentVersion || result.layoutVersion > kLayoutVersion)
        result.state = State::Newer;
    else if (result.sqliteVersion < Schema::kCurrentVersion || result.layoutVersion < kLayoutVersion)
        result.state = State::Older;
    else
        result.state = State::Current;
    return result;
}

QString PgSchema::refusal(const Inspection &inspection, const QString &displayName)
{
    switch (inspection.state) {
    case State::Foreign:
        return tr("The database %1 is not an Entente timeline: it holds tables of another program, and Entente "
                  "leaves it as it is.")
            .arg(displayName);
    case State::Newer:
        return tr("The shared timeline %1 was made by a newer version of Entente; update Entente to open it.")
            .arg(displayName);
    default:
        return {};
    }
}

void PgSchema::createTable(PgConnection &connection, const PgTable &table) const
{
    QByteArrayList parts;
    for (const PgColumn &c : table.columns) {
        QByteArray def = c.name + ' ' + c.pgType;
        if (c.notNull)
            def += " NOT NULL";
        if (!c.defaultValue.isEmpty())
            def += " DEFAULT " + c.defaultValue;
        parts.append(def);
    }
    parts.append("row_version bigint NOT NULL DEFAULT 1");
    parts.append("PRIMARY KEY (" + table.keyList() + ")");
    connection.exec("CREATE TABLE IF NOT EXISTS " + table.name + " (" + parts.join(", ") + ")");
}

// An older Entente database: tables and columns this Entente added since (SQLite's migrations
// add, never drop).
void PgSchema::addMissing(PgConnection &connection) const
{
    for (const PgTable &table : m_tables) {
        createTable(connection, table);
        for (const PgColumn &c : table.columns) {
            QByteArray def = c.name + ' ' + c.pgType;
            if (c.notNull && !c.defaultValue.isEmpty())
                def += " NOT NULL";
            if (!c.defaultValue.isEmpty())
                def += " DEFAULT " + c.defaultValue;
            connection.exec("ALTER TABLE " + table.name + " ADD COLUMN IF NOT EXISTS " + def);
        }
        connection.exec("ALTER TABLE " + table.name
                        + " ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1");
    }
}

void PgSchema::createLayout(PgConnection &connection) const
{
    for (const char *statement : layoutStatements())
        connection.exec(statement);
    // The references: PostgreSQL's constraints (layout 2 and before) give way to the triggers.
    PgReferences::dropConstraints(connection, m_tables);
    for (const QByteArray &statement : m_references.statements())
        connection.exec(statement);
    // Search: words without their accents ("turkiye" finds Türkiye). unaccent is a trusted
    // extension in PostgreSQL 13+, so a database's owner may create it; without it, words are
    // matched as written.
    const bool unaccent = connection.tryExec("CREATE EXTENSION IF NOT EXISTS unaccent").isEmpty()
        || connection.exec("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'").rows() > 0;
    connection.exec(unaccent ? "CREATE OR REPLACE FUNCTION entente_unaccent(text) RETURNS text LANGUAGE sql "
                               "IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$"
                             : "CREATE OR REPLACE FUNCTION entente_unaccent(text) RETURNS text LANGUAGE sql "
                               "IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT $1 $$");
    createSearchIndex(connection);
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        const PgTable &t = m_tables.at(i);
        QByteArrayList keyNames;
        for (const int k : t.key)
            keyNames.append('\'' + t.columns.at(k).name + '\'');
        connection.exec("CREATE OR REPLACE TRIGGER entente_log AFTER INSERT OR UPDATE OR DELETE ON " + t.name
                        + " FOR EACH ROW WHEN (current_setting('entente.bulk', true) IS DISTINCT FROM 'on') "
                        + "EXECUTE FUNCTION entente_log(" + keyNames.join(", ") + ")");
        connection.exec("CREATE OR REPLACE TRIGGER entente_notify AFTER INSERT OR UPDATE OR DELETE ON " + t.name
                        + " FOR EACH STATEMENT EXECUTE FUNCTION entente_notify()");
        connection.exec("CREATE OR REPLACE TRIGGER entente_bump BEFORE UPDATE ON " + t.name
                        + " FOR EACH ROW EXECUTE FUNCTION entente_bump()");
        if (t.hasIdSequence())
            connection.exec("CREATE SEQUENCE IF NOT EXISTS " + t.name + "_id_seq");
        for (const QByteArray &statement : m_indexes.at(i))
            connection.exec(statement);
    }
}

void PgSchema::createSearchIndex(PgConnection &connection) const
{
    if (table("events"))
        connection.exec(
            "CREATE INDEX IF NOT EXISTS events_search ON events USING gin "
            "(to_tsvector('simple'::regconfig, entente_unaccent(title || ' ' || summary || ' ' || place)))");
    // The quotes a source link gives (most links have none: only those are indexed), so search
    // need not read every link (layout 2; PgMirror::search).
    if (table("event_sources"))
        connection.exec("CREATE INDEX IF NOT EXISTS event_sources_search ON event_sources USING gin "
                        "(to_tsvector('simple'::regconfig, entente_unaccent(quote))) WHERE quote <> ''");
}

bool PgSchema::ownsTables(PgConnection &connection)
{
    QByteArrayList names;
    for (const PgTable &t : current().m_tables)
        names.append(t.name);
    return connection
        .exec("SELECT bool_and(pg_has_role(tableowner, 'USAGE')) FROM pg_tables "
              "WHERE schemaname = current_schema() AND tablename = ANY(string_to_array($1, ','))",
              { QString::fromUtf8(names.join(',')) })
        .toBool(0, 0);
}

bool PgSchema::suspendForBulk(PgConnection &connection) const
{
    if (!ownsTables(connection))
        return false;
    m_references.setEnabled(connection, false);
    for (const PgTable &t : m_tables) {
        const QString name = QString::fromUtf8(t.name);
        const PgResult indexes
            = connection.exec("SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                              "WHERE x.indrelid = $1::regclass AND NOT x.indisprimary",
                              { name });
        for (int r = 0; r < indexes.rows(); ++r)
            connection.exec("DROP INDEX " + indexes.raw(r, 0));
        connection.exec("ALTER TABLE " + t.name + " DISABLE TRIGGER entente_log");
    }
    return true;
}

void PgSchema::resumeAfterBulk(PgConnection &connection) const
{
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        const PgTable &t = m_tables.at(i);
        for (const QByteArray &statement : m_indexes.at(i))
            connection.exec(statement);
        connection.exec("ALTER TABLE " + t.name + " ENABLE TRIGGER entente_log");
    }
    createSearchIndex(connection);
    m_references.verify(connection); // every row copied refers to rows that are there
    m_references.setEnabled(connection, true);
}

void PgSchema::grant(PgConnection &connection, QString *rolesNote) const
{
    // Roles belong to the whole server: only a user who may create roles makes them; after
    // that, each database's owner grants them its tables.
    for (const char *role : { "entente_viewer", "entente_editor" }) {
        if (!ensureRole(connection, role)) {
            if (rolesNote)
                *rolesNote = tr("The roles entente_viewer and entente_editor could not be made (this user may not "
                                "create roles); ask the server's administrator to run entente init once.");
            return;
        }
    }
    connection.exec("GRANT USAGE ON SCHEMA public TO entente_viewer, entente_editor");
    connection.exec("GRANT SELECT ON entente_meta, entente_changes TO entente_viewer, entente_editor");
    connection.exec("GRANT EXECUTE ON FUNCTION entente_take_ids(regclass, bigint) TO entente_editor");
    connection.exec("GRANT EXECUTE ON FUNCTION entente_take_id_runs(regclass, bigint) TO entente_editor");
    connection.exec("GRANT EXECUTE ON FUNCTION entente_log_bulk(text, text) TO entente_editor");
    connection.exec("GRANT EXECUTE ON FUNCTION entente_bump_ids(regclass, bigint) TO entente_editor");
    for (const PgTable &t : m_tables) {
        connection.exec("GRANT SELECT ON " + t.name + " TO entente_viewer, entente_editor");
        connection.exec("GRANT SELECT, INSERT, UPDATE, DELETE ON " + t.name + " TO entente_editor");
        if (t.hasIdSequence())
            connection.exec("GRANT SELECT ON " + t.name + "_id_seq TO entente_viewer, entente_editor");
    }
}

bool PgSchema::ensureRole(PgConnection &connection, const QByteArray &role)
{
    const auto exists = [&] {
        return connection.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", { QString::fromUtf8(role) }).rows() > 0;
    };
    if (exists())
        return true;
    return connection.tryExec("CREATE ROLE " + role + " NOLOGIN").isEmpty() || exists();
}

void PgSchema::init(PgConnection &connection, QString *rolesNote) const
{
    const Inspection found = inspect(connection);
    if (const QString refused = refusal(found, connection.target().displayName()); !refused.isEmpty())
        throw StoreError(StoreError::Kind::Other, refused);
    pgTransaction(connection, [&] {
        // One init at a time (two first windows on an empty database).
        connection.exec("SELECT pg_advisory_xact_lock(17748, 0)");
        if (inspect(connection).state == State::Current)
            return;
        addMissing(connection);
        createLayout(connection);
        connection.exec("INSERT INTO entente_meta (key, value) VALUES ('application_id', $1), ('schema_version', $2), "
                        "('pg_layout', $3) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                        { QString::fromLatin1(kApplicationId), Schema::kCurrentVersion, kLayoutVersion });
        // Which database this is, whatever its name: a mirror of another one under the same name
        // (dropped and made again) is copied afresh, not taken for it (PgMirror::open).
        connection.exec("INSERT INTO entente_meta (key, value) VALUES ('database_id', gen_random_uuid()::text) "
                        "ON CONFLICT (key) DO NOTHING");
    });
    pgTransaction(connection, [&] { grant(connection, rolesNote); });
}

} // namespace entente::pg
