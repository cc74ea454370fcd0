#pragma once

#include "actor.h"

#include <QHash>
#include <QString>

namespace entente {

class Store;

// Actor names in the user's language: an actor with an alias tagged with the language of the
// default QLocale (set from the chosen interface language) is shown by that alias — Київ for
// Kyiv in Ukrainian, Türkiye's Turkish name in Turkish — and by its name otherwise.
namespace ActorNames {

// The language aliases are matched against: "uk", "ru", "tr", "en"…
QString language();
// The name to show for `actor` (its aliases loaded).
QString displayName(const Actor &actor);
// The shown name of every actor that has an alias in language(), by id (one query); actors
// missing from it are shown by their name.
QHash<ActorId, QString> localized(const Store &store);

} // namespace ActorNames

} // namespace entente
