// The graph view as a panel of the window, at the sizes a dock gives it: the table of measures
// beside the graph when wide, under it or folded away when narrow, its header readable and the
// measure shown on screen; Fit fills the canvas.
#include "document.h"
#include "graph/graphcanvas.h"
#include "graph/graphmetricsmodel.h"
#include "graph/graphmetricstable.h"
#include "graph/graphview.h"
#include "sampledataset.h"
#include "selection.h"
#include "store/store.h"

#include <QHeaderView>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace entente;

class TestGraphPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        m_doc = std::make_unique<Document>(std::move(store));
        m_selection = std::make_unique<Selection>();
        m_view = std::make_unique<GraphView>(m_doc.get(), m_selection.get());
        QSignalSpy spy(m_view.get(), &GraphView::layoutFinished);
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(!spy.isEmpty() || spy.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->canvas()->isAnimating(), 10000);
    }

    void cleanup()
    {
        m_view.reset();
        m_selection.reset();
        m_doc.reset();
    }

    // Wide: the table stands beside the graph; every header shows its whole text, and the name
    // and the measure shown are on screen.
    void wideTableBesideWithItsHeader()
    {
        GraphMetricsTable *table = m_view->metricsTable();
        QVERIFY(table->isVisible());
        QVERIFY(geometryIn(table).left() >= geometryIn(m_view->canvas()).right());
        QHeaderView *header = table->horizontalHeader();
        const QFontMetrics metrics(header->font());
        int shown = 0;
        for (int column = 0; column < GraphMetricsModel::ColumnCount; ++column) {
            if (header->isSectionHidden(column))
                continue;
            ++shown;
            const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY(!text.isEmpty());
            QVERIFY2(metrics.horizontalAdvance(text) <= header->sectionSize(column), qPrintable(text));
            QVERIFY(header->sectionViewportPosition(column) >= 0);
            QVERIFY(header->sectionViewportPosition(column) + header->sectionSize(column)
                    <= header->viewport()->width());
        }
        QVERIFY(shown >= 3);
        QVERIFY(!header->isSectionHidden(GraphMetricsModel::Name));
        QVERIFY(!header->isSectionHidden(GraphMetricsModel::Degree));
        // The header is drawn with its text: dark pixels over the Name section, left-aligned.
        const QImage shot = header->grab().toImage();
        int ink = 0;
        const int left = header->sectionViewportPosition(GraphMetricsModel::Name);
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = left; x < left + 60 && x < shot.width(); ++x)
                ink += qGray(shot.pixel(x, y)) < 100 ? 1 : 0;
        }
        QVERIFY2(ink > 15, qPrintable(QString::number(ink)));
    }

    // Choosing a measure sorts the table by it and keeps its column on screen.
    void measureSortsTheTable()
    {
        GraphMetricsTable *table = m_view->metricsTable();
        for (const GraphMetric metric : { GraphMetric::Betweenness, GraphMetric::WeightedDegree }) {
            m_view->setMetric(metric);
            const int column = GraphMetricsTable::columnOf(metric);
            QVERIFY(!table->horizontalHeader()->isSectionHidden(column));
            const double top = table->model()->index(0, column).data().toDouble();
            for (int row = 1; row < table->model()->rowCount(); ++row)
                QVERIFY(table->model()->index(row, column).data().toDouble() <= top);
        }
        // At the panel's narrowest, the name and the measure shown still have their columns.
        m_view->resize(m_view->minimumSizeHint().width(), 800);
        QTRY_VERIFY(table->viewport()->width() < 600);
        QVERIFY(!table->horizontalHeader()->isSectionHidden(GraphMetricsModel::WeightedDegree));
        QVERIFY(!table->horizontalHeader()->isSectionHidden(GraphMetricsModel::Name));
        QVERIFY(table->horizontalHeader()->sectionSize(GraphMetricsModel::Name) >= 100);
    }

    // Narrow and tall: the table goes under the graph. Narrow and short: folded away, and the
    // Table button brings it back, under the graph.
    void narrowPanelTableUnderOrAway()
    {
        GraphMetricsTable *table = m_view->metricsTable();
        auto *button = m_view->findChild<QToolButton *>(QStringLiteral("graphTableButton"));
        QVERIFY(button);
        m_view->resize(525, 700);
        QTRY_VERIFY(table->isVisible());
        QVERIFY(geometryIn(table).top() >= geometryIn(m_view->canvas()).bottom());
        QVERIFY(geometryIn(table).left() < geometryIn(m_view->canvas()).right());
        QVERIFY(button->isChecked());
        m_view->resize(525, 380);
        QTRY_VERIFY(!table->isVisible());
        QVERIFY(!button->isChecked());
        // The canvas has the panel's whole width.
        QVERIFY(m_view->canvas()->width() >= m_view->width() - 4);
        button->click();
        QVERIFY(table->isVisible());
        QVERIFY(geometryIn(table).top() >= geometryIn(m_view->canvas()).bottom());
        button->click();
        QVERIFY(!table->isVisible());
        // The user's choice holds when the panel widens.
        m_view->resize(1200, 800);
        QTest::qWait(20);
        QVERIFY(!table->isVisible());
        button->click();
        QVERIFY(table->isVisible());
        QVERIFY(geometryIn(table).left() >= geometryIn(m_view->canvas()).right());
    }

    void fitFillsThePanel_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("wide") << QSize(1200, 800);
        QTest::newRow("dock at 1920x1080") << QSize(525, 650);
        QTest::newRow("dock at 1366x768") << QSize(525, 380);
        QTest::newRow("low and wide") << QSize(1000, 330);
    }

    // After Fit the drawn nodes span at least 85 % of the canvas in the dimension that limits
    // them, and all of them are inside it.
    void fitFillsThePanel()
    {
        QFETCH(QSize, size);
        m_view->resize(size);
        QTest::qWait(20);
        GraphCanvas *canvas = m_view->canvas();
        canvas->fitView();
        const GraphScene &scene = canvas->scene();
        const double scale = std::sqrt(std::abs(canvas->view().determinant()));
        QRectF drawn;
        for (int i = 0; i < scene.graph.nodeCount(); ++i) {
            const double r = canvas->renderer().radius(scene, i, scale);
            const QPointF c = canvas->view().map(scene.positions.at(i));
            drawn = drawn.united(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        }
        const QRectF area(canvas->rect());
        QVERIFY(area.contains(drawn));
        const double fill = std::max(drawn.width() / area.width(), drawn.height() / area.height());
        QVERIFY2(fill >= 0.85,
                 qPrintable(QStringLiteral("%1 of %2x%3").arg(fill).arg(area.width()).arg(area.height())));
    }

private:
    QRect geometryIn(QWidget *w) const { return QRect(w->mapTo(m_view.get(), QPoint(0, 0)), w->size()); }

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<GraphView> m_view;
};

QTEST_MAIN(TestGraphPanel)
#include "tst_graphpanel.moc"
