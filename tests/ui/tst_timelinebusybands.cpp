// A day's band of many events (a day of GDELT: thousands for one country) is drawn stronger than
// a band of a few, in the window and in a picture: where its count has no room, a busy lane must
// not look like a quiet one.
#include "store/store.h"
#include "timeline/timelinerenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace entente;

class TestTimelineBusyBands : public QObject
{
    Q_OBJECT

    std::unique_ptr<Store> m_store;
    TimelineIndex m_index;
    TimelineLanes m_lanes;

    // How far the band's solid middle third, left of its count, is from the background.
    static int strength(const QImage &image, const QRectF &band, const QColor &background)
    {
        const int y = static_cast<int>(band.center().y());
        int most = 0;
        for (int x = static_cast<int>(band.left() + band.width() * 0.18);
             x < static_cast<int>(band.left() + band.width() * 0.3); ++x)
            most = std::max(most, background.lightness() - QColor(image.pixel(x, y)).lightness());
        return most;
    }

private slots:
    void initTestCase()
    {
        m_store = Store::createInMemory();
        Actor a;
        a.name = QStringLiteral("Russia");
        const ActorId russia = m_store->addActor(a);
        // Forty events on 10 January, three thousand on 12 January: each a band of its day.
        m_store->transaction([&] {
            for (int i = 0; i < 3040; ++i) {
                Event e;
                e.title = QStringLiteral("Statement %1").arg(i);
                e.start = FuzzyDate::day(2024, 1, i < 40 ? 10 : 12);
                e.actors = { { russia, QString() } };
                m_store->addEvent(e);
            }
        });
        m_index.build(*m_store);
        m_lanes.build(m_index, {}, LaneMode::Actors, LaneOrder::FirstAppearance);
    }

    void aBusyDayIsStronger_data()
    {
        QTest::addColumn<bool>("publication");
        QTest::newRow("window") << false;
        QTest::newRow("picture") << true;
    }

    void aBusyDayIsStronger()
    {
        QFETCH(bool, publication);
        TimelineRenderer r(&m_index, &m_lanes);
        RenderOptions o;
        o.publication = publication;
        o.showToday = false;
        const TimelineViewport week { double(FuzzyDate::day(2024, 1, 8).startSeconds()),
                                      double(FuzzyDate::day(2024, 1, 15).startSeconds()), 0 };
        QImage image(1200, 400, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&image);
            r.paint(p, QRectF(0, 0, 1200, 400), week, o);
        }
        const TimelineFrame &f = r.frame();
        QCOMPARE(f.spans.size(), std::size_t(2));
        const auto few = f.spans[0].count == 40 ? f.spans[0] : f.spans[1];
        const auto many = f.spans[0].count == 40 ? f.spans[1] : f.spans[0];
        QCOMPARE(many.count, 3000U);
        const int weak = strength(image, few.rect, o.theme.background);
        const int strong = strength(image, many.rect, o.theme.background);
        QVERIFY2(weak > 5, qPrintable(QString::number(weak))); // still drawn
        QVERIFY2(strong > 1.5 * weak, qPrintable(QStringLiteral("%1 against %2").arg(strong).arg(weak)));
    }
};

QTEST_MAIN(TestTimelineBusyBands)
#include "tst_timelinebusybands.moc"
