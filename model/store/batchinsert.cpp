#include "store/batchinsert.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace entente {

void BatchInsert::Finalize::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

BatchInsert::BatchInsert(sqlite3 *db, std::string head, int columns, int rowsPerStatement)
    : m_db(db)
    , m_head(std::move(head))
    , m_columns(columns)
    , m_rows(rowsPerStatement)
{
    statementFor(m_rows); // a statement that does not prepare fails here, not mid-import
}

BatchInsert::~BatchInsert() = default;

sqlite3_stmt *BatchInsert::statementFor(int rows)
{
    if (const auto it = m_statements.find(rows); it != m_statements.end())
        return it->second.get();
    std::string tuple = "(";
    for (int c = 0; c < m_columns; ++c)
        tuple += c == 0 ? "?" : ",?";
    tuple += ')';
    std::string sql = m_head + " VALUES ";
    sql.reserve(sql.size() + static_cast<std::size_t>(rows) * (tuple.size() + 1));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ',';
        sql += tuple;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
        throw SQLite::Exception(m_db);
    return m_statements.emplace(rows, StatementPtr(statement)).first->second.get();
}

void BatchInsert::run(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE) {
        const SQLite::Exception error(m_db, rc);
        sqlite3_reset(statement);
        throw error;
    }
    sqlite3_reset(statement);
}

} // namespace entente
