// Where the timeline puts its titles, over random data: no label ever lies on a mark, a
// cluster or another label, at any zoom, size and type size, on screen and in a picture for
// readers; and a busy day opens into one mark and one title per event.
#include "timeline/timelinerenderer.h"
#include "timelinefixture.h"

#include <QDate>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace entente;

class TestTimelineLabels : public QObject, private TimelineFixture
{
    Q_OBJECT

private:
    // Random events over 2021-2023 on the fixture's three actors: days, minutes, months and
    // years, ranges, events joining two lanes, busy days and instants shared by several events.
    void addRandomEvents(QRandomGenerator &rng, int count)
    {
        const QDate first(2021, 1, 1);
        auto pick = [&rng](int n) { return static_cast<int>(rng.bounded(n)); };
        for (int i = 0; i < count; ++i) {
            const QDate d = first.addDays(pick(3 * 365));
            const int burst = pick(10) == 0 ? 2 + pick(6) : 1; // several on one day or instant
            const int precision = pick(10);
            const int hour = pick(24);
            const int minute = pick(60);
            const int actor = pick(3);
            const bool joined = pick(4) == 0;
            const bool range = pick(8) == 0;
            const int length = 1 + pick(40);
            for (int b = 0; b < burst; ++b) {
                Event e;
                e.title = QStringLiteral("Event %1.%2 ").arg(i).arg(b).repeated(1 + pick(4)).trimmed();
                if (precision < 5)
                    e.start = FuzzyDate::day(d.year(), d.month(), d.day());
                else if (precision < 8)
                    e.start = FuzzyDate::minute(d.year(), d.month(), d.day(), hour, minute);
                else if (precision < 9)
                    e.start = FuzzyDate::month(d.year(), d.month());
                else
                    e.start = FuzzyDate::year(d.year());
                if (range && precision < 5) {
                    const QDate to = d.addDays(length);
                    e.end = FuzzyDate::day(to.year(), to.month(), to.day());
                }
                e.status = kAllClaimStatuses[static_cast<std::size_t>(pick(int(kAllClaimStatuses.size())))];
                e.kind = QStringLiteral("kind %1").arg(pick(4));
                e.actors = { { m_actors[actor], QString() } };
                if (joined)
                    e.actors.append({ m_actors[(actor + 1 + pick(2)) % 3], QString() });
                m_store->addEvent(e);
            }
        }
        rebuild();
    }

    // The property, for one frame: returns what is wrong, or an empty string.
    static QString check(const TimelineFrame &f)
    {
        // Nor one mark another, in view (bars begun before the window have theirs at its edge).
        auto seen = [&f](const TimelineFrame::Mark &m) { return !m.extra && f.lanesRect.contains(m.centre); };
        for (std::size_t i = 0; i < f.marks.size(); ++i) {
            for (std::size_t j = i + 1; j < f.marks.size(); ++j) {
                if (seen(f.marks[i]) && seen(f.marks[j]) && f.symbol(f.marks[i]).intersects(f.symbol(f.marks[j])))
                    return QStringLiteral("marks overlap at %1: %2 %3 (%4 %5)")
                               .arg(f.marks[i].centre.x())
                               .arg(f.marks[i].row)
                               .arg(f.marks[j].row)
                               .arg(f.marks[i].rect.width())
                               .arg(f.marks[j].rect.width())
                        + QStringLiteral(" [%1 %2 | %3 %4 | lanes %5]")
                              .arg(f.marks[i].rect.left())
                              .arg(f.marks[i].centre.y())
                              .arg(f.marks[j].rect.left())
                              .arg(f.marks[j].centre.y())
                              .arg(f.lanesRect.left());
            }
        }
        // No symbol hides a cluster's count either (the selected event is drawn over its own).
        for (const auto &m : f.marks) {
            for (const auto &c : f.clusters) {
                if (!m.extra && f.symbol(m).intersects(c.rect))
                    return QStringLiteral("a mark on a cluster at %1").arg(m.centre.x());
            }
        }
        for (std::size_t i = 0; i < f.labels.size(); ++i) {
            const QRectF a = f.labels[i].rect;
            if (!f.lanesRect.adjusted(-1, -1, 1, 1).contains(a))
                return QStringLiteral("label %1 outside the lanes (%2,%3 %4x%5 in %6,%7 %8x%9)")
                    .arg(f.labels[i].text)
                    .arg(a.x())
                    .arg(a.y())
                    .arg(a.width())
                    .arg(a.height())
                    .arg(f.lanesRect.x())
                    .arg(f.lanesRect.y())
                    .arg(f.lanesRect.width())
                    .arg(f.lanesRect.height());
            for (std::size_t j = i + 1; j < f.labels.size(); ++j) {
                if (a.intersects(f.labels[j].rect))
                    return QStringLiteral("labels %1 and %2 overlap").arg(f.labels[i].text, f.labels[j].text);
            }
            for (const auto &m : f.marks) {
                if (a.intersects(f.symbol(m)))
                    return QStringLiteral("label %1 on a mark").arg(f.labels[i].text);
            }
            for (const auto &c : f.clusters) {
                if (a.intersects(c.rect))
                    return QStringLiteral("label %1 on a cluster").arg(f.labels[i].text);
            }
            for (const auto &g : f.spans) {
                // A band as wide as a good part of the window is ground that labels may lie on;
                // a narrower one is a thing of its own.
                const QRectF shown = g.rect.intersected(f.lanesRect);
                if (shown.width() < f.lanesRect.width() / 3 && a.intersects(shown))
                    return QStringLiteral("label %1 on a band").arg(f.labels[i].text);
            }
        }
        return QString();
    }

private slots:
    void init() { seed(); }

    void noLabelOnAMarkOrALabel()
    {
        // Seeded: a failure names its data set and case, and comes again.
        QRandomGenerator rng(2026);
        addRandomEvents(rng, 500);
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        const double first = double(FuzzyDate::day(2021, 1, 1).startSeconds());
        const double last = double(FuzzyDate::day(2024, 1, 1).startSeconds());
        int cases = 0;
        std::size_t labels = 0;
        std::size_t marks = 0;
        for (const LaneMode mode : { LaneMode::Actors, LaneMode::Single, LaneMode::Status }) {
            m_lanes.build(m_index, {}, mode, LaneOrder::FirstAppearance);
            for (int round = 0; round < 800; ++round) {
                // Spans from an hour to four years, evenly on a log scale.
                const double span = 3600.0 * std::pow(35000.0, rng.generateDouble());
                const double centre = first + (last - first) * rng.generateDouble();
                const TimelineViewport v { centre - span / 2, centre + span / 2, 0 };
                const QSizeF size(400 + rng.bounded(2000), 200 + rng.bounded(1100));
                RenderOptions o;
                o.publication = rng.bounded(2) == 0;
                o.densityStrip = !o.publication;
                o.showToday = false;
                o.legend = rng.bounded(2) == 0;
                o.font.setPixelSize(o.publication ? 14 + int(rng.bounded(30)) : 11 + int(rng.bounded(4)));
                if (rng.bounded(4) == 0)
                    o.selected = m_index.id(rng.bounded(int(m_index.size())));
                r.layout(QRectF(QPointF(0, 0), size), v, o);
                const QString wrong = check(r.frame());
                QVERIFY2(wrong.isEmpty(),
                         qPrintable(QStringLiteral("case %1 (lanes %2): %3").arg(round).arg(laneModeKey(mode), wrong)));
                labels += r.frame().labels.size();
                marks += r.frame().marks.size();
                ++cases;
            }
        }
        QCOMPARE(cases, 2400);
        // Not vacuous: the frames had labels and marks aplenty.
        QVERIFY2(labels > 2 * std::size_t(cases), qPrintable(QString::number(labels)));
        QVERIFY(marks > labels);
    }

    void aBusyDayOpensAtDayZoom()
    {
        // Three events on 9 March 2023, known to the day, on Alpha's lane.
        QList<EventId> ids;
        for (const char *title : { "Morning talks", "Joint statement", "Evening dinner" })
            ids.append(addOnAlpha(QString::fromLatin1(title), FuzzyDate::day(2023, 3, 9)));
        rebuild();
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        RenderOptions o;
        o.showToday = false;
        const double day = double(FuzzyDate::day(2023, 3, 9).startSeconds());
        for (const TimelineViewport v : { TimelineViewport { day - 3 * 3600, day + 27 * 3600, 0 },
                                          TimelineViewport { day + 8 * 3600, day + 14 * 3600, 0 } }) {
            QImage image(1200, 400, QImage::Format_ARGB32_Premultiplied);
            {
                QPainter p(&image);
                r.paint(p, QRectF(0, 0, 1200, 400), v, o);
            }
            image.save(QDir::temp().filePath(QStringLiteral("entente-timeline-busy-day.png")));
            const TimelineFrame &f = r.frame();
            QVERIFY(f.spans.empty() && f.clusters.empty());
            for (const EventId id : ids) {
                const auto mark = std::find_if(f.marks.begin(), f.marks.end(),
                                               [&](const auto &m) { return m_index.id(m.row) == id; });
                QVERIFY(mark != f.marks.end());
                QVERIFY(f.lanesRect.contains(mark->centre));
                const auto label = std::find_if(f.labels.begin(), f.labels.end(),
                                                [&](const auto &l) { return m_index.id(l.row) == id; });
                QVERIFY(label != f.labels.end());
                QCOMPARE(label->text, m_store->event(id)->title); // whole: each has a third of the day
                QVERIFY(label->rect.left() > mark->centre.x());
            }
            QCOMPARE(check(f), QString());
        }
        // At week scale the day is too narrow for three titles side by side: they stand one above
        // the other, over the day, each with its title.
        const TimelineViewport week { day - 3 * 86400, day + 4 * 86400, 0 };
        r.layout(QRectF(0, 0, 1200, 400), week, o);
        QVERIFY(r.frame().spans.empty());
        QSet<double> heights;
        for (const auto &m : r.frame().marks) {
            QVERIFY(std::abs(m.centre.x() - r.frame().xOf(day + 43200)) < 1); // the day's middle
            heights.insert(m.centre.y());
        }
        QCOMPARE(heights.size(), 3);
        QCOMPARE(r.frame().labels.size(), std::size_t(3));
        QCOMPARE(check(r.frame()), QString());
        // With lanes too low for three rows: one band with its count.
        r.layout(QRectF(0, 0, 1200, 200), week, o);
        QCOMPARE(r.frame().spans.size(), std::size_t(1));
        QCOMPARE(r.frame().spans.front().count, 3U);
    }
};

QTEST_MAIN(TestTimelineLabels)
#include "tst_timelinelabels.moc"
