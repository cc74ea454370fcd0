// The coarse timeline of a first build: a large file whose index is not in the cache reads for
// seconds (6-15 s at 5M events on a loaded machine). The build first takes every event's start,
// end and id from the start index alone (about 1 s at 5M) and shows them in one lane: the counts,
// clusters and density are those the full index will show, at every zoom; only the lanes by
// actor, kind or status wait for the full index.
#include "document.h"
#include "store/timelinerows.h"
#include "timeline/timelineindexcache.h"
#include "timelineview.h"

namespace entente {

namespace {

// Fewer events than this build fully in about the time a coarse read takes.
constexpr qint64 kCoarseFrom = 200000;

} // namespace

bool TimelineView::wantsCoarse() const
{
    if (!m_index.isEmpty())
        return false; // a rebuild shows the index it had until the new one is in
    const QString file = TimelineRows::committedFile(m_document->store());
    return !file.isEmpty() && !TimelineIndexCache::isCurrent(file)
        && TimelineRows::eventCountBound(m_document->store()) >= kCoarseFrom;
}

void TimelineView::takeCoarseBuild(const std::shared_ptr<TimelineBuild> &built, quint64 serial)
{
    // Only while the full build it came before has not come in yet (it comes in after this call,
    // which was queued first) and no other build was started.
    if (!built || !m_index.isEmpty() || serial != m_buildSerial || (m_cancel && m_cancel->load()))
        return; // cancelled by the user meanwhile: the view stays as it was
    waitForLanes();
    m_index = std::move(built->index);
    m_titles.clear();
    if (built->spec == shownLaneSpec()) {
        m_lanes = std::move(built->lanes);
        lanesChanged();
    } else {
        rebuildLanes();
    }
    emit coarseIndexReady();
}

} // namespace entente
