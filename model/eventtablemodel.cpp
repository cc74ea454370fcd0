#include "eventtablemodel.h"

#include "actornames.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

EventTableModel::EventTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::changed, this, [this](const DocumentChange &change) {
        // Eras, stories and links do not show in the table.
        using K = DocumentChange::Kind;
        if (change.kind == K::Eras || change.kind == K::Stories || change.kind == K::Links || change.kind == K::Meta)
            return;
        const qint64 count = m_document->store().countEvents(m_filter);
        if (count == m_count && change.kind != K::All) {
            m_pages.clear();
            if (m_count > 0)
                emit dataChanged(index(0, 0), index(static_cast<int>(m_count) - 1, ColumnCount - 1));
            return;
        }
        reload();
    });
    reload();
}

void EventTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = m_document->store().countEvents(m_filter);
    // When the search matches more than one event in fifty, walking the date index in order finds
    // a page of matches sooner than sorting them all.
    m_scanInOrder = !m_filter.text.isEmpty() && m_count * 50 > m_document->store().countEvents();
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::orderClause() const
{
    const QString dir = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (m_sortColumn) {
    case TitleColumn:
        return QStringLiteral("e.title COLLATE NOCASE%1, e.id%1").arg(dir);
    case KindColumn:
        return QStringLiteral("e.kind%1, e.start_key%1").arg(dir);
    case StatusColumn:
        return QStringLiteral("e.status%1, e.start_key%1").arg(dir);
    case ActorsColumn:
        return QStringLiteral("actors COLLATE NOCASE%1, e.start_key%1").arg(dir);
    default:
        return QStringLiteral("e.start_key%1, e.id%1").arg(dir);
    }
}

const EventTableModel::Row *EventTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    if (QList<Row> *cached = m_pages.object(page))
        return row % kPageSize < cached->size() ? &cached->at(row % kPageSize) : nullptr;

    const SqlCondition c = toSql(m_filter, m_scanInOrder);
    const QString sql
        = QStringLiteral(
              "SELECT e.id, e.start_date, e.end_date, e.title, e.kind, e.status, "
              "(SELECT group_concat(name, ', ') FROM (SELECT a.name AS name FROM event_actors ea JOIN actors a "
              "ON a.id = ea.actor_id WHERE ea.event_id = e.id ORDER BY ea.position)) AS actors, "
              "(SELECT group_concat(actor_id) FROM (SELECT ea.actor_id AS actor_id FROM event_actors ea "
              "WHERE ea.event_id = e.id ORDER BY ea.position)) AS actor_ids "
              "FROM events e WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
              .arg(c.where, orderClause());
    auto *rows = new QList<Row>;
    try {
        // Actors are shown by their alias in the interface language where the file has one (the
        // sort and the search stay on the names in the file).
        const QHash<ActorId, QString> localNames = ActorNames::localized(m_document->store());
        QHash<ActorId, QString> fileNames;
        auto nameOf = [&](ActorId actor) -> QString {
            if (const auto local = localNames.constFind(actor); local != localNames.cend())
                return *local;
            auto it = fileNames.find(actor);
            if (it == fileNames.end()) {
                const auto a = m_document->store().actor(actor);
                it = fileNames.insert(actor, a ? a->name : QString());
            }
            return *it;
        };
        SQLite::Statement q(m_document->store().database(), sql.toStdString());
        int i = 1;
        for (const QVariant &p : c.params)
            Store::bind(q, i++, p);
        q.bind(i++, kPageSize);
        q.bind(i, static_cast<int64_t>(page) * kPageSize);
        rows->reserve(kPageSize);
        while (q.executeStep()) {
            Row r;
            r.id = q.getColumn(0).getInt64();
            const auto start = FuzzyDate::parse(Store::text(q, 1));
            const auto end = FuzzyDate::parse(Store::text(q, 2));
            r.isoDate = Store::text(q, 1);
            r.date = start ? start->toDisplayString(m_locale) : Store::text(q, 1);
            if (end)
                r.date += QStringLiteral(" – ") + end->toDisplayString(m_locale);
            r.title = Store::text(q, 3);
            r.kind = Store::text(q, 4);
            r.status = claimStatusFromKey(Store::text(q, 5)).value_or(ClaimStatus::Confirmed);
            r.actors = Store::text(q, 6);
            if (!localNames.isEmpty()) {
                QStringList shown;
                for (const QString &id : Store::text(q, 7).split(u',', Qt::SkipEmptyParts))
                    shown.append(nameOf(id.toLongLong()));
                r.actors = shown.join(QStringLiteral(", "));
            }
            rows->append(r);
        }
    } catch (const std::exception &e) {
        qWarning("EventTableModel: %s", e.what());
    }
    const int offset = row % kPageSize;
    const Row *result = offset < rows->size() ? &rows->at(offset) : nullptr;
    m_pages.insert(page, rows);
    return result;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return r->date;
        case TitleColumn:
            return r->title;
        case ActorsColumn:
            return r->actors;
        case KindColumn:
            return r->kind;
        case StatusColumn:
            return claimStatusLabel(r->status);
        case GradeColumn: {
            // One indexed look-up per shown row, outside the page's query.
            const Grade g = m_document->store().bestGrade(r->id);
            return role == Qt::ToolTipRole ? g.description() : g.text();
        }
        default:
            return {};
        }
    case Qt::EditRole:
        return index.column() == TitleColumn ? QVariant(r->title) : QVariant();
    case EventIdRole:
        return QVariant::fromValue<qint64>(r->id);
    case SortKeyRole:
        return r->isoDate;
    case StatusKeyRole:
        return claimStatusKey(r->status);
    case GradeRole:
        return m_document->store().bestGrade(r->id).text();
    default:
        return {};
    }
}

bool EventTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TitleColumn || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Row *r = rowAt(index.row());
    if (!r)
        return false;
    auto event = m_document->store().event(r->id);
    const QString title = value.toString().trimmed();
    if (!event || title.isEmpty())
        return false;
    event->title = title;
    // The edit goes through the undo stack; the document's change signal refreshes the row.
    return m_document->editEvent(*event);
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case ActorsColumn:
        return tr("Actors");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case GradeColumn:
        return tr("Grade");
    default:
        return {};
    }
}

Qt::ItemFlags EventTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    // Rows are identified by position only, so no persistent index can follow a re-sort.
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &i : persistent)
        changePersistentIndex(i, {});
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventTableModel::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void EventTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_pages.clear();
    if (m_count > 0)
        emit dataChanged(index(0, DateColumn), index(static_cast<int>(m_count) - 1, DateColumn));
}

EventId EventTableModel::eventIdAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : 0;
}

int EventTableModel::rowOf(EventId id) const
{
    // The position of one event under the current order, computed in SQL rather than by scanning.
    const SqlCondition c = toSql(m_filter, m_scanInOrder);
    for (int row = 0; row < std::min<qint64>(m_count, 4096); ++row) {
        if (eventIdAt(row) == id)
            return row;
    }
    try {
        const QString sql
            = QStringLiteral(
                  "SELECT n FROM (SELECT e.id, row_number() OVER (ORDER BY %2) - 1 AS n, "
                  "(SELECT group_concat(a.name, ', ') FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                  "WHERE ea.event_id = e.id) AS actors FROM events e WHERE %1) WHERE id = ?")
                  .arg(c.where, orderClause());
        SQLite::Statement q(m_document->store().database(), sql.toStdString());
        int i = 1;
        for (const QVariant &p : c.params)
            Store::bind(q, i++, p);
        q.bind(i, static_cast<int64_t>(id));
        if (q.executeStep())
            return q.getColumn(0).getInt();
    } catch (const std::exception &e) {
        qWarning("EventTableModel: %s", e.what());
    }
    return -1;
}

} // namespace entente
