#include "graphlabels.h"

#include "graphrenderer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace entente {

namespace {

constexpr int kMaxLabelCandidates = 400; // by priority; past these, room has run out anyway
constexpr int kMaxEdgeLabelCandidates = 600;
constexpr int kMaxEventLabelChars = 34;
constexpr int kMaxDiscsKeptClear = 5000; // past this many on screen, discs are dots anyway
// Air kept between a label and any other label or disc, device pixels: two halos that touch read
// as one label.
constexpr double kGap = 2.5;
constexpr double kReach = 24; // past the largest disc's radius: a disc centred further out misses
// How far out a crowded actor's name may go, in rings of 0.8 line each, and the order the
// sixteen directions of a ring are tried in (eighths of a half turn): sides, below and above,
// the diagonals, then the rest.
constexpr int kRings = 6;
constexpr int kRingOrder[16] = { 0, 8, 4, 12, 2, 6, 10, 14, 1, 7, 9, 15, 3, 5, 11, 13 };

// Rectangles already taken on the device, bucketed in a coarse grid so a test is cheap.
class Occupancy
{
public:
    bool intersects(const QRectF &r) const
    {
        bool hit = false;
        forCells(r, [&](quint64 cell) {
            const auto it = m_cells.constFind(cell);
            if (hit || it == m_cells.constEnd())
                return;
            for (int i : *it) {
                if (m_rects.at(i).intersects(r)) {
                    hit = true;
                    return;
                }
            }
        });
        return hit;
    }
    void add(const QRectF &r)
    {
        const int index = static_cast<int>(m_rects.size());
        m_rects.append(r);
        forCells(r, [&](quint64 cell) { m_cells[cell].append(index); });
    }

private:
    static constexpr double kCell = 64;
    template<typename F> static void forCells(const QRectF &r, F &&f)
    {
        const auto x0 = static_cast<qint32>(std::floor(r.left() / kCell));
        const auto x1 = static_cast<qint32>(std::floor(r.right() / kCell));
        const auto y0 = static_cast<qint32>(std::floor(r.top() / kCell));
        const auto y1 = static_cast<qint32>(std::floor(r.bottom() / kCell));
        for (qint32 x = x0; x <= x1; ++x) {
            for (qint32 y = y0; y <= y1; ++y)
                f((static_cast<quint64>(static_cast<quint32>(x)) << 32) | static_cast<quint32>(y));
        }
    }
    QList<QRectF> m_rects;
    QHash<quint64, QList<int>> m_cells;
};

// The measure that sets a node's size: communities are categories, so size follows degree.
GraphMetric sizeMetric(GraphMetric metric)
{
    return metric == GraphMetric::Community ? GraphMetric::Degree : metric;
}

// Where a label of `size` may go around a node at `c`, best first: right, left, below and above
// at `out`; then below and above slid to either side (a long name beside a crowded neighbour);
// then the four corners at `diagonal`.
std::array<QRectF, 12> around(QPointF c, double out, double diagonal, QSizeF size)
{
    const double w = size.width(), h = size.height();
    const double slide = std::max(0.0, w / 2 - out); // the label's near end just past the disc
    return {
        QRectF(QPointF(c.x() + out, c.y() - h / 2), size),
        QRectF(QPointF(c.x() - out - w, c.y() - h / 2), size),
        QRectF(QPointF(c.x() - w / 2, c.y() + out), size),
        QRectF(QPointF(c.x() - w / 2, c.y() - out - h), size),
        QRectF(QPointF(c.x() - w / 2 + slide, c.y() + out), size),
        QRectF(QPointF(c.x() - w / 2 - slide, c.y() + out), size),
        QRectF(QPointF(c.x() - w / 2 + slide, c.y() - out - h), size),
        QRectF(QPointF(c.x() - w / 2 - slide, c.y() - out - h), size),
        QRectF(QPointF(c.x() + diagonal, c.y() - diagonal - h), size),
        QRectF(QPointF(c.x() + diagonal, c.y() + diagonal), size),
        QRectF(QPointF(c.x() - diagonal - w, c.y() - diagonal - h), size),
        QRectF(QPointF(c.x() - diagonal - w, c.y() + diagonal), size),
    };
}

// A label's place on a ring of radius `out` around `c`, at `angle` (0 to the right, y down): the
// rectangle touches the ring with the side or corner that faces the node.
QRectF onRing(QPointF c, double out, double angle, QSizeF size)
{
    const QPointF p(c.x() + out * std::cos(angle), c.y() + out * std::sin(angle));
    return QRectF(
        QPointF(p.x() - size.width() * (1 - std::cos(angle)) / 2, p.y() - size.height() * (1 - std::sin(angle)) / 2),
        size);
}

// `r` moved the least way to lie inside `area` (when it fits at all).
QRectF clampedInto(QRectF r, const QRectF &area)
{
    r.moveLeft(std::clamp(r.left(), area.left(), std::max(area.left(), area.right() - r.width())));
    r.moveTop(std::clamp(r.top(), area.top(), std::max(area.top(), area.bottom() - r.height())));
    return r;
}

// The labels placed so far and the room they and the discs take.
class Placer
{
public:
    Placer(QList<GraphLabels::Label> &labels, const QRectF &inside)
        : m_labels(labels)
        , m_inside(inside)
    { }
    Occupancy &taken() { return m_taken; }
    const QRectF &inside() const { return m_inside; }
    // Free when it stays inside and keeps its air from every label and disc placed so far.
    bool isFree(const QRectF &place) const
    {
        return m_inside.contains(place) && !m_taken.intersects(place.adjusted(-kGap, -kGap, kGap, kGap));
    }
    GraphLabels::Label &add(const QRectF &place, const QString &text, GraphLabels::Kind kind, int node,
                            const QFont &font)
    {
        m_taken.add(place);
        GraphLabels::Label label { place, text, QStaticText(text), kind, node, false, QPointF(), 0 };
        label.staticText.setTextFormat(Qt::PlainText); // imported text is never markup
        label.staticText.prepare(QTransform(), font);
        m_labels.append(std::move(label));
        return m_labels.last();
    }

private:
    QList<GraphLabels::Label> &m_labels;
    QRectF m_inside;
    Occupancy m_taken;
};

// The nodes inside `target` that may be named, best first; every disc reaching in is marked
// taken, actors' and events' alike, so no name hides a node.
QList<int> labelCandidates(const GraphScene &scene, const GraphRenderer &renderer, const QList<QPointF> &device,
                           double scale, const QRectF &target, Occupancy &taken)
{
    QList<int> candidates;
    QList<int> discs;
    const QRectF reach = target.adjusted(-kReach, -kReach, kReach, kReach);
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (!scene.isVisible(i) || !reach.contains(device.at(i)))
            continue;
        discs.append(i);
        if (target.contains(device.at(i)))
            candidates.append(i);
    }
    if (discs.size() <= kMaxDiscsKeptClear) {
        for (int i : std::as_const(discs)) {
            const double r = renderer.radius(scene, i, scale);
            const QPointF c = device.at(i);
            taken.add(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        }
    }
    const GraphMetric m = sizeMetric(scene.metric);
    // Only the best few are wanted: a partial sort of 10,000 costs a fraction of a full one.
    auto before = [&](int a, int b) {
        if ((a == scene.selected) != (b == scene.selected))
            return a == scene.selected;
        const bool actorA = scene.graph.nodes.at(a).isActor, actorB = scene.graph.nodes.at(b).isActor;
        if (actorA != actorB)
            return actorA;
        const double va = scene.metrics.value(m, a), vb = scene.metrics.value(m, b);
        return va != vb ? va > vb : a < b;
    };
    const auto keep = std::min<qsizetype>(candidates.size(), kMaxLabelCandidates);
    std::partial_sort(candidates.begin(), candidates.begin() + keep, candidates.end(), before);
    candidates.resize(keep);
    return candidates;
}

// An actor in a crowd: further out, tied to its disc by a line, rather than left unnamed (a
// dense core of actors otherwise loses its biggest node's name). Rings of sixteen places, each
// kept inside the picture, so a node by the edge can still be named.
bool placeOnRings(Placer &placer, int node, QPointF c, double r, const QString &text, QSizeF size, const QFont &font)
{
    for (int ring = 1; ring <= kRings; ++ring) {
        const double out = r + ring * size.height() * 0.8;
        for (int k = 0; k < 16; ++k) {
            const QRectF place = clampedInto(onRing(c, out, kRingOrder[k] * M_PI / 8, size), placer.inside());
            if (!placer.isFree(place))
                continue;
            GraphLabels::Label &label = placer.add(place, text, GraphLabels::Kind::Actor, node, font);
            label.leader = true;
            label.anchor = c;
            label.anchorRadius = r - kGap - 0.5;
            return true;
        }
    }
    return false;
}

// Roles along edges, last and only where an edge is long enough to carry one. Returns how many.
int placeRoles(Placer &placer, const GraphScene &scene, const GraphRenderer &renderer, const QList<QPointF> &device,
               double scale, const QFont &font)
{
    const QFontMetricsF rm(font);
    int tried = 0;
    int placed = 0;
    for (const ActorGraph::Edge &e : scene.graph.edges) {
        if (tried >= kMaxEdgeLabelCandidates)
            break;
        if (e.role.isEmpty() || !scene.isVisible(e.from) || !scene.isVisible(e.to))
            continue;
        const QLineF line(device.at(e.from), device.at(e.to));
        if (!placer.inside().contains(line.center()))
            continue;
        ++tried;
        const QSizeF size(rm.horizontalAdvance(e.role) + 4, rm.height());
        if (line.length()
            < size.width() + renderer.radius(scene, e.from, scale) + renderer.radius(scene, e.to, scale) + 12)
            continue;
        const QRectF place(line.center() - QPointF(size.width() / 2, size.height() / 2), size);
        if (!placer.isFree(place))
            continue;
        placer.add(place, e.role, GraphLabels::Kind::Role, -1, font);
        ++placed;
    }
    return placed;
}

} // namespace

void GraphLabels::place(const GraphScene &scene, const GraphRenderer &renderer, const QList<QPointF> &device,
                        double scale, const QRectF &target, const QRectF &legend, const QFont &font)
{
    m_labels.clear();
    m_edgeLabels = 0;
    Placer placer(m_labels, target.adjusted(2, 2, -2, -2));
    placer.taken().add(legend);
    // Nodes inside are named; discs reaching in from outside are kept clear too.
    const QList<int> candidates = labelCandidates(scene, renderer, device, scale, target, placer.taken());

    m_actorFont = font;
    m_actorFont.setBold(true);
    m_eventFont = font;
    m_eventFont.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF actorMetrics(m_actorFont), eventMetrics(m_eventFont);
    for (int i : candidates) {
        const ActorGraph::Node &node = scene.graph.nodes.at(i);
        const QFontMetricsF &fm = node.isActor ? actorMetrics : eventMetrics;
        const QString text = node.isActor
            ? node.label
            : fm.elidedText(node.label, Qt::ElideRight, fm.averageCharWidth() * kMaxEventLabelChars);
        const QSizeF size(fm.horizontalAdvance(text) + 4, fm.height());
        const QPointF c = device.at(i);
        // Just clear of the node's own disc (kept as taken as its bounding square).
        const double r = renderer.radius(scene, i, scale) + kGap + 0.5;
        bool placed = false;
        for (const QRectF &place : around(c, r, r, size)) {
            if (placer.isFree(place)) {
                placer.add(place, text, node.isActor ? Kind::Actor : Kind::Event, i,
                           node.isActor ? m_actorFont : m_eventFont);
                placed = true;
                break;
            }
        }
        if (!placed && node.isActor)
            placeOnRings(placer, i, c, r, text, size, m_actorFont);
    }

    if (scene.graph.mode != ActorGraph::Mode::Bipartite)
        return;
    m_roleFont = font;
    m_roleFont.setItalic(true);
    m_roleFont.setPointSizeF(font.pointSizeF() * 0.8);
    m_edgeLabels = placeRoles(placer, scene, renderer, device, scale, m_roleFont);
}

void GraphLabels::paint(QPainter &painter, const QPointF &offset, const QColor &background, const QColor &text,
                        const QColor &muted, const QColor &selection, int selected) const
{
    QColor halo = background;
    halo.setAlpha(215);
    // Static text is a raster speed-up; SVG and PDF get real text runs a reader can search.
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    painter.save();
    painter.translate(offset);
    QColor line = muted;
    line.setAlpha(170);
    for (const Label &label : m_labels) {
        if (!label.leader)
            continue;
        // From the disc's rim to the nearest point of the label.
        const QPointF to(std::clamp(label.anchor.x(), label.rect.left(), label.rect.right()),
                         std::clamp(label.anchor.y(), label.rect.top(), label.rect.bottom()));
        const QLineF full(label.anchor, to);
        if (full.length() <= label.anchorRadius)
            continue;
        QLineF leader = full;
        leader.setP1(full.pointAt(label.anchorRadius / full.length()));
        painter.setPen(QPen(line, 1.0));
        painter.drawLine(leader);
    }
    for (const Label &label : m_labels) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(label.rect, label.kind == Kind::Role ? 2 : 3, label.kind == Kind::Role ? 2 : 3);
        painter.setFont(label.kind == Kind::Actor ? m_actorFont : label.kind == Kind::Event ? m_eventFont : m_roleFont);
        painter.setPen(label.node >= 0 && label.node == selected ? selection
                                                                 : (label.kind == Kind::Actor ? text : muted));
        if (raster) {
            const QSizeF size = label.staticText.size();
            painter.drawStaticText(label.rect.center() - QPointF(size.width() / 2, size.height() / 2),
                                   label.staticText);
        } else {
            painter.drawText(label.rect, Qt::AlignCenter, label.text);
        }
    }
    painter.restore();
}

} // namespace entente
