#include "store/aliasrows.h"

#include "store/store.h"
#include "utf8.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

QHash<ActorId, QString> AliasRows::inLanguage(const Store &store, const QString &language)
{
    QHash<ActorId, QString> names;
    // Highest position first, so the first alias of each actor is the one kept.
    SQLite::Statement q(store.database(),
                        "SELECT actor_id, alias FROM actor_aliases WHERE language = ? COLLATE "
                        "NOCASE ORDER BY actor_id, position DESC, alias DESC");
    q.bind(1, utf8(language));
    while (q.executeStep())
        names.insert(q.getColumn(0).getInt64(), Store::text(q, 1));
    return names;
}

} // namespace entente
