#pragma once

#include "charts/chartdata.h"
#include "chartstyle.h"

#include <QLocale>
#include <QSizeF>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace entente {

// The "activity" chart: events per time bucket as stacked bars, one stack per kind or actor.
class ActivityChart
{
public:
    // `size` is the size the chart will be drawn at: it decides how many axis labels fit, and
    // how many series have a name of their own in the legend (the rest are folded into "Other").
    ActivityChart(ActivityData data, ChartStyle style, QSizeF size = QSizeF(1200, 675), QLocale locale = QLocale());

    std::unique_ptr<QChart> create() const;
    const ActivityData &data() const { return m_data; }

    // The buckets that get a label on the time axis: every one when their labels fit side by
    // side at the chart's width, otherwise every n-th, so labels are never cut or overlapping.
    qsizetype labelStep() const;

private:
    void foldToFitTheLegend();

    ActivityData m_data;
    ChartStyle m_style;
    QSizeF m_size;
    QLocale m_locale;
};

} // namespace entente
