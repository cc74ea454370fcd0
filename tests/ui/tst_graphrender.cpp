// GraphRenderer into images: node pixels where nodes are, labels that never overlap, the five
// leaders of the sample named, and PNG/SVG/PDF files that are what they claim to be.
#include "graph/graphexport.h"
#include "graph/graphrenderer.h"
#include "sampledataset.h"
#include "store.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace entente;

class TestGraphRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nodesWhereTheyAre();
    void oneNodeAndEmpty();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void panShiftsCachedLabels();
    void crowdedPictureDrawsEveryNode();
    void exportsAreValid();
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
    const QTransform view = GraphRenderer::fit(scene.bounds(), target);
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
    const QTransform view = GraphRenderer::fit(scene.bounds(), target);
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
    QTest::newRow("bipartite") << ActorGraph::Mode::Bipartite << QStringLiteral("graph-bipartite.png");
    QTest::newRow("actors") << ActorGraph::Mode::Actors << QStringLiteral("graph-actors.png");
}

void TestGraphRender::labelsNeverOverlap()
{
    QFETCH(ActorGraph::Mode, mode);
    QFETCH(QString, file);
    QString error;
    const GraphScene scene = buildGraphScene(*m_store, {}, mode, GraphMetric::Degree, 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QImage image(1400, 900, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    GraphRenderer renderer;
    const QRectF target(0, 0, 1400, 900);
    renderer.paint(painter, scene, GraphRenderer::fit(scene.bounds(), target), target);
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
    for (const char *leader : { "Putin", "Zelensky", "Trump", "Fidan", "Johnson" }) {
        const QString name = QString::fromLatin1(leader);
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
    const QTransform view = GraphRenderer::fit(scene.bounds(), target);
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
    const QTransform view = GraphRenderer::fit(scene.bounds(), target);
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

void TestGraphRender::exportsAreValid()
{
    for (const char *suffix : { "png", "svg", "pdf" }) {
        GraphRenderRequest request;
        request.output = m_dir.filePath(QStringLiteral("out.") + QString::fromLatin1(suffix));
        request.size = QSize(800, 600);
        request.mode = ActorGraph::Mode::Actors;
        QString error;
        QCOMPARE(renderGraphToFile(*m_store, {}, request, &error), 0);
        QFile f(request.output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        if (qstrcmp(suffix, "png") == 0) {
            QCOMPARE(QImage(request.output).size(), QSize(800, 600));
        } else if (qstrcmp(suffix, "svg") == 0) {
            const QByteArray all = head + f.readAll();
            QVERIFY(all.contains("<svg"));
            QVERIFY(all.contains("Putin"));
        } else {
            QVERIFY(head.startsWith("%PDF-"));
        }
    }
}

void TestGraphRender::badRequestsFail()
{
    GraphRenderRequest request;
    request.output = m_dir.filePath(QStringLiteral("out.bmpx"));
    QString error;
    QCOMPARE(renderGraphToFile(*m_store, {}, request, &error), 1);
    QVERIFY(error.contains(QLatin1String("bmpx")));
    request.output = m_dir.filePath(QStringLiteral("no/such/dir/out.png"));
    QCOMPARE(renderGraphToFile(*m_store, {}, request, &error), 1);
    request.output = m_dir.filePath(QStringLiteral("tiny.png"));
    request.size = QSize(4, 4);
    QCOMPARE(renderGraphToFile(*m_store, {}, request, &error), 1);
}

QTEST_MAIN(TestGraphRender)
#include "tst_graphrender.moc"
