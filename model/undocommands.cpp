#include "undocommands.h"

namespace entente {

DocumentCommand::DocumentCommand(Document *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{ }

void DocumentCommand::redo()
{
    try {
        const DocumentChange change = store().transaction([this] { return doRedo(); });
        m_done = true;
        m_document->announce(change);
    } catch (const StoreError &e) {
        // The transaction rolled back: the file is as before. An obsolete command is dropped by
        // the stack instead of being pushed.
        m_document->reportError(e.message());
        setObsolete(true);
    }
}

void DocumentCommand::undo()
{
    if (!m_done)
        return;
    try {
        const DocumentChange change = store().transaction([this] { return doUndo(); });
        m_done = false;
        m_document->announce(change);
    } catch (const StoreError &e) {
        m_document->reportError(e.message());
        setObsolete(true);
    }
}

MergeActorsCommand::MergeActorsCommand(Document *document, ActorId kept, ActorId other)
    : DocumentCommand(document, QCoreApplication::translate("entente::Commands", "Merge actors"))
    , m_kept(kept)
    , m_other(other)
{ }

DocumentChange MergeActorsCommand::doRedo()
{
    m_keptBefore = store().snapshotActor(m_kept);
    m_otherBefore = store().snapshotActor(m_other);
    store().mergeActors(m_kept, m_other);
    return { DocumentChange::Kind::Actors, { m_kept, m_other } };
}

DocumentChange MergeActorsCommand::doUndo()
{
    store().restoreActor(m_otherBefore);
    store().restoreActor(m_keptBefore);
    return { DocumentChange::Kind::Actors, { m_kept, m_other } };
}

} // namespace entente
