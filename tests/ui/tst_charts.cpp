// The charts: built from the sample's aggregates, painted into images, exported to PNG, SVG and
// PDF through the one render function, and the headless entry point with its refusals.
#include "charts/activitychart.h"
#include "charts/actorschart.h"
#include "charts/chartqueries.h"
#include "charts/chartrenderer.h"
#include "charts/chartstyle.h"
#include "charts/statuschart.h"
#include "sampledataset.h"
#include "store/store.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace entente;

namespace {

// Pixels close to `colour`: bars are flat fills, so their colour survives antialiasing inside.
qsizetype countPixels(const QImage &image, const QColor &colour)
{
    qsizetype n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < 12)
                ++n;
        }
    }
    return n;
}

QImage paint(QChart *chart, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QList<QBarSet *> barSets(QChart *chart)
{
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    return series ? series->barSets() : QList<QBarSet *>();
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        m_store = Store::createInMemory();
        SampleDataset::write(*m_store);
    }

    void activityChartHasTheSeriesAndBuckets()
    {
        const ActivityChart builder(ChartQueries::activity(*m_store, {}, StackBy::Kind), ChartStyle());
        const auto chart = builder.create();
        const QList<QBarSet *> sets = barSets(chart.get());
        QCOMPARE(sets.size(), 8);
        QCOMPARE(sets.first()->label(), QStringLiteral("statement"));
        QCOMPARE(sets.last()->label(), QStringLiteral("Other"));
        qreal sum = 0;
        for (QBarSet *set : sets) {
            QCOMPARE(set->count(), 14);
            for (int i = 0; i < set->count(); ++i)
                sum += set->at(i);
        }
        QCOMPARE(sum, 12.0);
        auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->count(), 14); // every quarter labelled at 1200 px
        QCOMPARE(axis->categoriesLabels().first(), QStringLiteral("Q1 2022"));
        QCOMPARE(axis->endValue(QStringLiteral("Q2 2025")), 13.0);
        QVERIFY(chart->title().contains(QStringLiteral("quarter")));
        // Bars are there, in the first series' colour.
        const QImage image = paint(chart.get(), QSize(1200, 675));
        QVERIFY2(countPixels(image, ChartStyle().seriesColour(0)) > 500, "no bars of the first series");
    }

    void labelsThinOutToFit()
    {
        ActivityData data;
        data.unit = TimeUnit::Day;
        for (int d = 1; d <= 31; ++d) {
            data.starts.append(FuzzyDate::day(2025, 5, d).startSeconds());
            data.ends.append(FuzzyDate::day(2025, 5, d).endSeconds());
        }
        const ActivityChart wide(data, ChartStyle(), QSizeF(1200, 675));
        const ActivityChart narrow(data, ChartStyle(), QSizeF(640, 360));
        QVERIFY(wide.labelStep() > 1);
        QVERIFY(narrow.labelStep() > wide.labelStep());
        // The labels written, each with the room of `step` buckets, are never wider than that room.
        for (const ActivityChart *c : { &wide, &narrow }) {
            const auto chart = c->create();
            auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
            QCOMPARE(axis->count(), (31 + c->labelStep() - 1) / c->labelStep());
            const QImage image = paint(chart.get(), c == &wide ? QSize(1200, 675) : QSize(640, 360));
            QVERIFY(!image.isNull());
        }
        QCOMPARE(ActivityChart(data, ChartStyle(), QSizeF(4000, 675)).labelStep(), 1);
    }

    void actorsFitTheHeight()
    {
        const ActorsData all = ChartQueries::actors(*m_store, {});
        const ActorsChart small(all, ChartStyle(), QSizeF(640, 360));
        QVERIFY(small.data().actors.size() < 13);
        QCOMPARE(small.data().actors.size() + small.data().otherActors, 13);
        QCOMPARE(small.data().actors.first().name, QStringLiteral("Ukraine"));
        const auto chart = small.create();
        QVERIFY(chart->title().contains(QStringLiteral("of 13")));
    }

    void actorsChartPutsTheMostActiveOnTop()
    {
        const ActorsChart builder(ChartQueries::actors(*m_store, {}), ChartStyle());
        const auto chart = builder.create();
        const QList<QBarSet *> sets = barSets(chart.get());
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first()->count(), 13);
        QCOMPARE(sets.first()->at(12), 10.0); // Ukraine, the last category: the top bar
        QCOMPARE(builder.actorAt(12), m_store->findActor(QStringLiteral("Ukraine")));
        QCOMPARE(builder.categoryLabels().last(), QStringLiteral("Ukraine"));
        const QImage image = paint(chart.get(), QSize(1200, 675));
        QVERIFY(countPixels(image, ChartStyle().seriesColour(4)) > 2000);
    }

    void longActorNamesAreShortened()
    {
        ActorsData data;
        data.actors = { { 1,
                          QStringLiteral("The Organization for Security and Co-operation in Europe Special "
                                         "Monitoring Mission"),
                          4 },
                        { 2, QStringLiteral("Russia"), 2 } };
        const QStringList labels = ActorsChart(data, ChartStyle()).categoryLabels();
        QCOMPARE(labels.first(), QStringLiteral("Russia"));
        QVERIFY(labels.last().endsWith(QChar(0x2026)));
        QVERIFY(QFontMetrics(ChartStyle().labelFont()).horizontalAdvance(labels.last()) <= ActorsChart::kMaxNameWidth);
    }

    void statusChartShowsEveryStatus()
    {
        const StatusChart builder(ChartQueries::statuses(*m_store, {}), ChartStyle());
        const auto chart = builder.create();
        const QList<QBarSet *> sets = barSets(chart.get());
        QCOMPARE(sets.size(), 5);
        QCOMPARE(sets.at(0)->label(), claimStatusLabel(ClaimStatus::Confirmed));
        QCOMPARE(sets.at(0)->at(0), 9.0);
        QCOMPARE(sets.at(1)->at(1), 2.0);
        QCOMPARE(sets.at(2)->at(2), 1.0);
        // Not by colour alone: each status has its own brush pattern.
        QSet<int> patterns;
        for (QBarSet *set : sets)
            patterns.insert(set->brush().style());
        QCOMPARE(patterns.size(), 5);
        QCOMPARE(builder.statusAt(2), ClaimStatus::Alleged);
        const QImage image = paint(chart.get(), QSize(1200, 675));
        QVERIFY(countPixels(image, ChartStyle().statusBrush(ClaimStatus::Confirmed).color()) > 2000);
    }

    void darkThemeIsDark()
    {
        const auto chart
            = StatusChart(ChartQueries::statuses(*m_store, {}), ChartStyle(ChartStyle::Theme::Dark)).create();
        const QImage image = paint(chart.get(), QSize(600, 400));
        QVERIFY(image.pixelColor(5, 5).lightness() < 100);
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("suffix");
        for (const QString &chart : chartNames()) {
            for (const char *suffix : { "png", "svg", "pdf" })
                QTest::newRow(qPrintable(chart + u'.' + QLatin1String(suffix))) << chart << QString::fromLatin1(suffix);
        }
    }

    void exportsEachFormat()
    {
        QFETCH(QString, chart);
        QFETCH(QString, suffix);
        const QString path = m_dir.filePath(chart + u'.' + suffix);
        QString error;
        QVERIFY2(renderChartToFile(*m_store, {}, chart, path, QSize(1200, 675), QStringLiteral("light"), &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (suffix == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), QSize(1200, 675));
            // Something drawn, not a blank page: a good share of pixels differ from the corner.
            const QColor corner = image.pixelColor(0, 0);
            QVERIFY(countPixels(image, corner) < image.width() * image.height() * 95 / 100);
        } else if (suffix == QLatin1String("svg")) {
            QXmlStreamReader xml(bytes);
            int shapes = 0;
            int texts = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (xml.name() == QLatin1String("rect") || xml.name() == QLatin1String("path"))
                        ++shapes;
                    if (xml.name() == QLatin1String("text"))
                        ++texts;
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(shapes > 5);
            QVERIFY(texts > 3);
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const auto m = mediaBox.match(QString::fromLatin1(bytes));
            QVERIFY(m.hasMatch());
            // 1200 × 675 layout pixels at 96 dpi, as every picture: 900 × 506 pt.
            QCOMPARE(qRound(m.captured(1).toDouble()), 900);
            QCOMPARE(qRound(m.captured(2).toDouble()), 506);
        }
    }

    void headlessFollowsTheFilter()
    {
        // Reported claims only: the status chart's image loses the confirmed bar.
        EventFilter f;
        f.statuses = { ClaimStatus::Reported };
        const QString path = m_dir.filePath(QStringLiteral("reported.png"));
        QVERIFY(renderChartToFile(*m_store, f, QStringLiteral("status"), path, QSize(800, 450), QString()));
        const QImage image(path);
        QCOMPARE(countPixels(image, ChartStyle().statusBrush(ClaimStatus::Confirmed).color()), 0);
    }

    void headlessRefusals()
    {
        QString error;
        QVERIFY(!renderChartToFile(*m_store, {}, QStringLiteral("pie"), m_dir.filePath(QStringLiteral("a.png")),
                                   QSize(800, 450), QStringLiteral("light"), &error));
        QVERIFY(error.contains(QStringLiteral("\"pie\"")));
        QVERIFY(error.contains(QStringLiteral("activity, actors, status")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("a.png"))));
        QVERIFY(!renderChartToFile(*m_store, {}, QStringLiteral("status"), m_dir.filePath(QStringLiteral("a.gif")),
                                   QSize(800, 450), QStringLiteral("light"), &error));
        QVERIFY(error.contains(QStringLiteral(".png, .svg or .pdf")));
        QVERIFY(!renderChartToFile(*m_store, {}, QStringLiteral("status"), m_dir.filePath(QStringLiteral("a.png")),
                                   QSize(800, 450), QStringLiteral("sepia"), &error));
        QVERIFY(error.contains(QStringLiteral("sepia")));
        QVERIFY(!renderChartToFile(*m_store, {}, QStringLiteral("status"),
                                   m_dir.filePath(QStringLiteral("no/such/folder/a.png")), QSize(800, 450),
                                   QStringLiteral("light"), &error));
        QVERIFY(error.contains(QStringLiteral("Cannot write")) && error.contains(QStringLiteral("no such folder")));
    }

    void emptyFilterResultStillRenders()
    {
        EventFilter f;
        f.text = QStringLiteral("nothing-matches-this");
        for (const QString &chart : chartNames()) {
            QString error;
            QVERIFY2(renderChartToFile(*m_store, f, chart, m_dir.filePath(chart + QStringLiteral("-empty.png")),
                                       QSize(640, 360), QStringLiteral("dark"), &error),
                     qPrintable(error));
        }
    }

    // Not a check: with ENTENTE_CHART_LOOK=dir, writes every chart of the sample at 1200×675 in
    // both themes, for a person to look at.
    void writeForLooking()
    {
        const QString dir = qEnvironmentVariable("ENTENTE_CHART_LOOK");
        if (dir.isEmpty())
            QSKIP("set ENTENTE_CHART_LOOK to a folder to write the charts for looking at");
        QDir().mkpath(dir);
        for (const QString &theme : { QStringLiteral("light"), QStringLiteral("dark") }) {
            for (const QString &chart : chartNames())
                QVERIFY(renderChartToFile(*m_store, {}, chart,
                                          dir + u'/' + chart + u'-' + theme + QStringLiteral(".png"), QSize(1200, 675),
                                          theme));
            ChartRequest r;
            r.stackBy = StackBy::Actor;
            r.style = *ChartStyle::fromName(theme);
            const auto chart = createChart(*m_store, {}, r);
            QVERIFY(exportChart(chart.get(), dir + QStringLiteral("/activity-actors-") + theme + QStringLiteral(".png"),
                                QSize(1200, 675)));
        }
        // A month of days (rotated, thinned labels) and a long actor name.
        EventFilter may;
        may.from = FuzzyDate::parse(u"2025-05").value().startSeconds();
        may.to = FuzzyDate::parse(u"2025-06").value().startSeconds();
        QVERIFY(renderChartToFile(*m_store, may, QStringLiteral("activity"), dir + QStringLiteral("/activity-days.png"),
                                  QSize(1200, 675), QStringLiteral("light")));
        QVERIFY(renderChartToFile(*m_store, may, QStringLiteral("activity"),
                                  dir + QStringLiteral("/activity-days-small.png"), QSize(640, 360),
                                  QStringLiteral("light")));
        Actor osce;
        osce.name
            = QStringLiteral("The Organization for Security and Co-operation in Europe Special Monitoring Mission");
        const ActorId id = m_store->addActor(osce);
        Event e = *m_store->event(m_store->eventIds({}).first());
        e.actors.append({ id, QStringLiteral("observer") });
        m_store->updateEvent(e);
        QVERIFY(renderChartToFile(*m_store, {}, QStringLiteral("actors"), dir + QStringLiteral("/actors-long.png"),
                                  QSize(1200, 675), QStringLiteral("light")));
        QVERIFY(renderChartToFile(*m_store, {}, QStringLiteral("actors"), dir + QStringLiteral("/actors-small.png"),
                                  QSize(640, 360), QStringLiteral("dark")));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
