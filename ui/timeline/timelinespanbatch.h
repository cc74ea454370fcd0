#pragma once

#include "claimstatus.h"
#include "timelinetheme.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QRectF>

#include <vector>

class QPainter;

namespace entente {

// Draws the bars and imprecise extents of a frame together. At week scale a busy lane holds a
// dozen ranges each the width of the screen, one over another: blending every bar was a
// quarter of the frame. Stacked fills of one colour and alpha give the same picture as one
// fill per stretch of equal depth with the alpha compounded, 1 - (1 - a)^depth, so the batch
// sweeps the pieces of each lane and style and fills every stretch once; hatching and edge
// lines, which are opaque, go once over the union.
class TimelineSpanBatch
{
public:
    // As timelinepaint::span: `softLeft`/`softRight` fade the ends, `faint` for extents of
    // imprecise dates (no status decoration). `depth`: drawn as that many such spans one over
    // another (a band of many events, stronger than one of few).
    void add(const QColor &colour, ClaimStatus status, const QRectF &rect, bool softLeft, bool softRight, bool faint,
             int depth = 1);
    // Draws everything added, then forgets it.
    void flush(QPainter &p, const TimelineTheme &theme);

    static double alphaOf(ClaimStatus status, bool faint)
    {
        return faint ? 0.14 : status == ClaimStatus::Confirmed ? 0.6 : 0.22;
    }

private:
    struct Piece
    {
        QRgb rgb = 0;
        ClaimStatus status = ClaimStatus::Confirmed;
        bool faint = false;
        double top = 0;
        double height = 0;
        double left = 0; // the whole extent, for decorations
        double right = 0;
        double fillLeft = 0; // the solid part, between the faded ends
        double fillRight = 0;
        int depth = 1;
    };
    struct Ramp
    {
        QColor colour; // with the fill's alpha
        QRectF rect;
        bool fadeIn = true; // clear at the left, full at the right
    };
    // A faded end, drawn as a small image stretched over it: a gradient fill cost three times
    // as much, and at week scale every day's band has two.
    const QImage &rampImage(const QColor &colour, bool fadeIn);

    std::vector<Piece> m_pieces;
    std::vector<Ramp> m_ramps;
    QHash<quint64, QImage> m_rampImages; // by colour with alpha, and direction
};

} // namespace entente
