// GraphView following edits by id: a renamed event or actor is relabelled where its node stands
// (no new layout, every position as it was); a re-dated event, which may leave the graph's
// window, lays it out again.
#include "document.h"
#include "graph/graphcanvas.h"
#include "graph/graphmetricsmodel.h"
#include "graph/graphview.h"
#include "sampledataset.h"
#include "selection.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace entente;

class TestGraphViewEdits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<GraphView> m_view;

    int rowOfNode(int node) const
    {
        const GraphMetricsModel *model = m_view->metricsModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(GraphMetricsModel::NodeIndexRole).toInt() == node)
                return r;
        }
        return -1;
    }

private slots:
    void init()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        m_doc = std::make_unique<Document>(std::move(store));
        m_selection = std::make_unique<Selection>();
        m_view = std::make_unique<GraphView>(m_doc.get(), m_selection.get());
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy spy(m_view.get(), &GraphView::layoutFinished);
        if (m_view->isBusy() || m_view->scene().positions.isEmpty())
            QVERIFY(spy.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->canvas()->isAnimating(), 10000);
        // Settled: a layout asked for while the first ran (showing, the selection) has finished too.
        QSignalSpy more(m_view.get(), &GraphView::layoutFinished);
        while (m_view->isBusy() || more.wait(300))
            QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->canvas()->isAnimating(), 10000);
    }

    void cleanup()
    {
        m_view.reset();
        m_selection.reset();
        m_doc.reset();
    }

    void renameKeepsTheLayout()
    {
        QAbstractItemModelTester tester(m_view->metricsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const GraphScene before = m_view->scene();
        int node = -1;
        for (int i = 0; i < before.graph.nodeCount() && node < 0; ++i) {
            if (!before.graph.nodes.at(i).isActor)
                node = i;
        }
        QVERIFY(node >= 0);
        auto e = m_doc->store().event(before.graph.nodes.at(node).id);
        QVERIFY(e);
        QSignalSpy laidOut(m_view.get(), &GraphView::layoutFinished);
        QSignalSpy reset(m_view->metricsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_view->metricsModel(), &QAbstractItemModel::dataChanged);
        e->title = QStringLiteral("Renamed in place");
        QVERIFY(m_doc->editEvent(*e));
        QVERIFY(!m_view->isBusy());
        QVERIFY(!laidOut.wait(500));
        const GraphScene &after = m_view->scene();
        QCOMPARE(after.positions, before.positions);
        QCOMPARE(after.graph.nodeCount(), before.graph.nodeCount());
        QCOMPARE(after.graph.edgeCount(), before.graph.edgeCount());
        QCOMPARE(after.graph.nodes.at(node).label, QStringLiteral("Renamed in place"));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        const int row = rowOfNode(node);
        QVERIFY(row >= 0);
        QCOMPARE(m_view->metricsModel()->index(row, GraphMetricsModel::Name).data().toString(),
                 QStringLiteral("Renamed in place"));

        // An actor renamed: its node too.
        int actorNode = -1;
        for (int i = 0; i < after.graph.nodeCount() && actorNode < 0; ++i) {
            if (after.graph.nodes.at(i).isActor)
                actorNode = i;
        }
        auto actor = m_doc->store().actor(after.graph.nodes.at(actorNode).id);
        QVERIFY(actor);
        actor->name = QStringLiteral("Renamed actor");
        QVERIFY(m_doc->editActor(*actor));
        QVERIFY(!laidOut.wait(300));
        QCOMPARE(m_view->scene().graph.nodes.at(actorNode).label, QStringLiteral("Renamed actor"));
        QCOMPARE(m_view->scene().positions, before.positions);
    }

    void redatingLaysOutAgain()
    {
        const GraphScene &scene = m_view->scene();
        EventId id = 0;
        for (const auto &n : scene.graph.nodes) {
            if (!n.isActor) {
                id = n.id;
                break;
            }
        }
        auto e = m_doc->store().event(id);
        QVERIFY(e);
        QSignalSpy laidOut(m_view.get(), &GraphView::layoutFinished);
        e->start = FuzzyDate::year(1950);
        QVERIFY(m_doc->editEvent(*e));
        QVERIFY(!laidOut.isEmpty() || laidOut.wait(10000));
    }
};

QTEST_MAIN(TestGraphViewEdits)
#include "tst_graphviewedits.moc"
