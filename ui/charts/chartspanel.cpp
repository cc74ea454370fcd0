#include "chartspanel.h"

#include "activitychart.h"
#include "actorschart.h"
#include "chartrenderer.h"
#include "charts/attributegroups.h"
#include "charts/chartqueries.h"
#include "chartview.h"
#include "document.h"
#include "publish/pictureexportdialog.h"
#include "selection.h"
#include "statuschart.h"
#include "store/store.h"
#include "tuckedaway.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace entente {

ChartsPanel::ChartsPanel(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_style(ChartStyle::fromApplicationPalette())
    , m_chooser(new QComboBox(this))
    , m_stackChooser(new QComboBox(this))
    , m_stackLabel(new QLabel(tr("Stack by:"), this))
    , m_exportButton(new QToolButton(this))
    , m_caption(new QLabel(this))
    , m_view(new ChartView(this))
    , m_refreshTimer(new QTimer(this))
    , m_rebuildTimer(new QTimer(this))
{
    m_chooser->addItem(tr("Events over time"), QStringLiteral("activity"));
    m_chooser->addItem(tr("Actor activity"), QStringLiteral("actors"));
    m_chooser->addItem(tr("Claim status"), QStringLiteral("status"));
    m_chooser->setAccessibleName(tr("Chart"));
    m_stackChooser->setAccessibleName(tr("Stack by"));
    m_view->setAccessibleName(tr("Chart drawing"));
    m_view->setMinimumSize(kSmallestChart);
    m_stackChooser->addItem(tr("Kind"), static_cast<int>(StackBy::Kind));
    m_stackChooser->addItem(tr("Actor"), static_cast<int>(StackBy::Actor));
    // What an event dataset says of its events (GDELT, UCDP): groups of an attribute's values.
    for (const StackBy by : AttributeGroups::all())
        m_stackChooser->addItem(AttributeGroups::name(by), static_cast<int>(by));
    // The datasets' longer names ("Goldstein scale") must not widen the smallest panel: the
    // chooser is as wide as its short names, and its list shows the long ones whole.
    m_stackChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stackChooser->setMinimumContentsLength(4); // with the room Qt keeps for an icon: "Actor"
    m_stackLabel->setBuddy(m_stackChooser);
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save this chart as PNG, SVG or PDF"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_chooser);
    bar->addSpacing(6);
    bar->addWidget(m_stackLabel);
    bar->addWidget(m_stackChooser);
    bar->addSpacing(6);
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    // It shows only when it fits (see rebuild()); it never widens the panel.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_caption->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_caption, 1);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    bar->setContentsMargins(6, 4, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // Bursts of changes (typing in the search box, an import's announcements) cost one query.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChartsPanel::refresh);
    // Labels and bars are fitted to the size, so a resize rebuilds the chart (not the query)
    // once the user stops dragging the splitter.
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(150);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ChartsPanel::rebuild);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &ChartsPanel::scheduleRefresh);
    connect(m_stackChooser, &QComboBox::currentIndexChanged, this, &ChartsPanel::scheduleRefresh);
    connect(m_exportButton, &QToolButton::clicked, this, &ChartsPanel::chooseExportFile);
    connect(m_selection, &Selection::filterChanged, this, &ChartsPanel::scheduleRefresh);
    connect(m_document, &Document::changed, this, &ChartsPanel::scheduleRefresh);
    connect(m_view, &ChartView::rangeSelected, this, &ChartsPanel::onRangeSelected);
    connect(m_view, &ChartView::plotClicked, this, [this](qreal x) {
        if (const qsizetype bucket = bucketAtValue(x); bucket >= 0)
            activateBucket(bucket);
    });
    refresh();
}

ChartsPanel::~ChartsPanel()
{
    delete m_view->chart();
}

QString ChartsPanel::chartName() const
{
    return m_chooser->currentData().toString();
}

void ChartsPanel::setChartName(const QString &name)
{
    if (const int i = m_chooser->findData(name); i >= 0)
        m_chooser->setCurrentIndex(i);
}

StackBy ChartsPanel::stackBy() const
{
    return static_cast<StackBy>(m_stackChooser->currentData().toInt());
}

void ChartsPanel::setStackBy(StackBy stackBy)
{
    m_stackChooser->setCurrentIndex(m_stackChooser->findData(static_cast<int>(stackBy)));
}

void ChartsPanel::setStyle(const ChartStyle &style)
{
    m_style = style;
    scheduleRefresh();
}

QChart *ChartsPanel::chart() const
{
    return m_view->chart();
}

void ChartsPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

namespace {

struct ChartAnswer
{
    ActivityData activity;
    ActorsData actors;
    QList<StatusCount> statuses;
    QString error;
};

ChartAnswer compute(const Store &store, const QString &name, const EventFilter &filter, StackBy stackBy)
{
    ChartAnswer answer;
    try {
        if (name == QLatin1String("activity"))
            answer.activity = ChartQueries::activity(store, filter, stackBy);
        else if (name == QLatin1String("actors"))
            answer.actors = ChartQueries::actors(store, filter);
        else
            answer.statuses = ChartQueries::statuses(store, filter);
    } catch (const std::exception &e) {
        answer.error = QString::fromUtf8(e.what());
    }
    return answer;
}

} // namespace

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChartsPanel::refresh()
{
    m_refreshTimer->stop();
    if (isTuckedAway(this)) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QString name = chartName();
    const bool activity = name == QLatin1String("activity");
    m_stackLabel->setEnabled(activity);
    m_stackChooser->setEnabled(activity);
    m_view->setRangeSelection(activity);
    const EventFilter filter = m_selection->filter();
    const StackBy stack = stackBy();
    const quint64 generation = ++m_generation;
    auto apply = [this, name, generation](const ChartAnswer &answer) {
        if (generation != m_generation || name != chartName())
            return; // overtaken by a newer request
        if (!answer.error.isEmpty()) {
            m_document->reportError(tr("Could not compute the chart: %1").arg(answer.error));
            return;
        }
        if (name == QLatin1String("activity"))
            m_activity = answer.activity;
        else if (name == QLatin1String("actors"))
            m_actors = answer.actors;
        else
            m_statuses = answer.statuses;
        rebuild();
        emit chartUpdated();
    };
    // Through the document's read queue: a worker with a read-only connection of its own (every
    // edit is a committed transaction, so it sees what the window shows), or here for a file in
    // memory.
    QFuture<ChartAnswer> answer = m_document->read(
        [name, filter, stack](Store &store, const CancelToken &) { return compute(store, name, filter, stack); });
    auto take = [](QFuture<ChartAnswer> &future) {
        try {
            future.waitForFinished();
            return future.result();
        } catch (const std::exception &e) {
            ChartAnswer failed;
            failed.error = Store::causeSentence(e); // in words, never SQLite's own text
            return failed;
        }
    };
    if (answer.isFinished()) {
        apply(take(answer));
        return;
    }
    ++m_pending;
    auto *watcher = new QFutureWatcher<ChartAnswer>(this);
    connect(watcher, &QFutureWatcher<ChartAnswer>::finished, this, [this, watcher, apply, take] {
        --m_pending;
        QFuture<ChartAnswer> done = watcher->future();
        apply(take(done));
        watcher->deleteLater();
    });
    watcher->setFuture(answer);
}

void ChartsPanel::rebuild()
{
    m_rebuildTimer->stop();
    const QSizeF size = m_view->size();
    m_caption->clear();
    m_view->setToolTip(QString());
    if (size.height() >= kTitleInBarBelow) {
        installChart(createForView(size));
        return;
    }
    // A low chart gives its title's line to the plot, so its numbers have room. The title
    // stands in the bar when it fits there; otherwise the chooser names the chart, and the
    // title is the drawing's tooltip.
    std::unique_ptr<QChart> chart = createForView(size + QSizeF(0, QFontMetricsF(m_style.titleFont()).height() + 8));
    const QString title = chart->title();
    chart->setTitle(QString());
    if (QFontMetrics(m_caption->font()).horizontalAdvance(title) <= m_caption->width())
        m_caption->setText(title);
    else
        m_view->setToolTip(title);
    installChart(std::move(chart));
}

std::unique_ptr<QChart> ChartsPanel::createForView(QSizeF size)
{
    const QString name = chartName();
    if (name == QLatin1String("activity"))
        return ActivityChart(m_activity, m_style, size).create();
    if (name == QLatin1String("actors")) {
        const ActorsChart actors(m_actors, m_style, size);
        m_barActors.clear();
        for (int i = 0; i < actors.data().actors.size(); ++i)
            m_barActors.append(actors.actorAt(i).value_or(0));
        return actors.create();
    }
    return StatusChart(m_statuses, m_style, size).create();
}

QString ChartsPanel::caption() const
{
    return m_caption->text();
}

void ChartsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_rebuildTimer->start();
}

void ChartsPanel::installChart(std::unique_ptr<QChart> chart)
{
    // The view releases, but does not delete, the chart it showed.
    QChart *old = m_view->chart();
    m_view->setChart(chart.release());
    delete old;
    connectBars();
}

void ChartsPanel::connectBars()
{
    const QString name = chartName();
    if (name == QLatin1String("activity"))
        return; // the view reports clicks and drags on the time chart itself
    for (QAbstractSeries *series : chart()->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            connect(set, &QBarSet::clicked, this, [this, name](int index) {
                if (name == QLatin1String("actors")) {
                    if (index >= 0 && index < m_barActors.size())
                        activateActor(m_barActors.at(index));
                } else if (const auto status = StatusChart(m_statuses, m_style).statusAt(index)) {
                    activateStatus(*status);
                }
            });
        }
    }
}

qsizetype ChartsPanel::bucketAtValue(qreal x) const
{
    // Category i is centred on x = i.
    const qsizetype n = m_activity.starts.size();
    if (n == 0 || x < -0.5 || x >= static_cast<qreal>(n) - 0.5)
        return -1;
    return static_cast<qsizetype>(std::lround(x));
}

void ChartsPanel::onRangeSelected(qreal fromX, qreal toX)
{
    const qsizetype n = m_activity.starts.size();
    if (n == 0)
        return;
    const auto clampIndex = [n](qreal x) { return std::clamp<qsizetype>(std::lround(x), 0, n - 1); };
    const qsizetype first = clampIndex(fromX);
    const qsizetype last = clampIndex(toX);
    emit timeWindowRequested(m_activity.starts.at(first), m_activity.ends.at(last));
}

void ChartsPanel::activateBucket(qsizetype bucket)
{
    if (bucket < 0 || bucket >= m_activity.starts.size())
        return;
    EventFilter f = m_selection->filter();
    f.from = m_activity.starts.at(bucket);
    f.to = m_activity.ends.at(bucket);
    m_selection->setFilter(f);
}

void ChartsPanel::activateActor(ActorId actor)
{
    EventFilter f = m_selection->filter();
    if (!f.actors.contains(actor))
        f.actors.append(actor);
    m_selection->setFilter(f);
    m_selection->setActor(actor);
}

void ChartsPanel::activateStatus(ClaimStatus status)
{
    EventFilter f = m_selection->filter();
    f.statuses = { status };
    m_selection->setFilter(f);
}

bool ChartsPanel::exportTo(const PictureSpec &spec, QString *error)
{
    ChartRequest request;
    request.name = chartName();
    request.stackBy = stackBy();
    request.style = m_style;
    request.size = QSizeF(spec.size);
    try {
        // A chart of its own, laid out for the export's size rather than the window's.
        const std::unique_ptr<QChart> chart = createChart(m_document->store(), m_selection->filter(), request, error);
        if (!chart)
            return false;
        const QString sourceLine = Publication::sourceLine(m_document->store().publishers(m_selection->filter()));
        const QString message = writeChartPicture(chart.get(), spec, m_style, sourceLine);
        if (error)
            *error = message;
        return message.isEmpty();
    } catch (const std::exception &) {
        if (error)
            *error = tr("Could not compute the chart: the file cannot be read.");
        return false;
    }
}

bool ChartsPanel::exportTo(const QString &path, QSize size, QString *error)
{
    PictureSpec spec;
    spec.path = path;
    spec.size = size;
    spec.publication.dark = m_style.theme() == ChartStyle::Theme::Dark;
    return exportTo(spec, error);
}

void ChartsPanel::chooseExportFile()
{
    // The chart's own title is the headline to start from.
    QString title;
    if (const QChart *chart = m_view->chart())
        title = chart->title();
    PictureExportDialog dialog(tr("Export Chart"), title, chartName() + QStringLiteral(".png"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PictureSpec spec = dialog.spec();
    spec.publication.dark = m_style.theme() == ChartStyle::Theme::Dark;
    QString error;
    if (!exportTo(spec, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace entente
