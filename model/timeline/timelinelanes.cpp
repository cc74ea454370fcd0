#include "timelinelanes.h"

#include <QCoreApplication>

#include <algorithm>

namespace entente {

QString laneModeKey(LaneMode mode)
{
    switch (mode) {
    case LaneMode::Actors:
        return QStringLiteral("actors");
    case LaneMode::Kind:
        return QStringLiteral("kind");
    case LaneMode::Status:
        return QStringLiteral("status");
    case LaneMode::Single:
        return QStringLiteral("single");
    }
    return QString();
}

std::optional<LaneMode> laneModeFromKey(QStringView key)
{
    for (LaneMode m : { LaneMode::Actors, LaneMode::Kind, LaneMode::Status, LaneMode::Single }) {
        if (key == laneModeKey(m))
            return m;
    }
    return std::nullopt;
}

std::size_t TimelineLanes::keyCount(const TimelineIndex &index) const
{
    // Lane slots by key; slot 0 holds rows with no key (events without actors, or the single lane).
    switch (m_mode) {
    case LaneMode::Actors:
        return static_cast<std::size_t>(index.actors().size());
    case LaneMode::Kind:
        return static_cast<std::size_t>(index.kinds().size());
    case LaneMode::Status:
        return kAllClaimStatuses.size();
    case LaneMode::Single:
        return 0;
    }
    return 0;
}

void TimelineLanes::nameLane(const TimelineIndex &index, Lane &l) const
{
    if (l.key < 0) {
        l.name = m_mode == LaneMode::Actors ? QCoreApplication::translate("entente::TimelineLanes", "No actor")
            : m_mode == LaneMode::Kind      ? QCoreApplication::translate("entente::TimelineLanes", "No kind")
                                            : QCoreApplication::translate("entente::TimelineLanes", "All events");
    } else if (m_mode == LaneMode::Actors) {
        l.name = index.actors()[l.key].name;
    } else if (m_mode == LaneMode::Kind) {
        l.name = index.kinds()[l.key].isEmpty() ? QCoreApplication::translate("entente::TimelineLanes", "No kind")
                                                : index.kinds()[l.key];
    } else {
        l.name = claimStatusLabel(static_cast<ClaimStatus>(l.key));
    }
}

void TimelineLanes::sample(const TimelineIndex &index, Lane &l) const
{
    l.sampledStarts.clear();
    l.sampledStarts.reserve((l.rows.size() + kSampleStride - 1) / kSampleStride);
    for (std::size_t k = 0; k < l.rows.size(); k += kSampleStride)
        l.sampledStarts.push_back(index.start(l.rows[k]));
}

void TimelineLanes::countDensity(const TimelineIndex &index)
{
    m_density.assign(kDensityBins, 0);
    m_densityFrom = index.spanStart();
    m_densityTo = index.spanEnd();
    const std::int64_t span = std::max<std::int64_t>(1, index.spanEnd() - index.spanStart());
    for (std::size_t r = 0; r < index.size(); ++r) {
        if (!isVisible(r))
            continue;
        const auto bin = static_cast<std::size_t>((index.start(r) - index.spanStart()) * kDensityBins / span);
        ++m_density[std::min<std::size_t>(bin, kDensityBins - 1)];
    }
}

std::vector<int> TimelineLanes::keysOf(const TimelineIndex &index, std::size_t r) const
{
    switch (m_mode) {
    case LaneMode::Actors: {
        if (index.actorCount(r) == 0)
            return { -1 };
        std::vector<int> keys;
        for (const std::uint16_t *a = index.actorsBegin(r); a != index.actorsEnd(r); ++a)
            keys.push_back(*a);
        return keys;
    }
    case LaneMode::Kind:
        return { index.kind(r) };
    case LaneMode::Status:
        return { static_cast<int>(index.status(r)) };
    case LaneMode::Single:
        return { -1 };
    }
    return {};
}

void TimelineLanes::build(const TimelineIndex &index, const std::vector<std::uint8_t> &keep, LaneMode mode,
                          LaneOrder order, const QList<int> &customOrder, const QList<int> &collapsedKeys)
{
    m_mode = mode;
    m_order = order;
    m_customOrder = customOrder;
    m_collapsedKeys = collapsedKeys;
    m_keep = keep;
    m_lanes.clear();
    const std::size_t n = index.size();
    const std::size_t keys = keyCount(index);
    std::vector<Lane> laneSlots;
    laneSlots.reserve(keys + 1);
    for (std::size_t k = 0; k <= keys; ++k) {
        Lane l;
        l.key = static_cast<int>(k) - 1;
        laneSlots.push_back(std::move(l));
    }

    countDensity(index);
    m_visibleRows = 0;
    auto add = [&laneSlots, &index](std::size_t slot, std::size_t row) {
        Lane &l = laneSlots[slot];
        if (l.rows.empty())
            l.firstStart = index.start(row);
        l.rows.push_back(static_cast<std::uint32_t>(row));
        l.maxDuration = std::max(l.maxDuration, index.end(row) - index.start(row));
    };
    for (std::size_t r = 0; r < n; ++r) {
        if (!isVisible(r))
            continue;
        ++m_visibleRows;
        switch (mode) {
        case LaneMode::Actors:
            if (index.actorCount(r) == 0)
                add(0, r);
            for (const std::uint16_t *a = index.actorsBegin(r); a != index.actorsEnd(r); ++a)
                add(std::size_t(*a) + 1, r);
            break;
        case LaneMode::Kind:
            add(std::size_t(index.kind(r)) + 1, r);
            break;
        case LaneMode::Status:
            add(static_cast<std::size_t>(index.status(r)) + 1, r);
            break;
        case LaneMode::Single:
            add(0, r);
            break;
        }
    }
    for (Lane &l : laneSlots) {
        nameLane(index, l);
        l.collapsed = collapsedKeys.contains(l.key);
        l.rows.shrink_to_fit();
        sample(index, l);
        // Empty lanes are dropped: an actor with nothing in the filter takes no room.
        if (!l.rows.empty())
            m_lanes.push_back(std::move(l));
    }
    orderLanes(keys);
}

void TimelineLanes::orderLanes(std::size_t keyCount)
{
    // From key order, as a build makes them, so equal lanes end in the same order either way.
    std::sort(m_lanes.begin(), m_lanes.end(), [](const Lane &a, const Lane &b) { return a.key < b.key; });
    auto byFirst = [](const Lane &a, const Lane &b) {
        return a.firstStart != b.firstStart ? a.firstStart < b.firstStart : a.key < b.key;
    };
    switch (m_order) {
    case LaneOrder::FirstAppearance:
        std::stable_sort(m_lanes.begin(), m_lanes.end(), byFirst);
        break;
    case LaneOrder::Activity:
        std::stable_sort(m_lanes.begin(), m_lanes.end(), [](const Lane &a, const Lane &b) {
            return a.rows.size() != b.rows.size() ? a.rows.size() > b.rows.size() : a.key < b.key;
        });
        break;
    case LaneOrder::Name:
        std::stable_sort(m_lanes.begin(), m_lanes.end(),
                         [](const Lane &a, const Lane &b) { return a.name.localeAwareCompare(b.name) < 0; });
        break;
    case LaneOrder::Custom:
        std::stable_sort(m_lanes.begin(), m_lanes.end(), [this, &byFirst](const Lane &a, const Lane &b) {
            const qsizetype ia = m_customOrder.indexOf(a.key);
            const qsizetype ib = m_customOrder.indexOf(b.key);
            if ((ia >= 0) != (ib >= 0))
                return ia >= 0;
            return ia >= 0 ? ia < ib : byFirst(a, b);
        });
        break;
    }
    m_laneOfKey.assign(keyCount + 1, -1);
    for (std::size_t i = 0; i < m_lanes.size(); ++i)
        m_laneOfKey[static_cast<std::size_t>(m_lanes[i].key) + 1] = static_cast<int>(i); // -1 wraps to slot 0
}

int TimelineLanes::laneOfKey(int key) const
{
    const auto slot = static_cast<std::size_t>(key) + 1; // -1 wraps to slot 0
    return slot < m_laneOfKey.size() ? m_laneOfKey[slot] : -1;
}

std::size_t TimelineLanes::lowerBound(const TimelineIndex &index, const Lane &lane, std::size_t first, double t)
{
    const std::vector<std::uint32_t> &rows = lane.rows;
    if (first >= rows.size())
        return rows.size();
    // Samples wholly after `first`: the first one at or after t bounds the answer from above, the
    // one before it (when also after `first`) from below.
    const std::size_t firstSample = (first + kSampleStride - 1) / kSampleStride;
    const auto begin = lane.sampledStarts.begin();
    const auto it = std::lower_bound(begin + static_cast<std::ptrdiff_t>(firstSample), lane.sampledStarts.end(), t,
                                     [](std::int64_t start, double time) { return static_cast<double>(start) < time; });
    const auto j = static_cast<std::size_t>(it - begin);
    return lowerBound(index, rows, j > firstSample ? (j - 1) * kSampleStride + 1 : first,
                      std::min(rows.size(), j * kSampleStride), t);
}

std::size_t TimelineLanes::lowerBound(const TimelineIndex &index, const std::vector<std::uint32_t> &rows,
                                      std::size_t first, std::size_t last, double t)
{
    std::size_t lo = first;
    std::size_t hi = last;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (static_cast<double>(index.start(rows[mid])) < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::size_t TimelineLanes::memoryBytes() const
{
    std::size_t bytes = m_keep.capacity() + m_density.capacity() * sizeof(std::uint32_t);
    for (const Lane &l : m_lanes)
        bytes += l.rows.capacity() * sizeof(std::uint32_t) + l.sampledStarts.capacity() * sizeof(std::int64_t);
    return bytes;
}

} // namespace entente
