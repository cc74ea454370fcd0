#include "timelinetitles.h"

#include "store/titlerows.h"

namespace entente {

TimelineTitles::TimelineTitles(Store *store)
{
    setStore(store);
}

TimelineTitles::~TimelineTitles() = default;

void TimelineTitles::setStore(Store *store)
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
        m_query = std::make_unique<TitleRows>(*m_store);
    const QString t = m_query->title(id);
    // A plain bound, not an LRU: the working set of one screen is far below it.
    if (m_cache.size() >= kMaxCached)
        clear();
    m_cache.insert(id, t);
    return t;
}

} // namespace entente
