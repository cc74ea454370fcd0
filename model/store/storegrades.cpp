// Store: the Admiralty grades an import read, written once its rows are (the bulk writer,
// EventWriter, knows nothing of them).
#include "store/schema.h"
#include "store/store.h"
#include "store/storerows.h"
#include "textrule.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

void Store::applyGrades(const std::vector<std::pair<SourceId, Source>> &sources,
                        const std::vector<std::tuple<EventId, SourceId, Credibility>> &links)
{
    if (sources.empty() && links.empty())
        return;
    transaction([&] {
        SQLite::Statement source(*m_db,
                                 "UPDATE sources SET reliability = coalesce(?, reliability), "
                                 "author = coalesce(nullif(?, ''), author) WHERE id = ?");
        for (const auto &[id, record] : sources) {
            record.reliability ? source.bind(1, utf8(reliabilityKey(*record.reliability))) : source.bind(1);
            source.bind(2, TextRule::storable(record.author));
            source.bind(3, static_cast<int64_t>(id));
            source.exec();
            source.reset();
        }
        SQLite::Statement link(*m_db, "UPDATE event_sources SET credibility = ? WHERE event_id = ? AND source_id = ?");
        for (const auto &[eventId, sourceId, credibility] : links) {
            link.bind(1, credibilityNumber(credibility));
            link.bind(2, static_cast<int64_t>(eventId));
            link.bind(3, static_cast<int64_t>(sourceId));
            link.exec();
            link.reset();
        }
    });
}

Grade Store::bestGrade(EventId id) const
{
    if (m_readOnly && !Schema::hasSourceGrades(*m_db))
        return {};
    // The best-graded report: its source's letter first, then its number; ungraded parts last.
    SQLite::Statement q(*m_db,
                        "SELECT s.reliability, es.credibility FROM event_sources es JOIN sources s "
                        "ON s.id = es.source_id WHERE es.event_id = ? "
                        "AND (s.reliability IS NOT NULL OR es.credibility IS NOT NULL) "
                        "ORDER BY s.reliability IS NULL, s.reliability, es.credibility IS NULL, es.credibility "
                        "LIMIT 1");
    q.bind(1, static_cast<int64_t>(id));
    Grade g;
    if (q.executeStep()) {
        if (!q.getColumn(0).isNull())
            g.reliability = reliabilityFromKey(text(q, 0));
        if (!q.getColumn(1).isNull())
            g.credibility = credibilityFromNumber(q.getColumn(1).getInt64());
    }
    return g;
}

QHash<EventId, Grade> Store::bestGrades() const
{
    QHash<EventId, Grade> out;
    if (m_readOnly && !Schema::hasSourceGrades(*m_db))
        return out;
    // Each event's reports, best first (as bestGrade orders them): the first row of each wins.
    SQLite::Statement q(*m_db,
                        "SELECT es.event_id, s.reliability, es.credibility FROM event_sources es JOIN sources s "
                        "ON s.id = es.source_id WHERE s.reliability IS NOT NULL OR es.credibility IS NOT NULL "
                        "ORDER BY es.event_id, s.reliability IS NULL, s.reliability, es.credibility IS NULL, "
                        "es.credibility");
    while (q.executeStep()) {
        const EventId id = q.getColumn(0).getInt64();
        if (out.contains(id))
            continue;
        Grade g;
        if (!q.getColumn(1).isNull())
            g.reliability = reliabilityFromKey(text(q, 1));
        if (!q.getColumn(2).isNull())
            g.credibility = credibilityFromNumber(q.getColumn(2).getInt64());
        out.insert(id, g);
    }
    return out;
}

} // namespace entente
