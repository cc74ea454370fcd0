#pragma once

#include "canceltoken.h"
#include "documentchange.h"
#include "io/importer.h"
#include "readqueue.h"
#include "store/remotechanges.h"
#include "store/store.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPromise>
#include <QUndoStack>

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace entente {

class DocumentCommand;
struct ImportedRows;

// What a read job may report as it goes: a percentage, shown by the future's progress.
using ReadProgress = std::function<void(int percent)>;

// An open Entente file: owns the store, the undo stack and the change signal. Every edit is an
// undo command pushed here; commands edit the store and then announce the change, and views
// only listen (Tiled's Document). There is no save step: each edit is a committed transaction.
// It is the only writer: the store is reachable read-only (store()), and writes are commands or
// the few Document methods marked as not undoable. It is also the one reader off the GUI thread:
// read() runs a job on a worker with a read-only connection of its own.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~Document() override;

    struct OpenResult
    {
        std::unique_ptr<Document> document;
        QString error;
        Store::OpenError kind = Store::OpenError::None; // why it was refused
        QString notice; // opened, but not as asked (read-only beside another window)
    };
    // A window's document holds the file's lock: a second window opens it read-only.
    static OpenResult open(const QString &path,
                           Store::OpenOptions options = { .allowReadOnly = true, .exclusive = true });
    // The document of a store opened elsewhere (on a worker thread, with those options).
    static OpenResult open(Store::OpenResult opened);

    // The file, to read on the GUI thread. Writes go through commands.
    const Store &store() const { return *m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString path() const { return m_store->path(); }
    // Also a viewer's shared timeline, and one whose server is out of reach (setHeldReadOnly).
    bool isReadOnly() const;
    // A shared timeline whose server cannot be reached: nothing is changed until it is back.
    void setHeldReadOnly(bool on) { m_heldReadOnly = on; }
    // The dataset's title, or the file's name.
    QString title() const;

    // Runs an edit as one undoable step. Returns false, with errorOccurred emitted, when the store
    // refused it; the stack and the file are then unchanged.
    bool push(QUndoCommand *command);
    QString lastError() const { return m_lastError; }

    // Plain functions over the commands (Subsurface's Command:: style).
    std::optional<EventId> addEvent(const Event &event);
    bool editEvent(const Event &event);
    bool deleteEvent(EventId id);
    // An event's accounts (its sources with quotes, grades and what each says differently), all
    // at once: one undo step.
    bool setAccounts(EventId id, const QList<EventSource> &accounts);
    std::optional<ActorId> addActor(const Actor &actor);
    bool editActor(const Actor &actor);
    bool deleteActor(ActorId id);
    bool mergeActors(ActorId kept, ActorId other);
    std::optional<SourceId> addSource(const Source &source);
    bool editSource(const Source &source);
    bool deleteSource(SourceId id);
    std::optional<std::int64_t> addLink(const EventLink &link);
    bool deleteLink(std::int64_t id);
    std::optional<EraId> addEra(const Era &era);
    bool editEra(const Era &era);
    bool deleteEra(EraId id);
    std::optional<StoryId> addStory(const Story &story);
    bool editStory(const Story &story);
    bool deleteStory(StoryId id);

    // Saved views: saving a name again replaces that view. Both are undoable.
    std::optional<std::int64_t> saveView(const QString &name, const EventFilter &filter);
    bool deleteView(std::int64_t id);
    // The positions of a computed graph layout, written so exporters give Gephi the same picture
    // (pins are kept). Not undoable: nothing the user sees changes; announced as Meta.
    bool saveGraphLayout(const QHash<QString, QPointF> &positions);

    // Imports files into the document, all or nothing, as one undoable step ("Import x.csv") while
    // it adds no more than ImportedRows::kUndoableEvents events; a larger import cannot be undone
    // and empties the undo stack (`undoable` says so). Announced once: Added with the new events'
    // ids (a reload beyond ImportedRows::kNamedEvents, or with eras or stories).
    struct ImportOutcome
    {
        ImportResult result;
        bool undoable = true;
        bool changed = false; // something was added
    };
    // Here, on the document's connection (the command line, a file in memory).
    ImportOutcome importFiles(const QStringList &paths, const ImportOptions &options, ImportProgress &progress);
    // On a worker thread with a write connection of its own, the window reading the committed
    // state meanwhile. The future's result comes once the import committed and its command is on
    // the stack (a file in memory imports before this returns). `progress`'s callbacks run on the
    // worker; `cancel` stops it (and so does the document closing), taking it all back.
    QFuture<ImportOutcome> startImport(const QStringList &paths, const ImportOptions &options, ImportProgress progress,
                                       CancelToken cancel = {});

    // Runs `fn(Store &reader, const CancelToken &cancel)` — or with a third argument, a
    // ReadProgress — on a worker thread with a read-only connection to the file, and returns its
    // result. A job cancelled before it starts does not run (the future has no result); a job
    // that throws passes the exception on through the future. A file in memory has no second
    // connection: its jobs run here, on the document's connection, before read() returns.
    template<typename Fn> auto read(Fn fn, CancelToken cancel = {});
    // Whether read() runs its jobs here (a file in memory).
    bool readsHere() { return m_reads->runsHere(); }
    // The read connections opened so far (for tests).
    int readConnectionCount() const { return m_reads->connectionCount(); }

    // Called by commands after they changed the store, and by whoever rewrote it wholesale.
    void announce(const DocumentChange &change);
    void reportError(const QString &message, StoreError::Kind kind = StoreError::Kind::Other);
    // Why the last refused edit was refused: Conflict (a shared timeline's row changed on the
    // server since it was read: offer to reload or to apply anyway), ReadOnly, Connection.
    StoreError::Kind lastErrorKind() const { return m_lastErrorKind; }

    // A shared timeline (PostgreSQL; the store is its local mirror).
    bool isShared() const { return m_store->isShared(); }
    QString location() const { return m_store->location(); } // its URL (no password), else the path
    // Brings what others changed on the server into the mirror and announces it by id (what the
    // live listener calls when the server says the change log grew): Removed/Added/Edited per
    // kind, Kind::All after a bulk import. Returns what came (empty for a file). Throws
    // StoreError (Connection) when the server cannot be reached; nothing changes then.
    RemoteChanges pullRemote();
    // Someone else's import waiting on the server (nullopt for a file, or when there is none): a
    // window has it fetched by fetchWaitingImport() rather than pullRemote(), which would hold its
    // thread for seconds. Throws StoreError (Connection) when the server cannot be reached.
    std::optional<WaitingImport> waitingImport();
    // Pulls on a worker thread, through a store of its own on the mirror's file (an import's way),
    // then goes on from there and announces everything as changed. The result: empty, or the one
    // sentence why it failed. While it runs, the document must not be written (the window holds
    // it read-only) and pullRemote() must not be called.
    QFuture<QString> fetchWaitingImport();
    // "Apply anyway": while on, edits replace rows others changed since they were read.
    void setOverwriteConflicts(bool on) { m_store->setOverwriteConflicts(on); }
    // The edit a shared timeline last refused with Conflict, kept until the next edit: whether
    // there is one, and applying it now over what the others changed (one undo step, as if it
    // had gone through). False, with the reason reported, when the server refuses it again.
    bool hasRefusedEdit() const { return m_refused != nullptr; }
    bool applyRefusedEdit();

signals:
    void changed(const entente::DocumentChange &change);
    void errorOccurred(const QString &message);

private:
    friend class DocumentCommand;
    Store &writableStore() { return *m_store; }
    ImportOutcome finishImport(const QStringList &paths, ImportResult result, const ImportedRows *rows);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ReadQueue> m_reads;
    bool m_heldReadOnly = false; // setHeldReadOnly
    CancelToken m_importCancel; // set when the document closes during an import
    QUndoStack m_undoStack;
    QString m_lastError;
    bool m_failed = false;
    std::unique_ptr<DocumentCommand> m_refused; // hasRefusedEdit()
    StoreError::Kind m_lastErrorKind = StoreError::Kind::Other;
};

template<typename Fn> auto Document::read(Fn fn, CancelToken cancel)
{
    constexpr bool kReports = std::is_invocable_v<Fn &, Store &, const CancelToken &, const ReadProgress &>;
    using T = typename decltype([] {
        if constexpr (kReports)
            return std::type_identity<
                std::invoke_result_t<Fn &, Store &, const CancelToken &, const ReadProgress &>> {};
        else
            return std::type_identity<std::invoke_result_t<Fn &, Store &, const CancelToken &>> {};
    }())::type;
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    promise->setProgressRange(0, 100);
    m_reads->start([promise, fn = std::move(fn), cancel](Store *store, const QString &error) mutable {
        try {
            if (!store)
                throw StoreError(error.toStdString());
            if (!cancel.isCancelled()) {
                if constexpr (kReports) {
                    const ReadProgress progress = [p = promise.get()](int percent) { p->setProgressValue(percent); };
                    promise->addResult(fn(*store, cancel, progress));
                } else {
                    promise->addResult(fn(*store, cancel));
                }
            }
        } catch (...) {
            promise->setException(std::current_exception());
        }
        promise->finish();
    });
    return future;
}

} // namespace entente
