#include "actor.h"

namespace entente {

bool ActorTitle::heldAt(const FuzzyDate &date) const
{
    if (from && from->startSeconds() >= date.endSeconds())
        return false;
    if (to && to->endSeconds() <= date.startSeconds())
        return false;
    return true;
}

std::optional<QString> Actor::titleAt(const FuzzyDate &date) const
{
    for (const ActorTitle &t : titles) {
        if (t.heldAt(date))
            return t.title;
    }
    return std::nullopt;
}

} // namespace entente
