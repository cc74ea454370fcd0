#pragma once

#include "actorgraph.h"

#include <QList>
#include <QString>

#include <optional>

namespace entente {

// The measures a user can size and colour nodes by.
enum class GraphMetric { Degree, WeightedDegree, Betweenness, Community };
QString graphMetricKey(GraphMetric metric); // "degree", "strength", "betweenness", "community"
QString graphMetricLabel(GraphMetric metric);
std::optional<GraphMetric> graphMetricFromKey(QStringView key);

// Per-node measures from igraph: degree, weighted degree (strength), betweenness (who brokers,
// unweighted, undirected, unnormalised) and Louvain communities numbered largest first.
struct GraphMetrics
{
    // Past this many nodes betweenness only counts paths of up to kBetweennessCutoff steps:
    // exact betweenness is O(nodes × edges), and through a few hubs every node reaches every
    // other in four steps (9 s at 10,000 nodes); two steps still say who brokers between
    // neighbours.
    static constexpr int kExactBetweennessLimit = 5000;
    static constexpr int kBetweennessCutoff = 2;

    QList<double> degree;
    QList<double> strength;
    QList<double> betweenness;
    QList<int> community;
    int communityCount = 0;
    // 0 when betweenness is exact; otherwise the longest path counted (kBetweennessCutoff), so
    // views can say the figures are approximate.
    int betweennessCutoff = 0;
    QString error;

    double value(GraphMetric metric, int node) const;
    // The largest value of `metric` over all nodes (at least 1, so it can divide).
    double maximum(GraphMetric metric) const;

    bool betweennessIsApproximate() const { return betweennessCutoff > 0; }

    // Seeded, so Louvain's random order gives the same communities each time.
    static GraphMetrics compute(const ActorGraph &graph, quint32 seed = 1);
    // Betweenness alone, counting paths of up to `cutoff` steps (0: every path, exact). For the
    // benchmark that weighs exact against approximate.
    static QList<double> computeBetweenness(const ActorGraph &graph, int cutoff);
};

} // namespace entente
