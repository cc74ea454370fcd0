// EventTableModel: an order with no index (the actors, the title), sorted once on a reader's
// thread. The table pages through the list of ids it gives; until it comes, the rows stay in the
// order they were in (or, after a new filter, in date order), so no page ever sorts a million
// events on the window's thread (2.7 s a page by actors, at a million GDELT events).
#include "eventtablemodel.h"

#include <QFutureWatcher>

namespace entente {

EventTableModel::~EventTableModel()
{
    // A sort under way stops inside SQLite, rather than hold the reader the document waits for.
    if (m_orderCancel)
        m_orderCancel->store(true);
}

bool EventTableModel::sortsInBackground(int column) const
{
    return !TableRows::isIndexed(orderOf(column, Qt::AscendingOrder)) && m_count >= s_backgroundSortFrom
        && !m_document->readsHere();
}

void EventTableModel::cancelOrder()
{
    ++m_orderGeneration;
    if (m_orderCancel)
        m_orderCancel->store(true);
    m_orderCancel.reset();
    if (m_pendingColumn >= 0) {
        m_pendingColumn = -1;
        emit sortingChanged(false);
    }
}

void EventTableModel::requestOrder(int column, Qt::SortOrder order)
{
    const bool wasSorting = isSorting();
    ++m_orderGeneration;
    if (m_orderCancel)
        m_orderCancel->store(true);
    m_orderCancel = std::make_shared<std::atomic<bool>>(false);
    m_pendingColumn = column;
    m_pendingOrder = order;
    const quint64 generation = m_orderGeneration;
    const EventFilter filter = m_filter;
    const TableRows::Order wanted = orderOf(column, order);
    using Ids = std::shared_ptr<const std::vector<EventId>>;
    const QFuture<Ids> sorted = m_document->read(
        [filter, wanted](Store &store, const CancelToken &cancel) {
            return std::make_shared<const std::vector<EventId>>(
                TableRows::orderedIds(store, filter, wanted, cancel.flag()));
        },
        CancelToken(m_orderCancel));
    auto *watcher = new QFutureWatcher<Ids>(this);
    connect(watcher, &QFutureWatcher<Ids>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_orderGeneration)
            return; // asked for again, or given up, since
        Ids ids;
        try {
            if (watcher->future().resultCount() > 0)
                ids = watcher->future().result();
        } catch (const std::exception &e) {
            qWarning("EventTableModel: %s", e.what());
        }
        takeOrder(std::move(ids));
    });
    watcher->setFuture(sorted);
    if (!wasSorting)
        emit sortingChanged(true);
}

void EventTableModel::takeOrder(std::shared_ptr<const std::vector<EventId>> ids)
{
    const int column = m_pendingColumn;
    const Qt::SortOrder order = m_pendingOrder;
    m_pendingColumn = -1;
    m_orderCancel.reset();
    if (ids) {
        // A new order: a new table, from its top.
        beginResetModel();
        m_sortColumn = column;
        m_sortOrder = order;
        m_ids = std::move(ids);
        m_count = static_cast<qint64>(m_ids->size());
        m_pages.clear();
        endResetModel();
    }
    // Without one (the reader failed), the rows stay in the order they are shown in.
    emit sortingChanged(false);
}

bool EventTableModel::takeChangeInOrder(const DocumentChange &change)
{
    if (!m_ids && !isSorting())
        return false;
    if (!m_ids) {
        // In date order until the sort comes: counted again, and sorted again.
        reload();
        return true;
    }
    using K = DocumentChange::Kind;
    if (change.kind == K::Events && change.op == DocumentChange::Op::Edited && !change.ids.isEmpty()
        && change.ids.size() <= kMaxEditedRows && !(change.fields & placingFields())) {
        // Where they stand and whether they show are unchanged: their rows, where fetched, read anew.
        for (EventId id : change.ids) {
            const int cached = cachedRowOf(id);
            if (const std::optional<Event> e = cached >= 0 ? m_document->store().event(id) : std::nullopt)
                refreshRow(cached, *e);
        }
        return true;
    }
    // The rows read anew by the ids they had (an event gone is left out), while the order is
    // sorted again; it then takes their place.
    m_pages.clear();
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(static_cast<int>(m_count) - 1, ColumnCount - 1));
    requestOrder(m_sortColumn, m_sortOrder);
    return true;
}

} // namespace entente
