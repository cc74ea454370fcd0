#pragma once

#include "event.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace entente {

using StoryId = std::int64_t;

// One step of a story: an event, what the teacher will say, and where the timeline looks.
struct StoryStep
{
    EventId eventId = 0;
    QString note;
    // The timeline window shown for this step, in seconds since the epoch; absent to frame the event.
    std::optional<std::int64_t> windowStart;
    std::optional<std::int64_t> windowEnd;
    QList<ActorId> highlightedActors;

    bool operator==(const StoryStep &) const = default;
};

// An ordered path through events, for presenting.
struct Story
{
    StoryId id = 0;
    QString name;
    QString description;
    QList<StoryStep> steps;

    bool operator==(const Story &) const = default;
};

} // namespace entente
