#pragma once

#include "actor.h"

#include <QList>
#include <QString>

namespace entente {

// Finding an actor by part of any of its names, as a reporter types it: anywhere in the name or
// an alias, in any script, ignoring case and accents ("medin" finds Vladimir Medinsky, "Зеленськ"
// Zelensky by his Ukrainian alias, "turkiye" Türkiye).
namespace ActorMatch {

// The form both sides are compared in: decomposed, accents (combining marks) dropped, case
// folded, the Turkish dotless ı taken as i.
QString folded(const QString &text);

// The actors some name of which contains `typed` (folded), best first: a name that starts with
// it, then one with a word that does, then the rest, each group by name.
QList<ActorId> find(const QList<Actor> &actors, const QString &typed, int limit = 50);

} // namespace ActorMatch

} // namespace entente
