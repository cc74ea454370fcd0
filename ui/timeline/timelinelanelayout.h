#pragma once

#include "fuzzydate.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"
#include "timelineframe.h"

#include <cstdint>
#include <vector>

namespace entente {

// Places a frame's lanes and what stands on each in view: a mark for an event alone, a cluster
// with its count where events are denser than marks can show, a soft band for instants known
// only to their day, month or year. Bins of clusters sit on a grid fixed in time, so clusters
// keep their places while the user pans. Lanes are searched by time (TimelineLanes::lowerBound),
// so a frame costs what is in view, not what is in the file.
class TimelineLaneLayout
{
public:
    // Fills the frame's lanes, marks, clusters, spans and content height for the time from
    // f.from to f.to across f.lanesRect, the lanes scrolled down by `laneScroll` pixels.
    void layout(TimelineFrame &f, const TimelineIndex &index, const TimelineLanes &laneSet, double laneScroll);

    // The size of a mark's symbol in the last layout, from the height of its lanes.
    double markSize() const { return m_markSize; }
    // The height of the lane at that position, as laid out.
    double laneHeight(int lanePosition) const { return m_laneHeights[static_cast<std::size_t>(lanePosition)]; }

    static constexpr double kCollapsedLaneHeight = 12;
    // A date known to its year or month: drawn over its whole extent.
    static bool isCoarse(FuzzyDate::Precision p)
    {
        return p == FuzzyDate::Precision::Year || p == FuzzyDate::Precision::Month;
    }

private:
    std::vector<double> m_laneHeights; // per lane position
    std::vector<std::uint32_t> m_pointRows; // a lane's rows in view less its wide imprecise instants
    double m_markSize = 10;
};

} // namespace entente
