#include "fuzzydate.h"

#include <QTest>

using namespace entente;
using P = FuzzyDate::Precision;

class TestFuzzyDate : public QObject
{
    Q_OBJECT

private slots:
    void parseAndPrint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("precision");
        QTest::addColumn<bool>("approximate");
        QTest::newRow("year") << "2022"
                              << "2022" << int(P::Year) << false;
        QTest::newRow("month") << "2022-03"
                               << "2022-03" << int(P::Month) << false;
        QTest::newRow("day") << "2022-03-29"
                             << "2022-03-29" << int(P::Day) << false;
        QTest::newRow("minute") << "2022-03-29T14:30"
                                << "2022-03-29T14:30" << int(P::Minute) << false;
        QTest::newRow("seconds dropped") << "2022-03-29T14:30:59Z"
                                         << "2022-03-29T14:30" << int(P::Minute) << false;
        QTest::newRow("space separator") << "2022-03-29 14:30"
                                         << "2022-03-29T14:30" << int(P::Minute) << false;
        QTest::newRow("approximate month") << "2022-04~"
                                           << "2022-04~" << int(P::Month) << true;
        QTest::newRow("bce") << "-0043-03-15"
                             << "-0043-03-15" << int(P::Day) << false;
        QTest::newRow("year zero") << "0000"
                                   << "0000" << int(P::Year) << false;
        QTest::newRow("leap day") << "2024-02-29"
                                  << "2024-02-29" << int(P::Day) << false;
        QTest::newRow("padded") << "  1999-12 "
                                << "1999-12" << int(P::Month) << false;
    }
    void parseAndPrint()
    {
        QFETCH(QString, input);
        QFETCH(QString, iso);
        QFETCH(int, precision);
        QFETCH(bool, approximate);
        const auto d = FuzzyDate::parse(input);
        QVERIFY(d.has_value());
        QCOMPARE(d->toIsoString(), iso);
        QCOMPARE(int(d->precision()), precision);
        QCOMPARE(d->isApproximate(), approximate);
        QCOMPARE(FuzzyDate::parse(d->toIsoString()), d);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        for (const char *bad : { "", "22", "2022-13", "2022-00", "2023-02-29", "2022-04-31", "2022-03-29T24:00",
                                 "2022-03-29T12:60", "March 2022", "2022/03/29", "2022-3", "abc", "2022-03-29T" })
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejects()
    {
        QFETCH(QString, input);
        QVERIFY(!FuzzyDate::parse(input).has_value());
    }

    // Seconds are checked and dropped; a caller that asks hears what went, and why a date failed.
    void secondsAndReasons()
    {
        QString dropped;
        QVERIFY(!FuzzyDate::parse(u"2022-03-29T14:30:99", &dropped));
        QVERIFY(!FuzzyDate::parse(u"2022-03-29T14:30:60Z"));
        QCOMPARE(FuzzyDate::parse(u"2022-03-29T14:30:15.123", &dropped)->toIsoString(),
                 QStringLiteral("2022-03-29T14:30"));
        QCOMPARE(dropped, QStringLiteral(":15.123"));
        QVERIFY(FuzzyDate::parse(u"2022-03-29T14:30:00.000Z", &dropped));
        QVERIFY(dropped.isEmpty());
        QVERIFY(FuzzyDate::parse(u"2022-03-29T14:30:59~", &dropped)->isApproximate());
        QCOMPARE(dropped, QStringLiteral(":59"));
        QCOMPARE(FuzzyDate::parseError(u"2022-03-29T14:30:99"),
                 QStringLiteral("\"2022-03-29T14:30:99\" is not a date: there is no second 99"));
        QCOMPARE(FuzzyDate::parseError(u"2022-13"), QStringLiteral("\"2022-13\" is not a date: there is no month 13"));
        QCOMPARE(FuzzyDate::parseError(u"2022-03-29T24:00"),
                 QStringLiteral("\"2022-03-29T24:00\" is not a date: there is no hour 24"));
        QVERIFY(FuzzyDate::parseError(u"March 2022").startsWith(u"\"March 2022\" is not a date (write 2022"));
    }

    void spans()
    {
        // A month covers the whole month; the epoch is 1970-01-01.
        QCOMPARE(FuzzyDate::day(1970, 1, 1).startSeconds(), 0);
        QCOMPARE(FuzzyDate::day(1970, 1, 1).endSeconds(), 86400);
        const FuzzyDate march = FuzzyDate::month(2022, 3);
        QCOMPARE(march.endSeconds() - march.startSeconds(), 31 * 86400);
        QCOMPARE(FuzzyDate::month(2022, 12).endSeconds(), FuzzyDate::day(2023, 1, 1).startSeconds());
        const FuzzyDate leap = FuzzyDate::year(2024);
        QCOMPARE(leap.endSeconds() - leap.startSeconds(), 366 * 86400);
        QCOMPARE(FuzzyDate::minute(2022, 3, 29, 14, 30).endSeconds()
                     - FuzzyDate::minute(2022, 3, 29, 14, 30).startSeconds(),
                 60);
        // Before the common era: 1 BCE (year 0) is a leap year and precedes 1 CE directly.
        QCOMPARE(FuzzyDate::year(0).endSeconds(), FuzzyDate::year(1).startSeconds());
        QCOMPARE(FuzzyDate::year(0).endSeconds() - FuzzyDate::year(0).startSeconds(), 366 * 86400);
        QVERIFY(FuzzyDate::day(-43, 3, 15).startSeconds() < FuzzyDate::year(0).startSeconds());
    }

    void ordering()
    {
        QVERIFY(FuzzyDate::month(2022, 4) < FuzzyDate::day(2022, 4, 9));
        QVERIFY(FuzzyDate::year(2022) < FuzzyDate::month(2022, 1));
        QVERIFY(FuzzyDate::day(-1, 1, 1) < FuzzyDate::day(1, 1, 1));
    }

    void display_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("text");
        QTest::newRow("year") << "2022"
                              << "2022";
        QTest::newRow("month") << "2022-03"
                               << "March 2022";
        QTest::newRow("approximate") << "2022-04~"
                                     << "c. April 2022";
        QTest::newRow("day") << "2022-03-29"
                             << "29 March 2022";
        QTest::newRow("minute") << "2022-03-29T14:30"
                                << "29 March 2022, 14:30";
        QTest::newRow("bce") << "-0043"
                             << "44 BCE";
    }
    void display()
    {
        QFETCH(QString, iso);
        QFETCH(QString, text);
        QCOMPARE(FuzzyDate::parse(iso)->toDisplayString(QLocale(QLocale::English, QLocale::UnitedKingdom)), text);
    }

    void localisedMonths()
    {
        const QString ukrainian = FuzzyDate::month(2022, 3).toDisplayString(QLocale(QLocale::Ukrainian));
        QVERIFY2(ukrainian.contains(QStringLiteral("березень"), Qt::CaseInsensitive), qPrintable(ukrainian));
        const QString turkish = FuzzyDate::month(2022, 3).toDisplayString(QLocale(QLocale::Turkish));
        QVERIFY2(turkish.contains(QStringLiteral("Mart")), qPrintable(turkish));
    }

    void truncation()
    {
        const FuzzyDate d = FuzzyDate::minute(2022, 3, 29, 14, 30);
        QCOMPARE(d.truncated(P::Month).toIsoString(), QStringLiteral("2022-03"));
        QCOMPARE(d.truncated(P::Year).toIsoString(), QStringLiteral("2022"));
        QCOMPARE(FuzzyDate::year(2022).truncated(P::Day), FuzzyDate::year(2022));
    }

    void precisionNames()
    {
        for (P p : { P::Year, P::Month, P::Day, P::Minute })
            QCOMPARE(precisionFromName(precisionName(p)), p);
        QVERIFY(!precisionFromName(u"week").has_value());
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
