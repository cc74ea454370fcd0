// The timeline drawing each event's mark by its best source grade: full colour for A–B, lighter
// for C–D, faint for E–F and ungraded, and a legend that says so; on the widget, View ▸ Marks by
// Grade reads the grades off the GUI thread.
#include "document.h"
#include "selection.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"
#include "timelinefixture.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTest>
#include <QToolTip>

#include <array>

using namespace entente;

class TestTimelineGrades : public QObject, private TimelineFixture
{
    Q_OBJECT

private:
    static RenderOptions options()
    {
        RenderOptions o;
        o.showToday = false;
        o.densityStrip = false;
        o.labels = false;
        return o;
    }

    static QImage render(TimelineRenderer &r, const TimelineViewport &v, const RenderOptions &o)
    {
        QImage image(QSize(900, 400), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        r.paint(p, QRectF(0, 0, 900, 400), v, o);
        return image;
    }

    // How far a pixel is from the background: 0 for none of the mark's colour.
    static int distance(const QColor &a, const QColor &b)
    {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    }

private slots:
    void init() { seed(); }

    void tiers_data()
    {
        QTest::addColumn<QString>("grade");
        QTest::addColumn<int>("tier");
        QTest::newRow("A1") << QStringLiteral("A1") << 0;
        QTest::newRow("B3") << QStringLiteral("B3") << 0;
        QTest::newRow("C") << QStringLiteral("C") << 1;
        QTest::newRow("D6") << QStringLiteral("D6") << 1;
        QTest::newRow("F") << QStringLiteral("F") << 2;
        QTest::newRow("only 2") << QStringLiteral("2") << 0;
        QTest::newRow("only 4") << QStringLiteral("4") << 1;
        QTest::newRow("only 6") << QStringLiteral("6") << 2;
        QTest::newRow("none") << QString() << 2;
    }

    void tiers()
    {
        QFETCH(QString, grade);
        QFETCH(int, tier);
        QCOMPARE(gradeTier(Grade::parse(grade).value_or(Grade())), tier);
    }

    // An A event's mark at full colour, a C one lighter, an ungraded one faint; the legend names
    // the three, and is absent when marks are not drawn by grade.
    void marksByGradeWithALegend()
    {
        TimelineRenderer r(&m_index, &m_lanes, nullptr);
        const TimelineViewport v = TimelineRenderer::fitAll(m_index);
        RenderOptions o = options();
        const QImage plain = render(r, v, o);
        for (const auto &e : r.frame().legend)
            QVERIFY(e.grade < 0);
        auto grades = std::make_shared<QHash<EventId, Grade>>();
        const auto &marks = r.frame().marks;
        QVERIFY(marks.size() >= 3);
        grades->insert(m_index.id(marks[0].row), *Grade::parse(QStringLiteral("A1")));
        grades->insert(m_index.id(marks[1].row), *Grade::parse(QStringLiteral("C3")));
        o.grades = grades;
        const QImage graded = render(r, v, o);
        if (const QString dir = qEnvironmentVariable("ENTENTE_SHOT_DIR"); !dir.isEmpty())
            QVERIFY(graded.save(dir + QStringLiteral("/timeline-grades.png")));
        const auto &f = r.frame();
        const QColor bg = o.theme.background;
        auto strength = [&](std::size_t i) { return distance(graded.pixelColor(f.marks[i].centre.toPoint()), bg); };
        QCOMPARE(graded.pixelColor(f.marks[0].centre.toPoint()), plain.pixelColor(f.marks[0].centre.toPoint()));
        QVERIFY2(strength(0) > strength(1), qPrintable(QStringLiteral("%1 %2").arg(strength(0)).arg(strength(1))));
        QVERIFY(strength(1) > strength(2));
        QVERIFY(strength(2) > 0); // faint, never gone
        QStringList texts;
        int samples = 0;
        for (const auto &e : f.legend) {
            texts.append(e.text);
            if (e.grade >= 0) {
                ++samples;
                QVERIFY(f.legendRect.contains(e.sample));
            }
        }
        QCOMPARE(samples, 3);
        QVERIFY2(texts.contains(QStringLiteral("Grade A–B")) && texts.contains(QStringLiteral("C–D"))
                     && texts.contains(QStringLiteral("E–F, ungraded")),
                 qPrintable(texts.join(u'|')));
        // The legend's samples are drawn at the three strengths, strongest first.
        std::array<int, 3> legendStrength {};
        for (const auto &e : f.legend) {
            if (e.grade >= 0 && e.grade < 3)
                legendStrength[std::size_t(e.grade)]
                    = distance(graded.pixelColor(e.sample.toPoint()), o.theme.axisBackground);
        }
        QVERIFY(legendStrength[0] > legendStrength[1] && legendStrength[1] > legendStrength[2]);
    }

    // The view's toggle: the grades come from the store, read through the document.
    void viewReadsTheGrades()
    {
        auto store = Store::createInMemory();
        Source s;
        s.publisher = QStringLiteral("Wire");
        s.reliability = Reliability::B;
        const SourceId sid = store->addSource(s);
        Event e;
        e.title = QStringLiteral("Graded");
        e.start = FuzzyDate::day(2022, 3, 1);
        e.sources = { { sid, QString(), Credibility::Probable } };
        const EventId id = store->addEvent(e);
        Document doc(std::move(store));
        Selection selection;
        TimelineView view(&doc, &selection);
        view.resize(800, 400);
        view.show();
        QVERIFY(!view.marksByGrade());
        view.setMarksByGrade(true);
        QVERIFY(view.marksByGrade());
        QTRY_VERIFY(view.shownGrades());
        QCOMPARE(view.shownGrades()->value(id).text(), QStringLiteral("B2"));
        // An edit of the source is read again.
        s.id = sid;
        s.reliability = Reliability::E;
        QVERIFY(doc.editSource(s));
        QTRY_COMPARE(view.shownGrades()->value(id).text(), QStringLiteral("E2"));
        QVERIFY(!view.grab().toImage().isNull());
        view.setMarksByGrade(false);
        QVERIFY(!view.marksByGrade());
        // The hover card names the best grade with its meaning: found by passing the pointer over
        // the view until it is over the mark.
        QString card;
        for (int y = 0; y < view.height() && card.isEmpty(); y += 3) {
            for (int x = 0; x < view.width() && card.isEmpty(); x += 3) {
                QMouseEvent move(QEvent::MouseMove, QPointF(x, y), view.mapToGlobal(QPointF(x, y)), Qt::NoButton,
                                 Qt::NoButton, Qt::NoModifier);
                QApplication::sendEvent(&view, &move);
                if (QToolTip::isVisible() && QToolTip::text().contains(QStringLiteral("Graded")))
                    card = QToolTip::text();
            }
        }
        QVERIFY2(card.contains(QStringLiteral("Grade: E2 (unreliable, probably true)")), qPrintable(card));
    }
};

QTEST_MAIN(TestTimelineGrades)
#include "tst_timelinegrades.moc"
