// Store: reading and writing eras and stories.
#include "store/store.h"
#include "store/storerows.h"
#include "textrule.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

using namespace storerows;

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
        const qint64 newId = era.id != 0 ? era.id : takeId("eras");
        newId != 0 ? q.bind(1, static_cast<int64_t>(newId)) : q.bind(1);
        q.bind(2, TextRule::storable(era.name));
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
        q.bind(1, TextRule::storable(era.name));
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
        const qint64 newId = story.id != 0 ? story.id : takeId("stories");
        newId != 0 ? q.bind(1, static_cast<int64_t>(newId)) : q.bind(1);
        q.bind(2, TextRule::storable(story.name));
        q.bind(3, TextRule::storable(story.description));
        try {
            q.exec();
        } catch (const SQLite::Exception &e) {
            throw error(e);
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
        q.bind(1, TextRule::storable(story.name));
        q.bind(2, TextRule::storable(story.description));
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
            add.bind(4, TextRule::storable(s.note));
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
