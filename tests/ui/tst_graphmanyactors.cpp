// A graph picture of more actors than can be named (a month of GDELT has thousands): the most
// connected are drawn, laid out on their own, and the picture's notes say how many others there
// are; from the command line and from a scene the window laid out whole.
#include "graph/graphexport.h"
#include "graph/graphlayout.h"
#include "store/store.h"
#include "svgtexts.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

class TestGraphManyActors : public QObject
{
    Q_OBJECT

    static constexpr int kActors = 90;
    static constexpr int kHubs = 10;

    std::unique_ptr<Store> m_store;
    QTemporaryDir m_dir;

    static QString name(int k) { return QStringLiteral("Actor %1").arg(k); }

    // The actors' names among the texts.
    static QSet<QString> actorNames(const QStringList &texts)
    {
        QSet<QString> names;
        static const QRegularExpression actor(QStringLiteral("^Actor \\d+$"));
        for (const QString &t : texts) {
            if (actor.match(t).hasMatch())
                names.insert(t);
        }
        return names;
    }

    PictureSpec spec(const QString &file) const
    {
        PictureSpec s;
        s.path = m_dir.filePath(file);
        s.size = QSize(1600, 900);
        s.publication.notes = QStringLiteral("Coded from news reports.");
        return s;
    }

private slots:
    void initTestCase()
    {
        // Ten hubs, each in an event with every other hub and with eight actors of its own; the
        // eighty others are in one event each. By degree the hubs come first, then the others
        // in the order they came.
        QVERIFY(m_dir.isValid());
        m_store = Store::createInMemory();
        QList<ActorId> ids;
        for (int k = 0; k < kActors; ++k) {
            Actor a;
            a.name = name(k);
            ids.append(m_store->addActor(a));
        }
        auto meet = [this](ActorId a, ActorId b, int day) {
            Event e;
            e.title = QStringLiteral("Talks %1").arg(day);
            e.start = FuzzyDate::day(2024, 1, 1 + day % 28);
            e.actors.append({ a, QString() });
            e.actors.append({ b, QString() });
            m_store->addEvent(e);
        };
        int day = 0;
        for (int a = 0; a < kHubs; ++a) {
            for (int b = a + 1; b < kHubs; ++b)
                meet(ids.at(a), ids.at(b), day++);
        }
        for (int k = kHubs; k < kActors; ++k)
            meet(ids.at(k % kHubs), ids.at(k), day++);
    }

    void theCommandLineLaysOutTheMostConnected()
    {
        QString error;
        const GraphScene scene
            = buildGraphScene(*m_store, {}, ActorGraph::Mode::Actors, GraphMetric::Degree, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(scene.graph.nodeCount(), kMaxPictureActors);
        QCOMPARE(scene.actorsLeftOut, kActors - kMaxPictureActors);
        QCOMPARE(scene.positions.size(), scene.graph.nodes.size());
        QCOMPARE(scene.metrics.degree.size(), scene.graph.nodes.size());
        for (int k = 0; k < kHubs; ++k)
            QVERIFY(scene.graph.indexOf(QStringLiteral("a%1").arg(k + 1)) >= 0);
        // Measured in the whole graph: a hub met nine hubs and eight others.
        for (int i = 0; i < scene.graph.nodeCount(); ++i) {
            if (scene.graph.nodes.at(i).label == name(0))
                QCOMPARE(scene.metrics.degree.at(i), 17.0);
        }
        QVERIFY(writeGraphImage(scene, spec(QStringLiteral("cli.svg")), GraphRenderer::Style::light(),
                                QStringLiteral("Sources: test"), &error));
        const QStringList texts = test::svgFileTexts(m_dir.filePath(QStringLiteral("cli.svg")));
        QVERIFY(texts.contains(QStringLiteral("The 60 most connected actors are shown; 30 more are not. "
                                              "Coded from news reports.")));
        QSet<QString> kept;
        for (const ActorGraph::Node &node : scene.graph.nodes)
            kept.insert(node.label);
        const QSet<QString> names = actorNames(texts);
        QVERIFY(names.contains(name(0)));
        QVERIFY(names.size() <= kMaxPictureActors);
        QVERIFY(kept.contains(names));
    }

    void aSceneLaidOutWholeDrawsTheMostConnected()
    {
        // As the window has it: every actor, laid out together.
        GraphScene scene;
        scene.graph = ActorGraph::build(*m_store, {}, ActorGraph::Mode::Actors);
        scene.metrics = GraphMetrics::compute(scene.graph);
        scene.positions = GraphLayout::compute(scene.graph, {}).positions;
        QCOMPARE(scene.graph.nodeCount(), kActors);
        QString error;
        QVERIFY(writeGraphImage(scene, spec(QStringLiteral("window.svg")), GraphRenderer::Style::light(),
                                QStringLiteral("Sources: test"), &error));
        const QStringList texts = test::svgFileTexts(m_dir.filePath(QStringLiteral("window.svg")));
        QVERIFY(texts.contains(QStringLiteral("The 60 most connected actors are shown; 30 more are not. "
                                              "Coded from news reports.")));
        // The hubs and fifty of the others: none hidden was more connected than one drawn.
        GraphScene shown = scene;
        QCOMPARE(keepMostConnected(shown, kMaxPictureActors), kActors - kMaxPictureActors);
        QSet<QString> kept;
        double least = 1e9;
        double most = 0;
        for (int i = 0; i < shown.graph.nodeCount(); ++i) {
            if (shown.isVisible(i)) {
                kept.insert(shown.graph.nodes.at(i).label);
                least = std::min(least, shown.metrics.degree.at(i));
            } else {
                most = std::max(most, shown.metrics.degree.at(i));
            }
        }
        QCOMPARE(kept.size(), kMaxPictureActors);
        QVERIFY(most <= least);
        for (int k = 0; k < kHubs; ++k)
            QVERIFY(kept.contains(name(k)));
        const QSet<QString> names = actorNames(texts);
        QVERIFY(names.contains(name(0)));
        QVERIFY(kept.contains(names));
        if (qEnvironmentVariableIsSet("ENTENTE_GRAPH_PNG_DIR")) {
            PictureSpec png = spec(QStringLiteral("window.png"));
            png.path = qEnvironmentVariable("ENTENTE_GRAPH_PNG_DIR") + QStringLiteral("/graph-many-actors.png");
            QVERIFY(
                writeGraphImage(scene, png, GraphRenderer::Style::light(), QStringLiteral("Sources: test"), &error));
        }
    }

    void fewActorsAreAllDrawnWithoutANote()
    {
        GraphScene scene;
        scene.graph = ActorGraph::build(*m_store, {}, ActorGraph::Mode::Actors);
        QCOMPARE(keepMostConnected(scene, kActors), 0);
        QVERIFY(scene.hidden.isEmpty());
        EventFilter hubs;
        hubs.to = FuzzyDate::day(2024, 1, 10).startSeconds(); // nine days of talks
        QString error;
        const GraphScene few
            = buildGraphScene(*m_store, hubs, ActorGraph::Mode::Actors, GraphMetric::Degree, 1, &error);
        QVERIFY(few.graph.nodeCount() < kMaxPictureActors);
        QCOMPARE(few.actorsLeftOut, 0);
        QVERIFY(
            writeGraphImage(few, spec(QStringLiteral("few.svg")), GraphRenderer::Style::light(), QString(), &error));
        const QStringList texts = test::svgFileTexts(m_dir.filePath(QStringLiteral("few.svg")));
        QVERIFY(texts.contains(QStringLiteral("Coded from news reports.")));
        QVERIFY(!texts.join(u' ').contains(QStringLiteral("most connected")));
    }
};

QTEST_MAIN(TestGraphManyActors)
#include "tst_graphmanyactors.moc"
