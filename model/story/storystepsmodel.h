#pragma once

#include "story.h"

#include <QAbstractListModel>
#include <QHash>

#include <optional>

namespace entente {

class Document;
struct DocumentChange;

// The steps of one story as a list, for the story panel: a row per step showing its event and
// note; the note is editable, rows move by drag (moveRows) and can be removed, and every change
// is an undoable edit of the story through the document.
class StoryStepsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryStepsModel)

public:
    enum Role {
        NoteRole = Qt::UserRole + 1,
        EventIdRole,
        TitleRole,
        DateRole,
        WindowStartRole, // qlonglong, seconds since 1970; invalid when the step frames its event
        WindowEndRole,
        HighlightedActorsRole, // QList<qlonglong>
        HasCameraRole, // bool: a window or highlighted actors of its own
    };

    explicit StoryStepsModel(Document *document, QObject *parent = nullptr);

    void setStory(std::optional<StoryId> id);
    std::optional<StoryId> storyId() const { return m_story ? std::optional(m_story->id) : std::nullopt; }
    const std::optional<Story> &story() const { return m_story; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Adds steps for these events at the end (skipping events already in the story).
    bool appendEvents(const QList<EventId> &events);
    // A step's camera, as one undoable edit: the timeline window it shows (none frames the
    // event) and the actors it highlights.
    bool setCamera(int row, std::optional<std::pair<qint64, qint64>> window, const QList<ActorId> &actors);
    bool setHighlightedActors(int row, const QList<ActorId> &actors);

    static QString mimeType() { return QStringLiteral("application/x-entente-story-steps"); }

private:
    void reload();
    void documentChanged(const DocumentChange &change);
    bool commit(const Story &edited);

    struct EventText
    {
        QString title;
        QString date;
    };
    Document *m_document;
    std::optional<Story> m_story;
    QHash<EventId, EventText> m_events;
};

} // namespace entente
