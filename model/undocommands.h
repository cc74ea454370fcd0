#pragma once

#include "document.h"
#include "recordtraits.h"

#include <QUndoCommand>

namespace entente {

// Merge ids live in one place (Tiled's undocommands.h): consecutive edits of the same record
// with the same id fold into one undo step.
enum CommandId {
    Cmd_EditEvent = 1,
    Cmd_EditActor,
    Cmd_EditSource,
    Cmd_EditEra,
    Cmd_EditStory,
};

// The base of every Entente command: runs the store work, turns a refusal into an error on the
// document (and an obsolete command, which the stack drops), and announces what changed.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *document, const QString &text);
    ~DocumentCommand() override;
    void redo() final;
    void undo() final;
    // Runs the command before the undo stack takes it (the stack's own first redo is then
    // skipped): how a shared timeline keeps an edit the server refused, to apply it anyway.
    // Returns whether it went through.
    bool runBeforePush();

protected:
    virtual DocumentChange doRedo() = 0;
    virtual DocumentChange doUndo() = 0;
    Document *m_document;
    Store &store() { return m_document->writableStore(); }

private:
    bool m_done = false;
    bool m_skipRedo = false; // runBeforePush() did the stack's first redo
};

template<typename Traits> class AddCommand final : public DocumentCommand
{
public:
    AddCommand(Document *document, const typename Traits::Record &record)
        : DocumentCommand(document, QCoreApplication::translate("entente::Commands", "Add %1").arg(Traits::noun()))
        , m_record(record)
    { }
    std::int64_t recordId() const { return m_record.id; }

protected:
    DocumentChange doRedo() override
    {
        // The first redo assigns the id; later redos reuse it so links to it stay valid.
        m_record.id = Traits::add(store(), m_record);
        return { Traits::kKind, { m_record.id }, DocumentChange::Op::Added };
    }
    DocumentChange doUndo() override
    {
        Traits::remove(store(), m_record.id);
        return { Traits::kKind, { m_record.id }, DocumentChange::Op::Removed };
    }

private:
    typename Traits::Record m_record;
};

template<typename Traits, int MergeId> class EditCommand final : public DocumentCommand
{
public:
    EditCommand(Document *document, const typename Traits::Record &before, const typename Traits::Record &after)
        : DocumentCommand(document, QCoreApplication::translate("entente::Commands", "Edit %1").arg(Traits::noun()))
        , m_before(before)
        , m_after(after)
    { }
    int id() const override { return MergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const EditCommand *>(other);
        if (!o || o->m_before.id != m_before.id || o->m_before != m_after)
            return false;
        m_after = o->m_after;
        return true;
    }

protected:
    DocumentChange doRedo() override
    {
        Traits::update(store(), m_after);
        return { Traits::kKind, { m_after.id }, DocumentChange::Op::Edited, Traits::changed(m_before, m_after) };
    }
    DocumentChange doUndo() override
    {
        Traits::update(store(), m_before);
        return { Traits::kKind, { m_before.id }, DocumentChange::Op::Edited, Traits::changed(m_after, m_before) };
    }

private:
    typename Traits::Record m_before;
    typename Traits::Record m_after;
};

template<typename Traits> class DeleteCommand final : public DocumentCommand
{
public:
    DeleteCommand(Document *document, std::int64_t id)
        : DocumentCommand(document, QCoreApplication::translate("entente::Commands", "Delete %1").arg(Traits::noun()))
        , m_id(id)
    { }

protected:
    DocumentChange doRedo() override
    {
        // Taken at each redo: what is deleted is what the file holds now.
        m_snapshot = Traits::snapshot(store(), m_id);
        Traits::remove(store(), m_id);
        // A deleted actor or source changes the events that named it.
        return { Traits::kKind, { m_id }, DocumentChange::Op::Removed };
    }
    DocumentChange doUndo() override
    {
        Traits::restore(store(), m_snapshot);
        return { Traits::kKind, { m_id }, DocumentChange::Op::Added };
    }

private:
    std::int64_t m_id;
    typename Traits::Snapshot m_snapshot {};
};

// Folds one actor into another (events, roles, aliases, titles) as one undoable step.
class MergeActorsCommand final : public DocumentCommand
{
public:
    MergeActorsCommand(Document *document, ActorId kept, ActorId other);

protected:
    DocumentChange doRedo() override;
    DocumentChange doUndo() override;

private:
    ActorId m_kept;
    ActorId m_other;
    ActorSnapshot m_keptBefore;
    ActorSnapshot m_otherBefore;
};

// Saves the filter under a name, replacing the view of that name if there is one.
class SaveViewCommand final : public DocumentCommand
{
public:
    SaveViewCommand(Document *document, const QString &name, const EventFilter &filter);
    std::int64_t viewId() const { return m_id; }

protected:
    DocumentChange doRedo() override;
    DocumentChange doUndo() override;

private:
    QString m_name;
    EventFilter m_filter;
    std::optional<SavedView> m_replaced; // the view of that name before, put back by undo
    std::int64_t m_id = 0;
};

class DeleteViewCommand final : public DocumentCommand
{
public:
    DeleteViewCommand(Document *document, std::int64_t id);

protected:
    DocumentChange doRedo() override;
    DocumentChange doUndo() override;

private:
    std::int64_t m_id;
    SavedView m_deleted;
};

using AddEventCommand = AddCommand<EventTraits>;
using EditEventCommand = EditCommand<EventTraits, Cmd_EditEvent>;
using DeleteEventCommand = DeleteCommand<EventTraits>;
using AddActorCommand = AddCommand<ActorTraits>;
using EditActorCommand = EditCommand<ActorTraits, Cmd_EditActor>;
using DeleteActorCommand = DeleteCommand<ActorTraits>;
using AddSourceCommand = AddCommand<SourceTraits>;
using EditSourceCommand = EditCommand<SourceTraits, Cmd_EditSource>;
using DeleteSourceCommand = DeleteCommand<SourceTraits>;
using AddLinkCommand = AddCommand<LinkTraits>;
using DeleteLinkCommand = DeleteCommand<LinkTraits>;
using AddEraCommand = AddCommand<EraTraits>;
using EditEraCommand = EditCommand<EraTraits, Cmd_EditEra>;
using DeleteEraCommand = DeleteCommand<EraTraits>;
using AddStoryCommand = AddCommand<StoryTraits>;
using EditStoryCommand = EditCommand<StoryTraits, Cmd_EditStory>;
using DeleteStoryCommand = DeleteCommand<StoryTraits>;

} // namespace entente
