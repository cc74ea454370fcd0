#pragma once

#include "event.h"

#include <QString>

#include <memory>

namespace entente {

class Store;

// Events' titles one at a time, on a query kept prepared: what a view asks when a label comes into
// view (the timeline holds no text). Used on the thread that owns the store.
class TitleRows
{
public:
    explicit TitleRows(const Store &store);
    ~TitleRows();
    TitleRows(const TitleRows &) = delete;
    TitleRows &operator=(const TitleRows &) = delete;

    // The title, or an empty string when there is no such event.
    QString title(EventId id);

private:
    struct Query;
    std::unique_ptr<Query> m_query;
};

} // namespace entente
