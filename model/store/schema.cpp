#include "store/schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>

namespace entente {

namespace {

// The text an event is found by, besides its own columns: the names and aliases of its actors,
// and the quotes of its sources. One expression, used by every trigger and by the rebuild.
const char *const kActorsText
    = "(SELECT coalesce(group_concat(a.name || ' ' || coalesce((SELECT group_concat(alias, ' ') "
      "FROM actor_aliases WHERE actor_id = a.id), ''), ' '), '') "
      "FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = %1)";
// With the figures its accounts give (version 6), so an event is found by words only an account
// holds.
const char *const kQuotesText
    = "((SELECT coalesce(group_concat(es.quote || ' ' || s.publisher || ' ' || s.title, ' '), '') "
      "FROM event_sources es JOIN sources s ON s.id = es.source_id WHERE es.event_id = %1) "
      "|| coalesce(' ' || (SELECT group_concat(figure, ' ') FROM event_accounts "
      "WHERE event_id = %1 AND figure <> ''), ''))";

std::string expand(const char *tpl, const std::string &eventExpr)
{
    std::string out = tpl;
    for (std::size_t pos = out.find("%1"); pos != std::string::npos; pos = out.find("%1", pos))
        out.replace(pos, 2, eventExpr);
    return out;
}

std::string refreshActors(const std::string &eventIdsSelect)
{
    return "UPDATE events_fts SET actors = " + expand(kActorsText, "events_fts.rowid") + " WHERE rowid IN ("
        + eventIdsSelect + ");";
}

std::string refreshQuotes(const std::string &eventIdsSelect)
{
    return "UPDATE events_fts SET quotes = " + expand(kQuotesText, "events_fts.rowid") + " WHERE rowid IN ("
        + eventIdsSelect + ");";
}

const char *const kTables = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'state', 'organization')),
    description TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX actors_name ON actors (name COLLATE NOCASE);

CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias    TEXT NOT NULL CHECK (length(trim(alias)) > 0),
    language TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_alias ON actor_aliases (alias COLLATE NOCASE);

CREATE TABLE actor_titles (
    id         INTEGER PRIMARY KEY,
    actor_id   INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    start_date TEXT,
    end_date   TEXT
);
CREATE INDEX actor_titles_actor ON actor_titles (actor_id);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    start_key  INTEGER NOT NULL,  -- seconds since 1970 of the start of the start date's span
    end_date   TEXT,
    end_key    INTEGER NOT NULL,  -- seconds since 1970 of the end of the covered span (exclusive)
    kind       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'confirmed'
               CHECK (status IN ('confirmed', 'reported', 'alleged', 'disputed', 'denied')),
    place      TEXT NOT NULL DEFAULT '',
    latitude   REAL,
    longitude  REAL,
    CHECK (end_key >= start_key)
);
-- Events in date order, and a time window (start_key < to AND end_key > from) answered from this
-- index alone: one index for both (version 3; before, a second one held start_key, end_key).
CREATE INDEX events_start ON events (start_key, id, end_key);
-- The longest event answers at once, which bounds a date-window query from below (version 2).
CREATE INDEX events_length ON events (end_key - start_key);
-- No index on the title: it cost a quarter of the time of an import into a file with data (random
-- keys all over a million titles), and the table sorts a large file by title once, on a reader's
-- thread (EventTableModel). Files from before have one; the next import into them drops it.
CREATE INDEX events_kind ON events (kind, start_key);
CREATE INDEX events_status ON events (status, start_key);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    role     TEXT NOT NULL DEFAULT 'participant',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, actor_id, role)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);

CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    publisher TEXT NOT NULL DEFAULT '',
    title     TEXT NOT NULL DEFAULT '',
    url       TEXT NOT NULL DEFAULT '',
    published TEXT
);

CREATE TABLE event_sources (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    quote     TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, source_id)
) WITHOUT ROWID;
CREATE INDEX event_sources_source ON event_sources (source_id);

CREATE TABLE event_links (
    id         INTEGER PRIMARY KEY,
    from_event INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    to_event   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('follows', 'responds_to', 'causes')),
    UNIQUE (from_event, to_event, kind)
);
CREATE INDEX event_links_to ON event_links (to_event);

CREATE TABLE eras (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    start_date TEXT NOT NULL,
    start_key  INTEGER NOT NULL,
    end_date   TEXT NOT NULL,
    end_key    INTEGER NOT NULL,
    colour     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE story_steps (
    story_id     INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    note         TEXT NOT NULL DEFAULT '',
    window_start INTEGER,
    window_end   INTEGER,
    actors       TEXT NOT NULL DEFAULT '',  -- highlighted actor ids, comma separated
    PRIMARY KEY (story_id, position)
) WITHOUT ROWID;
CREATE INDEX story_steps_event ON story_steps (event_id);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE event_tags (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX event_tags_tag ON event_tags (tag_id);

CREATE TABLE saved_views (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    filter TEXT NOT NULL  -- JSON of an EventFilter
);

CREATE TABLE node_positions (
    node TEXT PRIMARY KEY,  -- 'a<id>' for an actor, 'e<id>' for an event
    x    REAL NOT NULL,
    y    REAL NOT NULL
) WITHOUT ROWID;
)SQL";

// Search finds events by words and word prefixes, never by phrase or column (toFtsQuery), so the
// index keeps which columns a word is in but not where (detail = column, version 3): a third
// smaller and quicker to build than with positions. Nor does it rank what it finds, so no
// column sizes are kept either (columnsize = 0: no table of a row per event, which a large
// import's index copied in for a quarter of its time). Files made before keep their fuller
// index, which answers the same queries.
const char *const kSearchTable = R"SQL(
CREATE VIRTUAL TABLE events_fts USING fts5 (
    title, summary, actors, place, quotes,
    tokenize = 'unicode61 remove_diacritics 2',
    detail = column,
    columnsize = 0
);
)SQL";

// Version 4: the Admiralty grades (sourcegrade.h), both optional: a source's reliability, a
// letter A–F, and the credibility of one source's report of an event, 1–6; and a source's author. New files get them
// the same way, so the tables above stay as version 1 made them. A file that has them already
// (a test's older layout made from a new file) is left as it is.
void addSourceGrades(SQLite::Database &db)
{
    if (Schema::hasSourceGrades(db))
        return;
    db.exec("ALTER TABLE sources ADD COLUMN reliability TEXT "
            "CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))");
    db.exec("ALTER TABLE event_sources ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6)");
    db.exec("ALTER TABLE sources ADD COLUMN author TEXT NOT NULL DEFAULT ''");
}
// Version 5: what an event dataset says of an event beyond its fields (GDELT's CAMEO code,
// QuadClass, Goldstein score and counts; UCDP's deaths), by key (Event::attributes).
const char *const kAttributesTable = R"SQL(
CREATE TABLE IF NOT EXISTS event_attributes (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (event_id, key)
) WITHOUT ROWID;
)SQL";

// Version 6: what each source's account of an event says differently (Account): its claim
// status, its dates, its figure and who took part, NULL or empty where it says nothing different.
// A row belongs to its event–source link and goes with it.
const char *const kAccountsTable = R"SQL(
CREATE TABLE IF NOT EXISTS event_accounts (
    event_id   INTEGER NOT NULL,
    source_id  INTEGER NOT NULL,
    status     TEXT CHECK (status IN ('confirmed', 'reported', 'alleged', 'disputed', 'denied')),
    start_date TEXT,
    end_date   TEXT,
    figure     TEXT NOT NULL DEFAULT '',
    actors     TEXT NOT NULL DEFAULT '',  -- actor ids, comma separated
    PRIMARY KEY (event_id, source_id),
    FOREIGN KEY (event_id, source_id) REFERENCES event_sources (event_id, source_id) ON DELETE CASCADE
) WITHOUT ROWID;
)SQL";

// The search triggers as this version writes them, where a file has them (an import that was
// stopped before its indexes were built has none until they are).
void renewSearchTriggers(SQLite::Database &db)
{
    if (db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'events_ai'").getInt() == 0)
        return;
    Schema::dropSearchTriggers(db);
    Schema::createSearchTriggers(db);
}

} // namespace

void Schema::create(SQLite::Database &db)
{
    db.exec(kTables);
    addSourceGrades(db);
    db.exec(kSearchTable);
    db.exec(kAttributesTable);
    db.exec(kAccountsTable);
    createSearchTriggers(db);
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(kCurrentVersion));
}

void Schema::migrate(SQLite::Database &db, int fromVersion)
{
    // Each step moves one version forward inside the caller's transaction. Version 1 is the
    // first published layout.
    if (fromVersion < 1) {
        create(db);
        return;
    }
    // Version 2: an index on each event's length, so the longest one is read, not computed.
    if (fromVersion < 2)
        db.exec("CREATE INDEX IF NOT EXISTS events_length ON events (end_key - start_key)");
    // Version 3: one date index instead of two (events_start also answers time windows).
    if (fromVersion < 3) {
        db.exec("DROP INDEX IF EXISTS events_span");
        db.exec("DROP INDEX IF EXISTS events_start");
        db.exec("CREATE INDEX events_start ON events (start_key, id, end_key)");
    }
    if (fromVersion < 4)
        addSourceGrades(db);
    // Version 5: event attributes.
    if (fromVersion < 5)
        db.exec(kAttributesTable);
    // Version 6: accounts, and the search text that holds their figures.
    if (fromVersion < 6) {
        db.exec(kAccountsTable);
        renewSearchTriggers(db);
    }
    db.exec("PRAGMA user_version = " + std::to_string(kCurrentVersion));
}

void Schema::dropRetiredIndexes(SQLite::Database &db)
{
    // Dropping an index changes nothing an older Entente reads, so the version stays.
    db.exec("DROP INDEX IF EXISTS main.events_title");
}

bool Schema::hasSourceGrades(SQLite::Database &db)
{
    return db.execAndGet("SELECT count(*) FROM pragma_table_info('sources') WHERE name = 'reliability'").getInt() > 0;
}

void Schema::dropSearchTriggers(SQLite::Database &db)
{
    for (const char *name :
         { "events_ai", "events_ad", "events_au", "event_actors_ai", "event_actors_ad", "event_actors_au", "actors_au",
           "actor_aliases_ai", "actor_aliases_ad", "event_sources_ai", "event_sources_ad", "event_sources_au",
           "sources_au", "event_accounts_ai", "event_accounts_ad", "event_accounts_au" }) {
        db.exec(std::string("DROP TRIGGER IF EXISTS main.") + name);
    }
}

void Schema::createSearchTriggers(SQLite::Database &db)
{
    std::string sql;
    sql += "CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN "
           "INSERT INTO events_fts (rowid, title, summary, actors, place, quotes) VALUES (new.id, "
           "new.title, new.summary, "
        + expand(kActorsText, "new.id") + ", new.place, " + expand(kQuotesText, "new.id") + "); END;\n";
    sql += "CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN "
           "DELETE FROM events_fts WHERE rowid = old.id; END;\n";
    sql += "CREATE TRIGGER events_au AFTER UPDATE OF title, summary, place ON events BEGIN "
           "UPDATE events_fts SET title = new.title, summary = new.summary, place = new.place "
           "WHERE rowid = new.id; END;\n";
    sql += "CREATE TRIGGER event_actors_ai AFTER INSERT ON event_actors BEGIN " + refreshActors("new.event_id")
        + " END;\n";
    sql += "CREATE TRIGGER event_actors_ad AFTER DELETE ON event_actors BEGIN " + refreshActors("old.event_id")
        + " END;\n";
    sql += "CREATE TRIGGER event_actors_au AFTER UPDATE ON event_actors BEGIN "
        + refreshActors("old.event_id, new.event_id") + " END;\n";
    sql += "CREATE TRIGGER actors_au AFTER UPDATE OF name ON actors BEGIN "
        + refreshActors("SELECT event_id FROM event_actors WHERE actor_id = new.id") + " END;\n";
    sql += "CREATE TRIGGER actor_aliases_ai AFTER INSERT ON actor_aliases BEGIN "
        + refreshActors("SELECT event_id FROM event_actors WHERE actor_id = new.actor_id") + " END;\n";
    sql += "CREATE TRIGGER actor_aliases_ad AFTER DELETE ON actor_aliases BEGIN "
        + refreshActors("SELECT event_id FROM event_actors WHERE actor_id = old.actor_id") + " END;\n";
    sql += "CREATE TRIGGER event_sources_ai AFTER INSERT ON event_sources BEGIN " + refreshQuotes("new.event_id")
        + " END;\n";
    sql += "CREATE TRIGGER event_sources_ad AFTER DELETE ON event_sources BEGIN " + refreshQuotes("old.event_id")
        + " END;\n";
    sql += "CREATE TRIGGER event_sources_au AFTER UPDATE ON event_sources BEGIN "
        + refreshQuotes("old.event_id, new.event_id") + " END;\n";
    sql += "CREATE TRIGGER sources_au AFTER UPDATE ON sources BEGIN "
        + refreshQuotes("SELECT event_id FROM event_sources WHERE source_id = new.id") + " END;\n";
    sql += "CREATE TRIGGER event_accounts_ai AFTER INSERT ON event_accounts BEGIN " + refreshQuotes("new.event_id")
        + " END;\n";
    sql += "CREATE TRIGGER event_accounts_ad AFTER DELETE ON event_accounts BEGIN " + refreshQuotes("old.event_id")
        + " END;\n";
    sql += "CREATE TRIGGER event_accounts_au AFTER UPDATE ON event_accounts BEGIN "
        + refreshQuotes("old.event_id, new.event_id") + " END;\n";
    db.exec(sql);
}

void Schema::recreateSearchTable(SQLite::Database &db)
{
    db.exec("DROP TABLE IF EXISTS main.events_fts");
    db.exec(kSearchTable);
}

void Schema::rebuildSearchIndex(SQLite::Database &db)
{
    db.exec("DELETE FROM events_fts");
    db.exec("INSERT INTO events_fts (rowid, title, summary, actors, place, quotes) "
            "SELECT id, title, summary, "
            + expand(kActorsText, "events.id") + ", place, " + expand(kQuotesText, "events.id") + " FROM events");
}

void Schema::rebuildSearchRows(SQLite::Database &db, std::int64_t first, std::int64_t last)
{
    SQLite::Statement drop(db, "DELETE FROM events_fts WHERE rowid BETWEEN ? AND ?");
    drop.bind(1, static_cast<int64_t>(first));
    drop.bind(2, static_cast<int64_t>(last));
    drop.exec();
    SQLite::Statement fill(db,
                           "INSERT INTO events_fts (rowid, title, summary, actors, place, quotes) "
                           "SELECT id, title, summary, "
                               + expand(kActorsText, "events.id") + ", place, " + expand(kQuotesText, "events.id")
                               + " FROM events WHERE id BETWEEN ? AND ?");
    fill.bind(1, static_cast<int64_t>(first));
    fill.bind(2, static_cast<int64_t>(last));
    fill.exec();
}

} // namespace entente
