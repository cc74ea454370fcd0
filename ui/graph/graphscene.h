#pragma once

#include "graph/actorgraph.h"
#include "graph/graphmetrics.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>

namespace entente {

// Everything the graph renderer draws: the graph, where its nodes are, their measures and what
// the user singled out. The widget, every export and the headless command fill one of these.
struct GraphScene
{
    ActorGraph graph;
    QList<QPointF> positions; // by node index, in layout units
    GraphMetrics metrics;
    GraphMetric metric = GraphMetric::Degree;
    QList<bool> hidden; // by node index; empty hides nothing (time slider, focus)
    QSet<int> pinned;
    int selected = -1;
    // Actors of the data left out of `graph` for a picture (the least connected), said in its notes.
    int actorsLeftOut = 0;

    bool isVisible(int node) const { return hidden.isEmpty() || !hidden.at(node); }
    int visibleCount() const;
    // The bounding box of the visible nodes, in layout units.
    QRectF bounds() const;
};

} // namespace entente
