#pragma once

#include "timeline/timeticks.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace entente {

// What one paint laid out, kept for hit tests (hover, click, drag) and for tests that check the
// picture against the data: every mark, cluster, label and lane with its rectangle.
struct TimelineFrame
{
    struct Lane
    {
        int lane = 0; // position in TimelineLanes::lanes()
        int key = -1;
        QRectF header;
        QRectF body;
        QString name;
    };
    struct Mark
    {
        std::uint32_t row = 0;
        int lane = 0;
        QRectF rect; // the shape, or the bar for a range
        QPointF centre;
        // Drawn over the cluster or band that also counts it: the selected event, so it shows
        // even where its neighbours are folded together.
        bool extra = false;
    };
    struct Cluster
    {
        int lane = 0;
        QRectF rect;
        std::uint32_t count = 0;
        std::uint32_t firstRow = 0;
        std::int64_t from = 0; // start of the first and of the last event it holds
        std::int64_t to = 0;
    };
    // Events of one lane dated only to the same year, month or day, where that is wider than a
    // mark: one soft band with a count, rather than a pile of identical bands.
    struct SpanGroup
    {
        int lane = 0;
        QRectF rect;
        std::uint32_t count = 0;
        std::uint32_t firstRow = 0;
        std::int64_t from = 0;
        std::int64_t to = 0;
        QRectF countRect; // where its count is drawn; empty when there was no room
    };
    // One sample and its name in the legend, laid out in rows that wrap.
    struct LegendEntry
    {
        QString text;
        int status = -1; // a claim status' sample, or
        int kind = -1; // a kind's sample, or
        int grade = -1; // a grade tier's sample (gradeTier), or neither ("+3 more")
        QPointF sample; // the sample's centre
        QPointF baseline; // where the text starts
    };
    struct Label
    {
        std::uint32_t row = 0;
        QRectF rect;
        QString text;
    };

    QRectF bounds;
    QRectF titleRect;
    QRectF axisRect;
    QRectF stripRect;
    QRectF lanesRect; // lane bodies (time area), clipped
    QRectF headersRect;
    QRectF legendRect;
    QRectF creditRect;
    double from = 0;
    double to = 0;
    double stripFrom = 0; // the whole span drawn in the density strip
    double stripTo = 0;
    double contentHeight = 0; // total height of all lanes, for scrolling
    double markSize = 10; // the side of a mark's symbol
    double scale = 1; // layout units per pixel of the screen design: marks, gaps and rows grow with the type
    TickSet ticks;
    QList<Lane> lanes;
    std::vector<Mark> marks;
    std::vector<Cluster> clusters;
    std::vector<SpanGroup> spans;
    std::vector<Label> labels;
    std::vector<LegendEntry> legend;
    std::vector<Label> eraLabels; // row unused
    double eraStrip = 0; // height kept free below the last lane for the era names
    // A picture for readers with more lanes in view than fit at a readable height shows the
    // busiest: this many others are left out, said on the line of `leftOutRect` below them.
    int lanesLeftOut = 0;
    QRectF leftOutRect;

    // The square a mark's symbol is drawn in: the point of an instant, the start of a range, the
    // middle of an imprecise date's span. Labels keep clear of it.
    QRectF symbol(const Mark &m) const
    {
        return { m.centre.x() - markSize / 2, m.centre.y() - markSize / 2, markSize, markSize };
    }
    // The lane (position in TimelineLanes::lanes()) a point lies on, or -1.
    int laneAt(QPointF p) const;

    double xOf(double seconds) const { return lanesRect.left() + (seconds - from) * lanesRect.width() / (to - from); }
    double timeAt(double x) const { return from + (x - lanesRect.left()) * (to - from) / lanesRect.width(); }
    double stripTimeAt(double x) const
    {
        return stripFrom + (x - stripRect.left()) * (stripTo - stripFrom) / stripRect.width();
    }

    // The mark or cluster under a point, the nearest within `slop` pixels.
    std::optional<std::size_t> markAt(QPointF p, double slop = 3) const;
    std::optional<std::size_t> clusterAt(QPointF p) const;
    std::optional<std::size_t> spanAt(QPointF p) const;
    std::optional<int> laneHeaderAt(QPointF p) const;
};

} // namespace entente
