// Store: reading and writing actors, their aliases and affiliations, and merging two.
#include "store/store.h"

#include "store/storerows.h"
#include "textrule.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QHash>

namespace entente {

using namespace storerows;

// ---- actors ---------------------------------------------------------------------------------

ActorId Store::addActor(const Actor &actor)
{
    return transaction([&] {
        SQLite::Statement q(*m_db, "INSERT INTO actors (id, name, kind, description, colour) VALUES (?,?,?,?,?)");
        const qint64 newId = actor.id != 0 ? actor.id : takeId("actors");
        newId != 0 ? q.bind(1, static_cast<int64_t>(newId)) : q.bind(1);
        q.bind(2, TextRule::storable(actor.name.trimmed()));
        q.bind(3, utf8(actorKindKey(actor.kind)));
        q.bind(4, TextRule::storable(actor.description));
        q.bind(5, utf8(actor.colour));
        try {
            q.exec();
        } catch (const SQLite::Exception &e) {
            if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
                throw StoreError(QCoreApplication::translate("entente::Store", "There is already an actor named %1.")
                                     .arg(actor.name)
                                     .toStdString());
            throw error(e);
        }
        Actor stored = actor;
        stored.id = m_db->getLastInsertRowid();
        writeActorRelations(stored);
        return stored.id;
    });
}

void Store::writeActorRelations(const Actor &actor)
{
    SQLite::Statement del(*m_db, "DELETE FROM actor_aliases WHERE actor_id = ?");
    del.bind(1, static_cast<int64_t>(actor.id));
    del.exec();
    SQLite::Statement add(*m_db,
                          "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, language, position) VALUES (?,?,?,?)");
    int pos = 0;
    for (const ActorAlias &a : actor.aliases) {
        if (a.alias.trimmed().isEmpty())
            continue;
        add.bind(1, static_cast<int64_t>(actor.id));
        add.bind(2, TextRule::storable(a.alias.trimmed()));
        add.bind(3, utf8(a.language));
        add.bind(4, pos++);
        add.exec();
        add.reset();
    }
    SQLite::Statement delTitles(*m_db, "DELETE FROM actor_titles WHERE actor_id = ?");
    delTitles.bind(1, static_cast<int64_t>(actor.id));
    delTitles.exec();
    SQLite::Statement addTitle(
        *m_db, "INSERT INTO actor_titles (id, actor_id, title, start_date, end_date) VALUES (?,?,?,?,?)");
    for (const ActorTitle &t : actor.titles) {
        const qint64 titleId = takeId("actor_titles");
        titleId != 0 ? addTitle.bind(1, static_cast<int64_t>(titleId)) : addTitle.bind(1);
        addTitle.bind(2, static_cast<int64_t>(actor.id));
        addTitle.bind(3, TextRule::storable(t.title));
        bindDate(addTitle, 4, t.from);
        bindDate(addTitle, 5, t.to);
        addTitle.exec();
        addTitle.reset();
    }
}

void Store::updateActor(const Actor &actor)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "UPDATE actors SET name = ?, kind = ?, description = ?, colour = ? WHERE id = ?");
        q.bind(1, TextRule::storable(actor.name.trimmed()));
        q.bind(2, utf8(actorKindKey(actor.kind)));
        q.bind(3, TextRule::storable(actor.description));
        q.bind(4, utf8(actor.colour));
        q.bind(5, static_cast<int64_t>(actor.id));
        try {
            if (q.exec() == 0)
                throw notFound("actor", actor.id);
        } catch (const SQLite::Exception &e) {
            throw error(e);
        }
        writeActorRelations(actor);
    });
}

void Store::deleteActor(ActorId id)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "DELETE FROM actors WHERE id = ?");
        q.bind(1, static_cast<int64_t>(id));
        if (q.exec() == 0)
            throw notFound("actor", id);
    });
}

std::optional<Actor> Store::actor(ActorId id) const
{
    SQLite::Statement q(*m_db, "SELECT id, name, kind, description, colour FROM actors WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    Actor a;
    a.id = q.getColumn(0).getInt64();
    a.name = text(q, 1);
    a.kind = actorKindFromKey(text(q, 2)).value_or(ActorKind::Person);
    a.description = text(q, 3);
    a.colour = text(q, 4);
    SQLite::Statement qa(*m_db,
                         "SELECT alias, language FROM actor_aliases WHERE actor_id = ? ORDER BY position, alias");
    qa.bind(1, static_cast<int64_t>(id));
    while (qa.executeStep())
        a.aliases.append({ text(qa, 0), text(qa, 1) });
    SQLite::Statement qt(*m_db, "SELECT title, start_date, end_date FROM actor_titles WHERE actor_id = ? ORDER BY id");
    qt.bind(1, static_cast<int64_t>(id));
    while (qt.executeStep())
        a.titles.append({ text(qt, 0), dateColumn(qt, 1), dateColumn(qt, 2) });
    return a;
}

QList<Actor> Store::actors() const
{
    // Three passes, not three statements per actor: a month of GDELT has 45,000 actors, whose
    // one statement each took most of the 19 s of opening it in the window.
    QList<Actor> out;
    QHash<ActorId, qsizetype> at;
    SQLite::Statement q(*m_db, "SELECT id, name, kind, description, colour FROM actors ORDER BY name COLLATE NOCASE");
    while (q.executeStep()) {
        Actor a;
        a.id = q.getColumn(0).getInt64();
        a.name = text(q, 1);
        a.kind = actorKindFromKey(text(q, 2)).value_or(ActorKind::Person);
        a.description = text(q, 3);
        a.colour = text(q, 4);
        at.insert(a.id, out.size());
        out.append(a);
    }
    SQLite::Statement qa(*m_db,
                         "SELECT actor_id, alias, language FROM actor_aliases ORDER BY actor_id, position, alias");
    while (qa.executeStep()) {
        if (const qsizetype i = at.value(qa.getColumn(0).getInt64(), -1); i >= 0)
            out[i].aliases.append({ text(qa, 1), text(qa, 2) });
    }
    SQLite::Statement qt(*m_db, "SELECT actor_id, title, start_date, end_date FROM actor_titles ORDER BY actor_id, id");
    while (qt.executeStep()) {
        if (const qsizetype i = at.value(qt.getColumn(0).getInt64(), -1); i >= 0)
            out[i].titles.append({ text(qt, 1), dateColumn(qt, 2), dateColumn(qt, 3) });
    }
    return out;
}

std::optional<ActorId> Store::findActor(const QString &nameOrAlias) const
{
    const std::string key = utf8(nameOrAlias.trimmed());
    SQLite::Statement q(*m_db,
                        "SELECT id FROM actors WHERE name = ?1 COLLATE NOCASE "
                        "UNION ALL SELECT actor_id FROM actor_aliases WHERE alias = ?1 COLLATE NOCASE LIMIT 1");
    q.bind(1, key);
    if (q.executeStep())
        return q.getColumn(0).getInt64();
    // SQLite's NOCASE folds ASCII only: compare the rest ("ÜMEROV", "Türkiye") the Unicode way.
    const QString folded = nameOrAlias.trimmed().toCaseFolded();
    SQLite::Statement all(*m_db, "SELECT id, name FROM actors UNION ALL SELECT actor_id, alias FROM actor_aliases");
    while (all.executeStep()) {
        if (text(all, 1).toCaseFolded() == folded)
            return all.getColumn(0).getInt64();
    }
    return std::nullopt;
}

ActorSnapshot Store::snapshotActor(ActorId id) const
{
    ActorSnapshot s;
    const auto a = actor(id);
    if (!a)
        throw notFound("actor", id);
    s.actor = *a;
    SQLite::Statement q(*m_db, "SELECT event_id, role, position FROM event_actors WHERE actor_id = ?");
    q.bind(1, static_cast<int64_t>(id));
    while (q.executeStep())
        s.participation.append({ q.getColumn(0).getInt64(), text(q, 1), q.getColumn(2).getInt() });
    return s;
}

void Store::restoreActor(const ActorSnapshot &s)
{
    transaction([&] {
        if (actor(s.actor.id)) {
            updateActor(s.actor);
            SQLite::Statement del(*m_db, "DELETE FROM event_actors WHERE actor_id = ?");
            del.bind(1, static_cast<int64_t>(s.actor.id));
            del.exec();
        } else {
            addActor(s.actor);
        }
        SQLite::Statement q(*m_db,
                            "INSERT OR IGNORE INTO event_actors (event_id, actor_id, role, position) VALUES (?,?,?,?)");
        for (const auto &p : s.participation) {
            q.bind(1, static_cast<int64_t>(p.eventId));
            q.bind(2, static_cast<int64_t>(s.actor.id));
            q.bind(3, TextRule::storable(p.role));
            q.bind(4, p.position);
            q.exec();
            q.reset();
        }
    });
}

void Store::mergeActors(ActorId kept, ActorId other)
{
    if (kept == other)
        throw StoreError(
            QCoreApplication::translate("entente::Store", "An actor cannot be merged into itself.").toStdString());
    transaction([&] {
        auto a = actor(kept);
        const auto b = actor(other);
        if (!a)
            throw notFound("actor", kept);
        if (!b)
            throw notFound("actor", other);
        // Roles move over; where both took the same role in an event, one row remains.
        SQLite::Statement move(*m_db,
                               "INSERT OR IGNORE INTO event_actors (event_id, actor_id, role, position) "
                               "SELECT event_id, ?1, role, position FROM event_actors WHERE actor_id = ?2");
        move.bind(1, static_cast<int64_t>(kept));
        move.bind(2, static_cast<int64_t>(other));
        move.exec();
        QList<ActorAlias> aliases = a->aliases;
        auto addAlias = [&](const ActorAlias &alias) {
            if (alias.alias.compare(a->name, Qt::CaseInsensitive) == 0)
                return;
            for (const ActorAlias &existing : aliases) {
                if (existing.alias.compare(alias.alias, Qt::CaseInsensitive) == 0)
                    return;
            }
            aliases.append(alias);
        };
        addAlias({ b->name, QString() });
        for (const ActorAlias &alias : b->aliases)
            addAlias(alias);
        a->aliases = aliases;
        a->titles += b->titles;
        if (a->description.isEmpty())
            a->description = b->description;
        deleteActor(other);
        updateActor(*a);
    });
}

} // namespace entente
