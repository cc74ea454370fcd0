#pragma once

#include "documentchange.h"
#include "graph/actorgraph.h"
#include "graph/graphmetrics.h"
#include "graphexportdialog.h"
#include "graphscene.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSlider;
class QSpinBox;
class QSplitter;
class QToolButton;

namespace entente {

class Document;
class GraphCanvas;
class GraphMetricsModel;
class GraphMetricsTable;
class Selection;

// The actor–event graph, docked beside the timeline. It shows the events of the time window it
// is given (the timeline's visible range) under the shared filter; layout and metrics run on a
// worker thread, one job at a time, with progress and cancel. A click selects through the
// shared Selection; a double-click focuses a node's neighbourhood; a drag pins a node, saved in
// the file through an undoable command.
class GraphView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    GraphView(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~GraphView() override;

    void setMode(ActorGraph::Mode mode);
    void setMetric(GraphMetric metric);
    void setTimeWindow(qint64 from, qint64 to);
    void setFocusSteps(int steps);
    // The canvas follows the window's light or dark palette (exports stay as their dialog says).
    void setDark(bool dark);
    // Above this many events in view the actors' graph stands in for the bipartite one
    // (ActorGraph::kMaxBipartiteEvents unless set).
    void setEventLimit(qint64 events);
    // Focuses the neighbourhood of `node` (an index into the scene's graph); -1 shows all.
    void focusOn(int node);
    // Finds the first node whose label contains `text`, selects it and centres it.
    bool find(const QString &text);
    // Writes the graph as shown (mode, measure, focus, time slider; no selection ring) through
    // the shared renderer, with the spec's title, legend and credit. Empty on success.
    QString exportImage(const GraphExportDialog::Spec &spec) const;
    // Asks what to export and where, then exports.
    void showExportDialog();

    ActorGraph::Mode mode() const { return m_mode; }
    GraphMetric metric() const { return m_metric; }
    // Laying out, or about to (waiting for the timeline's window to come to rest).
    bool isBusy() const { return m_watcher.isRunning() || m_windowTimer.isActive(); }
    const GraphScene &scene() const;
    GraphCanvas *canvas() const { return m_canvas; }
    GraphMetricsModel *metricsModel() const { return m_model; }
    GraphMetricsTable *metricsTable() const { return m_table; }

    // Below this width the table of measures goes under the graph instead of beside it, and
    // below kTableUnderHeight of height it is folded away (the Table button brings it back).
    static constexpr int kTableBesideWidth = 760;
    static constexpr int kTableUnderHeight = 440;

signals:
    void layoutFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Job
    {
        GraphScene scene;
        bool cancelled = false;
    };
    void rebuild();
    // A filter or window change: a layout under way is stopped at once; the next starts when the
    // timeline's window has come to rest (it animates to a new filter's span), so no layout runs
    // for a window already left.
    void scheduleRebuild();
    // Changes by id (graphviewedits.cpp): a rename relabels its node where it stands; what may
    // change the graph's nodes or edges lays it out again.
    void takeChange(const DocumentChange &change);
    bool relabel(const DocumentChange &change);
    void startJob();
    // The shared filter narrowed to the timeline's window: the events the graph is drawn from.
    EventFilter shownFilter() const;
    void jobFinished();
    // The graph of job `serial` is read: the notice says at once whether the events are folded
    // into the actors' graph, while the layout is still to run.
    void graphRead(int serial, qint64 foldedEvents);
    void showFolded(qint64 foldedEvents);
    void showProvisional(const GraphScene &scene);
    void applyVisibility();
    void followSelection();
    void nodeClicked(int node);
    void pin(int node, QPointF position);
    void togglePlay();
    // Puts the table beside the graph, under it or away, for the panel's size and the user's
    // choice (the Table button).
    void placeTable();

    Document *m_document;
    Selection *m_selection;
    ActorGraph::Mode m_mode = ActorGraph::Mode::Bipartite;
    GraphMetric m_metric = GraphMetric::Degree;
    std::optional<std::pair<qint64, qint64>> m_window;
    int m_focusNode = -1;
    int m_focusSteps = 1;
    qint64 m_eventLimit = ActorGraph::kMaxBipartiteEvents;
    qint64 m_timeFrom = 0; // the slider's range: the earliest and latest node times
    qint64 m_timeTo = 0;

    GraphCanvas *m_canvas;
    GraphMetricsModel *m_model;
    GraphMetricsTable *m_table;
    QSplitter *m_splitter;
    QToolButton *m_tableButton;
    std::optional<bool> m_tableWanted; // the user's choice; unset follows the panel's size
    std::optional<Qt::Orientation> m_placed; // where the table was last put, to size it once
    QComboBox *m_modeBox;
    QComboBox *m_metricBox;
    QLineEdit *m_findEdit;
    QSpinBox *m_stepsBox;
    QToolButton *m_playButton;
    QSlider *m_timeSlider;
    QProgressBar *m_progress;
    QLabel *m_notice; // why the graph shows actors only when events were asked for
    QTimer m_playTimer;
    // The timeline's window moves in animation frames: the graph follows where it comes to rest.
    QTimer m_windowTimer;
    int m_jobSerial = 0;

    QFutureWatcher<Job> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    // What a job on a worker may still reach of the view: nothing once it has gone. The view does
    // not wait for its job when it goes (igraph's measures of 12,000 GDELT actors held the closing
    // of a window, or of a file, 6-9 s); the job posts to it only under this lock.
    struct Link
    {
        std::mutex mutex;
        bool gone = false;
    };
    std::shared_ptr<Link> m_link = std::make_shared<Link>();
    bool m_rerun = false;
    bool m_stale = false; // a rebuild was skipped while tucked away; done when shown
};

} // namespace entente
