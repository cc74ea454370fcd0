#include "actorgraph.h"

#include "actornames.h"
#include "store/graphrows.h"
#include "utf8.h"

#include <QSet>

#include <algorithm>

namespace entente {

QString ActorGraph::Node::key() const
{
    return (isActor ? QLatin1Char('a') : QLatin1Char('e')) + QString::number(id);
}

int ActorGraph::indexOf(const QString &key) const
{
    if (m_index.size() != nodes.size()) {
        m_index.clear();
        m_index.reserve(nodes.size());
        for (int i = 0; i < nodeCount(); ++i)
            m_index.insert(nodes.at(i).key(), i);
    }
    return m_index.value(key, -1);
}

QList<QList<int>> ActorGraph::adjacency() const
{
    QList<QList<int>> result(nodes.size());
    for (const Edge &e : edges) {
        result[e.from].append(e.to);
        result[e.to].append(e.from);
    }
    return result;
}

QList<int> ActorGraph::neighbourhood(int node, int steps) const
{
    if (node < 0 || node >= nodeCount())
        return {};
    const QList<QList<int>> adj = adjacency();
    QList<int> result { node };
    QSet<int> seen { node };
    QList<int> frontier { node };
    for (int s = 0; s < steps; ++s) {
        QList<int> next;
        for (int n : std::as_const(frontier)) {
            for (int m : adj.at(n)) {
                if (!seen.contains(m)) {
                    seen.insert(m);
                    next.append(m);
                    result.append(m);
                }
            }
        }
        frontier = next;
    }
    return result;
}

ActorGraph ActorGraph::build(Store &store, const EventFilter &filter, Mode mode, const std::atomic<bool> *cancel,
                             qint64 maxEvents)
{
    ActorGraph graph;
    if (mode == Mode::Bipartite) {
        // Counted no further than the limit: a million events in the window cost no more than a
        // few thousand here.
        if (const qint64 n = GraphRows::countUpTo(store, filter, maxEvents); n > maxEvents) {
            mode = Mode::Actors;
            graph.foldedEvents = n;
        }
    }
    graph.mode = mode;

    QHash<std::int64_t, int> actorIndex;
    const QHash<ActorId, QString> localNames = ActorNames::localized(store);
    QHash<std::int64_t, int> eventIndex;
    // Actors mode: the actors of the current event, and the weight of each pair so far.
    QList<int> eventActors;
    std::int64_t currentEvent = 0;
    QHash<quint64, int> pairEdge;
    auto flushEvent = [&] {
        for (int i = 0; i < eventActors.size(); ++i) {
            for (int j = i + 1; j < eventActors.size(); ++j) {
                const int a = std::min(eventActors.at(i), eventActors.at(j));
                const int b = std::max(eventActors.at(i), eventActors.at(j));
                const quint64 pair = (static_cast<quint64>(a) << 32) | static_cast<quint32>(b);
                const auto it = pairEdge.constFind(pair);
                if (it == pairEdge.constEnd()) {
                    pairEdge.insert(pair, graph.edgeCount());
                    graph.edges.append({ a, b, 1.0, QString() });
                } else {
                    graph.edges[*it].weight += 1.0;
                }
            }
        }
        eventActors.clear();
    };

    // One pass over (event, actor, role) rows in time order gives every node and edge.
    qint64 rowCount = 0;
    const bool complete = GraphRows::forEachEventActor(store, filter, [&](const GraphRows::EventActorRow &row) {
        if ((rowCount++ & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return false;
        int actor = actorIndex.value(row.actor, -1);
        if (actor < 0) {
            actor = graph.nodeCount();
            actorIndex.insert(row.actor, actor);
            const auto local = localNames.constFind(row.actor);
            graph.nodes.append({ true, row.actor, local != localNames.cend() ? *local : qs(row.name), row.start });
        }
        if (mode == Mode::Bipartite) {
            int event = eventIndex.value(row.event, -1);
            if (event < 0) {
                event = graph.nodeCount();
                eventIndex.insert(row.event, event);
                graph.nodes.append({ false, row.event, qs(row.title), row.start });
            }
            // An actor with two roles in one event gets one edge naming both.
            const quint64 pair = (static_cast<quint64>(actor) << 32) | static_cast<quint32>(event);
            const auto it = pairEdge.constFind(pair);
            if (it == pairEdge.constEnd()) {
                pairEdge.insert(pair, graph.edgeCount());
                graph.edges.append({ actor, event, 1.0, qs(row.role) });
            } else {
                graph.edges[*it].role += QStringLiteral(", ") + qs(row.role);
            }
        } else {
            if (row.event != currentEvent) {
                flushEvent();
                currentEvent = row.event;
            }
            // An actor with two roles in one event counts once.
            if (!eventActors.contains(actor))
                eventActors.append(actor);
        }
        return true;
    });
    if (!complete)
        return graph;
    if (mode == Mode::Actors)
        flushEvent();
    return graph;
}

} // namespace entente
