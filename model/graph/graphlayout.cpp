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

GraphLayout::Result GraphLayout::compute(const ActorGraph &graph, const Request &request, const Progress &progress)
{
    Result result;
    const int n = graph.nodeCount();
    result.positions.resize(n);
    if (n == 0)
        return result;

    const QList<QList<int>> comps = components(graph);
    QList<int> local(n, -1); // node index → index inside its component
    QList<int> componentOf(n, -1);
    for (int c = 0; c < comps.size(); ++c) {
        for (int i = 0; i < comps.at(c).size(); ++i) {
            local[comps.at(c).at(i)] = i;
            componentOf[comps.at(c).at(i)] = c;
        }
    }
    QList<QList<int>> localEdges(comps.size()); // flattened pairs of local indexes
    QList<QList<double>> localWeights(comps.size());
    for (const ActorGraph::Edge &e : graph.edges) {
        const int c = componentOf.at(e.from);
        localEdges[c].append(local.at(e.from));
        localEdges[c].append(local.at(e.to));
        localWeights[c].append(e.weight);
    }
    const QList<QList<int>> adj = graph.adjacency();

    QList<bool> known(n, false);
    for (int i = 0; i < n; ++i) {
        const auto it = request.initial.constFind(graph.nodes.at(i).key());
        if (it != request.initial.constEnd()) {
            result.positions[i] = *it;
            known[i] = true;
        }
    }

    double totalWork = 0;
    for (const QList<int> &comp : comps)
        totalWork += static_cast<double>(comp.size() > 1 ? comp.size() : 0);
    double doneWork = 0;

    IgraphLock lock;
    igraph_rng_seed(igraph_rng_default(), request.seed);
    QList<bool> placedComponent(comps.size(), false); // true: keeps its own frame, not packed
    for (int c = 0; c < comps.size(); ++c) {
        const QList<int> &comp = comps.at(c);
        const auto size = static_cast<igraph_integer_t>(comp.size());
        std::mt19937 rng(request.seed + static_cast<quint32>(comp.first()));
        const int knownCount
            = static_cast<int>(std::count_if(comp.begin(), comp.end(), [&](int v) { return known.at(v); }));
        placedComponent[c] = knownCount > 0;
        if (size == 1) {
            continue;
        }
        // Seed positions: known nodes where they were; new nodes next to placed neighbours,
        // reached breadth first; a wholly new component at random in a square of its size.
        if (knownCount == 0) {
            const double side = std::sqrt(static_cast<double>(size));
            for (int v : comp)
                result.positions[v] = QPointF(jitter(rng) * side, jitter(rng) * side);
        } else {
            QList<int> queue;
            QList<bool> placed = known;
            for (int v : comp) {
                if (known.at(v))
                    queue.append(v);
            }
            for (qsizetype q = 0; q < queue.size(); ++q) {
                for (int m : adj.at(queue.at(q))) {
                    if (placed.at(m))
                        continue;
                    QPointF sum;
                    int count = 0;
                    for (int k : adj.at(m)) {
                        if (placed.at(k)) {
                            sum += result.positions.at(k);
                            ++count;
                        }
                    }
                    result.positions[m] = sum / count + QPointF(jitter(rng), jitter(rng));
                    placed[m] = true;
                    queue.append(m);
                }
            }
        }

        IntVector edges(static_cast<igraph_integer_t>(localEdges.at(c).size()));
        for (qsizetype i = 0; i < localEdges.at(c).size(); ++i)
            VECTOR(edges.v)[i] = localEdges.at(c).at(i);
        RealVector weights(static_cast<igraph_integer_t>(localWeights.at(c).size()));
        for (qsizetype i = 0; i < localWeights.at(c).size(); ++i)
            VECTOR(weights.v)[i] = localWeights.at(c).at(i);
        IgraphGraph g(edges.v, size);
        Matrix coords(size, 2);
        for (int v : comp) {
            MATRIX(coords.m, local.at(v), 0) = result.positions.at(v).x();
            MATRIX(coords.m, local.at(v), 1) = result.positions.at(v).y();
        }
        // Held nodes are kept by bounds equal to their position: pinned ones always, and while
        // new nodes settle in, every node that already had a place.
        RealVector minx(size), maxx(size), miny(size), maxy(size);
        auto hold = [&](bool knownToo) {
            bool any = false;
            for (int v : comp) {
                const int i = local.at(v);
                const bool pin = known.at(v) && (knownToo || request.pinned.contains(graph.nodes.at(v).key()));
                any = any || pin;
                VECTOR(minx.v)[i] = pin ? MATRIX(coords.m, i, 0) : -IGRAPH_INFINITY;
                VECTOR(maxx.v)[i] = pin ? MATRIX(coords.m, i, 0) : IGRAPH_INFINITY;
                VECTOR(miny.v)[i] = pin ? MATRIX(coords.m, i, 1) : -IGRAPH_INFINITY;
                VECTOR(maxy.v)[i] = pin ? MATRIX(coords.m, i, 1) : IGRAPH_INFINITY;
            }
            return any;
        };

        const bool large = size > kGridThreshold;
        const int iterations = request.iterations > 0 ? request.iterations : (large ? 300 : 500);
        const double defaultTemp = std::sqrt(static_cast<double>(size)) / 10.0;
        struct Phase
        {
            int iterations;
            double startTemp;
            bool holdKnown;
        };
        QList<Phase> phases;
        if (knownCount == 0) {
            phases.append({ iterations, defaultTemp, false });
        } else {
            // Settling in, not starting over: new nodes find their places around the old ones,
            // then everything relaxes a little, never far.
            if (knownCount < size)
                phases.append({ std::max(50, iterations / 2), defaultTemp * 0.5, true });
            phases.append({ 30, 0.02, false });
        }
        // One call per phase: splitting the cooling into several calls let hubs' neighbours
        // freeze into dense clusters that the grid variant then compares pairwise (31 s instead
        // of 1.2 s at 10,000 nodes). Progress and cancel come through igraph's interruption
        // handler, which FR calls once per iteration.
        for (const Phase &phase : std::as_const(phases)) {
            const bool anyHeld = hold(phase.holdKnown);
            s_interrupt = { &progress,
                            doneWork / totalWork,
                            static_cast<double>(size) / static_cast<double>(phases.size()) / totalWork,
                            phase.iterations,
                            0,
                            false };
            igraph_interruption_handler_t *previous = igraph_set_interruption_handler(&onIteration);
            const igraph_error_t rc = igraph_layout_fruchterman_reingold(
                &g.g, &coords.m, true, phase.iterations, phase.startTemp,
                large ? IGRAPH_LAYOUT_GRID : IGRAPH_LAYOUT_NOGRID, &weights.v, anyHeld ? &minx.v : nullptr,
                anyHeld ? &maxx.v : nullptr, anyHeld ? &miny.v : nullptr, anyHeld ? &maxy.v : nullptr);
            igraph_set_interruption_handler(previous);
            if (s_interrupt.cancelled) {
                result.cancelled = true;
                return result;
            }
            if (rc != IGRAPH_SUCCESS) {
                result.error = QString::fromUtf8(igraph_strerror(rc));
                return result;
            }
            doneWork += static_cast<double>(size) / static_cast<double>(phases.size());
            if (progress && !progress(doneWork / totalWork)) {
                result.cancelled = true;
                return result;
            }
        }
        for (int v : comp)
            result.positions[v] = QPointF(MATRIX(coords.m, local.at(v), 0), MATRIX(coords.m, local.at(v), 1));
    }

    packComponents(comps, placedComponent, result.positions);
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
