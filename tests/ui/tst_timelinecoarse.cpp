// The coarse timeline shown while a large file's first index builds: it counts every event, and
// drawn in one lane it lays out what the full index lays out in one lane.
#include "document.h"
#include "selection.h"
#include "store/store.h"
#include "timeline/timelinebuildstatus.h"
#include "timeline/timelineindexcache.h"
#include "timeline/timelineview.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

class TestTimelineCoarse : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    static constexpr int kEvents = 400;

    // Events, marks of single events, and events folded into clusters and bands, in a frame.
    static std::uint32_t shownCount(const TimelineFrame &frame)
    {
        std::uint32_t n = 0;
        for (const auto &m : frame.marks)
            n += m.extra ? 0 : 1;
        for (const auto &c : frame.clusters)
            n += c.count;
        for (const auto &g : frame.spans)
            n += g.count;
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("coarse.entente"));
        auto r = Store::open(m_path, { .create = true });
        QVERIFY(r.store);
        Store &store = *r.store;
        Actor a;
        a.name = QStringLiteral("Russia");
        const ActorId russia = store.addActor(a);
        a.name = QStringLiteral("Ukraine");
        const ActorId ukraine = store.addActor(a);
        // Ids from 300,000: the file reads as a large one (the view bounds the count by the
        // largest id), so its first build shows the coarse index first.
        store.transaction([&] {
            for (int i = 0; i < kEvents; ++i) {
                Event e;
                e.id = 300000 + i;
                e.title = QStringLiteral("Talks %1").arg(i);
                e.start = FuzzyDate::day(2022 + i % 3, 1 + (i * 7) % 12, 1 + (i * 5) % 28);
                e.actors = { { i % 2 ? russia : ukraine, QStringLiteral("participant") } };
                store.addEvent(e);
            }
        });
        TimelineIndexCache::remove(m_path);
    }

    void cleanupTestCase() { TimelineIndexCache::remove(m_path); }

    void showsEveryEventBeforeTheFullIndex()
    {
        // The coarse and the full index are built at once; on a loaded machine the full one can
        // be handed over in the same turn of the event loop. Opened again (at most three times)
        // until the coarse view is seen on its own, as it is on any machine with a core to spare.
        Document::OpenResult opened;
        Selection selection;
        std::unique_ptr<TimelineView> shown;
        std::unique_ptr<QSignalSpy> ready;
        for (int attempt = 0; attempt < 3; ++attempt) {
            ready.reset();
            shown.reset();
            TimelineIndexCache::remove(m_path);
            opened = Document::open(m_path);
            QVERIFY(opened.document);
            shown = std::make_unique<TimelineView>(opened.document.get(), &selection);
            shown->resize(900, 400);
            QSignalSpy coarse(shown.get(), &TimelineView::coarseIndexReady);
            ready = std::make_unique<QSignalSpy>(shown.get(), &TimelineView::indexReady);
            QVERIFY(coarse.wait(10000));
            QCOMPARE(coarse.count(), 1);
            if (ready->count() == 0)
                break;
        }
        TimelineView &view = *shown;
        QCOMPARE(ready->count(), 0); // the coarse index comes first
        QVERIFY(view.index().isCoarse());
        QCOMPARE(view.index().size(), std::size_t(kEvents));
        const QImage coarseImage = view.grab().toImage();
        QCOMPARE(view.frame().lanes.size(), qsizetype(1));
        QCOMPARE(shownCount(view.frame()), std::uint32_t(kEvents));
        // Marks drawn: the picture is not blank where the lane is.
        const QRectF body = view.frame().lanes.first().body;
        const TimelineFrame coarseFrame = view.frame();
        const QRgb background = coarseImage.pixel(body.toRect().topLeft() + QPoint(1, 1));
        int drawn = 0;
        for (int x = int(body.left()); x < int(body.right()); x += 2)
            drawn += coarseImage.pixel(x, int(body.center().y())) != background ? 1 : 0;
        QVERIFY2(drawn > 10, qPrintable(QString::number(drawn)));

        QVERIFY(ready->wait(20000));
        QVERIFY(!view.index().isCoarse());
        QCOMPARE(view.index().size(), std::size_t(kEvents));
        // The full index draws lanes by actor; in one lane it is the coarse picture again.
        view.grab();
        QCOMPARE(view.frame().lanes.size(), qsizetype(2));
        QCOMPARE(shownCount(view.frame()), std::uint32_t(kEvents));
        view.setLaneMode(LaneMode::Single);
        view.grab();
        // The same clusters, with the same counts, in the same places, and the same single marks;
        // only their colours differ (by actor now: the coarse index knows none).
        const TimelineFrame &full = view.frame();
        QCOMPARE(full.clusters.size(), coarseFrame.clusters.size());
        for (std::size_t i = 0; i < full.clusters.size(); ++i) {
            QCOMPARE(full.clusters[i].count, coarseFrame.clusters[i].count);
            QCOMPARE(full.clusters[i].rect, coarseFrame.clusters[i].rect);
        }
        QCOMPARE(full.marks.size(), coarseFrame.marks.size());
        for (std::size_t i = 0; i < full.marks.size(); ++i)
            QCOMPARE(full.marks[i].rect, coarseFrame.marks[i].rect);
        QCOMPARE(full.spans.size(), coarseFrame.spans.size());
    }

    void lanesOfALargeIndexAreBuiltOffTheGuiThread()
    {
        TimelineView::setLanesOffThreadFrom(1);
        auto opened = Document::open(m_path);
        Selection selection;
        TimelineView view(opened.document.get(), &selection);
        view.resize(900, 400);
        QSignalSpy ready(&view, &TimelineView::indexReady);
        QVERIFY(ready.wait(20000));
        view.grab();
        QCOMPARE(view.frame().lanes.size(), qsizetype(2)); // by actor
        // The call returns at once; until the new lanes come in (through the event loop) the old
        // ones are drawn.
        view.setLaneMode(LaneMode::Single);
        view.grab();
        QCOMPARE(view.frame().lanes.size(), qsizetype(2));
        QTRY_COMPARE((view.grab(), view.frame().lanes.size()), qsizetype(1));
        QCOMPARE(shownCount(view.frame()), std::uint32_t(kEvents));
        // Asked twice while one build runs: the last one asked for is what is drawn.
        view.setLaneMode(LaneMode::Kind);
        view.setLaneMode(LaneMode::Actors);
        QTRY_VERIFY(!view.isBuildingLanes());
        QTRY_COMPARE((view.grab(), view.frame().lanes.size()), qsizetype(2));
        QCOMPARE(view.frame().lanes.first().name, QStringLiteral("Ukraine"));
        // A filter too: only Russia's events (the odd ones) stay.
        EventFilter f;
        f.actors = { view.index().actors()[0].id };
        selection.setFilter(f);
        QTRY_VERIFY(!view.isBuildingLanes());
        QTRY_COMPARE((view.grab(), view.frame().lanes.size()), qsizetype(1));
        QCOMPARE(shownCount(view.frame()), std::uint32_t(kEvents / 2));
        TimelineView::setLanesOffThreadFrom(200000);
    }

    void aCachedIndexNeedsNoCoarseOne()
    {
        // Files this small are not kept unless asked: a view keeps its index, the next opening
        // reads it back at once.
        TimelineIndexCache::setMinimumRows(1);
        {
            auto opened = Document::open(m_path);
            Selection selection;
            TimelineView view(opened.document.get(), &selection);
            QSignalSpy ready(&view, &TimelineView::indexReady);
            QVERIFY(ready.wait(20000));
        }
        QVERIFY(TimelineIndexCache::isCurrent(m_path));
        auto opened = Document::open(m_path);
        Selection selection;
        TimelineView view(opened.document.get(), &selection);
        QSignalSpy coarse(&view, &TimelineView::coarseIndexReady);
        QSignalSpy ready(&view, &TimelineView::indexReady);
        QVERIFY(ready.wait(20000));
        QCOMPARE(coarse.count(), 0);
        QVERIFY(!view.index().isCoarse());
        QCOMPARE(view.index().size(), std::size_t(kEvents));
    }
};

QTEST_MAIN(TestTimelineCoarse)
#include "tst_timelinecoarse.moc"
