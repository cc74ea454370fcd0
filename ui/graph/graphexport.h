#pragma once

#include "graph/actorgraph.h"
#include "graph/graphmetrics.h"
#include "graphrenderer.h"
#include "graphscene.h"
#include "publish/publishedpicture.h"

#include <QString>

namespace entente {

class Store;
struct EventFilter;

// What `entente render DB --view graph -o OUT [--mode actors|bipartite]` asks for.
struct GraphRenderRequest
{
    PictureSpec picture; // the file, its size and what the frame around the graph says
    ActorGraph::Mode mode = ActorGraph::Mode::Bipartite;
    GraphMetric metric = GraphMetric::Degree;
    quint32 seed = 1;
};

// Builds the scene a request describes: the graph for `filter`, laid out from the positions
// saved in the file (pinned nodes where the user put them), with its metrics. Runs igraph on the
// calling thread: for the command line and workers, not the GUI thread.
GraphScene buildGraphScene(Store &store, const EventFilter &filter, ActorGraph::Mode mode, GraphMetric metric,
                           quint32 seed, QString *error);

// A picture draws at most this many actors (their names must fit beside their discs).
constexpr int kMaxPictureActors = 60;
// Hides all but the `keep` visible actors that rank highest by the scene's metric (by degree for
// communities) and, in a bipartite graph, the events none of them is in. Returns how many
// actors it hid.
int keepMostConnected(GraphScene &scene, int keep);

// Writes `scene` as a published picture (PNG, SVG or PDF by the suffix): the frame with
// `sourceLine` unless the publication gives a credit, around the graph and its key; past
// kMaxPictureActors actors, the most connected, with a note saying how many others there are.
bool writeGraphImage(const GraphScene &scene, const PictureSpec &spec, const GraphRenderer::Style &style,
                     const QString &sourceLine, QString *error);

// The headless entry point: returns 0 on success, 1 with `error` set otherwise.
int renderGraphToFile(Store &store, const EventFilter &filter, const GraphRenderRequest &request, QString *error);

} // namespace entente
