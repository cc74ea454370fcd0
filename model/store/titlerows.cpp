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
    q.bind(1, static_cast<std::int64_t>(id));
    const QString title = q.executeStep() ? Store::text(q, 0) : QString();
    // Reset now, not at the next call: a statement left stepping keeps its read transaction, and
    // the connection would go on seeing the file as it was (another connection's import, or a
    // shared timeline's fetch, stayed out of sight, and the log could not be checkpointed).
    q.reset();
    return title;
}

} // namespace entente
