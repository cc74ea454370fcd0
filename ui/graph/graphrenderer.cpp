#include "graphrenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr double kMargin = 48; // device pixels kept around a fitted picture
constexpr double kMaxScale = 90; // pixels per layout unit: small graphs are not blown up
constexpr int kMaxLabelCandidates = 400; // by priority; past these, room has run out anyway
constexpr int kMaxEdgeLabelCandidates = 600;
constexpr int kMaxEventLabelChars = 34;

// Tableau 10: distinct, colour-blind-tolerant community colours.
constexpr QRgb kCommunityPalette[]
    = { 0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac };

double scaleOf(const QTransform &view)
{
    return std::sqrt(std::abs(view.determinant()));
}

// Rectangles already taken on the device, bucketed in a coarse grid so a test is cheap.
class Occupancy
{
public:
    bool intersects(const QRectF &r) const
    {
        for (quint64 cell : cells(r)) {
            const auto it = m_cells.constFind(cell);
            if (it == m_cells.constEnd())
                continue;
            for (int i : *it) {
                if (m_rects.at(i).intersects(r))
                    return true;
            }
        }
        return false;
    }
    void add(const QRectF &r)
    {
        const int index = static_cast<int>(m_rects.size());
        m_rects.append(r);
        for (quint64 cell : cells(r))
            m_cells[cell].append(index);
    }

private:
    static constexpr double kCell = 64;
    static QList<quint64> cells(const QRectF &r)
    {
        QList<quint64> result;
        const auto x0 = static_cast<qint32>(std::floor(r.left() / kCell));
        const auto x1 = static_cast<qint32>(std::floor(r.right() / kCell));
        const auto y0 = static_cast<qint32>(std::floor(r.top() / kCell));
        const auto y1 = static_cast<qint32>(std::floor(r.bottom() / kCell));
        for (qint32 x = x0; x <= x1; ++x) {
            for (qint32 y = y0; y <= y1; ++y)
                result.append((static_cast<quint64>(static_cast<quint32>(x)) << 32) | static_cast<quint32>(y));
        }
        return result;
    }
    QList<QRectF> m_rects;
    QHash<quint64, QList<int>> m_cells;
};

// The measure that sets a node's size: communities are categories, so size follows degree.
GraphMetric sizeMetric(GraphMetric metric)
{
    return metric == GraphMetric::Community ? GraphMetric::Degree : metric;
}

double edgeWidth(const ActorGraph &graph, const ActorGraph::Edge &e)
{
    if (graph.mode == ActorGraph::Mode::Bipartite)
        return 0.8;
    return std::min(9.0, 0.7 + 1.1 * std::sqrt(std::max(0.0, e.weight - 1.0)));
}

} // namespace

GraphRenderer::Style GraphRenderer::Style::light()
{
    Style s;
    s.background = QColor(0xfb, 0xfb, 0xf8);
    s.text = QColor(0x1f, 0x23, 0x28);
    s.mutedText = QColor(0x5f, 0x66, 0x6d);
    s.edge = QColor(0x6b, 0x72, 0x80, 110);
    s.event = QColor(0x9a, 0xa0, 0xa6);
    s.selection = QColor(0xd6, 0x27, 0x28);
    s.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    return s;
}

GraphRenderer::Style GraphRenderer::Style::dark()
{
    Style s = light();
    s.background = QColor(0x1e, 0x21, 0x25);
    s.text = QColor(0xe8, 0xea, 0xed);
    s.mutedText = QColor(0xa0, 0xa6, 0xad);
    s.edge = QColor(0xb0, 0xb6, 0xc0, 90);
    s.event = QColor(0x80, 0x86, 0x8c);
    s.selection = QColor(0xff, 0x6b, 0x6b);
    return s;
}

GraphRenderer::GraphRenderer(Style style)
    : m_style(std::move(style))
{ }

QTransform GraphRenderer::fit(const QRectF &world, const QRectF &target)
{
    const QRectF inner = target.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    double scale = kMaxScale;
    if (world.width() > 0)
        scale = std::min(scale, inner.width() / world.width());
    if (world.height() > 0)
        scale = std::min(scale, inner.height() / world.height());
    scale = std::max(scale, 1e-6);
    QTransform t;
    t.translate(inner.center().x(), inner.center().y());
    t.scale(scale, scale);
    t.translate(-world.center().x(), -world.center().y());
    return t;
}

double GraphRenderer::radius(const GraphScene &scene, int node, double scale) const
{
    const double base = std::clamp(scale * 0.28, 2.0, 9.0);
    if (!scene.graph.nodes.at(node).isActor)
        return std::max(1.5, base * 0.45);
    const GraphMetric m = sizeMetric(scene.metric);
    const double t = scene.metrics.degree.isEmpty() ? 0.0 : scene.metrics.value(m, node) / scene.metrics.maximum(m);
    return base * (0.8 + 1.4 * std::sqrt(std::max(0.0, t)));
}

QColor GraphRenderer::colour(const GraphScene &scene, int node) const
{
    if (!scene.graph.nodes.at(node).isActor)
        return m_style.event;
    if (scene.metrics.degree.isEmpty())
        return QColor(kCommunityPalette[0]);
    if (scene.metric == GraphMetric::Community) {
        const int c = scene.metrics.community.value(node);
        return QColor(kCommunityPalette[c % std::size(kCommunityPalette)]);
    }
    // Low to high along the hue circle, blue through green and amber to red: mixing blue and
    // amber in RGB would pass through grey.
    const double t = scene.metrics.value(scene.metric, node) / scene.metrics.maximum(scene.metric);
    return QColor::fromHsvF(static_cast<float>((210.0 - 210.0 * std::clamp(t, 0.0, 1.0)) / 360.0), 0.62f, 0.86f);
}

int GraphRenderer::nodeAt(const GraphScene &scene, const QTransform &view, const QPointF &device) const
{
    const double scale = scaleOf(view);
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < scene.graph.nodeCount() && i < scene.positions.size(); ++i) {
        if (!scene.isVisible(i))
            continue;
        const double d = QLineF(view.map(scene.positions.at(i)), device).length();
        const double reach = radius(scene, i, scale) + 3;
        // Actors win over events under the pointer, then the nearest.
        if (d <= reach && (best < 0 || d < bestDistance)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void GraphRenderer::paint(QPainter &painter, const GraphScene &scene, const QTransform &view, const QRectF &target)
{
    m_labelRects.clear();
    m_labelledNodes.clear();
    m_edgeLabels = 0;
    painter.save();
    painter.setClipRect(target);
    painter.fillRect(target, m_style.background);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (scene.visibleCount() == 0 || scene.positions.size() != scene.graph.nodes.size()) {
        painter.setPen(m_style.mutedText);
        painter.setFont(m_style.font);
        painter.drawText(target, Qt::AlignCenter,
                         QCoreApplication::translate("entente::GraphRenderer", "No actors in this window"));
        painter.restore();
        return;
    }
    paintEdges(painter, scene, view, target);
    paintNodes(painter, scene, view, target);
    paintLegend(painter, scene, target);
    paintLabels(painter, scene, view, target);
    painter.restore();
}

void GraphRenderer::paintEdges(QPainter &painter, const GraphScene &scene, const QTransform &view, const QRectF &target)
{
    // Lines of one width go out in one call: thousands of drawLine calls cost far more.
    QHash<int, QList<QLineF>> byWidth; // width in quarter pixels
    QList<QLineF> selected;
    const QRectF cull = target.adjusted(-2, -2, 2, 2);
    for (const ActorGraph::Edge &e : scene.graph.edges) {
        if (!scene.isVisible(e.from) || !scene.isVisible(e.to))
            continue;
        const QLineF line(view.map(scene.positions.at(e.from)), view.map(scene.positions.at(e.to)));
        if (!cull.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1)))
            continue;
        if (scene.selected >= 0 && (e.from == scene.selected || e.to == scene.selected))
            selected.append(line);
        else
            byWidth[static_cast<int>(std::lround(edgeWidth(scene.graph, e) * 4))].append(line);
    }
    // Thousands of antialiased lines cost more than a frame; at that density nobody sees jaggies.
    const bool many = scene.graph.edgeCount() > 5000;
    painter.setRenderHint(QPainter::Antialiasing, !many);
    for (auto it = byWidth.constBegin(); it != byWidth.constEnd(); ++it) {
        painter.setPen(QPen(m_style.edge, it.key() / 4.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLines(it.value());
    }
    QColor strong = m_style.selection;
    strong.setAlpha(170);
    painter.setPen(QPen(strong, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLines(selected);
    painter.setRenderHint(QPainter::Antialiasing, true);
}

void GraphRenderer::paintNodes(QPainter &painter, const GraphScene &scene, const QTransform &view, const QRectF &target)
{
    const double scale = scaleOf(view);
    QList<int> order;
    order.reserve(scene.graph.nodeCount());
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (scene.isVisible(i) && target.adjusted(-20, -20, 20, 20).contains(view.map(scene.positions.at(i))))
            order.append(i);
    }
    // Events under actors, small actors under big ones.
    const GraphMetric m = sizeMetric(scene.metric);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool actorA = scene.graph.nodes.at(a).isActor, actorB = scene.graph.nodes.at(b).isActor;
        if (actorA != actorB)
            return !actorA;
        return scene.metrics.value(m, a) < scene.metrics.value(m, b);
    });
    const bool vector = painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Raster;
    if (order.size() > 3000 && !vector) {
        // Many nodes: round points grouped by colour and size, one call per group, no outline.
        QHash<QPair<QRgb, int>, QList<QPointF>> groups;
        for (int i : std::as_const(order)) {
            const int r2 = static_cast<int>(std::lround(radius(scene, i, scale) * 2));
            groups[qMakePair(colour(scene, i).rgba(), r2)].append(view.map(scene.positions.at(i)));
        }
        for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
            painter.setPen(QPen(QColor::fromRgba(it.key().first), it.key().second, Qt::SolidLine, Qt::RoundCap));
            painter.drawPoints(it.value().constData(), static_cast<int>(it.value().size()));
        }
    } else {
        QPen outline(m_style.background, 1.0);
        for (int i : std::as_const(order)) {
            const double r = radius(scene, i, scale);
            painter.setPen(outline);
            painter.setBrush(colour(scene, i));
            painter.drawEllipse(view.map(scene.positions.at(i)), r, r);
        }
    }
    painter.setBrush(Qt::NoBrush);
    for (int i : scene.pinned) {
        if (i < scene.graph.nodeCount() && scene.isVisible(i)) {
            // A pinned node wears a small dark centre, like a drawing pin.
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_style.text);
            painter.drawEllipse(view.map(scene.positions.at(i)), 1.8, 1.8);
            painter.setBrush(Qt::NoBrush);
        }
    }
    if (scene.selected >= 0 && scene.selected < scene.graph.nodeCount() && scene.isVisible(scene.selected)) {
        const double r = radius(scene, scene.selected, scale) + 3;
        painter.setPen(QPen(m_style.selection, 2.2));
        painter.drawEllipse(view.map(scene.positions.at(scene.selected)), r, r);
    }
}

void GraphRenderer::paintLegend(QPainter &painter, const GraphScene &scene, const QRectF &target)
{
    int actors = 0, events = 0;
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (scene.isVisible(i))
            ++(scene.graph.nodes.at(i).isActor ? actors : events);
    }
    const QString counts = scene.graph.mode == ActorGraph::Mode::Bipartite
        ? QCoreApplication::translate("entente::GraphRenderer", "%n actor(s), ", nullptr, actors)
            + QCoreApplication::translate("entente::GraphRenderer", "%n event(s)", nullptr, events)
        : QCoreApplication::translate("entente::GraphRenderer", "%n actor(s); edge width: shared events", nullptr,
                                      actors);
    const QString text = QCoreApplication::translate("entente::GraphRenderer", "Size and colour: %1 · %2")
                             .arg(graphMetricLabel(scene.metric), counts);
    QFont font = m_style.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    painter.setPen(m_style.mutedText);
    const QRectF box = QFontMetricsF(font).boundingRect(text).translated(0, 0);
    const QRectF placed(target.left() + 8, target.bottom() - box.height() - 6, box.width() + 2, box.height());
    painter.drawText(placed, Qt::AlignLeft | Qt::AlignVCenter, text);
    m_labelRects.append(placed);
}

void GraphRenderer::paintLabels(QPainter &painter, const GraphScene &scene, const QTransform &view,
                                const QRectF &target)
{
    const double scale = scaleOf(view);
    Occupancy taken;
    taken.add(m_labelRects.first()); // the legend
    m_labelRects.clear();

    QList<int> candidates;
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (scene.isVisible(i) && target.contains(view.map(scene.positions.at(i))))
            candidates.append(i);
    }
    // Discs of actors are kept clear of labels, so no name hides a node.
    if (candidates.size() <= 5000) {
        for (int i : std::as_const(candidates)) {
            if (scene.graph.nodes.at(i).isActor) {
                const double r = radius(scene, i, scale);
                const QPointF c = view.map(scene.positions.at(i));
                taken.add(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            }
        }
    }
    const GraphMetric m = sizeMetric(scene.metric);
    std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        if ((a == scene.selected) != (b == scene.selected))
            return a == scene.selected;
        const bool actorA = scene.graph.nodes.at(a).isActor, actorB = scene.graph.nodes.at(b).isActor;
        if (actorA != actorB)
            return actorA;
        return scene.metrics.value(m, a) > scene.metrics.value(m, b);
    });
    if (candidates.size() > kMaxLabelCandidates)
        candidates.resize(kMaxLabelCandidates);

    QFont actorFont = m_style.font;
    actorFont.setBold(true);
    QFont eventFont = m_style.font;
    eventFont.setPointSizeF(m_style.font.pointSizeF() * 0.85);
    const QFontMetricsF actorMetrics(actorFont), eventMetrics(eventFont);
    QColor halo = m_style.background;
    halo.setAlpha(215);
    const QRectF inside = target.adjusted(2, 2, -2, -2);

    for (int i : std::as_const(candidates)) {
        const ActorGraph::Node &node = scene.graph.nodes.at(i);
        const QFontMetricsF &fm = node.isActor ? actorMetrics : eventMetrics;
        const QString text = node.isActor
            ? node.label
            : fm.elidedText(node.label, Qt::ElideRight, fm.averageCharWidth() * kMaxEventLabelChars);
        const QSizeF size(fm.horizontalAdvance(text) + 4, fm.height());
        const QPointF c = view.map(scene.positions.at(i));
        const double r = radius(scene, i, scale) + 2;
        // Right, left, below, above, then the corners: the first place free of other labels and
        // discs wins.
        const double d = r * 0.7;
        const QRectF places[] = {
            QRectF(QPointF(c.x() + r, c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - r - size.width(), c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + r), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - r - size.height()), size),
            QRectF(QPointF(c.x() + d, c.y() - d - size.height()), size),
            QRectF(QPointF(c.x() + d, c.y() + d), size),
            QRectF(QPointF(c.x() - d - size.width(), c.y() - d - size.height()), size),
            QRectF(QPointF(c.x() - d - size.width(), c.y() + d), size),
        };
        for (const QRectF &place : places) {
            if (!inside.contains(place) || taken.intersects(place))
                continue;
            taken.add(place);
            painter.setPen(Qt::NoPen);
            painter.setBrush(halo);
            painter.drawRoundedRect(place, 3, 3);
            painter.setFont(node.isActor ? actorFont : eventFont);
            painter.setPen(i == scene.selected ? m_style.selection : (node.isActor ? m_style.text : m_style.mutedText));
            painter.drawText(place, Qt::AlignCenter, text);
            m_labelRects.append(place);
            m_labelledNodes.append(i);
            break;
        }
    }

    if (scene.graph.mode != ActorGraph::Mode::Bipartite)
        return;
    // Roles along edges, last and only where an edge is long enough to carry one.
    QFont roleFont = m_style.font;
    roleFont.setItalic(true);
    roleFont.setPointSizeF(m_style.font.pointSizeF() * 0.8);
    const QFontMetricsF rm(roleFont);
    painter.setFont(roleFont);
    int tried = 0;
    for (const ActorGraph::Edge &e : scene.graph.edges) {
        if (tried >= kMaxEdgeLabelCandidates)
            break;
        if (e.role.isEmpty() || !scene.isVisible(e.from) || !scene.isVisible(e.to))
            continue;
        const QLineF line(view.map(scene.positions.at(e.from)), view.map(scene.positions.at(e.to)));
        if (!inside.contains(line.center()))
            continue;
        ++tried;
        const QSizeF size(rm.horizontalAdvance(e.role) + 4, rm.height());
        if (line.length() < size.width() + radius(scene, e.from, scale) + radius(scene, e.to, scale) + 12)
            continue;
        const QRectF place(line.center() - QPointF(size.width() / 2, size.height() / 2), size);
        if (!inside.contains(place) || taken.intersects(place))
            continue;
        taken.add(place);
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(place, 2, 2);
        painter.setPen(m_style.mutedText);
        painter.drawText(place, Qt::AlignCenter, e.role);
        m_labelRects.append(place);
        ++m_edgeLabels;
    }
}

} // namespace entente
