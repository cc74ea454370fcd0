#include "storyslides.h"

#include "slidecard.h"
#include "store/store.h"
#include "story/storysteps.h"
#include "timeline/timelinepainting.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>
#include <QRegularExpression>
#include <QSet>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

// The timeline is drawn at its own design size and scaled up as a whole: lane names, labels,
// marks and axis grow together, and the lanes keep their proportions. At 1920×1080 and a font
// scale of 1, a point of the timeline is this many pixels.
constexpr double kTimelineZoom = 1.6;
constexpr int kTimelineFontPixels = 14;

// A range of days within one month written once: "23–25 May 2025", in the locale's order.
QString rangeText(const FuzzyDate &start, const FuzzyDate &end)
{
    const QString endText = end.toDisplayString();
    if (start.precision() == FuzzyDate::Precision::Day && end.precision() == FuzzyDate::Precision::Day
        && !start.isApproximate() && !end.isApproximate() && start.yearNumber() == end.yearNumber()
        && start.monthNumber() == end.monthNumber() && start.dayNumber() < end.dayNumber()) {
        static const QRegularExpression number(QStringLiteral("\\d+"));
        auto it = number.globalMatch(endText);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured().toInt() == end.dayNumber())
                return QString(endText).insert(m.capturedStart(), QString::number(start.dayNumber()) + u'–');
        }
    }
    return StorySlides::tr("%1 – %2").arg(start.toDisplayString(), endText);
}

// A publication is named by who, what and when: "Interbellum News, “Headline”, 16 May 2025". A
// source with neither a date nor a link (the public record) is no publication: its title is
// what it says, shown as a note under its name.
bool isNote(const Source &s)
{
    return !s.published && s.url.isEmpty() && !s.publisher.isEmpty();
}

QString creditOf(const Source &s)
{
    if (isNote(s))
        return s.publisher;
    QStringList parts;
    if (!s.publisher.isEmpty())
        parts.append(s.publisher);
    if (!s.title.isEmpty())
        parts.append(StorySlides::tr("“%1”").arg(s.title));
    if (s.published)
        parts.append(s.published->toDisplayString());
    return parts.join(QStringLiteral(", "));
}

// The frame of a timeline drawn under `t`, in the coordinates of the painter it was drawn on.
TimelineFrame mapped(const TimelineFrame &in, const QTransform &t)
{
    TimelineFrame f = in;
    auto r = [&t](QRectF &rect) { rect = t.mapRect(rect); };
    r(f.bounds);
    r(f.titleRect);
    r(f.axisRect);
    r(f.stripRect);
    r(f.lanesRect);
    r(f.headersRect);
    r(f.legendRect);
    r(f.creditRect);
    for (TimelineFrame::Lane &l : f.lanes) {
        r(l.header);
        r(l.body);
    }
    for (TimelineFrame::Mark &m : f.marks) {
        r(m.rect);
        m.centre = t.map(m.centre);
    }
    for (TimelineFrame::Cluster &c : f.clusters)
        r(c.rect);
    for (TimelineFrame::SpanGroup &g : f.spans) {
        r(g.rect);
        r(g.countRect);
    }
    for (TimelineFrame::Label &l : f.labels)
        r(l.rect);
    for (TimelineFrame::Label &l : f.eraLabels)
        r(l.rect);
    return f;
}

// "Says: reported · 24 November 2023 · 1,000 each": what a source's account gives of its own.
QString accountText(const Account &a, const QHash<ActorId, QString> &actorNames)
{
    QStringList parts;
    if (a.status)
        parts.append(claimStatusLabel(*a.status).toLower());
    if (a.start)
        parts.append(a.end ? rangeText(*a.start, *a.end) : a.start->toDisplayString());
    if (!a.figure.isEmpty())
        parts.append(a.figure);
    QStringList names;
    for (const ActorId id : a.actors) {
        if (actorNames.contains(id))
            names.append(actorNames.value(id));
    }
    if (!names.isEmpty())
        parts.append(names.join(QStringLiteral(", ")));
    return parts.isEmpty() ? QString() : StorySlides::tr("Says: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace

StorySlides::StorySlides(const Store &store, const Story &story)
    : m_story(story)
    , m_titles(&store)
{
    m_index.build(store);
    // The lanes keep one order on every slide, the order of first appearance over the whole file.
    TimelineLanes all;
    all.build(m_index, {}, LaneMode::Actors, LaneOrder::FirstAppearance);
    for (const TimelineLanes::Lane &l : all.lanes())
        m_laneOrder.append(l.key);
    QList<EventId> ids;
    for (const StoryStep &s : std::as_const(story.steps))
        ids.append(s.eventId);
    QHash<EventId, Event> events;
    for (const Event &e : store.events(ids))
        events.insert(e.id, e);
    // Each step's row in the index, found in one pass: the focus is drawn in every lane of the
    // event, also where the lane folds it into a cluster.
    QHash<EventId, qint64> rows;
    for (const EventId id : std::as_const(ids))
        rows.insert(id, -1);
    for (std::size_t r = 0; r < m_index.size(); ++r) {
        const auto it = rows.find(m_index.id(r));
        if (it != rows.end())
            *it = static_cast<qint64>(r);
    }
    QHash<ActorId, QString> actorNames;
    for (const Actor &a : store.actors())
        actorNames.insert(a.id, a.name);
    // The steps' sources only: a file of GDELT holds hundreds of thousands.
    QHash<SourceId, Card::SourceLine> credits;
    QHash<SourceId, std::optional<Reliability>> reliabilities;
    for (const Event &e : std::as_const(events)) {
        for (const EventSource &link : e.sources) {
            if (credits.contains(link.sourceId))
                continue;
            if (const std::optional<Source> src = store.source(link.sourceId)) {
                credits.insert(src->id, { creditOf(*src), isNote(*src) ? src->title : QString(), QString() });
                reliabilities.insert(src->id, src->reliability);
            }
        }
    }
    const TimelineTheme palette = TimelineTheme::light();
    for (const StoryStep &step : std::as_const(story.steps)) {
        // A step whose event was deleted since is skipped, not shown blank.
        const auto it = events.constFind(step.eventId);
        if (it == events.cend())
            continue;
        const Event &e = *it;
        Card card;
        card.eventId = e.id;
        card.title = e.title;
        card.date = e.end ? rangeText(e.start, *e.end) : e.start.toDisplayString();
        card.status = e.status;
        for (const EventActor &a : e.actors)
            card.actors.append({ actorNames.value(a.actorId), actorColour(a.actorId, palette) });
        card.summary = e.summary;
        for (const EventSource &src : e.sources) {
            Card::SourceLine line = credits.value(src.sourceId);
            line.quote = src.quote;
            line.grade = Grade { reliabilities.value(src.sourceId), src.credibility }.text();
            // What this source's account says differently, after what it is.
            if (const QString says = accountText(src.account, actorNames); !says.isEmpty())
                line.note = line.note.isEmpty() ? says : tr("%1 · %2").arg(line.note, says);
            card.sources.append(line);
        }
        card.note = step.note;
        card.highlighted = step.highlightedActors;
        card.row = rows.value(e.id, -1);
        if (card.row >= 0)
            card.kind = m_index.kind(static_cast<std::size_t>(card.row));
        card.start = static_cast<double>(e.start.startSeconds());
        card.end = static_cast<double>(e.end ? e.end->endSeconds() : e.start.endSeconds());
        const auto [from, to] = stories::cameraWindow(step, e);
        m_cards.append(card);
        m_cameras.append({ from, to, 0 });
    }
}

void StorySlides::buildLanes(int step)
{
    // The slide shows the lanes of the actors with an event in its window, no empty ones.
    const double from = m_cameras.at(step).from;
    const double to = m_cameras.at(step).to;
    std::vector<std::uint8_t> keep(m_index.size(), 0);
    for (std::size_t r = 0; r < m_index.size(); ++r)
        keep[r] = static_cast<double>(m_index.end(r)) >= from && static_cast<double>(m_index.start(r)) <= to ? 1 : 0;
    if (m_cards.at(step).row >= 0)
        keep[static_cast<std::size_t>(m_cards.at(step).row)] = 1;
    m_lanes.build(m_index, keep, LaneMode::Actors, LaneOrder::Custom, m_laneOrder);
    m_lanesStep = step;
    m_renderer.setData(&m_index, &m_lanes, &m_titles);
}

QColor StorySlides::actorColour(ActorId id, const TimelineTheme &theme) const
{
    const auto &actors = m_index.actors();
    for (int i = 0; i < actors.size(); ++i) {
        if (actors[i].id == id)
            return theme.laneColour(i, actors[i].colour);
    }
    return theme.mutedText;
}

TimelineTheme StorySlides::theme(const SlideStyle &style)
{
    if (!style.highContrast)
        return TimelineTheme::light();
    // Pure black and white with a yellow accent: what survives a projector in a sunny room.
    TimelineTheme t = TimelineTheme::dark();
    t.background = QColor(0, 0, 0);
    t.laneStripe = QColor(0x14, 0x14, 0x14);
    t.headerBackground = QColor(0x1a, 0x1a, 0x1a);
    t.axisBackground = QColor(0, 0, 0);
    t.text = QColor(0xff, 0xff, 0xff);
    t.mutedText = QColor(0xe0, 0xe0, 0xe0);
    t.grid = QColor(0x70, 0x70, 0x70);
    t.selection = QColor(0xff, 0xe0, 0x00);
    t.hover = QColor(0xff, 0xe0, 0x00);
    t.markOutlineFill = QColor(0, 0, 0);
    return t;
}

void StorySlides::paint(QPainter &painter, const QRectF &rect, int step, const TimelineViewport &viewport,
                        const SlideStyle &style)
{
    const TimelineTheme theme = StorySlides::theme(style);
    const double s = rect.height() / 1080.0; // geometry scale
    const double unit = s * std::clamp(style.fontScale, 0.5, 3.0); // type scale
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(rect, theme.background);
    m_frame = TimelineFrame();
    m_titleRect = {};
    m_focusRect = {};
    m_focusLabelRect = {};
    m_statusRect = {};
    m_sourceRects.clear();
    m_highlightedLanes.clear();
    m_laneFontPixels = 0;
    if (step < 0 || step >= count()) {
        painter.setFont(SlideCard::font(48 * unit, true));
        painter.setPen(theme.text);
        painter.drawText(rect, Qt::AlignCenter, tr("This story has no steps."));
        painter.restore();
        return;
    }
    const Card &c = m_cards.at(step);
    const double margin = 48 * s;
    const QRectF inner = rect.adjusted(margin, 28 * s, -margin, -28 * s);

    // Header: the story's name and the progress (growing less than the rest: it is not read).
    const double headerUnit = std::min(unit, 1.3 * s);
    painter.setFont(SlideCard::font(30 * headerUnit, true));
    const QFontMetricsF headerMetrics(painter.font());
    const QString progress = tr("%1 / %2").arg(QLocale().toString(step + 1), QLocale().toString(count()));
    const double progressWidth = headerMetrics.horizontalAdvance(progress);
    const QRectF header(inner.left(), inner.top(), inner.width(), headerMetrics.height());
    painter.setPen(theme.text);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, progress);
    painter.setFont(SlideCard::font(26 * headerUnit));
    painter.setPen(theme.mutedText);
    const QString name = m_story.name.isEmpty() ? tr("Filtered events") : m_story.name;
    painter.drawText(
        header.adjusted(0, 0, -progressWidth - 32 * s, 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter.font()).elidedText(name, Qt::ElideRight, header.width() - progressWidth - 32 * s));

    if (step != m_lanesStep)
        buildLanes(step);
    // The timeline: about half the slide, drawn at its design size and scaled as a whole, the
    // focused event at full colour and the rest dimmed. Every lane whole, each tall enough for a
    // label: the timeline grows into the card's room when the type is enlarged, up to 62 % of
    // the slide, and beyond that its scale gives.
    const double timelineTop = header.bottom() + 12 * s;
    const double maxHeight = rect.top() + rect.height() * 0.62 - timelineTop;
    // More lanes than fit at three quarters of the design size (a few days of GDELT hold
    // thousands of actors): the timeline keeps the step's and the busiest, and says so below.
    const double perLane = kTimelineFontPixels * 1.2 + 4;
    const double fixed = TimelineRenderer::kAxisHeight + (m_index.eras().isEmpty() ? 0.0 : 26.0) + 4;
    const double fitting = std::max(1.0, std::floor((maxHeight / (0.75 * kTimelineZoom * unit) - fixed) / perLane) - 1);
    const double lanes = std::min(static_cast<double>(m_lanes.lanes().size()), fitting);
    const double laneRoom = perLane * lanes + (lanes < static_cast<double>(m_lanes.lanes().size()) ? perLane : 0.0);
    const double need = fixed + laneRoom;
    double zoom = kTimelineZoom * unit;
    const double height = std::clamp(need * zoom, rect.top() + rect.height() * 0.54 - timelineTop, maxHeight);
    zoom = std::min(zoom, height / need);
    // Few lanes: drawn larger, up to a third, rather than leaving the lower part of the timeline empty.
    const double needTall = need + (46 - kTimelineFontPixels * 1.2 - 4) * lanes;
    if (zoom >= kTimelineZoom * unit)
        zoom = std::clamp(height / needTall, zoom, zoom * 1.35);
    const QRectF timelineRect(inner.left(), timelineTop, inner.width(), height);
    const QRectF logical(0, 0, timelineRect.width() / zoom, timelineRect.height() / zoom);
    RenderOptions options;
    options.theme = theme;
    options.font.setPixelSize(kTimelineFontPixels);
    options.showToday = false;
    options.legend = false;
    options.densityStrip = false;
    // Drawn for the class, as a picture for readers: no fold arrows, no counts, each event
    // labelled once; the step's own event is ringed and labelled by paintFocus below.
    options.publication = true;
    options.selected = c.eventId;
    // The lane names whole: the column is as wide as the longest name, up to a third of the width.
    const QFontMetricsF laneMetrics(options.font);
    double names = 0;
    for (const TimelineLanes::Lane &l : m_lanes.lanes())
        names = std::max(names, laneMetrics.horizontalAdvance(l.name));
    options.headerWidth = std::min(std::ceil(names) + 32, logical.width() / 3);
    QTransform transform;
    transform.translate(timelineRect.left(), timelineRect.top());
    transform.scale(zoom, zoom);
    painter.save();
    painter.setClipRect(timelineRect);
    painter.setTransform(transform, true);
    m_renderer.paint(painter, logical, viewport, options);
    paintFocus(painter, c, theme, 1.0 / kTimelineZoom);
    paintFocusLabel(painter, c, theme, options.font, 1.0 / kTimelineZoom);
    painter.restore();
    m_frame = mapped(m_renderer.frame(), transform);
    m_focusRect = transform.mapRect(m_focusRect);
    m_focusLabelRect = transform.mapRect(m_focusLabelRect);
    for (QRectF &r : m_highlightedLanes)
        r = transform.mapRect(r);
    m_laneFontPixels = kTimelineFontPixels * zoom;

    // The card.
    const QRectF cardRect(inner.left(), timelineRect.bottom() + 24 * s, inner.width(),
                          inner.bottom() - timelineRect.bottom() - 24 * s);
    const QColor accent = m_focusColour.isValid() ? m_focusColour : theme.selection;
    // The card is designed about 400 points high: where the timeline took more of the slide (a
    // larger type and many lanes), the card's type gives way, down to its size at a scale of 1.
    const double cardUnit = std::max(std::min(s, unit), std::min(unit, cardRect.height() / 400));
    const SlideCard::Layout card = SlideCard::paint(painter, cardRect, c, theme, cardUnit, accent);
    m_titleRect = card.title;
    m_statusRect = card.status;
    m_sourceRects = card.sources;
    painter.restore();
}

void StorySlides::paintFocus(QPainter &painter, const Card &card, const TimelineTheme &theme, double px)
{
    const TimelineFrame &f = m_renderer.frame(); // in the timeline's own coordinates
    painter.save();
    // The highlighted actors' lanes are left out of the veil and marked at their headers.
    m_highlightedLanes.clear();
    QRegion veiled(f.lanesRect.toAlignedRect());
    for (const TimelineFrame::Lane &lane : f.lanes) {
        if (lane.key < 0 || lane.key >= static_cast<int>(m_index.actors().size())
            || !card.highlighted.contains(m_index.actors()[lane.key].id))
            continue;
        const QRectF body = lane.body.intersected(f.lanesRect);
        if (body.isEmpty())
            continue;
        veiled -= QRegion(body.toAlignedRect());
        const QColor colour = theme.laneColour(lane.key, m_index.actors()[lane.key].colour);
        QColor wash = colour;
        wash.setAlphaF(0.10F);
        painter.fillRect(body, wash);
        const QRectF header = lane.header.intersected(f.headersRect);
        painter.fillRect(QRectF(header.left(), header.top(), 6 * px, header.height()), colour);
        m_highlightedLanes.append(header.united(body));
    }
    // The line saying how many lanes were left out stays readable too.
    if (!f.leftOutRect.isNull())
        veiled -= QRegion(f.leftOutRect.toAlignedRect());
    painter.setClipRegion(veiled);
    QColor veil = theme.background;
    veil.setAlphaF(0.72F);
    painter.fillRect(f.lanesRect, veil);
    painter.setClipRect(f.lanesRect);
    // A cursor at the event's time, so the eye finds it even where it sits in a cluster.
    // A range (the three days of an exchange) shows as a soft band with a line where it begins.
    QColor cursor = theme.selection;
    cursor.setAlphaF(0.4F);
    QColor band = theme.selection;
    band.setAlphaF(0.08F);
    const double x0 = f.xOf(card.start);
    const double x1 = f.xOf(card.end);
    if (x1 - x0 > 4 * px)
        painter.fillRect(QRectF(x0, f.lanesRect.top(), x1 - x0, f.lanesRect.height()), band);
    painter.fillRect(QRectF(x0 - 1.5 * px, f.lanesRect.top(), 3 * px, f.lanesRect.height()), cursor);
    const double size = 22 * px;
    m_focusColour = QColor();
    m_focusRings.clear();
    QSet<int> ringed; // lanes where the event has a mark of its own
    auto ring = [&](int laneIndex, QPointF at, std::uint32_t row) {
        const auto &lane = m_lanes.lanes()[static_cast<std::size_t>(laneIndex)];
        const QColor colour
            = lane.key >= 0 ? theme.laneColour(lane.key, m_index.actors()[lane.key].colour) : theme.mutedText;
        const QPointF centre(std::clamp(at.x(), f.lanesRect.left() + size, f.lanesRect.right() - size), at.y());
        timelinepaint::mark(painter, theme, colour, m_index.kind(row), m_index.status(row), centre, size);
        painter.setPen(QPen(theme.selection, 3 * px));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, size * 0.95, size * 0.95);
        const QRectF r(centre.x() - size, centre.y() - size, 2 * size, 2 * size);
        m_focusRings.append(r);
        m_focusRect = m_focusRect.isNull() ? r : m_focusRect.united(r);
        if (!m_focusColour.isValid())
            m_focusColour = colour;
        ringed.insert(laneIndex);
    };
    for (const auto &m : f.marks) {
        if (m_index.id(m.row) == card.eventId)
            ring(m.lane, m.centre, m.row);
    }
    // Where a lane folded the event into a cluster or a band of like dates, it is drawn over
    // them at its own time, so every actor of the step shows it.
    if (card.row >= 0) {
        const auto row = static_cast<std::uint32_t>(card.row);
        for (const TimelineFrame::Lane &lane : f.lanes) {
            if (ringed.contains(lane.lane) || lane.key < 0 || lane.body.center().y() < f.lanesRect.top()
                || lane.body.center().y() > f.lanesRect.bottom())
                continue;
            const bool ofThisEvent
                = std::find(m_index.actorsBegin(row), m_index.actorsEnd(row), static_cast<std::uint16_t>(lane.key))
                != m_index.actorsEnd(row);
            // Where its own mark would be: the middle of a year or month, else where it starts.
            const FuzzyDate::Precision precision = m_index.startPrecision(row);
            const bool coarse = !m_index.isRange(row)
                && (precision == FuzzyDate::Precision::Year || precision == FuzzyDate::Precision::Month);
            const double x = coarse ? f.xOf((card.start + card.end) / 2) : f.xOf(card.start);
            if (ofThisEvent && x >= f.lanesRect.left() - size && x <= f.lanesRect.right() + size)
                ring(lane.lane, QPointF(x, lane.body.center().y()), row);
        }
    }
    painter.restore();
}

void StorySlides::paintFocusLabel(QPainter &painter, const Card &card, const TimelineTheme &theme, const QFont &font,
                                  double px)
{
    // The step's title on the timeline at full contrast, over the veil: where the timeline
    // labelled it, in that place; else beside its first ring, where there is room.
    if (m_focusRings.isEmpty())
        return;
    const TimelineFrame &f = m_renderer.frame();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const QString title = card.title.simplified();
    // Once, beside the ring with the most room to the right up to the next mark of its lane
    // (the topmost where the whole title fits), else on the left of one.
    const double want = fm.horizontalAdvance(title);
    const double least = std::min(want, 7 * fm.averageCharWidth());
    auto roomAt = [&](const QRectF &ring, bool rightSide) {
        const double y = ring.center().y();
        double edge = rightSide ? f.lanesRect.right() - 4 * px : f.lanesRect.left() + 4 * px;
        for (const TimelineFrame::Mark &m : f.marks) {
            if (m.rect.top() > y || m.rect.bottom() < y || m_index.id(m.row) == card.eventId)
                continue;
            // The mark's symbol (a bar or a month's span is no obstacle, its symbol is).
            const double half = m.rect.height() / 2;
            if (rightSide && m.centre.x() - half > ring.right())
                edge = std::min(edge, m.centre.x() - half - 4 * px);
            else if (!rightSide && m.centre.x() + half < ring.left())
                edge = std::max(edge, m.centre.x() + half + 4 * px);
        }
        for (const TimelineFrame::Cluster &c : f.clusters) {
            if (c.rect.top() > y || c.rect.bottom() < y)
                continue;
            if (rightSide && c.rect.left() > ring.right())
                edge = std::min(edge, c.rect.left() - 4 * px);
            else if (!rightSide && c.rect.right() < ring.left())
                edge = std::max(edge, c.rect.right() + 4 * px);
        }
        return rightSide ? edge - (ring.right() + 4 * px) : ring.left() - 4 * px - edge;
    };
    QList<QRectF> rings = m_focusRings;
    std::sort(rings.begin(), rings.end(), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
    QList<QRectF> places;
    for (const bool rightSide : { true, false }) {
        const QRectF *best = nullptr;
        double bestRoom = least;
        for (const QRectF &ring : std::as_const(rings)) {
            if (!f.lanesRect.contains(ring.center()))
                continue;
            const double room = roomAt(ring, rightSide);
            if (room >= bestRoom && (!best || bestRoom < want)) {
                best = &ring;
                bestRoom = room;
            }
        }
        if (best) {
            const double w = std::min(want, bestRoom);
            const double x = rightSide ? best->right() + 4 * px : best->left() - 4 * px - w;
            places.append(QRectF(x, best->center().y() - fm.height() / 2, w, fm.height()));
            break;
        }
    }
    painter.save();
    painter.setClipRect(f.lanesRect);
    painter.setFont(bold);
    m_focusLabelRect = {};
    for (const QRectF &place : std::as_const(places)) {
        const QString shown = fm.elidedText(title, Qt::ElideRight, place.width() + 1);
        const QRectF box(place.left(), place.center().y() - fm.height() / 2, fm.horizontalAdvance(shown), fm.height());
        painter.fillRect(box.adjusted(-3 * px, -1 * px, 3 * px, 1 * px), theme.background);
        painter.setPen(theme.text);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, shown);
        m_focusLabelRect = m_focusLabelRect.isNull() ? box : m_focusLabelRect.united(box);
    }
    painter.restore();
}

void StorySlides::paintNotes(QPainter &painter, const QRectF &rect, int step, const SlideStyle &style,
                             const QString &elapsed) const
{
    const TimelineTheme theme = StorySlides::theme(style);
    const double u = std::min(rect.width() / 1920.0, rect.height() / 300.0) * std::clamp(style.fontScale, 0.5, 3.0);
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(rect, theme.headerBackground);
    painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), std::max(1.0, 3 * u)), theme.selection);
    const QRectF inner = rect.adjusted(48 * u, 18 * u, -48 * u, -14 * u);
    painter.setFont(SlideCard::font(24 * u, true));
    const QFontMetricsF small(painter.font());
    painter.setPen(theme.mutedText);
    const QString progress = count() > 0 ? tr("Notes · step %1 / %2").arg(step + 1).arg(count()) : tr("Notes");
    painter.drawText(QPointF(inner.left(), inner.top() + small.ascent()), progress);
    painter.setPen(theme.text);
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), small.height()), Qt::AlignRight | Qt::AlignTop,
                     elapsed);
    const double top = inner.top() + small.lineSpacing() + 10 * u;
    const double gap = 48 * u;
    const QRectF noteRect(inner.left(), top, (inner.width() - gap) * 0.64, inner.bottom() - top);
    const QRectF nextRect(noteRect.right() + gap, top, inner.right() - noteRect.right() - gap, inner.bottom() - top);
    if (step >= 0 && step < count()) {
        const Card &c = m_cards.at(step);
        painter.setFont(SlideCard::font(36 * u));
        painter.setPen(theme.text);
        SlideCard::drawWrapped(painter, noteRect, c.note.isEmpty() ? tr("(No note for this step.)") : c.note);
        painter.setFont(SlideCard::font(24 * u, true));
        painter.setPen(theme.mutedText);
        painter.drawText(QPointF(nextRect.left(), nextRect.top() + small.ascent()), tr("NEXT"));
        painter.setFont(SlideCard::font(28 * u));
        painter.setPen(theme.text);
        const QString next = step + 1 < count() ? m_cards.at(step + 1).title : tr("The end of the story.");
        SlideCard::drawWrapped(painter, nextRect.adjusted(0, small.lineSpacing() + 6 * u, 0, 0), next);
    }
    painter.restore();
}

} // namespace entente
