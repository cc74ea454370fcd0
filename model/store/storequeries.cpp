// Store: the file's meta data, saved views and the queries the views ask (events by filter,
// range, actor, kind, status or words; counts, kinds, tags and the span of dates).
#include "store/sqlcondition.h"
#include "store/store.h"

#include "store/pg/pgmirror.h"

#include "utf8.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace entente {

QString Store::meta(const QString &key) const
{
    SQLite::Statement q(*m_db, "SELECT value FROM meta WHERE key = ?");
    q.bind(1, key.toStdString());
    return q.executeStep() ? text(q, 0) : QString();
}

void Store::setMeta(const QString &key, const QString &value)
{
    transaction([&] {
        SQLite::Statement q(*m_db,
                            "INSERT INTO meta (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        q.bind(1, key.toStdString());
        q.bind(2, value.toStdString());
        q.exec();
    });
}

std::int64_t Store::saveView(const QString &name, const EventFilter &filter)
{
    return transaction([&] {
        SQLite::Statement q(*m_db,
                            "INSERT INTO saved_views (id, name, filter) VALUES (?, ?, ?) "
                            "ON CONFLICT (name) DO UPDATE SET filter = excluded.filter");
        const qint64 newId = takeId("saved_views");
        newId != 0 ? q.bind(1, static_cast<int64_t>(newId)) : q.bind(1);
        q.bind(2, name.trimmed().toStdString());
        q.bind(3, QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact).toStdString());
        q.exec();
        SQLite::Statement id(*m_db, "SELECT id FROM saved_views WHERE name = ?");
        id.bind(1, name.trimmed().toStdString());
        id.executeStep();
        return static_cast<std::int64_t>(id.getColumn(0).getInt64());
    });
}

void Store::addViewUnlessNamed(const QString &name, const QString &filterJson)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "INSERT OR IGNORE INTO saved_views (id, name, filter) VALUES (?, ?, ?)");
        const qint64 newId = takeId("saved_views");
        newId != 0 ? q.bind(1, static_cast<int64_t>(newId)) : q.bind(1);
        q.bind(2, name.toStdString());
        q.bind(3, filterJson.toStdString());
        q.exec();
    });
}

void Store::deleteView(std::int64_t id)
{
    transaction([&] {
        SQLite::Statement q(*m_db, "DELETE FROM saved_views WHERE id = ?");
        q.bind(1, static_cast<int64_t>(id));
        q.exec();
    });
}

QList<SavedView> Store::savedViews() const
{
    QList<SavedView> out;
    SQLite::Statement q(*m_db, "SELECT id, name, filter FROM saved_views ORDER BY name COLLATE NOCASE");
    while (q.executeStep()) {
        const QJsonObject o = QJsonDocument::fromJson(text(q, 2).toUtf8()).object();
        out.append({ q.getColumn(0).getInt64(), text(q, 1), EventFilter::fromJson(o) });
    }
    return out;
}

QList<EventId> Store::eventIds(const EventFilter &filter, EventOrder order, bool descending, qint64 limit,
                               qint64 offset) const
{
    // A page of a search that matches more than one event in fifty is found sooner by walking the
    // order's index and testing each event than by sorting every match (see toSql()).
    bool scanInOrder = false;
    if (limit >= 0 && !toFtsQuery(filter.text).isEmpty()) {
        EventFilter textOnly;
        textOnly.text = filter.text;
        scanInOrder = countEvents(textOnly) * 50 > countEvents();
    }
    const SqlCondition c = toSql(filter, scanInOrder);
    const char *dir = descending ? " DESC" : " ASC";
    QString orderBy;
    switch (order) {
    case EventOrder::Date:
        orderBy = QStringLiteral("e.start_key%1, e.id%1");
        break;
    case EventOrder::Title:
        orderBy = QStringLiteral("e.title COLLATE NOCASE%1, e.id%1");
        break;
    case EventOrder::Kind:
        orderBy = QStringLiteral("e.kind%1, e.start_key%1");
        break;
    case EventOrder::Status:
        orderBy = QStringLiteral("e.status%1, e.start_key%1");
        break;
    case EventOrder::Id:
        orderBy = QStringLiteral("e.id%1");
        break;
    }
    orderBy = orderBy.arg(QLatin1String(dir));
    SQLite::Statement q(
        *m_db,
        utf8(QStringLiteral("SELECT e.id FROM events e WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?").arg(c.where, orderBy)));
    int i = 1;
    for (const QVariant &p : c.params)
        bind(q, i++, p);
    q.bind(i++, static_cast<int64_t>(limit));
    q.bind(i, static_cast<int64_t>(offset));
    return idsFrom(q);
}

qint64 Store::countEvents(const EventFilter &filter) const
{
    // A search alone is counted in the search index, without touching the events table.
    EventFilter textOnly;
    textOnly.text = filter.text;
    if (filter == textOnly && !toFtsQuery(filter.text).isEmpty()) {
        SQLite::Statement q(*m_db, "SELECT count(*) FROM events_fts WHERE events_fts MATCH ?");
        q.bind(1, toFtsQuery(filter.text).toStdString());
        q.executeStep();
        return q.getColumn(0).getInt64();
    }
    const SqlCondition c = toSql(filter);
    SQLite::Statement q(*m_db, utf8(QStringLiteral("SELECT count(*) FROM events e WHERE %1").arg(c.where)));
    int i = 1;
    for (const QVariant &p : c.params)
        bind(q, i++, p);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

QList<EventId> Store::eventsInRange(std::int64_t from, std::int64_t to) const
{
    EventFilter f;
    f.from = from;
    f.to = to;
    return eventIds(f);
}

QList<EventId> Store::eventsByActor(ActorId actor) const
{
    EventFilter f;
    f.actors = { actor };
    return eventIds(f);
}

QList<EventId> Store::eventsByKind(const QString &kind) const
{
    EventFilter f;
    f.kinds = { kind };
    return eventIds(f);
}

QList<EventId> Store::eventsByStatus(ClaimStatus status) const
{
    EventFilter f;
    f.statuses = { status };
    return eventIds(f);
}

QList<EventId> Store::search(const QString &textQuery) const
{
    EventFilter f;
    f.text = textQuery;
    if (toFtsQuery(textQuery).isEmpty())
        return {};
    // A shared timeline asks its server; offline, the mirror's index answers.
    if (m_shared) {
        if (std::optional<QList<EventId>> found = m_shared->search(textQuery))
            return *found;
    }
    return eventIds(f);
}

QStringList Store::kinds() const
{
    QStringList out;
    // One step of the kind index per kind, not a scan of it: at 5M events the DISTINCT read
    // every entry (0.7 s at open, on the GUI thread), this reads a few dozen.
    SQLite::Statement q(*m_db,
                        "WITH RECURSIVE k(kind) AS ("
                        " SELECT (SELECT kind FROM events WHERE kind > '' ORDER BY kind LIMIT 1)"
                        " UNION ALL SELECT (SELECT kind FROM events WHERE kind > k.kind ORDER BY kind LIMIT 1)"
                        " FROM k WHERE k.kind IS NOT NULL) "
                        "SELECT kind FROM k WHERE kind IS NOT NULL");
    while (q.executeStep())
        out.append(text(q, 0));
    return out;
}

QStringList Store::tags() const
{
    QStringList out;
    SQLite::Statement q(*m_db, "SELECT name FROM tags ORDER BY name");
    while (q.executeStep())
        out.append(text(q, 0));
    return out;
}

StoreCounts Store::counts() const
{
    StoreCounts c;
    c.events = m_db->execAndGet("SELECT count(*) FROM events").getInt64();
    c.actors = m_db->execAndGet("SELECT count(*) FROM actors").getInt64();
    c.sources = m_db->execAndGet("SELECT count(*) FROM sources").getInt64();
    c.eras = m_db->execAndGet("SELECT count(*) FROM eras").getInt64();
    c.stories = m_db->execAndGet("SELECT count(*) FROM stories").getInt64();
    return c;
}

std::optional<std::pair<FuzzyDate, FuzzyDate>> Store::span() const
{
    SQLite::Statement first(*m_db, "SELECT start_date FROM events ORDER BY start_key, id LIMIT 1");
    SQLite::Statement last(*m_db, "SELECT start_date FROM events ORDER BY start_key DESC, id DESC LIMIT 1");
    if (!first.executeStep() || !last.executeStep())
        return std::nullopt;
    const auto a = FuzzyDate::parse(text(first, 0));
    const auto b = FuzzyDate::parse(text(last, 0));
    if (!a || !b)
        return std::nullopt;
    return std::make_pair(*a, *b);
}

QStringList Store::publishers(const EventFilter &filter, int limit) const
{
    const SqlCondition c = toSql(filter);
    SQLite::Statement q(*m_db,
                        utf8(QStringLiteral("SELECT s.publisher FROM events e "
                                            "JOIN event_sources es ON es.event_id = e.id "
                                            "JOIN sources s ON s.id = es.source_id "
                                            "WHERE (%1) AND s.publisher <> '' "
                                            "GROUP BY s.publisher ORDER BY count(*) DESC, s.publisher "
                                            "LIMIT ?")
                                 .arg(c.where)));
    int i = 1;
    for (const QVariant &p : c.params)
        bind(q, i++, p);
    q.bind(i, limit);
    QStringList out;
    while (q.executeStep())
        out.append(text(q, 0));
    return out;
}

} // namespace entente
