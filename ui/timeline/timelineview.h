#pragma once

#include "documentchange.h"
#include "eventfilter.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinetitles.h"
#include "timelineexport.h"
#include "timelinerenderer.h"

#include <QFutureWatcher>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVariantAnimation>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

namespace entente {

class Document;
class Selection;
class TimelineBuildStatus;

// What lanes are built for: the filter, the lane mode and the order.
struct LaneSpec
{
    EventFilter filter;
    LaneMode mode = LaneMode::Actors;
    LaneOrder order = LaneOrder::FirstAppearance;
    QList<int> customOrder;
    QList<int> collapsed;
    bool operator==(const LaneSpec &) const = default;
};

// An index and its lanes, built together off the GUI thread.
struct TimelineBuild
{
    TimelineIndex index;
    TimelineLanes lanes;
    LaneSpec spec;
    quint64 generation = 0; // of the index a lanes build read (TimelineView::m_indexGeneration)
};

// The interactive timeline: a plain QWidget whose paintEvent hands the renderer a viewport.
// Wheel zooms around the cursor, drag pans, pinch zooms, double-click zooms into an event or a
// cluster; the keys move the selection and the zoom. The index is rebuilt off the GUI thread
// when the document changes; the filter and the selection are the shared ones.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    TimelineView(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~TimelineView() override;

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }
    void setLaneOrder(LaneOrder order);
    void setTheme(TimelineTheme::Kind kind);
    TimelineTheme::Kind theme() const { return m_options.theme.kind; }

    // Draws each event's mark by its best source grade, with the legend saying how
    // (timelineviewgrades.cpp): the grades are read off the GUI thread, and again after an edit.
    void setMarksByGrade(bool on);
    bool marksByGrade() const { return m_marksByGrade; }
    // The grades the marks are drawn by, once read (null before, and when off).
    std::shared_ptr<const QHash<EventId, Grade>> shownGrades() const { return m_options.grades; }

    void fitAll();
    void zoomToSelection();
    std::pair<qint64, qint64> visibleRange() const;
    void setVisibleRange(qint64 from, qint64 to, bool animate = true);
    // Unpinned (the default), a new filter moves the window to the span it lets through: a date
    // range to its events, a filter that keeps a narrower span to that span. Pinned (View ▸ Keep
    // Time Window), the window stays where the user put it. Selecting and editing events still
    // bring them into view.
    void setWindowPinned(bool pinned) { m_pinned = pinned; }
    bool isWindowPinned() const { return m_pinned; }
    // Where the window is going: the end of a running animation, or the window itself.
    std::pair<qint64, qint64> targetRange() const;
    bool isAnimating() const { return m_animation.state() == QAbstractAnimation::Running; }

    // Writes the timeline through the shared renderer; `whole` shows every event instead of
    // the window in view. Returns an empty string on success.
    QString exportImage(TimelineExport::Spec spec, bool whole);
    // Asks what to export and where, then exports.
    void showExportDialog();

    // Zooms and jumps animate for this long: quick enough never to wait for.
    static constexpr int kAnimationMs = 220;
    int animationDuration() const { return m_animation.duration(); }

    const TimelineIndex &index() const { return m_index; }
    const TimelineFrame &frame() const { return m_renderer.frame(); }
    bool isBuilding() const { return m_watcher.isRunning(); }
    // Whether lanes for a new filter, mode or order are being built off the GUI thread (an index
    // of 200,000 events or more; tests may lower that).
    bool isBuildingLanes() const;
    static void setLanesOffThreadFrom(std::size_t rows);
    // The progress and cancel panel of a background build (hidden otherwise).
    TimelineBuildStatus *buildStatus() const { return m_buildStatus; }
    // How many index builds were started off the GUI thread (an edit applied in place starts none).
    quint64 buildsStarted() const { return m_buildSerial; }
    void cancelBuild();

    // The events folded into the cluster or band of like dates under a point, in time order, at
    // most `limit` of them; `count` (when given) receives how many it holds in all.
    std::vector<std::uint32_t> foldedRowsAt(QPointF pos, std::size_t limit, std::uint32_t *count = nullptr) const;
    // What the pointer's card says over a cluster or band: its count, its span, its first ten
    // titles and how many more.
    QString foldedCard(QPointF pos);
    // The list a click on a cluster opens, to pick one of its events (null when none is open).
    QMenu *pickMenu() const { return m_pickMenu; }

signals:
    void visibleRangeChanged(qint64 from, qint64 to);
    // The index finished (re)building, or took in a change by id.
    void indexReady();
    // The coarse index of a first build is shown (see TimelineIndex::buildCoarse).
    void coarseIndexReady();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Changes by id (timelineviewedits.cpp): gathered as the document announces them, applied to
    // the index and the lanes when the event loop turns.
    struct Pending
    {
        QSet<EventId> events; // put again, or removed when gone from the file
        QSet<EventId> titles; // titles to read again
        QSet<ActorId> actors; // added or renamed
        bool eras = false;
        bool rebuild = false; // too much to name: build the index again
        std::optional<EventId> follow; // the one event an edit added or changed
        int undoIndex = -1; // the undo stack's index when it was announced
    };
    // More events than this in one change are built again rather than applied one by one.
    static constexpr qsizetype kMaxEditedIds = 2000;
    bool isByIdWorthIt(qsizetype ids) const;
    void takeChange(const DocumentChange &change);
    void applyPending();
    // An edited or new event is selected and brought into view, once the index holds it.
    void followEdited();
    // Moves the window to the span the filter lets through (see setWindowPinned).
    void followFilter();
    // The span of the events the lanes show, clipped to the filter's dates; empty when none.
    std::optional<std::pair<double, double>> shownSpan() const;

    void scheduleRebuild();
    void startRebuild();
    LaneSpec laneSpec() const; // the user's
    LaneSpec shownLaneSpec() const; // what the index shown can draw
    // Takes a finished build's index, and its lanes when they were built for what is shown now;
    // `announce` follows an edited event and emits indexReady().
    void takeBuild(TimelineBuild &built, bool announce = true);
    void rebuildLanes();
    // Lanes of a large index are built off the GUI thread (timelineviewlanes.cpp): at 5M events
    // a build took a second. The index is not changed while one runs: whatever would change it
    // waits for it first (waitForLanes), and a result for an older index or spec is built again.
    void startLanesBuild();
    void takeLanesBuild();
    void waitForLanes();
    // A first build of a large file not in the index cache shows a coarse index first
    // (timelineviewcoarse.cpp).
    bool wantsCoarse() const;
    void takeCoarseBuild(const std::shared_ptr<TimelineBuild> &built, quint64 serial);
    // The window fits the first lanes, follows a new filter, and repaints.
    void lanesChanged();
    void placeBuildStatus();
    void setViewport(const TimelineViewport &viewport);
    void animateTo(TimelineViewport target);
    void zoomAt(double factor, double x);
    void selectNeighbour(int direction);
    void updateHover(QPointF pos);
    QString hoverCard(EventId id) const;
    void showPickMenu(QPointF pos);
    // Brings the selected event into view: the window pans to it and the lanes scroll to it.
    void revealSelection();

    Document *m_document;
    QPointer<Selection> m_selection;
    TimelineIndex m_index;
    TimelineLanes m_lanes;
    TimelineTitles m_titles;
    TimelineRenderer m_renderer;
    RenderOptions m_options;
    TimelineViewport m_viewport;
    EventFilter m_filter;
    LaneMode m_mode = LaneMode::Actors;
    LaneOrder m_order = LaneOrder::FirstAppearance;
    QList<int> m_customOrder;
    QList<int> m_collapsed;
    bool m_fitted = false;
    bool m_pinned = false;
    bool m_followFilter = false; // a new filter waits for the lanes to follow it
    bool m_followDates = false; // and its dates changed
    std::optional<EventId> m_followEdit; // an edited event waits for the index

    QFutureWatcher<std::shared_ptr<TimelineBuild>> m_watcher;
    bool m_marksByGrade = false;
    bool m_gradesConnected = false;
    QFutureWatcher<QHash<EventId, Grade>> m_gradesWatcher;
    void readGrades();
    TimelineBuildStatus *m_buildStatus;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_buildSerial = 0; // counts the builds started
    QFutureWatcher<std::shared_ptr<TimelineBuild>> m_lanesWatcher;
    quint64 m_indexGeneration = 0; // counts the changes to m_index, for m_lanesWatcher
    bool m_lanesWanted = false; // asked for again while a lanes build ran
    QTimer m_rebuildTimer;
    Pending m_pending;
    QTimer m_applyTimer;
    QVariantAnimation m_animation;
    TimelineViewport m_animationFrom;
    TimelineViewport m_animationTo;

    enum class Drag { None, Pan, Strip, Lane };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
    int m_dragLane = -1;
    QPointer<QMenu> m_pickMenu;
    // A click on a cluster opens its list once it is clear the click is not half of a double-click.
    QTimer m_pickTimer;
    QPointF m_pickPos;
};

} // namespace entente
