#include "actornames.h"

#include "store/store.h"

#include <QLocale>

#include <SQLiteCpp/SQLiteCpp.h>

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

QHash<ActorId, QString> localized(const Store &store)
{
    QHash<ActorId, QString> names;
    // Highest position first, so the first alias of each actor is the one kept.
    SQLite::Statement q(store.database(),
                        "SELECT actor_id, alias FROM actor_aliases WHERE language = ? COLLATE "
                        "NOCASE ORDER BY actor_id, position DESC, alias DESC");
    q.bind(1, language().toStdString());
    while (q.executeStep())
        names.insert(q.getColumn(0).getInt64(), QString::fromStdString(q.getColumn(1).getString()));
    return names;
}

} // namespace entente::ActorNames
