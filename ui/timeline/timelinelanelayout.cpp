#include "timelinelanelayout.h"

#include <algorithm>
#include <cmath>

namespace entente {

void TimelineLaneLayout::layout(TimelineFrame &f, const TimelineIndex &index, const TimelineLanes &laneSet,
                                double laneScroll)
{
    const auto &lanes = laneSet.lanes();
    int expanded = 0;
    for (const auto &l : lanes)
        expanded += l.collapsed ? 0 : 1;
    const double collapsedHeight = kCollapsedLaneHeight * static_cast<double>(lanes.size() - std::size_t(expanded));
    const double laneHeight
        = expanded ? std::clamp((f.lanesRect.height() - f.eraStrip - collapsedHeight) / expanded, 18.0, 46.0) : 18.0;
    m_markSize = std::clamp(laneHeight * 0.45, 6.0, 12.0);
    m_laneHeights.assign(lanes.size(), laneHeight);
    f.contentHeight = 0;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (lanes[i].collapsed)
            m_laneHeights[i] = kCollapsedLaneHeight;
        f.contentHeight += m_laneHeights[i];
    }
    f.contentHeight += f.eraStrip;
    const double scroll = std::clamp(laneScroll, 0.0, std::max(0.0, f.contentHeight - f.lanesRect.height()));
    const double scale = f.lanesRect.width() / (f.to - f.from);
    const double minSeparation = m_markSize + 2;
    const double groupPixels = std::max(30.0, m_markSize * 3);
    // From about three months in view, a day is wider than a mark (and from about five years, a
    // month): an instant known only to its day or month then covers its stretch as a soft band,
    // never a point or a cluster at its start. Such rows are taken out of a lane's rows in view
    // before the rest is clustered, which costs a pass over those rows: few at these scales.
    // Zoomed further out only years are that wide, and a year lying in a denser cluster's bin
    // stays counted in the cluster: the walk there skips whole bins by binary search.
    const double wideSpan = m_markSize * 1.5;
    const bool separateSpans = 28 * 86400.0 * scale > wideSpan;
    auto isWideInstant = [&index, scale, wideSpan](std::uint32_t r) {
        return !index.isRange(r) && index.startPrecision(r) != FuzzyDate::Precision::Minute
            && static_cast<double>(index.end(r) - index.start(r)) * scale > wideSpan;
    };
    double y = f.lanesRect.top() - scroll;
    for (std::size_t li = 0; li < lanes.size(); ++li) {
        const TimelineLanes::Lane &lane = lanes[li];
        const double h = m_laneHeights[li];
        const QRectF body(f.lanesRect.left(), y, f.lanesRect.width(), h);
        f.lanes.append({ static_cast<int>(li), lane.key, QRectF(f.headersRect.left(), y, f.headersRect.width(), h),
                         body, lane.name });
        y += h;
        if (body.bottom() < f.lanesRect.top() || body.top() > f.lanesRect.bottom())
            continue;
        const double cy = body.center().y();
        std::size_t k = TimelineLanes::lowerBound(index, lane, 0, f.from - static_cast<double>(lane.maxDuration));
        double previousRight = -1e300;
        std::vector<TimelineFrame::SpanGroup> groups;
        // Gathers an imprecise instant with the others of the identical span; emitted after the
        // lane. Rows come in start order, so the match is nearly always among the last groups.
        auto gather = [&](std::uint32_t r) {
            const std::int64_t a = index.start(r);
            const std::int64_t b = index.end(r);
            const auto g = std::find_if(groups.rbegin(), groups.rend(),
                                        [a, b](const auto &e) { return e.from == a && e.to == b; });
            if (g != groups.rend()) {
                ++g->count;
                return;
            }
            const double x = f.lanesRect.left() + (static_cast<double>(a) - f.from) * scale;
            const double width = static_cast<double>(b - a) * scale;
            groups.push_back(
                { static_cast<int>(li), QRectF(x, cy - m_markSize / 2, width, m_markSize), 1, r, a, b, QRectF() });
        };
        const std::vector<std::uint32_t> *lanePoints = &lane.rows;
        if (separateSpans && !lane.collapsed) {
            m_pointRows.clear();
            for (; k < lane.rows.size(); ++k) {
                const std::uint32_t r = lane.rows[k];
                if (static_cast<double>(index.start(r)) >= f.to)
                    break;
                if (static_cast<double>(index.end(r)) <= f.from)
                    continue;
                if (isWideInstant(r))
                    gather(r);
                else
                    m_pointRows.push_back(r);
            }
            lanePoints = &m_pointRows;
            k = 0;
        }
        const std::vector<std::uint32_t> &rows = *lanePoints;
        while (k < rows.size()) {
            const std::uint32_t r = rows[k];
            const auto s = static_cast<double>(index.start(r));
            if (s >= f.to)
                break;
            if (static_cast<double>(index.end(r)) <= f.from) {
                ++k;
                continue;
            }
            const double x = f.lanesRect.left() + (s - f.from) * scale;
            // A range already running at the left edge is drawn as its bar, never folded into
            // a cluster pinned to the edge.
            bool alone = s < f.from || k + 1 >= rows.size()
                || (static_cast<double>(index.start(rows[k + 1])) - s) * scale >= minSeparation;
            // Bins sit on a grid fixed in time, so clusters keep their places while the user pans.
            const double bin = std::floor(s * scale / groupPixels);
            const double binEnd = (bin + 1) * groupPixels / scale;
            std::size_t k2 = k + 1;
            if (!alone || lane.collapsed) {
                k2 = std::max(k + 1,
                              lanePoints == &lane.rows
                                  ? TimelineLanes::lowerBound(index, lane, k + 1, binEnd)
                                  : TimelineLanes::lowerBound(index, rows, k + 1, rows.size(), binEnd));
                // A neighbour just across a bin edge leaves this one alone: never a cluster of one.
                alone = alone || k2 == k + 1;
            }
            if (alone && !lane.collapsed) {
                const double xe = f.lanesRect.left() + (static_cast<double>(index.end(r)) - f.from) * scale;
                const double width = xe - x;
                QRectF rect;
                QPointF centre(x, cy);
                if (index.isRange(r)) {
                    rect = QRectF(x - m_markSize / 2, cy - m_markSize / 2, std::max(width, 0.0) + m_markSize,
                                  m_markSize);
                } else if (isCoarse(index.startPrecision(r))) {
                    centre.setX(x + width / 2);
                    rect = QRectF(std::min(x, centre.x() - m_markSize / 2), cy - m_markSize / 2,
                                  std::max(width, m_markSize), m_markSize);
                    if (width > wideSpan) {
                        gather(r);
                        ++k;
                        continue;
                    }
                } else {
                    rect = QRectF(x - m_markSize / 2, cy - m_markSize / 2, m_markSize, m_markSize);
                }
                f.marks.push_back({ r, static_cast<int>(li), rect, centre });
                // Bars and imprecise spans lie under clusters; only a point mark takes the place.
                if (rect.width() <= m_markSize)
                    previousRight = std::max(previousRight, rect.right());
                ++k;
                continue;
            }
            // Denser than marks can show: the rest of this bin is one cluster.
            const double binLeft = f.lanesRect.left() + (bin * groupPixels / scale - f.from) * scale;
            const double left = std::max({ binLeft + 1, previousRight + 1, f.lanesRect.left() - groupPixels });
            const double right = std::max(binLeft + groupPixels - 1, left + 4);
            const double ch = lane.collapsed ? h - 4 : std::min(h - 4, m_markSize * 1.6);
            f.clusters.push_back({ static_cast<int>(li), QRectF(left, cy - ch / 2, right - left, ch),
                                   static_cast<std::uint32_t>(k2 - k), r, index.start(r), index.start(rows[k2 - 1]) });
            previousRight = right;
            k = k2;
        }
        for (const auto &g : groups) {
            if (g.count == 1)
                f.marks.push_back({ g.firstRow, g.lane, g.rect, g.rect.center() });
            else
                f.spans.push_back(g);
        }
    }
}

} // namespace entente
