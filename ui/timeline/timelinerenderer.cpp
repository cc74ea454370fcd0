#include "timelinerenderer.h"

#include "timelinelanename.h"
#include "timelinepainting.h"

#include <QDateTime>
#include <QFontMetricsF>
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

void TimelineRenderer::legendInView(std::uint32_t &statuses, std::vector<bool> &kinds,
                                    const TimelineViewport &viewport) const
{
    statuses = 0;
    kinds.assign(static_cast<std::size_t>(m_index->kinds().size()), false);
    for (const TimelineLanes::Lane &lane : m_lanes->lanes()) {
        for (std::size_t k
             = TimelineLanes::lowerBound(*m_index, lane, 0, viewport.from - static_cast<double>(lane.maxDuration));
             k < lane.rows.size(); ++k) {
            const std::uint32_t r = lane.rows[k];
            if (static_cast<double>(m_index->start(r)) >= viewport.to)
                break;
            if (static_cast<double>(m_index->end(r)) <= viewport.from)
                continue;
            statuses |= 1U << static_cast<unsigned>(m_index->status(r));
            if (m_index->kind(r) < kinds.size())
                kinds[m_index->kind(r)] = true;
        }
    }
}

void TimelineRenderer::layoutRects(const QRectF &rect, const RenderOptions &options, const TimelineViewport &viewport)
{
    TimelineFrame &f = m_frame;
    f = TimelineFrame();
    f.bounds = rect;
    f.from = viewport.from;
    f.to = viewport.to > viewport.from ? viewport.to : viewport.from + 1;
    // The screen's sizes were drawn for 12-pixel type; a picture for readers scales them with its own.
    const double s = options.publication ? std::max(1.0, options.font.pixelSize() / 12.0) : 1.0;
    f.scale = s;
    const QFontMetricsF fm(options.font);
    double top = rect.top();
    double bottom = rect.bottom();
    if (!options.title.isEmpty()) {
        f.titleRect = QRectF(rect.left() + 12 * s, top + 6 * s, rect.width() - 24 * s, fm.height() * 1.6);
        top = f.titleRect.bottom() + 4 * s;
    }
    if (!options.credit.isEmpty()) {
        f.creditRect
            = QRectF(rect.left() + 12 * s, bottom - fm.height() - 6 * s, rect.width() - 24 * s, fm.height() + 2 * s);
        bottom = f.creditRect.top() - 2 * s;
    }
    if (options.legend && m_index) {
        timelinepaint::LegendContent content;
        content.grades = options.grades != nullptr;
        if (options.publication && m_lanes)
            legendInView(content.statuses, content.kinds, viewport);
        const int rows = timelinepaint::layoutLegend(f, fm, m_index->kinds(), rect.width(), content);
        const double height = (kLegendHeight + (rows - 1) * kLegendRowHeight) * s;
        f.legendRect = QRectF(rect.left(), bottom - height, rect.width(), height);
        bottom = f.legendRect.top();
        for (TimelineFrame::LegendEntry &e : f.legend) {
            e.sample += f.legendRect.topLeft();
            e.baseline += f.legendRect.topLeft();
        }
    }
    double headerWidth = std::clamp(rect.width() * 0.14, 90.0, 170.0);
    if (options.headerWidth > 0) {
        headerWidth = std::min(options.headerWidth, rect.width() * 0.5);
    } else if (options.publication) {
        // As wide as the longest name needs, within reason: names are what the reader reads first.
        double widest = 0;
        if (m_lanes) {
            for (const TimelineLanes::Lane &l : m_lanes->lanes())
                widest = std::max(widest, fm.horizontalAdvance(l.name));
        }
        headerWidth = std::clamp(widest + 20 * s, 60 * s, std::max(60 * s, rect.width() * 0.24));
    }
    const double timeLeft = rect.left() + headerWidth;
    const double timeWidth = std::max(10.0, rect.right() - timeLeft - 10 * s);
    if (options.densityStrip && !options.publication) {
        f.stripRect = QRectF(timeLeft, top + 4, timeWidth, kStripHeight - 6);
        top += kStripHeight;
    }
    f.axisRect = QRectF(timeLeft, top, timeWidth, kAxisHeight * s);
    top += kAxisHeight * s;
    f.lanesRect = QRectF(timeLeft, top, timeWidth, std::max(0.0, bottom - top));
    f.headersRect = QRectF(rect.left(), top, headerWidth, f.lanesRect.height());
    // Room below the last lane for the era names, so they never sit on a mark.
    f.eraStrip = m_index && !m_index->eras().isEmpty() ? fm.height() + 8 * s : 0.0;
    if (m_index) {
        const double pad = std::max<double>(1.0, static_cast<double>(m_index->spanEnd() - m_index->spanStart()) * 0.02);
        f.stripFrom = static_cast<double>(m_index->spanStart()) - pad;
        f.stripTo = static_cast<double>(m_index->spanEnd()) + pad;
    }
    f.ticks = TimeTicks::generate(
        f.from, f.to, timeWidth, [&fm](const QString &text) { return fm.horizontalAdvance(text); }, options.locale);
}

void TimelineRenderer::layout(const QRectF &rect, const TimelineViewport &viewport, const RenderOptions &options)
{
    layoutRects(rect, options, viewport);
    if (!m_index || !m_lanes)
        return;
    TimelineLaneLayout::Options lanes;
    lanes.laneScroll = viewport.laneScroll;
    lanes.scale = m_frame.scale;
    lanes.publication = options.publication;
    const QFontMetricsF fm(options.font);
    lanes.textHeight = fm.height();
    lanes.spreadRoom = 11 * fm.averageCharWidth() + 16 * m_frame.scale; // a mark and a dozen letters
    lanes.stackPitch = options.labels ? fm.height() + 4 * m_frame.scale : 0;
    if (options.selected) {
        const std::int64_t row = m_index->rowOf(*options.selected);
        if (row >= 0 && m_lanes->isVisible(static_cast<std::size_t>(row))) {
            if (options.publication)
                lanes.keptRow = static_cast<std::uint32_t>(row); // a slide's event: its lanes stay
            else
                lanes.selectedRow = static_cast<std::uint32_t>(row);
        }
    }
    m_laneLayout.layout(m_frame, *m_index, *m_lanes, lanes);
    layoutLabels(options);
}

std::vector<std::uint32_t> TimelineRenderer::clusterRows(const TimelineFrame::Cluster &cluster, std::size_t limit) const
{
    if (!m_index || !m_lanes)
        return {};
    return m_laneLayout.clusterRows(cluster, *m_index, *m_lanes, limit);
}

void TimelineRenderer::paint(QPainter &painter, const QRectF &rect, const TimelineViewport &viewport,
                             const RenderOptions &options)
{
    painter.save();
    painter.setFont(options.font);
    painter.fillRect(rect, options.theme.background);
    layout(rect, viewport, options);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintLanes(painter, options);
    if (m_index && m_lanes && !m_frame.stripRect.isEmpty())
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
    for (qsizetype i = 0; i < f.lanes.size(); ++i) {
        // Every other lane as laid out: in a picture for readers, lanes left out leave no gap
        // in the rhythm.
        if ((options.publication ? i : f.lanes[i].lane) % 2 == 1)
            painter.fillRect(f.lanes[i].body, theme.laneStripe);
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
    paintHeaders(painter, options);
    painter.restore();
    if (f.lanesLeftOut > 0 && m_lanes) {
        painter.fillRect(f.leftOutRect, theme.background); // no grid line through the words
        painter.setPen(theme.mutedText);
        const QRectF line = f.leftOutRect.adjusted(12 * f.scale, 0, -6 * f.scale, 0);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(options.font)
                             .elidedText(timelinepaint::lanesLeftOut(f.lanesLeftOut, m_lanes->mode(), options.locale),
                                         Qt::ElideRight, line.width()));
    }
    painter.setPen(theme.grid);
    painter.drawLine(QLineF(f.headersRect.right(), f.headersRect.top(), f.headersRect.right(), f.headersRect.bottom()));
}

void TimelineRenderer::paintHeaders(QPainter &painter, const RenderOptions &options)
{
    // Lane headers: a colour tab, the name fitted to the room there is, a fold arrow on screen.
    const TimelineFrame &f = m_frame;
    const TimelineTheme &theme = options.theme;
    const double s = f.scale;
    const QFontMetricsF fm(options.font);
    for (const TimelineFrame::Lane &l : f.lanes) {
        if (l.header.bottom() < f.headersRect.top() || l.header.top() > f.headersRect.bottom())
            continue;
        const bool collapsed = m_lanes && m_lanes->lanes()[static_cast<std::size_t>(l.lane)].collapsed;
        const QRectF h = l.header;
        if (options.draggedLane && *options.draggedLane == l.lane && !options.publication)
            painter.fillRect(h, theme.hover.lighter(170));
        if (m_index && m_lanes && m_lanes->mode() == LaneMode::Actors && l.key >= 0)
            painter.fillRect(QRectF(h.left(), h.top() + 1, 4 * s, h.height() - 2),
                             theme.laneColour(l.key, m_index->actors()[l.key].colour));
        if (!options.publication) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme.mutedText);
            const QPointF a(h.left() + 12, h.center().y());
            if (collapsed)
                painter.drawPolygon(QPolygonF({ a + QPointF(-2, -4), a + QPointF(3, 0), a + QPointF(-2, 4) }));
            else
                painter.drawPolygon(QPolygonF({ a + QPointF(-4, -2), a + QPointF(4, -2), a + QPointF(0, 3) }));
        }
        if (h.height() >= fm.height()) {
            painter.setPen(theme.text);
            const QRectF textRect = h.adjusted(options.publication ? 12 * s : 20, 0, -6 * s, 0);
            const QStaticText &name
                = headerText(l.name, textRect.width(), options.font, !m_lanes || m_lanes->mode() == LaneMode::Actors);
            painter.drawStaticText(QPointF(textRect.left(), textRect.center().y() - name.size().height() / 2), name);
        }
        painter.setPen(theme.grid);
        painter.drawLine(QLineF(h.left(), h.bottom(), f.lanesRect.right(), h.bottom()));
    }
}

const QStaticText &TimelineRenderer::headerText(const QString &name, double width, const QFont &font, bool people)
{
    if (m_headerFont != font || m_headerWidth != width || m_headerPeople != people || m_headerTexts.size() > 1000) {
        m_headerTexts.clear();
        m_headerFont = font;
        m_headerWidth = width;
        m_headerPeople = people;
    }
    auto it = m_headerTexts.find(name);
    if (it == m_headerTexts.end()) {
        QStaticText text(fitLaneName(name, QFontMetricsF(font), width, people));
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        it = m_headerTexts.insert(name, text);
    }
    return *it;
}

} // namespace entente
