// GraphView over the sample: layout on a worker, selection shared both ways, focus, find,
// dragging a node pins it (undoably), the time window, and the metrics table model.
#include "document.h"
#include "graph/graphcanvas.h"
#include "graph/graphmetricsmodel.h"
#include "graph/graphview.h"
#include "graph/nodepositions.h"
#include "sampledataset.h"
#include "selection.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

#include <functional>

using namespace entente;

class TestGraphView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void laysOutOffTheGuiThread();
    void readsAFileOffTheGuiThread();
    void metricsModel();
    void selectionBothWays();
    void focusAndFind();
    void dragPinsUndoably();
    void timeWindowAndSlider();
    void exportFromTheWindow();
    void doubleClickFocusesAndTypingFinds();
    void tooManyEventsShowActorsAndSaySo();
    void tuckedAwayWaitsUntilShown();
    void followsTheWindowTheme();

private:
    bool waitForLayout();
    bool relayout(const std::function<void()> &change);
    QPoint nodePoint(int node) const;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<GraphView> m_view;
};

void TestGraphView::init()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    m_doc = std::make_unique<Document>(std::move(store));
    m_selection = std::make_unique<Selection>();
    m_view = std::make_unique<GraphView>(m_doc.get(), m_selection.get());
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitForLayout());
}

void TestGraphView::cleanup()
{
    m_view.reset();
    m_selection.reset();
    m_doc.reset();
}

bool TestGraphView::waitForLayout()
{
    QSignalSpy spy(m_view.get(), &GraphView::layoutFinished);
    // A stand-in placement is on screen until the layout's result is taken in (its finished
    // signal queued after the job stops being busy).
    if (!m_view->isBusy() && !m_view->scene().positions.isEmpty() && !m_view->canvas()->isProvisional())
        return true;
    return spy.wait(10000);
}

bool TestGraphView::relayout(const std::function<void()> &change)
{
    // The spy exists before the change: a small graph may be laid out before anyone waits.
    QSignalSpy spy(m_view.get(), &GraphView::layoutFinished);
    change();
    return !spy.isEmpty() || spy.wait(10000);
}

QPoint TestGraphView::nodePoint(int node) const
{
    GraphCanvas *canvas = m_view->canvas();
    return canvas->view().map(canvas->scene().positions.at(node)).toPoint();
}

void TestGraphView::laysOutOffTheGuiThread()
{
    const GraphScene &scene = m_view->scene();
    QVERIFY(scene.graph.nodeCount() > 10);
    QCOMPARE(scene.positions.size(), scene.graph.nodes.size());
    QCOMPARE(scene.metrics.degree.size(), scene.graph.nodes.size());
    // Switching mode relays out; the result has only actors.
    QVERIFY(relayout([this] { m_view->setMode(ActorGraph::Mode::Actors); }));
    for (const auto &n : m_view->scene().graph.nodes)
        QVERIFY(n.isActor);
    m_view->setMetric(GraphMetric::Community);
    QCOMPARE(m_view->scene().metric, GraphMetric::Community);
    QImage shot = m_view->grab().toImage();
    if (qEnvironmentVariableIsSet("ENTENTE_GRAPH_PNG_DIR"))
        shot.save(qEnvironmentVariable("ENTENTE_GRAPH_PNG_DIR") + QStringLiteral("/graphview.png"));
}

void TestGraphView::readsAFileOffTheGuiThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.entente"));
    {
        auto opened = Store::open(path, { .create = true });
        QVERIFY2(opened.store, qPrintable(opened.error));
        SampleDataset::write(*opened.store);
    }
    auto opened = Store::open(path, {});
    QVERIFY(opened.store);
    const int expected = ActorGraph::build(*opened.store, {}, ActorGraph::Mode::Bipartite).nodeCount();
    Document document(std::move(opened.store));
    Selection selection;
    GraphView view(&document, &selection);
    // Nothing was read on this thread: the view starts empty and the worker fills it.
    QCOMPARE(view.scene().graph.nodeCount(), 0);
    QSignalSpy finished(&view, &GraphView::layoutFinished);
    // The work runs in Entente's own pool: Qt's painting waits on the global pool's threads,
    // so a long layout there would hold every repaint of the window.
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(view.scene().graph.nodeCount(), expected);
    QCOMPARE(view.scene().positions.size(), view.scene().graph.nodes.size());
    QCOMPARE(view.scene().metrics.degree.size(), view.scene().graph.nodes.size());
}

void TestGraphView::metricsModel()
{
    GraphMetricsModel *model = m_view->metricsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), m_view->scene().graph.nodeCount());
    QCOMPARE(model->columnCount(), int(GraphMetricsModel::ColumnCount));
    const int row = 0;
    QCOMPARE(model->index(row, GraphMetricsModel::Name).data().toString(), m_view->scene().graph.nodes.at(row).label);
    QCOMPARE(model->index(row, GraphMetricsModel::Degree).data().toDouble(), m_view->scene().metrics.degree.at(row));
    QVERIFY(relayout([this] { m_view->setMode(ActorGraph::Mode::Actors); })); // a reset under the tester
    QCOMPARE(model->rowCount(), m_view->scene().graph.nodeCount());
}

void TestGraphView::selectionBothWays()
{
    const ActorGraph &graph = m_view->scene().graph;
    const int putin = [&] {
        for (int i = 0; i < graph.nodeCount(); ++i) {
            if (graph.nodes.at(i).label.contains(QLatin1String("Putin")))
                return i;
        }
        return -1;
    }();
    QVERIFY(putin >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->canvas()->isAnimating(), 10000); // the arrival animation
    QTest::mouseClick(m_view->canvas(), Qt::LeftButton, {}, nodePoint(putin));
    QCOMPARE(m_selection->actor(), std::optional(graph.nodes.at(putin).id));
    QCOMPARE(m_view->scene().selected, putin);
    // Selected elsewhere: followed here.
    int event = 0;
    while (graph.nodes.at(event).isActor)
        ++event;
    m_selection->setEvent(graph.nodes.at(event).id);
    m_selection->setActor(std::nullopt);
    QCOMPARE(m_view->scene().selected, event);
}

void TestGraphView::focusAndFind()
{
    QVERIFY(m_view->find(QStringLiteral("zelensky")));
    const int zelensky = m_view->scene().selected;
    QVERIFY(m_view->scene().graph.nodes.at(zelensky).label.contains(QLatin1String("Zelensky")));
    QVERIFY(!m_view->find(QStringLiteral("no such node anywhere")));
    m_view->focusOn(zelensky);
    const int oneStep = m_view->scene().visibleCount();
    QVERIFY(oneStep > 1 && oneStep < m_view->scene().graph.nodeCount());
    m_view->setFocusSteps(2);
    QVERIFY(m_view->scene().visibleCount() > oneStep);
    m_view->focusOn(-1);
    QCOMPARE(m_view->scene().visibleCount(), m_view->scene().graph.nodeCount());
}

void TestGraphView::dragPinsUndoably()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->canvas()->isAnimating(), 10000);
    GraphCanvas *canvas = m_view->canvas();
    const int node = 0;
    const QPoint from = nodePoint(node);
    const QPoint to = from + QPoint(60, 40);
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), canvas->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    const QString key = m_view->scene().graph.nodes.at(node).key();
    const NodePositions saved = NodePositions::load(m_doc->store());
    QVERIFY(saved.pinned.contains(key));
    QCOMPARE(saved.positions.value(key), canvas->view().inverted().map(QPointF(to)));
    QVERIFY(m_view->scene().pinned.contains(node));
    // A relayout keeps it there.
    QVERIFY(relayout([this] { m_view->setTimeWindow(0, std::numeric_limits<qint64>::max() / 2); }));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->canvas()->isAnimating(), 10000);
    const int again = m_view->scene().graph.indexOf(key);
    QCOMPARE(m_view->scene().positions.at(again), saved.positions.value(key));
    m_doc->undoStack()->undo();
    QVERIFY(!NodePositions::load(m_doc->store()).pinned.contains(key));
}

void TestGraphView::timeWindowAndSlider()
{
    const int all = m_view->scene().graph.nodeCount();
    const auto span = m_doc->store().span();
    QVERIFY(span);
    QVERIFY(relayout([&] { m_view->setTimeWindow(span->first.startSeconds(), span->first.endSeconds()); }));
    QVERIFY(m_view->scene().graph.nodeCount() < all);
    QVERIFY(m_view->scene().graph.nodeCount() > 0);
}

void TestGraphView::exportFromTheWindow()
{
    // The export button's path: the graph as shown (here focused on one actor), with a title,
    // the legend and a credit line, through the same renderer as the command line.
    QVERIFY(m_view->findChild<QToolButton *>(QStringLiteral("graphExportButton")));
    QVERIFY(m_view->find(QStringLiteral("Fidan")));
    m_view->focusOn(m_view->scene().selected);
    QTemporaryDir dir;
    GraphExportDialog::Spec spec;
    spec.path = dir.filePath(QStringLiteral("graph.png"));
    spec.size = QSize(1200, 700);
    spec.scale = 2;
    spec.publication.title = QStringLiteral("Fidan's neighbourhood");
    spec.publication.credit = QStringLiteral("Source: sample");
    QCOMPARE(m_view->exportImage(spec), QString());
    const QImage image(spec.path);
    QCOMPARE(image.size(), QSize(2400, 1400));
    int dark = 0; // the headline, top left
    for (int y = 0; y < 130; ++y) {
        for (int x = 0; x < 600; ++x)
            dark += qGray(image.pixel(x, y)) < 90 ? 1 : 0;
    }
    QVERIFY2(dark > 400, qPrintable(QString::number(dark)));
    spec.path = dir.filePath(QStringLiteral("graph.svg"));
    QCOMPARE(m_view->exportImage(spec), QString());
    QFile svg(spec.path);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("Fidan"));
    QVERIFY(text.contains("Source: sample"));
    // Only the focused neighbourhood is drawn: someone far from Fidan is not.
    QVERIFY(!text.contains("Donald Trump"));
    spec.path = dir.filePath(QStringLiteral("graph.bmpx"));
    QVERIFY(!m_view->exportImage(spec).isEmpty());
    // The dialog behind the button: its fields become the spec.
    GraphExportDialog dialog(QStringLiteral("Istanbul talks"));
    const GraphExportDialog::Spec asked = dialog.spec();
    QCOMPARE(asked.publication.title, QStringLiteral("Istanbul talks"));
    QVERIFY(asked.publication.legend);
    // Left empty, the source line names the sources of the events shown, not the software.
    QVERIFY(asked.publication.credit.isEmpty());
    QCOMPARE(asked.size, QSize(1920, 1080));
    if (qEnvironmentVariableIsSet("ENTENTE_GRAPH_PNG_DIR")) {
        image.save(qEnvironmentVariable("ENTENTE_GRAPH_PNG_DIR") + QStringLiteral("/window-export.png"));
        dialog.grab().save(qEnvironmentVariable("ENTENTE_GRAPH_PNG_DIR") + QStringLiteral("/export-dialog.png"));
    }
}

void TestGraphView::doubleClickFocusesAndTypingFinds()
{
    // Typed into the find box, then Return: the node is selected everywhere and centred.
    QLineEdit *findEdit = nullptr;
    for (QLineEdit *e : m_view->findChildren<QLineEdit *>()) {
        if (e->placeholderText() == GraphView::tr("Find a node…"))
            findEdit = e;
    }
    if (!findEdit)
        QFAIL("the graph has a find box");
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->canvas()->isAnimating(), 10000); // the arrival animation
    findEdit->setFocus();
    QTest::keyClicks(findEdit, QStringLiteral("fidan"));
    QTest::keyClick(findEdit, Qt::Key_Return);
    const int fidan = m_view->scene().selected;
    QVERIFY(fidan >= 0);
    QVERIFY(m_view->scene().graph.nodes.at(fidan).label.contains(QLatin1String("Fidan")));
    QCOMPARE(m_selection->actor(), std::optional(m_view->scene().graph.nodes.at(fidan).id));
    GraphCanvas *canvas = m_view->canvas();
    QVERIFY(QLineF(nodePoint(fidan), QPointF(canvas->rect().center())).length() < 3);

    // A double-click on it shows its neighbourhood, one step out; Esc shows all again.
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, nodePoint(fidan));
    const ActorGraph &graph = m_view->scene().graph;
    const QList<int> near = graph.neighbourhood(fidan, 1);
    QCOMPARE(m_view->scene().visibleCount(), static_cast<int>(near.size()));
    for (int i = 0; i < graph.nodeCount(); ++i)
        QCOMPARE(m_view->scene().isVisible(i), near.contains(i));
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_view->scene().visibleCount(), graph.nodeCount());
}

// More events in view than a bipartite graph can show: the actors stand in, and a notice says
// why; under the limit again, the events come back and the notice goes.
void TestGraphView::tooManyEventsShowActorsAndSaySo()
{
    auto *notice = m_view->findChild<QLabel *>(QStringLiteral("graphNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isHidden());
    const qint64 events = m_doc->store().countEvents({});
    QVERIFY(relayout([this] { m_view->setEventLimit(10); }));
    QCOMPARE(m_view->scene().graph.mode, ActorGraph::Mode::Actors);
    QVERIFY(m_view->scene().graph.foldedEvents > 10);
    for (const auto &n : m_view->scene().graph.nodes)
        QVERIFY(n.isActor);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("More than 10 event")), qPrintable(notice->text()));
    QVERIFY(relayout([this, events] { m_view->setEventLimit(events); }));
    QCOMPARE(m_view->scene().graph.mode, ActorGraph::Mode::Bipartite);
    QVERIFY(notice->isHidden());
}

// Behind another tab of a shown window (a dock tabbed away) the view lays nothing out, so the
// views in sight get the machine; shown, it catches up.
void TestGraphView::tuckedAwayWaitsUntilShown()
{
    QTabWidget tabs;
    tabs.addTab(new QLabel(QStringLiteral("In front")), QStringLiteral("Front"));
    tabs.resize(1000, 700);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    // Made in the shown window, as the main window makes it in its tabbed dock.
    auto *view = new GraphView(m_doc.get(), m_selection.get(), &tabs);
    QSignalSpy finished(view, &GraphView::layoutFinished);
    tabs.addTab(view, QStringLiteral("Graph"));
    view->setMode(ActorGraph::Mode::Actors);
    QTest::qWait(50);
    QVERIFY(!view->isBusy());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(view->scene().graph.nodeCount(), 0);
    tabs.setCurrentWidget(view);
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QVERIFY(view->scene().graph.nodeCount() > 0);
    for (const auto &n : view->scene().graph.nodes)
        QVERIFY(n.isActor);
}

// The canvas turns dark with the window, labels in light text, and back.
void TestGraphView::followsTheWindowTheme()
{
    QVERIFY(waitForLayout());
    const auto countNear = [](const QImage &image, const QColor &colour) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                        + std::abs(c.blue() - colour.blue())
                    < 24;
            }
        }
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->canvas()->isAnimating(), 10000);
    for (const bool dark : { true, false, true }) {
        m_view->setDark(dark);
        const GraphRenderer::Style style = dark ? GraphRenderer::Style::dark() : GraphRenderer::Style::light();
        QCOMPARE(m_view->canvas()->renderer().style().background, style.background);
        const QImage shot = m_view->canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (qEnvironmentVariableIsSet("ENTENTE_GRAPH_PNG_DIR"))
            shot.save(qEnvironmentVariable("ENTENTE_GRAPH_PNG_DIR") + QStringLiteral("/graphview-")
                      + (dark ? QStringLiteral("dark") : QStringLiteral("light")) + QStringLiteral(".png"));
        QCOMPARE(shot.pixelColor(2, shot.height() - 3), style.background);
        // Most of it is background, and the labels are drawn in the style's text colour.
        QVERIFY(countNear(shot, style.background) > shot.width() * shot.height() / 2);
        QVERIFY(countNear(shot, style.text) > 200);
    }
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
