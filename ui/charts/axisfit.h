#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace entente {

// Keeps a chart's axis text whole at any size. Qt Charts cuts a label that has less room than
// its text to "...", so a small chart showed its counts as a column of dots. Instead, once the
// chart is laid out and its plot's size is known: a count axis steps by 1, 2, 2.5 or 5 × 10ⁿ coarse
// enough that its numbers have room (or shows none when not even two fit); a time axis labels
// every n-th bucket; category names that do not fit side by side stand on end; an axis title
// longer than its axis is left out. The chart's title says what the axis counts.
class AxisFit
{
public:
    // Fits the axes now, for the plot area the chart has.
    static void fit(QChart *chart);
    // Fits the axes each time the chart is laid out (a resize, an export at another size).
    static void keepFitted(QChart *chart);

    // A count axis from 0 to at least `max`, with whole-number ticks (never "0.5 events") and
    // at most `labels` of them (and at most seven): the step a count axis is given.
    static double countStep(qint64 max, int labels);
    // Sets `axis` up as a count axis for `max` with at most `labels` tick labels, and remembers
    // `max` so fit() can change the step later.
    static void setCount(QValueAxis *axis, qint64 max, int labels);
};

} // namespace entente
