// TimelineView: what the pointer, the keyboard and gestures do (zoom, pan, select, hover cards,
// the context menu). Building, viewport and painting are in timelineview.cpp.
#include "timelineview.h"

#include "accountcomparison.h"
#include "document.h"
#include "selection.h"
#include "store/store.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace entente {

namespace {

constexpr double kDay = 86400.0;

} // namespace

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const QPointF pos = event->position();
    if (m_renderer.frame().headersRect.contains(pos) || (event->modifiers() & Qt::ShiftModifier)) {
        m_viewport.laneScroll
            = std::clamp(m_viewport.laneScroll - delta.y() / 2.0, 0.0,
                         std::max(0.0, m_renderer.frame().contentHeight - m_renderer.frame().lanesRect.height()));
        update();
    } else if (std::abs(delta.x()) > std::abs(delta.y())) {
        setViewport(m_viewport.panned(-delta.x() / 120.0 * m_viewport.span() * 0.1));
    } else if (delta.y() != 0) {
        zoomAt(std::pow(0.85, delta.y() / 120.0), pos.x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const TimelineFrame &f = m_renderer.frame();
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    if (f.stripRect.contains(m_pressPos)) {
        m_drag = Drag::Strip;
        const double c = f.stripTimeAt(m_pressPos.x());
        animateTo(m_viewport.panned(c - (m_viewport.from + m_viewport.to) / 2));
    } else if (const auto lane = f.laneHeaderAt(m_pressPos)) {
        m_drag = Drag::Lane;
        m_dragLane = *lane;
    } else {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const TimelineFrame &f = m_renderer.frame();
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan: {
        const double dx = pos.x() - m_lastPos.x();
        const double dy = pos.y() - m_lastPos.y();
        TimelineViewport v = m_viewport.panned(-dx * m_viewport.span() / std::max(1.0, f.lanesRect.width()));
        v.laneScroll = std::clamp(v.laneScroll - dy, 0.0, std::max(0.0, f.contentHeight - f.lanesRect.height()));
        m_animation.stop();
        setViewport(v);
        break;
    }
    case Drag::Strip: {
        m_animation.stop();
        const double c = f.stripTimeAt(pos.x());
        setViewport(m_viewport.panned(c - (m_viewport.from + m_viewport.to) / 2));
        break;
    }
    case Drag::Lane:
        if (m_moved) {
            m_options.draggedLane = m_dragLane;
            update();
        }
        break;
    case Drag::None:
        updateHover(pos);
        break;
    }
    m_lastPos = pos;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const TimelineFrame &f = m_renderer.frame();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Lane) {
        m_options.draggedLane.reset();
        const auto &lanes = m_lanes.lanes();
        if (m_dragLane < 0 || static_cast<std::size_t>(m_dragLane) >= lanes.size())
            return;
        if (!m_moved) {
            // A click on a header folds or unfolds its lane.
            const int key = lanes[static_cast<std::size_t>(m_dragLane)].key;
            m_collapsed.contains(key) ? void(m_collapsed.removeAll(key)) : m_collapsed.append(key);
            rebuildLanes();
            return;
        }
        // Dropped: the lane moves to where the pointer is, and the order becomes the user's.
        int target = static_cast<int>(lanes.size()) - 1;
        for (const auto &l : f.lanes) {
            if (pos.y() < l.header.bottom()) {
                target = l.lane;
                break;
            }
        }
        QList<int> keys;
        for (const auto &l : lanes)
            keys.append(l.key);
        keys.move(m_dragLane, std::clamp(target, 0, static_cast<int>(keys.size()) - 1));
        m_customOrder = keys;
        m_order = LaneOrder::Custom;
        rebuildLanes();
        return;
    }
    if (drag == Drag::Pan && !m_moved && m_selection) {
        const auto mark = f.markAt(pos);
        if (!mark && (f.clusterAt(pos) || f.spanAt(pos))) {
            // A cluster lists its events to pick from, unless this is the first click of a
            // double-click, which zooms instead.
            m_pickPos = pos;
            m_pickTimer.start(QApplication::doubleClickInterval());
            return;
        }
        m_selection->setEvent(mark ? std::optional<EventId>(m_index.id(f.marks[*mark].row)) : std::nullopt);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_pickTimer.stop();
    const QPointF pos = event->position();
    const TimelineFrame &f = m_renderer.frame();
    auto zoomInto = [this](double from, double to) {
        const double span = std::max((to - from) * 1.3, TimelineViewport::kMinSpan * 6);
        const double mid = (from + to) / 2;
        animateTo({ mid - span / 2, mid + span / 2, 0 });
    };
    if (const auto m = f.markAt(pos)) {
        const std::uint32_t r = f.marks[*m].row;
        if (m_selection)
            m_selection->setEvent(m_index.id(r));
        zoomInto(static_cast<double>(m_index.start(r)),
                 std::max(static_cast<double>(m_index.end(r)), static_cast<double>(m_index.start(r)) + kDay));
    } else if (const auto c = f.clusterAt(pos)) {
        const auto &cl = f.clusters[*c];
        if (cl.from == cl.to || m_viewport.span() <= TimelineViewport::kMinSpan * 1.01) {
            // At one instant no zoom separates them: they are listed to pick from instead.
            showPickMenu(pos);
            return;
        }
        // The window shrinks to the cluster's events, which then spread across it.
        const double span = std::max(static_cast<double>(cl.to - cl.from) * 1.3, TimelineViewport::kMinSpan);
        const double mid = (static_cast<double>(cl.from) + static_cast<double>(cl.to)) / 2;
        animateTo({ mid - span / 2, mid + span / 2, m_viewport.laneScroll });
    } else if (const auto s = f.spanAt(pos)) {
        zoomInto(static_cast<double>(f.spans[*s].from), static_cast<double>(f.spans[*s].to));
    } else {
        zoomAt(0.5, pos.x());
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        selectNeighbour(-1);
        break;
    case Qt::Key_Right:
        selectNeighbour(1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        animateTo(m_viewport.zoomed(0.6));
        break;
    case Qt::Key_Minus:
        animateTo(m_viewport.zoomed(1 / 0.6));
        break;
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_Z:
        zoomToSelection();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimelineView::selectNeighbour(int direction)
{
    if (!m_selection || m_index.isEmpty())
        return;
    std::int64_t row = -1;
    if (m_options.selected)
        row = m_index.rowOf(*m_options.selected);
    if (row < 0) {
        // Nothing selected: start from the left edge of the window.
        std::size_t lo = 0;
        std::size_t hi = m_index.size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (static_cast<double>(m_index.start(mid)) < m_viewport.from)
                lo = mid + 1;
            else
                hi = mid;
        }
        const std::size_t first = lo;
        row = static_cast<std::int64_t>(first) - (direction > 0 ? 1 : 0);
    }
    for (std::int64_t r = row + direction; r >= 0 && r < static_cast<std::int64_t>(m_index.size()); r += direction) {
        if (m_lanes.isVisible(static_cast<std::size_t>(r))) {
            m_selection->setEvent(m_index.id(static_cast<std::size_t>(r)));
            return;
        }
    }
}

void TimelineView::updateHover(QPointF pos)
{
    const TimelineFrame &f = m_renderer.frame();
    std::optional<EventId> hovered;
    QString card;
    if (const auto m = f.markAt(pos)) {
        hovered = m_index.id(f.marks[*m].row);
        card = hoverCard(*hovered);
    } else if (f.clusterAt(pos) || f.spanAt(pos)) {
        card = foldedCard(pos);
    }
    if (hovered != m_options.hovered) {
        m_options.hovered = hovered;
        update();
    }
    if (card.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Escaped: titles and quotes come from imported files and are shown as plain text.
    QToolTip::showText(mapToGlobal(pos.toPoint()),
                       QStringLiteral("<p style='white-space:pre-wrap'>")
                           + card.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>"),
                       this);
}

QString TimelineView::hoverCard(EventId id) const
{
    const Store &store = m_document->store();
    const auto event = store.event(id);
    if (!event)
        return QString();
    QString date = event->start.toDisplayString(locale());
    if (event->end)
        date += QStringLiteral(" – ") + event->end->toDisplayString(locale());
    QStringList lines { event->title, date };
    QStringList actors;
    for (const EventActor &a : event->actors) {
        const auto actor = store.actor(a.actorId);
        if (actor)
            actors.append(a.role.isEmpty() ? actor->name : tr("%1 (%2)").arg(actor->name, a.role));
    }
    if (!actors.isEmpty())
        lines.append(actors.join(QStringLiteral(", ")));
    lines.append(tr("Status: %1").arg(claimStatusLabel(event->status)));
    // Who says so, and how far to trust them: the best grade of its sources ("B2"), and where
    // its sources' accounts disagree.
    if (const Grade grade = store.bestGrade(id); !grade.isEmpty())
        lines.append(tr("Grade: %1 (%2)").arg(grade.text(), grade.description()));
    if (const AccountComparison accounts(*event); accounts.anyDiffers()) {
        QStringList fields;
        for (const auto &[field, name] : { std::pair { AccountComparison::Status, tr("claim status") },
                                           std::pair { AccountComparison::Date, tr("date") },
                                           std::pair { AccountComparison::Figure, tr("figures") },
                                           std::pair { AccountComparison::Actors, tr("who took part") } }) {
            if (accounts.differs(field))
                fields.append(name);
        }
        lines.append(tr("The sources' accounts differ on: %1").arg(fields.join(QStringLiteral(", "))));
    }
    if (!event->sources.isEmpty()) {
        if (const auto source = store.source(event->sources.constFirst().sourceId)) {
            const QString quote = event->sources.constFirst().quote;
            lines.append(tr("Source: %1").arg(source->publisher.isEmpty() ? source->title : source->publisher));
            if (!quote.isEmpty())
                lines.append(QStringLiteral("“") + quote.left(200) + QStringLiteral("”"));
        }
    }
    return lines.join(u'\n');
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_options.hovered) {
        m_options.hovered.reset();
        update();
    }
    QWidget::leaveEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            g->accept();
            // value() is the change of magnification since the last event: 0.1 spreads 10 %.
            zoomAt(1.0 / std::max(0.1, 1.0 + g->value()), g->position().x());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged && pinch->scaleFactor() > 0)
                zoomAt(1.0 / pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()).x());
            g->accept(pinch);
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QMenu *lanes = menu.addMenu(tr("Lanes"));
    const std::pair<LaneMode, QString> modes[] = { { LaneMode::Actors, tr("One per actor") },
                                                   { LaneMode::Kind, tr("By kind") },
                                                   { LaneMode::Status, tr("By claim status") },
                                                   { LaneMode::Single, tr("One lane") } };
    for (const auto &[mode, label] : modes) {
        QAction *a = lanes->addAction(label, this, [this, m = mode] { setLaneMode(m); });
        a->setCheckable(true);
        a->setChecked(m_mode == mode);
    }
    QMenu *order = menu.addMenu(tr("Order lanes"));
    const std::pair<LaneOrder, QString> orders[] = { { LaneOrder::FirstAppearance, tr("By first appearance") },
                                                     { LaneOrder::Activity, tr("By activity") },
                                                     { LaneOrder::Name, tr("By name") } };
    for (const auto &[o, label] : orders) {
        QAction *a = order->addAction(label, this, [this, o2 = o] { setLaneOrder(o2); });
        a->setCheckable(true);
        a->setChecked(m_order == o);
    }
    menu.addAction(tr("Expand all lanes"), this, [this] {
        m_collapsed.clear();
        rebuildLanes();
    });
    menu.addSeparator();
    menu.addAction(tr("Fit all\tF"), this, &TimelineView::fitAll);
    menu.addAction(tr("Zoom to selection\tZ"), this, &TimelineView::zoomToSelection)
        ->setEnabled(m_options.selected.has_value());
    QAction *dark = menu.addAction(tr("Dark theme"), this, [this](bool on) {
        setTheme(on ? TimelineTheme::Kind::Dark : TimelineTheme::Kind::Light);
    });
    dark->setCheckable(true);
    dark->setChecked(m_options.theme.kind == TimelineTheme::Kind::Dark);
    menu.addSeparator();
    menu.addAction(tr("Export…"), this, &TimelineView::showExportDialog);
    menu.exec(event->globalPos());
}

} // namespace entente
