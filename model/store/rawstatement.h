#pragma once

#include <sqlite3.h>

#include <functional>
#include <memory>
#include <string>

namespace entente::raw {

// SQLite's own statements, for copying rows as SQLite values (SQLiteCpp binds no sqlite3_value).
struct Finalize
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

// Throws SQLite::Exception for `db`'s error unless `rc` is SQLITE_OK.
void check(sqlite3 *db, int rc);
Statement prepare(sqlite3 *db, const std::string &sql);
// Runs a statement that returns no row, and resets it.
void run(sqlite3 *db, sqlite3_stmt *statement);
// Writes each row `read` gives with `write`, whose parameters are read's columns; `change` may
// rebind a parameter (from 1) before each write.
void copyRows(sqlite3 *from, sqlite3_stmt *read, sqlite3 *to, sqlite3_stmt *write,
              const std::function<void(sqlite3_stmt *read, sqlite3_stmt *write)> &change = {});

// Every row of `table` in `from`'s main database into the table of that name in `to`'s.
void copyTable(sqlite3 *from, sqlite3 *to, const std::string &table);

} // namespace entente::raw
