#pragma once

#include "fuzzydate.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"
#include "timelineframe.h"

#include <cstdint>
#include <optional>
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
    struct Options
    {
        double laneScroll = 0; // pixels the lanes are scrolled up by
        double scale = 1; // marks and lane heights grow with the type
        double textHeight = 15; // a label's height: the least a lane shows labels in
        // A picture for readers: lanes with nothing in view (and folded ones) are left out, and
        // the others share the whole height.
        bool publication = false;
        // The room one event of a busy day needs beside its mark to be told apart: when the day
        // is that wide for each, its events stand side by side across it instead of one band.
        double spreadRoom = 110;
        std::optional<std::uint32_t> selectedRow; // drawn even inside a cluster or a band
        // A picture that leaves lanes out keeps this row's lanes (a slide's event) first.
        std::optional<std::uint32_t> keptRow;
        // The height of a row of events stacked in a lane (a label's and a little), or 0 for
        // none: events at one instant, or of one day too narrow to stand side by side, stand one
        // above the other where the lane is tall enough for them all.
        double stackPitch = 0;
    };

    // Fills the frame's lanes, marks, clusters, spans and content height for the time from
    // f.from to f.to across f.lanesRect.
    void layout(TimelineFrame &f, const TimelineIndex &index, const TimelineLanes &laneSet, const Options &options);

    // The size of a mark's symbol in the last layout, from the height of its lanes.
    double markSize() const { return m_markSize; }
    // The height of the lane at that position, as laid out (0 when left out).
    double laneHeight(int lanePosition) const { return m_laneHeights[static_cast<std::size_t>(lanePosition)]; }

    // The rows a cluster of the last layout holds, in time order, at most `limit` of them.
    std::vector<std::uint32_t> clusterRows(const TimelineFrame::Cluster &cluster, const TimelineIndex &index,
                                           const TimelineLanes &laneSet, std::size_t limit) const;
    // Whether the lane at that position holds the row (its actor, kind or status).
    static bool laneHolds(const TimelineIndex &index, const TimelineLanes &laneSet, int lanePosition,
                          std::uint32_t row);

    static constexpr double kCollapsedLaneHeight = 12;
    // A date known to its year or month: drawn over its whole extent.
    static bool isCoarse(FuzzyDate::Precision p)
    {
        return p == FuzzyDate::Precision::Year || p == FuzzyDate::Precision::Month;
    }

private:
    void placeLanes(TimelineFrame &f, const TimelineIndex &index, const TimelineLanes &laneSet, const Options &options);
    // Leaves shown only the `keep` unfolded lanes with the most rows between `from` and `to`, those
    // holding `keptRow` first.
    static void keepBusiest(std::vector<char> &shown, int keep, const TimelineIndex &index,
                            const TimelineLanes &laneSet, double from, double to, std::optional<std::uint32_t> keptRow);
    void layoutLane(TimelineFrame &f, const TimelineIndex &index, const TimelineLanes &laneSet, std::size_t li,
                    const Options &options);
    bool isWideInstant(const TimelineIndex &index, std::uint32_t r) const
    {
        return !index.isRange(r) && index.startPrecision(r) != FuzzyDate::Precision::Minute
            && static_cast<double>(index.end(r) - index.start(r)) * m_scale > m_markSize * 1.5;
    }

    // The mark of an event standing alone, starting at x and `width` long in view.
    TimelineFrame::Mark aloneMark(std::uint32_t r, int lanePos, double x, double width, double cy,
                                  const TimelineIndex &index) const;
    // The heights of n rows stacked about cy in the lane, or none when they do not fit.
    std::vector<double> stackRows(int lanePos, std::size_t n, double cy, const Options &options) const;
    // Stacks rows[k, k2) when they share one instant with nothing close on either side.
    bool stackInstant(TimelineFrame &f, const TimelineIndex &index, const std::vector<std::uint32_t> &rows,
                      std::size_t k, std::size_t k2, int lanePos, double cy, double previousRight,
                      const Options &options);
    // Splits a lane's rows in view from `first` into m_pointRows and the wide imprecise
    // instants, which it gathers.
    void separateWide(const TimelineFrame &f, const TimelineIndex &index, const TimelineLanes::Lane &lane,
                      std::size_t first, int lanePos, double cy);
    // Gathers an imprecise instant with the others of the identical span into m_groups.
    void gather(const TimelineFrame &f, const TimelineIndex &index, std::uint32_t r, int lanePos, double cy);
    // Emits a lane's gathered groups: a mark for one, marks side by side across a busy day that
    // is wide enough, a band with a count otherwise. Returns where the selected row lies folded.
    std::optional<QPointF> emitGroups(TimelineFrame &f, const TimelineIndex &index, const TimelineLanes &laneSet,
                                      const Options &options, std::size_t firstCluster, std::size_t firstMark);
    // Where in its band a lone imprecise date's symbol goes: the middle, or the nearest place in
    // the band clear of the lane's clusters and point marks; nothing when there is none.
    std::optional<double> clearSpot(const TimelineFrame &f, const QRectF &band, std::size_t firstCluster,
                                    std::size_t firstMark) const;

    std::vector<TimelineFrame::SpanGroup> m_groups; // the lane's in layoutLane
    std::vector<std::vector<std::uint32_t>> m_groupRows; // the first kMaxSpread + 1 rows of each
    std::vector<double> m_laneHeights; // per lane position
    std::vector<std::uint32_t> m_pointRows; // a lane's rows in view less its wide imprecise instants
    double m_markSize = 10;
    double m_scale = 1; // pixels per second in the last layout
    bool m_separateSpans = false;
};

} // namespace entente
