#pragma once

#include "charts/chartdata.h"
#include "chartstyle.h"
#include "eventfilter.h"
#include "publish/publishedpicture.h"

#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace entente {

class Store;

// Which chart, built how: what the panel shows and what the headless renderer is asked for.
struct ChartRequest
{
    QString name = QStringLiteral("activity"); // "activity", "actors" or "status"
    StackBy stackBy = StackBy::Kind; // for "activity"
    ChartStyle style;
    QSizeF size = QSizeF(1200, 675); // what it will be drawn at: how many labels and bars fit
};

// The names `entente render --view chart:NAME` takes.
QStringList chartNames();
bool isChartName(const QString &name);

// Builds the named chart from the store's aggregates under `filter`; null with `error` set for
// an unknown name.
std::unique_ptr<QChart> createChart(const Store &store, const EventFilter &filter, const ChartRequest &request,
                                    QString *error = nullptr);

// THE render function: lays `chart` out at `target`'s size and paints it on `painter`. The
// export to PNG, SVG and PDF and the headless command all go through here. The chart must not be
// shown in a view meanwhile (it is resized); it is left in a scene of its own, or none.
void renderChart(QChart *chart, QPainter *painter, const QRectF &target);

// Writes `chart` as a published picture (PNG, SVG or PDF by the suffix): the frame's headline
// (the publication's title, else the chart's own), description, notes and source line around
// the chart, its type scaled to the picture, its legend as the publication asks. Returns an
// empty string, or one sentence naming the file.
QString writeChartPicture(QChart *chart, const PictureSpec &spec, const ChartStyle &style, const QString &sourceLine);

// Writes `chart` to `path` at `size` with its own title as the headline and no source line.
bool exportChart(QChart *chart, const QString &path, QSize size, QString *error = nullptr);

// For `entente render DB --view chart:NAME -o OUT`: builds the chart from `store` under
// `filter` and publishes it; the source line names the publishers of the events counted.
// `stackBy`: what the activity chart's bars are stacked by.
bool renderChartToFile(Store &store, const EventFilter &filter, const QString &chartName, const PictureSpec &spec,
                       QString *error = nullptr, StackBy stackBy = StackBy::Kind);
// The keys `entente render --stack` takes: kind, actor, quadclass, goldstein, cameo, deaths.
std::optional<StackBy> stackByFromKey(const QString &key);
// The same with only a size and a theme ("light" or "dark").
bool renderChartToFile(Store &store, const EventFilter &filter, const QString &chartName, const QString &outPath,
                       QSize size, const QString &theme, QString *error = nullptr);

} // namespace entente
