#include "timelinetitles.h"

#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

TimelineTitles::TimelineTitles(const Store *store)
{
    setStore(store);
}

TimelineTitles::~TimelineTitles() = default;

void TimelineTitles::setStore(const Store *store)
{
    m_query.reset();
    clear();
    m_store = store;
}

QString TimelineTitles::title(EventId id)
{
    const auto it = m_cache.constFind(id);
    if (it != m_cache.cend())
        return *it;
    if (!m_store)
        return QString();
    if (!m_query)
        m_query = std::make_unique<SQLite::Statement>(m_store->database(), "SELECT title FROM events WHERE id = ?");
    m_query->reset();
    m_query->bind(1, static_cast<int64_t>(id));
    const QString t = m_query->executeStep() ? Store::text(*m_query, 0) : QString();
    // A plain bound, not an LRU: the working set of one screen is far below it.
    if (m_cache.size() >= kMaxCached)
        clear();
    m_cache.insert(id, t);
    return t;
}

} // namespace entente
