#pragma once

#include "importer.h"

namespace entente {

// GDELT event files: 1.0 daily files (57 columns, 58 from April 2013 with SOURCEURL) and 2.0
// 15-minute files (61 columns), tab-separated with no header, plain or zipped, read as a stream.
// Each row becomes an event: the CAMEO code's kind and words (Cameo), the day, the action's place,
// the two actors from their CAMEO codes and names (countries as states, known names matched to
// the file's actors and aliases), SOURCEURL as a source; the CAMEO code, QuadClass, Goldstein
// score and the mention, source and article counts as attributes. options.where leaves rows out
// (DatasetFilter); options.fold folds the reports of one happening (day, actor pair, event code)
// into one event with their count and all their source URLs.
class GdeltImporter final : public Importer
{
public:
    void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress) override;
};

} // namespace entente
