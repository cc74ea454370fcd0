#include "timeline/labelplacer.h"
#include "timeline/timeticks.h"

#include <QRandomGenerator>
#include <QTest>

using namespace entente;

namespace {
// A stand-in for font metrics: 7 pixels a character.
double measure(const QString &s)
{
    return 7.0 * static_cast<double>(s.size());
}
} // namespace

class TestTimelineTicks : public QObject
{
    Q_OBJECT

private slots:
    void acrossScales_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<int>("coarsest");
        QTest::addColumn<int>("finest");
        const double day = 86400;
        const double year = 365.2425 * day;
        QTest::newRow("2000 years") << 2000 * year << int(TickUnit::Century) << int(TickUnit::Century);
        QTest::newRow("300 years") << 300 * year << int(TickUnit::Century) << int(TickUnit::Decade);
        QTest::newRow("30 years") << 30 * year << int(TickUnit::FiveYears) << int(TickUnit::Year);
        QTest::newRow("5 years") << 5 * year << int(TickUnit::Year) << int(TickUnit::Month);
        QTest::newRow("1 year") << year << int(TickUnit::Quarter) << int(TickUnit::HalfMonth);
        QTest::newRow("3 months") << 90 * day << int(TickUnit::Month) << int(TickUnit::Day);
        QTest::newRow("2 weeks") << 14 * day << int(TickUnit::HalfMonth) << int(TickUnit::Day);
        QTest::newRow("2 days") << 2 * day << int(TickUnit::Day) << int(TickUnit::Hour);
        QTest::newRow("6 hours") << 6 * 3600.0 << int(TickUnit::ThreeHours) << int(TickUnit::Hour);
    }

    void acrossScales()
    {
        QFETCH(double, span);
        QFETCH(int, coarsest);
        QFETCH(int, finest);
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        const double width = 1600;
        // Several positions, BCE included.
        for (double from : { -2.0e10, -1.0e9, 0.0, 1.6e9 + 12345 }) {
            const TickSet set = TimeTicks::generate(from, from + span, width, &measure, locale);
            QVERIFY2(int(set.unit) >= coarsest && int(set.unit) <= finest,
                     qPrintable(QStringLiteral("unit %1 for span %2").arg(int(set.unit)).arg(span)));
            QVERIFY(set.major.size() >= 2);
            double lastRight = -1e300;
            double lastX = -1;
            for (const Tick &t : set.major) {
                QVERIFY(t.x >= 0 && t.x <= width);
                QVERIFY(t.x > lastX);
                lastX = t.x;
                if (t.label.isEmpty())
                    continue;
                QVERIFY2(t.x + 3 >= lastRight, "labels overlap");
                lastRight = t.x + 3 + measure(t.label);
            }
            lastRight = -1e300;
            for (const Tick &t : set.context) {
                if (t.label.isEmpty())
                    continue;
                QVERIFY2(t.x + 3 >= lastRight, "context labels overlap");
                lastRight = t.x + 3 + measure(t.label);
            }
        }
    }

    void sweepsEveryScaleWithoutOverlap()
    {
        // From an hour to the widest zoom, in small steps, at three widths and several places:
        // labels never overlap in either row, every tick lies on the axis, and the unit only
        // gets coarser as the span grows.
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        const double hour = 3600;
        const double widest = 20000.0 * 365.2425 * 86400;
        int steps = 0;
        for (const double width : { 320.0, 900.0, 1920.0 }) {
            for (const double from : { -3.0e10, 0.0, 1.6e9 + 4321 }) {
                int lastUnit = int(TickUnit::Hour);
                for (double span = hour; span <= widest; span *= 1.15) {
                    ++steps;
                    const TickSet set = TimeTicks::generate(from, from + span, width, &measure, locale);
                    const QString where = QStringLiteral("span %1 s, width %2, from %3").arg(span).arg(width).arg(from);
                    QVERIFY2(int(set.unit) <= lastUnit, qPrintable(where));
                    lastUnit = int(set.unit);
                    int labelled = 0;
                    for (const QList<Tick> *row : { &set.major, &set.context }) {
                        double lastRight = -1e300;
                        double lastX = -1;
                        for (const Tick &t : *row) {
                            QVERIFY2(t.x >= 0 && t.x <= width && t.x >= lastX, qPrintable(where));
                            lastX = t.x;
                            if (t.label.isEmpty())
                                continue;
                            labelled += row == &set.major ? 1 : 0;
                            QVERIFY2(t.x + 3 >= lastRight, qPrintable(QStringLiteral("overlap at ") + where));
                            lastRight = t.x + 3 + measure(t.label);
                        }
                    }
                    // Something on the axis is named at every scale.
                    QVERIFY2(labelled >= 1 || !set.context.isEmpty(), qPrintable(where));
                }
            }
        }
        QVERIFY(steps > 500);
    }

    void monthNamesFromLocale()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        const double from = static_cast<double>(TimeTicks::seconds(2022, 1, 1));
        const TickSet set = TimeTicks::generate(from, from + 200 * 86400.0, 300, &measure, german);
        QCOMPARE(set.unit, TickUnit::Month);
        QCOMPARE(set.major.at(2).label, german.standaloneMonthName(3, QLocale::ShortFormat));
        QCOMPARE(set.context.at(0).label, QStringLiteral("2022"));
    }

    void calendar()
    {
        for (std::int64_t s : { std::int64_t(0), std::int64_t(951782400), std::int64_t(-62135596800),
                                std::int64_t(1709251140), std::int64_t(-99999999960) }) {
            const auto c = TimeTicks::civil(s);
            QCOMPARE(TimeTicks::seconds(c.year, c.month, c.day, c.hour) + c.minute * 60, s);
        }
        const auto leap = TimeTicks::civil(951782400);
        QCOMPARE(leap.month, 2);
        QCOMPARE(leap.day, 29);
        QCOMPARE(TimeTicks::yearText(-43), QStringLiteral("44 BCE"));
        QCOMPARE(TimeTicks::seconds(2022, 13, 1), TimeTicks::seconds(2023, 1, 1));
    }

    void labelsNeverOverlap()
    {
        // A property test: random candidates in random rows, placed, never overlap and stay
        // within their room.
        QRandomGenerator rng(7);
        int onTheLeft = 0;
        for (int round = 0; round < 200; ++round) {
            std::vector<LabelPlacer::Candidate> cs;
            const int n = 1 + static_cast<int>(rng.bounded(300));
            for (int i = 0; i < n; ++i) {
                LabelPlacer::Candidate c;
                c.row = static_cast<int>(rng.bounded(6));
                c.x = rng.bounded(2000.0);
                c.maxRight = c.x + rng.bounded(400.0);
                c.width = 5 + rng.bounded(250.0);
                c.top = c.row * 20.0;
                c.height = 14;
                if (rng.bounded(2) == 0) { // room on the left too, up to the previous mark
                    c.leftEnd = c.x - 14;
                    c.minLeft = c.leftEnd - rng.bounded(400.0);
                }
                cs.push_back(c);
            }
            const auto placed = LabelPlacer(6, 24).place(cs);
            for (std::size_t i = 0; i < placed.size(); ++i) {
                const auto &c = cs[placed[i].candidate];
                const QRectF &r = placed[i].rect;
                // Within its room on the right of the mark, or else on its left.
                const bool right = r.left() >= c.x - 1e-9 && r.right() <= c.maxRight + 1e-9;
                const bool left = r.right() <= c.leftEnd + 1e-9 && r.left() >= c.minLeft - 1e-9;
                QVERIFY(right || left);
                if (left && !right) {
                    ++onTheLeft;
                    // Only where the right had not room for the whole text.
                    QVERIFY(c.maxRight - 6 - c.x < c.width);
                }
                QVERIFY(r.width() <= c.width + 1e-9);
                for (std::size_t j = i + 1; j < placed.size(); ++j)
                    QVERIFY(!r.intersects(placed[j].rect));
            }
            if (round == 0)
                QVERIFY(!placed.empty());
        }
        QVERIFY(onTheLeft > 100);
    }
};

QTEST_GUILESS_MAIN(TestTimelineTicks)
#include "tst_timelineticks.moc"
