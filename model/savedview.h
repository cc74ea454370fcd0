#pragma once

#include "eventfilter.h"

#include <QString>

#include <cstdint>

namespace entente {

// A named filter kept in the file, so a journalist can come back to "Johnson, alleged" later.
struct SavedView
{
    std::int64_t id = 0;
    QString name;
    EventFilter filter;
    bool operator==(const SavedView &) const = default;
};

} // namespace entente
