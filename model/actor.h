#pragma once

#include "claimstatus.h"
#include "event.h"
#include "fuzzydate.h"

#include <QList>
#include <QString>

#include <optional>

namespace entente {

// Another name for an actor (Kiev for Kyiv, Turkey for Türkiye), optionally tagged with the
// BCP 47 language it belongs to ("uk", "ru", "tr") so the UI can show names in the user's language.
struct ActorAlias
{
    QString alias;
    QString language;
    bool operator==(const ActorAlias &) const = default;
};

// A title an actor held over a period: "UK Prime Minister, 2019-07-24 to 2022-09-06".
struct ActorTitle
{
    QString title;
    std::optional<FuzzyDate> from;
    std::optional<FuzzyDate> to;
    bool operator==(const ActorTitle &) const = default;

    // True when the title was held at some point of `date`'s span (open ends are open).
    bool heldAt(const FuzzyDate &date) const;
};

struct Actor
{
    ActorId id = 0;
    QString name;
    ActorKind kind = ActorKind::Person;
    QString description;
    QString colour; // "#rrggbb", empty for the palette's choice
    QList<ActorAlias> aliases;
    QList<ActorTitle> titles;

    bool operator==(const Actor &) const = default;

    // The title held at `date`, if any.
    std::optional<QString> titleAt(const FuzzyDate &date) const;
};

} // namespace entente
