#pragma once

#include <QRectF>

#include <vector>

namespace entente {

// Places event labels beside their marks so that no two overlap and none covers the next mark:
// greedy from the left in each row, shortening (eliding) a label to the room it has and dropping
// it when less than `minWidth` is left. More labels fit as the user zooms in, because marks
// move apart.
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
    };
    struct Placed
    {
        std::size_t candidate = 0;
        QRectF rect;
    };

    explicit LabelPlacer(double gap = 6, double minWidth = 24)
        : m_gap(gap)
        , m_minWidth(minWidth)
    { }

    // The labels that fit, each with its rectangle (no wider than asked, never overlapping).
    std::vector<Placed> place(const std::vector<Candidate> &candidates) const;

private:
    double m_gap;
    double m_minWidth;
};

} // namespace entente
