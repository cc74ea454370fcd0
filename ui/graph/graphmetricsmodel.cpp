#include "graphmetricsmodel.h"

#include <cmath>

namespace entente {

GraphMetricsModel::GraphMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GraphMetricsModel::setGraph(const ActorGraph &graph, const GraphMetrics &metrics)
{
    beginResetModel();
    m_graph = graph;
    m_metrics = metrics;
    // A graph without measures (a layout still running) shows names only.
    if (m_metrics.degree.size() != m_graph.nodes.size())
        m_metrics = GraphMetrics();
    endResetModel();
}

void GraphMetricsModel::renameNode(int node, const QString &label)
{
    if (node < 0 || node >= m_graph.nodeCount())
        return;
    m_graph.nodes[node].label = label;
    emit dataChanged(index(node, Name), index(node, Name));
}

int GraphMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_graph.nodeCount();
}

int GraphMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GraphMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ActorGraph::Node &node = m_graph.nodes.at(row);
    if (role == NodeIndexRole)
        return row;
    if (role == Qt::TextAlignmentRole && index.column() >= Degree)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool haveMetrics = !m_metrics.degree.isEmpty();
    switch (index.column()) {
    case Name:
        return node.label;
    case Kind:
        return node.isActor ? tr("Actor") : tr("Event");
    case Degree:
        return haveMetrics ? QVariant(m_metrics.degree.at(row)) : QVariant();
    case WeightedDegree:
        return haveMetrics ? QVariant(m_metrics.strength.at(row)) : QVariant();
    case Betweenness:
        return haveMetrics ? QVariant(std::round(m_metrics.betweenness.at(row) * 10) / 10) : QVariant();
    case Community:
        return haveMetrics ? QVariant(m_metrics.community.at(row) + 1) : QVariant();
    default:
        return {};
    }
}

QVariant GraphMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == Betweenness && m_metrics.betweennessIsApproximate()) {
        // Past GraphMetrics::kExactBetweennessLimit nodes only short paths are counted: say so.
        if (role == Qt::DisplayRole)
            return tr("Betweenness ≈");
        if (role == Qt::ToolTipRole)
            return tr("Approximate: with %n nodes, only paths of up to %1 steps are counted", nullptr,
                      m_graph.nodeCount())
                .arg(m_metrics.betweennessCutoff);
    }
    // Names read from the left, numbers line up on the right, as in the cells below them.
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= Degree ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Degree:
        return graphMetricLabel(GraphMetric::Degree);
    case WeightedDegree:
        return graphMetricLabel(GraphMetric::WeightedDegree);
    case Betweenness:
        return graphMetricLabel(GraphMetric::Betweenness);
    case Community:
        return graphMetricLabel(GraphMetric::Community);
    default:
        return {};
    }
}

} // namespace entente
