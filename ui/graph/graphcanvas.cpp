#include "graphcanvas.h"

#include "accessibility/focusframe.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace entente {

GraphCanvas::GraphCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    m_animation.setDuration(350);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        for (qsizetype i = 0; i < m_scene.positions.size(); ++i)
            m_scene.positions[i] = m_from.at(i) + (m_to.at(i) - m_from.at(i)) * t;
        update();
    });
}

void GraphCanvas::setScene(const GraphScene &scene, bool animate)
{
    m_animation.stop();
    QHash<QString, QPointF> old;
    for (int i = 0; i < m_scene.graph.nodeCount() && i < m_scene.positions.size(); ++i)
        old.insert(m_scene.graph.nodes.at(i).key(), m_scene.positions.at(i));
    m_scene = scene;
    m_to = scene.positions;
    m_from = scene.positions;
    bool any = false;
    for (int i = 0; i < m_scene.graph.nodeCount() && i < m_to.size(); ++i) {
        const auto it = old.constFind(m_scene.graph.nodes.at(i).key());
        if (it != old.constEnd()) {
            m_from[i] = *it;
            any = true;
        }
    }
    if (!m_fitted || !any || m_provisional)
        fitView();
    m_provisional = false;
    if (animate && any && m_to.size() == m_scene.graph.nodes.size()) {
        m_scene.positions = m_from;
        m_animation.start();
    }
    update();
}

void GraphCanvas::renameNode(int node, const QString &label)
{
    if (node < 0 || node >= m_scene.graph.nodeCount())
        return;
    m_scene.graph.nodes[node].label = label;
    update();
}

void GraphCanvas::setProvisionalScene(const GraphScene &scene)
{
    setScene(scene, false);
    m_provisional = true;
}

void GraphCanvas::setHidden(const QList<bool> &hidden)
{
    m_scene.hidden = hidden;
    update();
}

void GraphCanvas::setSelected(int node)
{
    m_scene.selected = node;
    update();
}

void GraphCanvas::setStyle(const GraphRenderer::Style &style)
{
    m_renderer.setStyle(style);
    update();
}

void GraphCanvas::setPinned(int node, const QPointF &position)
{
    if (node < 0 || node >= m_scene.positions.size())
        return;
    m_scene.positions[node] = position;
    if (node < m_to.size())
        m_to[node] = position;
    m_scene.pinned.insert(node);
    update();
}

void GraphCanvas::fitView()
{
    const QList<QPointF> positions = m_scene.positions;
    GraphScene target = m_scene;
    target.positions = m_to.size() == positions.size() ? m_to : positions;
    // The whole canvas but the strip of the key at the bottom, which nothing should hide under.
    m_view = GraphRenderer::fit(target, QRectF(rect()).adjusted(0, 0, 0, -m_renderer.keyLineHeight()));
    m_fitted = m_scene.graph.nodeCount() > 0;
    update();
}

void GraphCanvas::centreOn(int node)
{
    if (node < 0 || node >= m_scene.positions.size())
        return;
    const QPointF at = m_view.map(m_scene.positions.at(node));
    m_view *= QTransform::fromTranslate(width() / 2.0 - at.x(), height() / 2.0 - at.y());
    update();
}

void GraphCanvas::zoomBy(double factor, const QPointF &device)
{
    m_view *= QTransform::fromTranslate(-device.x(), -device.y());
    m_view *= QTransform::fromScale(factor, factor);
    m_view *= QTransform::fromTranslate(device.x(), device.y());
    update();
}

void GraphCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.paint(painter, m_scene, m_view, QRectF(rect()));
    if (hasFocus())
        paintFocusFrame(painter, rect(), palette());
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()), event->position());
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    m_dragNode = m_renderer.nodeAt(m_scene, m_view, event->position());
    m_panning = m_dragNode < 0;
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (event->buttons() & Qt::LeftButton) {
        if (QLineF(pos, m_pressPos).length() > 3)
            m_moved = true;
        if (m_moved && m_dragNode >= 0) {
            m_animation.stop();
            m_scene.positions[m_dragNode] = m_view.inverted().map(pos);
            if (m_dragNode < m_to.size())
                m_to[m_dragNode] = m_scene.positions.at(m_dragNode);
        } else if (m_moved && m_panning) {
            m_view *= QTransform::fromTranslate(pos.x() - m_lastPos.x(), pos.y() - m_lastPos.y());
        }
        m_lastPos = pos;
        update();
        return;
    }
    const int node = m_renderer.nodeAt(m_scene, m_view, pos);
    setCursor(node >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (node >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), card(node), this);
    else
        QToolTip::hideText();
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_moved && m_dragNode >= 0) {
        setPinned(m_dragNode, m_scene.positions.at(m_dragNode));
        emit nodeMoved(m_dragNode, m_scene.positions.at(m_dragNode));
    } else if (!m_moved) {
        emit nodeClicked(m_dragNode);
    } else if (m_panning) {
        // During the pan labels were shifted, not placed; names that came into view get a place.
        m_renderer.invalidateLabels();
        update();
    }
    m_dragNode = -1;
    m_panning = false;
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int node = m_renderer.nodeAt(m_scene, m_view, event->position());
    if (node >= 0)
        emit nodeDoubleClicked(node);
}

void GraphCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fitted)
        fitView();
}

QString GraphCanvas::card(int node) const
{
    // Plain text only: labels come from imported files.
    const ActorGraph::Node &n = m_scene.graph.nodes.at(node);
    QString text = n.label + QLatin1Char('\n') + (n.isActor ? tr("Actor") : tr("Event"));
    if (node < m_scene.metrics.degree.size()) {
        text += QLatin1Char('\n')
            + tr("Degree %1 · weighted %2 · betweenness %3 · community %4")
                  .arg(m_scene.metrics.degree.at(node))
                  .arg(m_scene.metrics.strength.at(node))
                  .arg(m_scene.metrics.betweenness.at(node), 0, 'f', 1)
                  .arg(m_scene.metrics.community.at(node) + 1);
    }
    if (m_scene.pinned.contains(node))
        text += QLatin1Char('\n') + tr("Pinned");
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace entente
