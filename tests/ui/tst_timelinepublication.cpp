// The timeline as a picture for readers (RenderOptions::publication): what exports and
// presentations show, checked in the SVG text and the frame.
#include "sampledataset.h"
#include "store/store.h"
#include "svgtexts.h"
#include "timeline/timelinelanename.h"
#include "timeline/timelinerenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTest>

using namespace entente;

class TestTimelinePublication : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    TimelineIndex m_index;
    TimelineLanes m_lanes;

    static RenderOptions publication(int height)
    {
        RenderOptions o;
        o.publication = true;
        o.showToday = false;
        o.legend = true;
        o.font.setPixelSize(std::max(14, static_cast<int>(height * 0.016)));
        return o;
    }

    // Every <text> of an SVG of the timeline, in order.
    QStringList svgTexts(TimelineRenderer &r, const TimelineViewport &v, const RenderOptions &o, QSize size)
    {
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
        {
            QPainter p(&svg);
            r.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), v, o);
        }
        return test::svgTexts(buffer.data());
    }

    QStringList titles() const
    {
        QStringList out;
        for (const Event &e : m_store->events(m_store->eventIds({})))
            out.append(e.title.simplified());
        return out;
    }

    static TimelineViewport may2025()
    {
        return { double(FuzzyDate::day(2025, 5, 9).startSeconds()), double(FuzzyDate::day(2025, 5, 28).startSeconds()),
                 0 };
    }

private slots:
    void init()
    {
        m_store = Store::createInMemory();
        SampleDataset::write(*m_store);
        m_index.build(*m_store);
        m_lanes.build(m_index, {}, LaneMode::Actors, LaneOrder::FirstAppearance);
    }

    void noScreenFurniture()
    {
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        const QRegularExpression count(QStringLiteral("^[0-9][0-9,. ]* event(s|\\(s\\))?$"));
        RenderOptions screen = publication(1080);
        screen.publication = false;
        // The screen has its count ("12 events") and its overview strip: the check can see them.
        QVERIFY(!svgTexts(r, TimelineRenderer::fitAll(m_index), screen, { 1920, 1080 }).filter(count).isEmpty());
        QVERIFY(!r.frame().stripRect.isEmpty());
        for (const QSize size : { QSize(1920, 1080), QSize(1200, 675), QSize(3508, 2480) }) {
            RenderOptions o = publication(size.height());
            o.selected = m_index.id(0);
            o.hovered = m_index.id(1);
            const QStringList texts = svgTexts(r, TimelineRenderer::fitAll(m_index), o, size);
            QVERIFY2(texts.filter(count).isEmpty(), qPrintable(texts.filter(count).join(u',')));
            QVERIFY(r.frame().stripRect.isEmpty());
            QVERIFY(!texts.isEmpty());
        }
        // No selection ring: the selected and hovered event look as the rest.
        RenderOptions o = publication(1080);
        QImage plain(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        QImage selected = plain;
        {
            QPainter p(&plain);
            r.paint(p, QRectF(0, 0, 1920, 1080), may2025(), o);
        }
        o.selected = m_index.id(m_index.size() - 1);
        {
            QPainter p(&selected);
            r.paint(p, QRectF(0, 0, 1920, 1080), may2025(), o);
        }
        QCOMPARE(selected, plain);
    }

    void eachTitleOnce()
    {
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        const QStringList all = this->titles();
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&image);
            r.paint(p, QRectF(0, 0, 1920, 1080), may2025(), publication(1080));
        }
        image.save(QDir::temp().filePath(QStringLiteral("entente-timeline-publication-may2025.png")));
        for (const auto &[v, least] : { std::pair(TimelineRenderer::fitAll(m_index), 7), std::pair(may2025(), 4) }) {
            const QStringList texts = svgTexts(r, v, publication(1080), { 1920, 1080 });
            int whole = 0;
            for (const QString &title : all) {
                QVERIFY2(texts.count(title) <= 1, qPrintable(title));
                whole += texts.count(title);
            }
            // And an event's title is not repeated cut short on another lane either.
            QSet<std::uint32_t> rows;
            for (const auto &l : r.frame().labels) {
                QVERIFY2(!rows.contains(l.row), qPrintable(l.text));
                rows.insert(l.row);
            }
            QVERIFY2(whole >= least, qPrintable(texts.join(u'|')));
        }
        // May 2025 at 1920: every event standing on its own has its title (whole, or cut only
        // where the next shape begins).
        r.layout(QRectF(0, 0, 1920, 1080), may2025(), publication(1080));
        for (const auto &m : r.frame().marks)
            QVERIFY(std::any_of(r.frame().labels.begin(), r.frame().labels.end(),
                                [&](const auto &l) { return l.row == m.row; }));
    }

    void lanesFillTheHeightAndEmptyOnesGo()
    {
        TimelineRenderer r(&m_index, &m_lanes);
        const TimelineViewport v = may2025();
        const RenderOptions o = publication(1080);
        r.layout(QRectF(0, 0, 1920, 1080), v, o);
        const TimelineFrame &f = r.frame();
        std::size_t busy = 0;
        for (const auto &lane : m_lanes.lanes()) {
            const bool any = std::any_of(lane.rows.begin(), lane.rows.end(), [&](std::uint32_t row) {
                return double(m_index.end(row)) > v.from && double(m_index.start(row)) < v.to;
            });
            busy += any ? 1 : 0;
        }
        QVERIFY(busy < m_lanes.lanes().size()); // some actors have nothing in May 2025
        QCOMPARE(std::size_t(f.lanes.size()), busy);
        for (const auto &l : f.lanes)
            QVERIFY2(
                std::any_of(f.marks.begin(), f.marks.end(), [&](const auto &m) { return m.lane == l.lane; })
                    || std::any_of(f.clusters.begin(), f.clusters.end(),
                                   [&](const auto &c) { return c.lane == l.lane; })
                    || std::any_of(f.spans.begin(), f.spans.end(), [&](const auto &g) { return g.lane == l.lane; }),
                qPrintable(l.name));
        // The lanes reach down to the legend (less the era names' strip): no empty third.
        QVERIFY(f.lanes.back().body.bottom() >= f.lanesRect.bottom() - f.eraStrip - 1);
        QVERIFY(f.lanes.front().body.top() <= f.lanesRect.top() + 1);
    }

    // More actors in view than fit with their names readable: the busiest stay, in their order,
    // and the line below them says how many others were left out.
    void tooManyLanesShowTheBusiestAndSaySo()
    {
        auto store = Store::createInMemory();
        const int actors = 120;
        for (int k = 0; k < actors; ++k) {
            Actor a;
            a.name = QStringLiteral("Actor %1").arg(k);
            const ActorId id = store->addActor(a);
            for (int e = 0; e < (k % 10 == 3 ? 5 : 1); ++e) { // actors 3, 13, 23... are the busiest
                Event event;
                event.title = QStringLiteral("Event %1.%2").arg(k).arg(e);
                event.start = FuzzyDate::day(2024, 1, 1 + (k + e) % 28);
                event.actors.append({ id, QString() });
                store->addEvent(event);
            }
        }
        TimelineIndex index;
        index.build(*store);
        TimelineLanes lanes;
        lanes.build(index, {}, LaneMode::Actors, LaneOrder::FirstAppearance);
        TimelineRenderer r(&index, &lanes);
        const QSize size(1200, 675);
        const RenderOptions o = publication(size.height());
        const QStringList texts = svgTexts(r, TimelineRenderer::fitAll(index), o, size);
        const TimelineFrame &f = r.frame();
        const QFontMetricsF fm(o.font);
        QVERIFY(f.lanes.size() >= 12);
        QVERIFY(f.lanes.size() < actors);
        QCOMPARE(f.lanesLeftOut, actors - int(f.lanes.size()));
        QStringList shown;
        for (qsizetype i = 0; i < f.lanes.size(); ++i) {
            QVERIFY2(f.lanes[i].header.height() >= fm.height(), qPrintable(f.lanes[i].name)); // its name drawn
            QVERIFY(i == 0 || f.lanes[i].lane > f.lanes[i - 1].lane); // in the lanes' order
            QVERIFY(texts.contains(f.lanes[i].name));
            shown.append(f.lanes[i].name);
        }
        for (int k = 3; k < actors; k += 10)
            QVERIFY2(shown.contains(QStringLiteral("Actor %1").arg(k)), qPrintable(shown.join(u',')));
        const QString leftOut = QString::number(f.lanesLeftOut) + QStringLiteral(" more actor");
        QVERIFY2(std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return t.startsWith(leftOut); }),
                 qPrintable(texts.join(u'|')));
        QVERIFY(f.leftOutRect.top() >= f.lanes.back().body.bottom());
        QVERIFY(f.leftOutRect.bottom() <= f.legendRect.top() + 0.5);
        // Where every lane fits, none is left out and nothing says so.
        TimelineRenderer sample(&m_index, &m_lanes);
        sample.layout(QRectF(0, 0, 1920, 1080), may2025(), publication(1080));
        QCOMPARE(sample.frame().lanesLeftOut, 0);
        QVERIFY(sample.frame().leftOutRect.isNull());
    }

    void sizesFollowTheType()
    {
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        struct Measure
        {
            double font, mark, axis, legendRow, header;
        };
        std::vector<Measure> measures;
        for (const QSize size : { QSize(1200, 675), QSize(1920, 1080), QSize(1080, 1350), QSize(3508, 2480) }) {
            const RenderOptions o = publication(size.height());
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            {
                QPainter p(&image);
                r.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), TimelineRenderer::fitAll(m_index), o);
            }
            image.save(QDir::temp().filePath(
                QStringLiteral("entente-timeline-publication-%1x%2.png").arg(size.width()).arg(size.height())));
            const TimelineFrame &f = r.frame();
            const QFontMetricsF fm(o.font);
            QVERIFY(f.legendRect.height() >= fm.height());
            measures.push_back({ double(o.font.pixelSize()), f.markSize, f.axisRect.height(), f.legendRect.height(),
                                 f.headersRect.width() });
            // Every lane name whole.
            for (const auto &l : f.lanes)
                QVERIFY2(fm.horizontalAdvance(l.name) <= f.headersRect.width() - 12 * f.scale, qPrintable(l.name));
        }
        for (const Measure &m : measures) {
            const Measure &first = measures.front();
            const double k = m.font / first.font;
            QVERIFY(std::abs(m.mark / first.mark - k) < 0.1 * k);
            QVERIFY(std::abs(m.axis / first.axis - k) < 0.1 * k);
            QVERIFY(m.mark >= 0.8 * m.font);
        }
    }

    void laneNamesKeepTheSurname()
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(12);
        const QFontMetricsF fm(font);
        const QStringList names { QStringLiteral("Володимир Путін"), QStringLiteral("Володимир Мединський"),
                                  QStringLiteral("Володимир Зеленський") };
        for (const double width : { 110.0, 90.0, 70.0 }) {
            QStringList fitted;
            for (const QString &name : names) {
                const QString f = fitLaneName(name, fm, width);
                QVERIFY2(fm.horizontalAdvance(f) <= width, qPrintable(f));
                fitted.append(f);
            }
            QCOMPARE(QSet<QString>(fitted.begin(), fitted.end()).size(), 3);
            QVERIFY2(fitted[2].contains(QStringLiteral("Зеле")), qPrintable(fitted.join(u',')));
            QVERIFY(!fitted[2].startsWith(QStringLiteral("Володимир")));
        }
        QCOMPARE(fitLaneName(QStringLiteral("Володимир Зеленський"), fm, 120), QStringLiteral("В. Зеленський"));
        QCOMPARE(fitLaneName(QStringLiteral("Russia"), fm, 120), QStringLiteral("Russia"));
        // A kind is cut at its end: its last word alone would name another kind.
        const QString kind = fitLaneName(QStringLiteral("material cooperation"), fm, 100, false);
        QVERIFY2(kind.startsWith(QStringLiteral("material")) && kind.endsWith(QChar(0x2026)), qPrintable(kind));
        QVERIFY(fm.horizontalAdvance(kind) <= 100);
    }
};

QTEST_MAIN(TestTimelinePublication)
#include "tst_timelinepublication.moc"
