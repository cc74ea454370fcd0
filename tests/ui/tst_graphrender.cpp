// GraphRenderer into images: node pixels where nodes are, labels that never overlap, the five
// leaders of the sample named, and PNG/SVG/PDF files that are what they claim to be.
#include "graph/graphexport.h"
#include "graph/graphlayout.h"
#include "graph/graphmetricsmodel.h"
#include "graph/graphrenderer.h"
#include "sampledataset.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

#include <chrono>

using namespace entente;

class TestGraphRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nodesWhereTheyAre();
    void oneNodeAndEmpty();
    void tightClusterIsSpreadOut();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void panShiftsCachedLabels();
    void crowdedPictureDrawsEveryNode();
    void largeGraphSaysBetweennessIsApproximate();
    void exportsAreValid();
    void pictureHasTitleLegendAndCredit_data();
    void pictureHasTitleLegendAndCredit();
    void badRequestsFail();

private:
    std::unique_ptr<Store> m_store;
    QTemporaryDir m_dir;
};

void TestGraphRender::initTestCase()
{
    m_store = Store::createInMemory();
    SampleDataset::write(*m_store);
    QVERIFY(m_dir.isValid());
}

// Fifty actors all linked to each other lie close together in layout units; fitted to a slide
// they are spread far enough apart that no two discs touch, and every disc is drawn.
void TestGraphRender::tightClusterIsSpreadOut()
{
    GraphScene scene;
    scene.graph.mode = ActorGraph::Mode::Actors;
    constexpr int n = 50;
    for (int i = 0; i < n; ++i) {
        scene.graph.nodes.append({ true, i + 1, QStringLiteral("Actor %1").arg(i + 1), 0 });
        for (int j = 0; j < i; ++j)
            scene.graph.edges.append({ j, i, 10.0, QString() });
        const double angle = 2 * M_PI * i / n;
        const double r = 0.3 + 0.2 * (i % 3);
        scene.positions.append(QPointF(r * std::cos(angle), r * std::sin(angle)));
    }
    scene.metrics = GraphMetrics::compute(scene.graph);
    const QRectF target(0, 0, 1920, 1080);
    GraphRenderer renderer;
    const QTransform view = GraphRenderer::fit(scene, target);
    // The old fixed cap of 160 px per unit would have drawn a 160 px blob.
    const double scale = std::sqrt(std::abs(view.determinant()));
    QVERIFY2(scale > 160, qPrintable(QString::number(scale)));
    double closest = std::numeric_limits<double>::max();
    for (int i = 0; i < n; ++i) {
        QVERIFY(target.contains(view.map(scene.positions.at(i))));
        for (int j = i + 1; j < n; ++j) {
            const QPointF d = view.map(scene.positions.at(i)) - view.map(scene.positions.at(j));
            closest = std::min(closest, std::hypot(d.x(), d.y()));
        }
    }
    double largest = 0;
    for (int i = 0; i < n; ++i)
        largest = std::max(largest, renderer.radius(scene, i, scale));
    QVERIFY2(closest >= 2 * largest, qPrintable(QStringLiteral("%1 < 2 x %2").arg(closest).arg(largest)));
    QImage image(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.paint(painter, scene, view, target);
    painter.end();
    for (int i = 0; i < n; ++i)
        QCOMPARE(image.pixelColor(view.map(scene.positions.at(i)).toPoint()).rgb(), renderer.colour(scene, i).rgb());
}

void TestGraphRender::nodesWhereTheyAre()
{
    GraphScene scene;
    scene.graph.mode = ActorGraph::Mode::Actors;
    scene.graph.nodes = { { true, 1, QStringLiteral("Alpha"), 0 }, { true, 2, QStringLiteral("Beta"), 0 } };
    scene.graph.edges = { { 0, 1, 3.0, QString() } };
    scene.positions = { QPointF(0, 0), QPointF(4, 0) };
    scene.metrics = GraphMetrics::compute(scene.graph);
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    GraphRenderer renderer;
    const QRectF target(0, 0, 400, 300);
    const QTransform view = GraphRenderer::fit(scene, target);
    renderer.paint(painter, scene, view, target);
    painter.end();
    const QColor background = renderer.style().background;
    for (int i = 0; i < 2; ++i) {
        const QPoint at = view.map(scene.positions.at(i)).toPoint();
        QCOMPARE(image.pixelColor(at).rgb(), renderer.colour(scene, i).rgb());
    }
    QCOMPARE(image.pixelColor(5, 5).rgb(), background.rgb());
    QCOMPARE(renderer.labelledNodes().size(), 2);
    QCOMPARE(renderer.nodeAt(scene, view, view.map(QPointF(4, 0)) + QPointF(1, 1)), 1);
    QCOMPARE(renderer.nodeAt(scene, view, QPointF(2, 2)), -1);
}

void TestGraphRender::oneNodeAndEmpty()
{
    GraphScene scene;
    scene.graph.nodes = { { true, 1, QStringLiteral("Alone"), 0 } };
    scene.positions = { QPointF(3, 3) };
    scene.metrics = GraphMetrics::compute(scene.graph);
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    GraphRenderer renderer;
    const QRectF target(0, 0, 200, 200);
    const QTransform view = GraphRenderer::fit(scene, target);
    QCOMPARE(view.map(QPointF(3, 3)), QPointF(100, 100));
    renderer.paint(painter, scene, view, target);
    QCOMPARE(image.pixelColor(100, 100).rgb(), renderer.colour(scene, 0).rgb());
    QCOMPARE(renderer.labelledNodes(), QList<int> { 0 });
    // Nothing to show: a sentence, no crash.
    renderer.paint(painter, GraphScene(), view, target);
    QVERIFY(renderer.labelledNodes().isEmpty());
}

void TestGraphRender::labelsNeverOverlap_data()
{
    QTest::addColumn<ActorGraph::Mode>("mode");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    for (const QSize size : { QSize(1400, 900), QSize(1920, 1080), QSize(900, 600) }) {
        for (const bool dark : { false, true }) {
            const QString tag = QStringLiteral("%1x%2%3")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(dark ? QStringLiteral("-dark") : QString());
            QTest::addRow("bipartite %s", qPrintable(tag))
                << ActorGraph::Mode::Bipartite << QStringLiteral("graph-bipartite-%1.png").arg(tag) << size << dark;
            QTest::addRow("actors %s", qPrintable(tag))
                << ActorGraph::Mode::Actors << QStringLiteral("graph-actors-%1.png").arg(tag) << size << dark;
        }
    }
}

void TestGraphRender::labelsNeverOverlap()
{
    QFETCH(ActorGraph::Mode, mode);
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    QString error;
    const GraphScene scene = buildGraphScene(*m_store, {}, mode, GraphMetric::Degree, 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    GraphRenderer renderer(dark ? GraphRenderer::Style::dark() : GraphRenderer::Style::light());
    const QRectF target(QPointF(0, 0), QSizeF(size));
    renderer.paint(painter, scene, GraphRenderer::fit(scene, target), target);
    painter.end();
    const QList<QRectF> &rects = renderer.labelRects();
    for (int i = 0; i < rects.size(); ++i) {
        QVERIFY(target.contains(rects.at(i)));
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                     qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
    }
    QStringList named;
    for (int i : renderer.labelledNodes())
        named.append(scene.graph.nodes.at(i).label);
    // The five leaders, the two sides and the largest actors by the measure shown are named.
    QStringList wanted { QStringLiteral("Putin"),  QStringLiteral("Zelensky"), QStringLiteral("Trump"),
                         QStringLiteral("Fidan"),  QStringLiteral("Johnson"),  QStringLiteral("Russia"),
                         QStringLiteral("Ukraine") };
    QList<int> actors;
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (scene.graph.nodes.at(i).isActor)
            actors.append(i);
    }
    std::sort(actors.begin(), actors.end(),
              [&](int a, int b) { return scene.metrics.degree.at(a) > scene.metrics.degree.at(b); });
    for (qsizetype k = 0; k < std::min<qsizetype>(6, actors.size()); ++k)
        wanted.append(scene.graph.nodes.at(actors.at(k)).label);
    for (const QString &name : std::as_const(wanted)) {
        QVERIFY2(std::any_of(named.begin(), named.end(), [&](const QString &n) { return n.contains(name); }),
                 qPrintable(name + QStringLiteral(" is not labelled: ") + named.join(QStringLiteral(", "))));
    }
    // Kept for a person to look at.
    QVERIFY(image.save(m_dir.filePath(file)));
    if (qEnvironmentVariableIsSet("ENTENTE_GRAPH_PNG_DIR"))
        image.save(qEnvironmentVariable("ENTENTE_GRAPH_PNG_DIR") + QLatin1Char('/') + file);
}

void TestGraphRender::panShiftsCachedLabels()
{
    QString error;
    GraphScene scene = buildGraphScene(*m_store, {}, ActorGraph::Mode::Actors, GraphMetric::Degree, 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(0, 0, 1200, 800);
    const QTransform view = GraphRenderer::fit(scene, target);
    GraphRenderer renderer;
    auto paint = [&](const QTransform &t) {
        QPainter painter(&image);
        renderer.paint(painter, scene, t, target);
    };
    paint(view);
    const QList<QRectF> before = renderer.labelRects();
    const QList<int> nodes = renderer.labelledNodes();
    QVERIFY(before.size() >= 5);
    // A pan moves every label with its node, unchanged otherwise.
    paint(view * QTransform::fromTranslate(40, -25));
    QCOMPARE(renderer.labelledNodes(), nodes);
    QCOMPARE(renderer.labelRects().size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(renderer.labelRects().at(i), before.at(i).translated(40, -25));
    // The label's text is where the rectangle says: dark pixels inside the shifted halo.
    const QRectF first = renderer.labelRects().constFirst().adjusted(2, 2, -2, -2);
    int dark = 0;
    for (int y = static_cast<int>(first.top()); y < first.bottom(); ++y) {
        for (int x = static_cast<int>(first.left()); x < first.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
    }
    QVERIFY2(dark > 10, qPrintable(QString::number(dark)));
    // Placed anew once invalidated (the pan ended), and on a zoom: all inside the picture.
    renderer.invalidateLabels();
    paint(view * QTransform::fromTranslate(40, -25));
    for (const QRectF &r : renderer.labelRects())
        QVERIFY(target.contains(r));
    paint(view * QTransform::fromScale(1.3, 1.3));
    for (const QRectF &r : renderer.labelRects())
        QVERIFY(target.contains(r));
    // A different selection places them again, the selected node's first.
    scene.selected = nodes.constLast();
    paint(view);
    QCOMPARE(renderer.labelledNodes().constFirst(), nodes.constLast());
}

void TestGraphRender::crowdedPictureDrawsEveryNode()
{
    // 3,000 unconnected nodes on a grid, far out: drawn as cheap squares, yet each one shows.
    GraphScene scene;
    scene.graph.mode = ActorGraph::Mode::Bipartite;
    for (int i = 0; i < 3000; ++i) {
        scene.graph.nodes.append({ false, i + 1, QString(), 0 });
        scene.positions.append(QPointF(i % 60, i / 60));
    }
    QImage image(1000, 700, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(0, 0, 1000, 700);
    const QTransform view = GraphRenderer::fit(scene, target);
    GraphRenderer renderer;
    QPainter painter(&image);
    renderer.paint(painter, scene, view, target);
    painter.end();
    const QColor background = GraphRenderer::Style::light().background;
    int missing = 0;
    for (int i = 0; i < 3000; ++i) {
        const QPoint p = view.map(scene.positions.at(i)).toPoint();
        missing += image.pixelColor(p) == background ? 1 : 0;
    }
    QCOMPARE(missing, 0);
}

void TestGraphRender::largeGraphSaysBetweennessIsApproximate()
{
    // 12,000 nodes and 24,000 edges: past GraphMetrics::kExactBetweennessLimit betweenness
    // counts short paths only (exact took 5.7 s of CPU at 10,000 nodes, see tests/bench), and
    // the picture, the table and the menu say so. The picture still draws every node.
    GraphScene scene;
    scene.graph.mode = ActorGraph::Mode::Bipartite;
    const int actors = 600, n = 12'000;
    for (int i = 0; i < n; ++i)
        scene.graph.nodes.append({ i < actors, i + 1, QStringLiteral("node %1").arg(i), i });
    quint32 state = 7;
    auto next = [&state] { return state = state * 1664525u + 1013904223u; };
    for (int e = 0; e < 2 * n; ++e)
        scene.graph.edges.append({ static_cast<int>((next() >> 8) % actors),
                                   actors + static_cast<int>((next() >> 8) % (n - actors)), 1.0, QString() });
    scene.metrics = GraphMetrics::compute(scene.graph);
    QVERIFY(scene.metrics.betweennessIsApproximate());
    QCOMPARE(scene.metrics.betweennessCutoff, GraphMetrics::kBetweennessCutoff);
    scene.metric = GraphMetric::Betweenness;
    QVERIFY(GraphRenderer::metricCaption(scene).contains(QLatin1String("approximate")));
    scene.metric = GraphMetric::Degree;
    QVERIFY(!GraphRenderer::metricCaption(scene).contains(QLatin1String("approximate")));

    GraphMetricsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGraph(scene.graph, scene.metrics);
    QVERIFY(model.headerData(GraphMetricsModel::Betweenness, Qt::Horizontal).toString().contains(u'≈'));
    QVERIFY(model.headerData(GraphMetricsModel::Betweenness, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Approximate")));
    // A small graph is exact, and its header plain.
    GraphScene small;
    small.graph.nodes = { { true, 1, QStringLiteral("A"), 0 }, { true, 2, QStringLiteral("B"), 0 } };
    small.graph.edges = { { 0, 1, 1.0, QString() } };
    small.metrics = GraphMetrics::compute(small.graph);
    QVERIFY(!small.metrics.betweennessIsApproximate());
    model.setGraph(small.graph, small.metrics);
    QCOMPARE(model.headerData(GraphMetricsModel::Betweenness, Qt::Horizontal).toString(),
             graphMetricLabel(GraphMetric::Betweenness));

    scene.positions = GraphLayout::provisional(scene.graph, {}).positions;
    scene.metric = GraphMetric::Betweenness;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(0, 0, 1920, 1080);
    GraphRenderer renderer;
    {
        QPainter painter(&image);
        renderer.paintPicture(painter, scene, target, { QStringLiteral("12,000 nodes"), QString(), true, 0, {} });
    }
    const QTransform view = GraphRenderer::fit(scene, renderer.graphRect());
    const QColor background = renderer.style().background;
    int missing = 0;
    for (int i = 0; i < n; ++i)
        missing += image.pixelColor(view.map(scene.positions.at(i)).toPoint()) == background ? 1 : 0;
    QCOMPARE(missing, 0);
    const QList<QRectF> &rects = renderer.labelRects();
    QVERIFY(!rects.isEmpty());
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY(!rects.at(i).intersects(rects.at(j)));
    }
}

void TestGraphRender::exportsAreValid()
{
    for (const char *suffix : { "png", "svg", "pdf" }) {
        GraphRenderRequest request;
        request.picture.path = m_dir.filePath(QStringLiteral("out.") + QString::fromLatin1(suffix));
        request.picture.size = QSize(800, 600);
        request.mode = ActorGraph::Mode::Actors;
        QString error;
        QCOMPARE(renderGraphToFile(*m_store, {}, request, &error), 0);
        QFile f(request.picture.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        if (qstrcmp(suffix, "png") == 0) {
            QCOMPARE(QImage(request.picture.path).size(), QSize(800, 600));
        } else if (qstrcmp(suffix, "svg") == 0) {
            const QByteArray all = head + f.readAll();
            QVERIFY(all.contains("<svg"));
            QVERIFY(all.contains("Putin"));
        } else {
            QVERIFY(head.startsWith("%PDF-"));
        }
    }
}

void TestGraphRender::pictureHasTitleLegendAndCredit_data()
{
    QTest::addColumn<ActorGraph::Mode>("mode");
    QTest::addColumn<GraphMetric>("metric");
    QTest::addColumn<bool>("dark");
    QTest::newRow("bipartite degree light") << ActorGraph::Mode::Bipartite << GraphMetric::Degree << false;
    QTest::newRow("actors community dark") << ActorGraph::Mode::Actors << GraphMetric::Community << true;
}

void TestGraphRender::pictureHasTitleLegendAndCredit()
{
    QFETCH(ActorGraph::Mode, mode);
    QFETCH(GraphMetric, metric);
    QFETCH(bool, dark);
    QString error;
    const GraphScene scene = buildGraphScene(*m_store, {}, mode, metric, 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const GraphRenderer::Style style = dark ? GraphRenderer::Style::dark() : GraphRenderer::Style::light();
    const QRectF target(0, 0, 1920, 1080);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    GraphRenderer renderer(style);
    GraphRenderer::Decorations decorations;
    decorations.title = QStringLiteral("Istanbul talks: who met whom");
    decorations.credit = QStringLiteral("Source: Entente sample");
    {
        QPainter painter(&image);
        renderer.paintPicture(painter, scene, target, decorations);
    }
    // Title on top, then the graph, the legend and the credit line, none overlapping.
    const QRectF title = renderer.titleRect(), graph = renderer.graphRect(), legend = renderer.legendRect(),
                 credit = renderer.creditRect();
    QVERIFY(!title.isEmpty() && !legend.isEmpty() && !credit.isEmpty());
    QVERIFY(title.bottom() <= graph.top());
    QVERIFY(graph.bottom() <= legend.top());
    QVERIFY(legend.bottom() <= credit.top());
    QVERIFY(target.contains(title) && target.contains(credit));
    QVERIFY(title.height() >= 30); // a title, not a caption
    for (const QRectF &r : renderer.labelRects())
        QVERIFY(graph.contains(r));
    for (int i = 0; i < scene.graph.nodeCount(); ++i)
        QVERIFY(graph.contains(GraphRenderer::fit(scene, graph).map(scene.positions.at(i))));
    const QColor background = style.background;
    auto inked = [&](const QRectF &r, auto &&test) {
        int n = 0;
        const QRect box = r.toAlignedRect().intersected(image.rect());
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x)
                n += test(QColor(image.pixel(x, y))) ? 1 : 0;
        }
        return n;
    };
    const auto contrasty = [&](const QColor &c) { return std::abs(c.lightness() - background.lightness()) > 120; };
    QVERIFY2(inked(title, contrasty) > 400, qPrintable(QString::number(inked(title, contrasty))));
    QVERIFY(inked(credit, [&](const QColor &c) { return c.rgb() != background.rgb(); }) > 100);
    // The legend shows the node colours: saturated pixels in the strip, and text.
    QVERIFY(inked(legend, [](const QColor &c) { return c.hsvSaturation() > 100; }) > 50);
    QVERIFY(inked(legend, contrasty) > 200);
    if (qEnvironmentVariableIsSet("ENTENTE_GRAPH_PNG_DIR"))
        image.save(qEnvironmentVariable("ENTENTE_GRAPH_PNG_DIR") + QStringLiteral("/picture-")
                   + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + QStringLiteral(".png"));

    // Nothing asked for: the graph has the whole picture, and no key line is drawn.
    GraphRenderer plain(style);
    {
        QPainter painter(&image);
        plain.paintPicture(painter, scene, target, { QString(), QString(), false, 0, {} });
    }
    QCOMPARE(plain.graphRect(), target);
    QVERIFY(plain.titleRect().isNull() && plain.legendRect().isNull() && plain.creditRect().isNull());
}

void TestGraphRender::badRequestsFail()
{
    GraphRenderRequest request;
    request.picture.path = m_dir.filePath(QStringLiteral("out.bmpx"));
    QString error;
    QCOMPARE(renderGraphToFile(*m_store, {}, request, &error), 1);
    QVERIFY(error.contains(QLatin1String("bmpx")));
    request.picture.path = m_dir.filePath(QStringLiteral("no/such/dir/out.png"));
    QCOMPARE(renderGraphToFile(*m_store, {}, request, &error), 1);
    request.picture.path = m_dir.filePath(QStringLiteral("tiny.png"));
    request.picture.size = QSize(4, 4);
    QCOMPARE(renderGraphToFile(*m_store, {}, request, &error), 1);
}

QTEST_MAIN(TestGraphRender)
#include "tst_graphrender.moc"
