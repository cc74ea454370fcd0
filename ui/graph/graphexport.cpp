#include "graphexport.h"

#include "graph/graphlayout.h"
#include "graph/nodepositions.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextStream>

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

bool writeGraphImage(const GraphScene &scene, const QString &path, QSize size, const GraphRenderer::Style &style,
                     QString *error, double scale, const GraphRenderer::Decorations &decorations)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QRectF target(QPointF(0, 0), QSizeF(size));
    GraphRenderer renderer(style);
    const QString title = decorations.title.isEmpty()
        ? QCoreApplication::translate("entente::GraphExport", "Actor graph")
        : decorations.title;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (size.width() < 16 || size.height() < 16)
        return fail(QCoreApplication::translate("entente::GraphExport", "The picture size %1×%2 is too small.")
                        .arg(size.width())
                        .arg(size.height()));
    if (suffix == QLatin1String("png")) {
        QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        QPainter painter(&image);
        renderer.paintPicture(painter, scene, target, decorations);
        painter.end();
        if (!image.save(path, "PNG"))
            return fail(QCoreApplication::translate("entente::GraphExport", "Cannot write %1.").arg(path));
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(target);
        svg.setTitle(title);
        svg.setDescription(decorations.credit);
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(QCoreApplication::translate("entente::GraphExport", "Cannot write %1.").arg(path));
        renderer.paintPicture(painter, scene, target, decorations);
        return painter.end() || fail(QCoreApplication::translate("entente::GraphExport", "Cannot write %1.").arg(path));
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        // One page the picture's size at 96 dpi, so fonts and lines keep their proportions.
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(title);
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(QCoreApplication::translate("entente::GraphExport", "Cannot write %1.").arg(path));
        renderer.paintPicture(painter, scene, target, decorations);
        return painter.end() || fail(QCoreApplication::translate("entente::GraphExport", "Cannot write %1.").arg(path));
    }
    return fail(
        QCoreApplication::translate("entente::GraphExport", "Unknown picture format \"%1\": use png, svg or pdf.")
            .arg(suffix));
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
                                                           "entente: more than %L1 events match, too many to draw "
                                                           "one by one: drawing the actors, linked by the events "
                                                           "they share.")
                                   .arg(ActorGraph::kMaxBipartiteEvents)
                            << '\n';
    }
    const GraphRenderer::Style style = request.dark ? GraphRenderer::Style::dark() : GraphRenderer::Style::light();
    return writeGraphImage(scene, request.output, request.size, style, error, request.scale, request.decorations) ? 0
                                                                                                                  : 1;
}

} // namespace entente
