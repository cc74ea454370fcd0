#include "timeline/timelinerenderer.h"
#include "timelinefixture.h"

#include <QDate>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace entente;

class TestTimelineRenderer : public QObject, private TimelineFixture
{
    Q_OBJECT

private:
    // Bare options with the titles on.
    RenderOptions labelOptions() const
    {
        RenderOptions o = bareOptions();
        o.labels = true;
        return o;
    }

    RenderOptions bareOptions() const
    {
        RenderOptions o;
        o.showToday = false;
        o.legend = false;
        o.densityStrip = false;
        o.labels = false;
        return o;
    }

    QImage render(TimelineRenderer &r, const TimelineViewport &v, const RenderOptions &o, QSize size = { 900, 400 })
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        r.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), v, o);
        return image;
    }

private slots:
    void init() { seed(); }

    void marksWhereEventsAreAndNowhereElse()
    {
        TimelineRenderer r(&m_index, &m_lanes, nullptr);
        const RenderOptions o = bareOptions();
        const QImage image = render(r, TimelineRenderer::fitAll(m_index), o);
        const TimelineFrame &f = r.frame();
        QCOMPARE(f.marks.size(), std::size_t(12));
        QCOMPARE(f.clusters.size(), std::size_t(0));
        for (const auto &m : f.marks) {
            // The mark's centre has the lane's colour, and the mark sits where its date is.
            const QColor c = image.pixelColor(m.centre.toPoint());
            const int lanePos = m.lane;
            const QColor expected = o.theme.laneColour(m_lanes.lanes()[std::size_t(lanePos)].key);
            QCOMPARE(c.rgb(), expected.rgb());
            QVERIFY(std::abs(m.centre.x() - f.xOf(double(m_index.start(m.row)))) < 0.5);
            QVERIFY(f.lanes[lanePos].body.contains(m.centre));
        }
        // Along each lane's middle, every pixel that is not background, stripe or grid lies on a mark.
        for (const auto &lane : f.lanes) {
            const int y = int(lane.body.center().y());
            for (int x = int(f.lanesRect.left()) + 1; x < int(f.lanesRect.right()); ++x) {
                const QRgb px = image.pixel(x, y);
                if (px == o.theme.background.rgb() || px == o.theme.laneStripe.rgb() || px == o.theme.grid.rgb()
                    || px == o.theme.mutedText.rgb() || px == o.theme.grid.darker(125).rgb())
                    continue;
                bool onMark = false;
                for (const auto &m : f.marks)
                    onMark = onMark || (m.lane == lane.lane && std::abs(m.centre.x() - x) <= m.rect.width() / 2 + 2);
                QVERIFY2(onMark, qPrintable(QStringLiteral("stray pixel at %1,%2").arg(x).arg(y)));
            }
        }
    }

    void sharpAtDevicePixelRatioTwo()
    {
        // A stretch before every event: only lane stripes and grid lines in the lanes.
        TimelineRenderer r(&m_index, &m_lanes);
        RenderOptions o = bareOptions();
        const TimelineViewport v { static_cast<double>(FuzzyDate::year(2015).startSeconds()),
                                   static_cast<double>(FuzzyDate::year(2020).startSeconds()), 0 };
        for (const int dpr : { 1, 2 }) {
            QImage image(QSize(900, 400) * dpr, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            {
                QPainter p(&image);
                r.paint(p, QRectF(0, 0, 900, 400), v, o);
            }
            QVERIFY(r.frame().ticks.major.size() >= 3);
            const auto &lane = r.frame().lanes.at(0).body;
            const int y = static_cast<int>(lane.center().y() * dpr);
            const QRgb background
                = image.pixel(static_cast<int>((lane.left() + r.frame().ticks.major[0].x) * dpr) + 6 * dpr, y);
            // Every grid line across the lane is exactly one logical pixel wide, in device
            // pixels, and of one colour: no half-covered neighbours blurring it.
            int lines = 0;
            for (int x = static_cast<int>(lane.left() * dpr) + 2; x < static_cast<int>(lane.right() * dpr) - 2; ++x) {
                if (image.pixel(x, y) == background)
                    continue;
                int run = 0;
                const QRgb colour = image.pixel(x, y);
                while (x < image.width() && image.pixel(x, y) != background) {
                    QCOMPARE(image.pixel(x, y), colour);
                    ++run;
                    ++x;
                }
                QCOMPARE(run, dpr);
                ++lines;
            }
            QVERIFY2(lines >= 3, qPrintable(QString::number(lines)));
            if (dpr == 2)
                image.save(QDir::temp().filePath(QStringLiteral("entente-timeline-dpr2.png")));
        }
        // Marks and labels at twice the pixels: the layout is in logical pixels, the same.
        o.labels = true;
        const TimelineViewport year { static_cast<double>(FuzzyDate::year(2022).startSeconds()),
                                      static_cast<double>(FuzzyDate::year(2023).startSeconds()), 0 };
        TimelineTitles titles(m_store.get());
        r.setData(&m_index, &m_lanes, &titles);
        render(r, year, o);
        const TimelineFrame one = r.frame();
        QImage image(QSize(900, 400) * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        {
            QPainter p(&image);
            r.paint(p, QRectF(0, 0, 900, 400), year, o);
        }
        QCOMPARE(r.frame().marks.size(), one.marks.size());
        QCOMPARE(r.frame().labels.size(), one.labels.size());
        QVERIFY(!one.labels.empty());
        // The mark's centre carries its colour at the device pixel under it.
        const QPointF c = r.frame().marks.front().centre;
        QVERIFY(image.pixelColor(static_cast<int>(c.x() * 2), static_cast<int>(c.y() * 2)).saturation() > 60);
        image.save(QDir::temp().filePath(QStringLiteral("entente-timeline-dpr2-year.png")));
    }

    void lanesInTheChosenOrder()
    {
        TimelineRenderer r(&m_index, &m_lanes, nullptr);
        m_lanes.build(m_index, {}, LaneMode::Actors, LaneOrder::Name);
        render(r, TimelineRenderer::fitAll(m_index), bareOptions());
        QStringList names;
        for (const auto &l : r.frame().lanes)
            names.append(l.name);
        QCOMPARE(names, QStringList({ QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie") }));
        m_lanes.build(m_index, {}, LaneMode::Actors, LaneOrder::Custom, { 2, 0, 1 });
        render(r, TimelineRenderer::fitAll(m_index), bareOptions());
        names.clear();
        for (const auto &l : r.frame().lanes)
            names.append(l.name);
        QCOMPARE(names, QStringList({ QStringLiteral("Bravo"), QStringLiteral("Charlie"), QStringLiteral("Alpha") }));
        // Lanes go down the picture in that order.
        QVERIFY(r.frame().lanes[0].body.top() < r.frame().lanes[1].body.top());
    }

    void clusterCountsEqualTheEventsTheyHold()
    {
        // 2000 events over ten days on one actor, and a connector-free check of the arithmetic.
        for (int i = 0; i < 2000; ++i)
            addOnAlpha(QStringLiteral("Dense %1").arg(i),
                       FuzzyDate::minute(2023, 5, 1 + i % 10, (i * 7) % 24, (i * 13) % 60));
        for (int i = 0; i < 5; ++i)
            addOnAlpha(QStringLiteral("Sometime in May %1").arg(i), FuzzyDate::month(2023, 5));
        rebuild();
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        RenderOptions o = labelOptions();
        for (const TimelineViewport v : { TimelineRenderer::fitAll(m_index),
                                          TimelineViewport { double(FuzzyDate::day(2023, 5, 3).startSeconds()),
                                                             double(FuzzyDate::day(2023, 5, 4).startSeconds()), 0 } }) {
            const QImage image = render(r, v, o, { 1200, 500 });
            const TimelineFrame &f = r.frame();
            QVERIFY(!f.clusters.empty());
            if (v.span() < 2 * 86400) // zoomed in, the five "May 2023" events are one band with a count
                QVERIFY(f.spans.size() == 1 && f.spans.front().count == 5);
            for (const auto &l : f.lanes) {
                std::size_t inView = 0;
                for (std::uint32_t row : m_lanes.lanes()[std::size_t(l.lane)].rows)
                    inView += (double(m_index.end(row)) > v.from && double(m_index.start(row)) < v.to) ? 1 : 0;
                std::size_t drawn = 0;
                for (const auto &c : f.clusters)
                    drawn += c.lane == l.lane ? c.count : 0;
                for (const auto &m : f.marks)
                    drawn += m.lane == l.lane ? 1 : 0;
                for (const auto &g : f.spans)
                    drawn += g.lane == l.lane ? g.count : 0;
                QCOMPARE(drawn, inView);
            }
            // Clusters never overlap one another, nor do labels.
            for (std::size_t i = 0; i < f.clusters.size(); ++i)
                for (std::size_t j = i + 1; j < f.clusters.size(); ++j)
                    QVERIFY(!f.clusters[i].rect.intersects(f.clusters[j].rect));
            for (std::size_t i = 0; i < f.labels.size(); ++i)
                for (std::size_t j = i + 1; j < f.labels.size(); ++j)
                    QVERIFY(!f.labels[i].rect.intersects(f.labels[j].rect));
            // A cluster is painted: its centre is not background.
            const auto &c = f.clusters.front();
            QVERIFY(image.pixelColor(c.rect.center().toPoint()) != o.theme.background);
        }
    }

    // A month's band and a day's band on one lane, both with counts wanting the middle of the
    // window: the counts keep apart, never reading as one number.
    void bandCountsKeepApart()
    {
        for (int i = 0; i < 3; ++i)
            addOnAlpha(QStringLiteral("Sometime in May %1").arg(i), FuzzyDate::month(2023, 5));
        // More than the day is wide enough to show side by side: a band with a count.
        for (int i = 0; i < 6; ++i)
            addOnAlpha(QStringLiteral("On the fifteenth %1").arg(i), FuzzyDate::day(2023, 5, 15));
        rebuild();
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        RenderOptions o = labelOptions();
        o.labels = false;
        render(r,
               { double(FuzzyDate::day(2023, 5, 14).startSeconds()), double(FuzzyDate::day(2023, 5, 17).startSeconds()),
                 0 },
               o, { 1200, 300 });
        const TimelineFrame &f = r.frame();
        QCOMPARE(f.spans.size(), std::size_t(2));
        const QRectF a = f.spans[0].countRect;
        const QRectF b = f.spans[1].countRect;
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(std::max(b.left() - a.right(), a.left() - b.right()) >= TimelineRenderer::kCountSpacing - 0.01);
    }

    void dayPrecisionCoversItsDayAtWeekScale()
    {
        // On Alpha's lane: a day known only as a day, three events on another day, and one at a
        // known minute. At week scale a day is some 250 pixels: a day's event covers it.
        const EventId single = addOnAlpha(QStringLiteral("Talks on the grain corridor"), FuzzyDate::day(2023, 3, 5));
        for (int i = 0; i < 3; ++i)
            addOnAlpha(QStringLiteral("Busy day %1").arg(i), FuzzyDate::day(2023, 3, 9));
        const EventId minute = addOnAlpha(QStringLiteral("Phone call"), FuzzyDate::minute(2023, 3, 9, 14, 0));
        rebuild();
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        RenderOptions o = labelOptions();
        const TimelineViewport week { double(FuzzyDate::day(2023, 3, 4).startSeconds()),
                                      double(FuzzyDate::day(2023, 3, 11).startSeconds()), 0 };
        // Lanes too low to stack the busy day's three titles (that is tst_timelinelabels').
        const QImage image = render(r, week, o, { 1920, 180 });
        image.save(QDir::temp().filePath(QStringLiteral("entente-timeline-week-days.png")));
        const TimelineFrame &f = r.frame();
        QVERIFY(f.clusters.empty()); // nothing at midnight pretends to be a crowd
        auto markOf = [&](EventId id) {
            return std::find_if(f.marks.begin(), f.marks.end(), [&](const auto &m) { return m_index.id(m.row) == id; });
        };
        // The day's event is a bar over its day, 00:00 to 24:00, its symbol at midday.
        const auto day = markOf(single);
        QVERIFY(day != f.marks.end());
        const double x0 = f.xOf(double(FuzzyDate::day(2023, 3, 5).startSeconds()));
        const double x1 = f.xOf(double(FuzzyDate::day(2023, 3, 6).startSeconds()));
        QVERIFY(x1 - x0 > 200);
        QVERIFY(std::abs(day->rect.left() - x0) < 1 && std::abs(day->rect.right() - x1) < 1);
        QVERIFY(std::abs(day->centre.x() - (x0 + x1) / 2) < 1);
        const int y = int(day->centre.y());
        const QRgb ground = image.pixel(int(x0 - 20), y);
        // Painted across the day (sampled clear of the symbol and of the title after it), soft
        // at its ends, and nothing just outside it.
        for (const double at : { 0.06, 0.2, 0.4 })
            QVERIFY2(image.pixel(int(x0 + (x1 - x0) * at), y) != ground, qPrintable(QString::number(at)));
        QVERIFY(image.pixel(int(x0 - 3), y) == ground);
        const QColor inside = image.pixelColor(int(x0 + (x1 - x0) * 0.2), y);
        const QColor edge = image.pixelColor(int(x0 + 3), y); // past the grid line at midnight
        QVERIFY(std::abs(edge.lightness() - QColor(ground).lightness())
                < std::abs(inside.lightness() - QColor(ground).lightness()));
        // Its title on the day, after the symbol.
        const auto label = std::find_if(f.labels.begin(), f.labels.end(),
                                        [&](const auto &l) { return m_index.id(l.row) == single; });
        QVERIFY(label != f.labels.end());
        QVERIFY(label->rect.left() > day->centre.x() && label->rect.left() < x1);
        // The busy day: one band over the day with the count 3, not three marks nor a cluster;
        // the count clear of the call's mark on that day.
        QCOMPARE(f.spans.size(), std::size_t(1));
        const auto &busy = f.spans.front();
        QCOMPARE(busy.count, 3U);
        QVERIFY(std::abs(busy.rect.left() - f.xOf(double(FuzzyDate::day(2023, 3, 9).startSeconds()))) < 1);
        QVERIFY(std::abs(busy.rect.width() - (x1 - x0)) < 1);
        QVERIFY(!busy.countRect.isEmpty() && busy.rect.adjusted(0, -20, 0, 20).contains(busy.countRect));
        int ink = 0;
        for (int x = int(busy.countRect.left()); x < int(busy.countRect.right()); ++x)
            for (int yy = int(busy.countRect.top()); yy < int(busy.countRect.bottom()); ++yy)
                ink += image.pixelColor(x, yy).lightness() < 160 ? 1 : 0;
        QVERIFY(ink > 5);
        for (const auto &l : f.labels)
            QVERIFY(!l.rect.intersects(busy.countRect));
        // The event known to the minute stays a point where it happened.
        const auto call = markOf(minute);
        QVERIFY(call != f.marks.end());
        QVERIFY(call->rect.width() <= call->rect.height() + 1);
        QVERIFY(std::abs(call->centre.x() - f.xOf(double(FuzzyDate::minute(2023, 3, 9, 14, 0).startSeconds()))) < 0.5);
        QVERIFY(!call->rect.intersects(busy.countRect));

        // Zoomed out to the year, days are points again at their starts, and the busy day is a
        // cluster (with the call, or without when a bin's edge falls between them).
        const TimelineViewport year { double(FuzzyDate::day(2023, 1, 1).startSeconds()),
                                      double(FuzzyDate::day(2024, 1, 1).startSeconds()), 0 };
        render(r, year, o, { 1920, 500 });
        QVERIFY(r.frame().spans.empty());
        const auto point = markOf(single);
        QVERIFY(point != r.frame().marks.end());
        QVERIFY(point->rect.width() <= point->rect.height() + 1);
        QVERIFY(std::abs(point->centre.x() - r.frame().xOf(double(FuzzyDate::day(2023, 3, 5).startSeconds()))) < 0.5);
        const auto cluster = std::find_if(r.frame().clusters.begin(), r.frame().clusters.end(),
                                          [](const auto &c) { return c.count >= 3; });
        QVERIFY(cluster != r.frame().clusters.end());
    }

    void labelsNeverOverlapOnRandomData()
    {
        // A property test through the whole renderer: random events on random lanes, random
        // windows; no two labels overlap, none leaves the lanes, and none covers a point mark
        // or a cluster of its lane.
        QRandomGenerator rng(11);
        auto dayAfter = [](int days) {
            const QDate d = QDate(2021, 1, 1).addDays(days);
            return FuzzyDate::day(d.year(), d.month(), d.day());
        };
        for (int i = 0; i < 400; ++i) {
            Event e;
            e.title = QStringLiteral("Random event %1 ").arg(i).repeated(1 + int(rng.bounded(4)));
            const int day = int(rng.bounded(365 * 3));
            e.start = dayAfter(day);
            if (rng.bounded(8) == 0)
                e.end = dayAfter(day + 1 + int(rng.bounded(30)));
            e.status = kAllClaimStatuses[rng.bounded(int(kAllClaimStatuses.size()))];
            const int actor = int(rng.bounded(3));
            e.actors = { { m_actors[actor], QString() } };
            if (rng.bounded(3) == 0) // joined to a second lane
                e.actors.append({ m_actors[(actor + 1 + int(rng.bounded(2))) % 3], QString() });
            m_store->addEvent(e);
        }
        rebuild();
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        RenderOptions o = labelOptions();
        const double first = double(FuzzyDate::day(2021, 1, 1).startSeconds());
        std::size_t placed = 0;
        std::size_t onTheLeft = 0;
        for (int round = 0; round < 60; ++round) {
            const double span = 86400.0 * (2 + rng.bounded(900.0));
            const double from = first + rng.bounded(3 * 365 * 86400.0) - span / 2;
            render(r, { from, from + span, 0 }, o, { 600 + int(rng.bounded(1400)), 300 + int(rng.bounded(500)) });
            const TimelineFrame &f = r.frame();
            placed += f.labels.size();
            const QString where = QString::number(round);
            const double leastCut = 7 * QFontMetricsF(o.font).averageCharWidth();
            for (std::size_t i = 0; i < f.labels.size(); ++i) {
                const QRectF a = f.labels[i].rect;
                QVERIFY2(f.lanesRect.adjusted(0, -1, 1, 1).contains(a), qPrintable(where));
                // A cut title keeps a few words, never just two or three letters such as "Ran…".
                if (f.labels[i].text.endsWith(QChar(0x2026)))
                    QVERIFY2(a.width() >= leastCut - 1, qPrintable(where + QStringLiteral(": ") + f.labels[i].text));
                for (std::size_t j = i + 1; j < f.labels.size(); ++j)
                    QVERIFY2(!a.intersects(f.labels[j].rect), qPrintable(where));
                for (const auto &m : f.marks) {
                    if (m.centre.y() <= a.top() || m.centre.y() >= a.bottom())
                        continue;
                    // Every symbol drawn in the lane stays clear: a point, a bar's start, the
                    // middle of a day's or a month's band (height is the mark size).
                    const double size = m.rect.height();
                    const QRectF symbol(m.centre.x() - size / 2, m.centre.y() - size / 2, size, size);
                    QVERIFY2(!a.intersects(symbol), qPrintable(where));
                    if (m.row == f.labels[i].row && a.right() <= symbol.left())
                        ++onTheLeft; // placed left of its own mark
                }
                for (const auto &c : f.clusters) {
                    if (c.rect.center().y() > a.top() && c.rect.center().y() < a.bottom())
                        QVERIFY2(!a.intersects(c.rect), qPrintable(where));
                }
                // Nor do the bands' counts.
                for (const auto &g : f.spans)
                    QVERIFY2(!a.intersects(g.countRect), qPrintable(where));
            }
            // Two bands' counts keep apart, so they never read as one number.
            for (std::size_t i = 0; i < f.spans.size(); ++i) {
                const QRectF a = f.spans[i].countRect;
                for (std::size_t j = i + 1; j < f.spans.size() && !a.isEmpty(); ++j) {
                    const QRectF b = f.spans[j].countRect;
                    if (b.isEmpty() || f.spans[j].lane != f.spans[i].lane)
                        continue;
                    const double apart = std::max(b.left() - a.right(), a.left() - b.right());
                    QVERIFY2(apart >= TimelineRenderer::kCountSpacing - 0.01, qPrintable(where));
                }
            }
        }
        QVERIFY(placed > 100);
        // Marks near the right edge, or just before a neighbour, have their titles on the left.
        QVERIFY2(onTheLeft > 10, qPrintable(QString::number(onTheLeft)));
    }

    void labelGoesLeftAtTheRightEdge()
    {
        // A long title on a mark 30 pixels from the right edge of the view: on the right it
        // would be cut to a letter or two; on the left it is whole, and clear of its mark.
        Event e;
        e.title = QStringLiteral("Signing ceremony in Ankara");
        e.start = FuzzyDate::minute(2022, 6, 20, 12, 0);
        e.actors = { { m_actors[0], QString() } };
        const EventId id = m_store->addEvent(e);
        rebuild();
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        RenderOptions o = labelOptions();
        // 7 days over the lanes' width; the event 30 pixels left of the right edge.
        render(r, { 0, 7 * 86400.0, 0 }, o);
        const double perPixel = 7 * 86400.0 / r.frame().lanesRect.width();
        const double at = double(e.start.startSeconds());
        const TimelineViewport v { at + 30 * perPixel - 7 * 86400.0, at + 30 * perPixel, 0 };
        const QImage image = render(r, v, o);
        image.save(QDir::temp().filePath(QStringLiteral("entente-timeline-right-edge.png")));
        const TimelineFrame &f = r.frame();
        const auto mark
            = std::find_if(f.marks.begin(), f.marks.end(), [&](const auto &m) { return m_index.id(m.row) == id; });
        QVERIFY(mark != f.marks.end());
        QVERIFY(std::abs(mark->centre.x() - (f.lanesRect.right() - 30)) < 1);
        const auto label
            = std::find_if(f.labels.begin(), f.labels.end(), [&](const auto &l) { return m_index.id(l.row) == id; });
        QVERIFY(label != f.labels.end());
        QCOMPARE(label->text, e.title);
        QVERIFY(label->rect.right() < mark->rect.left());
        QVERIFY(label->rect.right() > mark->rect.left() - 10);
        QVERIFY(f.lanesRect.contains(label->rect));
        // The text is painted there: dark pixels on the left of the mark, none on its right.
        auto inkIn = [&](double x0, double x1) {
            int ink = 0;
            for (int x = int(x0); x < int(x1); ++x)
                for (int y = int(label->rect.top()); y < int(label->rect.bottom()); ++y)
                    ink += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
            return ink;
        };
        QVERIFY(inkIn(label->rect.left(), label->rect.right()) > 40);
        QCOMPARE(inkIn(mark->rect.right() + 2, f.lanesRect.right()), 0);
    }

    void legendWrapsInsteadOfCuttingEntries()
    {
        // Kinds enough that one row cannot hold them at 700 pixels.
        for (int k = 0; k < 6; ++k) {
            Event e;
            e.title = QStringLiteral("Kind %1").arg(k);
            e.start = FuzzyDate::day(2022, 6, 1 + k);
            e.kind = QStringLiteral("a rather long kind name %1").arg(k);
            e.actors = { { m_actors[0], QString() } };
            m_store->addEvent(e);
        }
        rebuild();
        TimelineRenderer r(&m_index, &m_lanes);
        RenderOptions o = bareOptions();
        o.legend = true;
        const QFontMetricsF fm(o.font);
        for (const int width : { 1920, 1000, 700 }) {
            render(r, TimelineRenderer::fitAll(m_index), o, { width, 500 });
            const TimelineFrame &f = r.frame();
            // Every status and every kind is named, each entry whole and inside the legend.
            QCOMPARE(f.legend.size(), std::size_t(5) + std::size_t(m_index.kinds().size()));
            std::vector<QRectF> boxes;
            for (const auto &e : f.legend) {
                const QRectF box(e.sample.x() - 6, e.baseline.y() - fm.ascent(),
                                 e.baseline.x() + fm.horizontalAdvance(e.text) - e.sample.x() + 6, fm.height());
                QVERIFY2(f.legendRect.contains(box), qPrintable(e.text));
                for (const QRectF &other : boxes)
                    QVERIFY(!other.intersects(box));
                boxes.push_back(box);
            }
            QCOMPARE(f.legendRect.bottom(), 500.0);
            QVERIFY(f.lanesRect.bottom() <= f.legendRect.top());
            if (width == 1920)
                QCOMPARE(f.legendRect.height(), TimelineRenderer::kLegendHeight);
            else
                QVERIFY(f.legendRect.height() > TimelineRenderer::kLegendHeight);
        }
        // Too narrow for every entry in four rows: the last row says how many are left out.
        render(r, TimelineRenderer::fitAll(m_index), o, { 260, 500 });
        QVERIFY(r.frame().legend.back().text.startsWith(u'+'));
        QVERIFY(r.frame().legend.size() < std::size_t(5) + std::size_t(m_index.kinds().size()));
        QCOMPARE(r.frame().legendRect.height(),
                 TimelineRenderer::kLegendHeight + 3 * TimelineRenderer::kLegendRowHeight);
    }

    void eraNamesWholeWhereThereIsRoom()
    {
        // A short era in the middle, one at the very end of the view, and a long one.
        const std::pair<const char *, std::pair<FuzzyDate, FuzzyDate>> eras[] = {
            { "A rather short era", { FuzzyDate::day(2022, 3, 1), FuzzyDate::day(2022, 3, 4) } },
            { "Long stretch", { FuzzyDate::day(2022, 5, 1), FuzzyDate::day(2022, 9, 1) } },
            { "The era at the end", { FuzzyDate::day(2022, 12, 1), FuzzyDate::day(2023, 3, 1) } },
        };
        for (const auto &[name, range] : eras) {
            Era era;
            era.name = QString::fromLatin1(name);
            era.start = range.first;
            era.end = range.second;
            m_store->addEra(era);
        }
        m_index.build(*m_store);
        TimelineRenderer r(&m_index, &m_lanes);
        const TimelineViewport v { double(FuzzyDate::day(2022, 1, 1).startSeconds()),
                                   double(FuzzyDate::day(2022, 12, 20).startSeconds()), 0 };
        const QImage image = render(r, v, bareOptions(), { 1000, 400 });
        image.save(QDir::temp().filePath(QStringLiteral("entente-timeline-eras.png")));
        const TimelineFrame &f = r.frame();
        QCOMPARE(f.eraLabels.size(), std::size_t(3));
        for (std::size_t i = 0; i < f.eraLabels.size(); ++i) {
            const auto &l = f.eraLabels[i];
            QCOMPARE(l.text, QString::fromLatin1(eras[i].first)); // whole, not elided
            QVERIFY(f.lanesRect.contains(l.rect));
            // Each name touches its own band.
            const double x0 = std::max(f.xOf(double(eras[i].second.first.startSeconds())), f.lanesRect.left());
            const double x1 = std::min(f.xOf(double(eras[i].second.second.endSeconds())), f.lanesRect.right());
            QVERIFY2(l.rect.left() < x1 && l.rect.right() > x0, qPrintable(l.text));
            if (i > 0)
                QVERIFY(f.eraLabels[i - 1].rect.right() < l.rect.left());
        }
        // Squeezed between two close bands, a name is elided rather than run into the next.
        const TimelineViewport wide { double(FuzzyDate::year(2000).startSeconds()),
                                      double(FuzzyDate::year(2030).startSeconds()), 0 };
        render(r, wide, bareOptions(), { 1000, 400 });
        for (std::size_t i = 1; i < r.frame().eraLabels.size(); ++i)
            QVERIFY(r.frame().eraLabels[i - 1].rect.right() < r.frame().eraLabels[i].rect.left());
    }
};

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
