#pragma once

#include "exporter.h"

namespace entente {

// Entente JSON (docs/entente-json.md): every field of the store, in a fixed order, so an
// export imported into a new file exports to the same bytes.
class EntenteJsonExporter final : public Exporter
{
public:
    static constexpr qint64 kFormatVersion = 1;
    void write(Store &store, const EventFilter &filter, const QString &path) override;
};

} // namespace entente
