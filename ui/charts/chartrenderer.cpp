#include "chartrenderer.h"

#include "activitychart.h"
#include "actorschart.h"
#include "charts/chartqueries.h"
#include "statuschart.h"
#include "store.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

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

} // namespace

QStringList chartNames()
{
    return { QStringLiteral("activity"), QStringLiteral("actors"), QStringLiteral("status") };
}

bool isChartName(const QString &name)
{
    return chartNames().contains(name);
}

std::unique_ptr<QChart> createChart(Store &store, const EventFilter &filter, const ChartRequest &request,
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

bool exportChart(QChart *chart, const QString &path, QSize size, QString *error)
{
    if (size.isEmpty()) {
        setError(error, tr("The size %1×%2 is too small to draw a chart.").arg(size.width()).arg(size.height()));
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QRectF target(QPointF(0, 0), QSizeF(size));
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            renderChart(chart, &painter, target);
        }
        if (!image.save(path, "PNG")) {
            setError(error, tr("Could not write %1.").arg(path));
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(target);
        svg.setTitle(chart->title());
        svg.setDescription(tr("A chart exported by Entente"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            setError(error, tr("Could not write %1.").arg(path));
            return false;
        }
        renderChart(chart, &painter, target);
        painter.end();
        return true;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        // One page the size of the chart, in points: 1 px of the size is 1 pt on paper.
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(chart->title());
        pdf.setCreator(QStringLiteral("Entente"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            setError(error, tr("Could not write %1.").arg(path));
            return false;
        }
        renderChart(chart, &painter, target);
        painter.end();
        return true;
    }
    setError(error, tr("Cannot tell the format of %1: use .png, .svg or .pdf.").arg(path));
    return false;
}

bool renderChartToFile(Store &store, const EventFilter &filter, const QString &chartName, const QString &outPath,
                       QSize size, const QString &theme, QString *error)
{
    const std::optional<ChartStyle> style = ChartStyle::fromName(theme.isEmpty() ? QStringLiteral("light") : theme);
    if (!style) {
        setError(error, tr("Unknown theme \"%1\": use light or dark.").arg(theme));
        return false;
    }
    ChartRequest request;
    request.name = chartName;
    request.style = *style;
    request.size = QSizeF(size);
    try {
        const std::unique_ptr<QChart> chart = createChart(store, filter, request, error);
        if (!chart)
            return false;
        return exportChart(chart.get(), outPath, size, error);
    } catch (const std::exception &e) {
        // SQLite refusing a query (a damaged file): one sentence, not a crash.
        setError(error, tr("Could not read the events: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

} // namespace entente
