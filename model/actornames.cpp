#include "actornames.h"

#include "store/aliasrows.h"

#include <QLocale>

namespace entente::ActorNames {

QString language()
{
    return QLocale::languageToCode(QLocale().language());
}

QString displayName(const Actor &actor)
{
    const QString lang = language();
    for (const ActorAlias &alias : actor.aliases) {
        if (alias.language.compare(lang, Qt::CaseInsensitive) == 0)
            return alias.alias;
    }
    return actor.name;
}

QHash<ActorId, QString> localized(Store &store)
{
    return AliasRows::inLanguage(store, language());
}

} // namespace entente::ActorNames
