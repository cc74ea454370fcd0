#pragma once

#include "fuzzydate.h"

#include <QString>

#include <cstdint>

namespace entente {

using EraId = std::int64_t;

// A named period drawn as a background band on the timeline.
struct Era
{
    EraId id = 0;
    QString name;
    FuzzyDate start;
    FuzzyDate end;
    QString colour;

    bool operator==(const Era &) const = default;
};

} // namespace entente
