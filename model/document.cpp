#include "document.h"

#include "accountcommand.h"
#include "graph/nodepositions.h"
#include "importcommand.h"
#include "store/pg/pgmirror.h"
#include "storyequality.h"
#include "undocommands.h"

#include <QFileInfo>
#include <QFutureWatcher>

namespace entente {

Document::Document(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_reads(std::make_unique<ReadQueue>(*m_store))
{
    qRegisterMetaType<entente::DocumentChange>();
}

Document::~Document()
{
    // An import still running is taken back; the readers finish (views cancel theirs first).
    m_importCancel.cancel();
    m_reads.reset();
    // Commands refer to the store: drop them first.
    m_undoStack.clear();
}

Document::OpenResult Document::open(const QString &path, Store::OpenOptions options)
{
    return open(Store::open(path, options));
}

Document::OpenResult Document::open(Store::OpenResult opened)
{
    OpenResult result;
    if (!opened.store) {
        result.error = opened.error;
        result.kind = opened.kind;
        return result;
    }
    result.notice = opened.notice;
    result.document = std::make_unique<Document>(std::move(opened.store));
    return result;
}

bool Document::isReadOnly() const
{
    return m_store->isReadOnly() || m_heldReadOnly || (m_store->shared() && !m_store->shared()->canWrite());
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
    if (isReadOnly()) {
        delete command;
        if (m_store->isShared() && m_store->isReadOnly())
            reportError(m_store->readOnlyReason(), StoreError::Kind::ReadOnly);
        else
            reportError(tr("%1 is open read-only: it cannot be changed.").arg(QFileInfo(path()).fileName()));
        return false;
    }
    m_refused.reset();
    // On a shared timeline an edit the server refused because someone else changed the row is
    // kept (applyRefusedEdit), so it is run here, before the stack takes it.
    if (auto *edit = dynamic_cast<DocumentCommand *>(command); edit && m_store->isShared()) {
        if (!edit->runBeforePush()) {
            if (m_lastErrorKind == StoreError::Kind::Conflict)
                m_refused.reset(edit);
            else
                delete edit;
            return false;
        }
    }
    // QUndoStack::push runs redo(); a refused edit marks itself obsolete and is dropped.
    m_undoStack.push(command);
    return !m_failed;
}

bool Document::applyRefusedEdit()
{
    if (!m_refused)
        return false;
    std::unique_ptr<DocumentCommand> edit = std::move(m_refused);
    setOverwriteConflicts(true);
    m_failed = false;
    const bool done = edit->runBeforePush();
    setOverwriteConflicts(false);
    if (!done)
        return false;
    m_undoStack.push(edit.release());
    return true;
}

void Document::announce(const DocumentChange &change)
{
    emit changed(change);
}

void Document::reportError(const QString &message, StoreError::Kind kind)
{
    m_failed = true;
    m_lastError = message;
    m_lastErrorKind = kind;
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

bool Document::setAccounts(EventId id, const QList<EventSource> &accounts)
{
    const auto before = m_store->event(id);
    if (!before) {
        reportError(tr("The event no longer exists."));
        return false;
    }
    if (before->sources == accounts)
        return true;
    return push(new AccountCommand(this, id, before->sources, accounts));
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

std::optional<std::int64_t> Document::saveView(const QString &name, const EventFilter &filter)
{
    auto *command = new SaveViewCommand(this, name, filter);
    if (!push(command))
        return std::nullopt;
    return command->viewId();
}

bool Document::deleteView(std::int64_t id)
{
    return push(new DeleteViewCommand(this, id));
}

bool Document::saveGraphLayout(const QHash<QString, QPointF> &positions)
{
    if (m_store->isReadOnly())
        return false;
    try {
        m_store->transaction([&] { NodePositions::saveLayout(*m_store, positions); });
    } catch (const StoreError &e) {
        reportError(e.message());
        return false;
    }
    announce({ DocumentChange::Kind::Meta, {}, DocumentChange::Op::Edited });
    return true;
}

Document::ImportOutcome Document::importFiles(const QStringList &paths, const ImportOptions &options,
                                              ImportProgress &progress)
{
    if (m_store->isReadOnly()) {
        ImportResult refused;
        refused.error = m_store->isShared()
            ? m_store->readOnlyReason()
            : tr("%1 is open read-only: it cannot be changed.").arg(QFileInfo(path()).fileName());
        return { refused, false, false };
    }
    ImportedRows rows = ImportedRows::mark(*m_store);
    ImportProgress noting = progress;
    noting.beforeCommit = [&rows](Store &store) { rows.read(store); };
    ImportResult result = entente::importFiles(paths, *m_store, options, noting);
    return finishImport(paths, std::move(result), result.ok ? &rows : nullptr);
}

QFuture<Document::ImportOutcome> Document::startImport(const QStringList &paths, const ImportOptions &options,
                                                       ImportProgress progress, CancelToken cancel)
{
    auto promise = std::make_shared<QPromise<ImportOutcome>>();
    QFuture<ImportOutcome> future = promise->future();
    promise->start();
    if (m_store->isReadOnly() || readsHere()) {
        // A file in memory has only the one connection: imported here.
        progress.cancel = cancel.flag();
        promise->addResult(importFiles(paths, options, progress));
        promise->finish();
        return future;
    }
    struct Written
    {
        ImportResult result;
        std::shared_ptr<ImportedRows> rows;
    };
    // The worker writes through a connection of its own; the window keeps reading the committed
    // state until the import commits. The result reaches the window as soon as it has committed;
    // copying the write-ahead log into the file (seconds after a million rows) follows on the
    // worker, while the window already shows the new events.
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::resultReadyAt, this, [this, watcher, paths, promise](int index) {
        const Written written = watcher->resultAt(index);
        promise->addResult(finishImport(paths, written.result, written.rows.get()));
        promise->finish();
    });
    connect(watcher, &QFutureWatcher<Written>::finished, watcher, &QObject::deleteLater);
    // The document closing stops it too (the rows are then taken back).
    m_importCancel = cancel;
    auto written = std::make_shared<QPromise<Written>>();
    watcher->setFuture(written->future());
    written->start();
    // A shared timeline's worker opens it through the server too, so the import is pushed.
    const QString mirrorDir = m_store->isShared() ? QFileInfo(path()).absolutePath() : QString();
    m_reads->run([dbPath = m_store->openPath(), mirrorDir, paths, options, progress, cancel, written]() mutable {
        progress.cancel = cancel.flag();
        Written out;
        auto opened = Store::open(dbPath, { .sharedCacheDir = mirrorDir });
        if (!opened.store) {
            out.result.error = opened.error;
            written->addResult(out);
            written->finish();
            return;
        }
        auto rows = std::make_shared<ImportedRows>(ImportedRows::mark(*opened.store));
        progress.beforeCommit = [rows](Store &store) { rows->read(store); };
        out.result = entente::importFiles(paths, *opened.store, options, progress);
        if (out.result.ok)
            out.rows = rows;
        written->addResult(out);
        try {
            if (out.result.ok)
                opened.store->checkpoint();
        } catch (const std::exception &) {
            // Busy (another checkpoint): the log is copied at a later commit or at closing.
        }
        written->finish();
    });
    return future;
}

Document::ImportOutcome Document::finishImport(const QStringList &paths, ImportResult result, const ImportedRows *rows)
{
    ImportOutcome outcome { std::move(result), true, false };
    if (!outcome.result.ok || !rows || rows->isEmpty())
        return outcome;
    outcome.changed = true;
    const QString name = paths.size() == 1 ? QFileInfo(paths.first()).fileName()
                                           : tr("%n file(s)", nullptr, static_cast<int>(paths.size()));
    if (rows->isUndoable()) {
        // The rows are in: the command's first redo only announces them.
        push(new ImportCommand(this, name, *rows));
        return outcome;
    }
    // Too large to take back and put again: the steps before it would undo around rows that
    // depend on them, so the stack starts again after it.
    outcome.undoable = false;
    m_undoStack.clear();
    announce(rows->change(DocumentChange::Op::Added));
    return outcome;
}

} // namespace entente

namespace entente {

namespace {

void announceIds(Document &document, DocumentChange::Kind kind, const QSet<qint64> &ids, DocumentChange::Op op)
{
    if (ids.isEmpty())
        return;
    DocumentChange change;
    change.kind = kind;
    change.op = op;
    change.ids = QList<std::int64_t>(ids.cbegin(), ids.cend());
    std::sort(change.ids.begin(), change.ids.end());
    document.announce(change);
}

} // namespace

std::optional<WaitingImport> Document::waitingImport()
{
    pg::PgMirror *mirror = m_store->shared();
    return mirror ? mirror->waitingImport() : std::nullopt;
}

QFuture<QString> Document::fetchWaitingImport()
{
    auto fetched = std::make_shared<QPromise<QString>>();
    fetched->start();
    // The read queue's jobs end before the document does, so `this` outlives the job.
    m_reads->run([this, url = m_store->openPath(), mirrorDir = QFileInfo(path()).absolutePath(), fetched] {
        // Opening it pulls into the mirror's file, in one transaction; closing it ends.
        auto opened = Store::open(url, { .sharedCacheDir = mirrorDir });
        const QString error = opened.store ? QString() : opened.error;
        opened.store.reset();
        // Back on the document's thread, which goes on from where that pull left off.
        QMetaObject::invokeMethod(
            this,
            [this, error, fetched] {
                if (error.isEmpty()) {
                    if (pg::PgMirror *mirror = m_store->shared())
                        mirror->adoptPull();
                    announce(DocumentChange {}); // Kind::All: everything is read again
                }
                fetched->addResult(error);
                fetched->finish();
            },
            Qt::QueuedConnection);
    });
    return fetched->future();
}

RemoteChanges Document::pullRemote()
{
    RemoteChanges changes = m_store->pullRemote();
    if (changes.isEmpty() || changes.ownOnly())
        return changes;
    if (changes.bulk || changes.other) {
        announce(DocumentChange {}); // Kind::All: everything is read again
        return changes;
    }
    // New rows of the main tables are Added; the rest of what others touched Edited.
    QSet<qint64> addedEvents;
    QSet<qint64> addedActors;
    QSet<qint64> addedSources;
    for (const RemoteChange &c : std::as_const(changes.changes)) {
        if (c.own || c.op != RemoteChange::Op::Insert)
            continue;
        if (c.table == u"events")
            addedEvents.insert(c.id);
        else if (c.table == u"actors")
            addedActors.insert(c.id);
        else if (c.table == u"sources")
            addedSources.insert(c.id);
    }
    using K = DocumentChange::Kind;
    using Op = DocumentChange::Op;
    const auto present = [](QSet<qint64> ids, const QSet<qint64> &removed, const QSet<qint64> &added) {
        ids.subtract(removed);
        ids.subtract(added);
        return ids;
    };
    announceIds(*this, K::Events, changes.removedEvents, Op::Removed);
    announceIds(*this, K::Events, addedEvents - changes.removedEvents, Op::Added);
    announceIds(*this, K::Events, present(changes.events, changes.removedEvents, addedEvents), Op::Edited);
    announceIds(*this, K::Actors, changes.removedActors, Op::Removed);
    announceIds(*this, K::Actors, addedActors - changes.removedActors, Op::Added);
    announceIds(*this, K::Actors, present(changes.actors, changes.removedActors, addedActors), Op::Edited);
    announceIds(*this, K::Sources, changes.removedSources, Op::Removed);
    announceIds(*this, K::Sources, addedSources - changes.removedSources, Op::Added);
    announceIds(*this, K::Sources, present(changes.sources, changes.removedSources, addedSources), Op::Edited);
    announceIds(*this, K::Links, changes.links, Op::Edited);
    announceIds(*this, K::Eras, changes.eras, Op::Edited);
    announceIds(*this, K::Stories, changes.stories, Op::Edited);
    announceIds(*this, K::SavedViews, changes.views, Op::Edited);
    if (changes.nodes) {
        DocumentChange positions;
        positions.kind = K::Positions;
        announce(positions);
    }
    if (changes.meta) {
        DocumentChange meta;
        meta.kind = K::Meta;
        announce(meta);
    }
    return changes;
}

} // namespace entente
