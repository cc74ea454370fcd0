// TimelineView: a window that follows what the user does. A new filter moves it to the span the
// filter lets through (unless pinned); an edited or new event is selected and brought into view
// once the index holds it. Selection itself is revealed in timelineviewclusters.cpp.
#include "timelineview.h"

#include "selection.h"

#include <cmath>

namespace entente {

namespace {

// A window showing [from, to) with a little room either side, as fitAll() leaves.
TimelineViewport around(double from, double to)
{
    const double span = std::max(to - from, TimelineViewport::kMinSpan * 24);
    const double mid = (from + to) / 2;
    const double half = std::min(span * 1.06, TimelineViewport::kMaxSpan) / 2;
    return { mid - half, mid + half, 0 };
}

} // namespace

std::optional<std::pair<double, double>> TimelineView::shownSpan() const
{
    double from = 1e300;
    double to = -1e300;
    for (const TimelineLanes::Lane &l : m_lanes.lanes()) {
        if (l.rows.empty())
            continue;
        // Rows stand in start order; the latest end may be anywhere.
        from = std::min(from, static_cast<double>(m_index.start(l.rows.front())));
        for (std::uint32_t r : l.rows)
            to = std::max(to, static_cast<double>(m_index.end(r)));
    }
    if (from > to)
        return std::nullopt;
    // An event reaching into the range from before it (or past it) is shown where it overlaps.
    if (m_filter.from)
        from = std::max(from, static_cast<double>(*m_filter.from));
    if (m_filter.to)
        to = std::min(to, static_cast<double>(*m_filter.to));
    if (to < from)
        return std::nullopt;
    return std::pair(from, to);
}

void TimelineView::followFilter()
{
    const bool dates = std::exchange(m_followDates, false);
    m_followFilter = false;
    const auto span = shownSpan();
    TimelineViewport target;
    if (span) {
        target = around(span->first, span->second);
    } else if (dates && m_filter.from && m_filter.to) {
        // Nothing passes: the range asked for is still the place to look, empty as it is.
        target = around(static_cast<double>(*m_filter.from), static_cast<double>(*m_filter.to));
    } else {
        return;
    }
    const TimelineViewport now = m_animation.state() == QAbstractAnimation::Running ? m_animationTo : m_viewport;
    if (!dates) {
        // Actors, kinds, text…: the window moves only when it would show none of what passes, or
        // what passes fits in a small part of it. Widening the filter does not zoom out.
        const bool outside = !span || span->second <= now.from || span->first >= now.to;
        const bool narrower = target.span() < now.span() / 4;
        if (!outside && !narrower)
            return;
    }
    if (std::abs(target.from - now.from) < now.span() * 0.01 && std::abs(target.to - now.to) < now.span() * 0.01)
        return;
    animateTo(target);
}

void TimelineView::followEdited()
{
    const auto id = std::exchange(m_followEdit, std::nullopt);
    if (!id || m_index.rowOf(*id) < 0)
        return;
    // Selecting it reveals it (and shows it in the table and the details); already selected, it
    // may have moved: revealed again.
    Selection *selection = m_selection.data();
    if (!selection || selection->event() == id) {
        revealSelection();
        return;
    }
    selection->setEvent(*id);
}

} // namespace entente
