#pragma once

#include "importer.h"

namespace entente {

// UCDP GED (the Uppsala Conflict Data Program's georeferenced event dataset) as CSV with its
// header, plain or zipped. Each row is an event: date_start/date_end at the precision date_prec
// gives (1 the day, 2-3 a range of days within a week, 4 the month, 5 the year), the kind from
// type_of_violence, side_a and side_b as actors ("Government of X" as the state X), each entry
// of source_article (separated by semicolons) as a source, the place and coordinates, and the
// deaths (best, low, high and by side) as attributes. options.where leaves rows out.
class UcdpImporter final : public Importer
{
public:
    void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress) override;
};

} // namespace entente
