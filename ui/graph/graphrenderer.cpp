// GraphRenderer: the graph drawn on any QPainter (edges, nodes, labels), the fit of a view and
// what is under the pointer. An exported picture's title, legend and credit are in
// graphpicture.cpp.
#include "graphrenderer.h"

#include "graphpaint.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace entente {

using namespace graphpaint;

namespace {

constexpr double kMaxMargin = 48; // device pixels kept around a fitted picture, at most
constexpr double kTurnGain = 1.2; // how much larger a quarter-turned fit must be to be chosen
constexpr double kStretch = 1.25; // how much further a fit may stretch the layout one way
constexpr double kMaxScale = 160; // pixels per layout unit: a handful of nodes is not blown up
// Past this many nodes on screen, small ones are drawn as squares without antialiasing: at
// three pixels nobody tells a square from a disc, and it is many times cheaper.
constexpr int kManyNodes = 2000;
constexpr double kDotRadius = 2.6;
// An actor's disc: a base radius that grows with the zoom up to a limit, times 0.8 for the
// smallest measure up to 0.8 + 1.4 for the largest.
constexpr double kMaxBaseRadius = 9.0;
constexpr double kSmallestDisc = 0.8;
constexpr double kDiscGrowth = 1.4;
constexpr double kLargestDisc = kMaxBaseRadius * (kSmallestDisc + kDiscGrowth);

double scaleOf(const QTransform &view)
{
    return std::sqrt(std::abs(view.determinant()));
}

// What the labels were placed for: any change to the positions, visibility, selection or measure
// places them again; a pan alone only shifts them.
size_t sceneFingerprint(const GraphScene &scene)
{
    size_t h = qHashBits(scene.positions.constData(), static_cast<size_t>(scene.positions.size()) * sizeof(QPointF));
    if (!scene.hidden.isEmpty())
        h = qHashBits(scene.hidden.constData(), static_cast<size_t>(scene.hidden.size()) * sizeof(bool), h);
    return qHashMulti(h, scene.graph.nodeCount(), scene.graph.edgeCount(), scene.selected,
                      static_cast<int>(scene.metric), scene.metrics.degree.size());
}

} // namespace

GraphRenderer::Style GraphRenderer::Style::light()
{
    Style s;
    s.background = QColor(0xfb, 0xfb, 0xf8);
    s.text = QColor(0x1f, 0x23, 0x28);
    s.mutedText = QColor(0x5f, 0x66, 0x6d);
    s.edge = QColor(0x6b, 0x72, 0x80, 110);
    s.event = QColor(0x85, 0x8b, 0x91); // 3.3:1 on the background (WCAG AA for graphics)
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

QTransform GraphRenderer::fit(const GraphScene &scene, const QRectF &target)
{
    // The closest two nodes, for a graph small enough to compare every pair.
    constexpr int kCrowdCheckLimit = 400;
    const qsizetype n = scene.positions.size();
    // Two or three nodes are not blown up to the corners; a dozen may fill the picture.
    double maxScale = kMaxScale * std::max(1.0, std::sqrt(static_cast<double>(scene.visibleCount()) / 4.0));
    if (n >= 2 && n <= kCrowdCheckLimit) {
        double closest = std::numeric_limits<double>::max();
        for (qsizetype i = 0; i < n; ++i) {
            if (!scene.isVisible(static_cast<int>(i)))
                continue;
            for (qsizetype j = i + 1; j < n; ++j) {
                if (!scene.isVisible(static_cast<int>(j)))
                    continue;
                const QPointF d = scene.positions.at(i) - scene.positions.at(j);
                closest = std::min(closest, std::hypot(d.x(), d.y()));
            }
        }
        // Two nodes on one spot: as large as fits.
        if (closest == 0)
            maxScale = std::numeric_limits<double>::max();
        else if (closest < std::numeric_limits<double>::max())
            maxScale = std::max(maxScale, (2 * kLargestDisc + 6) / closest);
    }
    const QTransform rough = fit(scene.bounds(), target, maxScale);
    if (n < 2 || n > kCrowdCheckLimit || scene.visibleCount() < 2)
        return rough;
    return fitDiscs(scene, target, maxScale, rough);
}

QTransform GraphRenderer::fitDiscs(const GraphScene &scene, const QRectF &target, double maxScale,
                                   const QTransform &rough)
{
    // The rough fit keeps a margin as wide as the largest disc on every side, though the nodes
    // at the edges are rarely the largest. Here the discs themselves are fitted, each with its
    // own radius, to within a few pixels (2 %) of the edge: a small panel is filled.
    const bool turn = !qFuzzyIsNull(rough.m12());
    QList<int> nodes;
    QList<QPointF> at; // their positions as they will lie (turned a quarter when the rough fit is)
    for (int i = 0; i < scene.graph.nodeCount() && i < scene.positions.size(); ++i) {
        if (scene.isVisible(i)) {
            const QPointF p = scene.positions.at(i);
            nodes.append(i);
            at.append(turn ? QPointF(-p.y(), p.x()) : p);
        }
    }
    const double pad = std::clamp(0.02 * std::min(target.width(), target.height()), 3.0, 24.0);
    const GraphRenderer sizer;
    QList<double> radii(nodes.size());
    auto sizeDiscs = [&](double scale) {
        for (qsizetype k = 0; k < nodes.size(); ++k)
            radii[k] = sizer.radius(scene, nodes.at(k), scale);
    };
    // The largest scale along x and along y that keeps every pair of discs inside.
    auto bounds = [&] {
        double bx = std::numeric_limits<double>::max(), by = bx;
        for (qsizetype a = 0; a < at.size(); ++a) {
            for (qsizetype b = 0; b < at.size(); ++b) {
                const double dx = at.at(b).x() - at.at(a).x(), dy = at.at(b).y() - at.at(a).y();
                const double room = radii.at(a) + radii.at(b) + 2 * pad;
                if (dx > 0)
                    bx = std::min(bx, (target.width() - room) / dx);
                if (dy > 0)
                    by = std::min(by, (target.height() - room) / dy);
            }
        }
        return std::pair(bx, by);
    };
    // Radii grow with the scale until they reach their limit: twice round settles it, the
    // second pass never larger than the first.
    sizeDiscs(scaleOf(rough));
    auto [bx, by] = bounds();
    double scale = std::min({ bx, by, maxScale });
    sizeDiscs(scale);
    std::tie(bx, by) = bounds();
    scale = std::min({ scale, bx, by });
    if (scale <= 0)
        return rough;
    // A layout's proportions mean little: the dimension with room to spare is stretched a little
    // (at most kStretch) so the graph fills the panel both ways, unless a few nodes were held
    // back from filling it at all.
    double sx = scale, sy = scale;
    if (scale < maxScale) {
        sx = std::min(bx, scale * kStretch);
        sy = std::min(by, scale * kStretch);
        sizeDiscs(std::sqrt(sx * sy));
        std::tie(bx, by) = bounds();
        sx = std::min(sx, bx);
        sy = std::min(sy, by);
    }
    // Centred: as much air left of the leftmost disc as right of the rightmost, and so on.
    double x0 = std::numeric_limits<double>::max(), x1 = -x0, y0 = x0, y1 = -x0;
    for (qsizetype k = 0; k < at.size(); ++k) {
        x0 = std::min(x0, sx * at.at(k).x() - radii.at(k));
        x1 = std::max(x1, sx * at.at(k).x() + radii.at(k));
        y0 = std::min(y0, sy * at.at(k).y() - radii.at(k));
        y1 = std::max(y1, sy * at.at(k).y() + radii.at(k));
    }
    const double dx = (target.left() + target.right() - x0 - x1) / 2;
    const double dy = (target.top() + target.bottom() - y0 - y1) / 2;
    // Turned, x' = -y and y' = x, as QTransform::rotate(90) does.
    return turn ? QTransform(0, sy, -sx, 0, dx, dy) : QTransform(sx, 0, 0, sy, dx, dy);
}

QTransform GraphRenderer::fit(const QRectF &world, const QRectF &target, double maxScale)
{
    // Room for the largest disc and a little air, more on a large picture; never so much that a
    // small panel is left a third empty.
    const double margin = std::clamp(0.04 * std::min(target.width(), target.height()), kLargestDisc + 4, kMaxMargin);
    const QRectF inner = target.adjusted(margin, margin, -margin, -margin);
    auto scaleFor = [&](double w, double h) {
        double scale = maxScale;
        if (w > 0)
            scale = std::min(scale, inner.width() / w);
        if (h > 0)
            scale = std::min(scale, inner.height() / h);
        return std::max(scale, 1e-6);
    };
    // A layout has no up or down: turned a quarter, a tall graph fills a wide panel and a wide
    // one a tall panel. Only when that is clearly larger, so a graph does not turn back and forth
    // while a panel is resized near the square.
    const double upright = scaleFor(world.width(), world.height());
    const double turned = scaleFor(world.height(), world.width());
    const bool turn = turned > upright * kTurnGain;
    QTransform t;
    t.translate(inner.center().x(), inner.center().y());
    if (turn)
        t.rotate(90);
    t.scale(turn ? turned : upright, turn ? turned : upright);
    t.translate(-world.center().x(), -world.center().y());
    return t;
}

double GraphRenderer::maximum(const GraphMetrics &metrics, GraphMetric metric) const
{
    // GraphMetrics::maximum() walks every node; asked once per node per frame it made a repaint
    // of 10,000 nodes quadratic. The lists are replaced, never edited, so their data pointers
    // say whether the memo still holds.
    const MaximumMemo key { metrics.degree.constData(),
                            metrics.strength.constData(),
                            metrics.betweenness.constData(),
                            metrics.community.constData(),
                            metrics.degree.size(),
                            metric,
                            0 };
    if (!m_maximum || m_maximum->degree != key.degree || m_maximum->strength != key.strength
        || m_maximum->betweenness != key.betweenness || m_maximum->community != key.community
        || m_maximum->size != key.size || m_maximum->metric != key.metric) {
        m_maximum = key;
        m_maximum->value = metrics.maximum(metric);
    }
    return m_maximum->value;
}

double GraphRenderer::radius(const GraphScene &scene, int node, double scale) const
{
    const double base = std::clamp(scale * 0.28, 2.0, kMaxBaseRadius);
    if (!scene.graph.nodes.at(node).isActor)
        return std::max(1.5, base * 0.45);
    const GraphMetric m = sizeMetric(scene.metric);
    const double t = scene.metrics.degree.isEmpty() ? 0.0 : scene.metrics.value(m, node) / maximum(scene.metrics, m);
    return base * (kSmallestDisc + kDiscGrowth * std::sqrt(std::max(0.0, t)));
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
    const double t = scene.metrics.value(scene.metric, node) / maximum(scene.metrics, scene.metric);
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

void GraphRenderer::setStyle(const Style &style)
{
    m_style = style;
    m_sprites.clear(); // each disc carries an outline in the background's colour
    invalidateLabels();
}

void GraphRenderer::invalidateLabels()
{
    m_labelsValid = false;
}

double GraphRenderer::keyLineHeight() const
{
    if (!m_keyLine)
        return 0;
    // As paintLegend() sets it: 90 % of the style's font, 6 px above the bottom.
    QFont font = m_style.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return QFontMetricsF(font).height() + 8;
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
    // Every node mapped once: edges, discs and labels all need the device positions.
    m_device.resize(scene.positions.size());
    for (qsizetype i = 0; i < scene.positions.size(); ++i)
        m_device[i] = view.map(scene.positions.at(i));
    paintEdges(painter, scene, target);
    paintNodes(painter, scene, view, target);
    const QRectF legend = m_keyLine ? paintLegend(painter, scene, target) : QRectF();
    paintLabels(painter, scene, view, target, legend);
    painter.restore();
}

void GraphRenderer::paintEdges(QPainter &painter, const GraphScene &scene, const QRectF &target)
{
    // Lines of one width go out in one call: thousands of drawLine calls cost far more.
    QHash<int, QList<QLineF>> byWidth; // width in quarter pixels
    QList<QLineF> selected;
    const QRectF cull = target.adjusted(-2, -2, 2, 2);
    const bool many = scene.graph.edgeCount() > 5000;
    for (const ActorGraph::Edge &e : scene.graph.edges) {
        if (!scene.isVisible(e.from) || !scene.isVisible(e.to))
            continue;
        const QPointF a = m_device.at(e.from), b = m_device.at(e.to);
        if (!cull.intersects(QRectF(a, b).normalized().adjusted(-1, -1, 1, 1)))
            continue;
        const bool isSelected = scene.selected >= 0 && (e.from == scene.selected || e.to == scene.selected);
        // Within one pixel an edge is hidden under its own nodes.
        if (many && !isSelected && std::abs(a.x() - b.x()) < 1 && std::abs(a.y() - b.y()) < 1)
            continue;
        if (isSelected)
            selected.append(QLineF(a, b));
        else
            byWidth[static_cast<int>(std::lround(edgeWidth(scene.graph, e) * 4))].append(QLineF(a, b));
    }
    // Thousands of antialiased lines cost more than a frame; at that density nobody sees jaggies.
    painter.setRenderHint(QPainter::Antialiasing, !many);
    for (auto it = byWidth.constBegin(); it != byWidth.constEnd(); ++it) {
        painter.setPen(QPen(m_style.edge, it.key() / 4.0, Qt::SolidLine, many ? Qt::FlatCap : Qt::RoundCap));
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
    const QRectF cull = target.adjusted(-20, -20, 20, 20);
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (scene.isVisible(i) && cull.contains(m_device.at(i)))
            order.append(i);
    }
    const bool vector = painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Raster;
    const bool dots = order.size() > kManyNodes && !vector;
    // Level of detail: small nodes of a crowded picture become squares in a few batched calls,
    // drawn first, under the discs.
    if (dots) {
        QHash<QRgb, QList<QRectF>> squares;
        QList<int> discs;
        for (int i : std::as_const(order)) {
            const double r = radius(scene, i, scale);
            if (r >= kDotRadius) {
                discs.append(i);
                continue;
            }
            const QPointF c = m_device.at(i);
            squares[colour(scene, i).rgba()].append(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        }
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::NoPen);
        for (auto it = squares.constBegin(); it != squares.constEnd(); ++it) {
            painter.setBrush(QColor::fromRgba(it.key()));
            painter.drawRects(it.value().constData(), static_cast<int>(it.value().size()));
        }
        painter.setRenderHint(QPainter::Antialiasing, true);
        order = std::move(discs);
    }
    // Events under actors, small actors under big ones.
    const GraphMetric m = sizeMetric(scene.metric);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool actorA = scene.graph.nodes.at(a).isActor, actorB = scene.graph.nodes.at(b).isActor;
        if (actorA != actorB)
            return !actorA;
        return scene.metrics.value(m, a) < scene.metrics.value(m, b);
    });
    if (dots) {
        // The discs of a crowded picture are stamped from small prepared images: an antialiased
        // ellipse costs several microseconds, a blit a fraction of one.
        for (int i : std::as_const(order)) {
            const QImage &sprite = disc(colour(scene, i), radius(scene, i, scale));
            const QPointF c = m_device.at(i);
            painter.drawImage(QPoint(static_cast<int>(std::lround(c.x() - sprite.width() / 2.0)),
                                     static_cast<int>(std::lround(c.y() - sprite.height() / 2.0))),
                              sprite);
        }
        order.clear();
    }
    QPen outline(m_style.background, 1.0);
    painter.setPen(outline);
    for (int i : std::as_const(order)) {
        const double r = radius(scene, i, scale);
        painter.setBrush(colour(scene, i));
        painter.drawEllipse(m_device.at(i), r, r);
    }
    painter.setBrush(Qt::NoBrush);
    for (int i : scene.pinned) {
        if (i < scene.graph.nodeCount() && scene.isVisible(i)) {
            // A pinned node wears a small dark centre, like a drawing pin.
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_style.text);
            painter.drawEllipse(m_device.at(i), 1.8, 1.8);
            painter.setBrush(Qt::NoBrush);
        }
    }
    if (scene.selected >= 0 && scene.selected < scene.graph.nodeCount() && scene.isVisible(scene.selected)) {
        const double r = radius(scene, scene.selected, scale) + 3;
        painter.setPen(QPen(m_style.selection, 2.2));
        painter.drawEllipse(m_device.at(scene.selected), r, r);
    }
}

const QImage &GraphRenderer::disc(const QColor &fill, double r)
{
    // Colours to 5 bits a channel and radii to half pixels: no eye tells them apart, and the
    // sprites stay few whatever the measure.
    const QRgb q = qRgb(fill.red() & 0xf8, fill.green() & 0xf8, fill.blue() & 0xf8);
    const int halfPixels = std::max(1, static_cast<int>(std::lround(r * 2)));
    const quint64 key = (static_cast<quint64>(q) << 16) | static_cast<quint64>(halfPixels);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    if (m_sprites.size() > 4096)
        m_sprites.clear();
    const double rr = halfPixels / 2.0;
    const int side = static_cast<int>(std::ceil(rr * 2 + 2)) | 1; // odd: the centre is a pixel's
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(m_style.background, 1.0));
    p.setBrush(QColor(q));
    p.drawEllipse(QPointF(side / 2.0, side / 2.0), rr, rr);
    p.end();
    return *m_sprites.insert(key, image);
}

void GraphRenderer::paintLabels(QPainter &painter, const GraphScene &scene, const QTransform &view,
                                const QRectF &target, const QRectF &legend)
{
    const size_t key = sceneFingerprint(scene);
    const bool sameZoom = qFuzzyCompare(view.m11(), m_labelView.m11()) && qFuzzyCompare(view.m22(), m_labelView.m22())
        && qFuzzyIsNull(view.m12() - m_labelView.m12()) && qFuzzyIsNull(view.m21() - m_labelView.m21());
    if (!m_labelsValid || key != m_labelKey || !sameZoom || target != m_labelTarget) {
        m_labels.place(scene, *this, m_device, scaleOf(view), target, legend, m_style.font);
        m_labelsValid = true;
        m_labelKey = key;
        m_labelView = view;
        m_labelTarget = target;
    }
    const QPointF offset(view.dx() - m_labelView.dx(), view.dy() - m_labelView.dy());
    m_labels.paint(painter, offset, m_style.background, m_style.text, m_style.mutedText, m_style.selection,
                   scene.selected);
    for (const GraphLabels::Label &label : m_labels.labels()) {
        m_labelRects.append(label.rect.translated(offset));
        if (label.node >= 0)
            m_labelledNodes.append(label.node);
    }
    m_edgeLabels = m_labels.edgeLabelCount();
}

} // namespace entente
