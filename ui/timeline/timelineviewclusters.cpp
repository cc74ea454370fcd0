// TimelineView: opening what the timeline folds together (clusters, bands of like dates) and
// bringing the selected event into view. The rest of the input is in timelineviewinput.cpp.
#include "timelineview.h"

#include "selection.h"

#include <QFontMetrics>

#include <algorithm>
#include <limits>

namespace entente {

namespace {

constexpr std::size_t kCardTitles = 10; // a card lists this many titles, then "and N more"
constexpr std::size_t kMenuTitles = 25; // the list to pick from, this many

} // namespace

std::vector<std::uint32_t> TimelineView::foldedRowsAt(QPointF pos, std::size_t limit, std::uint32_t *count) const
{
    const TimelineFrame &f = m_renderer.frame();
    if (const auto c = f.clusterAt(pos)) {
        if (count)
            *count = f.clusters[*c].count;
        return m_renderer.clusterRows(f.clusters[*c], limit);
    }
    std::vector<std::uint32_t> rows;
    if (const auto s = f.spanAt(pos)) {
        const TimelineFrame::SpanGroup &g = f.spans[*s];
        if (count)
            *count = g.count;
        const TimelineLanes::Lane &lane = m_lanes.lanes()[static_cast<std::size_t>(g.lane)];
        // A band holds the lane's events of exactly its span: they start together.
        for (std::size_t k = TimelineLanes::lowerBound(m_index, lane, 0, static_cast<double>(g.from));
             k < lane.rows.size() && m_index.start(lane.rows[k]) == g.from && rows.size() < limit; ++k) {
            if (m_index.end(lane.rows[k]) == g.to)
                rows.push_back(lane.rows[k]);
        }
    } else if (count) {
        *count = 0;
    }
    return rows;
}

QString TimelineView::foldedCard(QPointF pos)
{
    std::uint32_t count = 0;
    const std::vector<std::uint32_t> rows = foldedRowsAt(pos, kCardTitles, &count);
    if (rows.empty())
        return QString();
    const TimelineFrame &f = m_renderer.frame();
    QStringList lines;
    if (const auto c = f.clusterAt(pos)) {
        const auto &cl = f.clusters[*c];
        const int n = static_cast<int>(std::min<std::uint64_t>(cl.count, std::numeric_limits<int>::max()));
        lines.append(
            cl.from == cl.to
                ? tr("%Ln event(s) at %1", nullptr, n).arg(TimeTicks::contextLabel(TickUnit::Hour, cl.from, locale()))
                : tr("%Ln event(s), %1 to %2", nullptr, n)
                      .arg(TimeTicks::contextLabel(TickUnit::Hour, cl.from, locale()),
                           TimeTicks::contextLabel(TickUnit::Hour, cl.to, locale())));
    } else {
        lines.append(tr("%n event(s) dated no more precisely than this span", nullptr, static_cast<int>(count)));
    }
    for (const std::uint32_t r : rows)
        lines.append(QStringLiteral("• ") + m_titles.title(m_index.id(r)).simplified());
    if (count > rows.size())
        lines.append(tr("and %1 more").arg(locale().toString(count - static_cast<std::uint32_t>(rows.size()))));
    lines.append(f.clusterAt(pos) ? tr("Click to pick one, double-click to zoom in") : tr("Click to pick one"));
    return lines.join(u'\n');
}

void TimelineView::showPickMenu(QPointF pos)
{
    std::uint32_t count = 0;
    const std::vector<std::uint32_t> rows = foldedRowsAt(pos, kMenuTitles, &count);
    if (rows.empty() || !m_selection)
        return;
    if (m_pickMenu)
        m_pickMenu->close();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QFontMetrics fm(menu->font());
    for (const std::uint32_t r : rows) {
        const EventId id = m_index.id(r);
        QString title = fm.elidedText(m_titles.title(id).simplified(), Qt::ElideRight, fm.averageCharWidth() * 70);
        // A title is plain text: an ampersand in it is no shortcut.
        title.replace(u'&', QStringLiteral("&&"));
        QAction *a = menu->addAction(title, this, [this, id] {
            if (m_selection)
                m_selection->setEvent(id);
        });
        a->setCheckable(true);
        a->setChecked(m_options.selected && *m_options.selected == id);
    }
    if (count > rows.size()) {
        menu->addSeparator();
        menu->addAction(tr("and %1 more: double-click to zoom in")
                            .arg(locale().toString(count - static_cast<std::uint32_t>(rows.size()))))
            ->setEnabled(false);
    }
    m_pickMenu = menu;
    menu->popup(mapToGlobal(pos.toPoint()));
}

void TimelineView::revealSelection()
{
    if (!m_options.selected)
        return;
    const std::int64_t found = m_index.rowOf(*m_options.selected);
    if (found < 0 || !m_lanes.isVisible(static_cast<std::size_t>(found)))
        return;
    const auto row = static_cast<std::uint32_t>(found);
    // Down the lanes to its first lane, when that is scrolled out of sight.
    const TimelineFrame &f = m_renderer.frame();
    for (const TimelineFrame::Lane &l : f.lanes) {
        if (!TimelineLaneLayout::laneHolds(m_index, m_lanes, l.lane, row))
            continue;
        if (l.body.top() < f.lanesRect.top() || l.body.bottom() > f.lanesRect.bottom()) {
            const double centred = l.body.top() - f.lanesRect.top() - (f.lanesRect.height() - l.body.height()) / 2;
            m_viewport.laneScroll = std::clamp(m_viewport.laneScroll + centred, 0.0,
                                               std::max(0.0, f.contentHeight - f.lanesRect.height()));
        }
        break;
    }
    // Along the time to it, when it lies outside the window (where it starts, or the middle of a
    // year or month it is known only to). A window far wider than the event still shows it: the
    // renderer draws the selected event over the cluster it falls in.
    const double s = static_cast<double>(m_index.start(row));
    const double e = static_cast<double>(m_index.end(row));
    const double at
        = TimelineLaneLayout::isCoarse(m_index.startPrecision(row)) && !m_index.isRange(row) ? (s + e) / 2 : s;
    const TimelineViewport target = m_animation.state() == QAbstractAnimation::Running ? m_animationTo : m_viewport;
    if (at < target.from + target.span() * 0.02 || at > target.to - target.span() * 0.02)
        animateTo(target.panned(at - (target.from + target.to) / 2));
    update();
}

} // namespace entente
