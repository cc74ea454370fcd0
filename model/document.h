#pragma once

#include "documentchange.h"
#include "store/store.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace entente {

// An open Entente file: owns the store, the undo stack and the change signal. Every edit is an
// undo command pushed here; commands edit the store and then announce the change, and views
// only listen (Tiled's Document). There is no save step: each edit is a committed transaction.
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

    Store &store() { return *m_store; }
    const Store &store() const { return *m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
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

    // Called by commands after they changed the store, and by whoever rewrote it wholesale.
    void announce(const DocumentChange &change);
    void reportError(const QString &message);

signals:
    void changed(const entente::DocumentChange &change);
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Store> m_store;
    QUndoStack m_undoStack;
    QString m_lastError;
    bool m_failed = false;
};

} // namespace entente
