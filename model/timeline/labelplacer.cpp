#include "labelplacer.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace entente {

std::vector<LabelPlacer::Placed> LabelPlacer::place(const std::vector<Candidate> &candidates) const
{
    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&candidates](std::size_t a, std::size_t b) {
        const Candidate &ca = candidates[a];
        const Candidate &cb = candidates[b];
        return ca.row != cb.row ? ca.row < cb.row : ca.x < cb.x;
    });
    std::vector<Placed> out;
    std::map<int, double> lastRight; // per row
    for (std::size_t i : order) {
        const Candidate &c = candidates[i];
        const auto it = lastRight.find(c.row);
        if (it != lastRight.end() && c.x < it->second + m_gap)
            continue;
        const double least = std::min(m_minWidth, c.width);
        const double width = std::min(c.width, c.maxRight - m_gap - c.x);
        if (width < c.width) {
            // Cut short on the right: the left side, when it shows the whole text or a good part
            // of it, and clearly more than the right. A few letters more are not worth a label
            // that jumps sides as the view pans.
            const double start = std::max(c.minLeft, it != lastRight.end() ? it->second : -1e300) + m_gap;
            const double leftWidth = std::min(c.width, c.leftEnd - start);
            if (leftWidth >= std::min(c.width, m_minWidthOnLeft) && leftWidth > 0 && leftWidth > width + m_gap) {
                out.push_back({ i, QRectF(c.leftEnd - leftWidth, c.top, leftWidth, c.height) });
                lastRight[c.row] = c.leftEnd;
                continue;
            }
        }
        if (width < least || width <= 0)
            continue;
        out.push_back({ i, QRectF(c.x, c.top, width, c.height) });
        lastRight[c.row] = c.x + width;
    }
    return out;
}

} // namespace entente
