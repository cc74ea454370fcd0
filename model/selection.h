#pragma once

#include "event.h"
#include "eventfilter.h"

#include <QObject>

#include <optional>

namespace entente {

// What the user is looking at, shared by every view: selecting an event or actor anywhere
// (table, timeline, graph, chart, search) selects it everywhere, and one filter drives them all.
class Selection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Selection)

public:
    explicit Selection(QObject *parent = nullptr);

    std::optional<EventId> event() const { return m_event; }
    std::optional<ActorId> actor() const { return m_actor; }
    const EventFilter &filter() const { return m_filter; }

    void setEvent(std::optional<EventId> id);
    void setActor(std::optional<ActorId> id);
    void setFilter(const EventFilter &filter);
    void clear();

signals:
    void eventChanged(std::optional<entente::EventId> id);
    void actorChanged(std::optional<entente::ActorId> id);
    void filterChanged(const entente::EventFilter &filter);

private:
    std::optional<EventId> m_event;
    std::optional<ActorId> m_actor;
    EventFilter m_filter;
};

} // namespace entente
