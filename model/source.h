#pragma once

#include "event.h"
#include "fuzzydate.h"

#include <QString>

#include <optional>

namespace entente {

// Who reports: a publisher and a piece (an article, a statement), with where to read it.
struct Source
{
    SourceId id = 0;
    QString publisher;
    QString title;
    QString url;
    std::optional<FuzzyDate> published;

    bool operator==(const Source &) const = default;
};

} // namespace entente
