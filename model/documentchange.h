#pragma once

#include <QFlags>
#include <QList>
#include <QMetaType>

#include <cstdint>

namespace entente {

// What an edit changed, so views refresh only what they must (Tiled's change events). `ids`
// lists the records touched, `op` says whether they were added, edited or removed, and `fields`
// which of an edited record's fields changed. An empty list with kind All means "reload
// everything" (a new file, an import too large to name row by row).
struct DocumentChange
{
    enum class Kind { All, Events, Actors, Sources, Links, Eras, Stories, Meta, SavedViews, Positions };
    enum class Op { Edited, Added, Removed };
    // The fields of a record an edit touched; AllFields when unknown or when many changed.
    enum class Field : unsigned {
        None = 0,
        Title = 1u << 0,
        Dates = 1u << 1, // start, end, precision, approximate
        Kind = 1u << 2,
        Status = 1u << 3,
        Actors = 1u << 4, // who took part (events) or name/colour/aliases (actors)
        Place = 1u << 5,
        Sources = 1u << 6, // sources, quotes, grades
        Text = 1u << 7, // description, notes, tags
        Links = 1u << 8,
        AllFields = 0xffffffffu,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    Kind kind = Kind::All;
    QList<std::int64_t> ids;
    Op op = Op::Edited;
    Fields fields = Field::AllFields;

    bool isReload() const { return kind == Kind::All; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DocumentChange::Fields)

} // namespace entente

Q_DECLARE_METATYPE(entente::DocumentChange)
