#include "graphlayout.h"

#include "igraphlock.h"

#include <igraph.h>

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <random>

namespace entente {

namespace {

// Space left between packed components, in layout units.
constexpr double kGap = 1.5;

struct IgraphGraph
{
    igraph_t g;
    explicit IgraphGraph(const igraph_vector_int_t &edges, igraph_integer_t n)
    {
        if (igraph_create(&g, &edges, n, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
            throw std::bad_alloc();
    }
    ~IgraphGraph() { igraph_destroy(&g); }
    IgraphGraph(const IgraphGraph &) = delete;
    IgraphGraph &operator=(const IgraphGraph &) = delete;
};

struct IntVector
{
    igraph_vector_int_t v;
    explicit IntVector(igraph_integer_t n) { igraph_vector_int_init(&v, n); }
    ~IntVector() { igraph_vector_int_destroy(&v); }
    IntVector(const IntVector &) = delete;
    IntVector &operator=(const IntVector &) = delete;
};

struct RealVector
{
    igraph_vector_t v;
    explicit RealVector(igraph_integer_t n) { igraph_vector_init(&v, n); }
    ~RealVector() { igraph_vector_destroy(&v); }
    RealVector(const RealVector &) = delete;
    RealVector &operator=(const RealVector &) = delete;
};

struct Matrix
{
    igraph_matrix_t m;
    Matrix(igraph_integer_t rows, igraph_integer_t cols) { igraph_matrix_init(&m, rows, cols); }
    ~Matrix() { igraph_matrix_destroy(&m); }
    Matrix(const Matrix &) = delete;
    Matrix &operator=(const Matrix &) = delete;
};

// A reproducible number in [-0.5, 0.5): mt19937's output is fixed by the standard, unlike the
// distributions'.
double jitter(std::mt19937 &rng)
{
    return static_cast<double>(rng()) / 4294967296.0 - 0.5;
}

QRectF bounds(const QList<QPointF> &positions, const QList<int> &nodes)
{
    double x0 = positions.at(nodes.first()).x(), x1 = x0;
    double y0 = positions.at(nodes.first()).y(), y1 = y0;
    for (int n : nodes) {
        x0 = std::min(x0, positions.at(n).x());
        x1 = std::max(x1, positions.at(n).x());
        y0 = std::min(y0, positions.at(n).y());
        y1 = std::max(y1, positions.at(n).y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

// What the interruption handler reports to. igraph's handler is a process global; the
// IgraphLock held around every call makes one layout at a time its only user.
struct Interrupt
{
    const GraphLayout::Progress *progress = nullptr;
    double base = 0; // done fraction when the call started
    double span = 0; // fraction this call covers
    int iterations = 1;
    int calls = 0;
    bool cancelled = false;
};
Interrupt s_interrupt;

igraph_error_t onIteration(void *)
{
    Interrupt &st = s_interrupt;
    ++st.calls;
    // Reporting every few iterations keeps the queued progress signals few.
    if (!st.progress || !*st.progress || st.calls % 10 != 0)
        return IGRAPH_SUCCESS;
    const double done = st.base + st.span * std::min(1.0, static_cast<double>(st.calls) / st.iterations);
    // A cancel is noted and takes effect when this phase returns. Returning IGRAPH_INTERRUPTED
    // here made igraph unwind its cleanup stack from inside igraph_is_connected and free memory
    // twice (a crash seen when a view was closed mid-layout).
    if (!st.cancelled && !(*st.progress)(done))
        st.cancelled = true;
    return IGRAPH_SUCCESS;
}

// Packs the components not yet placed in rows under whatever kept its place.
void packComponents(const QList<QList<int>> &comps, const QList<bool> &placedComponent, QList<QPointF> &positions)
{
    QRectF occupied;
    bool haveOccupied = false;
    double area = 0;
    double widest = 0;
    QList<int> fresh;
    for (int c = 0; c < comps.size(); ++c) {
        const QRectF box = bounds(positions, comps.at(c));
        if (placedComponent.at(c)) {
            // QRectF::united ignores an empty box, which a single node's is.
            occupied = haveOccupied
                ? QRectF(QPointF(std::min(occupied.left(), box.left()), std::min(occupied.top(), box.top())),
                         QPointF(std::max(occupied.right(), box.right()), std::max(occupied.bottom(), box.bottom())))
                : box;
            haveOccupied = true;
        } else {
            fresh.append(c);
            area += (box.width() + kGap) * (box.height() + kGap);
            widest = std::max(widest, box.width() + kGap);
        }
    }
    const double rowWidth = std::max({ widest, std::sqrt(area) * 1.3, occupied.width() });
    const double left = !haveOccupied ? 0.0 : occupied.left();
    double x = left;
    double y = !haveOccupied ? 0.0 : occupied.bottom() + kGap * 2;
    double rowHeight = 0;
    for (int c : std::as_const(fresh)) {
        const QRectF box = bounds(positions, comps.at(c));
        if (x > left && x + box.width() > left + rowWidth) {
            x = left;
            y += rowHeight + kGap;
            rowHeight = 0;
        }
        const QPointF shift = QPointF(x, y) - box.topLeft();
        for (int v : comps.at(c))
            positions[v] += shift;
        x += box.width() + kGap;
        rowHeight = std::max(rowHeight, box.height());
    }
}

} // namespace

QList<QList<int>> GraphLayout::components(const ActorGraph &graph)
{
    const int n = graph.nodeCount();
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    for (const ActorGraph::Edge &e : graph.edges) {
        const int a = find(e.from), b = find(e.to);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    QHash<int, int> componentOf;
    QList<QList<int>> result;
    for (int i = 0; i < n; ++i) {
        const int root = find(i);
        auto it = componentOf.find(root);
        if (it == componentOf.end()) {
            it = componentOf.insert(root, static_cast<int>(result.size()));
            result.append(QList<int>());
        }
        result[*it].append(i);
    }
    // Largest first; equal sizes keep the order of their first node, so the result is stable.
    std::stable_sort(result.begin(), result.end(),
                     [](const QList<int> &a, const QList<int> &b) { return a.size() > b.size(); });
    return result;
}

namespace {

// Below this largest move in a round of settling (in layout units, about a hundredth of an
// edge's length) new nodes have found their places: no further round runs.
constexpr double kStable = 0.01;
// A round of settling: this many iterations, each round cooler than the one before.
constexpr int kRoundIterations = 25;

// The graph cut into its connected components, numbered for igraph inside each.
struct Parts
{
    QList<QList<int>> comps;
    QList<int> local; // node index → index inside its component
    QList<int> componentOf;
    QList<QList<int>> localEdges; // per component, flattened pairs of local indexes
    QList<QList<double>> localWeights;
};

Parts split(const ActorGraph &graph)
{
    Parts p;
    const int n = graph.nodeCount();
    p.comps = GraphLayout::components(graph);
    p.local.fill(-1, n);
    p.componentOf.fill(-1, n);
    for (int c = 0; c < p.comps.size(); ++c) {
        for (int i = 0; i < p.comps.at(c).size(); ++i) {
            p.local[p.comps.at(c).at(i)] = i;
            p.componentOf[p.comps.at(c).at(i)] = c;
        }
    }
    p.localEdges.resize(p.comps.size());
    p.localWeights.resize(p.comps.size());
    for (const ActorGraph::Edge &e : graph.edges) {
        const int c = p.componentOf.at(e.from);
        p.localEdges[c].append(p.local.at(e.from));
        p.localEdges[c].append(p.local.at(e.to));
        p.localWeights[c].append(e.weight);
    }
    return p;
}

// What one igraph run lays out: `nodes` (graph indexes), the edges among them as pairs of
// indexes into `nodes`, and which of them stay where they are.
struct Subgraph
{
    QList<int> nodes;
    QList<int> edges;
    QList<double> weights;
    QList<bool> held; // by index into `nodes`
};

// The part of component `c` whose nodes `in` names (by local index), its edges among them.
Subgraph subgraphOf(const Parts &parts, int c, const QList<bool> &in)
{
    Subgraph s;
    const QList<int> &comp = parts.comps.at(c);
    QList<int> index(comp.size(), -1);
    for (qsizetype i = 0; i < comp.size(); ++i) {
        if (in.at(i)) {
            index[i] = static_cast<int>(s.nodes.size());
            s.nodes.append(comp.at(i));
        }
    }
    const QList<int> &edges = parts.localEdges.at(c);
    for (qsizetype e = 0; e + 1 < edges.size(); e += 2) {
        const int a = index.at(edges.at(e));
        const int b = index.at(edges.at(e + 1));
        if (a >= 0 && b >= 0) {
            s.edges << a << b;
            s.weights.append(parts.localWeights.at(c).at(e / 2));
        }
    }
    s.held.fill(false, s.nodes.size());
    return s;
}

// Where a layout is: the progress callback, and how much of the work is done.
struct Work
{
    const GraphLayout::Progress *progress = nullptr;
    double total = 1;
    double done = 0;
};

// One run of igraph's Fruchterman–Reingold over `s` from the positions it has, held nodes kept
// by bounds equal to their position. Returns the largest distance a free node moved, or a
// negative number when cancelled or failed (`result` says which).
double runFr(const Subgraph &s, int iterations, double startTemp, double span, Work &work, QList<QPointF> &positions,
             GraphLayout::Result &result)
{
    const auto size = static_cast<igraph_integer_t>(s.nodes.size());
    IntVector edges(static_cast<igraph_integer_t>(s.edges.size()));
    for (qsizetype i = 0; i < s.edges.size(); ++i)
        VECTOR(edges.v)[i] = s.edges.at(i);
    RealVector weights(static_cast<igraph_integer_t>(s.weights.size()));
    for (qsizetype i = 0; i < s.weights.size(); ++i)
        VECTOR(weights.v)[i] = s.weights.at(i);
    IgraphGraph g(edges.v, size);
    Matrix coords(size, 2);
    RealVector minx(size), maxx(size), miny(size), maxy(size);
    bool anyHeld = false;
    for (igraph_integer_t i = 0; i < size; ++i) {
        const QPointF p = positions.at(s.nodes.at(i));
        const bool hold = s.held.at(i);
        anyHeld = anyHeld || hold;
        MATRIX(coords.m, i, 0) = p.x();
        MATRIX(coords.m, i, 1) = p.y();
        VECTOR(minx.v)[i] = hold ? p.x() : -IGRAPH_INFINITY;
        VECTOR(maxx.v)[i] = hold ? p.x() : IGRAPH_INFINITY;
        VECTOR(miny.v)[i] = hold ? p.y() : -IGRAPH_INFINITY;
        VECTOR(maxy.v)[i] = hold ? p.y() : IGRAPH_INFINITY;
    }
    // Progress and cancel come through igraph's interruption handler, once per iteration.
    s_interrupt = { work.progress, work.done / work.total, span / work.total, iterations, 0, false };
    igraph_interruption_handler_t *previous = igraph_set_interruption_handler(&onIteration);
    const igraph_error_t rc = igraph_layout_fruchterman_reingold(
        &g.g, &coords.m, true, iterations, startTemp,
        size > GraphLayout::kGridThreshold ? IGRAPH_LAYOUT_GRID : IGRAPH_LAYOUT_NOGRID, &weights.v,
        anyHeld ? &minx.v : nullptr, anyHeld ? &maxx.v : nullptr, anyHeld ? &miny.v : nullptr,
        anyHeld ? &maxy.v : nullptr);
    igraph_set_interruption_handler(previous);
    work.done += span;
    if (s_interrupt.cancelled || (work.progress && *work.progress && !(*work.progress)(work.done / work.total))) {
        result.cancelled = true;
        return -1;
    }
    if (rc != IGRAPH_SUCCESS) {
        result.error = QString::fromUtf8(igraph_strerror(rc));
        return -1;
    }
    double moved = 0;
    for (igraph_integer_t i = 0; i < size; ++i) {
        const QPointF p(MATRIX(coords.m, i, 0), MATRIX(coords.m, i, 1));
        QPointF &at = positions[s.nodes.at(i)];
        moved = std::max(moved, std::abs(p.x() - at.x()) + std::abs(p.y() - at.y()));
        at = p;
    }
    return moved;
}

// New nodes of a component beside their placed neighbours, reached breadth first from the
// known ones: each on a small spiral around its neighbours' middle, so the hundreds of new
// events of one actor do not land in one heap (which the grid layout then compares pairwise).
void seedBeside(const QList<int> &comp, const QList<bool> &known, const QList<QList<int>> &adj, std::mt19937 &rng,
                QList<QPointF> &positions)
{
    const double golden = std::numbers::pi * (3.0 - std::sqrt(5.0));
    QList<int> queue;
    QList<bool> placed = known;
    QHash<int, int> children; // new nodes placed around each node so far
    for (int v : comp) {
        if (known.at(v))
            queue.append(v);
    }
    for (qsizetype q = 0; q < queue.size(); ++q) {
        const int parent = queue.at(q);
        for (int m : adj.at(parent)) {
            if (placed.at(m))
                continue;
            QPointF sum;
            int count = 0;
            for (int k : adj.at(m)) {
                if (placed.at(k)) {
                    sum += positions.at(k);
                    ++count;
                }
            }
            const int k = children[parent]++;
            const double r = 0.5 * std::sqrt(static_cast<double>(k) + 1.0);
            const double a = golden * static_cast<double>(k) + jitter(rng);
            positions[m] = sum / count + QPointF(r * std::cos(a), r * std::sin(a));
            placed[m] = true;
            queue.append(m);
        }
    }
}

// A component some of whose nodes had places: only what changed is laid out. New nodes start
// beside their neighbours and settle in rounds, each cooler, around the old ones held still,
// until none moves more than kStable; the neighbours of pinned nodes follow them a little. A
// component with nothing new and no pin stays exactly as it was.
bool settle(const ActorGraph &graph, const Parts &parts, int c, const QList<QList<int>> &adj,
            const GraphLayout::Request &request, const QList<bool> &known, Work &work, GraphLayout::Result &result)
{
    QList<QPointF> &positions = result.positions;
    const QList<int> &comp = parts.comps.at(c);
    auto pinned = [&](int v) { return known.at(v) && request.pinned.contains(graph.nodes.at(v).key()); };
    QList<bool> in(comp.size(), false);
    QList<bool> free(comp.size(), false);
    bool anyNew = false;
    for (qsizetype i = 0; i < comp.size(); ++i) {
        const int v = comp.at(i);
        const bool fresh = !known.at(v);
        const bool pin = pinned(v);
        if (!fresh && !pin)
            continue;
        anyNew = anyNew || fresh;
        in[i] = true;
        free[i] = fresh;
        for (int m : adj.at(v)) {
            const int j = parts.local.at(m);
            in[j] = true;
            // A pin's neighbours follow it; a new node's known neighbours stay.
            if (pin && !pinned(m))
                free[j] = true;
        }
    }
    if (!in.contains(true))
        return true;
    Subgraph s = subgraphOf(parts, c, in);
    for (qsizetype i = 0; i < s.nodes.size(); ++i)
        s.held[i] = !free.at(parts.local.at(s.nodes.at(i)));
    const double span = static_cast<double>(comp.size());
    if (!anyNew)
        return runFr(s, 30, 0.02, span, work, positions, result) >= 0;
    const int budget = std::max(50, (request.iterations > 0 ? request.iterations : 300) / 2);
    const int rounds = std::max(1, budget / kRoundIterations);
    double temp = std::sqrt(static_cast<double>(s.nodes.size())) / 20.0;
    for (int round = 0; round < rounds; ++round) {
        const double moved = runFr(s, kRoundIterations, temp, span / rounds, work, positions, result);
        if (moved < 0)
            return false;
        if (moved < kStable) {
            work.done += span * (rounds - round - 1) / rounds;
            break;
        }
        temp /= 2;
    }
    return true;
}

// A component new (or nearly) to the picture, laid out whole in one run: splitting the cooling
// into several calls let hubs' neighbours freeze into dense clusters that the grid variant then
// compares pairwise (31 s instead of 1.2 s at 10,000 nodes). Its few known nodes are spread out
// to the room the whole will take, around where they were, and the new ones start beside them.
bool layOut(const ActorGraph &graph, const Parts &parts, int c, const QList<QList<int>> &adj,
            const GraphLayout::Request &request, const QList<bool> &known, std::mt19937 &rng, Work &work,
            GraphLayout::Result &result)
{
    const QList<int> &comp = parts.comps.at(c);
    const double size = static_cast<double>(comp.size());
    QPointF centre;
    int knownCount = 0;
    for (int v : comp) {
        if (known.at(v)) {
            centre += result.positions.at(v);
            ++knownCount;
        }
    }
    if (knownCount == 0) {
        const double side = std::sqrt(size);
        for (int v : comp)
            result.positions[v] = QPointF(jitter(rng) * side, jitter(rng) * side);
    } else {
        centre /= knownCount;
        const double spread = std::sqrt(size / knownCount);
        for (int v : comp) {
            if (known.at(v) && !request.pinned.contains(graph.nodes.at(v).key()))
                result.positions[v] = centre + (result.positions.at(v) - centre) * spread;
        }
        seedBeside(comp, known, adj, rng, result.positions);
    }
    Subgraph s = subgraphOf(parts, c, QList<bool>(comp.size(), true));
    for (qsizetype i = 0; i < s.nodes.size(); ++i)
        s.held[i] = known.at(s.nodes.at(i)) && request.pinned.contains(graph.nodes.at(s.nodes.at(i)).key());
    // Started from places already near their end, half the iterations and half the heat do.
    const int iterations
        = (request.iterations > 0 ? request.iterations : (comp.size() > GraphLayout::kGridThreshold ? 300 : 500))
        / (knownCount > 0 ? 2 : 1);
    const double temp = std::sqrt(size) / 10.0 * (knownCount > 0 ? 0.5 : 1.0);
    return runFr(s, iterations, temp, size, work, result.positions, result) >= 0;
}

} // namespace

GraphLayout::Result GraphLayout::compute(const ActorGraph &graph, const Request &request, const Progress &progress)
{
    Result result;
    const int n = graph.nodeCount();
    result.positions.resize(n);
    if (n == 0)
        return result;
    const Parts parts = split(graph);
    const QList<QList<int>> adj = graph.adjacency();
    QList<bool> known(n, false);
    for (int i = 0; i < n; ++i) {
        const auto it = request.initial.constFind(graph.nodes.at(i).key());
        if (it != request.initial.constEnd()) {
            result.positions[i] = *it;
            known[i] = true;
        }
    }
    Work work { &progress, 0, 0 };
    for (const QList<int> &comp : parts.comps)
        work.total += static_cast<double>(comp.size() > 1 ? comp.size() : 0);
    work.total = std::max(work.total, 1.0);

    IgraphLock lock;
    igraph_rng_seed(igraph_rng_default(), request.seed);
    QList<bool> placedComponent(parts.comps.size(), false); // true: keeps its own frame, not packed
    for (int c = 0; c < parts.comps.size(); ++c) {
        const QList<int> &comp = parts.comps.at(c);
        const auto knownCount = std::count_if(comp.begin(), comp.end(), [&](int v) { return known.at(v); });
        placedComponent[c] = knownCount > 0;
        if (comp.size() == 1)
            continue;
        std::mt19937 rng(request.seed + static_cast<quint32>(comp.first()));
        // A few old nodes among many new ones (the actors' graph opening out into their events)
        // are no frame to hold: the whole component is laid out, starting from them.
        const bool whole = knownCount * 4 < comp.size();
        if (!whole) {
            seedBeside(comp, known, adj, rng, result.positions);
            if (!settle(graph, parts, c, adj, request, known, work, result))
                return result;
            continue;
        }
        if (!layOut(graph, parts, c, adj, request, known, rng, work, result))
            return result;
    }
    packComponents(parts.comps, placedComponent, result.positions);
    if (progress)
        progress(1.0);
    return result;
}

GraphLayout::Result GraphLayout::provisional(const ActorGraph &graph, const Request &request)
{
    Result result;
    const int n = graph.nodeCount();
    result.positions.resize(n);
    if (n == 0)
        return result;
    const QList<QList<int>> comps = components(graph);
    const QList<QList<int>> adj = graph.adjacency();
    QList<bool> placed(n, false);
    for (int i = 0; i < n; ++i) {
        const auto it = request.initial.constFind(graph.nodes.at(i).key());
        if (it != request.initial.constEnd()) {
            result.positions[i] = *it;
            placed[i] = true;
        }
    }
    QList<bool> placedComponent(comps.size(), false);
    // Vogel's sunflower spiral: even spacing of about one layout unit at any size.
    const double golden = std::numbers::pi * (3.0 - std::sqrt(5.0));
    for (int c = 0; c < comps.size(); ++c) {
        const QList<int> &comp = comps.at(c);
        QList<int> queue;
        for (int v : comp) {
            if (placed.at(v))
                queue.append(v);
        }
        placedComponent[c] = !queue.isEmpty();
        if (queue.isEmpty()) {
            // Breadth first from the best-connected node, along the spiral outwards: hubs in the
            // middle, neighbours near each other, which is roughly where the real layout ends.
            const int hub = *std::max_element(comp.begin(), comp.end(),
                                              [&](int a, int b) { return adj.at(a).size() < adj.at(b).size(); });
            queue.append(hub);
            placed[hub] = true;
            for (qsizetype q = 0; q < queue.size(); ++q) {
                for (int m : adj.at(queue.at(q))) {
                    if (!placed.at(m)) {
                        placed[m] = true;
                        queue.append(m);
                    }
                }
            }
            for (qsizetype k = 0; k < queue.size(); ++k) {
                const double r = 0.6 * std::sqrt(static_cast<double>(k));
                const double a = golden * static_cast<double>(k);
                result.positions[queue.at(k)] = QPointF(r * std::cos(a), r * std::sin(a));
            }
            continue;
        }
        // New nodes of a known component go beside their placed neighbours, as in compute().
        std::mt19937 rng(request.seed + static_cast<quint32>(comp.first()));
        for (qsizetype q = 0; q < queue.size(); ++q) {
            for (int m : adj.at(queue.at(q))) {
                if (placed.at(m))
                    continue;
                result.positions[m] = result.positions.at(queue.at(q)) + QPointF(jitter(rng), jitter(rng));
                placed[m] = true;
                queue.append(m);
            }
        }
    }
    packComponents(comps, placedComponent, result.positions);
    return result;
}

} // namespace entente
