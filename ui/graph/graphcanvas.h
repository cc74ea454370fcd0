#pragma once

#include "graphrenderer.h"
#include "graphscene.h"

#include <QTransform>
#include <QVariantAnimation>
#include <QWidget>

namespace entente {

// The drawing surface of the graph view: paints the scene through GraphRenderer, zooms on the
// wheel, pans on a drag of empty space, moves a node on a drag of it, shows a card on hover,
// and reports clicks. New layouts glide in from the old positions.
class GraphCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCanvas)

public:
    explicit GraphCanvas(QWidget *parent = nullptr);

    const GraphScene &scene() const { return m_scene; }
    // Replaces the scene; nodes already shown glide from where they were when `animate`.
    void setScene(const GraphScene &scene, bool animate);
    // Shows a stand-in placement while the real layout runs; the next setScene() fits the view
    // to the real one and glides there.
    void setProvisionalScene(const GraphScene &scene);
    bool isProvisional() const { return m_provisional; }
    // Whether the nodes are still gliding to a new layout.
    bool isAnimating() const { return m_animation.state() == QAbstractAnimation::Running; }
    void setHidden(const QList<bool> &hidden);
    void setSelected(int node);
    // A node's label changed (a rename): drawn again where it stands, no layout.
    void renameNode(int node, const QString &label);
    void setStyle(const GraphRenderer::Style &style);
    void setPinned(int node, const QPointF &position);
    const QTransform &view() const { return m_view; }
    const GraphRenderer &renderer() const { return m_renderer; }

    void fitView();
    void centreOn(int node);
    void zoomBy(double factor, const QPointF &device);

signals:
    void nodeClicked(int node); // -1 for empty space
    void nodeDoubleClicked(int node);
    void nodeMoved(int node, QPointF position); // a drag ended: pin it there

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString card(int node) const;

    GraphScene m_scene;
    QList<QPointF> m_from; // animation start positions
    QList<QPointF> m_to;
    QVariantAnimation m_animation;
    GraphRenderer m_renderer;
    QTransform m_view;
    bool m_fitted = false;
    bool m_provisional = false;
    int m_dragNode = -1;
    bool m_panning = false;
    bool m_moved = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
};

} // namespace entente
