#pragma once

#include <QRectF>

#include <vector>

namespace entente {

// Places event labels beside their marks so that no two overlap and none covers the next mark:
// greedy from the left in each row, shortening (eliding) a label to the room it has and dropping
// it when less than `minWidth` is left. A label with too little room on the right of its mark
// (the next mark, or the edge of the view) goes on the left instead when it fits there whole, or
// at least `minWidthOnLeft` of it does, and clearly more than on the right.
// More labels fit as the user zooms in, because marks move apart.
class LabelPlacer
{
public:
    struct Candidate
    {
        double x = 0; // where the label starts
        double maxRight = 1e300; // the label may not reach past this (the next mark)
        double width = 0; // the width it would like
        double top = 0;
        double height = 0;
        int row = 0; // labels of different rows never compete (rows do not overlap)
        // The other side: a label put left of the mark ends at `leftEnd` and may not start
        // before `minLeft` (the previous mark). The default leaves no room there.
        double leftEnd = 0;
        double minLeft = 0;
    };
    struct Placed
    {
        std::size_t candidate = 0;
        QRectF rect;
    };

    explicit LabelPlacer(double gap = 6, double minWidth = 24, double minWidthOnLeft = 72)
        : m_gap(gap)
        , m_minWidth(minWidth)
        , m_minWidthOnLeft(minWidthOnLeft)
    { }

    // The labels that fit, each with its rectangle (no wider than asked, never overlapping).
    std::vector<Placed> place(const std::vector<Candidate> &candidates) const;

private:
    double m_gap;
    double m_minWidth;
    double m_minWidthOnLeft;
};

} // namespace entente
