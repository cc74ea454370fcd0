#pragma once

#include "graphscene.h"

#include <QAbstractTableModel>

namespace entente {

// The side table of the graph view: one row per node with its measures. Numbers are served
// under Qt::DisplayRole as numbers, so a QSortFilterProxyModel sorts them as numbers.
class GraphMetricsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphMetricsModel)

public:
    enum Column { Name, Kind, Degree, WeightedDegree, Betweenness, Community, ColumnCount };
    static constexpr int NodeIndexRole = Qt::UserRole + 1;

    explicit GraphMetricsModel(QObject *parent = nullptr);

    void setGraph(const ActorGraph &graph, const GraphMetrics &metrics);
    // A node renamed in place (its row's name), the graph otherwise as it was.
    void renameNode(int node, const QString &label);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ActorGraph m_graph;
    GraphMetrics m_metrics;
};

} // namespace entente
