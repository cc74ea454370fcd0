#pragma once

#include "timelineindex.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace entente {

// How the timeline divides its rows: one lane per actor (theme lines, as in Analyst's Notebook),
// per kind, per claim status, or everything in one lane.
enum class LaneMode : std::uint8_t { Actors, Kind, Status, Single };
// How lanes are ordered when the user has not dragged them into an order of their own.
enum class LaneOrder : std::uint8_t { FirstAppearance, Activity, Name, Custom };

QString laneModeKey(LaneMode mode);
std::optional<LaneMode> laneModeFromKey(QStringView key);

// The filtered rows of an index, split into lanes and ordered: what the renderer walks.
// Each lane holds the rows that stand on it in start order, so a window is found by binary search
// and one lane never scans another's rows.
class TimelineLanes
{
public:
    struct Lane
    {
        QString name;
        int key = -1; // actor position, kind index or status; -1 for "no actor" or the single lane
        std::vector<std::uint32_t> rows; // in start order
        // The start of every kSampleStride-th row, in one block: a search for a time looks here
        // first and then at no more than kSampleStride rows, instead of jumping through the whole
        // index (each step of a plain binary search over `rows` is a cache miss at a million events).
        std::vector<std::int64_t> sampledStarts;
        std::int64_t maxDuration = 0; // longest end - start, to find ranges begun before a window
        std::int64_t firstStart = 0;
        bool collapsed = false;
    };

    // `keep` is TimelineIndex::match's result (empty keeps everything). `customOrder` lists lane
    // keys in the user's order for LaneOrder::Custom; keys it omits follow by first appearance.
    void build(const TimelineIndex &index, const std::vector<std::uint8_t> &keep, LaneMode mode, LaneOrder order,
               const QList<int> &customOrder = {}, const QList<int> &collapsedKeys = {});

    const std::vector<Lane> &lanes() const { return m_lanes; }
    LaneMode mode() const { return m_mode; }
    std::size_t visibleRows() const { return m_visibleRows; }
    bool isVisible(std::size_t row) const { return m_keep.empty() || m_keep[row] != 0; }
    static constexpr std::size_t kSampleStride = 16;
    // The first position at or after `first` in the lane's rows whose start is at or after `t`.
    static std::size_t lowerBound(const TimelineIndex &index, const Lane &lane, std::size_t first, double t);
    // The same by plain binary search over rows[first, last) of any rows in start order.
    static std::size_t lowerBound(const TimelineIndex &index, const std::vector<std::uint32_t> &rows, std::size_t first,
                                  std::size_t last, double t);
    // The lane each visible row stands on, by position in lanes(); for connectors and hit tests.
    int laneOfKey(int key) const;

    // Counts of visible rows over the whole span of the index in `bins` equal bins: the density
    // strip above the lanes, kept at a fixed resolution and resampled to the width drawn.
    const std::vector<std::uint32_t> &density() const { return m_density; }
    static constexpr int kDensityBins = 4096;

    std::size_t memoryBytes() const;

    // Edits by id (timelinelanesedit.cpp): follows one put() or remove() of the index, instead of
    // a build. `visible` says whether the event's new row passes the filter. Rows between its old
    // and new place are renumbered, its lanes gain or lose it, and the lanes are ordered again.
    void apply(const TimelineIndex &index, const TimelineIndex::RowMove &move, bool visible);
    // Lane names again from the index (an actor renamed).
    void rename(const TimelineIndex &index);

private:
    std::size_t keyCount(const TimelineIndex &index) const;
    void nameLane(const TimelineIndex &index, Lane &lane) const;
    void sample(const TimelineIndex &index, Lane &lane) const;
    // Sorts m_lanes by the order asked for and fills m_laneOfKey.
    void orderLanes(std::size_t keyCount);
    std::vector<int> keysOf(const TimelineIndex &index, std::size_t row) const;
    void countDensity(const TimelineIndex &index);

    std::vector<Lane> m_lanes;
    LaneOrder m_order = LaneOrder::FirstAppearance;
    QList<int> m_customOrder;
    QList<int> m_collapsedKeys;
    std::int64_t m_densityFrom = 0; // the span the density was counted over
    std::int64_t m_densityTo = 0;
    std::vector<std::uint8_t> m_keep;
    std::vector<std::uint32_t> m_density;
    std::vector<int> m_laneOfKey;
    LaneMode m_mode = LaneMode::Actors;
    std::size_t m_visibleRows = 0;
};

} // namespace entente
