#pragma once

#include "charts/chartdata.h"
#include "chartstyle.h"

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
    StatusChart(QList<StatusCount> data, ChartStyle style);

    std::unique_ptr<QChart> create() const;
    const QList<StatusCount> &data() const { return m_data; }
    // The status of the bar at `index` (statuses run left to right).
    std::optional<ClaimStatus> statusAt(int index) const;

private:
    QList<StatusCount> m_data;
    ChartStyle m_style;
};

} // namespace entente
