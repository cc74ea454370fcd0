// Lanes built again for a new filter, lane mode or order. At 5M events TimelineLanes::build took
// about a second: a large index has its lanes built on a reader thread while the view keeps
// drawing the lanes it has, which stay consistent with the index, since nothing changes the index
// while the build reads it.
#include "document.h"
#include "store/store.h"
#include "timelineview.h"

namespace entente {

namespace {

// Smaller indexes build their lanes here, at once (a few tens of milliseconds at most).
std::size_t g_lanesOffThreadFrom = 200000;

} // namespace

void TimelineView::setLanesOffThreadFrom(std::size_t rows)
{
    g_lanesOffThreadFrom = rows;
}

bool TimelineView::isBuildingLanes() const
{
    return m_lanesWatcher.isRunning();
}

void TimelineView::rebuildLanes()
{
    if (m_index.size() < g_lanesOffThreadFrom) {
        waitForLanes();
        const LaneSpec spec = shownLaneSpec();
        m_lanes.build(m_index, m_index.match(spec.filter, &m_document->store()), spec.mode, spec.order,
                      spec.customOrder, spec.collapsed);
        lanesChanged();
        return;
    }
    if (m_lanesWatcher.isRunning()) {
        m_lanesWanted = true; // built again for what is asked then, when this one is in
        return;
    }
    startLanesBuild();
}

void TimelineView::startLanesBuild()
{
    m_lanesWanted = false;
    const LaneSpec spec = shownLaneSpec();
    const TimelineIndex *index = &m_index;
    const quint64 generation = m_indexGeneration;
    m_lanesWatcher.setFuture(m_document->read([index, spec, generation](Store &store, const CancelToken &) {
        auto built = std::make_shared<TimelineBuild>();
        built->spec = spec;
        built->lanes.build(*index, index->match(spec.filter, &store), spec.mode, spec.order, spec.customOrder,
                           spec.collapsed);
        built->generation = generation;
        return built;
    }));
}

void TimelineView::takeLanesBuild()
{
    std::shared_ptr<TimelineBuild> built;
    try {
        if (m_lanesWatcher.future().resultCount() > 0)
            built = m_lanesWatcher.result();
    } catch (const std::exception &) {
        // A search the store could not answer: the lanes stay as they were.
    }
    if (!built)
        return;
    if (m_lanesWanted || built->generation != m_indexGeneration || built->spec != shownLaneSpec()) {
        if (m_index.size() >= g_lanesOffThreadFrom)
            startLanesBuild();
        else
            rebuildLanes();
        return;
    }
    m_lanes = std::move(built->lanes);
    lanesChanged();
}

void TimelineView::waitForLanes()
{
    // Whatever waits here is about to change the index: a lanes build still running reads it.
    ++m_indexGeneration;
    if (!m_lanesWatcher.isRunning())
        return;
    try {
        m_lanesWatcher.waitForFinished();
    } catch (const std::exception &) { }
}

} // namespace entente
