#include "chartrenderer.h"

#include "activitychart.h"
#include "actorschart.h"
#include "charts/chartqueries.h"
#include "statuschart.h"
#include "store/store.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

#include <cmath>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::ChartRenderer", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Sets every text of `chart` at `pixels`: a picture's type follows its size, not the screen's.
void scaleChartType(QChart *chart, double pixels)
{
    const int px = static_cast<int>(std::ceil(pixels));
    auto sized = [px](QFont font) {
        font.setPixelSize(px);
        return font;
    };
    chart->legend()->setFont(sized(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(sized(axis->labelsFont()));
        axis->setTitleFont(sized(axis->titleFont()));
    }
    // The counts on the bars too: the screen's 9 points are a speck on a slide.
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(sized(set->labelFont()));
        }
    }
}

} // namespace

QStringList chartNames()
{
    return { QStringLiteral("activity"), QStringLiteral("actors"), QStringLiteral("status") };
}

bool isChartName(const QString &name)
{
    return chartNames().contains(name);
}

std::unique_ptr<QChart> createChart(const Store &store, const EventFilter &filter, const ChartRequest &request,
                                    QString *error)
{
    if (request.name == QLatin1String("activity"))
        return ActivityChart(ChartQueries::activity(store, filter, request.stackBy), request.style, request.size)
            .create();
    if (request.name == QLatin1String("actors"))
        return ActorsChart(ChartQueries::actors(store, filter), request.style, request.size).create();
    if (request.name == QLatin1String("status"))
        return StatusChart(ChartQueries::statuses(store, filter), request.style).create();
    setError(error,
             tr("Unknown chart \"%1\": the charts are %2.").arg(request.name, chartNames().join(QStringLiteral(", "))));
    return nullptr;
}

void renderChart(QChart *chart, QPainter *painter, const QRectF &target)
{
    // A chart is a QGraphicsWidget: it lays itself out and paints only inside a scene.
    std::unique_ptr<QGraphicsScene> ownScene;
    QGraphicsScene *scene = chart->scene();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
        scene = ownScene.get();
    }
    chart->setPos(0, 0);
    chart->resize(target.size());
    // Layout normally waits for the event loop; settle it now so axes and labels are placed.
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    if (chart->layout())
        chart->layout()->activate();
    const QRectF source(QPointF(0, 0), target.size());
    scene->setSceneRect(source);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene->render(painter, target, source, Qt::IgnoreAspectRatio);
    painter->restore();
    if (ownScene)
        ownScene->removeItem(chart); // the chart stays the caller's
}

QString writeChartPicture(QChart *chart, const PictureSpec &spec, const ChartStyle &style, const QString &sourceLine)
{
    Publication publication = spec.publication;
    if (publication.title.isEmpty())
        publication.title = chart->title();
    PictureSpec framed = spec;
    framed.publication = publication;
    const bool dark = style.theme() == ChartStyle::Theme::Dark;
    PublicationFrame::Colours colours = dark ? PublicationFrame::Colours::dark() : PublicationFrame::Colours::light();
    colours.text = style.textColour();
    // The frame has the headline; the chart keeps its own for the window.
    const QString ownTitle = chart->title();
    const bool legendShown = chart->legend()->isVisible();
    const QLocale ownLocale = chart->locale();
    chart->setLocale(publication.locale); // the picture's language writes its numbers
    const QBrush background = chart->backgroundBrush();
    chart->setTitle(QString());
    // One background from edge to edge: the theme's gradient would box the chart in.
    chart->setBackgroundBrush(colours.background);
    if (!publication.legend)
        chart->legend()->setVisible(false);
    const QString error = writePublishedPicture(
        framed, sourceLine, colours, [&](QPainter &painter, const QRectF &view, const PublicationFrame &frame) {
            scaleChartType(chart, PublicationFrame::labelPixels(frame.bounds().height()));
            renderChart(chart, &painter, view);
        });
    chart->setTitle(ownTitle);
    chart->setLocale(ownLocale);
    chart->setBackgroundBrush(background);
    chart->legend()->setVisible(legendShown);
    return error;
}

bool exportChart(QChart *chart, const QString &path, QSize size, QString *error)
{
    PictureSpec spec;
    spec.path = path;
    spec.size = size;
    const ChartStyle style(chart->theme() == QChart::ChartThemeDark ? ChartStyle::Theme::Dark
                                                                    : ChartStyle::Theme::Light);
    const QString message = writeChartPicture(chart, spec, style, QString());
    setError(error, message);
    return message.isEmpty();
}

std::optional<StackBy> stackByFromKey(const QString &key)
{
    static const std::pair<const char *, StackBy> kKeys[]
        = { { "kind", StackBy::Kind },           { "actor", StackBy::Actor },     { "quadclass", StackBy::QuadClass },
            { "goldstein", StackBy::Goldstein }, { "cameo", StackBy::CameoRoot }, { "deaths", StackBy::Deaths } };
    for (const auto &[name, by] : kKeys) {
        if (key == QLatin1String(name))
            return by;
    }
    return std::nullopt;
}

bool renderChartToFile(Store &store, const EventFilter &filter, const QString &chartName, const PictureSpec &spec,
                       QString *error, StackBy stackBy)
{
    if (QString sizeError = PictureWriter::checkSize(spec.path, spec.size, spec.scale); !sizeError.isEmpty()) {
        setError(error, sizeError);
        return false;
    }
    ChartRequest request;
    request.name = chartName;
    request.stackBy = stackBy;
    request.style = ChartStyle(spec.publication.dark ? ChartStyle::Theme::Dark : ChartStyle::Theme::Light);
    request.size = QSizeF(spec.size);
    try {
        const std::unique_ptr<QChart> chart = createChart(store, filter, request, error);
        if (!chart)
            return false;
        const QString sourceLine = Publication::sourceLine(store.publishers(filter), spec.publication.locale);
        const QString message = writeChartPicture(chart.get(), spec, request.style, sourceLine);
        setError(error, message);
        return message.isEmpty();
    } catch (const std::exception &) {
        // SQLite refusing a query (a damaged file): one sentence, not a crash.
        setError(error, tr("Could not read the events of %1: the file may be damaged.").arg(store.path()));
        return false;
    }
}

bool renderChartToFile(Store &store, const EventFilter &filter, const QString &chartName, const QString &outPath,
                       QSize size, const QString &theme, QString *error)
{
    const std::optional<ChartStyle> style = ChartStyle::fromName(theme.isEmpty() ? QStringLiteral("light") : theme);
    if (!style) {
        setError(error, tr("Unknown theme \"%1\": use light or dark.").arg(theme));
        return false;
    }
    PictureSpec spec;
    spec.path = outPath;
    spec.size = size;
    spec.publication.dark = style->theme() == ChartStyle::Theme::Dark;
    return renderChartToFile(store, filter, chartName, spec, error);
}

} // namespace entente
