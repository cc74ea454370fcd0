#pragma once

// What GraphRenderer's two files (graphrenderer.cpp, the view; graphpicture.cpp, an exported
// picture's title, legend and credit) both draw with.
#include "graph/actorgraph.h"
#include "graph/graphmetrics.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace entente::graphpaint {

// Tableau 10: distinct, colour-blind-tolerant community colours.
inline constexpr QRgb kCommunityPalette[]
    = { 0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac };

// The measure that sets a node's size: communities are categories, so size follows degree.
inline GraphMetric sizeMetric(GraphMetric metric)
{
    return metric == GraphMetric::Community ? GraphMetric::Degree : metric;
}

inline double edgeWidth(const ActorGraph &graph, const ActorGraph::Edge &e)
{
    if (graph.mode == ActorGraph::Mode::Bipartite)
        return 0.8;
    return std::min(9.0, 0.7 + 1.1 * std::sqrt(std::max(0.0, e.weight - 1.0)));
}

} // namespace entente::graphpaint
