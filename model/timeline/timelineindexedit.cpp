// Editing a TimelineIndex by id: what a change to one event does to the columns. A row is erased
// and inserted with a move of the columns' tails (a few milliseconds at a million rows), and only
// the rows between its old and new place are renumbered in the id lookup. A build reads the whole
// file (half a second and more at a million events): these keep one edit off that path.
#include "timelineindex.h"

#include <algorithm>
#include <limits>

namespace entente {

namespace {

constexpr std::int64_t kNoEnd = std::numeric_limits<std::int64_t>::min();

} // namespace

bool TimelineIndex::matchesColumns(const EventFilter &filter, std::size_t row) const
{
    if ((filter.from && m_end[row] <= *filter.from) || (filter.to && m_start[row] >= *filter.to))
        return false;
    if (!filter.kinds.isEmpty() && (m_kind[row] >= m_kinds.size() || !filter.kinds.contains(m_kinds[m_kind[row]])))
        return false;
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(status(row)))
        return false;
    if (filter.actors.isEmpty())
        return true;
    for (const std::uint16_t *a = actorsBegin(row); a != actorsEnd(row); ++a) {
        if (filter.actors.contains(m_actors[*a].id))
            return true;
    }
    return false;
}

std::uint8_t TimelineIndex::kindNumber(const QString &kind)
{
    // As the file reader numbers them: in order of first appearance, the 255th and later as one.
    qsizetype k = m_kinds.indexOf(kind);
    if (k < 0) {
        if (m_kinds.size() >= 255)
            return 254;
        k = m_kinds.size();
        m_kinds.append(kind);
    }
    return static_cast<std::uint8_t>(std::min<qsizetype>(k, 254));
}

bool TimelineIndex::putActor(const ActorInfo &actor)
{
    const auto at = std::lower_bound(m_actors.begin(), m_actors.end(), actor.id,
                                     [](const ActorInfo &a, ActorId id) { return a.id < id; });
    if (at != m_actors.end() && at->id == actor.id) {
        at->name = actor.name;
        at->colour = actor.colour;
        return true;
    }
    if (m_actors.size() >= std::numeric_limits<std::uint16_t>::max())
        return false;
    // Actors are in id order, as a build reads them; one placed before others renumbers theirs.
    const auto position = static_cast<std::uint16_t>(at - m_actors.begin());
    m_actors.insert(at, actor);
    if (position + 1 < m_actors.size()) {
        for (std::uint16_t &a : m_actorList) {
            if (a >= position)
                ++a;
        }
    }
    return true;
}

void TimelineIndex::setEras(const QList<Era> &eras)
{
    m_eras.clear();
    for (const Era &e : eras)
        m_eras.append({ e.name, e.start.startSeconds(), e.end.endSeconds(),
                        e.colour.isEmpty() ? QColor() : QColor::fromString(e.colour) });
    std::stable_sort(m_eras.begin(), m_eras.end(),
                     [](const EraInfo &a, const EraInfo &b) { return a.start < b.start; });
}

void TimelineIndex::setRowOf(EventId id, std::int64_t row)
{
    const bool dense = !m_rowById.empty() || m_sparseRows.empty();
    if (dense && id >= 0 && static_cast<std::size_t>(id) < std::max(m_rowById.size(), 2 * size() + 1024)) {
        if (static_cast<std::size_t>(id) >= m_rowById.size())
            m_rowById.resize(static_cast<std::size_t>(id) + 1, -1);
        m_rowById[static_cast<std::size_t>(id)] = static_cast<std::int32_t>(row);
        return;
    }
    if (dense) {
        // An id far past the others: the lookup becomes sorted pairs (buildIdLookup decides).
        m_rowById.clear();
        m_sparseRows.clear();
        buildIdLookup();
        if (m_sparseRows.empty() && !m_rowById.empty()) {
            setRowOf(id, row);
            return;
        }
    }
    const auto it = std::lower_bound(m_sparseRows.begin(), m_sparseRows.end(), std::make_pair(id, std::int32_t(-1)));
    const bool found = it != m_sparseRows.end() && it->first == id;
    if (row < 0) {
        if (found)
            m_sparseRows.erase(it);
    } else if (found) {
        it->second = static_cast<std::int32_t>(row);
    } else {
        m_sparseRows.insert(it, { id, static_cast<std::int32_t>(row) });
    }
}

void TimelineIndex::renumber(std::size_t from, std::size_t to)
{
    const std::size_t dense = m_rowById.size();
    for (std::size_t r = from; r < to && r < size(); ++r) {
        const EventId id = m_id[r];
        if (id >= 0 && static_cast<std::size_t>(id) < dense)
            m_rowById[static_cast<std::size_t>(id)] = static_cast<std::int32_t>(r);
        else
            setRowOf(id, static_cast<std::int64_t>(r));
    }
}

void TimelineIndex::insertRow(std::size_t row, std::int64_t start, std::int64_t end, EventId id, std::uint8_t kind,
                              std::uint8_t status, std::uint8_t flags, const std::vector<std::uint16_t> &actors)
{
    const auto at = static_cast<std::ptrdiff_t>(row);
    m_start.insert(m_start.begin() + at, start);
    m_end.insert(m_end.begin() + at, end);
    m_id.insert(m_id.begin() + at, id);
    m_kind.insert(m_kind.begin() + at, kind);
    m_status.insert(m_status.begin() + at, status);
    m_flags.insert(m_flags.begin() + at, flags);
    if (m_actorOffset.empty())
        m_actorOffset.assign(1, 0);
    const std::uint32_t offset = m_actorOffset[row];
    m_actorList.insert(m_actorList.begin() + offset, actors.begin(), actors.end());
    m_actorOffset.insert(m_actorOffset.begin() + at + 1, offset);
    const auto count = static_cast<std::uint32_t>(actors.size());
    if (count > 0) {
        for (std::size_t r = row + 1; r < m_actorOffset.size(); ++r)
            m_actorOffset[r] += count;
    }
}

void TimelineIndex::eraseRow(std::size_t row)
{
    const auto at = static_cast<std::ptrdiff_t>(row);
    setRowOf(m_id[row], -1);
    m_start.erase(m_start.begin() + at);
    m_end.erase(m_end.begin() + at);
    m_id.erase(m_id.begin() + at);
    m_kind.erase(m_kind.begin() + at);
    m_status.erase(m_status.begin() + at);
    m_flags.erase(m_flags.begin() + at);
    const std::uint32_t first = m_actorOffset[row];
    const std::uint32_t count = m_actorOffset[row + 1] - first;
    m_actorList.erase(m_actorList.begin() + first, m_actorList.begin() + first + count);
    m_actorOffset.erase(m_actorOffset.begin() + at + 1);
    if (count > 0) {
        for (std::size_t r = row + 1; r < m_actorOffset.size(); ++r)
            m_actorOffset[r] -= count;
    }
}

void TimelineIndex::updateSpan(std::int64_t removedEnd)
{
    if (isEmpty()) {
        m_spanStart = m_spanEnd = 0;
        return;
    }
    m_spanStart = m_start.front();
    // The last end only needs a scan when the row that held it went (or moved earlier).
    if (removedEnd != kNoEnd && removedEnd >= m_spanEnd)
        m_spanEnd = *std::max_element(m_end.begin(), m_end.end());
}

TimelineIndex::RowMove TimelineIndex::put(const Event &event, const ActorLookup &lookup)
{
    RowMove move;
    move.id = event.id;
    const std::int64_t start = event.start.startSeconds();
    const std::int64_t end = event.end ? event.end->endSeconds() : event.start.endSeconds();
    // As the file reader has it: "approximate" is read from the start date.
    const std::uint8_t flags
        = flagsFor(event.start.precision(), event.end ? event.end->precision() : event.start.precision(),
                   event.start.isApproximate(), event.end.has_value());
    const std::uint8_t kind = kindNumber(event.kind);
    const auto status = static_cast<std::uint8_t>(event.status);
    std::vector<std::uint16_t> actors;
    for (const EventActor &ea : event.actors) {
        auto at = std::lower_bound(m_actors.cbegin(), m_actors.cend(), ea.actorId,
                                   [](const ActorInfo &a, ActorId id) { return a.id < id; });
        if ((at == m_actors.cend() || at->id != ea.actorId) && lookup) {
            const std::optional<ActorInfo> info = lookup(ea.actorId);
            if (!info || info->id != ea.actorId || !putActor(*info))
                continue;
            // Positions after the new one moved up: the ones found so far too.
            const auto placed
                = static_cast<std::uint16_t>(std::lower_bound(m_actors.cbegin(), m_actors.cend(), ea.actorId,
                                                              [](const ActorInfo &a, ActorId id) { return a.id < id; })
                                             - m_actors.cbegin());
            for (std::uint16_t &a : actors) {
                if (a >= placed)
                    ++a;
            }
            at = m_actors.cbegin() + placed;
        }
        if (at == m_actors.cend() || at->id != ea.actorId)
            continue;
        actors.push_back(static_cast<std::uint16_t>(at - m_actors.cbegin()));
    }
    std::sort(actors.begin(), actors.end());
    actors.erase(std::unique(actors.begin(), actors.end()), actors.end());

    std::int64_t removedEnd = kNoEnd;
    const std::int64_t old = rowOf(event.id);
    if (old >= 0 && m_start[static_cast<std::size_t>(old)] == start) {
        // Same start, same place: the row is refilled where it stands (a rename, a new actor).
        const auto r = static_cast<std::size_t>(old);
        move.before = move.after = old;
        move.oldStart = start;
        move.oldEnd = m_end[r];
        m_end[r] = end;
        m_kind[r] = kind;
        m_status[r] = status;
        m_flags[r] = flags;
        if (!std::equal(actorsBegin(r), actorsEnd(r), actors.begin(), actors.end())) {
            eraseRow(r);
            insertRow(r, start, end, event.id, kind, status, flags, actors);
            setRowOf(event.id, old);
        }
        if (end > m_spanEnd)
            m_spanEnd = end;
        updateSpan(end < move.oldEnd ? move.oldEnd : kNoEnd);
        return move;
    }
    if (old >= 0) {
        const auto r = static_cast<std::size_t>(old);
        move.before = old;
        move.oldStart = m_start[r];
        move.oldEnd = m_end[r];
        removedEnd = m_end[r];
        eraseRow(r);
    }
    // The first row after (start, id).
    const auto lo = std::lower_bound(m_start.begin(), m_start.end(), start);
    const auto hi = std::upper_bound(lo, m_start.end(), start);
    const auto first = static_cast<std::ptrdiff_t>(lo - m_start.begin());
    const auto last = static_cast<std::ptrdiff_t>(hi - m_start.begin());
    const auto row = static_cast<std::size_t>(std::lower_bound(m_id.begin() + first, m_id.begin() + last, event.id)
                                              - m_id.begin());
    insertRow(row, start, end, event.id, kind, status, flags, actors);
    move.after = static_cast<std::int64_t>(row);
    // Only the rows between the old place and the new one changed their number.
    const std::size_t from = old >= 0 ? std::min(row, static_cast<std::size_t>(old)) : row;
    const std::size_t to = old >= 0 ? std::max(row, static_cast<std::size_t>(old)) + 1 : size();
    renumber(from, to);
    if (size() == 1)
        m_spanEnd = end;
    else if (end > m_spanEnd)
        m_spanEnd = end;
    else if (removedEnd == m_spanEnd && end == m_spanEnd)
        removedEnd = kNoEnd;
    updateSpan(removedEnd);
    return move;
}

TimelineIndex::RowMove TimelineIndex::remove(EventId id)
{
    RowMove move;
    move.id = id;
    const std::int64_t old = rowOf(id);
    if (old < 0)
        return move;
    const auto r = static_cast<std::size_t>(old);
    move.before = old;
    move.oldStart = m_start[r];
    move.oldEnd = m_end[r];
    eraseRow(r);
    renumber(r, size());
    updateSpan(move.oldEnd);
    return move;
}

} // namespace entente
