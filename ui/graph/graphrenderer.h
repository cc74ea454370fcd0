#pragma once

#include "graphlabels.h"
#include "graphscene.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QTransform>

#include <optional>

class QPainter;

namespace entente {

// Paints a GraphScene onto any QPainter: the widget, PNG, SVG, PDF and the headless command all
// come through here. Node sizes are in device pixels, so a picture stays readable at any zoom;
// labels are placed greedily by priority (selection, then the measure chosen, actors before
// events, edge roles last) and a label that would overlap another, or an actor's disc, is left out.
class GraphRenderer
{
public:
    struct Style
    {
        QColor background;
        QColor text;
        QColor mutedText;
        QColor edge;
        QColor event;
        QColor selection;
        QFont font;
        static Style light();
        static Style dark();
    };

    // What an exported picture carries around the graph, as the timeline's export does: a title
    // above, a key to sizes and colours, and a credit line below.
    struct Decorations
    {
        QString title;
        QString credit;
        bool legend = true;
        // Inside a published picture: the whole picture's height, which sets the type size
        // (PublicationFrame::labelPixels); the frame then carries the title and the credit.
        double pictureHeight = 0;
        QLocale locale; // the picture's language, for its numbers
    };

    explicit GraphRenderer(Style style = Style::light());
    const Style &style() const { return m_style; }
    // A new style (the window turned dark or light): discs and labels are prepared again.
    void setStyle(const Style &style);

    // The world-to-device transform that shows `world` inside `target`, centred, with a small
    // margin for the largest disc (4 % of the shorter side, 24 to 48 px). Turned a quarter when
    // that shows it over 20 % larger: a tall layout in a wide panel lies down.
    static QTransform fit(const QRectF &world, const QRectF &target, double maxScale);
    // The same for a scene's nodes: a few nodes are not blown up, unless they sit so close that
    // their discs would cover each other at that size (a dense, fully linked graph of actors).
    // Up to 400 nodes, the discs themselves are fitted to 2 % of the edge, and the layout may be
    // stretched up to a quarter one way so it fills the target in both directions.
    static QTransform fit(const GraphScene &scene, const QRectF &target);

    // Labels are placed once per scene and zoom and shifted while only the view's translation
    // changes (a pan): the caller invalidates them when a pan ends, so names that came into view
    // are placed too.
    void paint(QPainter &painter, const GraphScene &scene, const QTransform &view, const QRectF &target);
    void invalidateLabels();
    // The strip at the bottom of the view that the one-line key takes (0 without it): a fit on
    // screen keeps the nodes above it.
    double keyLineHeight() const;

    // A picture for export: the title, legend and credit of `decorations` laid out in `target`
    // and the visible graph fitted into what is left. Without a legend the in-picture key line
    // is left out too.
    void paintPicture(QPainter &painter, const GraphScene &scene, const QRectF &target, const Decorations &decorations);
    // Where paintPicture() put each part, for tests.
    QRectF titleRect() const { return m_titleRect; }
    QRectF legendRect() const { return m_legendRect; }
    QRectF creditRect() const { return m_creditRect; }
    QRectF graphRect() const { return m_graphRect; }

    // The measure's name as a picture states it: "Betweenness (approximate: …)" when it is.
    static QString metricCaption(const GraphScene &scene);

    // A node's disc radius in device pixels at the view's scale.
    double radius(const GraphScene &scene, int node, double scale) const;
    QColor colour(const GraphScene &scene, int node) const;
    // The visible node under `device`, or -1.
    int nodeAt(const GraphScene &scene, const QTransform &view, const QPointF &device) const;

    // What the last paint drew, for tests and tooltips.
    const QList<QRectF> &labelRects() const { return m_labelRects; }
    const QList<int> &labelledNodes() const { return m_labelledNodes; }
    int edgeLabelCount() const { return m_edgeLabels; }

private:
    static QTransform fitDiscs(const GraphScene &scene, const QRectF &target, double maxScale, const QTransform &rough);
    void paintEdges(QPainter &painter, const GraphScene &scene, const QRectF &target);
    void paintNodes(QPainter &painter, const GraphScene &scene, const QTransform &view, const QRectF &target);
    const QImage &disc(const QColor &fill, double radius);
    QRectF paintLegend(QPainter &painter, const GraphScene &scene, const QRectF &target);
    void paintLegendStrip(QPainter &painter, const GraphScene &scene, const QRectF &strip, double pixels,
                          bool counts = true, const QLocale &locale = {});
    QString countsText(const GraphScene &scene) const;
    void paintLabels(QPainter &painter, const GraphScene &scene, const QTransform &view, const QRectF &target,
                     const QRectF &legend);

    Style m_style;
    bool m_keyLine = true; // the one-line key in the picture's corner (off under a legend strip)
    QRectF m_titleRect;
    QRectF m_legendRect;
    QRectF m_creditRect;
    QRectF m_graphRect;
    QList<QRectF> m_labelRects;
    QList<int> m_labelledNodes;
    int m_edgeLabels = 0;
    struct MaximumMemo
    {
        const double *degree;
        const double *strength;
        const double *betweenness;
        const int *community;
        qsizetype size;
        GraphMetric metric;
        double value;
    };
    double maximum(const GraphMetrics &metrics, GraphMetric metric) const;
    mutable std::optional<MaximumMemo> m_maximum; // the last maximum asked for, see maximum()
    QHash<quint64, QImage> m_sprites; // prepared discs by colour and radius, see disc()
    QList<QPointF> m_device; // node positions on the device, this frame

    GraphLabels m_labels;
    bool m_labelsValid = false;
    size_t m_labelKey = 0;
    QTransform m_labelView; // the view the labels were placed in
    QRectF m_labelTarget;
};

} // namespace entente
