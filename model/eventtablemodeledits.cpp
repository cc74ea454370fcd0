// EventTableModel: following the document's changes by id. An edit that cannot move its row
// (a rename in date order, say) refreshes that one row; a new, deleted or re-dated event is
// inserted, removed or moved at its row, found among the cached pages or counted through the
// store. What cannot be placed that way (a row never fetched, an order or a filter the counts
// cannot follow) resets the model, as every change did before.
#include "eventtablemodel.h"

#include "actornames.h"

#include <map>
#include <memory>

namespace entente {

namespace {

using F = DocumentChange::Field;

// Whether an event passes the filter's time, actor, kind and status tests (the caller checks
// the filter has no text or tags, which only the store can match).
bool matchesColumns(const Event &e, const EventFilter &filter)
{
    const std::int64_t start = e.start.startSeconds();
    const std::int64_t end = e.end ? e.end->endSeconds() : e.start.endSeconds();
    if ((filter.from && end <= *filter.from) || (filter.to && start >= *filter.to))
        return false;
    if (!filter.kinds.isEmpty() && !filter.kinds.contains(e.kind))
        return false;
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(e.status))
        return false;
    return filter.actors.isEmpty() || std::any_of(e.actors.cbegin(), e.actors.cend(), [&filter](const EventActor &a) {
               return filter.actors.contains(a.actorId);
           });
}

} // namespace

DocumentChange::Fields EventTableModel::placingFields() const
{
    DocumentChange::Fields fields;
    switch (m_sortColumn) {
    case TitleColumn:
        fields |= F::Title;
        break;
    case KindColumn:
        fields |= F::Kind | F::Dates;
        break;
    case StatusColumn:
        fields |= F::Status | F::Dates;
        break;
    case ActorsColumn:
        fields |= F::Actors | F::Dates;
        break;
    default:
        fields |= F::Dates;
        break;
    }
    if (m_filter.from || m_filter.to)
        fields |= F::Dates;
    if (!m_filter.actors.isEmpty())
        fields |= F::Actors;
    if (!m_filter.kinds.isEmpty())
        fields |= F::Kind;
    if (!m_filter.statuses.isEmpty())
        fields |= F::Status;
    if (!m_filter.tags.isEmpty())
        fields |= F::Text;
    // The search runs over titles, summaries, places, actors' names and quotes.
    if (!m_filter.text.trimmed().isEmpty())
        fields |= F::Title | F::Text | F::Place | F::Actors | F::Sources;
    return fields;
}

EventTableModel::Row EventTableModel::rowFor(const Event &e) const
{
    // The row as rowAt's query makes it, from the record.
    Row r;
    r.id = e.id;
    r.isoDate = e.start.toIsoString();
    r.date = e.start.toDisplayString(m_locale);
    if (e.end)
        r.date += QStringLiteral(" – ") + e.end->toDisplayString(m_locale);
    r.title = e.title;
    r.kind = e.kind;
    r.status = e.status;
    QStringList names;
    for (const EventActor &ea : e.actors) {
        const auto a = m_document->store().actor(ea.actorId);
        if (a)
            names.append(ActorNames::displayName(*a));
    }
    r.actors = names.join(QStringLiteral(", "));
    return r;
}

void EventTableModel::refreshRow(int row, const Event &event)
{
    QList<Row> *rows = m_pages.object(row / kPageSize);
    if (rows && row % kPageSize < rows->size())
        (*rows)[row % kPageSize] = rowFor(event);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EventTableModel::cachedRowOf(EventId id) const
{
    const QList<int> pages = m_pages.keys();
    for (int page : pages) {
        const QList<Row> *rows = m_pages.object(page);
        for (qsizetype i = 0; rows && i < rows->size(); ++i) {
            if (rows->at(i).id == id)
                return page * kPageSize + static_cast<int>(i);
        }
    }
    return -1;
}

void EventTableModel::shiftPages(int removed, int inserted, const Row *row, const QList<int> &pages)
{
    // Rows fetched, by their place after the change; a page is kept only when it is whole.
    std::map<int, Row> rows;
    for (int page : pages) {
        const QList<Row> *list = m_pages.object(page);
        for (qsizetype i = 0; list && i < list->size(); ++i) {
            int r = page * kPageSize + static_cast<int>(i);
            if (r == removed)
                continue;
            if (removed >= 0 && r > removed)
                --r;
            if (inserted >= 0 && r >= inserted)
                ++r;
            rows.emplace(r, list->at(i));
        }
    }
    if (row && inserted >= 0)
        rows[inserted] = *row;
    m_pages.clear();
    auto it = rows.begin();
    while (it != rows.end()) {
        const int page = it->first / kPageSize;
        const auto size = static_cast<int>(std::min<qint64>(kPageSize, m_count - qint64(page) * kPageSize));
        auto list = std::make_unique<QList<Row>>();
        for (; it != rows.end() && it->first / kPageSize == page; ++it) {
            if (it->first == page * kPageSize + static_cast<int>(list->size()))
                list->append(it->second);
        }
        if (list->size() == size && size > 0)
            m_pages.insert(page, list.release());
    }
}

int EventTableModel::placeOf(const Event &e) const
{
    // In date order: the events before it, counted on the start index, then those of its start
    // with a smaller id. The event is in the file already.
    if (m_sortColumn != DateColumn || !m_filter.tags.isEmpty() || !m_filter.text.trimmed().isEmpty())
        return -1;
    const Store &store = m_document->store();
    const std::int64_t start = e.start.startSeconds();
    EventFilter before = m_filter;
    before.to = m_filter.to ? std::min(*m_filter.to, start) : start;
    const qint64 earlier = store.countEvents(before);
    before.to = m_filter.to ? std::min(*m_filter.to, start + 1) : start + 1;
    const qint64 ties = store.countEvents(before) - earlier - 1;
    qint64 place = earlier;
    if (ties > 0) {
        for (EventId other : store.eventIds(m_filter, EventOrder::Date, false, ties + 1, earlier)) {
            if (other < e.id)
                ++place;
        }
    }
    if (m_sortOrder == Qt::DescendingOrder)
        place = store.countEvents(m_filter) - 1 - place;
    return static_cast<int>(place);
}

int EventTableModel::fetchedEnd() const
{
    // Pages fetched from the top without a gap; a page fetched past a gap leaves it at -1.
    int pages = 0;
    while (m_pages.contains(pages))
        ++pages;
    const QList<int> keys = m_pages.keys();
    if (std::any_of(keys.cbegin(), keys.cend(), [pages](int k) { return k >= pages; }))
        return -1;
    if (pages == 0)
        return 0;
    const QList<Row> *last = m_pages.object(pages - 1);
    return (pages - 1) * kPageSize + static_cast<int>(last ? last->size() : 0);
}

int EventTableModel::placeAmongFetched(const Event &e, int old, int fetched) const
{
    // The fetched rows are in (start, id) order, or its reverse: a binary search by that key.
    const std::pair<std::int64_t, EventId> key { e.start.startSeconds(), e.id };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    int lo = 0;
    int hi = fetched;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const Row *r = rowAt(mid);
        const auto date = r ? FuzzyDate::parse(r->isoDate) : std::nullopt;
        const std::pair<std::int64_t, EventId> at { date ? date->startSeconds() : 0, r ? r->id : 0 };
        if (descending ? at > key : at < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return old >= 0 && old < lo ? lo - 1 : lo;
}

bool EventTableModel::applyByIds(const DocumentChange &change)
{
    const bool canMatch = m_filter.tags.isEmpty() && m_filter.text.trimmed().isEmpty();
    for (EventId id : change.ids) {
        const int cached = cachedRowOf(id);
        const std::optional<Event> e
            = change.op == DocumentChange::Op::Removed ? std::nullopt : m_document->store().event(id);
        if (change.op == DocumentChange::Op::Edited && !(change.fields & placingFields())) {
            // Where it stands and whether it shows are unchanged: its row, if fetched, is refreshed.
            if (cached >= 0 && e)
                refreshRow(cached, *e);
            continue;
        }
        if (!canMatch)
            return false;
        // Rows past those fetched from the top are held by no page and no view (no persistent
        // index points there): a row that comes or goes there is reported at the first of them,
        // where it reads the same, without counting a million rows for its exact place.
        int fetched = m_sortColumn == DateColumn ? fetchedEnd() : -1;
        const QModelIndexList persistent = persistentIndexList();
        if (std::any_of(persistent.cbegin(), persistent.cend(),
                        [fetched](const QModelIndex &i) { return i.row() >= fetched; }))
            fetched = -1;
        int from = cached;
        if (from < 0 && change.op != DocumentChange::Op::Added) {
            // Not fetched: past the fetched rows, when every event is in the table.
            if (fetched < 0 || !m_filter.isEmpty() || m_count <= fetched)
                return false;
            from = fetched;
        }
        const bool shown = e && matchesColumns(*e, m_filter);
        int place = -1;
        if (shown)
            place = fetched >= 0 ? placeAmongFetched(*e, cached, fetched) : placeOf(*e);
        if (shown && (place < 0 || place > m_count - (from >= 0 ? 1 : 0)))
            return false;
        if (from >= 0 && fetched >= 0 && from >= fetched && place >= fetched)
            continue; // from past the fetched rows to past them: nothing anyone holds changes
        const Row row = shown ? rowFor(*e) : Row();
        // Pages fetched while the signals below run (already in the new order) are not shifted.
        const QList<int> pages = m_pages.keys();
        if (from >= 0 && shown) {
            // Moved: one signal, the destination counted in rows before the move.
            if (place != from && !beginMoveRows({}, from, from, {}, place > from ? place + 1 : place))
                return false;
            shiftPages(from, place, &row, pages);
            if (place != from)
                endMoveRows();
            emit dataChanged(index(place, 0), index(place, ColumnCount - 1));
        } else if (from >= 0) {
            beginRemoveRows({}, from, from);
            --m_count;
            shiftPages(from, -1, nullptr, pages);
            endRemoveRows();
        } else if (shown) {
            beginInsertRows({}, place, place);
            ++m_count;
            shiftPages(-1, place, &row, pages);
            endInsertRows();
        }
    }
    return true;
}

void EventTableModel::takeChange(const DocumentChange &change)
{
    // Eras, stories and links do not show in the table, nor saved views and graph positions.
    using K = DocumentChange::Kind;
    if (change.kind == K::Eras || change.kind == K::Stories || change.kind == K::Links || change.kind == K::Meta
        || change.kind == K::SavedViews || change.kind == K::Positions)
        return;
    if (takeChangeInOrder(change))
        return;
    if (change.kind == K::Events && !change.ids.isEmpty() && change.ids.size() <= kMaxEditedRows && applyByIds(change))
        return;
    const qint64 count = m_document->store().countEvents(m_filter);
    if (count == m_count && change.kind != K::All) {
        m_pages.clear();
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(static_cast<int>(m_count) - 1, ColumnCount - 1));
        return;
    }
    reload();
}

} // namespace entente
