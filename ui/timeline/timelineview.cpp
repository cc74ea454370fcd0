#include "timelineview.h"

#include "document.h"
#include "selection.h"
#include "store.h"
#include "timelinebuildstatus.h"
#include "timelineexportdialog.h"
#include "workerpool.h"

#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QPromise>
#include <QResizeEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace entente {

namespace {

constexpr double kWeek = 7 * 86400.0;

// Builds an index on a worker thread through a connection of its own: SQLite connections are
// not shared between threads here. A database in memory has no second connection, so it is
// built on the caller's.
// Always adds one result, null when cancelled or the file would not open.
void buildIndex(QPromise<std::shared_ptr<TimelineIndex>> &promise, const QString &path,
                const std::shared_ptr<std::atomic_bool> &cancel)
{
    promise.setProgressRange(0, 100);
    auto index = std::make_shared<TimelineIndex>();
    auto opened = Store::open(path, { .readOnly = true });
    const bool built = opened.store
        && index->build(*opened.store, cancel.get(), [&promise](int percent) { promise.setProgressValue(percent); });
    promise.addResult(built ? index : nullptr);
}

} // namespace

TimelineView::TimelineView(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_titles(&document->store())
    , m_renderer(&m_index, &m_lanes, &m_titles)
    , m_buildStatus(new TimelineBuildStatus(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 200);
    grabGesture(Qt::PinchGesture);
    m_options.font.setPixelSize(std::max(11, font().pixelSize() > 0 ? font().pixelSize() : 12));

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(150);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TimelineView::startRebuild);
    // Until the first index is in, the months around today: not an empty day in 1970.
    m_viewport = TimelineRenderer::fitAll(m_index);
    m_buildStatus->hide();
    connect(m_buildStatus, &TimelineBuildStatus::cancelRequested, this, &TimelineView::cancelBuild);
    connect(m_buildStatus, &TimelineBuildStatus::restartRequested, this, &TimelineView::startRebuild);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<TimelineIndex>>::progressValueChanged, this,
            [this](int percent) {
                if (!m_buildStatus->isCancelled())
                    m_buildStatus->showProgress(percent);
            });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<TimelineIndex>>::finished, this, [this] {
        const auto built = m_watcher.future().resultCount() > 0 ? m_watcher.result() : nullptr;
        if (!built) {
            // Cancelled by the button, or superseded by a newer build that is queued.
            if (!m_buildStatus->isCancelled() && !m_rebuildTimer.isActive())
                m_buildStatus->hide();
            update();
            return;
        }
        m_buildStatus->hide();
        m_index = std::move(*built);
        m_titles.clear();
        rebuildLanes();
        emit indexReady();
    });
    connect(document, &Document::changed, this, [this](const DocumentChange &change) {
        if (change.kind != DocumentChange::Kind::Sources && change.kind != DocumentChange::Kind::Meta
            && change.kind != DocumentChange::Kind::Stories)
            scheduleRebuild();
    });

    m_animation.setDuration(kAnimationMs);
    m_animation.setEasingCurve(QEasingCurve::OutCubic);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        // Interpolate the span geometrically, so a deep zoom feels even all the way.
        const double s0 = m_animationFrom.span();
        const double s1 = m_animationTo.span();
        const double span = s0 * std::pow(s1 / s0, t);
        const double c0 = (m_animationFrom.from + m_animationFrom.to) / 2;
        const double c1 = (m_animationTo.from + m_animationTo.to) / 2;
        const double c = c0 + (c1 - c0) * t;
        setViewport({ c - span / 2, c + span / 2, m_viewport.laneScroll });
    });

    if (selection) {
        m_filter = selection->filter();
        connect(selection, &Selection::filterChanged, this, [this](const EventFilter &filter) {
            m_filter = filter;
            rebuildLanes();
        });
        connect(selection, &Selection::eventChanged, this, [this](std::optional<EventId> id) {
            m_options.selected = id;
            if (id) {
                const std::int64_t row = m_index.rowOf(*id);
                const double s = row >= 0 ? static_cast<double>(m_index.start(static_cast<std::size_t>(row))) : 0;
                if (row >= 0 && (s < m_viewport.from || s > m_viewport.to))
                    animateTo(m_viewport.panned(s - (m_viewport.from + m_viewport.to) / 2));
            }
            update();
        });
    }
    // Small files build at once, so the first paint already shows them.
    if (document->store().counts().events < 20000) {
        m_index.build(document->store());
        rebuildLanes();
    } else {
        startRebuild();
    }
}

TimelineView::~TimelineView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void TimelineView::scheduleRebuild()
{
    m_rebuildTimer.start();
}

void TimelineView::startRebuild()
{
    const QString path = m_document->path();
    if (path.isEmpty() || path == u":memory:") {
        m_index.build(m_document->store());
        m_titles.clear();
        rebuildLanes();
        emit indexReady();
        return;
    }
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher.isRunning()) {
        // The running build is cancelled; start again when it has stopped.
        m_rebuildTimer.start();
        m_buildStatus->showProgress(0);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(&workerPool(), &buildIndex, path, m_cancel));
    m_buildStatus->showProgress(0);
    placeBuildStatus();
    m_buildStatus->show();
    m_buildStatus->raise();
}

void TimelineView::cancelBuild()
{
    m_rebuildTimer.stop();
    if (!m_watcher.isRunning())
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_buildStatus->showCancelled();
    placeBuildStatus();
}

void TimelineView::placeBuildStatus()
{
    // Bottom right, above the legend, where it covers the fewest events.
    const QSize size = m_buildStatus->sizeHint();
    const QRectF legend = m_renderer.frame().legendRect;
    const int bottom
        = height() - static_cast<int>(legend.isEmpty() ? TimelineRenderer::kLegendHeight : legend.height()) - 8;
    m_buildStatus->setGeometry(std::max(0, width() - size.width() - 12), std::max(0, bottom - size.height()),
                               std::min(size.width(), width()), size.height());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeBuildStatus();
}

void TimelineView::rebuildLanes()
{
    m_lanes.build(m_index, m_index.match(m_filter, &m_document->store()), m_mode, m_order, m_customOrder, m_collapsed);
    if (!m_fitted && !m_index.isEmpty()) {
        m_fitted = true;
        setViewport(TimelineRenderer::fitAll(m_index, &m_lanes));
    }
    update();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_customOrder.clear();
    m_collapsed.clear();
    if (m_order == LaneOrder::Custom)
        m_order = LaneOrder::FirstAppearance;
    rebuildLanes();
}

void TimelineView::setLaneOrder(LaneOrder order)
{
    m_order = order;
    rebuildLanes();
}

void TimelineView::setTheme(TimelineTheme::Kind kind)
{
    m_options.theme = TimelineTheme::named(kind);
    update();
}

std::pair<qint64, qint64> TimelineView::visibleRange() const
{
    return { static_cast<qint64>(std::floor(m_viewport.from)), static_cast<qint64>(std::ceil(m_viewport.to)) };
}

void TimelineView::setVisibleRange(qint64 from, qint64 to, bool animate)
{
    if (to <= from)
        return;
    const TimelineViewport v { static_cast<double>(from), static_cast<double>(to), m_viewport.laneScroll };
    animate ? animateTo(v) : setViewport(v);
}

void TimelineView::setViewport(const TimelineViewport &viewport)
{
    TimelineViewport v = viewport;
    const double span = std::clamp(v.span(), TimelineViewport::kMinSpan, TimelineViewport::kMaxSpan);
    const double mid = (v.from + v.to) / 2;
    v.from = mid - span / 2;
    v.to = mid + span / 2;
    v.laneScroll = std::max(0.0, v.laneScroll);
    if (v == m_viewport)
        return;
    const auto before = visibleRange();
    m_viewport = v;
    update();
    const auto after = visibleRange();
    if (after != before)
        emit visibleRangeChanged(after.first, after.second);
}

void TimelineView::animateTo(TimelineViewport target)
{
    target.laneScroll = m_viewport.laneScroll;
    m_animation.stop();
    m_animationFrom = m_viewport;
    m_animationTo = target;
    m_animation.start();
}

void TimelineView::fitAll()
{
    animateTo(TimelineRenderer::fitAll(m_index, &m_lanes));
}

void TimelineView::zoomToSelection()
{
    if (!m_options.selected)
        return;
    const std::int64_t row = m_index.rowOf(*m_options.selected);
    if (row < 0)
        return;
    const auto r = static_cast<std::size_t>(row);
    const double s = static_cast<double>(m_index.start(r));
    const double e = static_cast<double>(m_index.end(r));
    const double span = std::max((e - s) * 3, kWeek);
    animateTo({ (s + e) / 2 - span / 2, (s + e) / 2 + span / 2, 0 });
}

void TimelineView::zoomAt(double factor, double x)
{
    const QRectF lanes = m_renderer.frame().lanesRect;
    const double anchor = lanes.width() > 0 ? std::clamp((x - lanes.left()) / lanes.width(), 0.0, 1.0) : 0.5;
    m_animation.stop();
    setViewport(m_viewport.zoomed(factor, anchor));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_renderer.paint(p, rect(), m_viewport, m_options);
}

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
        m_selection->setEvent(mark ? std::optional<EventId>(m_index.id(f.marks[*mark].row)) : std::nullopt);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
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
                 std::max(static_cast<double>(m_index.end(r)), static_cast<double>(m_index.start(r)) + kWeek / 7));
    } else if (const auto c = f.clusterAt(pos)) {
        const auto &cl = f.clusters[*c];
        zoomInto(static_cast<double>(cl.from), static_cast<double>(cl.to) + TimelineViewport::kMinSpan);
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
    } else if (const auto c = f.clusterAt(pos)) {
        const auto &cl = f.clusters[*c];
        card = tr("%1 events, %2 to %3 — double-click to zoom in")
                   .arg(locale().toString(cl.count))
                   .arg(TimeTicks::contextLabel(TickUnit::Hour, cl.from, locale()),
                        TimeTicks::contextLabel(TickUnit::Hour, cl.to, locale()));
    } else if (const auto s = f.spanAt(pos)) {
        card = tr("%1 events dated no more precisely than this span").arg(locale().toString(f.spans[*s].count));
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

QString TimelineView::exportImage(TimelineExport::Spec spec, bool whole)
{
    spec.viewport = whole ? TimelineRenderer::fitAll(m_index, &m_lanes) : m_viewport;
    spec.viewport.laneScroll = 0;
    spec.options.hovered.reset();
    spec.options.selected.reset();
    spec.options.theme = m_options.theme;
    TimelineRenderer renderer(&m_index, &m_lanes, &m_titles);
    return TimelineExport::write(renderer, spec);
}

void TimelineView::showExportDialog()
{
    TimelineExportDialog dialog(m_document->title(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = exportImage(dialog.spec(), dialog.wholeSpan());
    if (!error.isEmpty())
        m_document->reportError(error);
}

} // namespace entente
