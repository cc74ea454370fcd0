#include "timelineview.h"

#include "accessibility/focusframe.h"
#include "document.h"
#include "selection.h"
#include "store/store.h"
#include "store/timelinerows.h"
#include "timelinebuildstatus.h"
#include "timelineexportdialog.h"

#include <QPainter>
#include <QResizeEvent>

#include <cmath>

namespace entente {

namespace {

constexpr double kWeek = 7 * 86400.0;

// Builds an index, and its lanes as `spec` asks, through the document's read queue: on a worker
// thread with a connection of its own, or here for a file in memory. At 5M events the lanes
// took a second: built here, the GUI thread only swaps them in. With `coarse`, a coarse index
// (TimelineIndex::buildCoarse) is read first and handed to it, on the worker thread, before the
// full one. The result is null when cancelled.
using CoarseSink = std::function<void(std::shared_ptr<TimelineBuild>)>;
QFuture<std::shared_ptr<TimelineBuild>> buildIndex(Document *document, const CancelToken &cancel, const LaneSpec &spec,
                                                   const CoarseSink &coarse = {})
{
    return document->read(
        [spec, coarse](Store &store, const CancelToken &c,
                       const ReadProgress &progress) -> std::shared_ptr<TimelineBuild> {
            if (coarse) {
                auto first = std::make_shared<TimelineBuild>();
                if (first->index.buildCoarse(store, c.flag())) {
                    first->spec = { spec.filter, LaneMode::Single, LaneOrder::FirstAppearance, {}, {} };
                    first->lanes.build(first->index, first->index.match(spec.filter, &store), LaneMode::Single,
                                       LaneOrder::FirstAppearance);
                    coarse(std::move(first));
                }
            }
            auto built = std::make_shared<TimelineBuild>();
            if (!built->index.build(store, c.flag(), progress))
                return nullptr;
            built->spec = spec;
            built->lanes.build(built->index, built->index.match(spec.filter, &store), spec.mode, spec.order,
                               spec.customOrder, spec.collapsed);
            return c.isCancelled() ? nullptr : built;
        },
        cancel);
}

// What a finished build made, or null (cancelled, or the file would not read).
std::shared_ptr<TimelineBuild> builtIndex(QFuture<std::shared_ptr<TimelineBuild>> &future)
{
    try {
        future.waitForFinished();
        return future.resultCount() > 0 ? future.result() : nullptr;
    } catch (const std::exception &) {
        return nullptr;
    }
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

    m_pickTimer.setSingleShot(true);
    connect(&m_pickTimer, &QTimer::timeout, this, [this] { showPickMenu(m_pickPos); });
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(150);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TimelineView::startRebuild);
    // Until the first index is in, the months around today: not an empty day in 1970.
    m_viewport = TimelineRenderer::fitAll(m_index);
    m_buildStatus->hide();
    connect(m_buildStatus, &TimelineBuildStatus::cancelRequested, this, &TimelineView::cancelBuild);
    connect(m_buildStatus, &TimelineBuildStatus::restartRequested, this, &TimelineView::startRebuild);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<TimelineBuild>>::progressValueChanged, this,
            [this](int percent) {
                if (!m_buildStatus->isCancelled())
                    m_buildStatus->showProgress(percent);
            });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<TimelineBuild>>::finished, this, [this] {
        const auto built = m_watcher.future().resultCount() > 0 ? m_watcher.result() : nullptr;
        if (!built) {
            // Cancelled by the button, or superseded by a newer build that is queued.
            if (!m_buildStatus->isCancelled() && !m_rebuildTimer.isActive())
                m_buildStatus->hide();
            update();
            return;
        }
        m_buildStatus->hide();
        takeBuild(*built);
    });
    connect(&m_lanesWatcher, &QFutureWatcher<std::shared_ptr<TimelineBuild>>::finished, this,
            &TimelineView::takeLanesBuild);
    connect(document, &Document::changed, this, &TimelineView::takeChange);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &TimelineView::applyPending);

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
            m_followDates = !m_pinned && (m_followDates || filter.from != m_filter.from || filter.to != m_filter.to);
            m_followFilter = !m_pinned;
            m_filter = filter;
            rebuildLanes();
        });
        connect(selection, &Selection::eventChanged, this, [this](std::optional<EventId> id) {
            m_options.selected = id;
            // Not in the index yet (a build under way, a new event's change not yet applied):
            // revealed when it is.
            if (id && m_index.rowOf(*id) < 0)
                m_followEdit = id;
            revealSelection();
            update();
        });
    }
    // Small files build at once, so the first paint already shows them. (Their largest id bounds
    // their count: counting 5M events took 0.3 s here.)
    if (TimelineRows::eventCountBound(document->store()) < 20000) {
        auto future = buildIndex(document, {}, laneSpec());
        if (auto built = builtIndex(future))
            takeBuild(*built, false);
        else
            rebuildLanes();
    } else {
        startRebuild();
    }
}

TimelineView::~TimelineView()
{
    if (m_cancel)
        m_cancel->store(true);
    // A build that failed (a damaged file) holds its exception; its result is not wanted now,
    // and a destructor must not throw it.
    try {
        m_watcher.waitForFinished();
    } catch (const std::exception &) { }
    waitForLanes(); // it reads m_index
}

void TimelineView::scheduleRebuild()
{
    m_rebuildTimer.start();
}

void TimelineView::startRebuild()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher.isRunning()) {
        // The running build is cancelled; start again when it has stopped.
        m_rebuildTimer.start();
        m_buildStatus->showProgress(0);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    CoarseSink coarse;
    if (wantsCoarse()) {
        // The view outlives the build (its destructor waits for it); a call queued to a view
        // gone meanwhile is dropped.
        coarse = [this, serial = m_buildSerial + 1](std::shared_ptr<TimelineBuild> built) {
            QMetaObject::invokeMethod(
                this, [this, built, serial] { takeCoarseBuild(built, serial); }, Qt::QueuedConnection);
        };
    }
    ++m_buildSerial;
    auto future = buildIndex(m_document, m_cancel, laneSpec(), coarse);
    if (future.isFinished()) {
        // A file in memory is read here: its index is in already.
        if (auto built = builtIndex(future))
            takeBuild(*built);
        return;
    }
    m_watcher.setFuture(future);
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

LaneSpec TimelineView::laneSpec() const
{
    return { m_filter, m_mode, m_order, m_customOrder, m_collapsed };
}

LaneSpec TimelineView::shownLaneSpec() const
{
    // A coarse index knows no actors, kinds or statuses: all its rows stand in one lane.
    if (m_index.isCoarse())
        return { m_filter, LaneMode::Single, LaneOrder::FirstAppearance, {}, {} };
    return laneSpec();
}

void TimelineView::takeBuild(TimelineBuild &built, bool announce)
{
    waitForLanes();
    m_index = std::move(built.index);
    m_titles.clear();
    // Lanes built for another filter or order than the one shown now are built again here.
    if (built.spec == laneSpec()) {
        m_lanes = std::move(built.lanes);
        lanesChanged();
    } else {
        rebuildLanes();
    }
    if (!announce)
        return;
    followEdited();
    emit indexReady();
}

void TimelineView::lanesChanged()
{
    if (!m_fitted && !m_index.isEmpty()) {
        m_fitted = true;
        setViewport(TimelineRenderer::fitAll(m_index, &m_lanes));
        m_followFilter = false;
    }
    if (m_followFilter && !m_index.isEmpty())
        followFilter();
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

std::pair<qint64, qint64> TimelineView::targetRange() const
{
    const TimelineViewport &v = m_animation.state() == QAbstractAnimation::Running ? m_animationTo : m_viewport;
    return { static_cast<qint64>(std::floor(v.from)), static_cast<qint64>(std::ceil(v.to)) };
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
    if (hasFocus())
        paintFocusFrame(p, rect(), palette());
}

QString TimelineView::exportImage(TimelineExport::Spec spec, bool whole)
{
    spec.viewport = whole ? TimelineRenderer::fitAll(m_index, &m_lanes) : m_viewport;
    spec.viewport.laneScroll = 0;
    spec.options.hovered.reset();
    spec.options.selected.reset();
    spec.options.theme = m_options.theme;
    spec.picture.publication.dark = m_options.theme.background.lightness() < 128;
    // The source line names the publishers of the events in the picture.
    EventFilter shown = m_filter;
    shown.from = static_cast<std::int64_t>(spec.viewport.from);
    shown.to = static_cast<std::int64_t>(spec.viewport.to);
    spec.sourceLine = Publication::sourceLine(m_document->store().publishers(shown));
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
