#include "storystepsmodel.h"

#include "storyequality.h"

#include "document.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace entente {

StoryStepsModel::StoryStepsModel(Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::changed, this, &StoryStepsModel::documentChanged);
}

void StoryStepsModel::setStory(std::optional<StoryId> id)
{
    beginResetModel();
    m_story.reset();
    if (id)
        m_story = m_document->store().story(*id);
    m_events.clear();
    if (m_story) {
        QList<EventId> ids;
        for (const StoryStep &s : std::as_const(m_story->steps))
            ids.append(s.eventId);
        for (const Event &e : m_document->store().events(ids))
            m_events.insert(e.id, { e.title, e.start.toDisplayString() });
    }
    endResetModel();
}

void StoryStepsModel::reload()
{
    if (!m_story)
        return;
    const auto fresh = m_document->store().story(m_story->id);
    // Our own edits arrive here too: the rows already show them, a reset would lose the view's
    // current row and the item model tester's expectations.
    if (fresh && sameStory(*fresh, *m_story))
        return;
    setStory(fresh ? std::optional(fresh->id) : std::nullopt);
}

void StoryStepsModel::documentChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Kind::Events && m_story) {
        setStory(m_story->id); // titles or dates of steps may have changed
        return;
    }
    if (change.kind == DocumentChange::Kind::Stories || change.kind == DocumentChange::Kind::All)
        reload();
}

bool StoryStepsModel::commit(const Story &edited)
{
    return m_document->editStory(edited);
}

int StoryStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_story ? 0 : static_cast<int>(m_story->steps.size());
}

QVariant StoryStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_story)
        return {};
    const StoryStep &step = m_story->steps.at(index.row());
    const EventText text = m_events.value(step.eventId, { tr("(deleted event)"), QString() });
    switch (role) {
    case Qt::DisplayRole: {
        // No step number here: it would change under the rows when others move or go.
        QString line = tr("%1 — %2").arg(text.title, text.date);
        if (step.windowStart || !step.highlightedActors.isEmpty())
            line += tr("  [own camera]");
        if (!step.note.isEmpty()) {
            const QString note = step.note.simplified();
            line += u'\n' + (note.size() > 90 ? note.left(89) + u'…' : note);
        }
        return line;
    }
    case Qt::ToolTipRole:
        return step.note.isEmpty() ? text.title : step.note;
    case Qt::EditRole:
    case NoteRole:
        return step.note;
    case EventIdRole:
        return QVariant::fromValue<qlonglong>(step.eventId);
    case TitleRole:
        return text.title;
    case DateRole:
        return text.date;
    case WindowStartRole:
        return step.windowStart ? QVariant::fromValue<qlonglong>(*step.windowStart) : QVariant();
    case WindowEndRole:
        return step.windowEnd ? QVariant::fromValue<qlonglong>(*step.windowEnd) : QVariant();
    case HighlightedActorsRole: {
        QList<qlonglong> ids;
        for (ActorId a : step.highlightedActors)
            ids.append(a);
        return QVariant::fromValue(ids);
    }
    case HasCameraRole:
        return step.windowStart.has_value() || !step.highlightedActors.isEmpty();
    default:
        return {};
    }
}

bool StoryStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_story
        || (role != Qt::EditRole && role != NoteRole))
        return false;
    Story edited = *m_story;
    edited.steps[index.row()].note = value.toString();
    if (edited == *m_story)
        return true;
    // The rows hold the edit before the document announces it, so the announcement finds
    // nothing to reload.
    const Story before = *m_story;
    m_story = edited;
    if (!commit(edited)) {
        m_story = before;
        return false;
    }
    emit dataChanged(index, index, { Qt::DisplayRole, Qt::ToolTipRole, Qt::EditRole, NoteRole });
    return true;
}

Qt::ItemFlags StoryStepsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> StoryStepsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NoteRole, "note");
    names.insert(EventIdRole, "eventId");
    names.insert(TitleRole, "title");
    names.insert(DateRole, "date");
    names.insert(WindowStartRole, "windowStart");
    names.insert(WindowEndRole, "windowEnd");
    names.insert(HighlightedActorsRole, "highlightedActors");
    names.insert(HasCameraRole, "hasCamera");
    return names;
}

bool StoryStepsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_story || sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    Story edited = *m_story;
    const QList<StoryStep> moved = edited.steps.mid(sourceRow, count);
    edited.steps.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        edited.steps.insert(insertAt + i, moved.at(i));
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const Story before = *m_story;
    m_story = edited;
    endMoveRows();
    if (!commit(edited)) {
        // The file refused: show what it holds.
        beginResetModel();
        m_story = before;
        endResetModel();
        return false;
    }
    return true;
}

bool StoryStepsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_story || parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    Story edited = *m_story;
    edited.steps.remove(row, count);
    const Story before = *m_story;
    beginRemoveRows({}, row, row + count - 1);
    m_story = edited;
    endRemoveRows();
    if (!commit(edited)) {
        beginResetModel();
        m_story = before;
        endResetModel();
        return false;
    }
    return true;
}

bool StoryStepsModel::appendEvents(const QList<EventId> &events)
{
    if (!m_story)
        return false;
    QSet<EventId> present;
    for (const StoryStep &s : std::as_const(m_story->steps))
        present.insert(s.eventId);
    Story edited = *m_story;
    for (const EventId id : events) {
        if (present.contains(id))
            continue;
        present.insert(id);
        StoryStep step;
        step.eventId = id;
        edited.steps.append(step);
    }
    if (edited == *m_story)
        return true;
    if (!commit(edited))
        return false;
    setStory(edited.id);
    return true;
}

bool StoryStepsModel::setCamera(int row, std::optional<std::pair<qint64, qint64>> window, const QList<ActorId> &actors)
{
    if (!m_story || row < 0 || row >= rowCount() || (window && window->second <= window->first))
        return false;
    Story edited = *m_story;
    StoryStep &step = edited.steps[row];
    step.windowStart = window ? std::optional<std::int64_t>(window->first) : std::nullopt;
    step.windowEnd = window ? std::optional<std::int64_t>(window->second) : std::nullopt;
    step.highlightedActors.clear();
    for (ActorId a : actors) {
        if (!step.highlightedActors.contains(a))
            step.highlightedActors.append(a);
    }
    if (edited == *m_story)
        return true;
    const Story before = *m_story;
    m_story = edited;
    if (!commit(edited)) {
        m_story = before;
        return false;
    }
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed,
                     { Qt::DisplayRole, WindowStartRole, WindowEndRole, HighlightedActorsRole, HasCameraRole });
    return true;
}

bool StoryStepsModel::setHighlightedActors(int row, const QList<ActorId> &actors)
{
    if (!m_story || row < 0 || row >= rowCount())
        return false;
    const StoryStep &step = m_story->steps.at(row);
    std::optional<std::pair<qint64, qint64>> window;
    if (step.windowStart && step.windowEnd)
        window = std::pair<qint64, qint64>(*step.windowStart, *step.windowEnd);
    return setCamera(row, window, actors);
}

QStringList StoryStepsModel::mimeTypes() const
{
    return { mimeType() };
}

namespace {

// Who dragged: this process and this model. Row numbers mean nothing to another story, another
// window or another program, so a drop is taken only from the model it came from.
struct DragOrigin
{
    qint64 pid = 0;
    quint64 model = 0;
    QList<int> rows;
};

std::optional<DragOrigin> readDrag(const QMimeData *data, const QString &type)
{
    if (!data || !data->hasFormat(type))
        return std::nullopt;
    DragOrigin origin;
    QDataStream in(data->data(type));
    in >> origin.pid >> origin.model >> origin.rows;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return origin;
}

} // namespace

QMimeData *StoryStepsModel::mimeData(const QModelIndexList &indexes) const
{
    // Only the rows travel: a drag moves steps within this story, never to another program.
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid())
            rows.append(i.row());
    }
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << QCoreApplication::applicationPid() << static_cast<quint64>(reinterpret_cast<quintptr>(this)) << rows;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

bool StoryStepsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    if (action != Qt::MoveAction || !m_story)
        return false;
    const auto origin = readDrag(data, mimeType());
    return origin && origin->pid == QCoreApplication::applicationPid()
        && origin->model == static_cast<quint64>(reinterpret_cast<quintptr>(this));
}

bool StoryStepsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<int> rows = readDrag(data, mimeType())->rows;
    // One contiguous block moves (a list view drags its current row).
    if (rows.isEmpty() || rows.constLast() - rows.constFirst() + 1 != rows.size())
        return false;
    int destination = row;
    if (destination < 0)
        destination = parent.isValid() ? parent.row() : rowCount();
    return moveRows({}, rows.constFirst(), static_cast<int>(rows.size()), {}, destination);
}

} // namespace entente
