#include "document.h"

#include "storyequality.h"

#include "undocommands.h"

#include <QFileInfo>

namespace entente {

Document::Document(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    qRegisterMetaType<entente::DocumentChange>();
}

Document::~Document()
{
    // Commands refer to the store: drop them first.
    m_undoStack.clear();
}

Document::OpenResult Document::open(const QString &path, Store::OpenOptions options)
{
    OpenResult result;
    auto opened = Store::open(path, options);
    if (!opened.store) {
        result.error = opened.error;
        result.kind = opened.kind;
        return result;
    }
    result.notice = opened.notice;
    result.document = std::make_unique<Document>(std::move(opened.store));
    return result;
}

QString Document::title() const
{
    const QString t = m_store->meta(QStringLiteral("title"));
    if (!t.isEmpty())
        return t;
    return m_store->path().isEmpty() ? tr("Untitled") : QFileInfo(m_store->path()).completeBaseName();
}

bool Document::push(QUndoCommand *command)
{
    m_failed = false;
    if (m_store->isReadOnly()) {
        delete command;
        reportError(tr("%1 is open read-only: it cannot be changed.").arg(QFileInfo(path()).fileName()));
        return false;
    }
    // QUndoStack::push runs redo(); a refused edit marks itself obsolete and is dropped.
    m_undoStack.push(command);
    return !m_failed;
}

void Document::announce(const DocumentChange &change)
{
    emit changed(change);
}

void Document::reportError(const QString &message)
{
    m_failed = true;
    m_lastError = message;
    emit errorOccurred(message);
}

namespace {

template<typename Command, typename Record> std::optional<std::int64_t> pushAdd(Document *doc, const Record &record)
{
    auto *command = new Command(doc, record);
    if (!doc->push(command))
        return std::nullopt;
    // The stack owns the command now, and it stays alive while on the stack.
    return command->recordId();
}

} // namespace

std::optional<EventId> Document::addEvent(const Event &event)
{
    return pushAdd<AddEventCommand>(this, event);
}

bool Document::editEvent(const Event &event)
{
    const auto before = m_store->event(event.id);
    if (!before) {
        reportError(tr("The event no longer exists."));
        return false;
    }
    if (*before == event)
        return true;
    return push(new EditEventCommand(this, *before, event));
}

bool Document::deleteEvent(EventId id)
{
    return push(new DeleteEventCommand(this, id));
}

std::optional<ActorId> Document::addActor(const Actor &actor)
{
    return pushAdd<AddActorCommand>(this, actor);
}

bool Document::editActor(const Actor &actor)
{
    const auto before = m_store->actor(actor.id);
    if (!before) {
        reportError(tr("The actor no longer exists."));
        return false;
    }
    if (*before == actor)
        return true;
    return push(new EditActorCommand(this, *before, actor));
}

bool Document::deleteActor(ActorId id)
{
    return push(new DeleteActorCommand(this, id));
}

bool Document::mergeActors(ActorId kept, ActorId other)
{
    return push(new MergeActorsCommand(this, kept, other));
}

std::optional<SourceId> Document::addSource(const Source &source)
{
    return pushAdd<AddSourceCommand>(this, source);
}

bool Document::editSource(const Source &source)
{
    const auto before = m_store->source(source.id);
    if (!before) {
        reportError(tr("The source no longer exists."));
        return false;
    }
    if (*before == source)
        return true;
    return push(new EditSourceCommand(this, *before, source));
}

bool Document::deleteSource(SourceId id)
{
    return push(new DeleteSourceCommand(this, id));
}

std::optional<std::int64_t> Document::addLink(const EventLink &link)
{
    return pushAdd<AddLinkCommand>(this, link);
}

bool Document::deleteLink(std::int64_t id)
{
    return push(new DeleteLinkCommand(this, id));
}

std::optional<EraId> Document::addEra(const Era &era)
{
    return pushAdd<AddEraCommand>(this, era);
}

bool Document::editEra(const Era &era)
{
    for (const Era &before : m_store->eras()) {
        if (before.id == era.id)
            return before == era || push(new EditEraCommand(this, before, era));
    }
    reportError(tr("The era no longer exists."));
    return false;
}

bool Document::deleteEra(EraId id)
{
    return push(new DeleteEraCommand(this, id));
}

std::optional<StoryId> Document::addStory(const Story &story)
{
    return pushAdd<AddStoryCommand>(this, story);
}

bool Document::editStory(const Story &story)
{
    const auto before = m_store->story(story.id);
    if (!before) {
        reportError(tr("The story no longer exists."));
        return false;
    }
    if (sameStory(*before, story))
        return true;
    return push(new EditStoryCommand(this, *before, story));
}

bool Document::deleteStory(StoryId id)
{
    return push(new DeleteStoryCommand(this, id));
}

} // namespace entente
