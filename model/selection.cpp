#include "selection.h"

namespace entente {

Selection::Selection(QObject *parent)
    : QObject(parent)
{ }

void Selection::setEvent(std::optional<EventId> id)
{
    if (m_event == id)
        return;
    m_event = id;
    emit eventChanged(id);
}

void Selection::setActor(std::optional<ActorId> id)
{
    if (m_actor == id)
        return;
    m_actor = id;
    emit actorChanged(id);
}

void Selection::setFilter(const EventFilter &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    emit filterChanged(m_filter);
}

void Selection::clear()
{
    setEvent(std::nullopt);
    setActor(std::nullopt);
}

} // namespace entente
