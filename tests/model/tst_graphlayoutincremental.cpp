// GraphLayout after a filter change lays out only what changed: a graph narrowed to part of what
// was shown keeps every place exactly and runs no iteration at all; a graph grown by a few
// events keeps the old places exactly and puts the new events beside their actors; a graph of
// mostly new nodes (the actors' graph opening out into its events) is laid out whole, spread
// out from the actors' places rather than heaped around them.
#include "graph/graphlayout.h"

#include <QLineF>
#include <QTest>

#include <random>

using namespace entente;

namespace {

// Actors 0..actors-1, then events each joined to one or two actors, Zipf-like.
ActorGraph bipartite(int actors, int events, quint32 seed)
{
    ActorGraph g;
    g.mode = ActorGraph::Mode::Bipartite;
    std::mt19937 rng(seed);
    for (int i = 0; i < actors; ++i)
        g.nodes.append({ true, i + 1, QStringLiteral("actor %1").arg(i), 0 });
    for (int e = 0; e < events; ++e) {
        const int node = static_cast<int>(g.nodes.size());
        g.nodes.append({ false, e + 1, QStringLiteral("event %1").arg(e), e });
        const int a = static_cast<int>(rng() % static_cast<quint32>(actors));
        g.edges.append({ a, node, 1.0, QString() });
        if (e % 3 == 0)
            g.edges.append({ (a + 1 + static_cast<int>(rng() % 3)) % actors, node, 1.0, QString() });
    }
    return g;
}

// The graph's nodes whose key passes `keep`, with the edges among them.
ActorGraph subgraph(const ActorGraph &g, const std::function<bool(const ActorGraph::Node &)> &keep)
{
    ActorGraph s;
    s.mode = g.mode;
    QList<int> index(g.nodeCount(), -1);
    for (int i = 0; i < g.nodeCount(); ++i) {
        if (keep(g.nodes.at(i))) {
            index[i] = s.nodeCount();
            s.nodes.append(g.nodes.at(i));
        }
    }
    for (const ActorGraph::Edge &e : g.edges) {
        if (index.at(e.from) >= 0 && index.at(e.to) >= 0)
            s.edges.append({ index.at(e.from), index.at(e.to), e.weight, e.role });
    }
    return s;
}

GraphLayout::Request from(const ActorGraph &g, const QList<QPointF> &positions)
{
    GraphLayout::Request r;
    for (int i = 0; i < g.nodeCount(); ++i)
        r.initial.insert(g.nodes.at(i).key(), positions.at(i));
    return r;
}

} // namespace

class TestGraphLayoutIncremental : public QObject
{
    Q_OBJECT

private slots:
    void narrowedKeepsEveryPlaceAndRunsNothing()
    {
        const ActorGraph all = bipartite(20, 1500, 3);
        const auto first = GraphLayout::compute(all, {});
        // Events 0..999 of 1500: a narrower date range.
        const ActorGraph part = subgraph(all, [](const ActorGraph::Node &n) { return n.isActor || n.id <= 1000; });
        QList<double> reports;
        const auto second = GraphLayout::compute(part, from(all, first.positions), [&](double done) {
            reports.append(done);
            return true;
        });
        QVERIFY(!second.cancelled);
        // Only the closing report: no igraph iteration ran (each tenth one reports).
        QCOMPARE(reports, QList<double> { 1.0 });
        for (int i = 0; i < part.nodeCount(); ++i)
            QCOMPARE(second.positions.at(i), first.positions.at(all.indexOf(part.nodes.at(i).key())));
    }

    void grownKeepsOldPlacesAndPutsNewBeside()
    {
        const ActorGraph all = bipartite(20, 1500, 5);
        const ActorGraph part = subgraph(all, [](const ActorGraph::Node &n) { return n.isActor || n.id <= 1400; });
        const auto first = GraphLayout::compute(part, {});
        const auto second = GraphLayout::compute(all, from(part, first.positions));
        for (int i = 0; i < part.nodeCount(); ++i)
            QCOMPARE(second.positions.at(all.indexOf(part.nodes.at(i).key())), first.positions.at(i));
        // Each new event within a few edges' length of one of its actors.
        const QList<QList<int>> adj = all.adjacency();
        double farthest = 0;
        for (int i = 0; i < all.nodeCount(); ++i) {
            if (all.nodes.at(i).isActor || all.nodes.at(i).id <= 1400)
                continue;
            double nearest = 1e9;
            for (int a : adj.at(i))
                nearest = std::min(nearest, QLineF(second.positions.at(i), second.positions.at(a)).length());
            farthest = std::max(farthest, nearest);
        }
        QVERIFY2(farthest < 6.0, qPrintable(QString::number(farthest)));
    }

    void mostlyNewIsSpreadOut()
    {
        // The actors alone, then with 1500 events: the actors move apart to make room.
        const ActorGraph all = bipartite(20, 1500, 7);
        const ActorGraph actors = subgraph(all, [](const ActorGraph::Node &n) { return n.isActor; });
        QList<QPointF> placed;
        for (int i = 0; i < actors.nodeCount(); ++i)
            placed.append(QPointF(i % 5, i / 5)); // a tight 5 x 4 grid, as the actors' graph is
        const auto layout = GraphLayout::compute(all, from(actors, placed));
        QVERIFY(!layout.cancelled && layout.error.isEmpty());
        auto width = [](const QList<QPointF> &positions) {
            double x0 = 1e9, x1 = -1e9;
            for (const QPointF &p : positions) {
                x0 = std::min(x0, p.x());
                x1 = std::max(x1, p.x());
            }
            return x1 - x0;
        };
        // As much room as a layout from nothing takes, give or take, not the actors' 5 x 4 units.
        const double fresh = width(GraphLayout::compute(all, {}).positions);
        QVERIFY2(width(layout.positions) > fresh * 0.6,
                 qPrintable(QStringLiteral("%1 against %2").arg(width(layout.positions)).arg(fresh)));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayoutIncremental)
#include "tst_graphlayoutincremental.moc"
