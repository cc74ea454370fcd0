#pragma once

#include "actor.h"

#include <QHash>
#include <QString>

namespace entente {

class Store;

// Actors' aliases as the views ask for them: by language, for names in the user's language.
class AliasRows
{
public:
    // The first alias (by position) tagged with `language` (case ignored) of every actor that has
    // one, by actor id.
    static QHash<ActorId, QString> inLanguage(const Store &store, const QString &language);
};

} // namespace entente
