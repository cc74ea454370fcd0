#pragma once

#include "charts/chartdata.h"
#include "chartstyle.h"

#include <QSizeF>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace entente {

// The "actors" chart: events per actor as horizontal bars, the most active at the top.
class ActorsChart
{
public:
    // `size` is the size the chart will be drawn at: only as many actors as have room for a
    // readable label are shown, the rest are counted in the title.
    ActorsChart(ActorsData data, ChartStyle style, QSizeF size = QSizeF(1200, 675));

    std::unique_ptr<QChart> create() const;
    const ActorsData &data() const { return m_data; }
    // The actor behind the bar at `index` of the chart's bar set (bars run bottom-up).
    std::optional<ActorId> actorAt(int index) const;

    // Names longer than this (or than 30-45 % of a narrow chart) are shortened with an ellipsis
    // so the bars keep their room.
    static constexpr int kMaxNameWidth = 220;
    QStringList categoryLabels() const;

private:
    ActorsData m_data;
    ChartStyle m_style;
    qreal m_nameWidth;
};

} // namespace entente
