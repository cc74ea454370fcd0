#pragma once

#include "claimstatus.h"
#include "timelinetheme.h"

#include <QHash>
#include <QImage>
#include <QPointF>

class QPainter;

namespace entente {

// Marks stamped from small cached images instead of filled and stroked as polygons: a crowded
// frame draws several hundred marks of a few dozen looks, and antialiased outlines (dashed ones
// above all) were a sixth of it. Only for raster pixels at one scale both ways; SVG and PDF,
// and rotated or sheared painters, get vector marks from timelinepaint::mark.
class TimelineMarkSprites
{
public:
    // Whether `painter` can take sprites; then draw() may be called until it changes.
    bool begin(const QPainter &painter);
    void draw(QPainter &painter, const TimelineTheme &theme, const QColor &colour, int kind, ClaimStatus status,
              QPointF centre, double size);

private:
    const QImage &sprite(const TimelineTheme &theme, const QColor &colour, int kind, ClaimStatus status, double size);

    QHash<quint64, QImage> m_cache;
    double m_scale = 1; // device pixels per logical pixel
    double m_dx = 0; // the device transform's translation
    double m_dy = 0;
};

} // namespace entente
