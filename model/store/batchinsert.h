#pragma once

#include <algorithm>
#include <cstddef>
#include <map>
#include <memory>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace entente {

// Inserts rows into one table many at a time: "INSERT ... VALUES (?,?),(?,?),..." runs its
// statement machinery (transaction check, cursors, halt, reset) once for a whole batch instead of
// once per row. At a million ACLED events (seven rows each across three tables) that was half of
// the time spent inserting. The values are bound by the caller, who keeps them alive until the
// call returns (they are bound without a copy).
class BatchInsert
{
public:
    // `head` is the statement up to VALUES: "INSERT OR IGNORE INTO t (a, b)". Throws
    // SQLite::Exception when it does not prepare.
    BatchInsert(sqlite3 *db, std::string head, int columns, int rowsPerStatement);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    int columns() const { return m_columns; }

    // Inserts `count` rows; bind(statement, row, firstParameter) binds row `row`'s values to the
    // parameters firstParameter, firstParameter + 1, ... Full batches share one statement, the
    // rest one made for its size (kept for the next time). Throws SQLite::Exception on failure.
    template<typename Bind> void insert(std::size_t count, Bind &&bind)
    {
        std::size_t row = 0;
        while (row < count) {
            const std::size_t n = std::min<std::size_t>(count - row, static_cast<std::size_t>(m_rows));
            sqlite3_stmt *statement = statementFor(static_cast<int>(n));
            for (std::size_t i = 0; i < n; ++i)
                bind(statement, row + i, static_cast<int>(i) * m_columns + 1);
            run(statement);
            row += n;
        }
    }

private:
    struct Finalize
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    using StatementPtr = std::unique_ptr<sqlite3_stmt, Finalize>;

    sqlite3_stmt *statementFor(int rows);
    void run(sqlite3_stmt *statement);

    sqlite3 *m_db;
    std::string m_head;
    int m_columns;
    int m_rows;
    std::map<int, StatementPtr> m_statements; // by rows per statement
};

} // namespace entente
