#include "timelinerenderer.h"

#include "timeline/labelplacer.h"
#include "timelinepainting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStaticText>

#include <algorithm>
#include <cmath>

namespace entente {

RenderOptions::RenderOptions()
{
    font.setFamily(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
}

TimelineRenderer::TimelineRenderer(const TimelineIndex *index, const TimelineLanes *lanes, TimelineTitles *titles)
    : m_index(index)
    , m_lanes(lanes)
    , m_titles(titles)
{ }

void TimelineRenderer::setData(const TimelineIndex *index, const TimelineLanes *lanes, TimelineTitles *titles)
{
    m_index = index;
    m_lanes = lanes;
    m_titles = titles;
    m_labelTexts.clear();
}

TimelineViewport TimelineRenderer::fitAll(const TimelineIndex &index, const TimelineLanes *lanes)
{
    double from = static_cast<double>(index.spanStart());
    double to = static_cast<double>(index.spanEnd());
    if (lanes && lanes->visibleRows() > 0 && lanes->visibleRows() < index.size()) {
        // Fit what the filter lets through.
        from = 1e300;
        to = -1e300;
        for (const TimelineLanes::Lane &l : lanes->lanes()) {
            from = std::min(from, static_cast<double>(index.start(l.rows.front())));
            for (std::uint32_t r : l.rows)
                to = std::max(to, static_cast<double>(index.end(r)));
        }
    }
    if (index.isEmpty()) {
        const double now = static_cast<double>(QDateTime::currentSecsSinceEpoch());
        return { now - 180 * 86400.0, now + 180 * 86400.0, 0 };
    }
    const double span = std::max(to - from, TimelineViewport::kMinSpan * 24);
    const double mid = (from + to) / 2;
    const double half = std::min(span * 1.06, TimelineViewport::kMaxSpan) / 2;
    return { mid - half, mid + half, 0 };
}

void TimelineRenderer::layoutRects(const QRectF &rect, const RenderOptions &options, const TimelineViewport &viewport)
{
    TimelineFrame &f = m_frame;
    f = TimelineFrame();
    f.bounds = rect;
    f.from = viewport.from;
    f.to = viewport.to > viewport.from ? viewport.to : viewport.from + 1;
    const QFontMetricsF fm(options.font);
    double top = rect.top();
    double bottom = rect.bottom();
    if (!options.title.isEmpty()) {
        f.titleRect = QRectF(rect.left() + 12, top + 6, rect.width() - 24, fm.height() * 1.6);
        top = f.titleRect.bottom() + 4;
    }
    if (!options.credit.isEmpty()) {
        f.creditRect = QRectF(rect.left() + 12, bottom - fm.height() - 6, rect.width() - 24, fm.height() + 2);
        bottom = f.creditRect.top() - 2;
    }
    if (options.legend && m_index) {
        const int rows = timelinepaint::layoutLegend(f, fm, m_index->kinds(), rect.width());
        const double height = kLegendHeight + (rows - 1) * kLegendRowHeight;
        f.legendRect = QRectF(rect.left(), bottom - height, rect.width(), height);
        bottom = f.legendRect.top();
        for (TimelineFrame::LegendEntry &e : f.legend) {
            e.sample += f.legendRect.topLeft();
            e.baseline += f.legendRect.topLeft();
        }
    }
    const double headerWidth = options.headerWidth > 0 ? std::min(options.headerWidth, rect.width() * 0.5)
                                                       : std::clamp(rect.width() * 0.14, 90.0, 170.0);
    const double timeLeft = rect.left() + headerWidth;
    const double timeWidth = std::max(10.0, rect.right() - timeLeft - 10);
    if (options.densityStrip) {
        f.stripRect = QRectF(timeLeft, top + 4, timeWidth, kStripHeight - 6);
        top += kStripHeight;
    }
    f.axisRect = QRectF(timeLeft, top, timeWidth, kAxisHeight);
    top += kAxisHeight;
    f.lanesRect = QRectF(timeLeft, top, timeWidth, std::max(0.0, bottom - top));
    f.headersRect = QRectF(rect.left(), top, headerWidth, f.lanesRect.height());
    // Room below the last lane for the era names, so they never sit on a mark.
    f.eraStrip = m_index && !m_index->eras().isEmpty() ? fm.height() + 8 : 0.0;
    if (m_index) {
        const double pad = std::max<double>(1.0, static_cast<double>(m_index->spanEnd() - m_index->spanStart()) * 0.02);
        f.stripFrom = static_cast<double>(m_index->spanStart()) - pad;
        f.stripTo = static_cast<double>(m_index->spanEnd()) + pad;
    }
    f.ticks = TimeTicks::generate(
        f.from, f.to, timeWidth, [&fm](const QString &s) { return fm.horizontalAdvance(s); }, options.locale);
}

void TimelineRenderer::layoutLabels(const RenderOptions &options)
{
    TimelineFrame &f = m_frame;
    if (!options.labels || !m_titles || f.marks.empty())
        return;
    const QFontMetricsF fm(options.font);
    const double textHeight = fm.height();
    // Labels keep clear of the shapes drawn in their lane: every mark's symbol (the point of an
    // instant, the start of a range, the middle of an imprecise date's span) and every cluster.
    // Bars and soft spans are no obstacle: labels sit on them, on a veil. For each mark, the
    // next shape to the right, the furthest reach of the shapes before it (the room on its left)
    // and how far clusters that begin before it reach (a cluster may lie over a bar's start).
    std::vector<double> nextLeft(f.marks.size(), f.lanesRect.right());
    std::vector<double> previousRight(f.marks.size(), f.lanesRect.left());
    std::vector<double> coveredTo(f.marks.size(), -1e300);
    {
        struct Item
        {
            double left;
            double right;
            std::int64_t mark; // -1 for a cluster
            bool operator<(const Item &o) const { return left < o.left || (left == o.left && mark < o.mark); }
        };
        QHash<int, std::vector<Item>> perLane;
        for (std::size_t i = 0; i < f.marks.size(); ++i) {
            const QRectF shape = symbolRect(f.marks[i]);
            perLane[f.marks[i].lane].push_back({ shape.left(), shape.right(), static_cast<std::int64_t>(i) });
        }
        for (const auto &c : f.clusters) {
            const auto it = perLane.find(c.lane);
            if (it != perLane.end())
                it->push_back({ c.rect.left(), c.rect.right(), -1 });
        }
        for (auto &list : perLane) {
            std::sort(list.begin(), list.end());
            double clustersTo = -1e300;
            double reach = f.lanesRect.left();
            for (std::size_t j = 0; j < list.size(); ++j) {
                if (list[j].mark < 0) {
                    clustersTo = std::max(clustersTo, list[j].right);
                    reach = std::max(reach, list[j].right);
                    continue;
                }
                const auto m = static_cast<std::size_t>(list[j].mark);
                coveredTo[m] = clustersTo;
                previousRight[m] = reach;
                reach = std::max(reach, list[j].right);
                if (j + 1 < list.size())
                    nextLeft[m] = list[j + 1].left;
            }
        }
    }
    std::vector<LabelPlacer::Candidate> candidates;
    std::vector<std::size_t> markOf;
    std::vector<LabelText *> texts;
    // A title cut to a word's worth ("The…") tells nothing the hover card does not, and covers
    // the lane: a cut label shows at least about seven letters. On the left of its mark, where
    // it ends up when the right is short, it takes a good part of the title or nothing.
    const LabelPlacer placer(8, std::ceil(7 * fm.averageCharWidth()), 84);
    if (m_labelGeneration != m_titles->generation() || m_labelFont != options.font || m_labelTexts.size() > 20'000) {
        m_labelTexts.clear();
        m_labelGeneration = m_titles->generation();
        m_labelFont = options.font;
    }
    for (std::size_t i = 0; i < f.marks.size(); ++i) {
        const TimelineFrame::Mark &m = f.marks[i];
        const double h = m_laneLayout.laneHeight(m.lane);
        if (h < textHeight + 2)
            continue;
        // A title starts just after its mark's symbol. A bar that began before the window keeps
        // its title at the window's left edge, and one whose start lies under a cluster has it
        // just after the cluster, on the bar.
        const QRectF shape = symbolRect(m);
        const double x = std::max({ shape.right() + 4, f.lanesRect.left() + 4, coveredTo[i] + 4 });
        // Or it ends just before the symbol, when the right is short of room.
        const double leftEnd = shape.left() - 4;
        const double minLeft = std::max(previousRight[i], f.lanesRect.left());
        // Too little room on the right for a few letters: the left or nothing.
        const double maxRight = nextLeft[i] - x < 28 + 8 ? x : nextLeft[i];
        if (maxRight == x && leftEnd - minLeft < 28 + 8)
            continue; // no room: do not even fetch the title
        LabelText &text = labelText(m_index->id(m.row), fm);
        if (text.text.isEmpty())
            continue;
        const double y = m.centre.y() - textHeight / 2;
        candidates.push_back({ x, maxRight, std::min(text.width, 260.0), y, textHeight, m.lane, leftEnd, minLeft });
        markOf.push_back(i);
        texts.push_back(&text);
    }
    m_frameLabels.clear();
    for (const LabelPlacer::Placed &p : placer.place(candidates)) {
        LabelText &text = *texts[p.candidate];
        // Whole when it fits, else elided to whole pixels, so small moves reuse the layout.
        const int room = text.width <= p.rect.width() ? -1 : static_cast<int>(p.rect.width());
        if (room != text.elidedTo || text.shown.text().isEmpty()) {
            const QString shown = room < 0 ? text.text : fm.elidedText(text.text, Qt::ElideRight, room);
            text.elidedTo = room;
            text.shown = QStaticText(shown);
            text.shown.setTextFormat(Qt::PlainText);
            text.shown.setPerformanceHint(QStaticText::AggressiveCaching);
            text.shown.prepare(QTransform(), options.font);
        }
        const QString &shown = text.shown.text();
        if (shown.isEmpty() || shown == QStringLiteral("…"))
            continue;
        f.labels.push_back({ f.marks[markOf[p.candidate]].row, p.rect, shown });
        m_frameLabels.push_back(text.shown);
    }
}

TimelineRenderer::LabelText &TimelineRenderer::labelText(EventId id, const QFontMetricsF &fm)
{
    auto [it, added] = m_labelTexts.try_emplace(id);
    if (added) {
        it->second.text = m_titles->title(id).simplified();
        it->second.width = it->second.text.isEmpty() ? 0 : fm.horizontalAdvance(it->second.text);
    }
    return it->second;
}

void TimelineRenderer::paint(QPainter &painter, const QRectF &rect, const TimelineViewport &viewport,
                             const RenderOptions &options)
{
    painter.save();
    painter.setFont(options.font);
    painter.fillRect(rect, options.theme.background);
    layoutRects(rect, options, viewport);
    if (m_index && m_lanes) {
        m_laneLayout.layout(m_frame, *m_index, *m_lanes, viewport.laneScroll);
        layoutLabels(options);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintLanes(painter, options);
    if (m_index && m_lanes && options.densityStrip)
        timelinepaint::strip(painter, m_frame, *m_lanes, options);
    timelinepaint::axis(painter, m_frame, options);
    if (m_index && options.legend)
        timelinepaint::legend(painter, m_frame, options);
    if (!options.title.isEmpty()) {
        QFont big = options.font;
        big.setPixelSize(options.font.pixelSize() * 3 / 2);
        big.setBold(true);
        painter.setFont(big);
        painter.setPen(options.theme.text);
        painter.drawText(m_frame.titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(big).elidedText(options.title, Qt::ElideRight, m_frame.titleRect.width()));
        painter.setFont(options.font);
    }
    if (!options.credit.isEmpty()) {
        QFont small = options.font;
        small.setPixelSize(std::max(8, options.font.pixelSize() - 2));
        painter.setFont(small);
        painter.setPen(options.theme.mutedText);
        painter.drawText(m_frame.creditRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(small).elidedText(options.credit, Qt::ElideRight, m_frame.creditRect.width()));
    }
    painter.restore();
}

void TimelineRenderer::paintLanes(QPainter &painter, const RenderOptions &options)
{
    const TimelineFrame &f = m_frame;
    const TimelineTheme &theme = options.theme;
    const QRectF clip = f.lanesRect.united(f.headersRect);
    painter.save();
    painter.setClipRect(clip);
    painter.fillRect(f.headersRect, theme.headerBackground);
    for (const TimelineFrame::Lane &l : f.lanes) {
        if (l.lane % 2 == 1)
            painter.fillRect(l.body, theme.laneStripe);
    }
    painter.setClipRect(f.lanesRect);
    if (m_index)
        timelinepaint::eras(painter, m_frame, *m_index, options, timelinepaint::EraPart::Bands);
    timelinepaint::grid(painter, f, options);
    if (options.showToday)
        timelinepaint::today(painter, f, options);
    if (m_index && m_lanes)
        paintMarks(painter, options);
    if (m_index)
        timelinepaint::eras(painter, m_frame, *m_index, options, timelinepaint::EraPart::Names);
    painter.setClipRect(f.headersRect);
    // Lane headers: a colour tab, the name elided to the room there is, a fold arrow.
    const QFontMetricsF fm(options.font);
    for (const TimelineFrame::Lane &l : f.lanes) {
        if (l.header.bottom() < f.headersRect.top() || l.header.top() > f.headersRect.bottom())
            continue;
        const bool collapsed = m_lanes->lanes()[static_cast<std::size_t>(l.lane)].collapsed;
        QRectF h = l.header;
        if (options.draggedLane && *options.draggedLane == l.lane)
            painter.fillRect(h, theme.hover.lighter(170));
        if (m_index && m_lanes->mode() == LaneMode::Actors && l.key >= 0)
            painter.fillRect(QRectF(h.left(), h.top() + 1, 4, h.height() - 2),
                             theme.laneColour(l.key, m_index->actors()[l.key].colour));
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.mutedText);
        const QPointF a(h.left() + 12, h.center().y());
        if (collapsed)
            painter.drawPolygon(QPolygonF({ a + QPointF(-2, -4), a + QPointF(3, 0), a + QPointF(-2, 4) }));
        else
            painter.drawPolygon(QPolygonF({ a + QPointF(-4, -2), a + QPointF(4, -2), a + QPointF(0, 3) }));
        if (h.height() >= fm.height()) {
            painter.setPen(theme.text);
            const QRectF textRect = h.adjusted(20, 0, -6, 0);
            const QStaticText &name = headerText(l.name, textRect.width(), options.font);
            painter.drawStaticText(QPointF(textRect.left(), textRect.center().y() - name.size().height() / 2), name);
        }
        painter.setPen(theme.grid);
        painter.drawLine(QLineF(h.left(), h.bottom(), f.lanesRect.right(), h.bottom()));
    }
    painter.restore();
    painter.setPen(theme.grid);
    painter.drawLine(QLineF(f.headersRect.right(), f.headersRect.top(), f.headersRect.right(), f.headersRect.bottom()));
}

const QStaticText &TimelineRenderer::headerText(const QString &name, double width, const QFont &font)
{
    if (m_headerFont != font || m_headerWidth != width || m_headerTexts.size() > 1000) {
        m_headerTexts.clear();
        m_headerFont = font;
        m_headerWidth = width;
    }
    auto it = m_headerTexts.find(name);
    if (it == m_headerTexts.end()) {
        QStaticText text(QFontMetricsF(font).elidedText(name, Qt::ElideRight, width));
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        it = m_headerTexts.insert(name, text);
    }
    return *it;
}

void TimelineRenderer::paintSpanCounts(QPainter &painter, const RenderOptions &options, const QFont &countFont)
{
    // A band's count goes in the free stretch of its lane nearest the middle of what is in view
    // of the band, clear of clusters, mark symbols, labels and the counts placed before it: a
    // month band seen at day scale has its middle where the days' clusters are, and at week
    // scale the days' bands lie inside the month's. Narrow bands choose first, having the least
    // room.
    TimelineFrame &f = m_frame;
    const TimelineTheme &theme = options.theme;
    std::vector<std::vector<std::pair<double, double>>> taken(f.lanes.size());
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
        const std::pair<double, double> kept(box.left() - kCountSpacing, box.right() + kCountSpacing);
        lane.insert(std::upper_bound(lane.begin(), lane.end(), kept), kept);
    }
}

void TimelineRenderer::paintMarks(QPainter &painter, const RenderOptions &options)
{
    const double markSize = m_laneLayout.markSize();
    const TimelineFrame &f = m_frame;
    const TimelineTheme &theme = options.theme;
    // Colours by lane, or by first actor in the status and single-lane modes, each worked out
    // once a frame: Contrast::readable takes a few powers, and a frame asks thousands of times.
    const bool byLane = m_lanes->mode() == LaneMode::Actors || m_lanes->mode() == LaneMode::Kind;
    m_colourCache.assign(byLane ? m_lanes->lanes().size() : m_index->actors().size() + 1, QColor());
    auto colourOf = [this, &theme, byLane](int lanePos, std::uint32_t row) -> const QColor & {
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
    };
    // Connectors first, under the marks: an event on several actors' lanes joins them.
    if (m_lanes->mode() == LaneMode::Actors) {
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
        QPen pen(theme.connector, 1.2);
        painter.setPen(pen);
        for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
            if (it->second > it->first) {
                const double x = xs.value(it.key());
                const bool selected = options.selected && m_index->id(it.key()) == *options.selected;
                painter.setPen(selected ? QPen(theme.selection, 2) : pen);
                painter.drawLine(QLineF(x, it->first, x, it->second));
            }
        }
    }
    // Bars and imprecise spans first, clusters over them, point marks on top. Spans are cut to
    // the visible area first: a year drawn at week scale is 90,000 pixels wide, and the raster
    // engine would fill all of it before clipping.
    const QRectF drawable = f.lanesRect.adjusted(-20, 0, 20, 0);
    auto addSpan
        = [&](const QColor &colour, ClaimStatus status, QRectF rect, bool softLeft, bool softRight, bool faint) {
              if (rect.left() < drawable.left()) {
                  rect.setLeft(drawable.left());
                  softLeft = false;
              }
              if (rect.right() > drawable.right()) {
                  rect.setRight(drawable.right());
                  softRight = false;
              }
              m_spanBatch.add(colour, status, rect, softLeft, softRight, faint);
          };
    for (const auto &m : f.marks) {
        const std::uint32_t r = m.row;
        if (m_index->isRange(r)) {
            const bool approximate = m_index->isApproximate(r);
            const QRectF bar(m.rect.left() + markSize / 2, m.centre.y() - markSize * 0.3, m.rect.width() - markSize,
                             markSize * 0.6);
            addSpan(colourOf(m.lane, r), m_index->status(r), bar,
                    approximate || TimelineLaneLayout::isCoarse(m_index->startPrecision(r)),
                    approximate || TimelineLaneLayout::isCoarse(m_index->endPrecision(r)), false);
        } else if (m.rect.width() > markSize * 1.5) {
            addSpan(colourOf(m.lane, r), m_index->status(r),
                    QRectF(m.rect.left(), m.centre.y() - markSize * 0.2, m.rect.width(), markSize * 0.4), true, true,
                    true);
        }
    }
    for (const auto &g : f.spans) {
        const QRectF band(g.rect.left(), g.rect.center().y() - markSize * 0.35, g.rect.width(), markSize * 0.7);
        addSpan(colourOf(g.lane, g.firstRow), ClaimStatus::Confirmed, band, true, true, true);
    }
    m_spanBatch.flush(painter, theme);
    double maxCount = 1;
    for (const auto &c : f.clusters)
        maxCount = std::max(maxCount, static_cast<double>(c.count));
    // Clusters are axis-aligned boxes: drawn without antialiasing, which is several times faster
    // on the raster engine and looks the same, and all together (TimelineClusterBatch).
    painter.setRenderHint(QPainter::Antialiasing, false);
    QFont countFont = options.font;
    countFont.setPixelSize(std::max(8, options.font.pixelSize() - 2));
    const QFontMetricsF countMetrics(countFont);
    m_countTexts.setFont(countFont, options.locale);
    const QColor darkText(0x1d, 0x22, 0x2a);
    const QColor lightText(0xff, 0xff, 0xff);
    for (const auto &c : f.clusters) {
        const double strength = std::log1p(c.count) / std::log1p(maxCount);
        const QColor colour = colourOf(c.lane, c.firstRow);
        const bool light = m_clusterBatch.add(theme, colour, c.rect, strength);
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
    if (!f.spans.empty())
        paintSpanCounts(painter, options, countFont);
    m_countTexts.flush(painter);
    painter.setFont(options.font);
    painter.setRenderHint(QPainter::Antialiasing, true);
    // A crowded frame stamps its marks; a sparse one draws them as shapes, exact to the subpixel.
    const bool sprites = f.marks.size() > 100 && m_sprites.begin(painter);
    for (const auto &m : f.marks) {
        const QColor colour = colourOf(m.lane, m.row);
        const std::uint32_t r = m.row;
        const ClaimStatus status = m_index->status(r);
        if (m_index->isApproximate(r))
            timelinepaint::halo(painter, colour, m.centre, markSize);
        if (sprites)
            m_sprites.draw(painter, theme, colour, m_index->kind(r), status, m.centre, markSize);
        else
            timelinepaint::mark(painter, theme, colour, m_index->kind(r), status, m.centre, markSize);
        const EventId id = m_index->id(r);
        if ((options.selected && *options.selected == id) || (options.hovered && *options.hovered == id)) {
            const bool selected = options.selected && *options.selected == id;
            painter.setPen(QPen(selected ? theme.selection : theme.hover, selected ? 2 : 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(m.centre, markSize * 0.9, markSize * 0.9);
        }
    }
    // Labels on a veil of the background, so they read over bars and grid lines alike. The veils
    // are boxes on whole pixels, as the clusters (text keeps its own antialiasing).
    QColor veil = theme.background;
    veil.setAlphaF(0.75F);
    painter.setPen(theme.text);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (std::size_t i = 0; i < f.labels.size(); ++i) {
        const auto &l = f.labels[i];
        painter.fillRect(l.rect.adjusted(-2, 1, 2, -1), veil);
        const QStaticText &text = m_frameLabels[i];
        painter.drawStaticText(QPointF(l.rect.left(), l.rect.center().y() - text.size().height() / 2), text);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
}

} // namespace entente
