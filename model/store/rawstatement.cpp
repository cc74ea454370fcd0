#include "store/rawstatement.h"

#include <SQLiteCpp/Exception.h>

namespace entente::raw {

void check(sqlite3 *db, int rc)
{
    if (rc != SQLITE_OK)
        throw SQLite::Exception(db, rc);
}

Statement prepare(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = nullptr;
    check(db, sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr));
    return Statement(statement);
}

void run(sqlite3 *db, sqlite3_stmt *statement)
{
    if (const int rc = sqlite3_step(statement); rc != SQLITE_DONE && rc != SQLITE_ROW)
        check(db, rc);
    check(db, sqlite3_reset(statement));
}

void copyRows(sqlite3 *from, sqlite3_stmt *read, sqlite3 *to, sqlite3_stmt *write,
              const std::function<void(sqlite3_stmt *, sqlite3_stmt *)> &change)
{
    const int columns = sqlite3_column_count(read);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i)
            check(to, sqlite3_bind_value(write, i + 1, sqlite3_column_value(read, i)));
        if (change)
            change(read, write);
        run(to, write);
    }
    if (rc != SQLITE_DONE)
        check(from, rc);
    check(from, sqlite3_reset(read));
}

void copyTable(sqlite3 *from, sqlite3 *to, const std::string &table)
{
    const Statement read = prepare(from, "SELECT * FROM main.\"" + table + '"');
    std::string sql = "INSERT INTO main.\"" + table + "\" VALUES (?";
    for (int i = 1; i < sqlite3_column_count(read.get()); ++i)
        sql += ",?";
    sql += ')';
    const Statement write = prepare(to, sql);
    copyRows(from, read.get(), to, write.get());
}

} // namespace entente::raw
