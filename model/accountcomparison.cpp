#include "accountcomparison.h"

#include <QSet>

namespace entente {

AccountComparison::AccountComparison(const Event &event)
{
    QList<ActorId> eventActors;
    for (const EventActor &a : event.actors) {
        if (!eventActors.contains(a.actorId))
            eventActors.append(a.actorId);
    }
    for (const EventSource &s : event.sources) {
        const Account &a = s.account;
        Row row { s.sourceId,
                  s.quote,
                  s.credibility,
                  a.status.value_or(event.status),
                  a.start.value_or(event.start),
                  a.start ? a.end : event.end,
                  a.figure.trimmed(),
                  a.actors.isEmpty() ? eventActors : a.actors,
                  0 };
        row.own = (a.status ? Status : 0) | (a.start ? Date : 0) | (row.figure.isEmpty() ? 0 : Figure)
            | (a.actors.isEmpty() ? 0 : Actors);
        m_rows.append(row);
    }
    for (qsizetype i = 1; i < m_rows.size(); ++i) {
        const Row &first = m_rows.first();
        const Row &r = m_rows.at(i);
        if (r.status != first.status)
            m_differing |= Status;
        if (r.start != first.start || r.end != first.end)
            m_differing |= Date;
        const QSet<ActorId> a(r.actors.cbegin(), r.actors.cend());
        if (a != QSet<ActorId>(first.actors.cbegin(), first.actors.cend()))
            m_differing |= Actors;
    }
    QString figure;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.figure.isEmpty())
            continue;
        if (figure.isEmpty())
            figure = r.figure;
        else if (r.figure != figure)
            m_differing |= Figure;
    }
}

bool AccountComparison::hasOwnFields() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.own != 0; });
}

} // namespace entente
