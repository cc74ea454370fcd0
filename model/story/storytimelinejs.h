#pragma once

#include "story.h"

#include <QString>

namespace entente {

class Store;

// Writes a story as TimelineJS 3 JSON (the lesson as a web page): a title slide from the
// story's name and description, then a slide per step in the story's order with the event's
// summary and the teacher's note. TimelineJS reads text fields as HTML, so everything is
// escaped. Returns an empty string on success, otherwise one sentence naming the file.
QString writeStoryTimelineJs(const Store &store, const Story &story, const QString &path);

} // namespace entente
