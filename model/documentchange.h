#pragma once

#include <QList>
#include <QMetaType>

#include <cstdint>

namespace entente {

// What an edit changed, so views refresh only what they must. `ids` lists the records touched;
// an empty list with kind All means "reload everything" (a new file, an import).
struct DocumentChange
{
    enum class Kind { All, Events, Actors, Sources, Links, Eras, Stories, Meta };
    Kind kind = Kind::All;
    QList<std::int64_t> ids;
};

} // namespace entente

Q_DECLARE_METATYPE(entente::DocumentChange)
