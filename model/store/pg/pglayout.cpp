// The statements of a shared timeline's PostgreSQL layout that live beside the replicated tables:
// the marker, the change log and its trigger functions, the id functions (see pglayout.h).
#include "store/pg/pglayout.h"

#include <iterator>

namespace entente::pg {

namespace {

// Layout version 2 (PgSchema::kLayoutVersion); every statement may run again (CREATE OR REPLACE,
// IF NOT EXISTS), so an older database is brought forward by running them all.
const char *const kStatements[] = {
    "CREATE TABLE IF NOT EXISTS entente_meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE TABLE IF NOT EXISTS entente_changes ("
    " seq bigserial PRIMARY KEY, tbl text NOT NULL, row_key text, op char(1) NOT NULL,"
    " by_user text NOT NULL DEFAULT session_user, at timestamptz NOT NULL DEFAULT now(), fields text[],"
    " pid integer NOT NULL DEFAULT pg_backend_pid())",
    "CREATE INDEX IF NOT EXISTS entente_changes_row ON entente_changes (tbl, row_key, seq)",
    // The row's key as text: its key columns' values joined by U+001F.
    "CREATE OR REPLACE FUNCTION entente_key(j jsonb, cols text[]) RETURNS text LANGUAGE sql IMMUTABLE AS "
    "$$ SELECT string_agg(j ->> c, E'\\x1f' ORDER BY o) FROM unnest(cols) WITH ORDINALITY AS u(c, o) $$",
    // History and the pull's log: one row per row changed, by whom (the login role), when and
    // which fields. A bulk copy (entente.bulk = on) logs one row per table itself.
    "CREATE OR REPLACE FUNCTION entente_log() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$\n"
    "DECLARE k text; f text[]; o jsonb; n jsonb;\n"
    "BEGIN\n"
    "  IF current_setting('entente.bulk', true) = 'on' THEN RETURN NULL; END IF;\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    k := entente_key(to_jsonb(OLD), TG_ARGV);\n"
    "  ELSE\n"
    "    n := to_jsonb(NEW);\n"
    "    k := entente_key(n, TG_ARGV);\n"
    "    IF TG_OP = 'UPDATE' THEN\n"
    "      o := to_jsonb(OLD);\n"
    "      SELECT array_agg(e.key ORDER BY e.key) INTO f FROM jsonb_each(n) e\n"
    "        WHERE e.key <> 'row_version' AND e.value IS DISTINCT FROM o -> e.key;\n"
    "      IF f IS NULL THEN RETURN NULL; END IF;\n"
    "      IF entente_key(o, TG_ARGV) IS DISTINCT FROM k THEN\n"
    "        INSERT INTO entente_changes (tbl, row_key, op) VALUES (TG_TABLE_NAME, entente_key(o, TG_ARGV), 'D');\n"
    "        INSERT INTO entente_changes (tbl, row_key, op) VALUES (TG_TABLE_NAME, k, 'I');\n"
    "        RETURN NULL;\n"
    "      END IF;\n"
    "    END IF;\n"
    "  END IF;\n"
    "  INSERT INTO entente_changes (tbl, row_key, op, fields) VALUES (TG_TABLE_NAME, k, left(TG_OP, 1), f);\n"
    "  RETURN NULL;\n"
    "END $$",
    // Every update raises the row's version, whoever makes it.
    "CREATE OR REPLACE FUNCTION entente_bump() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN NEW.row_version := OLD.row_version + 1; RETURN NEW; END $$",
    // One short notification per table and transaction (delivered at commit; the payload is the
    // table's name): a listener then pulls the log.
    "CREATE OR REPLACE FUNCTION entente_notify() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN PERFORM pg_notify('entente_changes', TG_TABLE_NAME); RETURN NULL; END $$",
    // A block of n ids from a table's sequence, contiguous: every Entente takes ids through here,
    // one at a time under the same lock.
    "CREATE OR REPLACE FUNCTION entente_take_ids(seq regclass, n bigint) RETURNS bigint LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = public, pg_temp AS $$\n"
    "DECLARE first bigint;\n"
    "BEGIN\n"
    "  PERFORM pg_advisory_xact_lock(17748, seq::oid::integer);\n"
    "  first := nextval(seq);\n"
    "  IF n > 1 THEN PERFORM setval(seq, first + n - 1); END IF;\n"
    "  RETURN first;\n"
    "END $$",
    "REVOKE ALL ON FUNCTION entente_take_ids(regclass, bigint) FROM PUBLIC",
    // Ids for many new rows (an import) in one round trip: n values of the sequence, each taken by
    // nextval, so no other caller of nextval (under the lock or not) can be handed one of them;
    // under the lock, which every Entente takes, they come in one run. Answered as runs of
    // consecutive ids (first, last), in order.
    "CREATE OR REPLACE FUNCTION entente_take_id_runs(seq regclass, n bigint) "
    "RETURNS TABLE (first bigint, last bigint) LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = public, pg_temp AS $$\n"
    "BEGIN\n"
    "  PERFORM pg_advisory_xact_lock(17748, seq::oid::integer);\n"
    "  RETURN QUERY SELECT min(v), max(v) FROM (\n"
    "    SELECT v, v - row_number() OVER (ORDER BY v) AS run FROM (\n"
    "      SELECT nextval(seq) AS v FROM generate_series(1, least(greatest(n, 1), 1048576))) taken) numbered\n"
    "    GROUP BY run ORDER BY 1;\n"
    "END $$",
    "REVOKE ALL ON FUNCTION entente_take_id_runs(regclass, bigint) FROM PUBLIC",
    // A bulk copy's one log row per table (op 'B'; the key NULL for the whole table, else
    // "first..last" of its first key column): mirrors then copy those rows again.
    "CREATE OR REPLACE FUNCTION entente_log_bulk(t text, k text) RETURNS void LANGUAGE sql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ INSERT INTO entente_changes (tbl, row_key, op) VALUES (t, k, 'B') $$",
    "REVOKE ALL ON FUNCTION entente_log_bulk(text, text) FROM PUBLIC",
    // After a bulk copy of rows with their own ids: the sequence moved past them.
    "CREATE OR REPLACE FUNCTION entente_bump_ids(seq regclass, upto bigint) RETURNS void LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = public, pg_temp AS $$\n"
    "DECLARE last bigint;\n"
    "BEGIN\n"
    "  PERFORM pg_advisory_xact_lock(17748, seq::oid::integer);\n"
    "  EXECUTE 'SELECT last_value FROM ' || seq::text INTO last;\n"
    "  IF upto > last THEN PERFORM setval(seq, upto); END IF;\n"
    "END $$",
    "REVOKE ALL ON FUNCTION entente_bump_ids(regclass, bigint) FROM PUBLIC",
};

} // namespace

std::span<const char *const> layoutStatements()
{
    return { std::begin(kStatements), std::end(kStatements) };
}

} // namespace entente::pg
