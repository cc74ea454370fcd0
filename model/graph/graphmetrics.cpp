#include "graphmetrics.h"

#include "igraphlock.h"

#include <igraph.h>

#include <QCoreApplication>

#include <algorithm>

namespace entente {

QString graphMetricKey(GraphMetric metric)
{
    switch (metric) {
    case GraphMetric::Degree:
        return QStringLiteral("degree");
    case GraphMetric::WeightedDegree:
        return QStringLiteral("strength");
    case GraphMetric::Betweenness:
        return QStringLiteral("betweenness");
    case GraphMetric::Community:
        return QStringLiteral("community");
    }
    return {};
}

QString graphMetricLabel(GraphMetric metric)
{
    switch (metric) {
    case GraphMetric::Degree:
        return QCoreApplication::translate("entente::GraphMetrics", "Degree");
    case GraphMetric::WeightedDegree:
        return QCoreApplication::translate("entente::GraphMetrics", "Weighted degree");
    case GraphMetric::Betweenness:
        return QCoreApplication::translate("entente::GraphMetrics", "Betweenness");
    case GraphMetric::Community:
        return QCoreApplication::translate("entente::GraphMetrics", "Community");
    }
    return {};
}

std::optional<GraphMetric> graphMetricFromKey(QStringView key)
{
    for (GraphMetric m :
         { GraphMetric::Degree, GraphMetric::WeightedDegree, GraphMetric::Betweenness, GraphMetric::Community }) {
        if (key == graphMetricKey(m))
            return m;
    }
    return std::nullopt;
}

double GraphMetrics::value(GraphMetric metric, int node) const
{
    switch (metric) {
    case GraphMetric::Degree:
        return degree.value(node);
    case GraphMetric::WeightedDegree:
        return strength.value(node);
    case GraphMetric::Betweenness:
        return betweenness.value(node);
    case GraphMetric::Community:
        return community.value(node);
    }
    return 0;
}

double GraphMetrics::maximum(GraphMetric metric) const
{
    double result = 1;
    const qsizetype n = degree.size();
    for (qsizetype i = 0; i < n; ++i)
        result = std::max(result, value(metric, static_cast<int>(i)));
    return result;
}

GraphMetrics GraphMetrics::compute(const ActorGraph &graph, quint32 seed)
{
    GraphMetrics m;
    const igraph_integer_t n = graph.nodeCount();
    m.degree.fill(0, n);
    m.strength.fill(0, n);
    m.betweenness.fill(0, n);
    m.community.fill(0, n);
    if (n == 0)
        return m;

    IgraphLock lock;
    igraph_rng_seed(igraph_rng_default(), seed);
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 2 * graph.edgeCount());
    igraph_vector_t weights;
    igraph_vector_init(&weights, graph.edgeCount());
    for (int i = 0; i < graph.edgeCount(); ++i) {
        VECTOR(edges)[2 * i] = graph.edges.at(i).from;
        VECTOR(edges)[2 * i + 1] = graph.edges.at(i).to;
        VECTOR(weights)[i] = graph.edges.at(i).weight;
    }
    igraph_t g;
    igraph_create(&g, &edges, n, IGRAPH_UNDIRECTED);
    igraph_vector_t result;
    igraph_vector_init(&result, n);

    auto check = [&m](igraph_error_t rc) {
        if (rc != IGRAPH_SUCCESS && m.error.isEmpty())
            m.error = QString::fromUtf8(igraph_strerror(rc));
        return rc == IGRAPH_SUCCESS;
    };
    auto copy = [&](QList<double> &to) {
        for (igraph_integer_t i = 0; i < n; ++i)
            to[i] = VECTOR(result)[i];
    };
    if (check(igraph_strength(&g, &result, igraph_vss_all(), IGRAPH_ALL, true, nullptr)))
        copy(m.degree);
    if (check(igraph_strength(&g, &result, igraph_vss_all(), IGRAPH_ALL, true, &weights)))
        copy(m.strength);
    m.betweennessCutoff = n > kExactBetweennessLimit ? kBetweennessCutoff : 0;
    const igraph_error_t rc = m.betweennessCutoff > 0
        ? igraph_betweenness_cutoff(&g, &result, igraph_vss_all(), false, nullptr, m.betweennessCutoff)
        : igraph_betweenness(&g, &result, igraph_vss_all(), false, nullptr);
    if (check(rc))
        copy(m.betweenness);

    igraph_vector_int_t membership;
    igraph_vector_int_init(&membership, n);
    if (check(igraph_community_multilevel(&g, &weights, 1.0, &membership, nullptr, nullptr))) {
        // Number communities largest first (ties by first node), so colours are stable.
        QHash<igraph_integer_t, int> sizes;
        QHash<igraph_integer_t, int> first;
        for (igraph_integer_t i = 0; i < n; ++i) {
            ++sizes[VECTOR(membership)[i]];
            first.insert(VECTOR(membership)[i],
                         std::min(first.value(VECTOR(membership)[i], static_cast<int>(i)), static_cast<int>(i)));
        }
        QList<igraph_integer_t> ids = sizes.keys();
        std::sort(ids.begin(), ids.end(), [&](igraph_integer_t a, igraph_integer_t b) {
            return sizes.value(a) != sizes.value(b) ? sizes.value(a) > sizes.value(b) : first.value(a) < first.value(b);
        });
        QHash<igraph_integer_t, int> number;
        for (int i = 0; i < ids.size(); ++i)
            number.insert(ids.at(i), i);
        for (igraph_integer_t i = 0; i < n; ++i)
            m.community[i] = number.value(VECTOR(membership)[i]);
        m.communityCount = static_cast<int>(ids.size());
    }
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&result);
    igraph_destroy(&g);
    igraph_vector_destroy(&weights);
    igraph_vector_int_destroy(&edges);
    return m;
}

QList<double> GraphMetrics::computeBetweenness(const ActorGraph &graph, int cutoff)
{
    const igraph_integer_t n = graph.nodeCount();
    QList<double> out(n, 0.0);
    if (n == 0)
        return out;
    IgraphLock lock;
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 2 * graph.edgeCount());
    for (int i = 0; i < graph.edgeCount(); ++i) {
        VECTOR(edges)[2 * i] = graph.edges.at(i).from;
        VECTOR(edges)[2 * i + 1] = graph.edges.at(i).to;
    }
    igraph_t g;
    igraph_create(&g, &edges, n, IGRAPH_UNDIRECTED);
    igraph_vector_t result;
    igraph_vector_init(&result, n);
    const igraph_error_t rc = cutoff > 0
        ? igraph_betweenness_cutoff(&g, &result, igraph_vss_all(), false, nullptr, cutoff)
        : igraph_betweenness(&g, &result, igraph_vss_all(), false, nullptr);
    if (rc == IGRAPH_SUCCESS) {
        for (igraph_integer_t i = 0; i < n; ++i)
            out[i] = VECTOR(result)[i];
    }
    igraph_vector_destroy(&result);
    igraph_destroy(&g);
    igraph_vector_int_destroy(&edges);
    return out;
}

} // namespace entente
