#pragma once

#include "charts/chartdata.h"
#include "chartstyle.h"

#include <QSizeF>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace entente {

// The "status" chart: events per claim status, one bar per status told apart by its label,
// its pattern and its colour.
class StatusChart
{
public:
    // `size` is the size the chart will be drawn at: where the names of the statuses do not fit
    // side by side under their bars, they stand in a legend beside the plot instead.
    StatusChart(QList<StatusCount> data, ChartStyle style, QSizeF size = QSizeF(1200, 675));

    std::unique_ptr<QChart> create() const;
    const QList<StatusCount> &data() const { return m_data; }
    // The status of the bar at `index` (statuses run left to right).
    std::optional<ClaimStatus> statusAt(int index) const;

private:
    QList<StatusCount> m_data;
    ChartStyle m_style;
    QSizeF m_size;
};

} // namespace entente
