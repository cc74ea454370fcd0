// The graph's labels and fit at the sizes the graph is seen at, from the window's side panel to
// a slide: no two labels touch, no label covers a node, the best-ranked actors by the measure
// shown are named first, and a fit fills the picture.
#include "graph/graphexport.h"
#include "graph/graphrenderer.h"
#include "sampledataset.h"
#include "store/store.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace entente;

namespace {

double scaleOf(const QTransform &view)
{
    return std::sqrt(std::abs(view.determinant()));
}

// The visible actors, best first by `metric` (communities rank by degree, as the sizes do).
QList<int> actorsByRank(const GraphScene &scene)
{
    const GraphMetric m = scene.metric == GraphMetric::Community ? GraphMetric::Degree : scene.metric;
    QList<int> actors;
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (scene.graph.nodes.at(i).isActor)
            actors.append(i);
    }
    std::stable_sort(actors.begin(), actors.end(),
                     [&](int a, int b) { return scene.metrics.value(m, a) > scene.metrics.value(m, b); });
    return actors;
}

// The rectangle around every drawn disc.
QRectF drawnNodes(const GraphScene &scene, const GraphRenderer &renderer, const QTransform &view)
{
    QRectF box;
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        const double r = renderer.radius(scene, i, scaleOf(view));
        const QPointF c = view.map(scene.positions.at(i));
        box = box.united(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    }
    return box;
}

// Fails with a message when two labels touch or a label covers a disc.
QString overlapIn(const GraphScene &scene, const GraphRenderer &renderer, const QTransform &view)
{
    const QList<QRectF> &rects = renderer.labelRects();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            // Apart by at least two pixels: halos that touch read as one label.
            if (rects.at(i).adjusted(-1, -1, 1, 1).intersects(rects.at(j).adjusted(-1, -1, 1, 1)))
                return QStringLiteral("labels %1 and %2 touch").arg(i).arg(j);
        }
        for (int n = 0; n < scene.graph.nodeCount(); ++n) {
            const QPointF c = view.map(scene.positions.at(n));
            const double r = renderer.radius(scene, n, scaleOf(view));
            const QPointF nearest(std::clamp(c.x(), rects.at(i).left(), rects.at(i).right()),
                                  std::clamp(c.y(), rects.at(i).top(), rects.at(i).bottom()));
            if (QLineF(c, nearest).length() < r)
                return QStringLiteral("label %1 covers %2").arg(i).arg(scene.graph.nodes.at(n).label);
        }
    }
    return {};
}

} // namespace

class TestGraphLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_store = Store::createInMemory();
        SampleDataset::write(*m_store);
    }

    void labelsKeepApart_data()
    {
        QTest::addColumn<ActorGraph::Mode>("mode");
        QTest::addColumn<GraphMetric>("metric");
        QTest::addColumn<QSize>("size");
        // The side panel at 1366×768 and 1920×1080, a narrow and a tall one, a window, a slide.
        for (const QSize size : { QSize(370, 300), QSize(525, 330), QSize(525, 390), QSize(400, 700), QSize(900, 600),
                                  QSize(1920, 1080) }) {
            for (const GraphMetric metric : { GraphMetric::Degree, GraphMetric::Betweenness }) {
                const QString tag = QStringLiteral("%1x%2 %3")
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(metric == GraphMetric::Degree ? u"degree" : u"betweenness");
                QTest::addRow("bipartite %s", qPrintable(tag)) << ActorGraph::Mode::Bipartite << metric << size;
                QTest::addRow("actors %s", qPrintable(tag)) << ActorGraph::Mode::Actors << metric << size;
            }
        }
    }

    // Rendered into an image at each size, fitted as the panel fits it (above the key line):
    // labels apart, off every disc, inside the picture, and the actors that rank highest by the
    // measure shown all named.
    void labelsKeepApart()
    {
        QFETCH(ActorGraph::Mode, mode);
        QFETCH(GraphMetric, metric);
        QFETCH(QSize, size);
        QString error;
        const GraphScene scene = buildGraphScene(*m_store, {}, mode, metric, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        GraphRenderer renderer;
        const QRectF target(QPointF(0, 0), QSizeF(size));
        const QTransform view = GraphRenderer::fit(scene, target.adjusted(0, 0, 0, -renderer.keyLineHeight()));
        renderer.paint(painter, scene, view, target);
        painter.end();
        if (qEnvironmentVariableIsSet("ENTENTE_GRAPH_PNG_DIR"))
            image.save(qEnvironmentVariable("ENTENTE_GRAPH_PNG_DIR") + QStringLiteral("/labels-")
                       + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + QStringLiteral(".png"));
        QVERIFY(renderer.labelRects().size() >= 5);
        for (const QRectF &r : renderer.labelRects())
            QVERIFY(target.contains(r));
        const QString overlap = overlapIn(scene, renderer, view);
        QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
        const QList<int> ranked = actorsByRank(scene);
        // The four best named in the smallest panel; the five best from a window's size up.
        const qsizetype best = size.width() >= 900 ? 5 : 4;
        for (qsizetype k = 0; k < std::min(best, ranked.size()); ++k) {
            QVERIFY2(renderer.labelledNodes().contains(ranked.at(k)),
                     qPrintable(scene.graph.nodes.at(ranked.at(k)).label + QStringLiteral(" is not named")));
        }
    }

    // The same renderer draws the exported picture: its labels keep apart too, at each preset.
    void pictureLabelsKeepApart_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("slide") << QSize(1920, 1080);
        QTest::newRow("social card") << QSize(1200, 675);
        QTest::newRow("portrait post") << QSize(1080, 1350);
        QTest::newRow("small") << QSize(640, 400);
    }

    void pictureLabelsKeepApart()
    {
        QFETCH(QSize, size);
        QString error;
        const GraphScene scene
            = buildGraphScene(*m_store, {}, ActorGraph::Mode::Bipartite, GraphMetric::Degree, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        GraphRenderer renderer;
        GraphRenderer::Decorations decorations;
        decorations.title = QStringLiteral("Who met whom");
        decorations.credit = QStringLiteral("Sources: Reuters");
        renderer.paintPicture(painter, scene, QRectF(QPointF(0, 0), QSizeF(size)), decorations);
        painter.end();
        QVERIFY(renderer.labelRects().size() >= 5);
        const QList<QRectF> &rects = renderer.labelRects();
        for (qsizetype i = 0; i < rects.size(); ++i) {
            QVERIFY(renderer.graphRect().contains(rects.at(i)));
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
        }
    }

    void fitFillsTheTarget_data()
    {
        QTest::addColumn<ActorGraph::Mode>("mode");
        QTest::addColumn<QSize>("size");
        for (const QSize size :
             { QSize(370, 300), QSize(525, 390), QSize(400, 700), QSize(900, 300), QSize(1920, 1080) }) {
            const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            QTest::addRow("bipartite %s", qPrintable(tag)) << ActorGraph::Mode::Bipartite << size;
            QTest::addRow("actors %s", qPrintable(tag)) << ActorGraph::Mode::Actors << size;
        }
    }

    // The drawn nodes span at least 85 % of the picture in the dimension that limits them, and
    // stay inside it.
    void fitFillsTheTarget()
    {
        QFETCH(ActorGraph::Mode, mode);
        QFETCH(QSize, size);
        QString error;
        const GraphScene scene = buildGraphScene(*m_store, {}, mode, GraphMetric::Degree, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QRectF target(QPointF(0, 0), QSizeF(size));
        const QTransform view = GraphRenderer::fit(scene, target);
        const QRectF drawn = drawnNodes(scene, GraphRenderer(), view);
        QVERIFY(target.contains(drawn));
        const double fill = std::max(drawn.width() / target.width(), drawn.height() / target.height());
        QVERIFY2(fill >= 0.85, qPrintable(QString::number(fill)));
    }

    // A tall layout in a wide picture is turned a quarter, so it fills the width.
    void tallLayoutLiesDownInAWidePicture()
    {
        GraphScene scene;
        scene.graph.mode = ActorGraph::Mode::Actors;
        for (int i = 0; i < 12; ++i) {
            scene.graph.nodes.append({ true, i + 1, QStringLiteral("Actor %1").arg(i + 1), 0 });
            if (i > 0)
                scene.graph.edges.append({ i - 1, i, 1.0, QString() });
            scene.positions.append(QPointF(0.4 * (i % 3), 1.0 * i));
        }
        scene.metrics = GraphMetrics::compute(scene.graph);
        const QRectF target(0, 0, 900, 300);
        const QTransform view = GraphRenderer::fit(scene, target);
        const QRectF drawn = drawnNodes(scene, GraphRenderer(), view);
        QVERIFY(target.contains(drawn));
        QVERIFY2(drawn.width() >= 0.85 * target.width(), qPrintable(QString::number(drawn.width())));
        // Upright it stays in a tall picture.
        const QRectF tall(0, 0, 300, 900);
        const QRectF upright = drawnNodes(scene, GraphRenderer(), GraphRenderer::fit(scene, tall));
        QVERIFY(upright.height() >= 0.85 * tall.height());
        QCOMPARE(GraphRenderer::fit(scene, tall).m12(), 0.0);
    }

    // Over a thousand random graphs, sizes and zooms: labels never touch one another or cover a
    // disc, even one reaching in from outside the picture.
    void randomGraphsKeepLabelsApart()
    {
        QRandomGenerator random(20261206);
        for (int round = 0; round < 1000; ++round) {
            GraphScene scene;
            scene.graph.mode = random.bounded(2) ? ActorGraph::Mode::Bipartite : ActorGraph::Mode::Actors;
            const int n = 2 + random.bounded(90);
            for (int i = 0; i < n; ++i) {
                const bool actor = scene.graph.mode == ActorGraph::Mode::Actors || random.bounded(3) == 0;
                const int words = 1 + random.bounded(4);
                QString name = QStringLiteral("N%1").arg(i);
                for (int w = 0; w < words; ++w)
                    name += QStringLiteral(" word");
                scene.graph.nodes.append({ actor, i + 1, name, 0 });
                scene.positions.append(QPointF(random.bounded(10.0), random.bounded(6.0)));
            }
            for (int e = 0; e < n * 2; ++e) {
                const int a = random.bounded(n), b = random.bounded(n);
                if (a != b)
                    scene.graph.edges.append({ std::min(a, b), std::max(a, b), 1.0 + random.bounded(4),
                                               random.bounded(4) == 0 ? QStringLiteral("role") : QString() });
            }
            // Measures drawn at random too (igraph is not what is tested here).
            for (int i = 0; i < n; ++i) {
                scene.metrics.degree.append(1 + random.bounded(12));
                scene.metrics.strength.append(scene.metrics.degree.constLast());
                scene.metrics.betweenness.append(random.bounded(100.0));
                scene.metrics.community.append(random.bounded(4));
            }
            scene.metrics.communityCount = 4;
            scene.metric = random.bounded(2) ? GraphMetric::Degree : GraphMetric::Betweenness;
            const QSize size(300 + random.bounded(1000), 200 + random.bounded(700));
            const QRectF target(QPointF(0, 0), QSizeF(size));
            const double zoom = 0.5 + random.bounded(2.5);
            const QTransform view = GraphRenderer::fit(scene, target)
                * QTransform::fromTranslate(-size.width() / 2.0, -size.height() / 2.0)
                * QTransform::fromScale(zoom, zoom)
                * QTransform::fromTranslate(size.width() / 2.0, size.height() / 2.0);
            // Where the labels go does not depend on the device: a small one keeps this quick.
            QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            GraphRenderer renderer;
            renderer.paint(painter, scene, view, target);
            painter.end();
            for (const QRectF &r : renderer.labelRects())
                QVERIFY(target.contains(r));
            const QString overlap = overlapIn(scene, renderer, view);
            QVERIFY2(overlap.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(overlap)));
        }
    }

private:
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestGraphLabels)
#include "tst_graphlabels.moc"
