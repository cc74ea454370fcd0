#pragma once

#include "actorgraph.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

#include <functional>

namespace entente {

// Places an ActorGraph's nodes with igraph's Fruchterman–Reingold (its grid variant past
// kGridThreshold nodes). Deterministic: the same graph, request and seed give the same
// positions. Incremental, so a filter change costs what it changed: a component whose nodes all
// had places keeps them (only the neighbours of pinned nodes follow their pins a little); new
// nodes start beside their neighbours and settle in rounds around the old ones, held still,
// until none moves more than a hundredth of an edge; a component of mostly new nodes is laid
// out whole, starting from the few old places. Pinned nodes never move. Each connected
// component is laid out on its own and new components are packed side by side in rows, so a
// small island never flies off to the edge of the picture.
//
// igraph 0.10 keeps global state (its RNG, its error handler), so calls are serialised: run this
// on one worker thread, never on the GUI thread.
class GraphLayout
{
public:
    static constexpr int kGridThreshold = 1000;

    struct Request
    {
        quint32 seed = 1;
        QHash<QString, QPointF> initial; // previous positions by node key
        QSet<QString> pinned; // keys held at their `initial` position
        int iterations = 0; // 0 chooses by size
    };
    struct Result
    {
        QList<QPointF> positions; // by node index, in layout units (about one edge long)
        bool cancelled = false;
        QString error; // igraph's complaint when it failed
    };
    // `progress` gets the done fraction in [0, 1]; returning false cancels.
    using Progress = std::function<bool(double)>;

    static Result compute(const ActorGraph &graph, const Request &request, const Progress &progress = {});
    // A placement to show at once while compute() runs, in milliseconds even at 100,000 nodes:
    // known nodes where they were, new ones beside their neighbours, wholly new components on
    // a spiral (hubs in the middle), packed as compute() packs them. No igraph, any thread.
    static Result provisional(const ActorGraph &graph, const Request &request);
    // The connected components, largest first, each sorted by node index.
    static QList<QList<int>> components(const ActorGraph &graph);
};

} // namespace entente
