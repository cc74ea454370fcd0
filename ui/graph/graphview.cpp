#include "graphview.h"

#include "document.h"
#include "graph/graphlayout.h"
#include "graph/nodepositions.h"
#include "graphcanvas.h"
#include "graphexport.h"
#include "graphmetricsmodel.h"
#include "graphmetricstable.h"
#include "selection.h"
#include "store/store.h"
#include "tuckedaway.h"
#include "workerpool.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace entente {

namespace {
constexpr int kSliderSteps = 1000;
}

GraphView::GraphView(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_canvas(new GraphCanvas(this))
    , m_model(new GraphMetricsModel(this))
    , m_table(new GraphMetricsTable(m_model, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tableButton(new QToolButton(this))
    , m_modeBox(new QComboBox(this))
    , m_metricBox(new QComboBox(this))
    , m_findEdit(new QLineEdit(this))
    , m_stepsBox(new QSpinBox(this))
    , m_playButton(new QToolButton(this))
    , m_timeSlider(new QSlider(Qt::Horizontal, this))
    , m_progress(new QProgressBar(this))
    , m_notice(new QLabel(this))
{
    m_modeBox->addItem(tr("Actors and events"), static_cast<int>(ActorGraph::Mode::Bipartite));
    m_modeBox->addItem(tr("Actors only"), static_cast<int>(ActorGraph::Mode::Actors));
    for (GraphMetric m :
         { GraphMetric::Degree, GraphMetric::WeightedDegree, GraphMetric::Betweenness, GraphMetric::Community })
        m_metricBox->addItem(graphMetricLabel(m), static_cast<int>(m));
    m_findEdit->setPlaceholderText(tr("Find a node…"));
    m_findEdit->setAccessibleName(tr("Find a node"));
    m_modeBox->setAccessibleName(tr("Nodes"));
    m_metricBox->setAccessibleName(tr("Measure"));
    m_stepsBox->setAccessibleName(tr("Focus steps"));
    m_timeSlider->setAccessibleName(tr("Time"));
    m_table->setAccessibleName(tr("Graph measures"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_canvas->setAccessibleName(tr("Actor graph"));
    m_findEdit->setClearButtonEnabled(true);
    m_stepsBox->setRange(1, 2);
    m_stepsBox->setPrefix(tr("Focus steps: "));
    m_stepsBox->setToolTip(tr("Double-click a node to show its neighbourhood this many steps out; Esc shows all"));
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("graphExportButton"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Export the graph as shown to PNG, SVG or PDF, with a title, legend and credit"));
    m_playButton->setText(tr("Play"));
    m_playButton->setCheckable(true);
    m_timeSlider->setRange(0, kSliderSteps);
    m_timeSlider->setValue(kSliderSteps);
    m_timeSlider->setToolTip(tr("Show the network as it stood at this time"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setVisible(false);
    m_notice->setObjectName(QStringLiteral("graphNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(6, 2, 6, 2);
    m_notice->setVisible(false);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_modeBox);
    controls->addWidget(m_metricBox);
    controls->addWidget(m_findEdit, 1);
    controls->addWidget(m_stepsBox);
    controls->addWidget(fit);
    controls->addWidget(exportButton);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_playButton);
    timeRow->addWidget(m_timeSlider, 1);
    timeRow->addWidget(m_progress);

    m_tableButton->setObjectName(QStringLiteral("graphTableButton"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show or hide the table of measures"));
    m_tableButton->setCheckable(true);
    m_tableButton->setChecked(true);
    timeRow->addWidget(m_tableButton);
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_table);
    m_splitter->setCollapsible(0, false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(timeRow);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this] { setMode(static_cast<ActorGraph::Mode>(m_modeBox->currentData().toInt())); });
    connect(m_metricBox, &QComboBox::currentIndexChanged, this,
            [this] { setMetric(static_cast<GraphMetric>(m_metricBox->currentData().toInt())); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text()); });
    connect(m_stepsBox, &QSpinBox::valueChanged, this, &GraphView::setFocusSteps);
    connect(fit, &QToolButton::clicked, m_canvas, &GraphCanvas::fitView);
    connect(exportButton, &QToolButton::clicked, this, &GraphView::showExportDialog);
    connect(m_playButton, &QToolButton::toggled, this, &GraphView::togglePlay);
    connect(m_tableButton, &QToolButton::clicked, this, [this](bool checked) {
        m_tableWanted = checked;
        placeTable();
    });
    connect(m_timeSlider, &QSlider::valueChanged, this, &GraphView::applyVisibility);
    m_windowTimer.setSingleShot(true);
    m_windowTimer.setInterval(120);
    connect(&m_windowTimer, &QTimer::timeout, this, &GraphView::rebuild);
    m_playTimer.setInterval(40);
    connect(&m_playTimer, &QTimer::timeout, this, [this] {
        if (m_timeSlider->value() >= kSliderSteps)
            m_playButton->setChecked(false);
        else
            m_timeSlider->setValue(std::min(kSliderSteps, m_timeSlider->value() + 4));
    });
    connect(m_canvas, &GraphCanvas::nodeClicked, this, &GraphView::nodeClicked);
    connect(m_canvas, &GraphCanvas::nodeDoubleClicked, this, &GraphView::focusOn);
    connect(m_canvas, &GraphCanvas::nodeMoved, this, &GraphView::pin);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    nodeClicked(current.data(GraphMetricsModel::NodeIndexRole).toInt());
            });
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &GraphView::jobFinished);
    connect(m_selection, &Selection::actorChanged, this, &GraphView::followSelection);
    connect(m_selection, &Selection::eventChanged, this, &GraphView::followSelection);
    connect(m_selection, &Selection::filterChanged, this, &GraphView::scheduleRebuild);
    connect(m_document, &Document::changed, this, &GraphView::takeChange);
    rebuild();
}

GraphView::~GraphView()
{
    {
        const std::lock_guard lock(m_link->mutex);
        m_link->gone = true;
    }
    if (m_cancel)
        m_cancel->store(true);
    // The job runs on to its end without the view (a layout stops at its next iteration; the
    // measures do not stop), and its result goes nowhere.
    m_watcher.disconnect(this);
}

const GraphScene &GraphView::scene() const
{
    return m_canvas->scene();
}

void GraphView::setMode(ActorGraph::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(static_cast<int>(mode)));
    m_focusNode = -1;
    rebuild();
}

void GraphView::setEventLimit(qint64 events)
{
    if (events == m_eventLimit)
        return;
    m_eventLimit = events;
    rebuild();
}

void GraphView::setMetric(GraphMetric metric)
{
    m_metric = metric;
    m_metricBox->setCurrentIndex(m_metricBox->findData(static_cast<int>(metric)));
    m_table->setMetric(metric);
    GraphScene scene = m_canvas->scene();
    scene.metric = metric;
    m_canvas->setScene(scene, false);
}

void GraphView::setTimeWindow(qint64 from, qint64 to)
{
    if (m_window && m_window->first == from && m_window->second == to)
        return;
    m_window = std::pair(from, to);
    scheduleRebuild();
}

void GraphView::setDark(bool dark)
{
    m_canvas->setStyle(dark ? GraphRenderer::Style::dark() : GraphRenderer::Style::light());
}

void GraphView::setFocusSteps(int steps)
{
    m_focusSteps = std::clamp(steps, 1, 2);
    m_stepsBox->setValue(m_focusSteps);
    if (m_focusNode >= 0)
        focusOn(m_focusNode);
}

void GraphView::focusOn(int node)
{
    m_focusNode = node;
    applyVisibility();
    m_canvas->fitView();
}

bool GraphView::find(const QString &text)
{
    const QString needle = text.trimmed();
    const ActorGraph &graph = m_canvas->scene().graph;
    if (needle.isEmpty())
        return false;
    // Actors first: a name is what people type.
    for (bool actors : { true, false }) {
        for (int i = 0; i < graph.nodeCount(); ++i) {
            if (graph.nodes.at(i).isActor == actors && graph.nodes.at(i).label.contains(needle, Qt::CaseInsensitive)) {
                nodeClicked(i);
                m_canvas->centreOn(i);
                return true;
            }
        }
    }
    return false;
}

QString GraphView::exportImage(const GraphExportDialog::Spec &spec) const
{
    GraphScene scene = m_canvas->scene();
    scene.selected = -1;
    // The source line names the publishers of the events the graph is drawn from.
    const QString sourceLine = Publication::sourceLine(m_document->store().publishers(shownFilter()));
    QString error;
    if (!writeGraphImage(scene, spec, m_canvas->renderer().style(), sourceLine, &error))
        return error.isEmpty() ? tr("Cannot write %1.").arg(spec.path) : error;
    return {};
}

void GraphView::showExportDialog()
{
    GraphExportDialog dialog(m_document->title(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = exportImage(dialog.spec());
    if (!error.isEmpty())
        m_document->reportError(error);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_focusNode >= 0) {
        focusOn(-1);
        return;
    }
    QWidget::keyPressEvent(event);
}

void GraphView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeTable();
}

void GraphView::placeTable()
{
    const bool beside = width() >= kTableBesideWidth;
    const bool roomUnder = m_splitter->height() >= kTableUnderHeight;
    const bool show = m_tableWanted.value_or(beside || roomUnder);
    const Qt::Orientation orientation = beside ? Qt::Horizontal : Qt::Vertical;
    m_tableButton->setChecked(show);
    m_table->setVisible(show);
    if (!show) {
        m_placed.reset();
        return;
    }
    if (m_placed == orientation)
        return;
    // Sized once where it is put; after that the splitter is the user's.
    m_placed = orientation;
    m_splitter->setOrientation(orientation);
    const int length = beside ? width() : m_splitter->height();
    const int table = beside ? std::clamp(length * 3 / 10, 260, 460) : std::clamp(length * 38 / 100, 120, 320);
    m_splitter->setSizes({ length - table, table });
}

void GraphView::rebuild()
{
    if (isTuckedAway(this)) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_watcher.isRunning()) {
        // One igraph job at a time: stop this one and start again when it has returned.
        m_cancel->store(true);
        m_rerun = true;
        return;
    }
    startJob();
}

namespace {

// What the worker needs from the file: the graph for the filter and the positions saved in it.
struct GraphInput
{
    ActorGraph graph;
    NodePositions saved;
};

GraphInput readGraph(Store &store, const EventFilter &filter, ActorGraph::Mode mode, qint64 eventLimit,
                     const std::atomic<bool> *cancel = nullptr)
{
    return { ActorGraph::build(store, filter, mode, cancel, eventLimit), NodePositions::load(store) };
}

} // namespace

EventFilter GraphView::shownFilter() const
{
    EventFilter filter = m_selection->filter();
    if (m_window) {
        filter.from = filter.from ? std::max<std::int64_t>(*filter.from, m_window->first) : m_window->first;
        filter.to = filter.to ? std::min<std::int64_t>(*filter.to, m_window->second) : m_window->second;
    }
    return filter;
}

void GraphView::startJob()
{
    m_rerun = false;
    m_windowTimer.stop();
    const int serial = ++m_jobSerial;
    EventFilter filter = shownFilter();
    // Where the nodes are now, so a rebuild moves them as little as it can; a stand-in placement
    // is no place to keep, and is shown again for the new graph.
    QHash<QString, QPointF> shown;
    const GraphScene &current = m_canvas->scene();
    const bool showProvisional = current.graph.nodeCount() == 0 || m_canvas->isProvisional();
    for (int i = 0; !showProvisional && i < current.graph.nodeCount() && i < current.positions.size(); ++i)
        shown.insert(current.graph.nodes.at(i).key(), current.positions.at(i));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // The graph is read through the document's read queue (a worker with a connection of its own,
    // or here for a file in memory), then laid out on a worker of the pool.
    const ActorGraph::Mode mode = m_mode;
    const qint64 eventLimit = m_eventLimit;
    QFuture<GraphInput> reading = m_document->read(
        [filter, mode, eventLimit](Store &store, const CancelToken &cancel) {
            return readGraph(store, filter, mode, eventLimit, cancel.flag());
        },
        m_cancel);

    m_progress->setValue(0);
    m_progress->setVisible(true);
    QPointer<QProgressBar> bar = m_progress;
    GraphView *view = this;
    const GraphMetric metric = m_metric;
    // To the view, while it is there (see Link).
    auto post = [link = m_link, view](auto call) {
        const std::lock_guard lock(link->mutex);
        if (!link->gone)
            QMetaObject::invokeMethod(view, std::move(call), Qt::QueuedConnection);
        return !link->gone;
    };
    m_watcher.setFuture(QtConcurrent::run(
        &workerPool(),
        [graphRead = reading, shown, metric, showProvisional, cancel = m_cancel, bar, view, serial, post]() mutable {
            Job job;
            job.cancelled = true;
            std::optional<GraphInput> read;
            try {
                graphRead.waitForFinished();
                if (graphRead.resultCount() > 0)
                    read = graphRead.result();
            } catch (const std::exception &) {
                // The file would not read: nothing to lay out.
            }
            if (!read || cancel->load())
                return job;
            GraphInput *input = &*read;
            post([view, serial, folded = input->graph.foldedEvents] { view->graphRead(serial, folded); });
            GraphScene scene;
            scene.graph = std::move(input->graph);
            scene.metric = metric;
            GraphLayout::Request request;
            request.initial = input->saved.positions;
            for (auto it = shown.constBegin(); it != shown.constEnd(); ++it)
                request.initial.insert(it.key(), it.value());
            request.pinned = input->saved.pinned;
            for (int i = 0; i < scene.graph.nodeCount(); ++i) {
                if (input->saved.pinned.contains(scene.graph.nodes.at(i).key()))
                    scene.pinned.insert(i);
            }
            if (showProvisional && !cancel->load()) {
                // Something on screen at once; the real layout glides in from here when it is done.
                GraphScene provisional = scene;
                provisional.positions = GraphLayout::provisional(scene.graph, request).positions;
                // Degrees are a count away; igraph's measures come with the real layout.
                const int n = scene.graph.nodeCount();
                provisional.metrics.degree.fill(0.0, n);
                provisional.metrics.strength.fill(0.0, n);
                for (const ActorGraph::Edge &e : std::as_const(scene.graph.edges)) {
                    for (int end : { e.from, e.to }) {
                        provisional.metrics.degree[end] += 1.0;
                        provisional.metrics.strength[end] += e.weight;
                    }
                }
                // Queued to the view, so it is dropped if the view has gone.
                post([view, provisional] { view->showProvisional(provisional); });
            }
            const GraphLayout::Result layout = GraphLayout::compute(scene.graph, request, [&](double done) {
                return post([bar, done] {
                           if (bar)
                               bar->setValue(static_cast<int>(done * 100));
                       })
                    && !cancel->load();
            });
            // Nor are the measures taken for a view that has gone, or a graph asked for again.
            job.cancelled = layout.cancelled || !layout.error.isEmpty() || cancel->load();
            if (!job.cancelled) {
                scene.positions = layout.positions;
                scene.metrics = GraphMetrics::compute(scene.graph);
            }
            job.scene = std::move(scene);
            return job;
        }));
}

void GraphView::showProvisional(const GraphScene &scene)
{
    // Only while nothing real is on screen: a finished layout is never replaced by a stand-in.
    if (m_canvas->scene().graph.nodeCount() == 0 || m_canvas->isProvisional())
        m_canvas->setProvisionalScene(scene);
}

void GraphView::jobFinished()
{
    m_progress->setVisible(false);
    if (m_rerun) {
        // Stopped for a newer filter or window: the next starts once changes have stopped.
        m_rerun = false;
        m_windowTimer.start();
        return;
    }
    Job job = m_watcher.result();
    if (job.cancelled)
        return;
    m_timeFrom = m_timeTo = 0;
    for (int i = 0; i < job.scene.graph.nodeCount(); ++i) {
        const qint64 t = job.scene.graph.nodes.at(i).time;
        m_timeFrom = i == 0 ? t : std::min(m_timeFrom, t);
        m_timeTo = i == 0 ? t : std::max(m_timeTo, t);
    }
    m_focusNode = -1;
    showFolded(job.scene.graph.foldedEvents);
    m_canvas->setScene(job.scene, true);
    m_model->setGraph(job.scene.graph, job.scene.metrics);
    // Betweenness of a large graph counts short paths only (see GraphMetrics): the menu says so.
    const int betweenness = m_metricBox->findData(static_cast<int>(GraphMetric::Betweenness));
    const bool approximate = job.scene.metrics.betweennessIsApproximate();
    m_metricBox->setItemText(
        betweenness, approximate ? tr("Betweenness (approximate)") : graphMetricLabel(GraphMetric::Betweenness));
    m_metricBox->setItemData(
        betweenness,
        approximate ? tr("With over %Ln node(s) %1 are counted", nullptr, GraphMetrics::kExactBetweennessLimit)
                          .arg(tr("only paths of up to %n step(s)", nullptr, GraphMetrics::kBetweennessCutoff))
                    : tr("Who brokers: how many shortest paths pass through a node"),
        Qt::ToolTipRole);
    m_table->fitColumns();
    followSelection();
    applyVisibility();
    emit layoutFinished();
}

void GraphView::applyVisibility()
{
    const GraphScene &scene = m_canvas->scene();
    const int n = scene.graph.nodeCount();
    const double fraction = static_cast<double>(m_timeSlider->value()) / kSliderSteps;
    const auto cutoff
        = static_cast<qint64>(static_cast<double>(m_timeFrom) + fraction * static_cast<double>(m_timeTo - m_timeFrom));
    QList<bool> hidden(n, false);
    bool any = false;
    if (m_timeSlider->value() < kSliderSteps) {
        for (int i = 0; i < n; ++i) {
            hidden[i] = scene.graph.nodes.at(i).time > cutoff;
            any = any || hidden.at(i);
        }
    }
    if (m_focusNode >= 0 && m_focusNode < n) {
        QList<bool> outside(n, true);
        for (int i : scene.graph.neighbourhood(m_focusNode, m_focusSteps))
            outside[i] = false;
        for (int i = 0; i < n; ++i)
            hidden[i] = hidden.at(i) || outside.at(i);
        any = true;
    }
    m_canvas->setHidden(any ? hidden : QList<bool>());
}

void GraphView::followSelection()
{
    const ActorGraph &graph = m_canvas->scene().graph;
    int node = -1;
    if (m_selection->actor())
        node = graph.indexOf(QLatin1Char('a') + QString::number(*m_selection->actor()));
    if (node < 0 && m_selection->event())
        node = graph.indexOf(QLatin1Char('e') + QString::number(*m_selection->event()));
    m_canvas->setSelected(node);
}

void GraphView::nodeClicked(int node)
{
    const ActorGraph &graph = m_canvas->scene().graph;
    if (node < 0 || node >= graph.nodeCount()) {
        m_selection->setActor(std::nullopt);
        m_selection->setEvent(std::nullopt);
        return;
    }
    const ActorGraph::Node &n = graph.nodes.at(node);
    if (n.isActor)
        m_selection->setActor(n.id);
    else
        m_selection->setEvent(n.id);
    m_canvas->setSelected(node);
}

void GraphView::pin(int node, QPointF position)
{
    const ActorGraph &graph = m_canvas->scene().graph;
    if (node < 0 || node >= graph.nodeCount())
        return;
    m_document->push(new SetNodePositionsCommand(m_document, { { graph.nodes.at(node).key(), position } }));
}

void GraphView::togglePlay()
{
    if (m_playButton->isChecked()) {
        if (m_timeSlider->value() >= kSliderSteps)
            m_timeSlider->setValue(0);
        m_playButton->setText(tr("Pause"));
        m_playTimer.start();
    } else {
        m_playButton->setText(tr("Play"));
        m_playTimer.stop();
    }
}

} // namespace entente
