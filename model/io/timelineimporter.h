#pragma once

#include "importer.h"

namespace entente {

// thetimelineproj's .timeline XML (Timeline, https://thetimelineproj.sourceforge.net): events
// with start and end, text (the title), description, category (the kind), fuzzy (approximate)
// and hyperlink (a source); eras. Read with QXmlStreamReader, never all at once.
class TimelineImporter final : public Importer
{
public:
    void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress) override;
};

} // namespace entente
