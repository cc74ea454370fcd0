#pragma once

#include "graph/graphmetrics.h"

#include <QTableView>

class QSortFilterProxyModel;

namespace entente {

class GraphMetricsModel;

// The graph view's table of measures: one compact row per node, sorted by the measure the graph
// shows. Its columns fit the width it is given: the name takes what the numbers leave, and
// where there is not room for every column the kind goes first, then the measures not shown,
// so the name and the measure on screen are always there.
class GraphMetricsTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphMetricsTable)

public:
    explicit GraphMetricsTable(GraphMetricsModel *model, QWidget *parent = nullptr);

    // Sorts by `metric` (largest first; communities in order) and keeps its column on screen.
    void setMetric(GraphMetric metric);
    // Fits the columns again (after new rows, or a change of width).
    void fitColumns();
    // The model's column of a measure.
    static int columnOf(GraphMetric metric);

    GraphMetricsModel *metricsModel() const { return m_model; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int wantedWidth(int column) const;

    GraphMetricsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    GraphMetric m_metric = GraphMetric::Degree;
};

} // namespace entente
