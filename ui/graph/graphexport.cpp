#include "graphexport.h"

#include "graph/graphlayout.h"
#include "graph/nodepositions.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

// How the picture ranks actors when there are too many to draw: by what sizes the nodes
// (communities are numbers, not a rank: by degree then).
double rank(const GraphScene &scene, int node)
{
    if (scene.metrics.degree.size() != scene.graph.nodes.size())
        return 0;
    const GraphMetric by = scene.metric == GraphMetric::Community ? GraphMetric::Degree : scene.metric;
    return scene.metrics.value(by, node);
}

} // namespace

int keepMostConnected(GraphScene &scene, int keep)
{
    const ActorGraph &graph = scene.graph;
    std::vector<int> actors;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (graph.nodes.at(i).isActor && scene.isVisible(i))
            actors.push_back(i);
    }
    if (static_cast<int>(actors.size()) <= keep)
        return 0;
    std::stable_sort(actors.begin(), actors.end(), [&scene](int a, int b) { return rank(scene, a) > rank(scene, b); });
    if (scene.hidden.isEmpty())
        scene.hidden = QList<bool>(graph.nodeCount(), false);
    for (std::size_t k = static_cast<std::size_t>(keep); k < actors.size(); ++k)
        scene.hidden[actors[k]] = true;
    // An event stays while one of its actors does.
    if (graph.mode == ActorGraph::Mode::Bipartite) {
        QList<bool> linked(graph.nodeCount(), false);
        for (const ActorGraph::Edge &e : graph.edges) {
            if (!scene.hidden.at(e.from))
                linked[e.to] = true;
        }
        for (int i = 0; i < graph.nodeCount(); ++i) {
            if (!graph.nodes.at(i).isActor && !linked.at(i))
                scene.hidden[i] = true;
        }
    }
    return static_cast<int>(actors.size()) - keep;
}

namespace {

// The scene's visible nodes and the edges between them, as a graph of their own, with the
// measures they had in the whole graph.
void keepVisibleOnly(GraphScene &scene)
{
    if (scene.hidden.isEmpty())
        return;
    const ActorGraph &all = scene.graph;
    ActorGraph kept;
    kept.mode = all.mode;
    kept.foldedEvents = all.foldedEvents;
    GraphMetrics measures;
    measures.communityCount = scene.metrics.communityCount;
    measures.betweennessCutoff = scene.metrics.betweennessCutoff;
    const bool measured = scene.metrics.degree.size() == all.nodes.size();
    QList<int> renumbered(all.nodeCount(), -1);
    for (int i = 0; i < all.nodeCount(); ++i) {
        if (!scene.isVisible(i))
            continue;
        renumbered[i] = kept.nodeCount();
        kept.nodes.append(all.nodes.at(i));
        if (measured) {
            measures.degree.append(scene.metrics.degree.at(i));
            measures.strength.append(scene.metrics.strength.at(i));
            measures.betweenness.append(scene.metrics.betweenness.value(i));
            measures.community.append(scene.metrics.community.value(i));
        }
    }
    for (ActorGraph::Edge e : all.edges) {
        if (renumbered.at(e.from) < 0 || renumbered.at(e.to) < 0)
            continue;
        e.from = renumbered.at(e.from);
        e.to = renumbered.at(e.to);
        kept.edges.append(e);
    }
    scene.graph = std::move(kept);
    scene.metrics = std::move(measures);
    scene.hidden.clear();
}

} // namespace

GraphScene buildGraphScene(Store &store, const EventFilter &filter, ActorGraph::Mode mode, GraphMetric metric,
                           quint32 seed, QString *error)
{
    GraphScene scene;
    scene.graph = ActorGraph::build(store, filter, mode);
    scene.metric = metric;
    // A picture draws the most connected actors only (writeGraphImage): they are laid out on
    // their own, spread over the picture, not where they stood among thousands.
    scene.metrics = GraphMetrics::compute(scene.graph, seed);
    scene.actorsLeftOut = keepMostConnected(scene, kMaxPictureActors);
    keepVisibleOnly(scene);
    const NodePositions saved = NodePositions::load(store);
    GraphLayout::Request request;
    request.seed = seed;
    request.initial = saved.positions;
    request.pinned = saved.pinned;
    const GraphLayout::Result layout = GraphLayout::compute(scene.graph, request);
    if (!layout.error.isEmpty() && error)
        *error = layout.error;
    scene.positions = layout.positions;
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (saved.pinned.contains(scene.graph.nodes.at(i).key()))
            scene.pinned.insert(i);
    }
    return scene;
}

bool writeGraphImage(const GraphScene &scene, const PictureSpec &spec, const GraphRenderer::Style &style,
                     const QString &sourceLine, QString *error)
{
    const PublicationFrame::Colours colours { style.background, style.text, style.mutedText };
    // Past a few dozen actors, names no longer fit beside their discs: the most connected stay,
    // and the notes say how many others there are.
    GraphScene shown = scene;
    PictureSpec framed = spec;
    const int kept = kMaxPictureActors;
    if (const int leftOut = scene.actorsLeftOut + keepMostConnected(shown, kept); leftOut > 0) {
        const QString note
            = QCoreApplication::translate("entente::GraphExport",
                                          "The %1 most connected actors are shown; %n more are not.", nullptr, leftOut)
                  .arg(kept)
                  .replace(QString::number(leftOut), spec.publication.locale.toString(leftOut));
        framed.publication.notes
            = spec.publication.notes.isEmpty() ? note : note + QLatin1Char(' ') + spec.publication.notes;
    }
    const QString message = writePublishedPicture(
        framed, sourceLine, colours, [&](QPainter &painter, const QRectF &view, const PublicationFrame &frame) {
            // Node labels at the picture's label size, so an A4 page reads as a slide does.
            GraphRenderer::Style scaled = style;
            // (In points, as the renderer sizes its fonts: 96 layout pixels to the inch.)
            scaled.font.setPointSizeF(PublicationFrame::labelPixels(frame.bounds().height()) * 0.75);
            GraphRenderer renderer(scaled);
            GraphRenderer::Decorations decorations;
            decorations.legend = spec.publication.legend;
            decorations.pictureHeight = frame.bounds().height();
            decorations.locale = spec.publication.locale;
            renderer.paintPicture(painter, shown, view, decorations);
        });
    if (!message.isEmpty() && error)
        *error = message;
    return message.isEmpty();
}

int renderGraphToFile(Store &store, const EventFilter &filter, const GraphRenderRequest &request, QString *error)
{
    QString layoutError;
    const GraphScene scene = buildGraphScene(store, filter, request.mode, request.metric, request.seed, &layoutError);
    if (!layoutError.isEmpty()) {
        if (error)
            *error = layoutError;
        return 1;
    }
    if (scene.graph.foldedEvents > 0) {
        // Said on the terminal, as the window says it above the graph.
        QTextStream(stderr) << QCoreApplication::translate("entente::GraphExport",
                                                           "entente: more than %Ln event(s) match, too many to draw "
                                                           "one by one: drawing the actors, linked by the events "
                                                           "they share.",
                                                           nullptr, static_cast<int>(ActorGraph::kMaxBipartiteEvents))
                            << '\n';
    }
    const GraphRenderer::Style style
        = request.picture.publication.dark ? GraphRenderer::Style::dark() : GraphRenderer::Style::light();
    const QString sourceLine = Publication::sourceLine(store.publishers(filter), request.picture.publication.locale);
    return writeGraphImage(scene, request.picture, style, sourceLine, error) ? 0 : 1;
}

} // namespace entente
