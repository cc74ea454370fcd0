#include "undocommands.h"

namespace entente {

DocumentChange::Fields changedFields(const Event &before, const Event &after)
{
    using F = DocumentChange::Field;
    DocumentChange::Fields fields;
    auto mark = [&fields](bool changed, F field) {
        if (changed)
            fields |= field;
    };
    mark(before.title != after.title, F::Title);
    mark(before.start != after.start || before.end != after.end, F::Dates);
    mark(before.kind != after.kind, F::Kind);
    mark(before.status != after.status, F::Status);
    mark(before.actors != after.actors, F::Actors);
    mark(before.place != after.place || before.latitude != after.latitude || before.longitude != after.longitude,
         F::Place);
    mark(before.sources != after.sources, F::Sources);
    mark(before.summary != after.summary || before.tags != after.tags, F::Text);
    return fields;
}

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
