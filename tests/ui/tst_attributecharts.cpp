// The time chart stacked by an event attribute: GDELT's QuadClass, Goldstein score (in ranges) and
// CAMEO root, UCDP's deaths (in ranges), from hand-written files; the chart built and painted.
#include "charts/activitychart.h"
#include "charts/attributegroups.h"
#include "charts/chartqueries.h"
#include "charts/chartrenderer.h"
#include "charts/chartstyle.h"
#include "io/importer.h"
#include "store/store.h"

#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QPainter>
#include <QStackedBarSeries>
#include <QTest>

using namespace entente;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name);
}

std::unique_ptr<Store> imported(const char *file)
{
    auto store = Store::createInMemory();
    ImportProgress progress;
    const ImportResult r = importFile(data(file), *store, {}, progress);
    if (!r.ok)
        qFatal("%s", qPrintable(r.error));
    return store;
}

// Each series' name with its total, in the chart's order.
QStringList totals(const ActivityData &d)
{
    QStringList out;
    for (const ActivityData::Series &s : d.series)
        out.append(s.name + QStringLiteral(": ") + QString::number(s.total));
    return out;
}

QList<QBarSet *> barSets(QChart *chart)
{
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    return series ? series->barSets() : QList<QBarSet *>();
}

} // namespace

class TestAttributeCharts : public QObject
{
    Q_OBJECT

private slots:
    void groups()
    {
        QCOMPARE(AttributeGroups::group(StackBy::QuadClass, QStringLiteral("3")).label,
                 QStringLiteral("3 verbal conflict"));
        QCOMPARE(AttributeGroups::group(StackBy::Goldstein, QStringLiteral("-5")).label, QStringLiteral("−5 to 0"));
        QCOMPARE(AttributeGroups::group(StackBy::Goldstein, QStringLiteral("-5.1")).label, QStringLiteral("−10 to −5"));
        QCOMPARE(AttributeGroups::group(StackBy::Goldstein, QStringLiteral("0")).label, QStringLiteral("0"));
        QCOMPARE(AttributeGroups::group(StackBy::CameoRoot, QStringLiteral("0871")).label.left(3),
                 QStringLiteral("08 "));
        QCOMPARE(AttributeGroups::group(StackBy::Deaths, QStringLiteral("12")).label, QStringLiteral("10–99 deaths"));
        QCOMPARE(AttributeGroups::group(StackBy::Deaths, QString()).order, AttributeGroups::kNoValue);
        QCOMPARE(AttributeGroups::group(StackBy::QuadClass, QStringLiteral("x")).label, QStringLiteral("other"));
    }

    // The hand-written GDELT file: QuadClass 1 five times, 2, 3 and 4 once each; Goldstein 2.8,
    // 7, 7, 9, 4, -5, 8, -10; CAMEO roots 04 (three), 08, 03, 12, 05, 19.
    void gdelt()
    {
        const auto store = imported("gdelt-v2.export.CSV");
        const ActivityData quad = ChartQueries::activity(*store, {}, StackBy::QuadClass, TimeUnit::Day);
        QCOMPARE(totals(quad),
                 QStringList({ QStringLiteral("1 verbal cooperation: 5"), QStringLiteral("2 material cooperation: 1"),
                               QStringLiteral("3 verbal conflict: 1"), QStringLiteral("4 material conflict: 1") }));
        // One bar a day: 29 March holds the first three (all verbal cooperation).
        QCOMPARE(quad.series.at(0).counts.at(0), 3);

        const ActivityData goldstein = ChartQueries::activity(*store, {}, StackBy::Goldstein, TimeUnit::Day);
        QCOMPARE(totals(goldstein),
                 QStringList({ QStringLiteral("−10 to −5: 1"), QStringLiteral("−5 to 0: 1"),
                               QStringLiteral("0 to 5: 2"), QStringLiteral("5 to 10: 4") }));

        // Six roots, in the codebook's order; with room for three series, the biggest (04) and
        // the first two of the ties by name (03, 05) are kept, the rest fall into "Other".
        const ActivityData roots = ChartQueries::activity(*store, {}, StackBy::CameoRoot, TimeUnit::Day);
        QCOMPARE(roots.series.size(), 6);
        QCOMPARE(roots.series.at(1).name, QStringLiteral("04 Consult"));
        QCOMPARE(roots.series.at(1).total, 3);
        const ActivityData three = ChartQueries::activity(*store, {}, StackBy::CameoRoot, TimeUnit::Day, 3);
        QCOMPARE(totals(three),
                 QStringList({ QStringLiteral("03 Express intent to cooperate: 1"), QStringLiteral("04 Consult: 3"),
                               QStringLiteral("05 Engage in diplomatic cooperation: 1"), QStringLiteral("Other: 3") }));

        // The chart: one bar set per group, named as the legend shows it, painted.
        const ActivityChart builder(quad, ChartStyle(), QSizeF(800, 450));
        const auto chart = builder.create();
        QVERIFY2(chart->title().contains(QStringLiteral("QuadClass")), qPrintable(chart->title()));
        const QList<QBarSet *> sets = barSets(chart.get());
        QCOMPARE(sets.size(), 4);
        QCOMPARE(sets.at(3)->label(), QStringLiteral("4 material conflict"));
        QCOMPARE(sets.at(0)->sum(), 5.0);
        QImage image(800, 450, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderChart(chart.get(), &painter, QRectF(0, 0, 800, 450));
        painter.end();
        const QColor first = sets.at(0)->color();
        qsizetype painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                painted += image.pixelColor(x, y) == first ? 1 : 0;
        }
        QVERIFY2(painted > 500, qPrintable(QString::number(painted)));
    }

    // UCDP's best estimate of deaths, in ranges; a filter applies as to every chart.
    void ucdpDeaths()
    {
        const auto store = imported("ucdp-ged.csv");
        const ActivityData deaths = ChartQueries::activity(*store, {}, StackBy::Deaths);
        QVERIFY(!deaths.series.isEmpty());
        qint64 all = 0;
        for (const ActivityData::Series &s : deaths.series) {
            QVERIFY2(s.name.endsWith(QStringLiteral("deaths")) || s.name.endsWith(QStringLiteral("more")),
                     qPrintable(s.name));
            all += s.total;
        }
        QCOMPARE(all, store->countEvents({}));
        // Groups in their own order, not by size.
        for (qsizetype i = 1; i < deaths.series.size(); ++i)
            QVERIFY(deaths.series.at(i - 1).group < deaths.series.at(i).group);
    }

    // A file without attributes: every event in "(none)".
    void noAttributes()
    {
        const auto store = imported("gdelt-v2.export.CSV");
        const ActivityData deaths = ChartQueries::activity(*store, {}, StackBy::Deaths);
        QCOMPARE(totals(deaths), QStringList({ QStringLiteral("(none): 8") }));
    }
};

QTEST_MAIN(TestAttributeCharts)
#include "tst_attributecharts.moc"
