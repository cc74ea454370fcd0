#include "timelineindex.h"

#include "actor.h"
#include "actornames.h"
#include "hugepages.h"
#include "store/store.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace entente {

namespace {

template<typename T> void permute(std::vector<T> &column, const std::vector<std::uint32_t> &order)
{
    std::vector<T> sorted(column.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        sorted[i] = column[order[i]];
    column.swap(sorted);
}

} // namespace

std::uint8_t TimelineIndex::flagsFor(FuzzyDate::Precision start, FuzzyDate::Precision end, bool approximate, bool range)
{
    return static_cast<std::uint8_t>(static_cast<unsigned>(start) | (static_cast<unsigned>(end) << EndPrecisionShift)
                                     | (approximate ? unsigned(Approximate) : 0U) | (range ? unsigned(Range) : 0U));
}

FuzzyDate::Precision precisionOfIso(const char *text)
{
    if (!text)
        return FuzzyDate::Precision::Day;
    const char *p = text[0] == '-' || text[0] == '+' ? text + 1 : text;
    int dashes = 0;
    for (; *p; ++p) {
        if (*p == 'T')
            return FuzzyDate::Precision::Minute;
        if (*p == '-')
            ++dashes;
    }
    return dashes == 0 ? FuzzyDate::Precision::Year
        : dashes == 1  ? FuzzyDate::Precision::Month
                       : FuzzyDate::Precision::Day;
}

void TimelineIndex::build(const QList<Event> &events, const QList<Actor> &actors, const QList<Era> &eras)
{
    *this = TimelineIndex();
    QHash<ActorId, std::uint16_t> actorPos;
    for (const Actor &a : actors) {
        actorPos.insert(a.id, static_cast<std::uint16_t>(m_actors.size()));
        m_actors.append(
            { a.id, ActorNames::displayName(a), a.colour.isEmpty() ? QColor() : QColor::fromString(a.colour) });
    }
    for (const Era &e : eras)
        m_eras.append({ e.name, e.start.startSeconds(), e.end.endSeconds(),
                        e.colour.isEmpty() ? QColor() : QColor::fromString(e.colour) });
    std::vector<std::uint32_t> counts(static_cast<std::size_t>(events.size()) + 1, 0);
    std::vector<std::uint16_t> list;
    for (const Event &e : events) {
        m_id.push_back(e.id);
        m_start.push_back(e.start.startSeconds());
        m_end.push_back(e.end ? e.end->endSeconds() : e.start.endSeconds());
        m_flags.push_back(flagsFor(e.start.precision(), e.end ? e.end->precision() : e.start.precision(),
                                   e.start.isApproximate() || (e.end && e.end->isApproximate()), e.end.has_value()));
        qsizetype k = m_kinds.indexOf(e.kind);
        if (k < 0) {
            k = m_kinds.size();
            m_kinds.append(e.kind);
        }
        m_kind.push_back(static_cast<std::uint8_t>(std::min<qsizetype>(k, 254)));
        m_status.push_back(static_cast<std::uint8_t>(e.status));
        std::vector<std::uint16_t> mine;
        for (const EventActor &ea : e.actors) {
            const auto a = actorPos.constFind(ea.actorId);
            if (a != actorPos.cend() && std::find(mine.begin(), mine.end(), *a) == mine.end())
                mine.push_back(*a);
        }
        std::sort(mine.begin(), mine.end());
        counts[m_id.size() - 1] = static_cast<std::uint32_t>(mine.size());
        list.insert(list.end(), mine.begin(), mine.end());
    }
    sortRows(counts, list);
}

void TimelineIndex::sortRows(std::vector<std::uint32_t> &counts, std::vector<std::uint16_t> &list)
{
    const std::size_t n = m_id.size();
    std::vector<std::uint32_t> offsets(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        offsets[i + 1] = offsets[i] + counts[i];
    bool sorted = true;
    for (std::size_t i = 1; i < n && sorted; ++i)
        sorted = m_start[i - 1] < m_start[i] || (m_start[i - 1] == m_start[i] && m_id[i - 1] < m_id[i]);
    if (sorted) {
        m_actorOffset.swap(offsets);
        m_actorList.swap(list);
    } else {
        // Sorting (start, id, position) records in place is several times faster than sorting
        // positions through the columns.
        struct Key
        {
            std::int64_t start;
            EventId id;
            std::uint32_t position;
            bool operator<(const Key &o) const { return start != o.start ? start < o.start : id < o.id; }
        };
        std::vector<Key> keys(n);
        for (std::size_t i = 0; i < n; ++i)
            keys[i] = { m_start[i], m_id[i], static_cast<std::uint32_t>(i) };
        std::sort(keys.begin(), keys.end());
        std::vector<std::uint32_t> order(n);
        for (std::size_t i = 0; i < n; ++i)
            order[i] = keys[i].position;
        keys = {};
        permute(m_start, order);
        permute(m_end, order);
        permute(m_id, order);
        permute(m_kind, order);
        permute(m_status, order);
        permute(m_flags, order);
        m_actorOffset.assign(n + 1, 0);
        m_actorList.clear();
        m_actorList.reserve(list.size());
        for (std::size_t r = 0; r < n; ++r) {
            const std::uint32_t old = order[r];
            m_actorList.insert(m_actorList.end(), list.begin() + offsets[old], list.begin() + offsets[old + 1]);
            m_actorOffset[r + 1] = static_cast<std::uint32_t>(m_actorList.size());
        }
    }
    if (m_actorOffset.empty())
        m_actorOffset.assign(1, 0);
    buildIdLookup();
    m_spanStart = n ? m_start.front() : 0;
    m_spanEnd = n ? *std::max_element(m_end.begin(), m_end.end()) : 0;
    m_start.shrink_to_fit();
    m_end.shrink_to_fit();
    m_id.shrink_to_fit();
}

void TimelineIndex::buildIdLookup()
{
    m_rowById.clear();
    m_sparseRows.clear();
    if (m_id.empty())
        return;
    const auto [minIt, maxIt] = std::minmax_element(m_id.begin(), m_id.end());
    if (*minIt >= 0 && static_cast<std::size_t>(*maxIt) < 2 * m_id.size() + 1024) {
        reserveOnHugePages(m_rowById, static_cast<std::size_t>(*maxIt) + 1);
        m_rowById.assign(static_cast<std::size_t>(*maxIt) + 1, -1);
        for (std::size_t r = 0; r < m_id.size(); ++r)
            m_rowById[static_cast<std::size_t>(m_id[r])] = static_cast<std::int32_t>(r);
    } else {
        m_sparseRows.reserve(m_id.size());
        for (std::size_t r = 0; r < m_id.size(); ++r)
            m_sparseRows.emplace_back(m_id[r], static_cast<std::int32_t>(r));
        std::sort(m_sparseRows.begin(), m_sparseRows.end());
    }
}

bool TimelineIndex::isConsistent() const
{
    const std::size_t n = m_start.size();
    if (m_end.size() != n || m_id.size() != n || m_kind.size() != n || m_status.size() != n || m_flags.size() != n
        || m_actorOffset.size() != n + 1 || m_actorOffset.front() != 0 || m_actorOffset.back() != m_actorList.size()
        || m_actors.size() > 0xffff)
        return false;
    const auto kinds = static_cast<std::size_t>(m_kinds.size());
    for (std::size_t r = 0; r < n; ++r) {
        if (m_kind[r] >= kinds || m_status[r] >= kAllClaimStatuses.size() || m_actorOffset[r] > m_actorOffset[r + 1]
            || (r > 0 && !(m_start[r - 1] < m_start[r] || (m_start[r - 1] == m_start[r] && m_id[r - 1] < m_id[r]))))
            return false;
    }
    const auto actors = static_cast<std::uint16_t>(m_actors.size());
    return std::all_of(m_actorList.begin(), m_actorList.end(), [actors](std::uint16_t a) { return a < actors; });
}

void TimelineIndex::finishLoad()
{
    buildIdLookup();
    const std::size_t n = m_start.size();
    m_spanStart = n ? m_start.front() : 0;
    m_spanEnd = n ? *std::max_element(m_end.begin(), m_end.end()) : 0;
}

std::int64_t TimelineIndex::rowOf(EventId id) const
{
    if (!m_rowById.empty())
        return id >= 0 && static_cast<std::size_t>(id) < m_rowById.size() ? m_rowById[static_cast<std::size_t>(id)]
                                                                          : -1;
    const auto it = std::lower_bound(m_sparseRows.begin(), m_sparseRows.end(), std::make_pair(id, std::int32_t(-1)));
    return it != m_sparseRows.end() && it->first == id ? it->second : -1;
}

std::vector<std::uint8_t> TimelineIndex::match(const EventFilter &filter, const Store *store) const
{
    const std::size_t n = size();
    std::vector<std::uint8_t> keep(n, 1);
    if (filter.isEmpty())
        return keep;
    std::vector<bool> kindOk(256, filter.kinds.isEmpty());
    for (const QString &k : filter.kinds) {
        const qsizetype i = m_kinds.indexOf(k);
        if (i >= 0)
            kindOk[static_cast<std::size_t>(i)] = true;
    }
    std::vector<bool> actorOk(static_cast<std::size_t>(m_actors.size()), false);
    for (qsizetype a = 0; a < m_actors.size(); ++a)
        actorOk[static_cast<std::size_t>(a)] = filter.actors.contains(m_actors[a].id);
    unsigned statusMask = 0;
    for (ClaimStatus s : filter.statuses)
        statusMask |= 1U << static_cast<unsigned>(s);
    for (std::size_t r = 0; r < n; ++r) {
        bool ok = (!filter.from || m_end[r] > *filter.from) && (!filter.to || m_start[r] < *filter.to)
            && kindOk[m_kind[r]] && (statusMask == 0 || (statusMask & (1U << m_status[r])) != 0);
        if (ok && !filter.actors.isEmpty()) {
            ok = false;
            for (const std::uint16_t *a = actorsBegin(r); a != actorsEnd(r) && !ok; ++a)
                ok = actorOk[*a];
        }
        keep[r] = ok ? 1 : 0;
    }
    // What the index does not hold (search text, tags, source grades) is asked of the store.
    if ((!filter.text.trimmed().isEmpty() || !filter.tags.isEmpty() || filter.minReliability || filter.minCredibility)
        && store) {
        EventFilter rest;
        rest.text = filter.text;
        rest.tags = filter.tags;
        rest.minReliability = filter.minReliability;
        rest.minCredibility = filter.minCredibility;
        std::vector<std::uint8_t> found(n, 0);
        for (EventId id : store->eventIds(rest)) {
            const std::int64_t r = rowOf(id);
            if (r >= 0)
                found[static_cast<std::size_t>(r)] = 1;
        }
        for (std::size_t r = 0; r < n; ++r)
            keep[r] &= found[r];
    }
    return keep;
}

std::size_t TimelineIndex::memoryBytes() const
{
    return m_start.capacity() * sizeof(std::int64_t) + m_end.capacity() * sizeof(std::int64_t)
        + m_id.capacity() * sizeof(EventId) + m_kind.capacity() + m_status.capacity() + m_flags.capacity()
        + m_actorOffset.capacity() * sizeof(std::uint32_t) + m_actorList.capacity() * sizeof(std::uint16_t)
        + m_rowById.capacity() * sizeof(std::int32_t) + m_sparseRows.capacity() * sizeof(m_sparseRows[0]);
}

} // namespace entente
