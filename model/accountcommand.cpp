#include "accountcommand.h"

namespace entente {

AccountCommand::AccountCommand(Document *document, EventId eventId, const QList<EventSource> &before,
                               const QList<EventSource> &after)
    : DocumentCommand(document, QCoreApplication::translate("entente::Commands", "Edit Accounts"))
    , m_eventId(eventId)
    , m_before(before)
    , m_after(after)
{ }

DocumentChange AccountCommand::doRedo()
{
    store().setAccounts(m_eventId, m_after);
    return { DocumentChange::Kind::Events, { m_eventId }, DocumentChange::Op::Edited, DocumentChange::Field::Sources };
}

DocumentChange AccountCommand::doUndo()
{
    store().setAccounts(m_eventId, m_before);
    return { DocumentChange::Kind::Events, { m_eventId }, DocumentChange::Op::Edited, DocumentChange::Field::Sources };
}

} // namespace entente
