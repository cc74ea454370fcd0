// Store: reading and writing records (events, actors, sources, links, eras, stories).
#include "store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QCoreApplication>

namespace entente {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

void bindDate(SQLite::Statement &q, int index, const std::optional<FuzzyDate> &date)
{
    if (date && date->isValid())
        q.bind(index, utf8(date->toIsoString()));
    else
        q.bind(index);
}

std::optional<FuzzyDate> dateColumn(SQLite::Statement &q, int column)
{
    if (q.getColumn(column).isNull())
        return std::nullopt;
    return FuzzyDate::parse(Store::text(q, column));
}

void bindOptionalDouble(SQLite::Statement &q, int index, std::optional<double> v)
{
    if (v)
        q.bind(index, *v);
    else
        q.bind(index);
}

std::optional<double> doubleColumn(SQLite::Statement &q, int column)
{
    if (q.getColumn(column).isNull())
        return std::nullopt;
    return q.getColumn(column).getDouble();
}

StoreError notFound(const char *what, std::int64_t id)
{
    return StoreError(QCoreApplication::translate("entente::Store", "There is no %1 with id %2.")
                          .arg(QLatin1String(what))
                          .arg(id)
                          .toStdString());
}

std::int64_t eventEndKey(const Event &e)
{
    return e.end && e.end->isValid() ? e.end->endSeconds() : e.start.endSeconds();
}

QString joinIds(const QList<ActorId> &ids)
{
    QStringList parts;
    for (ActorId id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

QList<ActorId> splitIds(const QString &text)
{
    QList<ActorId> ids;
    for (const QString &p : text.split(u',', Qt::SkipEmptyParts))
        ids.append(p.toLongLong());
    return ids;
}

} // namespace

// ---- events ---------------------------------------------------------------------------------

EventId Store::addEvent(const Event &event)
{
    if (!event.start.isValid())
        throw StoreError(
            QCoreApplication::translate("entente::Store", "An event needs a valid start date.").toStdString());
    return transaction([&] {
        SQLite::Statement q(*m_db,
                            "INSERT INTO events (id, title, summary, start_date, start_key, end_date, end_key, "
                            "kind, status, place, latitude, longitude) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        if (event.id != 0)
            q.bind(1, static_cast<int64_t>(event.id));
        else
            q.bind(1);
        q.bind(2, utf8(event.title));
        q.bind(3, utf8(event.summary));
        q.bind(4, utf8(event.start.toIsoString()));
        q.bind(5, static_cast<int64_t>(event.start.startSeconds()));
        bindDate(q, 6, event.end);
        q.bind(7, static_cast<int64_t>(eventEndKey(event)));
        q.bind(8, utf8(event.kind));
        q.bind(9, utf8(claimStatusKey(event.status)));
        q.bind(10, utf8(event.place));
        bindOptionalDouble(q, 11, event.latitude);
        bindOptionalDouble(q, 12, event.longitude);
        try {
            q.exec();
        } catch (const SQLite::Exception &e) {
            throw StoreError(e.what());
        }
        Event stored = event;
        stored.id = m_db->getLastInsertRowid();
        writeEventRelations(stored);
        return stored.id;
    });
}

void Store::writeEventRelations(const Event &event)
{
    SQLite::Statement delActors(*m_db, "DELETE FROM event_actors WHERE event_id = ?");
    delActors.bind(1, static_cast<int64_t>(event.id));
    delActors.exec();
    SQLite::Statement addActorLink(*m_db,
                                   "INSERT OR IGNORE INTO event_actors (event_id, actor_id, role, position) "
                                   "VALUES (?,?,?,?)");
    int pos = 0;
    for (const EventActor &a : event.actors) {
        addActorLink.bind(1, static_cast<int64_t>(event.id));
        addActorLink.bind(2, static_cast<int64_t>(a.actorId));
        addActorLink.bind(3, utf8(a.role.isEmpty() ? QStringLiteral("participant") : a.role));
        addActorLink.bind(4, pos++);
        addActorLink.exec();
        addActorLink.reset();
    }
    SQLite::Statement delSources(*m_db, "DELETE FROM event_sources WHERE event_id = ?");
    delSources.bind(1, static_cast<int64_t>(event.id));
    delSources.exec();
    SQLite::Statement addSourceLink(*m_db,
                                    "INSERT OR REPLACE INTO event_sources (event_id, source_id, quote, "
                                    "position) VALUES (?,?,?,?)");
    pos = 0;
    for (const EventSource &s : event.sources) {
        addSourceLink.bind(1, static_cast<int64_t>(event.id));
        addSourceLink.bind(2, static_cast<int64_t>(s.sourceId));
        addSourceLink.bind(3, utf8(s.quote));
        addSourceLink.bind(4, pos++);
        addSourceLink.exec();
        addSourceLink.reset();
    }
    SQLite::Statement delTags(*m_db, "DELETE FROM event_tags WHERE event_id = ?");
    delTags.bind(1, static_cast<int64_t>(event.id));
    delTags.exec();
    SQLite::Statement addTag(*m_db, "INSERT OR IGNORE INTO tags (name) VALUES (?)");
    SQLite::Statement linkTag(*m_db,
                              "INSERT OR IGNORE INTO event_tags (event_id, tag_id) "
                              "SELECT ?, id FROM tags WHERE name = ?");
    for (const QString &tag : event.tags) {
        addTag.bind(1, utf8(tag));
        addTag.exec();
        addTag.reset();
        linkTag.bind(1, static_cast<int64_t>(event.id));
        linkTag.bind(2, utf8(tag));
        linkTag.exec();
        linkTag.reset();
    }
}

void Store::updateEvent(const Event &event)
{
    if (!event.start.isValid())
        throw StoreError(
            QCoreApplication::translate("entente::Store", "An event needs a valid start date.").toStdString());
    transaction([&] {
        SQLite::Statement q(*m_db,
                            "UPDATE events SET title = ?, summary = ?, start_date = ?, start_key = ?, "
                            "end_date = ?, end_key = ?, kind = ?, status = ?, place = ?, latitude = ?, "
                            "longitude = ? WHERE id = ?");
        q.bind(1, utf8(event.title));
        q.bind(2, utf8(event.summary));
        q.bind(3, utf8(event.start.toIsoString()));
        q.bind(4, static_cast<int64_t>(event.start.startSeconds()));
        bindDate(q, 5, event.end);
        q.bind(6, static_cast<int64_t>(eventEndKey(event)));
        q.bind(7, utf8(event.kind));
        q.bind(8, utf8(claimStatusKey(event.status)));
        q.bind(9, utf8(event.place));
        bindOptionalDouble(q, 10, event.latitude);
        bindOptionalDouble(q, 11, event.longitude);
        q.bind(12, static_cast<int64_t>(event.id));
        if (q.exec() == 0)
            throw notFound("event", event.id);
        writeEventRelations(event);
    });
}

void Store::deleteEvent(EventId id)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "DELETE FROM events WHERE id = ?");
        q.bind(1, static_cast<int64_t>(id));
        if (q.exec() == 0)
            throw notFound("event", id);
    });
}

std::optional<Event> Store::event(EventId id) const
{
    const QList<Event> found = events({ id });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Event> Store::events(const QList<EventId> &ids) const
{
    QList<Event> out;
    out.reserve(ids.size());
    SQLite::Statement q(*m_db,
                        "SELECT id, title, summary, start_date, end_date, kind, status, place, latitude, "
                        "longitude FROM events WHERE id = ?");
    SQLite::Statement qa(*m_db, "SELECT actor_id, role FROM event_actors WHERE event_id = ? ORDER BY position");
    SQLite::Statement qs(*m_db, "SELECT source_id, quote FROM event_sources WHERE event_id = ? ORDER BY position");
    SQLite::Statement qt(*m_db,
                         "SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id "
                         "WHERE et.event_id = ? ORDER BY t.name");
    for (EventId id : ids) {
        q.bind(1, static_cast<int64_t>(id));
        if (q.executeStep()) {
            Event e;
            e.id = q.getColumn(0).getInt64();
            e.title = text(q, 1);
            e.summary = text(q, 2);
            e.start = FuzzyDate::parse(text(q, 3)).value_or(FuzzyDate());
            e.end = dateColumn(q, 4);
            e.kind = text(q, 5);
            e.status = claimStatusFromKey(text(q, 6)).value_or(ClaimStatus::Confirmed);
            e.place = text(q, 7);
            e.latitude = doubleColumn(q, 8);
            e.longitude = doubleColumn(q, 9);
            qa.bind(1, static_cast<int64_t>(id));
            while (qa.executeStep())
                e.actors.append({ qa.getColumn(0).getInt64(), text(qa, 1) });
            qa.reset();
            qs.bind(1, static_cast<int64_t>(id));
            while (qs.executeStep())
                e.sources.append({ qs.getColumn(0).getInt64(), text(qs, 1) });
            qs.reset();
            qt.bind(1, static_cast<int64_t>(id));
            while (qt.executeStep())
                e.tags.append(text(qt, 0));
            qt.reset();
            out.append(e);
        }
        q.reset();
    }
    return out;
}

EventSnapshot Store::snapshotEvent(EventId id) const
{
    EventSnapshot s;
    const auto e = event(id);
    if (!e)
        throw notFound("event", id);
    s.event = *e;
    s.links = linksOf(id);
    SQLite::Statement q(*m_db,
                        "SELECT story_id, position, note, window_start, window_end, actors FROM story_steps "
                        "WHERE event_id = ?");
    q.bind(1, static_cast<int64_t>(id));
    while (q.executeStep()) {
        EventSnapshot::Step step;
        step.storyId = q.getColumn(0).getInt64();
        step.position = q.getColumn(1).getInt();
        step.step.eventId = id;
        step.step.note = text(q, 2);
        if (!q.getColumn(3).isNull())
            step.step.windowStart = q.getColumn(3).getInt64();
        if (!q.getColumn(4).isNull())
            step.step.windowEnd = q.getColumn(4).getInt64();
        step.step.highlightedActors = splitIds(text(q, 5));
        s.storySteps.append(step);
    }
    return s;
}

void Store::restoreEvent(const EventSnapshot &s)
{
    transaction([&] {
        addEvent(s.event);
        SQLite::Statement link(*m_db,
                               "INSERT OR IGNORE INTO event_links (id, from_event, to_event, kind) VALUES (?,?,?,?)");
        for (const EventLink &l : s.links) {
            link.bind(1, static_cast<int64_t>(l.id));
            link.bind(2, static_cast<int64_t>(l.from));
            link.bind(3, static_cast<int64_t>(l.to));
            link.bind(4, utf8(linkKindKey(l.kind)));
            link.exec();
            link.reset();
        }
        SQLite::Statement step(*m_db,
                               "INSERT INTO story_steps (story_id, position, event_id, note, window_start, "
                               "window_end, actors) VALUES (?,?,?,?,?,?,?)");
        for (const auto &st : s.storySteps) {
            step.bind(1, static_cast<int64_t>(st.storyId));
            step.bind(2, st.position);
            step.bind(3, static_cast<int64_t>(s.event.id));
            step.bind(4, utf8(st.step.note));
            st.step.windowStart ? step.bind(5, static_cast<int64_t>(*st.step.windowStart)) : step.bind(5);
            st.step.windowEnd ? step.bind(6, static_cast<int64_t>(*st.step.windowEnd)) : step.bind(6);
            step.bind(7, utf8(joinIds(st.step.highlightedActors)));
            step.exec();
            step.reset();
        }
    });
}

// ---- actors ---------------------------------------------------------------------------------

ActorId Store::addActor(const Actor &actor)
{
    return transaction([&] {
        SQLite::Statement q(*m_db, "INSERT INTO actors (id, name, kind, description, colour) VALUES (?,?,?,?,?)");
        actor.id != 0 ? q.bind(1, static_cast<int64_t>(actor.id)) : q.bind(1);
        q.bind(2, utf8(actor.name.trimmed()));
        q.bind(3, utf8(actorKindKey(actor.kind)));
        q.bind(4, utf8(actor.description));
        q.bind(5, utf8(actor.colour));
        try {
            q.exec();
        } catch (const SQLite::Exception &e) {
            if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
                throw StoreError(QCoreApplication::translate("entente::Store", "There is already an actor named %1.")
                                     .arg(actor.name)
                                     .toStdString());
            throw StoreError(e.what());
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
        add.bind(2, utf8(a.alias.trimmed()));
        add.bind(3, utf8(a.language));
        add.bind(4, pos++);
        add.exec();
        add.reset();
    }
    SQLite::Statement delTitles(*m_db, "DELETE FROM actor_titles WHERE actor_id = ?");
    delTitles.bind(1, static_cast<int64_t>(actor.id));
    delTitles.exec();
    SQLite::Statement addTitle(*m_db,
                               "INSERT INTO actor_titles (actor_id, title, start_date, end_date) VALUES (?,?,?,?)");
    for (const ActorTitle &t : actor.titles) {
        addTitle.bind(1, static_cast<int64_t>(actor.id));
        addTitle.bind(2, utf8(t.title));
        bindDate(addTitle, 3, t.from);
        bindDate(addTitle, 4, t.to);
        addTitle.exec();
        addTitle.reset();
    }
}

void Store::updateActor(const Actor &actor)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "UPDATE actors SET name = ?, kind = ?, description = ?, colour = ? WHERE id = ?");
        q.bind(1, utf8(actor.name.trimmed()));
        q.bind(2, utf8(actorKindKey(actor.kind)));
        q.bind(3, utf8(actor.description));
        q.bind(4, utf8(actor.colour));
        q.bind(5, static_cast<int64_t>(actor.id));
        try {
            if (q.exec() == 0)
                throw notFound("actor", actor.id);
        } catch (const SQLite::Exception &e) {
            throw StoreError(e.what());
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
    QList<ActorId> ids;
    SQLite::Statement q(*m_db, "SELECT id FROM actors ORDER BY name COLLATE NOCASE");
    while (q.executeStep())
        ids.append(q.getColumn(0).getInt64());
    QList<Actor> out;
    out.reserve(ids.size());
    for (ActorId id : ids) {
        if (auto a = actor(id))
            out.append(*a);
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
            q.bind(3, utf8(p.role));
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

// ---- sources --------------------------------------------------------------------------------

SourceId Store::addSource(const Source &source)
{
    return transaction([&] {
        SQLite::Statement q(*m_db, "INSERT INTO sources (id, publisher, title, url, published) VALUES (?,?,?,?,?)");
        source.id != 0 ? q.bind(1, static_cast<int64_t>(source.id)) : q.bind(1);
        q.bind(2, utf8(source.publisher));
        q.bind(3, utf8(source.title));
        q.bind(4, utf8(source.url));
        bindDate(q, 5, source.published);
        q.exec();
        return static_cast<SourceId>(m_db->getLastInsertRowid());
    });
}

void Store::updateSource(const Source &source)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "UPDATE sources SET publisher = ?, title = ?, url = ?, published = ? WHERE id = ?");
        q.bind(1, utf8(source.publisher));
        q.bind(2, utf8(source.title));
        q.bind(3, utf8(source.url));
        bindDate(q, 4, source.published);
        q.bind(5, static_cast<int64_t>(source.id));
        if (q.exec() == 0)
            throw notFound("source", source.id);
    });
}

void Store::deleteSource(SourceId id)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "DELETE FROM sources WHERE id = ?");
        q.bind(1, static_cast<int64_t>(id));
        if (q.exec() == 0)
            throw notFound("source", id);
    });
}

std::optional<Source> Store::source(SourceId id) const
{
    SQLite::Statement q(*m_db, "SELECT id, publisher, title, url, published FROM sources WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    return Source { q.getColumn(0).getInt64(), text(q, 1), text(q, 2), text(q, 3), dateColumn(q, 4) };
}

QList<Source> Store::sources() const
{
    QList<Source> out;
    SQLite::Statement q(*m_db, "SELECT id, publisher, title, url, published FROM sources ORDER BY publisher, title");
    while (q.executeStep())
        out.append(Source { q.getColumn(0).getInt64(), text(q, 1), text(q, 2), text(q, 3), dateColumn(q, 4) });
    return out;
}

SourceSnapshot Store::snapshotSource(SourceId id) const
{
    SourceSnapshot s;
    const auto src = source(id);
    if (!src)
        throw notFound("source", id);
    s.source = *src;
    SQLite::Statement q(*m_db, "SELECT event_id, quote, position FROM event_sources WHERE source_id = ?");
    q.bind(1, static_cast<int64_t>(id));
    while (q.executeStep())
        s.citations.append({ q.getColumn(0).getInt64(), text(q, 1), q.getColumn(2).getInt() });
    return s;
}

void Store::restoreSource(const SourceSnapshot &s)
{
    transaction([&] {
        addSource(s.source);
        SQLite::Statement q(*m_db,
                            "INSERT OR REPLACE INTO event_sources (event_id, source_id, quote, position) "
                            "VALUES (?,?,?,?)");
        for (const auto &c : s.citations) {
            q.bind(1, static_cast<int64_t>(c.eventId));
            q.bind(2, static_cast<int64_t>(s.source.id));
            q.bind(3, utf8(c.quote));
            q.bind(4, c.position);
            q.exec();
            q.reset();
        }
    });
}

// ---- links ----------------------------------------------------------------------------------

std::int64_t Store::addLink(const EventLink &link)
{
    return transaction([&] {
        SQLite::Statement q(*m_db, "INSERT INTO event_links (id, from_event, to_event, kind) VALUES (?,?,?,?)");
        link.id != 0 ? q.bind(1, static_cast<int64_t>(link.id)) : q.bind(1);
        q.bind(2, static_cast<int64_t>(link.from));
        q.bind(3, static_cast<int64_t>(link.to));
        q.bind(4, utf8(linkKindKey(link.kind)));
        try {
            q.exec();
        } catch (const SQLite::Exception &e) {
            throw StoreError(e.what());
        }
        return static_cast<std::int64_t>(m_db->getLastInsertRowid());
    });
}

void Store::deleteLink(std::int64_t id)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "DELETE FROM event_links WHERE id = ?");
        q.bind(1, static_cast<int64_t>(id));
        if (q.exec() == 0)
            throw notFound("link", id);
    });
}

QList<EventLink> Store::links() const
{
    QList<EventLink> out;
    SQLite::Statement q(*m_db, "SELECT id, from_event, to_event, kind FROM event_links ORDER BY id");
    while (q.executeStep())
        out.append({ q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                     linkKindFromKey(text(q, 3)).value_or(LinkKind::Follows) });
    return out;
}

QList<EventLink> Store::linksOf(EventId id) const
{
    QList<EventLink> out;
    SQLite::Statement q(*m_db,
                        "SELECT id, from_event, to_event, kind FROM event_links "
                        "WHERE from_event = ?1 OR to_event = ?1 ORDER BY id");
    q.bind(1, static_cast<int64_t>(id));
    while (q.executeStep())
        out.append({ q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                     linkKindFromKey(text(q, 3)).value_or(LinkKind::Follows) });
    return out;
}

// ---- eras -----------------------------------------------------------------------------------

EraId Store::addEra(const Era &era)
{
    if (!era.start.isValid() || !era.end.isValid() || era.end.endSeconds() < era.start.startSeconds())
        throw StoreError(
            QCoreApplication::translate("entente::Store", "An era needs a start and an end after it.").toStdString());
    return transaction([&] {
        SQLite::Statement q(*m_db,
                            "INSERT INTO eras (id, name, start_date, start_key, end_date, end_key, colour) "
                            "VALUES (?,?,?,?,?,?,?)");
        era.id != 0 ? q.bind(1, static_cast<int64_t>(era.id)) : q.bind(1);
        q.bind(2, utf8(era.name));
        q.bind(3, utf8(era.start.toIsoString()));
        q.bind(4, static_cast<int64_t>(era.start.startSeconds()));
        q.bind(5, utf8(era.end.toIsoString()));
        q.bind(6, static_cast<int64_t>(era.end.endSeconds()));
        q.bind(7, utf8(era.colour));
        q.exec();
        return static_cast<EraId>(m_db->getLastInsertRowid());
    });
}

void Store::updateEra(const Era &era)
{
    transaction([&] {
        SQLite::Statement q(*m_db,
                            "UPDATE eras SET name = ?, start_date = ?, start_key = ?, end_date = ?, "
                            "end_key = ?, colour = ? WHERE id = ?");
        q.bind(1, utf8(era.name));
        q.bind(2, utf8(era.start.toIsoString()));
        q.bind(3, static_cast<int64_t>(era.start.startSeconds()));
        q.bind(4, utf8(era.end.toIsoString()));
        q.bind(5, static_cast<int64_t>(era.end.endSeconds()));
        q.bind(6, utf8(era.colour));
        q.bind(7, static_cast<int64_t>(era.id));
        if (q.exec() == 0)
            throw notFound("era", era.id);
    });
}

void Store::deleteEra(EraId id)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "DELETE FROM eras WHERE id = ?");
        q.bind(1, static_cast<int64_t>(id));
        if (q.exec() == 0)
            throw notFound("era", id);
    });
}

QList<Era> Store::eras() const
{
    QList<Era> out;
    SQLite::Statement q(*m_db, "SELECT id, name, start_date, end_date, colour FROM eras ORDER BY start_key, id");
    while (q.executeStep()) {
        out.append({ q.getColumn(0).getInt64(), text(q, 1), FuzzyDate::parse(text(q, 2)).value_or(FuzzyDate()),
                     FuzzyDate::parse(text(q, 3)).value_or(FuzzyDate()), text(q, 4) });
    }
    return out;
}

// ---- stories --------------------------------------------------------------------------------

StoryId Store::addStory(const Story &story)
{
    return transaction([&] {
        SQLite::Statement q(*m_db, "INSERT INTO stories (id, name, description) VALUES (?,?,?)");
        story.id != 0 ? q.bind(1, static_cast<int64_t>(story.id)) : q.bind(1);
        q.bind(2, utf8(story.name));
        q.bind(3, utf8(story.description));
        try {
            q.exec();
        } catch (const SQLite::Exception &e) {
            throw StoreError(e.what());
        }
        Story stored = story;
        stored.id = m_db->getLastInsertRowid();
        updateStory(stored);
        return stored.id;
    });
}

void Store::updateStory(const Story &story)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "UPDATE stories SET name = ?, description = ? WHERE id = ?");
        q.bind(1, utf8(story.name));
        q.bind(2, utf8(story.description));
        q.bind(3, static_cast<int64_t>(story.id));
        if (q.exec() == 0)
            throw notFound("story", story.id);
        SQLite::Statement del(*m_db, "DELETE FROM story_steps WHERE story_id = ?");
        del.bind(1, static_cast<int64_t>(story.id));
        del.exec();
        SQLite::Statement add(*m_db,
                              "INSERT INTO story_steps (story_id, position, event_id, note, window_start, "
                              "window_end, actors) VALUES (?,?,?,?,?,?,?)");
        int pos = 0;
        for (const StoryStep &s : story.steps) {
            add.bind(1, static_cast<int64_t>(story.id));
            add.bind(2, pos++);
            add.bind(3, static_cast<int64_t>(s.eventId));
            add.bind(4, utf8(s.note));
            s.windowStart ? add.bind(5, static_cast<int64_t>(*s.windowStart)) : add.bind(5);
            s.windowEnd ? add.bind(6, static_cast<int64_t>(*s.windowEnd)) : add.bind(6);
            add.bind(7, utf8(joinIds(s.highlightedActors)));
            add.exec();
            add.reset();
        }
    });
}

void Store::deleteStory(StoryId id)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "DELETE FROM stories WHERE id = ?");
        q.bind(1, static_cast<int64_t>(id));
        if (q.exec() == 0)
            throw notFound("story", id);
    });
}

std::optional<Story> Store::story(StoryId id) const
{
    SQLite::Statement q(*m_db, "SELECT id, name, description FROM stories WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    Story s;
    s.id = q.getColumn(0).getInt64();
    s.name = text(q, 1);
    s.description = text(q, 2);
    SQLite::Statement qs(*m_db,
                         "SELECT event_id, note, window_start, window_end, actors FROM story_steps "
                         "WHERE story_id = ? ORDER BY position");
    qs.bind(1, static_cast<int64_t>(id));
    while (qs.executeStep()) {
        StoryStep step;
        step.eventId = qs.getColumn(0).getInt64();
        step.note = text(qs, 1);
        if (!qs.getColumn(2).isNull())
            step.windowStart = qs.getColumn(2).getInt64();
        if (!qs.getColumn(3).isNull())
            step.windowEnd = qs.getColumn(3).getInt64();
        step.highlightedActors = splitIds(text(qs, 4));
        s.steps.append(step);
    }
    return s;
}

QList<Story> Store::stories() const
{
    QList<StoryId> ids;
    SQLite::Statement q(*m_db, "SELECT id FROM stories ORDER BY name");
    while (q.executeStep())
        ids.append(q.getColumn(0).getInt64());
    QList<Story> out;
    for (StoryId id : ids) {
        if (auto s = story(id))
            out.append(*s);
    }
    return out;
}

} // namespace entente
