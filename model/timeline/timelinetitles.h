#pragma once

#include "event.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>

namespace entente {

class Store;
class TitleRows;

// Titles of events, fetched from the store when a label needs them and kept in a bounded cache:
// the index holds no text, so a million events cost no title memory until they are in view.
class TimelineTitles
{
public:
    explicit TimelineTitles(Store *store = nullptr);
    ~TimelineTitles();
    TimelineTitles(const TimelineTitles &) = delete;
    TimelineTitles &operator=(const TimelineTitles &) = delete;

    void setStore(Store *store);
    QString title(EventId id);
    void clear()
    {
        m_cache.clear();
        ++m_generation;
    }
    // Changes whenever cached titles may have gone stale, so users can drop what they derived.
    std::uint64_t generation() const { return m_generation; }

private:
    Store *m_store = nullptr;
    std::unique_ptr<TitleRows> m_query; // made at the first title asked
    QHash<EventId, QString> m_cache;
    std::uint64_t m_generation = 0;
    static constexpr qsizetype kMaxCached = 50'000;
};

} // namespace entente
