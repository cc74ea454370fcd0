// Every text and background pair the themes define meets WCAG AA: 4.5:1 for text, 3:1 for the
// graphics that carry meaning (event marks, the today line, the selection). Light, dark and the
// presentation's high-contrast theme; the timeline, the graph, the charts and the window palette.
#include "accessibility/contrast.h"
#include "appearance.h"
#include "charts/chartstyle.h"
#include "graph/graphrenderer.h"
#include "story/storyslides.h"
#include "timeline/timelinetheme.h"

#include <QChart>
#include <QTest>

using namespace entente;

namespace {

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private:
    QStringList m_failures;

    void expect(const QString &what, const QColor &foreground, const QColor &background, double minimum)
    {
        const double ratio = Contrast::ratio(foreground, background);
        if (ratio + 1e-9 < minimum)
            m_failures.append(QStringLiteral("%1: %2 on %3 is %4:1, under %5:1")
                                  .arg(what, hex(foreground), hex(background))
                                  .arg(ratio, 0, 'f', 2)
                                  .arg(minimum));
    }

    void verifyNoFailures()
    {
        const QStringList failures = std::exchange(m_failures, {});
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

private slots:
    void ratioMatchesWcag()
    {
        QCOMPARE(Contrast::ratio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Contrast::ratio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the lightest grey that passes 4.5:1.
        QVERIFY(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(Contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        const QColor yellow = Contrast::readable(QColor(0xF0, 0xE4, 0x42), Qt::white, Qt::white, 3.0);
        QVERIFY(Contrast::ratio(yellow, Qt::white) >= 3.0);
        QVERIFY(yellow.hslHue() >= 50 && yellow.hslHue() <= 60); // still yellow, only darker
    }

    void timelineThemes_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("light") << 0;
        QTest::newRow("dark") << 1;
        QTest::newRow("presentation") << 2;
        QTest::newRow("presentation high contrast") << 3;
    }

    void timelineThemes()
    {
        QFETCH(int, which);
        const TimelineTheme t = which == 0 ? TimelineTheme::light()
            : which == 1                   ? TimelineTheme::dark()
                                           : StorySlides::theme(SlideStyle { which == 3, 1.0 });
        const std::pair<const char *, QColor> grounds[] = { { "background", t.background },
                                                            { "lane stripe", t.laneStripe },
                                                            { "lane header", t.headerBackground },
                                                            { "axis", t.axisBackground } };
        for (const auto &[name, ground] : grounds) {
            expect(QStringLiteral("text on %1").arg(QLatin1String(name)), t.text, ground, Contrast::kText);
            expect(QStringLiteral("muted text on %1").arg(QLatin1String(name)), t.mutedText, ground, Contrast::kText);
        }
        expect(QStringLiteral("\"Today\" label"), t.background, t.today, Contrast::kText);
        expect(QStringLiteral("today line"), t.today, t.background, Contrast::kGraphics);
        expect(QStringLiteral("selection"), t.selection, t.background, Contrast::kGraphics);
        expect(QStringLiteral("hover"), t.hover, t.background, Contrast::kGraphics);
        expect(QStringLiteral("strip window"), t.stripWindow, t.axisBackground, Contrast::kGraphics);
        // Three rounds of the palette: the colours, lighter, darker.
        for (int n = 0; n < 24; ++n) {
            expect(QStringLiteral("lane colour %1").arg(n), t.laneColour(n), t.background, Contrast::kGraphics);
            expect(QStringLiteral("lane colour %1 on stripe").arg(n), t.laneColour(n), t.laneStripe,
                   Contrast::kGraphics);
        }
        // An actor's own colour is kept readable too.
        expect(QStringLiteral("own pale colour"), t.laneColour(0, QColor(0xff, 0xff, 0xcc)), t.background,
               Contrast::kGraphics);
        verifyNoFailures();
    }

    void graphStyles_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void graphStyles()
    {
        QFETCH(bool, dark);
        const GraphRenderer::Style s = dark ? GraphRenderer::Style::dark() : GraphRenderer::Style::light();
        expect(QStringLiteral("labels"), s.text, s.background, Contrast::kText);
        expect(QStringLiteral("muted labels"), s.mutedText, s.background, Contrast::kText);
        expect(QStringLiteral("event nodes"), s.event, s.background, Contrast::kGraphics);
        expect(QStringLiteral("selection"), s.selection, s.background, Contrast::kGraphics);
        verifyNoFailures();
    }

    void chartStyles_data() { graphStyles_data(); }

    void chartStyles()
    {
        QFETCH(bool, dark);
        const ChartStyle style(dark ? ChartStyle::Theme::Dark : ChartStyle::Theme::Light);
        QChart chart;
        style.apply(&chart);
        // Qt Charts' light theme fills the background with a gradient: every stop counts.
        const QBrush brush = chart.backgroundBrush();
        QList<QColor> grounds;
        if (brush.gradient()) {
            for (const auto &stop : brush.gradient()->stops())
                grounds.append(stop.second);
        } else {
            grounds.append(brush.color());
        }
        for (const QColor &ground : grounds)
            expect(QStringLiteral("chart text"), style.textColour(), ground, Contrast::kText);
        verifyNoFailures();
    }

    void windowPalettes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << static_cast<int>(Appearance::Theme::Light);
        QTest::newRow("dark") << static_cast<int>(Appearance::Theme::Dark);
    }

    void windowPalettes()
    {
        QFETCH(int, theme);
        const QPalette p = Appearance::palette(static_cast<Appearance::Theme>(theme));
        const std::tuple<const char *, QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            { "window text", QPalette::WindowText, QPalette::Window },
            { "text", QPalette::Text, QPalette::Base },
            { "text on alternate rows", QPalette::Text, QPalette::AlternateBase },
            { "button text", QPalette::ButtonText, QPalette::Button },
            { "selected text", QPalette::HighlightedText, QPalette::Highlight },
            { "tooltip", QPalette::ToolTipText, QPalette::ToolTipBase },
            { "placeholder", QPalette::PlaceholderText, QPalette::Base },
            { "link", QPalette::Link, QPalette::Base },
        };
        for (const auto &[name, fg, bg] : pairs)
            expect(QLatin1String(name), p.color(QPalette::Active, fg), p.color(QPalette::Active, bg), Contrast::kText);
        verifyNoFailures();
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
