#include "store/titlerows.h"

#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

struct TitleRows::Query
{
    explicit Query(SQLite::Database &db)
        : statement(db, "SELECT title FROM events WHERE id = ?")
    { }
    SQLite::Statement statement;
};

TitleRows::TitleRows(const Store &store)
    : m_query(std::make_unique<Query>(store.database()))
{ }

TitleRows::~TitleRows() = default;

QString TitleRows::title(EventId id)
{
    SQLite::Statement &q = m_query->statement;
    q.reset();
    q.bind(1, static_cast<std::int64_t>(id));
    return q.executeStep() ? Store::text(q, 0) : QString();
}

} // namespace entente
