#pragma once

#include "undocommands.h"

namespace entente {

// Sets an event's accounts (its source links with their quotes, grades and what each says
// differently) as one undo step, its other fields left as they are.
class AccountCommand final : public DocumentCommand
{
public:
    AccountCommand(Document *document, EventId eventId, const QList<EventSource> &before,
                   const QList<EventSource> &after);

protected:
    DocumentChange doRedo() override;
    DocumentChange doUndo() override;

private:
    EventId m_eventId;
    QList<EventSource> m_before;
    QList<EventSource> m_after;
};

} // namespace entente
