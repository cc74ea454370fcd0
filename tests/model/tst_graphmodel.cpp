// ActorGraph building, igraph metrics against hand-computed values, and the layout's
// determinism, incremental settling, pinning and component packing.
#include "document.h"
#include "graph/actorgraph.h"
#include "graph/graphlayout.h"
#include "graph/graphmetrics.h"
#include "graph/nodepositions.h"
#include "sampledataset.h"
#include "store/store.h"

#include <QLineF>
#include <QRectF>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace entente;

namespace {

ActorGraph graphOf(int nodes, const QList<std::pair<int, int>> &edges)
{
    ActorGraph g;
    g.mode = ActorGraph::Mode::Actors;
    for (int i = 0; i < nodes; ++i)
        g.nodes.append({ true, i + 1, QStringLiteral("n%1").arg(i), 0 });
    for (const auto &[a, b] : edges)
        g.edges.append({ a, b, 1.0, QString() });
    return g;
}

QRectF boxOf(const QList<QPointF> &p, const QList<int> &nodes)
{
    double x0 = p.at(nodes.first()).x(), x1 = x0, y0 = p.at(nodes.first()).y(), y1 = y0;
    for (int n : nodes) {
        x0 = std::min(x0, p.at(n).x());
        x1 = std::max(x1, p.at(n).x());
        y0 = std::min(y0, p.at(n).y());
        y1 = std::max(y1, p.at(n).y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace

class TestGraphModel : public QObject
{
    Q_OBJECT

private slots:
    void buildFromSample();
    void buildFollowsWindow();
    void metricsPath();
    void metricsStar();
    void metricsBridge();
    void communitiesOfTwoCliques();
    void weightedDegree();
    void layoutIsDeterministic();
    void layoutEmptyAndSingle();
    void pinnedNodesStayPut();
    void incrementalKeepsPlaces();
    void componentsPackedSideBySide();
    void cancelStops();
    void tooManyEventsFoldToActors();
    void provisionalIsQuickAndSensible();
    void positionsPersist();
    void pinIsUndoable();
};

void TestGraphModel::buildFromSample()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    const ActorGraph bi = ActorGraph::build(*store, {}, ActorGraph::Mode::Bipartite);
    const ActorGraph actors = ActorGraph::build(*store, {}, ActorGraph::Mode::Actors);
    QVERIFY(bi.nodeCount() > actors.nodeCount());
    QVERIFY(bi.edgeCount() > 0);
    int actorNodes = 0;
    for (const auto &n : bi.nodes)
        actorNodes += n.isActor ? 1 : 0;
    QCOMPARE(actorNodes, actors.nodeCount());
    for (const auto &e : bi.edges) {
        QVERIFY(bi.nodes.at(e.from).isActor);
        QVERIFY(!bi.nodes.at(e.to).isActor);
        QVERIFY(!e.role.isEmpty());
    }
    // In actors mode the weight is the number of shared events: check one pair by hand.
    const ActorGraph::Edge &e = actors.edges.first();
    const QList<EventId> a = store->eventsByActor(actors.nodes.at(e.from).id);
    const QList<EventId> b = store->eventsByActor(actors.nodes.at(e.to).id);
    int shared = 0;
    for (EventId id : a)
        shared += b.contains(id) ? 1 : 0;
    QCOMPARE(e.weight, static_cast<double>(shared));
    QVERIFY(bi.indexOf(bi.nodes.at(3).key()) == 3);
    QCOMPARE(bi.indexOf(QStringLiteral("a999999")), -1);
}

// More events than a bipartite graph can show: the actors' graph stands in, and says so.
void TestGraphModel::tooManyEventsFoldToActors()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    const qint64 events = store->countEvents({});
    QVERIFY(events > 10);
    const ActorGraph actors = ActorGraph::build(*store, {}, ActorGraph::Mode::Actors);
    const ActorGraph exact = ActorGraph::build(*store, {}, ActorGraph::Mode::Bipartite, nullptr, events);
    QCOMPARE(exact.mode, ActorGraph::Mode::Bipartite);
    QCOMPARE(exact.foldedEvents, 0);
    QVERIFY(exact.nodeCount() > actors.nodeCount());
    const ActorGraph folded = ActorGraph::build(*store, {}, ActorGraph::Mode::Bipartite, nullptr, 10);
    QCOMPARE(folded.mode, ActorGraph::Mode::Actors);
    QCOMPARE(folded.foldedEvents, 11); // counted no further than the limit
    QCOMPARE(folded.nodeCount(), actors.nodeCount());
    QCOMPARE(folded.edgeCount(), actors.edgeCount());
    for (const ActorGraph::Node &n : folded.nodes)
        QVERIFY(n.isActor);
    // A window under the limit is drawn with its events again.
    EventFilter narrow;
    const auto span = store->span();
    narrow.from = span->first.startSeconds();
    narrow.to = span->first.endSeconds();
    const ActorGraph part = ActorGraph::build(*store, narrow, ActorGraph::Mode::Bipartite, nullptr, 10);
    QCOMPARE(part.mode, ActorGraph::Mode::Bipartite);
    QCOMPARE(part.foldedEvents, 0);
    // A cancel before the read returns at once, with nothing read.
    const std::atomic<bool> cancel { true };
    QCOMPARE(ActorGraph::build(*store, {}, ActorGraph::Mode::Actors, &cancel).nodeCount(), 0);
}

void TestGraphModel::buildFollowsWindow()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    const auto span = store->span();
    QVERIFY(span);
    EventFilter early;
    early.from = span->first.startSeconds();
    early.to = span->first.endSeconds();
    const ActorGraph all = ActorGraph::build(*store, {}, ActorGraph::Mode::Bipartite);
    const ActorGraph part = ActorGraph::build(*store, early, ActorGraph::Mode::Bipartite);
    QVERIFY(part.nodeCount() > 0);
    QVERIFY(part.nodeCount() < all.nodeCount());
    for (const auto &n : part.nodes)
        QVERIFY(n.time < early.to.value());
}

void TestGraphModel::metricsPath()
{
    // 0-1-2-3-4: degrees 1,2,2,2,1; betweenness 0,3,4,3,0.
    const GraphMetrics m = GraphMetrics::compute(graphOf(5, { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 } }));
    QCOMPARE(m.degree, (QList<double> { 1, 2, 2, 2, 1 }));
    QCOMPARE(m.betweenness, (QList<double> { 0, 3, 4, 3, 0 }));
    QVERIFY(m.error.isEmpty());
}

void TestGraphModel::metricsStar()
{
    // A hub and four leaves: the hub lies on all C(4,2) = 6 leaf-to-leaf paths.
    const GraphMetrics m = GraphMetrics::compute(graphOf(5, { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 0, 4 } }));
    QCOMPARE(m.degree, (QList<double> { 4, 1, 1, 1, 1 }));
    QCOMPARE(m.betweenness, (QList<double> { 6, 0, 0, 0, 0 }));
    QCOMPARE(m.maximum(GraphMetric::Betweenness), 6.0);
}

void TestGraphModel::metricsBridge()
{
    // Triangles {0,1,2} and {3,4,5} joined by 2-3. Node 2 lies on the one shortest path from
    // each of {0,1} to each of {3,4,5}: 2 × 3 = 6; node 3 likewise; no one else brokers.
    const GraphMetrics m
        = GraphMetrics::compute(graphOf(6, { { 0, 1 }, { 1, 2 }, { 0, 2 }, { 3, 4 }, { 4, 5 }, { 3, 5 }, { 2, 3 } }));
    QCOMPARE(m.betweenness, (QList<double> { 0, 0, 6, 6, 0, 0 }));
    QCOMPARE(m.degree, (QList<double> { 2, 2, 3, 3, 2, 2 }));
}

void TestGraphModel::communitiesOfTwoCliques()
{
    // Two 4-cliques joined by one edge: Louvain finds the two cliques.
    QList<std::pair<int, int>> edges;
    for (int base : { 0, 4 }) {
        for (int i = 0; i < 4; ++i) {
            for (int j = i + 1; j < 4; ++j)
                edges.append({ base + i, base + j });
        }
    }
    edges.append({ 3, 4 });
    const GraphMetrics m = GraphMetrics::compute(graphOf(8, edges));
    QCOMPARE(m.communityCount, 2);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(m.community.at(i), m.community.at(0));
        QCOMPARE(m.community.at(4 + i), m.community.at(4));
    }
    QVERIFY(m.community.at(0) != m.community.at(4));
    QCOMPARE(m.community.at(0), 0); // equal sizes: numbered by first node
}

void TestGraphModel::weightedDegree()
{
    ActorGraph g = graphOf(3, { { 0, 1 }, { 1, 2 } });
    g.edges[0].weight = 3;
    g.edges[1].weight = 2;
    const GraphMetrics m = GraphMetrics::compute(g);
    QCOMPARE(m.strength, (QList<double> { 3, 5, 2 }));
    QCOMPARE(m.value(GraphMetric::WeightedDegree, 1), 5.0);
    QCOMPARE(graphMetricFromKey(u"betweenness"), std::optional(GraphMetric::Betweenness));
    QCOMPARE(graphMetricFromKey(u"nonsense"), std::nullopt);
}

void TestGraphModel::layoutIsDeterministic()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    const ActorGraph g = ActorGraph::build(*store, {}, ActorGraph::Mode::Bipartite);
    GraphLayout::Request request;
    request.seed = 7;
    const auto first = GraphLayout::compute(g, request);
    const auto second = GraphLayout::compute(g, request);
    QCOMPARE(first.positions, second.positions);
    request.seed = 8;
    const auto other = GraphLayout::compute(g, request);
    QVERIFY(other.positions != first.positions);
    // Connected nodes end up nearer than the picture's size.
    const QRectF box = boxOf(first.positions, QList<int> { 0 } << g.edges.first().to);
    QVERIFY(box.width() + box.height() < 10);
}

void TestGraphModel::layoutEmptyAndSingle()
{
    QVERIFY(GraphLayout::compute(ActorGraph(), {}).positions.isEmpty());
    const auto one = GraphLayout::compute(graphOf(1, {}), {});
    QCOMPARE(one.positions.size(), 1);
    QVERIFY(std::isfinite(one.positions.first().x()));
    // Edgeless nodes are packed into a compact grid, not a line or a heap.
    const auto loose = GraphLayout::compute(graphOf(16, {}), {});
    QList<int> all(16);
    std::iota(all.begin(), all.end(), 0);
    const QRectF box = boxOf(loose.positions, all);
    QVERIFY(box.width() > 0 && box.height() > 0);
    QVERIFY(box.width() < 4 * box.height() && box.height() < 4 * box.width());
    QSet<QString> distinct;
    for (const QPointF &p : loose.positions)
        distinct.insert(QStringLiteral("%1,%2").arg(p.x()).arg(p.y()));
    QCOMPARE(distinct.size(), 16);
}

void TestGraphModel::pinnedNodesStayPut()
{
    const ActorGraph g = graphOf(6, { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 4, 5 }, { 5, 0 } });
    const auto first = GraphLayout::compute(g, {});
    GraphLayout::Request request;
    for (int i = 0; i < g.nodeCount(); ++i)
        request.initial.insert(g.nodes.at(i).key(), first.positions.at(i));
    // Drag node 2 far away and pin it; node 0 is pinned where it was.
    const QPointF dragged = first.positions.at(2) + QPointF(5, -3);
    request.initial.insert(g.nodes.at(2).key(), dragged);
    request.pinned = { g.nodes.at(2).key(), g.nodes.at(0).key() };
    const auto second = GraphLayout::compute(g, request);
    QCOMPARE(second.positions.at(2), dragged);
    QCOMPARE(second.positions.at(0), first.positions.at(0));
    // Its neighbours followed it some way.
    QVERIFY(QLineF(second.positions.at(1), dragged).length() < QLineF(first.positions.at(1), dragged).length());
}

void TestGraphModel::incrementalKeepsPlaces()
{
    const ActorGraph small = graphOf(5, { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 } });
    const auto first = GraphLayout::compute(small, {});
    ActorGraph grown = graphOf(6, { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 4, 5 } });
    GraphLayout::Request request;
    for (int i = 0; i < small.nodeCount(); ++i)
        request.initial.insert(small.nodes.at(i).key(), first.positions.at(i));
    const auto second = GraphLayout::compute(grown, request);
    double moved = 0;
    for (int i = 0; i < small.nodeCount(); ++i)
        moved = std::max(moved, QLineF(first.positions.at(i), second.positions.at(i)).length());
    QVERIFY2(moved < 1.0, qPrintable(QString::number(moved)));
    QVERIFY(QLineF(second.positions.at(5), second.positions.at(4)).length() < 3.0);
}

void TestGraphModel::componentsPackedSideBySide()
{
    // Three separate triangles and two loose nodes.
    const ActorGraph g
        = graphOf(11, { { 0, 1 }, { 1, 2 }, { 2, 0 }, { 3, 4 }, { 4, 5 }, { 5, 3 }, { 6, 7 }, { 7, 8 }, { 8, 6 } });
    const auto comps = GraphLayout::components(g);
    QCOMPARE(comps.size(), 5);
    QCOMPARE(comps.first(), (QList<int> { 0, 1, 2 }));
    const auto layout = GraphLayout::compute(g, {});
    QList<QRectF> boxes;
    for (const auto &c : comps)
        boxes.append(boxOf(layout.positions, c));
    QList<int> everyNode(g.nodeCount());
    std::iota(everyNode.begin(), everyNode.end(), 0);
    const QRectF all = boxOf(layout.positions, everyNode);
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY(!boxes.at(i).adjusted(-0.1, -0.1, 0.1, 0.1).intersects(boxes.at(j).adjusted(-0.1, -0.1, 0.1, 0.1)));
    }
    // Not flung apart: the whole picture is a few triangles wide.
    QVERIFY2(all.width() < 12 && all.height() < 12,
             qPrintable(QStringLiteral("%1 x %2").arg(all.width()).arg(all.height())));
}

void TestGraphModel::cancelStops()
{
    QList<std::pair<int, int>> edges;
    for (int i = 0; i < 400; ++i)
        edges.append({ i, (i * 7 + 1) % 400 });
    int calls = 0;
    const auto result = GraphLayout::compute(graphOf(400, edges), {}, [&](double done) {
        ++calls;
        return done < 0.25;
    });
    QVERIFY(result.cancelled);
    QVERIFY(calls >= 2);
}

void TestGraphModel::provisionalIsQuickAndSensible()
{
    // Two stars and a loner: the hubs sit in the middle of their spirals, components do not
    // overlap, known nodes keep their places and new ones go beside a neighbour.
    QList<std::pair<int, int>> edges;
    for (int i = 1; i < 30; ++i)
        edges.append({ 0, i });
    for (int i = 31; i < 40; ++i)
        edges.append({ 30, i });
    const ActorGraph g = graphOf(41, edges);
    const auto first = GraphLayout::provisional(g, {});
    QCOMPARE(first.positions.size(), 41);
    QCOMPARE(GraphLayout::provisional(g, {}).positions, first.positions);
    QList<int> big(30), small(10);
    std::iota(big.begin(), big.end(), 0);
    std::iota(small.begin(), small.end(), 30);
    const QRectF bigBox = boxOf(first.positions, big), smallBox = boxOf(first.positions, small);
    QVERIFY(!bigBox.intersects(smallBox));
    QVERIFY(QLineF(first.positions.at(0), bigBox.center()).length() < bigBox.width() / 4);
    QVERIFY(!bigBox.contains(first.positions.at(40)) && !smallBox.contains(first.positions.at(40)));
    // Nodes about one unit apart: neither a heap nor a sprawl.
    QVERIFY(bigBox.width() > 2 && bigBox.width() < 10);

    GraphLayout::Request request;
    request.initial.insert(g.nodes.at(0).key(), QPointF(100, 100));
    const auto known = GraphLayout::provisional(g, request);
    QCOMPARE(known.positions.at(0), QPointF(100, 100));
    QVERIFY(QLineF(known.positions.at(5), QPointF(100, 100)).length() < 1);

    // 100,000 nodes, each placed (its time is a figure of bench_graph, not asserted here).
    ActorGraph large;
    for (int i = 0; i < 100000; ++i)
        large.nodes.append({ i % 20 == 0, i + 1, QString(), 0 });
    for (int i = 1; i < 100000; ++i) {
        if (i % 20 != 0) // every twentieth of the first 5,000 is a hub
            large.edges.append({ (i % 250) * 20, i, 1.0, QString() });
    }
    const auto placed = GraphLayout::provisional(large, {}).positions;
    QCOMPARE(placed.size(), 100000);
    QVERIFY(std::all_of(placed.cbegin(), placed.cend(),
                        [](const QPointF &p) { return std::isfinite(p.x()) && std::isfinite(p.y()); }));
}

void TestGraphModel::positionsPersist()
{
    auto store = Store::createInMemory();
    NodePositions p;
    p.positions = { { QStringLiteral("a1"), QPointF(1.5, -2) }, { QStringLiteral("e4"), QPointF(0, 3) } };
    p.pinned = { QStringLiteral("a1") };
    NodePositions::save(*store, p);
    QCOMPARE(NodePositions::load(*store), p);
    // Saving a layout never moves a pinned node.
    NodePositions::saveLayout(*store,
                              { { QStringLiteral("a1"), QPointF(9, 9) }, { QStringLiteral("e4"), QPointF(1, 1) } });
    const NodePositions after = NodePositions::load(*store);
    QCOMPARE(after.positions.value(QStringLiteral("a1")), QPointF(1.5, -2));
    QCOMPARE(after.positions.value(QStringLiteral("e4")), QPointF(1, 1));
    NodePositions::remove(*store, { QStringLiteral("a1") });
    QVERIFY(NodePositions::load(*store).pinned.isEmpty());
    QCOMPARE(NodePositions::load(*store).positions.size(), 1);
}

void TestGraphModel::pinIsUndoable()
{
    Document doc(Store::createInMemory());
    QVERIFY(doc.push(new SetNodePositionsCommand(&doc, { { QStringLiteral("a2"), QPointF(4, 5) } })));
    QCOMPARE(NodePositions::load(doc.store()).pinned, QSet<QString> { QStringLiteral("a2") });
    QCOMPARE(NodePositions::load(doc.store()).positions.value(QStringLiteral("a2")), QPointF(4, 5));
    doc.undoStack()->undo();
    QVERIFY(NodePositions::load(doc.store()).pinned.isEmpty());
    doc.undoStack()->redo();
    QVERIFY(NodePositions::load(doc.store()).pinned.contains(QStringLiteral("a2")));
}

QTEST_GUILESS_MAIN(TestGraphModel)
#include "tst_graphmodel.moc"
