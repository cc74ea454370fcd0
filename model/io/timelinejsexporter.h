#pragma once

#include "exporter.h"

namespace entente {

// TimelineJS 3 JSON, to publish a selection as a web story: a title slide from the file's
// title, one slide per event (actors as the group lane, the first source as media credit and
// link), the eras. Text is escaped: TimelineJS shows it as HTML.
class TimelineJsExporter final : public Exporter
{
protected:
    void writeFile(const Store &store, const EventFilter &filter, const QString &path) override;
};

} // namespace entente
