// Store: reading and writing events, sources and links. Actors are in storeactors.cpp, eras and
// stories in storestories.cpp.
#include "store/eventrow.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/storerows.h"
#include "textrule.h"

#include <sqlite3.h>

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

using namespace storerows;

namespace {

// The grades (schema version 4), bound and read as NULL when absent.
void bindReliability(SQLite::Statement &q, int index, const std::optional<Reliability> &r)
{
    r ? q.bind(index, utf8(reliabilityKey(*r))) : q.bind(index);
}

void bindCredibility(SQLite::Statement &q, int index, const std::optional<Credibility> &c)
{
    c ? q.bind(index, credibilityNumber(*c)) : q.bind(index);
}

std::optional<Reliability> reliabilityColumn(SQLite::Statement &q, int column)
{
    return q.getColumn(column).isNull() ? std::nullopt : reliabilityFromKey(Store::text(q, column));
}

std::optional<Credibility> credibilityColumn(SQLite::Statement &q, int column)
{
    return q.getColumn(column).isNull() ? std::nullopt : credibilityFromNumber(q.getColumn(column).getInt64());
}

Source sourceRow(SQLite::Statement &q)
{
    Source s { q.getColumn(0).getInt64(), Store::text(q, 1), Store::text(q, 2), Store::text(q, 3), dateColumn(q, 4) };
    s.reliability = reliabilityColumn(q, 5);
    s.author = Store::text(q, 6);
    return s;
}

} // namespace

// A read-only file older than version 4 has no grade (or author) columns: they read as NULL there.
const char *Store::gradeColumn(const char *column) const
{
    return !m_readOnly || Schema::hasSourceGrades(*m_db) ? column : "NULL";
}

// ---- events ---------------------------------------------------------------------------------

EventId Store::addEvent(const Event &event)
{
    if (!event.start.isValid())
        throw StoreError(
            QCoreApplication::translate("entente::Store", "An event needs a valid start date.").toStdString());
    return transaction([&] {
        Event withId = event;
        if (withId.id == 0)
            withId.id = takeId("events");
        try {
            EventRow::run(m_db->getHandle(),
                          std::string("INSERT INTO events ") + EventRow::columns()
                              + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                          EventRow::from(withId));
        } catch (const SQLite::Exception &e) {
            if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
                throw StoreError(
                    QCoreApplication::translate("entente::Store", "There is already an event with the id %1.")
                        .arg(event.id)
                        .toStdString());
            throw error(e);
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
        addActorLink.bind(3, TextRule::storable(a.role.isEmpty() ? QStringLiteral("participant") : a.role));
        addActorLink.bind(4, pos++);
        addActorLink.exec();
        addActorLink.reset();
    }
    SQLite::Statement delSources(*m_db, "DELETE FROM event_sources WHERE event_id = ?");
    delSources.bind(1, static_cast<int64_t>(event.id));
    delSources.exec();
    SQLite::Statement addSourceLink(*m_db,
                                    "INSERT OR REPLACE INTO event_sources (event_id, source_id, quote, "
                                    "position, credibility) VALUES (?,?,?,?,?)");
    pos = 0;
    for (const EventSource &s : event.sources) {
        addSourceLink.bind(1, static_cast<int64_t>(event.id));
        addSourceLink.bind(2, static_cast<int64_t>(s.sourceId));
        addSourceLink.bind(3, TextRule::storable(s.quote));
        addSourceLink.bind(4, pos++);
        bindCredibility(addSourceLink, 5, s.credibility);
        addSourceLink.exec();
        addSourceLink.reset();
        writeAccount(event.id, s.sourceId, s.account);
    }
    SQLite::Statement delTags(*m_db, "DELETE FROM event_tags WHERE event_id = ?");
    delTags.bind(1, static_cast<int64_t>(event.id));
    delTags.exec();
    SQLite::Statement addTag(*m_db, "INSERT OR IGNORE INTO tags (id, name) VALUES (?, ?)");
    SQLite::Statement hasTag(*m_db, "SELECT 1 FROM tags WHERE name = ?");
    SQLite::Statement linkTag(*m_db,
                              "INSERT OR IGNORE INTO event_tags (event_id, tag_id) "
                              "SELECT ?, id FROM tags WHERE name = ?");
    for (const QString &tag : event.tags) {
        // A shared timeline's new tag takes its id from the server.
        qint64 tagId = 0;
        if (m_shared) {
            hasTag.bind(1, TextRule::storable(tag));
            if (!hasTag.executeStep())
                tagId = takeId("tags");
            hasTag.reset();
        }
        tagId != 0 ? addTag.bind(1, static_cast<int64_t>(tagId)) : addTag.bind(1);
        addTag.bind(2, TextRule::storable(tag));
        addTag.exec();
        addTag.reset();
        linkTag.bind(1, static_cast<int64_t>(event.id));
        linkTag.bind(2, TextRule::storable(tag));
        linkTag.exec();
        linkTag.reset();
    }
    SQLite::Statement delAttributes(*m_db, "DELETE FROM event_attributes WHERE event_id = ?");
    delAttributes.bind(1, static_cast<int64_t>(event.id));
    delAttributes.exec();
    SQLite::Statement addAttribute(*m_db, "INSERT INTO event_attributes (event_id, key, value) VALUES (?,?,?)");
    for (auto it = event.attributes.cbegin(); it != event.attributes.cend(); ++it) {
        addAttribute.bind(1, static_cast<int64_t>(event.id));
        addAttribute.bind(2, TextRule::storable(it.key()));
        addAttribute.bind(3, TextRule::storable(it.value()));
        addAttribute.exec();
        addAttribute.reset();
    }
}

void Store::updateEvent(const Event &event)
{
    if (!event.start.isValid())
        throw StoreError(
            QCoreApplication::translate("entente::Store", "An event needs a valid start date.").toStdString());
    transaction([&] {
        if (EventRow::run(m_db->getHandle(), EventRow::updateStatement(), EventRow::from(event)) == 0)
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
    SQLite::Statement qs(*m_db,
                         std::string("SELECT source_id, quote, ") + gradeColumn("credibility")
                             + " FROM event_sources WHERE event_id = ? ORDER BY position");
    SQLite::Statement qt(*m_db,
                         "SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id "
                         "WHERE et.event_id = ? ORDER BY t.name");
    // Files before version 5 (read-only ones are not migrated) have no attributes.
    std::optional<SQLite::Statement> qattr;
    if (schemaVersion() >= 5)
        qattr.emplace(*m_db, "SELECT key, value FROM event_attributes WHERE event_id = ?");
    const auto qaccounts = accountQuery();
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
                e.sources.append({ qs.getColumn(0).getInt64(), text(qs, 1), credibilityColumn(qs, 2) });
            qs.reset();
            qt.bind(1, static_cast<int64_t>(id));
            while (qt.executeStep())
                e.tags.append(text(qt, 0));
            qt.reset();
            if (qattr) {
                qattr->bind(1, static_cast<int64_t>(id));
                while (qattr->executeStep())
                    e.attributes.insert(text(*qattr, 0), text(*qattr, 1));
                qattr->reset();
            }
            readAccounts(qaccounts.get(), e);
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
            step.bind(4, TextRule::storable(st.step.note));
            st.step.windowStart ? step.bind(5, static_cast<int64_t>(*st.step.windowStart)) : step.bind(5);
            st.step.windowEnd ? step.bind(6, static_cast<int64_t>(*st.step.windowEnd)) : step.bind(6);
            step.bind(7, utf8(joinIds(st.step.highlightedActors)));
            step.exec();
            step.reset();
        }
    });
}

// ---- sources --------------------------------------------------------------------------------

SourceId Store::addSource(const Source &source)
{
    return transaction([&] {
        SQLite::Statement q(*m_db,
                            "INSERT INTO sources (id, publisher, title, url, published, reliability, author) "
                            "VALUES (?,?,?,?,?,?,?)");
        const qint64 newId = source.id != 0 ? source.id : takeId("sources");
        newId != 0 ? q.bind(1, static_cast<int64_t>(newId)) : q.bind(1);
        q.bind(2, TextRule::storable(source.publisher));
        q.bind(3, TextRule::storable(source.title));
        q.bind(4, TextRule::storable(source.url));
        bindDate(q, 5, source.published);
        bindReliability(q, 6, source.reliability);
        q.bind(7, TextRule::storable(source.author));
        q.exec();
        return static_cast<SourceId>(m_db->getLastInsertRowid());
    });
}

void Store::updateSource(const Source &source)
{
    transaction([&] {
        SQLite::Statement q(*m_db,
                            "UPDATE sources SET publisher = ?, title = ?, url = ?, published = ?, reliability = ?, "
                            "author = ? WHERE id = ?");
        q.bind(1, TextRule::storable(source.publisher));
        q.bind(2, TextRule::storable(source.title));
        q.bind(3, TextRule::storable(source.url));
        bindDate(q, 4, source.published);
        bindReliability(q, 5, source.reliability);
        q.bind(6, TextRule::storable(source.author));
        q.bind(7, static_cast<int64_t>(source.id));
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
    SQLite::Statement q(*m_db,
                        std::string("SELECT id, publisher, title, url, published, ") + gradeColumn("reliability") + ", "
                            + gradeColumn("author") + " FROM sources WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    return sourceRow(q);
}

QList<Source> Store::sources() const
{
    QList<Source> out;
    SQLite::Statement q(*m_db,
                        std::string("SELECT id, publisher, title, url, published, ") + gradeColumn("reliability") + ", "
                            + gradeColumn("author") + " FROM sources ORDER BY publisher, title");
    while (q.executeStep())
        out.append(sourceRow(q));
    return out;
}

SourceSnapshot Store::snapshotSource(SourceId id) const
{
    SourceSnapshot s;
    const auto src = source(id);
    if (!src)
        throw notFound("source", id);
    s.source = *src;
    SQLite::Statement q(*m_db,
                        std::string("SELECT event_id, quote, position, ") + gradeColumn("credibility")
                            + " FROM event_sources WHERE source_id = ?");
    q.bind(1, static_cast<int64_t>(id));
    while (q.executeStep())
        s.citations.append({ q.getColumn(0).getInt64(), text(q, 1), q.getColumn(2).getInt(), credibilityColumn(q, 3) });
    // What each citing event's account says, so an undone delete gives it back.
    const auto qaccounts = accountQuery();
    for (auto &c : s.citations) {
        Event e;
        e.id = c.eventId;
        e.sources.append(EventSource { id, QString() });
        readAccounts(qaccounts.get(), e);
        c.account = e.sources.first().account;
    }
    return s;
}

void Store::restoreSource(const SourceSnapshot &s)
{
    transaction([&] {
        addSource(s.source);
        SQLite::Statement q(*m_db,
                            "INSERT OR REPLACE INTO event_sources (event_id, source_id, quote, position, "
                            "credibility) VALUES (?,?,?,?,?)");
        for (const auto &c : s.citations) {
            q.bind(1, static_cast<int64_t>(c.eventId));
            q.bind(2, static_cast<int64_t>(s.source.id));
            q.bind(3, TextRule::storable(c.quote));
            q.bind(4, c.position);
            bindCredibility(q, 5, c.credibility);
            q.exec();
            q.reset();
            writeAccount(c.eventId, s.source.id, c.account);
        }
    });
}

// ---- links ----------------------------------------------------------------------------------

std::int64_t Store::addLink(const EventLink &link)
{
    return transaction([&] {
        SQLite::Statement q(*m_db, "INSERT INTO event_links (id, from_event, to_event, kind) VALUES (?,?,?,?)");
        const qint64 newId = link.id != 0 ? link.id : takeId("event_links");
        newId != 0 ? q.bind(1, static_cast<int64_t>(newId)) : q.bind(1);
        q.bind(2, static_cast<int64_t>(link.from));
        q.bind(3, static_cast<int64_t>(link.to));
        q.bind(4, utf8(linkKindKey(link.kind)));
        try {
            q.exec();
        } catch (const SQLite::Exception &e) {
            throw error(e);
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

} // namespace entente
