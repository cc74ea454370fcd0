#pragma once

#include "eventfilter.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>

namespace entente {

class Store;

// The graph the graph view shows for a filter: actors linked to the events they took part in
// (bipartite), or actors linked to each other, weighted by the events they share. Plain data,
// built from the store in a few SQL queries; layout and metrics work on it by node index.
struct ActorGraph
{
    enum class Mode { Bipartite, Actors };

    struct Node
    {
        bool isActor = true;
        std::int64_t id = 0; // actor or event id
        QString label; // actor name or event title
        std::int64_t time = 0; // an event's start; an actor's first event in the window
        QString key() const; // "a<id>" / "e<id>", the key of the node_positions table
    };
    struct Edge
    {
        int from = 0; // node indexes; in bipartite mode `from` is the actor
        int to = 0;
        double weight = 1; // shared events in actors mode, 1 in bipartite mode
        QString role; // the actor's role in the event (bipartite mode)
    };

    // Above this many events a bipartite graph is no longer readable, and its layout takes
    // longer than anyone waits: the graph of the actors stands in for it.
    static constexpr qint64 kMaxBipartiteEvents = 25000;

    Mode mode = Mode::Bipartite;
    // Set when bipartite mode was asked for a filter of more than the limit's events and the
    // actors' graph was built instead: at least this many events matched.
    qint64 foldedEvents = 0;
    QList<Node> nodes;
    QList<Edge> edges;

    int nodeCount() const { return static_cast<int>(nodes.size()); }
    int edgeCount() const { return static_cast<int>(edges.size()); }
    // The index of the node with `key`, or -1.
    int indexOf(const QString &key) const;
    // Each node's neighbours, by index.
    QList<QList<int>> adjacency() const;
    // The nodes within `steps` edges of `node`, the node included.
    QList<int> neighbourhood(int node, int steps) const;

    // Reads the events matching `filter` and their actors. In actors mode an actor with no
    // co-actor in the window still appears, alone. Bipartite mode over more than `maxEvents`
    // events builds the actors' graph instead (see foldedEvents). A set `cancel` stops the read
    // early, with part of the graph.
    static ActorGraph build(Store &store, const EventFilter &filter, Mode mode,
                            const std::atomic<bool> *cancel = nullptr, qint64 maxEvents = kMaxBipartiteEvents);

private:
    mutable QHash<QString, int> m_index; // built on first indexOf()
};

} // namespace entente
