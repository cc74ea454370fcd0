#pragma once

#include "story.h"

#include <algorithm>

namespace entente {

// Story and step equality, field by field. Qt 6.4's QList == hands memcmp a null pointer when one
// of two empty lists never allocated (undefined behaviour that UBSan reports), so the actor lists
// are compared with std::equal rather than the defaulted operator==.
inline bool sameStep(const StoryStep &a, const StoryStep &b)
{
    return a.eventId == b.eventId && a.note == b.note && a.windowStart == b.windowStart && a.windowEnd == b.windowEnd
        && std::equal(a.highlightedActors.cbegin(), a.highlightedActors.cend(), b.highlightedActors.cbegin(),
                      b.highlightedActors.cend());
}

inline bool sameStory(const Story &a, const Story &b)
{
    return a.id == b.id && a.name == b.name && a.description == b.description
        && std::equal(a.steps.cbegin(), a.steps.cend(), b.steps.cbegin(), b.steps.cend(), sameStep);
}

} // namespace entente
