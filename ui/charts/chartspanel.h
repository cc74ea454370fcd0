#pragma once

#include "publish/publishedpicture.h"

#include "chartrenderer.h"
#include "charts/chartdata.h"
#include "chartstyle.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QComboBox;
class QLabel;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

namespace entente {

class ChartView;
class Document;
class Selection;
struct DocumentChange;
struct EventFilter;

// The charts: a chooser for the three charts, "stack by kind / actor" for the time chart, the
// chart itself and its export. It follows the shared filter and the document; clicking a bar
// narrows the filter (and selects an actor), dragging across the time chart asks for a window.
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    ChartsPanel(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    // "activity", "actors" or "status".
    QString chartName() const;
    void setChartName(const QString &name);
    StackBy stackBy() const;
    void setStackBy(StackBy stackBy);
    void setStyle(const ChartStyle &style);

    // The chart on screen, rebuilt when the filter or the document changes.
    QChart *chart() const;
    ChartView *view() const { return m_view; }
    // The data behind the chart on screen.
    const ActivityData &activityData() const { return m_activity; }
    const ActorsData &actorsData() const { return m_actors; }
    const QList<StatusCount> &statusData() const { return m_statuses; }

    // Publishes the chart as it is (same filter, chart and stacking) in the picture frame `spec`
    // asks for, the source line naming the sources of the events counted; format by suffix.
    bool exportTo(const PictureSpec &spec, QString *error = nullptr);
    bool exportTo(const QString &path, QSize size, QString *error = nullptr);
    // Recomputes now instead of on the next turn of the event loop. A document in a file is
    // queried on a worker thread over a read-only connection of its own, so a large file never
    // freezes the window; the chart is replaced when the answer arrives (an answer overtaken by
    // a newer request is dropped). A document in memory is queried at once.
    void refresh();
    // True while a worker computes the chart.
    bool isBusy() const { return m_pending > 0; }

    // What clicking a bar does, callable without a mouse.
    void activateBucket(qsizetype bucket);
    void activateActor(ActorId actor);
    void activateStatus(ClaimStatus status);

signals:
    // The chart on screen was replaced with fresh data.
    void chartUpdated();
    // A drag across the time chart: the window to show, in seconds since 1970.
    void timeWindowRequested(qint64 from, qint64 to);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    // Builds the chart again from the data already queried, for the view's new size.
    void rebuild();
    void installChart(std::unique_ptr<QChart> chart);
    void connectBars();
    void onRangeSelected(qreal fromX, qreal toX);
    void chooseExportFile();
    qsizetype bucketAtValue(qreal x) const;

    Document *m_document;
    Selection *m_selection;
    ChartStyle m_style;
    QComboBox *m_chooser;
    QComboBox *m_stackChooser;
    QLabel *m_stackLabel;
    QToolButton *m_exportButton;
    ChartView *m_view;
    QTimer *m_refreshTimer;
    QTimer *m_rebuildTimer;
    ActivityData m_activity;
    ActorsData m_actors;
    quint64 m_generation = 0;
    bool m_stale = false; // a refresh was skipped while tucked away; done when shown
    int m_pending = 0;
    QList<ActorId> m_barActors; // the actor of each bar of the actors chart on screen, bottom-up
    QList<StatusCount> m_statuses;
};

} // namespace entente
