#pragma once

#include "graph/actorgraph.h"
#include "graph/graphmetrics.h"
#include "graphrenderer.h"
#include "graphscene.h"

#include <QSize>
#include <QString>

namespace entente {

class Store;
struct EventFilter;

// What `entente render DB --view graph -o OUT --size WxH [--mode actors|bipartite]` asks for.
struct GraphRenderRequest
{
    QString output; // .png, .svg or .pdf, chosen by suffix
    QSize size { 1600, 1000 };
    double scale = 1; // PNG pixels per picture pixel: 2 draws the same picture sharp at high DPI
    ActorGraph::Mode mode = ActorGraph::Mode::Bipartite;
    GraphMetric metric = GraphMetric::Degree;
    bool dark = false;
    quint32 seed = 1;
    GraphRenderer::Decorations decorations; // title, legend and credit line, as the timeline's
};

// Builds the scene a request describes: the graph for `filter`, laid out from the positions
// saved in the file (pinned nodes where the user put them), with its metrics. Runs igraph on the
// calling thread: for the command line and workers, not the GUI thread.
GraphScene buildGraphScene(Store &store, const EventFilter &filter, ActorGraph::Mode mode, GraphMetric metric,
                           quint32 seed, QString *error);

// Writes `scene` fitted into `size` through GraphRenderer, as PNG, SVG or PDF by the suffix,
// with the title, legend and credit line of `decorations`.
bool writeGraphImage(const GraphScene &scene, const QString &path, QSize size, const GraphRenderer::Style &style,
                     QString *error, double scale = 1, const GraphRenderer::Decorations &decorations = {});

// The headless entry point: returns 0 on success, 1 with `error` set otherwise.
int renderGraphToFile(Store &store, const EventFilter &filter, const GraphRenderRequest &request, QString *error);

} // namespace entente
