#pragma once

#include "eventfilter.h"
#include "story.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace entente {

class Store;

// Building stories and reading them for a presentation: the pieces the story panel, the
// presentation window, the handouts and the command line share.
namespace stories {

// A new story with one step per event, in date order (a selection is in the order it was
// picked, which is rarely the order to tell it in).
Story fromEvents(const Store &store, const QList<EventId> &events, const QString &name);
// A story or a presentation holds at most this many steps: a class follows a few dozen, and
// each step's slide is made ahead (a million filtered events froze the window for a minute).
constexpr qint64 kMaxSteps = 1000;

// A new story of the events the filter lets through, in date order: the first kMaxSteps.
// `matched`, if given, gets how many the filter lets through.
Story fromFilter(const Store &store, const EventFilter &filter, const QString &name, qint64 *matched = nullptr);

// The story to present: the named one, or without one the filtered events in date order (a
// story with id 0 and no notes), named for what it leaves out when the filter lets more than
// kMaxSteps through ("The first 1,000 of 1,000,000 filtered events").
Story forPresentation(const Store &store, std::optional<StoryId> story, const EventFilter &filter);

// The story of that name (exact, then case-insensitive), if any.
std::optional<StoryId> findByName(const Store &store, const QString &name);

// A name not yet taken, from `base`: "Lesson", "Lesson 2", ...
QString uniqueName(const Store &store, const QString &base);

// The time window (seconds since 1970) a step shows: its own camera, or the event framed with
// context either side (ten weeks, or three times the event's length if that is longer), so the
// neighbours the teacher talks about are in view.
std::pair<double, double> cameraWindow(const StoryStep &step, const Event &event);

} // namespace stories

} // namespace entente
