// Following an edit of the index by id: the lanes hold row numbers in start order, so an event
// that moved from row a to row b takes the rows between a and b one place along, and only the
// lanes it left or joined are sampled again. At a million rows this is a few binary searches and
// one pass over the renumbered stretch, where a build walks every row.
#include "timelinelanes.h"

#include <algorithm>
#include <tuple>

namespace entente {

namespace {

// Adds `delta` to the rows of a sorted list that lie in [lo, hi].
void shift(std::vector<std::uint32_t> &rows, std::int64_t lo, std::int64_t hi, int delta)
{
    if (lo > hi)
        return;
    auto first = std::lower_bound(rows.begin(), rows.end(), static_cast<std::uint32_t>(lo));
    auto last = std::upper_bound(first, rows.end(), static_cast<std::uint32_t>(hi));
    for (auto it = first; it != last; ++it)
        *it = static_cast<std::uint32_t>(static_cast<std::int64_t>(*it) + delta);
}

} // namespace

void TimelineLanes::apply(const TimelineIndex &index, const TimelineIndex::RowMove &move, bool visible)
{
    const bool wasVisible = move.before >= 0 && isVisible(static_cast<std::size_t>(move.before));
    const bool isShown = move.after >= 0 && visible;
    // The keep mask follows the rows.
    if (!m_keep.empty()) {
        if (move.before >= 0)
            m_keep.erase(m_keep.begin() + move.before);
        if (move.after >= 0)
            m_keep.insert(m_keep.begin() + move.after, visible ? 1 : 0);
    } else if (move.after >= 0 && !visible) {
        m_keep.assign(index.size(), 1);
        m_keep[static_cast<std::size_t>(move.after)] = 0;
    }

    std::vector<bool> touched(m_lanes.size(), false);
    std::vector<bool> lostLongest(m_lanes.size(), false);
    const std::int64_t oldDuration = move.oldEnd - move.oldStart;
    if (wasVisible) {
        for (std::size_t i = 0; i < m_lanes.size(); ++i) {
            auto &rows = m_lanes[i].rows;
            const auto it = std::lower_bound(rows.begin(), rows.end(), static_cast<std::uint32_t>(move.before));
            if (it != rows.end() && *it == static_cast<std::uint32_t>(move.before)) {
                rows.erase(it);
                touched[i] = true;
                lostLongest[i] = oldDuration >= m_lanes[i].maxDuration;
            }
        }
    }
    // The rows between the old place and the new one move one along.
    std::int64_t lo = 0;
    std::int64_t hi = -1;
    int delta = 0;
    const auto last = static_cast<std::int64_t>(index.size()) + 1;
    if (move.before >= 0 && move.after >= 0) {
        if (move.before < move.after)
            std::tie(lo, hi, delta) = std::make_tuple(move.before + 1, move.after, -1);
        else
            std::tie(lo, hi, delta) = std::make_tuple(move.after, move.before - 1, 1);
    } else if (move.before >= 0) {
        std::tie(lo, hi, delta) = std::make_tuple(move.before + 1, last, -1);
    } else if (move.after >= 0) {
        std::tie(lo, hi, delta) = std::make_tuple(move.after, last, 1);
    }
    if (delta != 0) {
        for (Lane &l : m_lanes)
            shift(l.rows, lo, hi, delta);
    }

    if (isShown) {
        const auto row = static_cast<std::size_t>(move.after);
        for (int key : keysOf(index, row)) {
            int lane = laneOfKey(key);
            if (lane < 0) {
                Lane l;
                l.key = key;
                nameLane(index, l);
                l.collapsed = m_collapsedKeys.contains(key);
                m_lanes.push_back(std::move(l));
                touched.push_back(true);
                lostLongest.push_back(false);
                lane = static_cast<int>(m_lanes.size()) - 1;
                const auto slot = static_cast<std::size_t>(key + 1);
                if (slot >= m_laneOfKey.size())
                    m_laneOfKey.resize(slot + 1, -1);
                m_laneOfKey[slot] = lane;
            }
            Lane &l = m_lanes[static_cast<std::size_t>(lane)];
            const auto value = static_cast<std::uint32_t>(row);
            l.rows.insert(std::lower_bound(l.rows.begin(), l.rows.end(), value), value);
            l.maxDuration = std::max(l.maxDuration, index.end(row) - index.start(row));
            touched[static_cast<std::size_t>(lane)] = true;
        }
    }
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        if (!touched[i])
            continue;
        Lane &l = m_lanes[i];
        if (l.rows.empty())
            continue;
        l.firstStart = index.start(l.rows.front());
        if (lostLongest[i]) {
            l.maxDuration = 0;
            for (std::uint32_t r : l.rows)
                l.maxDuration = std::max(l.maxDuration, index.end(r) - index.start(r));
        }
        sample(index, l);
    }
    // Empty lanes are dropped, as a build drops them.
    m_lanes.erase(std::remove_if(m_lanes.begin(), m_lanes.end(), [](const Lane &l) { return l.rows.empty(); }),
                  m_lanes.end());
    m_visibleRows = m_visibleRows + (isShown ? 1 : 0) - (wasVisible ? 1 : 0);

    // The density strip: two bins change, unless the span did and every bin moved.
    if (index.spanStart() != m_densityFrom || index.spanEnd() != m_densityTo) {
        countDensity(index);
    } else {
        const std::int64_t span = std::max<std::int64_t>(1, m_densityTo - m_densityFrom);
        auto bin = [&](std::int64_t start) {
            return std::min<std::size_t>(static_cast<std::size_t>((start - m_densityFrom) * kDensityBins / span),
                                         kDensityBins - 1);
        };
        if (wasVisible && m_density[bin(move.oldStart)] > 0)
            --m_density[bin(move.oldStart)];
        if (isShown)
            ++m_density[bin(index.start(static_cast<std::size_t>(move.after)))];
    }
    orderLanes(keyCount(index));
}

void TimelineLanes::rename(const TimelineIndex &index)
{
    for (Lane &l : m_lanes)
        nameLane(index, l);
    orderLanes(keyCount(index));
}

} // namespace entente
