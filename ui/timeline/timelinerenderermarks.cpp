// TimelineRenderer: the events themselves (bars, bands, clusters, marks, connectors, labels)
// and the bands' counts. Layout is in timelinerenderer.cpp and timelinerendererlabels.cpp.
#include "timelinerenderer.h"

#include "timelinepainting.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStaticText>

#include <algorithm>
#include <cmath>

namespace entente {

void TimelineRenderer::paintSpanCounts(QPainter &painter, const RenderOptions &options, const QFont &countFont)
{
    // A band's count goes in the free stretch of its lane nearest the middle of what is in view
    // of the band, clear of clusters, mark symbols, labels and the counts placed before it: a
    // month band seen at day scale has its middle where the days' clusters are, and at week
    // scale the days' bands lie inside the month's. Narrow bands choose first, having the least
    // room.
    TimelineFrame &f = m_frame;
    const TimelineTheme &theme = options.theme;
    // By lane position: in a picture for readers some lanes are left out of the frame's list.
    std::vector<std::vector<std::pair<double, double>>> taken(m_lanes->lanes().size());
    auto take = [&](int lane, double left, double right) {
        if (lane >= 0 && static_cast<std::size_t>(lane) < taken.size())
            taken[static_cast<std::size_t>(lane)].emplace_back(left, right);
    };
    for (const auto &c : f.clusters)
        take(c.lane, c.rect.left(), c.rect.right());
    for (const auto &m : f.marks) {
        const QRectF symbol = symbolRect(m);
        take(m.lane, symbol.left(), symbol.right());
    }
    // Lanes go down the picture in order: a label's lane is the last that begins above its middle.
    for (const auto &l : f.labels) {
        const double y = l.rect.center().y();
        const auto lane
            = std::upper_bound(f.lanes.cbegin(), f.lanes.cend(), y,
                               [](double at, const TimelineFrame::Lane &other) { return at < other.body.top(); });
        if (lane != f.lanes.cbegin() && std::prev(lane)->body.contains(l.rect.center()))
            take(std::prev(lane)->lane, l.rect.left(), l.rect.right());
    }
    for (auto &t : taken)
        std::sort(t.begin(), t.end());
    std::vector<std::size_t> order(f.spans.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&f](std::size_t a, std::size_t b) { return f.spans[a].rect.width() < f.spans[b].rect.width(); });
    const double height = QFontMetricsF(countFont).height();
    for (const std::size_t i : order) {
        TimelineFrame::SpanGroup &g = f.spans[i];
        const QSizeF size = m_countTexts.size(g.count);
        const QRectF visible = g.rect.intersected(f.lanesRect);
        const double w = size.width() + 6;
        const double middle = visible.center().x();
        double best = -1;
        double bestDistance = 1e300;
        double gapLeft = visible.left();
        auto consider = [&](double right) {
            if (right - gapLeft < w + 4)
                return;
            const double x = std::clamp(middle - w / 2, gapLeft + 2, right - w - 2);
            if (std::abs(x + w / 2 - middle) < bestDistance) {
                bestDistance = std::abs(x + w / 2 - middle);
                best = x;
            }
        };
        auto &lane = taken[static_cast<std::size_t>(g.lane)];
        for (const auto &[l, r] : lane) {
            if (r <= gapLeft)
                continue;
            if (l >= visible.right())
                break;
            consider(l);
            gapLeft = std::max(gapLeft, r);
        }
        consider(visible.right());
        if (best < 0)
            continue; // no room: the hover card gives the count
        const QRectF box(best, g.rect.center().y() - height / 2, w, height);
        g.countRect = box;
        painter.fillRect(box, theme.background);
        m_countTexts.add(g.count, QPointF(box.left() + 3, box.center().y() - size.height() / 2), theme.mutedText);
        // A count keeps a clear space around it, so two bands' counts never read as one
        // number ("19 5").
        const std::pair<double, double> kept(box.left() - kCountSpacing * f.scale,
                                             box.right() + kCountSpacing * f.scale);
        lane.insert(std::upper_bound(lane.begin(), lane.end(), kept), kept);
    }
}

const QColor &TimelineRenderer::markColour(const TimelineTheme &theme, int lanePos, std::uint32_t row)
{
    // Colours by lane, or by first actor in the status and single-lane modes, each worked out
    // once a frame: Contrast::readable takes a few powers, and a frame asks thousands of times.
    const bool byLane = m_lanes->mode() == LaneMode::Actors || m_lanes->mode() == LaneMode::Kind;
    const auto &lane = m_lanes->lanes()[static_cast<std::size_t>(lanePos)];
    // By status or in one lane, colour tells the first actor (slot 0 for none).
    const int actor = byLane || m_index->actorCount(row) == 0 ? -1 : *m_index->actorsBegin(row);
    QColor &cached = m_colourCache[static_cast<std::size_t>(byLane ? lanePos : actor + 1)];
    if (cached.isValid())
        return cached;
    if (m_lanes->mode() == LaneMode::Actors)
        cached = lane.key >= 0 ? theme.laneColour(lane.key, m_index->actors()[lane.key].colour) : theme.mutedText;
    else if (m_lanes->mode() == LaneMode::Kind)
        cached = theme.laneColour(lane.key + 1);
    else
        cached = actor >= 0 ? theme.laneColour(actor) : theme.mutedText;
    return cached;
}

void TimelineRenderer::paintMarks(QPainter &painter, const RenderOptions &options)
{
    const bool byLane = m_lanes->mode() == LaneMode::Actors || m_lanes->mode() == LaneMode::Kind;
    m_colourCache.assign(byLane ? m_lanes->lanes().size() : m_index->actors().size() + 1, QColor());
    // Connectors under the marks; bars and imprecise spans next, clusters over them, point marks
    // on top, labels last.
    if (m_lanes->mode() == LaneMode::Actors)
        paintConnectors(painter, options);
    paintSpans(painter, options);
    QFont countFont = options.font;
    countFont.setPixelSize(std::max(8, options.font.pixelSize() - 2));
    paintClusters(painter, options, countFont);
    if (!m_frame.spans.empty())
        paintSpanCounts(painter, options, countFont);
    m_countTexts.flush(painter);
    painter.setFont(options.font);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintPointMarks(painter, options);
    paintLabels(painter, options.theme);
}

// An event on several actors' lanes joins them with a line through its marks.
void TimelineRenderer::paintConnectors(QPainter &painter, const RenderOptions &options)
{
    const TimelineFrame &f = m_frame;
    const TimelineTheme &theme = options.theme;
    QHash<std::uint32_t, std::pair<double, double>> spans;
    QHash<std::uint32_t, double> xs;
    for (const auto &m : f.marks) {
        if (m_index->actorCount(m.row) < 2)
            continue;
        auto it = spans.find(m.row);
        if (it == spans.end()) {
            spans.insert(m.row, { m.centre.y(), m.centre.y() });
            xs.insert(m.row, m.centre.x()); // through the symbols: a day's is at its middle
        } else {
            it->first = std::min(it->first, m.centre.y());
            it->second = std::max(it->second, m.centre.y());
        }
    }
    QPen pen(theme.connector, 1.2 * f.scale);
    painter.setPen(pen);
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        if (it->second > it->first) {
            const double x = xs.value(it.key());
            const bool selected
                = !options.publication && options.selected && m_index->id(it.key()) == *options.selected;
            painter.setPen(selected ? QPen(theme.selection, 2) : pen);
            painter.drawLine(QLineF(x, it->first, x, it->second));
        }
    }
}

// Bars, imprecise spans and counted bands. Spans are cut to the visible area first: a year drawn
// at week scale is 90,000 pixels wide, and the raster engine would fill all of it before
// clipping.
void TimelineRenderer::paintSpans(QPainter &painter, const RenderOptions &options)
{
    const double markSize = m_laneLayout.markSize();
    const TimelineFrame &f = m_frame;
    const TimelineTheme &theme = options.theme;
    const QRectF drawable = f.lanesRect.adjusted(-20, 0, 20, 0);
    auto addSpan = [&](const QColor &colour, ClaimStatus status, QRectF rect, bool softLeft, bool softRight, bool faint,
                       int depth = 1) {
        if (rect.left() < drawable.left()) {
            rect.setLeft(drawable.left());
            softLeft = false;
        }
        if (rect.right() > drawable.right()) {
            rect.setRight(drawable.right());
            softRight = false;
        }
        m_spanBatch.add(colour, status, rect, softLeft, softRight, faint, depth);
    };
    // By grade (RenderOptions::grades), a bar is as strong as the event's mark.
    auto colourOf = [&](const TimelineFrame::Mark &m) {
        const QColor c = markColour(theme, m.lane, m.row);
        return options.grades ? gradedColour(c, theme.background, gradeTier(options.grades->value(m_index->id(m.row))))
                              : c;
    };
    for (const auto &m : f.marks) {
        const std::uint32_t r = m.row;
        if (m_index->isRange(r)) {
            const bool approximate = m_index->isApproximate(r);
            const QRectF bar(m.rect.left() + markSize / 2, m.centre.y() - markSize * 0.3, m.rect.width() - markSize,
                             markSize * 0.6);
            addSpan(colourOf(m), m_index->status(r), bar,
                    approximate || TimelineLaneLayout::isCoarse(m_index->startPrecision(r)),
                    approximate || TimelineLaneLayout::isCoarse(m_index->endPrecision(r)), false);
        } else if (m.rect.width() > markSize * 1.5) {
            addSpan(colourOf(m), m_index->status(r),
                    QRectF(m.rect.left(), m.centre.y() - markSize * 0.2, m.rect.width(), markSize * 0.4), true, true,
                    true);
        }
    }
    // A band is as strong as it is full: one level more for each power of ten of its events, so
    // a day of thousands never reads like a day of three where its count has no room to show.
    for (const auto &g : f.spans) {
        const QRectF band(g.rect.left(), g.rect.center().y() - markSize * 0.35, g.rect.width(), markSize * 0.7);
        const int depth = 1 + static_cast<int>(std::floor(std::log10(std::max<double>(1, g.count))));
        addSpan(markColour(theme, g.lane, g.firstRow), ClaimStatus::Confirmed, band, true, true, true, depth);
    }
    m_spanBatch.flush(painter, theme);
}

// Clusters are axis-aligned boxes: drawn without antialiasing, which is several times faster on
// the raster engine and looks the same, and all together (TimelineClusterBatch). Their counts
// are queued in m_countTexts, flushed by the caller.
void TimelineRenderer::paintClusters(QPainter &painter, const RenderOptions &options, const QFont &countFont)
{
    const TimelineFrame &f = m_frame;
    double maxCount = 1;
    for (const auto &c : f.clusters)
        maxCount = std::max(maxCount, static_cast<double>(c.count));
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF countMetrics(countFont);
    m_countTexts.setFont(countFont, options.locale);
    const QColor darkText(0x1d, 0x22, 0x2a);
    const QColor lightText(0xff, 0xff, 0xff);
    for (const auto &c : f.clusters) {
        const double strength = std::log1p(c.count) / std::log1p(maxCount);
        const QColor colour = markColour(options.theme, c.lane, c.firstRow);
        const bool light = m_clusterBatch.add(options.theme, colour, c.rect, strength);
        if (c.rect.height() < countMetrics.height() - 2)
            continue;
        // On the part in view: a cluster reaching past the left edge keeps its count whole.
        const QRectF shown = c.rect.intersected(f.lanesRect);
        const QSizeF size = m_countTexts.size(c.count);
        if (size.width() + 4 > shown.width())
            continue;
        const QPointF at(shown.center().x() - size.width() / 2, shown.center().y() - size.height() / 2);
        m_countTexts.add(c.count, at, light ? lightText : darkText);
    }
    m_clusterBatch.flush(painter);
}

// A crowded frame stamps its marks; a sparse one draws them as shapes, exact to the subpixel.
void TimelineRenderer::paintPointMarks(QPainter &painter, const RenderOptions &options)
{
    const double markSize = m_laneLayout.markSize();
    const TimelineTheme &theme = options.theme;
    const bool sprites = m_frame.marks.size() > 100 && m_sprites.begin(painter);
    for (const auto &m : m_frame.marks) {
        const std::uint32_t r = m.row;
        const QColor colour = options.grades ? gradedColour(markColour(theme, m.lane, r), theme.background,
                                                            gradeTier(options.grades->value(m_index->id(r))))
                                             : markColour(theme, m.lane, r);
        const ClaimStatus status = m_index->status(r);
        if (m_index->isApproximate(r))
            timelinepaint::halo(painter, colour, m.centre, markSize);
        if (sprites)
            m_sprites.draw(painter, theme, colour, m_index->kind(r), status, m.centre, markSize);
        else
            timelinepaint::mark(painter, theme, colour, m_index->kind(r), status, m.centre, markSize);
        if (options.publication)
            continue; // nothing the reader cannot use: no selection, no hover
        const EventId id = m_index->id(r);
        if ((options.selected && *options.selected == id) || (options.hovered && *options.hovered == id)) {
            const bool selected = options.selected && *options.selected == id;
            painter.setPen(QPen(selected ? theme.selection : theme.hover, selected ? 2 : 1.5));
            painter.setBrush(Qt::NoBrush);
            // Over a cluster, the ring stands out from its box.
            painter.drawEllipse(m.centre, markSize * (m.extra ? 1.1 : 0.9), markSize * (m.extra ? 1.1 : 0.9));
        }
    }
}

// Labels on a veil of the background, so they read over bars and grid lines alike. The veils are
// boxes on whole pixels, as the clusters (text keeps its own antialiasing).
void TimelineRenderer::paintLabels(QPainter &painter, const TimelineTheme &theme)
{
    QColor veil = theme.background;
    veil.setAlphaF(0.75F);
    painter.setPen(theme.text);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (std::size_t i = 0; i < m_frame.labels.size(); ++i) {
        const auto &l = m_frame.labels[i];
        painter.fillRect(l.rect.adjusted(-2, 1, 2, -1), veil);
        const QStaticText &text = m_frameLabels[i];
        painter.drawStaticText(QPointF(l.rect.left(), l.rect.center().y() - text.size().height() / 2), text);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
}

} // namespace entente
