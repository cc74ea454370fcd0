#include "storyslides.h"

#include "store.h"
#include "story/storysteps.h"
#include "timeline/timelinepainting.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>
#include <QSet>

#include <algorithm>

namespace entente {

namespace {

QFont slideFont(double pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(pixels + 0.5)));
    f.setBold(bold);
    return f;
}

// Word-wrapped text cut to `rect`, ending in "…" when it does not fit: a long summary must not
// run over the credit line or off the slide.
void drawWrapped(QPainter &p, const QRectF &rect, const QString &text, QRectF *used = nullptr)
{
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QFontMetricsF fm(p.font());
    QString shown = text;
    QRectF need = fm.boundingRect(rect, flags, shown);
    if (need.height() > rect.height()) {
        QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        while (!words.isEmpty() && need.height() > rect.height()) {
            words.removeLast();
            shown = words.join(u' ') + u'…';
            need = fm.boundingRect(rect, flags, shown);
        }
    }
    p.drawText(rect, flags, shown);
    if (used)
        *used = need;
}

} // namespace

StorySlides::StorySlides(Store &store, const Story &story)
    : m_story(story)
    , m_titles(&store)
{
    m_index.build(store);
    m_lanes.build(m_index, {}, LaneMode::Actors, LaneOrder::FirstAppearance);
    m_renderer.setData(&m_index, &m_lanes, &m_titles);
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
        card.date = e.end ? tr("%1 – %2").arg(e.start.toDisplayString(), e.end->toDisplayString())
                          : e.start.toDisplayString();
        for (const EventActor &a : e.actors)
            card.actors.append({ actorNames.value(a.actorId), actorColour(a.actorId, palette) });
        card.summary = e.summary;
        if (!e.sources.isEmpty()) {
            if (const auto s = store.source(e.sources.constFirst().sourceId)) {
                QStringList parts;
                if (!s->publisher.isEmpty())
                    parts.append(s->publisher);
                if (!s->title.isEmpty())
                    parts.append(tr("“%1”").arg(s->title));
                if (s->published)
                    parts.append(s->published->toDisplayString());
                card.credit = tr("Source: %1").arg(parts.join(QStringLiteral(", ")));
            }
        }
        card.note = step.note;
        card.highlighted = step.highlightedActors;
        card.row = rows.value(e.id, -1);
        card.start = static_cast<double>(e.start.startSeconds());
        card.end = static_cast<double>(e.end ? e.end->endSeconds() : e.start.endSeconds());
        const auto [from, to] = stories::cameraWindow(step, e);
        m_cards.append(card);
        m_cameras.append({ from, to, 0 });
    }
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
    m_titleRect = {};
    m_focusRect = {};
    m_highlightedLanes.clear();
    if (step < 0 || step >= count()) {
        painter.setFont(slideFont(48 * unit, true));
        painter.setPen(theme.text);
        painter.drawText(rect, Qt::AlignCenter, tr("This story has no steps."));
        painter.restore();
        return;
    }
    const Card &c = m_cards.at(step);
    const double margin = 48 * s;
    const QRectF inner = rect.adjusted(margin, 32 * s, -margin, -32 * s);

    // Header: the story's name and the progress.
    painter.setFont(slideFont(34 * unit, true));
    const QFontMetricsF headerMetrics(painter.font());
    const QString progress = tr("%1 / %2").arg(step + 1).arg(count());
    const double progressWidth = headerMetrics.horizontalAdvance(progress);
    const QRectF header(inner.left(), inner.top(), inner.width(), headerMetrics.height());
    painter.setPen(theme.text);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, progress);
    painter.setFont(slideFont(28 * unit));
    painter.setPen(theme.mutedText);
    const QString name = m_story.name.isEmpty() ? tr("Filtered events") : m_story.name;
    painter.drawText(
        header.adjusted(0, 0, -progressWidth - 32 * s, 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter.font()).elidedText(name, Qt::ElideRight, header.width() - progressWidth - 32 * s));

    // The timeline: the upper half and a little more, the focused event at full colour and the rest dimmed.
    const double timelineTop = header.bottom() + 16 * s;
    const QRectF timelineRect(inner.left(), timelineTop, inner.width(),
                              rect.height() * 0.56 - timelineTop + rect.top());
    RenderOptions options;
    options.theme = theme;
    options.font.setPixelSize(std::max(12, static_cast<int>(16 * unit)));
    options.showToday = false;
    options.legend = false;
    options.selected = c.eventId;
    painter.save();
    painter.setClipRect(timelineRect);
    m_renderer.paint(painter, timelineRect, viewport, options);
    painter.restore();
    paintFocus(painter, c, theme, s);

    // The card.
    const QRectF cardRect(inner.left(), timelineRect.bottom() + 28 * s, inner.width(),
                          inner.bottom() - timelineRect.bottom() - 28 * s);
    paintCard(painter, cardRect, c, theme, unit);
    painter.restore();
}

void StorySlides::paintFocus(QPainter &painter, const Card &card, const TimelineTheme &theme, double s)
{
    const TimelineFrame &f = m_renderer.frame();
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
        painter.fillRect(QRectF(header.left(), header.top(), 6 * s, header.height()), colour);
        m_highlightedLanes.append(header.united(body));
    }
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
    if (x1 - x0 > 4 * s)
        painter.fillRect(QRectF(x0, f.lanesRect.top(), x1 - x0, f.lanesRect.height()), band);
    painter.fillRect(QRectF(x0 - 1.5 * s, f.lanesRect.top(), 3 * s, f.lanesRect.height()), cursor);
    const double size = 22 * s;
    m_focusColour = QColor();
    QSet<int> ringed; // lanes where the event has a mark of its own
    auto ring = [&](int laneIndex, QPointF at, std::uint32_t row) {
        const auto &lane = m_lanes.lanes()[static_cast<std::size_t>(laneIndex)];
        const QColor colour
            = lane.key >= 0 ? theme.laneColour(lane.key, m_index.actors()[lane.key].colour) : theme.mutedText;
        const QPointF centre(std::clamp(at.x(), f.lanesRect.left() + size, f.lanesRect.right() - size), at.y());
        timelinepaint::mark(painter, theme, colour, m_index.kind(row), m_index.status(row), centre, size);
        painter.setPen(QPen(theme.selection, 3 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, size * 0.95, size * 0.95);
        const QRectF r(centre.x() - size, centre.y() - size, 2 * size, 2 * size);
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

double StorySlides::paintCard(QPainter &painter, const QRectF &rect, const Card &card, const TimelineTheme &theme,
                              double unit)
{
    const double s = unit; // spacing follows the type
    const QColor accent = m_focusColour.isValid() ? m_focusColour : theme.selection;
    painter.fillRect(QRectF(rect.left(), rect.top(), 10 * s, rect.height()), accent);
    const QRectF body = rect.adjusted(36 * s, 0, 0, 0);
    double y = body.top();

    painter.setPen(theme.text);
    painter.setFont(slideFont(60 * unit, true));
    QRectF used;
    const QFontMetricsF titleMetrics(painter.font());
    drawWrapped(painter, QRectF(body.left(), y, body.width(), titleMetrics.lineSpacing() * 2 + 2), card.title, &used);
    m_titleRect
        = QRectF(used.left(), used.top(), used.width(), std::min(used.height(), titleMetrics.lineSpacing() * 2));
    y += m_titleRect.height() + 14 * s;

    // Date, then the actors as coloured chips on the same line while they fit.
    painter.setFont(slideFont(34 * unit, true));
    const QFontMetricsF lineMetrics(painter.font());
    painter.setPen(theme.text);
    double x = body.left();
    painter.drawText(QPointF(x, y + lineMetrics.ascent()), card.date);
    x += lineMetrics.horizontalAdvance(card.date) + 40 * s;
    painter.setFont(slideFont(32 * unit));
    const QFontMetricsF chipMetrics(painter.font());
    const double dot = 22 * s;
    for (const auto &a : card.actors) {
        const double w = dot + 10 * s + chipMetrics.horizontalAdvance(a.name);
        if (x + w > body.right()) {
            x = body.left();
            y += lineMetrics.lineSpacing() + 4 * s;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(a.colour);
        painter.drawEllipse(QRectF(x, y + (lineMetrics.height() - dot) / 2, dot, dot));
        painter.setPen(theme.text);
        painter.drawText(QPointF(x + dot + 10 * s, y + lineMetrics.ascent()), a.name);
        x += w + 32 * s;
    }
    y += lineMetrics.lineSpacing() + 20 * s;

    // The credit sits at the bottom; the summary takes what is left between.
    painter.setFont(slideFont(24 * unit));
    const QFontMetricsF creditMetrics(painter.font());
    const double creditTop = rect.bottom() - creditMetrics.lineSpacing();
    if (!card.credit.isEmpty()) {
        painter.setPen(theme.mutedText);
        painter.drawText(QRectF(body.left(), creditTop, body.width(), creditMetrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         creditMetrics.elidedText(card.credit, Qt::ElideRight, body.width()));
    }
    painter.setFont(slideFont(32 * unit));
    painter.setPen(theme.text);
    drawWrapped(painter, QRectF(body.left(), y, body.width(), creditTop - 12 * s - y), card.summary);
    return y;
}

} // namespace entente
