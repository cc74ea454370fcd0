#include "timelinelanelayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace entente {

namespace {

// Whether a lane has anything between `from` and `to`.
bool hasRowsIn(const TimelineIndex &index, const TimelineLanes::Lane &lane, double from, double to)
{
    for (std::size_t k = TimelineLanes::lowerBound(index, lane, 0, from - static_cast<double>(lane.maxDuration));
         k < lane.rows.size(); ++k) {
        const std::uint32_t r = lane.rows[k];
        if (static_cast<double>(index.start(r)) >= to)
            return false;
        if (static_cast<double>(index.end(r)) > from)
            return true;
    }
    return false;
}

// How many of a lane's rows start between `from` less its longest duration and `to`: what it
// has in view, give or take its long ones, to rank lanes by.
std::size_t rowsAbout(const TimelineIndex &index, const TimelineLanes::Lane &lane, double from, double to)
{
    const std::size_t first = TimelineLanes::lowerBound(index, lane, 0, from - static_cast<double>(lane.maxDuration));
    return TimelineLanes::lowerBound(index, lane, first, to) - first;
}

// Whether rows[k, k2), in start order, hold the row: looked for only where its start fits.
bool holds(const TimelineIndex &index, const std::vector<std::uint32_t> &rows, std::size_t k, std::size_t k2,
           std::uint32_t row)
{
    if (index.start(row) < index.start(rows[k]) || index.start(row) > index.start(rows[k2 - 1]))
        return false;
    const auto end = rows.begin() + static_cast<std::ptrdiff_t>(k2);
    return std::find(rows.begin() + static_cast<std::ptrdiff_t>(k), end, row) != end;
}

// At most this many events of one day stand side by side; more stay one band with a count.
constexpr std::size_t kMaxSpread = 24;

} // namespace

void TimelineLaneLayout::layout(TimelineFrame &f, const TimelineIndex &index, const TimelineLanes &laneSet,
                                const Options &options)
{
    placeLanes(f, index, laneSet, options);
    m_scale = f.lanesRect.width() / (f.to - f.from);
    // From about three months in view, a day is wider than a mark (and from about five years, a
    // month): an instant known only to its day or month then covers its stretch as a soft band,
    // never a point or a cluster at its start. Such rows are taken out of a lane's rows in view
    // before the rest is clustered, which costs a pass over those rows: few at these scales.
    // Zoomed further out only years are that wide, and a year lying in a denser cluster's bin
    // stays counted in the cluster: the walk there skips whole bins by binary search.
    m_separateSpans = 28 * 86400.0 * m_scale > m_markSize * 1.5;
    for (const TimelineFrame::Lane &l : f.lanes) {
        if (l.body.bottom() < f.lanesRect.top() || l.body.top() > f.lanesRect.bottom())
            continue;
        layoutLane(f, index, laneSet, static_cast<std::size_t>(l.lane), options);
    }
}

void TimelineLaneLayout::placeLanes(TimelineFrame &f, const TimelineIndex &index, const TimelineLanes &laneSet,
                                    const Options &options)
{
    const auto &lanes = laneSet.lanes();
    const double s = options.scale;
    std::vector<char> shown(lanes.size(), 1);
    int expanded = 0;
    int folded = 0;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (options.publication)
            shown[i] = !lanes[i].collapsed && hasRowsIn(index, lanes[i], f.from, f.to) ? 1 : 0;
        if (shown[i])
            (lanes[i].collapsed ? folded : expanded) += 1;
    }
    double room = f.lanesRect.height() - f.eraStrip - kCollapsedLaneHeight * folded;
    f.lanesLeftOut = 0;
    if (options.publication && expanded > 0) {
        // A name must be readable in every lane: past what fits so, the busiest lanes stay (in
        // their order) and a line below them says how many others were left out.
        const double readable = options.textHeight * 1.2;
        const double line = options.textHeight + 8 * s;
        const auto fit = static_cast<int>(std::max(1.0, std::floor((room - line) / readable)));
        if (expanded * readable > room && fit < expanded) {
            keepBusiest(shown, fit, index, laneSet, f.from, f.to, options.keptRow);
            f.lanesLeftOut = expanded - fit;
            expanded = fit;
            room -= line;
        }
    }
    double laneHeight = 18 * s;
    if (expanded && options.publication)
        laneHeight = std::max(room / expanded, 8 * s); // the lanes fill the picture
    else if (expanded)
        laneHeight = std::clamp(room / expanded, 18 * s, 72 * s); // three stacked rows at most
    m_markSize = std::clamp(laneHeight * 0.45, 6 * s, 12 * s);
    f.markSize = m_markSize;
    m_laneHeights.assign(lanes.size(), 0.0);
    f.contentHeight = 0;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (shown[i])
            m_laneHeights[i] = lanes[i].collapsed ? kCollapsedLaneHeight : laneHeight;
        f.contentHeight += m_laneHeights[i];
    }
    f.contentHeight += f.eraStrip;
    const double scroll = std::clamp(options.laneScroll, 0.0, std::max(0.0, f.contentHeight - f.lanesRect.height()));
    double y = f.lanesRect.top() - scroll;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (!shown[i])
            continue;
        const double h = m_laneHeights[i];
        f.lanes.append({ static_cast<int>(i), lanes[i].key, QRectF(f.headersRect.left(), y, f.headersRect.width(), h),
                         QRectF(f.lanesRect.left(), y, f.lanesRect.width(), h), lanes[i].name });
        y += h;
    }
    if (f.lanesLeftOut > 0) {
        f.leftOutRect = QRectF(f.headersRect.left(), y + f.eraStrip, f.lanesRect.right() - f.headersRect.left(),
                               options.textHeight + 8 * s);
    }
}

void TimelineLaneLayout::keepBusiest(std::vector<char> &shown, int keep, const TimelineIndex &index,
                                     const TimelineLanes &laneSet, double from, double to,
                                     std::optional<std::uint32_t> keptRow)
{
    const auto &lanes = laneSet.lanes();
    std::vector<std::pair<std::size_t, std::size_t>> busy; // rows in view, lane position
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (!shown[i] || lanes[i].collapsed)
            continue;
        const bool kept = keptRow && laneHolds(index, laneSet, static_cast<int>(i), *keptRow);
        busy.emplace_back(kept ? std::numeric_limits<std::size_t>::max() : rowsAbout(index, lanes[i], from, to), i);
    }
    // The busiest first; of two as busy, the one higher up.
    std::sort(busy.begin(), busy.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (std::size_t k = static_cast<std::size_t>(keep); k < busy.size(); ++k)
        shown[busy[k].second] = 0;
}

void TimelineLaneLayout::layoutLane(TimelineFrame &f, const TimelineIndex &index, const TimelineLanes &laneSet,
                                    std::size_t li, const Options &options)
{
    const TimelineLanes::Lane &lane = laneSet.lanes()[li];
    const double h = m_laneHeights[li];
    const QRectF body = std::find_if(f.lanes.cbegin(), f.lanes.cend(), [li](const auto &l) {
                            return l.lane == static_cast<int>(li);
                        })->body;
    const double scale = m_scale;
    const double minSeparation = m_markSize + 2;
    const double groupPixels = std::max(30.0 * options.scale, m_markSize * 3);
    const double wideSpan = m_markSize * 1.5;
    const double cy = body.center().y();
    const auto lanePos = static_cast<int>(li);
    const std::optional<std::uint32_t> selected = options.selectedRow;
    std::optional<QPointF> selectedAt; // where the selected event lies folded into a cluster or band
    std::size_t k = TimelineLanes::lowerBound(index, lane, 0, f.from - static_cast<double>(lane.maxDuration));
    double previousRight = -1e300;
    std::optional<std::size_t> lastCluster; // this lane's last, in f.clusters
    m_groups.clear();
    m_groupRows.clear();
    const std::size_t firstCluster = f.clusters.size();
    const std::size_t firstMark = f.marks.size();
    const std::vector<std::uint32_t> *lanePoints = &lane.rows;
    if (m_separateSpans && !lane.collapsed) {
        separateWide(f, index, lane, k, lanePos, cy);
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
        bool alone = (s < f.from && index.isRange(r)) || k + 1 >= rows.size()
            || (static_cast<double>(index.start(rows[k + 1])) - s) * scale >= minSeparation;
        // Bins sit on a grid fixed in time, so clusters keep their places while the user pans.
        const double bin = std::floor(s * scale / groupPixels);
        const double binEnd = (bin + 1) * groupPixels / scale;
        std::size_t k2 = k + 1;
        double bins = 1; // the cluster's width, in bins
        auto upTo = [&](double t) {
            return std::max(k + 1,
                            lanePoints == &lane.rows ? TimelineLanes::lowerBound(index, lane, k + 1, t)
                                                     : TimelineLanes::lowerBound(index, rows, k + 1, rows.size(), t));
        };
        if (!alone) {
            k2 = upTo(binEnd);
            // A neighbour too close to stand beside it, just across a bin edge: the cluster
            // takes the next bin too, so the two never draw over each other.
            if (k2 == k + 1) {
                k2 = upTo(binEnd + groupPixels / scale);
                bins = 2;
            }
        } else if (lane.collapsed) {
            k2 = upTo(binEnd);
        }
        if (alone && !lane.collapsed) {
            const double xe = f.lanesRect.left() + (static_cast<double>(index.end(r)) - f.from) * scale;
            const double width = xe - x;
            const bool coarse = !index.isRange(r) && isCoarse(index.startPrecision(r));
            // A symbol that would lie on the cluster just before it is counted in that cluster
            // instead: it would hide the count, and the count would hide it.
            const double symbolLeft = (coarse ? x + width / 2 : x) - m_markSize / 2;
            if (lastCluster && (!coarse || width <= wideSpan)
                && symbolLeft <= f.clusters[*lastCluster].rect.right() + 1) {
                TimelineFrame::Cluster &c = f.clusters[*lastCluster];
                ++c.count;
                c.to = index.start(r);
                if (selected && *selected == r)
                    selectedAt = QPointF(x, cy);
                ++k;
                continue;
            }
            if (coarse && width > wideSpan) {
                gather(f, index, r, lanePos, cy);
                ++k;
                continue;
            }
            f.marks.push_back(aloneMark(r, lanePos, x, width, cy, index));
            // Bars and imprecise spans lie under clusters; only the symbol takes the place.
            previousRight = std::max(previousRight, f.marks.back().centre.x() + m_markSize / 2);
            ++k;
            continue;
        }
        // Events at one instant, alone there, the lane tall enough: one above the other.
        if (stackInstant(f, index, rows, k, k2, lanePos, cy, previousRight, options)) {
            previousRight = x + m_markSize / 2;
            k = k2;
            continue;
        }
        // Denser than marks can show: the rest of this bin is one cluster.
        const double binLeft = f.lanesRect.left() + (bin * groupPixels / scale - f.from) * scale;
        const double left = std::max({ binLeft + 1, previousRight + 1, f.lanesRect.left() - groupPixels });
        const double right = std::max(binLeft + groupPixels * bins - 1, left + 4);
        const double ch = lane.collapsed ? h - 4 : std::min(h - 4, m_markSize * 1.6);
        const std::uint32_t last = rows[k2 - 1];
        f.clusters.push_back({ lanePos, QRectF(left, cy - ch / 2, right - left, ch), static_cast<std::uint32_t>(k2 - k),
                               r, index.start(r), index.start(last) });
        if (selected && !lane.collapsed && holds(index, rows, k, k2, *selected))
            selectedAt = QPointF(f.xOf(static_cast<double>(index.start(*selected))), cy);
        previousRight = right;
        lastCluster = f.clusters.size() - 1;
        k = k2;
    }
    if (const auto folded = emitGroups(f, index, laneSet, options, firstCluster, firstMark))
        selectedAt = folded;
    if (selectedAt) {
        const QRectF square(selectedAt->x() - m_markSize / 2, cy - m_markSize / 2, m_markSize, m_markSize);
        f.marks.push_back({ *selected, lanePos, square, QPointF(selectedAt->x(), cy), true });
    }
}

TimelineFrame::Mark TimelineLaneLayout::aloneMark(std::uint32_t r, int lanePos, double x, double width, double cy,
                                                  const TimelineIndex &index) const
{
    const double m = m_markSize;
    if (index.isRange(r)) // its bar, the symbol at its start
        return { r, lanePos, QRectF(x - m / 2, cy - m / 2, std::max(width, 0.0) + m, m), QPointF(x, cy) };
    if (isCoarse(index.startPrecision(r))) { // its year or month, the symbol in the middle
        const QPointF centre(x + width / 2, cy);
        return { r, lanePos, QRectF(std::min(x, centre.x() - m / 2), cy - m / 2, std::max(width, m), m), centre };
    }
    return { r, lanePos, QRectF(x - m / 2, cy - m / 2, m, m), QPointF(x, cy) };
}

std::vector<double> TimelineLaneLayout::stackRows(int lanePos, std::size_t n, double cy, const Options &options) const
{
    double pitch = options.stackPitch;
    const double h = m_laneHeights[static_cast<std::size_t>(lanePos)];
    // Too low for a title to each row: the marks closer, each still its own (the titles that no
    // longer fit drop out, or stand on the event's other lanes).
    if (static_cast<double>(n) * pitch > h - 2)
        pitch = m_markSize * 1.3;
    if (options.stackPitch <= 0 || n < 2 || n > kMaxSpread || static_cast<double>(n) * pitch > h - 2)
        return {};
    std::vector<double> ys;
    for (std::size_t i = 0; i < n; ++i)
        ys.push_back(cy + (static_cast<double>(i) - (static_cast<double>(n) - 1) / 2) * pitch);
    return ys;
}

bool TimelineLaneLayout::stackInstant(TimelineFrame &f, const TimelineIndex &index,
                                      const std::vector<std::uint32_t> &rows, std::size_t k, std::size_t k2,
                                      int lanePos, double cy, double previousRight, const Options &options)
{
    const std::uint32_t r = rows[k];
    const std::int64_t s = index.start(r);
    if (index.start(rows[k2 - 1]) != s || static_cast<double>(s) < f.from)
        return false;
    for (std::size_t i = k; i < k2; ++i) {
        if (isCoarse(index.startPrecision(rows[i])) && !index.isRange(rows[i]))
            return false;
    }
    const double x = f.lanesRect.left() + (static_cast<double>(s) - f.from) * m_scale;
    if (x - m_markSize / 2 <= previousRight + 1
        || (k2 < rows.size() && (static_cast<double>(index.start(rows[k2]) - s)) * m_scale < m_markSize + 2))
        return false;
    const std::vector<double> ys = stackRows(lanePos, k2 - k, cy, options);
    if (ys.empty())
        return false;
    for (std::size_t i = k; i < k2; ++i) {
        const double y = ys[i - k];
        const double width = index.isRange(rows[i])
            ? static_cast<double>(index.end(rows[i]) - index.start(rows[i])) * m_scale + m_markSize
            : m_markSize;
        f.marks.push_back(
            { rows[i], lanePos, QRectF(x - m_markSize / 2, y - m_markSize / 2, width, m_markSize), QPointF(x, y) });
    }
    return true;
}

void TimelineLaneLayout::separateWide(const TimelineFrame &f, const TimelineIndex &index,
                                      const TimelineLanes::Lane &lane, std::size_t first, int lanePos, double cy)
{
    m_pointRows.clear();
    for (std::size_t k = first; k < lane.rows.size(); ++k) {
        const std::uint32_t r = lane.rows[k];
        if (static_cast<double>(index.start(r)) >= f.to)
            break;
        if (static_cast<double>(index.end(r)) <= f.from)
            continue;
        if (isWideInstant(index, r))
            gather(f, index, r, lanePos, cy);
        else
            m_pointRows.push_back(r);
    }
}

void TimelineLaneLayout::gather(const TimelineFrame &f, const TimelineIndex &index, std::uint32_t r, int lanePos,
                                double cy)
{
    // Rows come in start order, so the match is nearly always among the last groups.
    const std::int64_t a = index.start(r);
    const std::int64_t b = index.end(r);
    for (std::size_t i = m_groups.size(); i-- > 0;) {
        if (m_groups[i].from == a && m_groups[i].to == b) {
            ++m_groups[i].count;
            if (m_groupRows[i].size() <= kMaxSpread)
                m_groupRows[i].push_back(r);
            return;
        }
    }
    const double x = f.lanesRect.left() + (static_cast<double>(a) - f.from) * m_scale;
    const double width = static_cast<double>(b - a) * m_scale;
    m_groups.push_back({ lanePos, QRectF(x, cy - m_markSize / 2, width, m_markSize), 1, r, a, b, QRectF() });
    m_groupRows.push_back({ r });
}

std::optional<double> TimelineLaneLayout::clearSpot(const TimelineFrame &f, const QRectF &band,
                                                    std::size_t firstCluster, std::size_t firstMark) const
{
    std::vector<std::pair<double, double>> taken;
    for (std::size_t i = firstCluster; i < f.clusters.size(); ++i)
        taken.emplace_back(f.clusters[i].rect.left() - 1, f.clusters[i].rect.right() + 1);
    for (std::size_t i = firstMark; i < f.marks.size(); ++i)
        taken.emplace_back(f.marks[i].centre.x() - m_markSize * 0.65 - 1,
                           f.marks[i].centre.x() + m_markSize * 0.65 + 1);
    const double half = m_markSize * 0.65; // diamonds and triangles reach past the square
    auto clear = [&taken, half](double x) {
        return std::none_of(taken.begin(), taken.end(),
                            [x, half](const auto &t) { return x + half > t.first && x - half < t.second; });
    };
    const double middle = band.center().x();
    if (clear(middle))
        return middle;
    // The nearest edge of something in the way, on either side, that is inside the band.
    std::optional<double> best;
    for (const auto &t : taken) {
        for (const double x : { t.first - half, t.second + half }) {
            if (x - half >= band.left() && x + half <= band.right() && clear(x)
                && (!best || std::abs(x - middle) < std::abs(*best - middle)))
                best = x;
        }
    }
    return best;
}

std::optional<QPointF> TimelineLaneLayout::emitGroups(TimelineFrame &f, const TimelineIndex &index,
                                                      const TimelineLanes &laneSet, const Options &options,
                                                      std::size_t firstCluster, std::size_t firstMark)
{
    std::optional<QPointF> selectedAt;
    const std::optional<std::uint32_t> selected = options.selectedRow;
    for (std::size_t gi = 0; gi < m_groups.size(); ++gi) {
        const TimelineFrame::SpanGroup &g = m_groups[gi];
        const auto &members = m_groupRows[gi];
        if (g.count == 1) {
            // Known only to its day, month or year, it may stand anywhere in its band: where it
            // hides no cluster nor mark. With no such place, the cluster it lies on counts it, or
            // it is a band with its count.
            // (Its symbol may reach a little past the band's ends: the band still says when.)
            if (const auto x = clearSpot(f, g.rect.adjusted(-m_markSize, 0, m_markSize, 0), firstCluster, firstMark)) {
                f.marks.push_back({ g.firstRow, g.lane, g.rect, QPointF(*x, g.rect.center().y()) });
            } else {
                const auto on = std::find_if(
                    f.clusters.begin() + static_cast<std::ptrdiff_t>(firstCluster), f.clusters.end(),
                    [&g](const auto &c) { return c.rect.left() < g.rect.right() && c.rect.right() > g.rect.left(); });
                if (on != f.clusters.end()) {
                    ++on->count;
                } else {
                    f.spans.push_back(g); // a band with its count, where marks crowd its whole span
                }
                if (selected && *selected == g.firstRow)
                    selectedAt = g.rect.center();
            }
            continue;
        }
        // A busy day wide enough to tell its events apart: each stands on its own share of the
        // day in view, with its own mark and room for its title. Their order within the day is
        // not known, so zoomed to hours they share what is in view of the day rather than stand
        // at hours they did not happen at.
        const double left = std::max(g.rect.left(), f.lanesRect.left());
        const double share = (std::min(g.rect.right(), f.lanesRect.right()) - left) / g.count;
        if (index.startPrecision(g.firstRow) == FuzzyDate::Precision::Day && members.size() == g.count
            && share >= options.spreadRoom) {
            // Each symbol where it hides no cluster of the day's timed events; when one has no
            // such place, the day stays one band.
            std::vector<QPointF> at;
            for (std::size_t i = 0; i < members.size(); ++i) {
                const QRectF slice(left + share * static_cast<double>(i), g.rect.top(), share, g.rect.height());
                if (const auto x = clearSpot(f, slice, firstCluster, firstMark))
                    at.emplace_back(*x, slice.center().y());
            }
            for (std::size_t i = 0; at.size() == members.size() && i < members.size(); ++i) {
                const QRectF slice(left + share * static_cast<double>(i), g.rect.top(), share, g.rect.height());
                f.marks.push_back({ members[i], g.lane, slice, at[i] });
            }
            if (at.size() == members.size())
                continue;
        }
        // Else, the lane tall enough, one above the other where the band is clear.
        const std::vector<double> ys = members.size() == g.count
            ? stackRows(g.lane, members.size(), g.rect.center().y(), options)
            : std::vector<double>();
        const QRectF inView(left, g.rect.top(), std::min(g.rect.right(), f.lanesRect.right()) - left, g.rect.height());
        if (const auto x = ys.empty() ? std::nullopt : clearSpot(f, inView, firstCluster, firstMark)) {
            for (std::size_t i = 0; i < members.size(); ++i)
                f.marks.push_back({ members[i], g.lane,
                                    QRectF(g.rect.left(), ys[i] - m_markSize / 2, g.rect.width(), m_markSize),
                                    QPointF(*x, ys[i]) });
            continue;
        }
        f.spans.push_back(g);
        if (selected && std::find(members.begin(), members.end(), *selected) != members.end())
            selectedAt = g.rect.center();
        else if (selected && members.size() < g.count && index.start(*selected) == g.from
                 && index.end(*selected) == g.to && laneHolds(index, laneSet, g.lane, *selected))
            selectedAt = g.rect.center();
    }
    return selectedAt;
}

std::vector<std::uint32_t> TimelineLaneLayout::clusterRows(const TimelineFrame::Cluster &cluster,
                                                           const TimelineIndex &index, const TimelineLanes &laneSet,
                                                           std::size_t limit) const
{
    std::vector<std::uint32_t> out;
    if (cluster.lane < 0 || static_cast<std::size_t>(cluster.lane) >= laneSet.lanes().size())
        return out;
    const TimelineLanes::Lane &lane = laneSet.lanes()[static_cast<std::size_t>(cluster.lane)];
    // The walk that made the cluster, again: the rows from its first start to its last, less
    // the imprecise instants drawn as bands at this scale.
    for (std::size_t k = TimelineLanes::lowerBound(index, lane, 0, static_cast<double>(cluster.from));
         k < lane.rows.size() && out.size() < limit; ++k) {
        const std::uint32_t r = lane.rows[k];
        if (index.start(r) > cluster.to)
            break;
        if (!m_separateSpans || lane.collapsed || !isWideInstant(index, r))
            out.push_back(r);
    }
    return out;
}

bool TimelineLaneLayout::laneHolds(const TimelineIndex &index, const TimelineLanes &laneSet, int lanePosition,
                                   std::uint32_t row)
{
    if (lanePosition < 0 || static_cast<std::size_t>(lanePosition) >= laneSet.lanes().size() || !laneSet.isVisible(row))
        return false;
    const int key = laneSet.lanes()[static_cast<std::size_t>(lanePosition)].key;
    switch (laneSet.mode()) {
    case LaneMode::Actors:
        if (key < 0)
            return index.actorCount(row) == 0;
        return std::find(index.actorsBegin(row), index.actorsEnd(row), static_cast<std::uint16_t>(key))
            != index.actorsEnd(row);
    case LaneMode::Kind:
        return index.kind(row) == key;
    case LaneMode::Status:
        return static_cast<int>(index.status(row)) == key;
    case LaneMode::Single:
        return true;
    }
    return false;
}

} // namespace entente
