#pragma once

#include "graphscene.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStaticText>

namespace entente {

class GraphRenderer;

// Where the graph's labels go for one zoom: placed greedily by priority (selection, then the
// measure chosen, actors before events, edge roles last); a label that would overlap another,
// the legend or an actor's disc is left out. Placing is the costly part of a frame, so the
// renderer keeps the result while only the view's translation changes and shifts it instead.
class GraphLabels
{
public:
    enum class Kind { Actor, Event, Role };
    struct Label
    {
        QRectF rect; // device pixels, halo included
        QString text;
        QStaticText staticText; // laid out once, drawn cheaply on every later frame
        Kind kind = Kind::Actor;
        int node = -1; // -1 for an edge's role
        // A label set off from a crowded node is tied to it by a short line from its disc.
        bool leader = false;
        QPointF anchor; // the node's centre, device pixels
        double anchorRadius = 0;
    };

    // `device` holds each node's position on the device (the view applied).
    void place(const GraphScene &scene, const GraphRenderer &renderer, const QList<QPointF> &device, double scale,
               const QRectF &target, const QRectF &legend, const QFont &font);
    // Draws the labels shifted by `offset` device pixels (a pan since they were placed).
    void paint(QPainter &painter, const QPointF &offset, const QColor &background, const QColor &text,
               const QColor &muted, const QColor &selection, int selected) const;

    const QList<Label> &labels() const { return m_labels; }
    int edgeLabelCount() const { return m_edgeLabels; }

private:
    QList<Label> m_labels;
    QFont m_actorFont;
    QFont m_eventFont;
    QFont m_roleFont;
    int m_edgeLabels = 0;
};

} // namespace entente
