#pragma once

#include "timelinetheme.h"

#include <QColor>
#include <QRect>
#include <QRectF>

#include <vector>

class QPainter;

namespace entente {

// Draws the cluster boxes of a frame together. Zoomed out over a million events a frame holds
// thousands of them, and filling and outlining each with its own calls was over a third of the
// frame. Clusters never overlap, so boxes of one fill are filled in one call and outlines of one
// colour drawn in another, as thin filled boxes: the same pixels in a few dozen calls.
class TimelineClusterBatch
{
public:
    // A box filled by how many events it holds relative to the densest in view (`strength`,
    // 0..1), outlined in `colour`. Returns true when its count reads better in light text.
    bool add(const TimelineTheme &theme, const QColor &colour, const QRectF &rect, double strength);
    // Draws everything added, then forgets it.
    void flush(QPainter &p);

private:
    struct Box
    {
        quint64 rgba = 0; // QRgba64: the colour at the precision the raster engine fills with
        QRect rect;
    };
    std::vector<Box> m_fills;
    std::vector<Box> m_outlines;
    std::vector<QRect> m_run;
};

} // namespace entente
