#pragma once

#include "importer.h"

namespace entente {

// The TimelineJS Google Sheets template saved as CSV: Year, Month, Day, Time, End Year, End
// Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption,
// Media Thumbnail, Type (title, era or an event), Group, Background.
class TimelineJsCsvImporter final : public Importer
{
public:
    void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress) override;
};

} // namespace entente
