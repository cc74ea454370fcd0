// The counts in chart pictures as a reader's language writes them ("1,250", "1.250"), on the
// axis and on the bars, and the bars' counts at the picture's type size, not the screen's.
#include "charts/chartrenderer.h"
#include "store/store.h"
#include "svgtexts.h"

#include <QBarSet>
#include <QChart>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <QAbstractBarSeries>

using namespace entente;

class TestChartNumbers : public QObject
{
    Q_OBJECT

    std::unique_ptr<Store> m_store;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::createInMemory();
        Actor a;
        a.name = QStringLiteral("Türkiye");
        const ActorId id = m_store->addActor(a);
        for (int i = 0; i < 1250; ++i) {
            Event e;
            e.title = QStringLiteral("Statement %1").arg(i);
            e.start = FuzzyDate::day(2024, 1 + i % 12, 1 + i % 28);
            e.status = i % 5 == 0 ? ClaimStatus::Reported : ClaimStatus::Confirmed;
            e.actors.append({ id, QString() });
            m_store->addEvent(e);
        }
    }

    void countsHaveTheLanguagesSeparators_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("count"); // a bar's
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("actors, English") << QStringLiteral("actors") << english << QStringLiteral("1,250");
        QTest::newRow("actors, German") << QStringLiteral("actors") << german << QStringLiteral("1.250");
        QTest::newRow("status, English") << QStringLiteral("status") << english << QStringLiteral("1,000");
    }

    void countsHaveTheLanguagesSeparators()
    {
        QFETCH(QString, chart);
        QFETCH(QLocale, locale);
        QFETCH(QString, count);
        PictureSpec spec;
        spec.path = m_dir.filePath(chart + locale.name() + QStringLiteral(".svg"));
        spec.publication.locale = locale;
        QString error;
        QVERIFY2(renderChartToFile(*m_store, {}, chart, spec, &error), qPrintable(error));
        const QStringList texts = test::svgFileTexts(spec.path);
        QVERIFY2(texts.contains(count), qPrintable(texts.join(u'|')));
        // The axis: grouped too, and no number of four digits or more written without a separator.
        const QString thousand = locale.toString(1000);
        QVERIFY2(texts.contains(thousand) || texts.contains(locale.toString(1500)), qPrintable(texts.join(u'|')));
        static const QRegularExpression bare(QStringLiteral("^\\d{4,}$"));
        for (const QString &t : texts)
            QVERIFY2(!bare.match(t).hasMatch(), qPrintable(t));
    }

    void barCountsFollowThePicturesType()
    {
        ChartRequest request;
        request.name = QStringLiteral("actors");
        const std::unique_ptr<QChart> chart = createChart(*m_store, {}, request);
        QVERIFY(chart);
        PictureSpec spec;
        spec.path = m_dir.filePath(QStringLiteral("type.png"));
        spec.size = QSize(1920, 1080);
        QVERIFY(writeChartPicture(chart.get(), spec, request.style, QString()).isEmpty());
        const QFont axisFont = chart->axes(Qt::Horizontal).constFirst()->labelsFont();
        QVERIFY(axisFont.pixelSize() >= 14);
        for (QAbstractSeries *series : chart->series()) {
            for (QBarSet *set : qobject_cast<QAbstractBarSeries *>(series)->barSets())
                QCOMPARE(set->labelFont().pixelSize(), axisFont.pixelSize());
        }
    }
};

QTEST_MAIN(TestChartNumbers)
#include "tst_chartnumbers.moc"
