#include "eventtablemodel.h"

#include "actornames.h"
#include "store/tablerows.h"

namespace entente {

EventTableModel::EventTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::changed, this, &EventTableModel::takeChange);
    reload();
}

void EventTableModel::reload()
{
    const int column = wantedColumn();
    const Qt::SortOrder sortOrder = wantedOrder();
    cancelOrder();
    beginResetModel();
    m_pages.clear();
    m_ids.reset();
    m_count = m_document->store().countEvents(m_filter);
    // When the search matches more than one event in fifty, walking the date index in order finds
    // a page of matches sooner than sorting them all.
    m_scanInOrder = !m_filter.text.isEmpty() && m_count * 50 > m_document->store().countEvents();
    // An order sorted on a reader's thread: the date order until it comes.
    const bool later = sortsInBackground(column);
    m_sortColumn = later ? static_cast<int>(DateColumn) : column;
    m_sortOrder = later ? Qt::AscendingOrder : sortOrder;
    endResetModel();
    if (later)
        requestOrder(column, sortOrder);
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TableRows::Order EventTableModel::order() const
{
    return orderOf(m_sortColumn, m_sortOrder);
}

TableRows::Order EventTableModel::orderOf(int column, Qt::SortOrder sortOrder)
{
    TableRows::Order order;
    order.descending = sortOrder != Qt::AscendingOrder;
    switch (column) {
    case TitleColumn:
        order.column = TableRows::Column::Title;
        break;
    case KindColumn:
        order.column = TableRows::Column::Kind;
        break;
    case StatusColumn:
        order.column = TableRows::Column::Status;
        break;
    case ActorsColumn:
        order.column = TableRows::Column::Actors;
        break;
    default:
        order.column = TableRows::Column::Date;
        break;
    }
    return order;
}

const EventTableModel::Row *EventTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    if (QList<Row> *cached = m_pages.object(page))
        return row % kPageSize < cached->size() ? &cached->at(row % kPageSize) : nullptr;

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
        QList<TableRows::Row> found;
        if (m_ids) {
            // Sorted once already: this page's ids.
            const auto from = std::min(m_ids->size(), static_cast<std::size_t>(page) * kPageSize);
            const auto to = std::min(m_ids->size(), from + kPageSize);
            found = TableRows::rowsOf(m_document->store(),
                                      std::vector<EventId>(m_ids->begin() + static_cast<std::ptrdiff_t>(from),
                                                           m_ids->begin() + static_cast<std::ptrdiff_t>(to)));
        } else {
            found = TableRows::page(m_document->store(), m_filter, order(), static_cast<qint64>(page) * kPageSize,
                                    kPageSize, m_scanInOrder);
        }
        rows->reserve(kPageSize);
        for (const TableRows::Row &f : found) {
            Row r;
            r.id = f.id;
            const auto start = FuzzyDate::parse(f.startDate);
            const auto end = FuzzyDate::parse(f.endDate);
            r.isoDate = f.startDate;
            r.date = start ? start->toDisplayString(m_locale) : f.startDate;
            if (end)
                r.date += QStringLiteral(" – ") + end->toDisplayString(m_locale);
            r.title = f.title;
            r.kind = f.kind;
            r.status = f.status;
            r.actors = f.actorNames;
            if (!localNames.isEmpty()) {
                QStringList shown;
                for (ActorId id : f.actorIds)
                    shown.append(nameOf(id));
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
    if (sortsInBackground(column)) {
        requestOrder(column, order);
        return;
    }
    cancelOrder();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    if (m_ids) {
        m_ids.reset();
        m_count = m_document->store().countEvents(m_filter);
    }
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
    if (m_ids) {
        const auto it = std::find(m_ids->cbegin(), m_ids->cend(), id);
        return it == m_ids->cend() ? -1 : static_cast<int>(it - m_ids->cbegin());
    }
    // The first rows are likely cached; past them the store finds the position without scanning.
    for (int row = 0; row < std::min<qint64>(m_count, 4096); ++row) {
        if (eventIdAt(row) == id)
            return row;
    }
    try {
        const qint64 row = TableRows::positionOf(m_document->store(), m_filter, order(), id, m_scanInOrder);
        if (row >= 0 && row <= std::numeric_limits<int>::max())
            return static_cast<int>(row);
    } catch (const std::exception &e) {
        qWarning("EventTableModel: %s", e.what());
    }
    return -1;
}

} // namespace entente
