#include "timelineframe.h"

#include <QLineF>

namespace entente {

std::optional<std::size_t> TimelineFrame::markAt(QPointF p, double slop) const
{
    std::optional<std::size_t> best;
    double bestDistance = 1e300;
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const QRectF r = marks[i].rect.adjusted(-slop, -slop, slop, slop);
        if (!r.contains(p))
            continue;
        const double d = QLineF(p, marks[i].centre).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

std::optional<std::size_t> TimelineFrame::clusterAt(QPointF p) const
{
    for (std::size_t i = 0; i < clusters.size(); ++i) {
        if (clusters[i].rect.contains(p))
            return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> TimelineFrame::spanAt(QPointF p) const
{
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].rect.adjusted(0, -3, 0, 3).contains(p))
            return i;
    }
    return std::nullopt;
}

int TimelineFrame::laneAt(QPointF p) const
{
    for (const Lane &l : lanes) {
        if (l.body.top() <= p.y() && p.y() < l.body.bottom())
            return l.lane;
    }
    return -1;
}

std::optional<int> TimelineFrame::laneHeaderAt(QPointF p) const
{
    for (const Lane &l : lanes) {
        if (l.header.contains(p))
            return l.lane;
    }
    return std::nullopt;
}

} // namespace entente
