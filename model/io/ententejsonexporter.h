#pragma once

#include "exporter.h"

namespace entente {

// Entente JSON (docs/entente-json.md): every field of the store, in a fixed order, so an
// export imported into a new file exports to the same bytes.
class EntenteJsonExporter final : public Exporter
{
public:
    static constexpr qint64 kFormatVersion = 1;

protected:
    void writeFile(const Store &store, const EventFilter &filter, const QString &path) override;
    // A selection is gone through twice: what its events refer to, then the events.
    int passes(const EventFilter &filter) const override { return filter.isEmpty() ? 1 : 2; }
};

} // namespace entente
