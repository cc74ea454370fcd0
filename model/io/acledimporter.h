#pragma once

#include "importer.h"

namespace entente {

// ACLED's CSV export, by its codebook's column names: event_date and time_precision give the
// date and its precision, event_type / sub_event_type the kind, actor1, assoc_actor_1, actor2
// and assoc_actor_2 the actors with their side as role (inter1/inter2, numeric or text, the kind
// of a new actor), location, latitude and longitude the place, source (split on ";") the
// sources and notes the summary. Built for speed: a million rows in seconds.
class AcledImporter final : public Importer
{
public:
    void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress) override;
};

} // namespace entente
