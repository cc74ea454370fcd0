#pragma once

#include "era.h"
#include "event.h"
#include "source.h"

#include <QWidget>

#include <optional>

namespace entente {

class Store;

// The small forms of the Edit menu, each shown in a validating dialog: a source, an era, a
// link between events, the two actors of a merge. Each returns nullopt when cancelled.
class RecordForms
{
public:
    static std::optional<Source> editSource(const Source &source, QWidget *parent);
    static std::optional<Era> editEra(const Era &era, QWidget *parent);
    static std::optional<EventLink> editLink(const Store &store, EventId from, QWidget *parent);
    // (kept, merged)
    static std::optional<std::pair<ActorId, ActorId>> chooseMerge(const Store &store, std::optional<ActorId> first,
                                                                  QWidget *parent);
};

} // namespace entente
