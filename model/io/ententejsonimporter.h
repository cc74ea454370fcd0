#pragma once

#include "importer.h"

namespace entente {

// Entente JSON, our interchange format (docs/entente-json.md). Into an empty file it keeps every
// id, so export -> import -> export gives the same bytes; into a file with events it renumbers
// and matches actors by name and alias.
class EntenteJsonImporter final : public Importer
{
public:
    void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress) override;
};

} // namespace entente
