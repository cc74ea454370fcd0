#include "undocommands.h"

namespace entente {

DocumentCommand::DocumentCommand(Document *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{ }

DocumentCommand::~DocumentCommand() = default;

bool DocumentCommand::runBeforePush()
{
    setObsolete(false);
    redo();
    m_skipRedo = m_done;
    return m_done;
}

void DocumentCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    try {
        const DocumentChange change = store().transaction([this] { return doRedo(); });
        m_done = true;
        m_document->announce(change);
    } catch (const StoreError &e) {
        // The transaction rolled back: the file is as before. An obsolete command is dropped by
        // the stack instead of being pushed.
        m_document->reportError(e.message(), e.kind());
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
        m_document->reportError(e.message(), e.kind());
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
    // `other` is gone into `kept`, and the events of both now name `kept`.
    return {
        DocumentChange::Kind::Actors, { m_kept, m_other }, DocumentChange::Op::Edited, DocumentChange::Field::Actors
    };
}

DocumentChange MergeActorsCommand::doUndo()
{
    store().restoreActor(m_otherBefore);
    store().restoreActor(m_keptBefore);
    return {
        DocumentChange::Kind::Actors, { m_kept, m_other }, DocumentChange::Op::Edited, DocumentChange::Field::Actors
    };
}

SaveViewCommand::SaveViewCommand(Document *document, const QString &name, const EventFilter &filter)
    : DocumentCommand(document, QCoreApplication::translate("entente::Commands", "Save view"))
    , m_name(name.trimmed())
    , m_filter(filter)
{ }

DocumentChange SaveViewCommand::doRedo()
{
    m_replaced.reset();
    for (const SavedView &v : store().savedViews()) {
        if (v.name == m_name)
            m_replaced = v;
    }
    m_id = store().saveView(m_name, m_filter);
    return { DocumentChange::Kind::SavedViews,
             { m_id },
             m_replaced ? DocumentChange::Op::Edited : DocumentChange::Op::Added };
}

DocumentChange SaveViewCommand::doUndo()
{
    if (m_replaced) {
        store().saveView(m_replaced->name, m_replaced->filter);
        return { DocumentChange::Kind::SavedViews, { m_id }, DocumentChange::Op::Edited };
    }
    store().deleteView(m_id);
    return { DocumentChange::Kind::SavedViews, { m_id }, DocumentChange::Op::Removed };
}

DeleteViewCommand::DeleteViewCommand(Document *document, std::int64_t id)
    : DocumentCommand(document, QCoreApplication::translate("entente::Commands", "Delete view"))
    , m_id(id)
{ }

DocumentChange DeleteViewCommand::doRedo()
{
    bool found = false;
    for (const SavedView &v : store().savedViews()) {
        if (v.id == m_id) {
            m_deleted = v;
            found = true;
        }
    }
    if (!found)
        throw StoreError("no such view");
    store().deleteView(m_id);
    return { DocumentChange::Kind::SavedViews, { m_id }, DocumentChange::Op::Removed };
}

DocumentChange DeleteViewCommand::doUndo()
{
    // Saved again under its name: a new row, so later commands name it by its new id.
    m_id = store().saveView(m_deleted.name, m_deleted.filter);
    return { DocumentChange::Kind::SavedViews, { m_id }, DocumentChange::Op::Added };
}

} // namespace entente
