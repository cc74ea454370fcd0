#pragma once

#include "exporter.h"

namespace entente {

// Entente's CSV (docs/csv-format.md), the same columns CsvImporter reads back.
class CsvExporter final : public Exporter
{
public:
    // A field quoted as RFC 4180 wants when it holds a comma, a quote or a line break.
    static QByteArray field(const QString &text);

protected:
    void writeFile(const Store &store, const EventFilter &filter, const QString &path) override;
};

} // namespace entente
