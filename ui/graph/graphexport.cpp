#include "graphexport.h"

#include "graph/graphlayout.h"
#include "graph/nodepositions.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cmath>

namespace entente {

GraphScene buildGraphScene(Store &store, const EventFilter &filter, ActorGraph::Mode mode, GraphMetric metric,
                           quint32 seed, QString *error)
{
    GraphScene scene;
    scene.graph = ActorGraph::build(store, filter, mode);
    scene.metric = metric;
    const NodePositions saved = NodePositions::load(store);
    GraphLayout::Request request;
    request.seed = seed;
    request.initial = saved.positions;
    request.pinned = saved.pinned;
    const GraphLayout::Result layout = GraphLayout::compute(scene.graph, request);
    if (!layout.error.isEmpty() && error)
        *error = layout.error;
    scene.positions = layout.positions;
    scene.metrics = GraphMetrics::compute(scene.graph, seed);
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
    const QString message = writePublishedPicture(
        spec, sourceLine, colours, [&](QPainter &painter, const QRectF &view, const PublicationFrame &frame) {
            // Node labels at the picture's label size, so an A4 page reads as a slide does.
            GraphRenderer::Style scaled = style;
            // (In points, as the renderer sizes its fonts: 96 layout pixels to the inch.)
            scaled.font.setPointSizeF(PublicationFrame::labelPixels(frame.bounds().height()) * 0.75);
            GraphRenderer renderer(scaled);
            GraphRenderer::Decorations decorations;
            decorations.legend = spec.publication.legend;
            decorations.pictureHeight = frame.bounds().height();
            renderer.paintPicture(painter, scene, view, decorations);
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
