#include "graphlabels.h"

#include "graphrenderer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr int kMaxLabelCandidates = 400; // by priority; past these, room has run out anyway
constexpr int kMaxEdgeLabelCandidates = 600;
constexpr int kMaxEventLabelChars = 34;
constexpr int kMaxDiscsKeptClear = 5000; // past this many on screen, discs are dots anyway

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

} // namespace

void GraphLabels::place(const GraphScene &scene, const GraphRenderer &renderer, const QList<QPointF> &device,
                        double scale, const QRectF &target, const QRectF &legend, const QFont &font)
{
    m_labels.clear();
    m_edgeLabels = 0;
    Occupancy taken;
    taken.add(legend);

    QList<int> candidates;
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (scene.isVisible(i) && target.contains(device.at(i)))
            candidates.append(i);
    }
    // Discs of actors are kept clear of labels, so no name hides a node.
    if (candidates.size() <= kMaxDiscsKeptClear) {
        for (int i : std::as_const(candidates)) {
            if (scene.graph.nodes.at(i).isActor) {
                const double r = renderer.radius(scene, i, scale);
                const QPointF c = device.at(i);
                taken.add(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            }
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

    m_actorFont = font;
    m_actorFont.setBold(true);
    m_eventFont = font;
    m_eventFont.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF actorMetrics(m_actorFont), eventMetrics(m_eventFont);
    const QRectF inside = target.adjusted(2, 2, -2, -2);
    auto add = [&](const QRectF &place, const QString &text, Kind kind, int node, const QFont &f) -> Label & {
        taken.add(place);
        Label label { place, text, QStaticText(text), kind, node, false, QPointF(), 0 };
        label.staticText.setTextFormat(Qt::PlainText); // imported text is never markup
        label.staticText.prepare(QTransform(), f);
        m_labels.append(std::move(label));
        return m_labels.last();
    };

    for (int i : std::as_const(candidates)) {
        const ActorGraph::Node &node = scene.graph.nodes.at(i);
        const QFontMetricsF &fm = node.isActor ? actorMetrics : eventMetrics;
        const QString text = node.isActor
            ? node.label
            : fm.elidedText(node.label, Qt::ElideRight, fm.averageCharWidth() * kMaxEventLabelChars);
        const QSizeF size(fm.horizontalAdvance(text) + 4, fm.height());
        const QPointF c = device.at(i);
        const double r = renderer.radius(scene, i, scale) + 2;
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
        bool placed = false;
        for (const QRectF &place : places) {
            if (inside.contains(place) && !taken.intersects(place)) {
                add(place, text, node.isActor ? Kind::Actor : Kind::Event, i, node.isActor ? m_actorFont : m_eventFont);
                placed = true;
                break;
            }
        }
        if (placed || !node.isActor)
            continue;
        // An actor in a crowd: a little further out, tied to its disc by a line, rather than
        // left unnamed (a dense core of actors otherwise loses its biggest node's name).
        for (int ring = 1; ring <= 3 && !placed; ++ring) {
            const double out = r + ring * size.height() * 0.9;
            const double diagonal = out * 0.75;
            const QRectF further[] = {
                QRectF(QPointF(c.x() + out, c.y() - size.height() / 2), size),
                QRectF(QPointF(c.x() - out - size.width(), c.y() - size.height() / 2), size),
                QRectF(QPointF(c.x() - size.width() / 2, c.y() + out), size),
                QRectF(QPointF(c.x() - size.width() / 2, c.y() - out - size.height()), size),
                QRectF(QPointF(c.x() + diagonal, c.y() - diagonal - size.height()), size),
                QRectF(QPointF(c.x() + diagonal, c.y() + diagonal), size),
                QRectF(QPointF(c.x() - diagonal - size.width(), c.y() - diagonal - size.height()), size),
                QRectF(QPointF(c.x() - diagonal - size.width(), c.y() + diagonal), size),
            };
            for (const QRectF &place : further) {
                if (inside.contains(place) && !taken.intersects(place)) {
                    Label &label = add(place, text, Kind::Actor, i, m_actorFont);
                    label.leader = true;
                    label.anchor = c;
                    label.anchorRadius = r - 2;
                    placed = true;
                    break;
                }
            }
        }
    }

    if (scene.graph.mode != ActorGraph::Mode::Bipartite)
        return;
    // Roles along edges, last and only where an edge is long enough to carry one.
    m_roleFont = font;
    m_roleFont.setItalic(true);
    m_roleFont.setPointSizeF(font.pointSizeF() * 0.8);
    const QFontMetricsF rm(m_roleFont);
    int tried = 0;
    for (const ActorGraph::Edge &e : scene.graph.edges) {
        if (tried >= kMaxEdgeLabelCandidates)
            break;
        if (e.role.isEmpty() || !scene.isVisible(e.from) || !scene.isVisible(e.to))
            continue;
        const QLineF line(device.at(e.from), device.at(e.to));
        if (!inside.contains(line.center()))
            continue;
        ++tried;
        const QSizeF size(rm.horizontalAdvance(e.role) + 4, rm.height());
        if (line.length()
            < size.width() + renderer.radius(scene, e.from, scale) + renderer.radius(scene, e.to, scale) + 12)
            continue;
        const QRectF place(line.center() - QPointF(size.width() / 2, size.height() / 2), size);
        if (!inside.contains(place) || taken.intersects(place))
            continue;
        add(place, e.role, Kind::Role, -1, m_roleFont);
        ++m_edgeLabels;
    }
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
