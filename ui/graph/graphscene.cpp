#include "graphscene.h"

#include <algorithm>

namespace entente {

int GraphScene::visibleCount() const
{
    if (hidden.isEmpty())
        return graph.nodeCount();
    return static_cast<int>(std::count(hidden.begin(), hidden.end(), false));
}

QRectF GraphScene::bounds() const
{
    // QRectF::united ignores empty rectangles, so points are gathered by hand.
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool first = true;
    for (int i = 0; i < positions.size(); ++i) {
        if (!isVisible(i))
            continue;
        const QPointF p = positions.at(i);
        x0 = first ? p.x() : std::min(x0, p.x());
        x1 = first ? p.x() : std::max(x1, p.x());
        y0 = first ? p.y() : std::min(y0, p.y());
        y1 = first ? p.y() : std::max(y1, p.y());
        first = false;
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace entente
