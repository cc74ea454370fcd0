#include "document.h"
#include "selection.h"
#include "store/schema.h"
#include "store/store.h"
#include "timeline/timelinebuildstatus.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <SQLiteCpp/Database.h>

using namespace entente;

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_document;
    Selection m_selection;
    QList<ActorId> m_actors;

    static QWidget *findTip()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QTipLabel") && w->isVisible())
                return w;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_document = std::make_unique<Document>(Store::createInMemory());
        m_actors.clear();
        for (const char *name : { "Alpha", "Bravo", "Charlie" }) {
            Actor a;
            a.name = QString::fromLatin1(name);
            m_actors.append(*m_document->addActor(a));
        }
        for (int i = 0; i < 12; ++i) {
            Event e;
            e.title = QStringLiteral("Event %1").arg(i);
            e.start = FuzzyDate::day(2022, 1 + i, 5);
            e.kind = i % 2 ? QStringLiteral("talks") : QStringLiteral("statement");
            e.actors = { { m_actors[i % 3], QStringLiteral("host") } };
            m_document->addEvent(e);
        }
        m_selection.clear();
    }

    void showsEverythingAndSelectsByClick()
    {
        TimelineView view(m_document.get(), &m_selection);
        view.resize(1000, 500);
        view.grab(); // paints, so the frame is laid out
        const auto [from, to] = view.visibleRange();
        QVERIFY(from <= FuzzyDate::day(2022, 1, 5).startSeconds());
        QVERIFY(to >= FuzzyDate::day(2022, 12, 5).startSeconds());
        QCOMPARE(view.frame().marks.size(), std::size_t(12));
        const auto &mark = view.frame().marks[3];
        QTest::mouseClick(&view, Qt::LeftButton, {}, mark.centre.toPoint());
        QCOMPARE(m_selection.event(), std::optional<EventId>(view.index().id(mark.row)));
        // Right selects the next event in time, Left the one before.
        const std::size_t row = mark.row;
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(m_selection.event(), std::optional<EventId>(view.index().id(row + 1)));
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(m_selection.event(), std::optional<EventId>(view.index().id(row - 1)));
    }

    void zoomsAroundTheCursorAndAnimates()
    {
        TimelineView view(m_document.get(), &m_selection);
        view.resize(1000, 500);
        view.grab();
        QSignalSpy spy(&view, &TimelineView::visibleRangeChanged);
        const QPointF at(view.frame().lanesRect.left() + 300, view.frame().lanesRect.center().y());
        const double timeAt = view.frame().timeAt(at.x());
        const auto before = view.visibleRange();
        QWheelEvent wheel(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        view.grab();
        const auto after = view.visibleRange();
        QVERIFY(after.second - after.first < before.second - before.first);
        QVERIFY(std::abs(view.frame().timeAt(at.x()) - timeAt) < 3600);
        QVERIFY(!spy.isEmpty());
        // F fits all again, through an animation of at most a quarter second.
        QTest::keyClick(&view, Qt::Key_F);
        QTRY_COMPARE_WITH_TIMEOUT(view.visibleRange(), before, 5000);
        QTest::keyClick(&view, Qt::Key_Plus);
        QTRY_VERIFY_WITH_TIMEOUT(
            view.visibleRange().second - view.visibleRange().first < (before.second - before.first) * 0.7, 1000);
    }

    void pinchZoomsAroundTheFingers()
    {
        TimelineView view(m_document.get(), &m_selection);
        view.resize(1000, 500);
        view.grab();
        const QPointF at(view.frame().lanesRect.left() + 200, view.frame().lanesRect.center().y());
        const double timeAt = view.frame().timeAt(at.x());
        const auto before = view.visibleRange();
        // Fingers spreading: three steps of 25 % more magnification each.
        for (int i = 0; i < 3; ++i) {
            QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
                                      view.mapToGlobal(at), 0.25, QPointF(), 1);
            QApplication::sendEvent(&view, &pinch);
            QVERIFY(pinch.isAccepted());
        }
        view.grab();
        const auto after = view.visibleRange();
        const double ratio = double(after.second - after.first) / double(before.second - before.first);
        QVERIFY2(std::abs(ratio - 1 / (1.25 * 1.25 * 1.25)) < 0.01, qPrintable(QString::number(ratio)));
        // The time under the fingers stays under them.
        QVERIFY(std::abs(view.frame().timeAt(at.x()) - timeAt) < 3600);
        QVERIFY(after.first > before.first && after.second < before.second);
        // Pinching in zooms out again.
        QNativeGestureEvent out(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
                                view.mapToGlobal(at), -0.5, QPointF(), 2);
        QApplication::sendEvent(&view, &out);
        QVERIFY(view.visibleRange().second - view.visibleRange().first > after.second - after.first);
    }

    void densityStripNavigates()
    {
        TimelineView view(m_document.get(), &m_selection);
        view.resize(1000, 500);
        view.grab();
        // Zoomed in to a month, so the window is a small part of the strip.
        view.setVisibleRange(FuzzyDate::day(2022, 2, 1).startSeconds(), FuzzyDate::day(2022, 3, 1).startSeconds(),
                             false);
        view.grab();
        const QRectF strip = view.frame().stripRect;
        QVERIFY(!strip.isEmpty());
        const double span = double(view.visibleRange().second - view.visibleRange().first);
        auto centre = [&view] { return (view.visibleRange().first + view.visibleRange().second) / 2.0; };
        // A click centres the window on the time under it, through a short animation.
        const QPoint click(int(strip.left() + strip.width() * 0.8), int(strip.center().y()));
        const double clicked = view.frame().stripTimeAt(click.x());
        QTest::mouseClick(&view, Qt::LeftButton, {}, click);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(centre() - clicked) < 3600, 3000);
        QVERIFY(std::abs(double(view.visibleRange().second - view.visibleRange().first) - span) < 2);
        // A drag carries the window along with the pointer, without changing its width.
        view.grab();
        const QPoint from(int(strip.left() + strip.width() * 0.3), int(strip.center().y()));
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        for (const double f : { 0.4, 0.5, 0.6 }) {
            const QPointF to(strip.left() + strip.width() * f, strip.center().y());
            QMouseEvent move(QEvent::MouseMove, to, view.mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&view, &move);
            QVERIFY2(std::abs(centre() - view.frame().stripTimeAt(to.x())) < 3600, qPrintable(QString::number(f)));
        }
        QTest::mouseRelease(&view, Qt::LeftButton, {},
                            QPoint(int(strip.left() + strip.width() * 0.6), int(strip.center().y())));
        QVERIFY(std::abs(double(view.visibleRange().second - view.visibleRange().first) - span) < 2);
        // Dragging on the strip selects nothing and moves no lane.
        QVERIFY(!m_selection.event());
    }

    void doubleClickZoomsIntoAClusterAndKeysZoom()
    {
        // 300 events in one afternoon on Alpha's lane: a cluster at the year's scale.
        for (int i = 0; i < 300; ++i) {
            Event e;
            e.title = QStringLiteral("Busy %1").arg(i);
            e.start = FuzzyDate::minute(2022, 7, 14, 12 + i / 60, i % 60);
            e.actors = { { m_actors[0], QString() } };
            m_document->addEvent(e);
        }
        TimelineView view(m_document.get(), &m_selection);
        QCOMPARE(view.animationDuration(), TimelineView::kAnimationMs);
        QVERIFY(view.animationDuration() <= 250);
        if (view.index().size() < 312)
            QVERIFY(QSignalSpy(&view, &TimelineView::indexReady).wait(5000));
        view.resize(1000, 500);
        view.grab();
        const auto &clusters = view.frame().clusters;
        const auto busy = std::max_element(clusters.begin(), clusters.end(),
                                           [](const auto &a, const auto &b) { return a.count < b.count; });
        QVERIFY(busy != clusters.end());
        QVERIFY(busy->count >= 250);
        const auto cluster = *busy;
        const auto before = view.visibleRange();
        QTest::mouseDClick(&view, Qt::LeftButton, {}, cluster.rect.center().toPoint());
        // The window closes in on the cluster's events: it holds them, and little else.
        QTRY_VERIFY_WITH_TIMEOUT(view.visibleRange().second - view.visibleRange().first < 86400, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(view.visibleRange().first <= cluster.from && view.visibleRange().second >= cluster.to,
                                 3000);
        view.grab();
        std::uint32_t shown = 0;
        for (const auto &c : view.frame().clusters)
            shown += c.count;
        shown += std::uint32_t(view.frame().marks.size());
        QVERIFY2(shown >= cluster.count, qPrintable(QString::number(shown)));
        // Minus zooms out, F fits all, Z zooms to the selection.
        const auto in = view.visibleRange();
        QTest::keyClick(&view, Qt::Key_Minus);
        QTRY_VERIFY_WITH_TIMEOUT(view.visibleRange().second - view.visibleRange().first > (in.second - in.first) * 1.5,
                                 3000);
        QTest::keyClick(&view, Qt::Key_F);
        QTRY_COMPARE_WITH_TIMEOUT(view.visibleRange(), before, 3000);
        view.grab();
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.frame().marks.front().centre.toPoint());
        QVERIFY(m_selection.event());
        const std::int64_t row = view.index().rowOf(*m_selection.event());
        QTest::keyClick(&view, Qt::Key_Z);
        // Waits for the end of the animation: midway the span is already small, the centre not yet there.
        const std::int64_t start = view.index().start(std::size_t(row));
        QTRY_VERIFY_WITH_TIMEOUT(view.visibleRange().second - view.visibleRange().first <= qint64(8) * 86400
                                     && view.visibleRange().first <= start && view.visibleRange().second >= start,
                                 3000);
    }

    void followsTheFilterAndReordersLanes()
    {
        TimelineView view(m_document.get(), &m_selection);
        view.resize(1000, 500);
        view.grab();
        QCOMPARE(view.frame().lanes.size(), 3);
        EventFilter f;
        f.kinds = { QStringLiteral("talks") };
        m_selection.setFilter(f);
        view.grab();
        QCOMPARE(view.frame().marks.size(), std::size_t(6));
        m_selection.setFilter({});
        view.grab();
        // Drag the first lane's header below the last: it becomes the last.
        const QString first = view.frame().lanes[0].name;
        const QPoint from = view.frame().lanes[0].header.center().toPoint();
        const QPoint to = view.frame().lanes[2].header.center().toPoint() + QPoint(0, 4);
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), view.mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
        view.grab();
        QCOMPARE(view.frame().lanes[2].name, first);
        // A click on a header folds its lane: no marks there any more.
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.frame().lanes[0].header.center().toPoint());
        view.grab();
        for (const auto &m : view.frame().marks)
            QVERIFY(m.lane != 0);
        view.setLaneMode(LaneMode::Kind);
        view.grab();
        QCOMPARE(view.frame().lanes.size(), 2);
    }

    void hoverShowsACardAndHighlightsTheMark()
    {
        TimelineView view(m_document.get(), &m_selection);
        view.resize(1000, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab();
        const auto &mark = view.frame().marks[4];
        const QString title = m_document->store().event(view.index().id(mark.row))->title;
        QTest::mouseMove(&view, mark.centre.toPoint());
        QWidget *tip = nullptr;
        QTRY_VERIFY((tip = findTip()) != nullptr);
        QVERIFY(tip->isVisible());
        const auto *label = qobject_cast<QLabel *>(tip);
        QVERIFY(label);
        QVERIFY(label->text().contains(title.toHtmlEscaped()));
        QVERIFY(label->text().contains(QStringLiteral("Alpha (host)"))
                || label->text().contains(QStringLiteral("Bravo (host)"))
                || label->text().contains(QStringLiteral("Charlie (host)")));
        const QImage card = tip->grab().toImage();
        QVERIFY(card.width() > 60 && card.height() > 30);
        card.save(QDir::temp().filePath(QStringLiteral("entente-timeline-hovercard.png")));
        // The hovered mark is ringed: the frame was repainted with it hovered.
        const QImage image = view.grab().toImage();
        image.save(QDir::temp().filePath(QStringLiteral("entente-timeline-hover.png")));
        QVERIFY(!view.frame().stripRect.isEmpty());
        // The density strip shows the window in view across the whole span.
        const QRectF strip = view.frame().stripRect;
        int inked = 0;
        for (int x = static_cast<int>(strip.left()) + 1; x < static_cast<int>(strip.right()); ++x)
            inked += image.pixelColor(x, static_cast<int>(strip.bottom()) - 2)
                    != image.pixelColor(x, static_cast<int>(strip.top()) + 1)
                ? 1
                : 0;
        QVERIFY(inked > 0);
        // Leaving the view drops the hover.
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(&view, &leave);
    }

    void showsProgressAndCancelsABackgroundBuild()
    {
        // A file large enough to be indexed in the background, written in one statement. (Its
        // index is kept in the test cache, not the user's.)
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.entente"));
        {
            auto store = Store::createInMemory();
            Schema::dropSearchTriggers(store->database());
            store->database().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000) "
                                   "INSERT INTO events (title, start_date, start_key, end_key, kind) "
                                   "SELECT 'Event ' || i, '2001-01-01', 978307200 + (i * 7919 % 400000) * 600, "
                                   "978307200 + (i * 7919 % 400000) * 600 + 86400, 'talks' FROM n");
            store->saveCopy(path);
        }
        auto opened = Document::open(path);
        QVERIFY(opened.document);
        TimelineView view(opened.document.get(), nullptr);
        view.resize(900, 500);
        view.show();
        QVERIFY(view.isBuilding());
        TimelineBuildStatus *status = view.buildStatus();
        QVERIFY(status->isVisible());
        QVERIFY(!status->isCancelled());
        QVERIFY(view.geometry().contains(status->geometry()));
        view.grab().save(QDir::temp().filePath(QStringLiteral("entente-timeline-building.png")));
        QTest::mouseClick(status->button(), Qt::LeftButton);
        QVERIFY(status->isCancelled());
        QTRY_VERIFY(!view.isBuilding());
        // Cancelled: the old (empty) index stays, and the panel offers to build again.
        QVERIFY(view.index().isEmpty());
        QVERIFY(status->isVisible());
        view.grab().save(QDir::temp().filePath(QStringLiteral("entente-timeline-cancelled.png")));
        QSignalSpy ready(&view, &TimelineView::indexReady);
        QSignalSpy progress(status->findChild<QProgressBar *>(), &QProgressBar::valueChanged);
        QTest::mouseClick(status->button(), Qt::LeftButton);
        QVERIFY(view.isBuilding());
        QVERIFY(ready.wait(30000));
        QCOMPARE(view.index().size(), std::size_t(400000));
        QVERIFY(!status->isVisible());
        // The bar moved forward only, and reached the end.
        QVERIFY(!progress.isEmpty());
        int last = 0;
        for (const auto &call : progress) {
            QVERIFY(call.at(0).toInt() >= last);
            last = call.at(0).toInt();
        }
        QCOMPARE(last, 100);
    }

    void clustersTellAndListTheirEvents()
    {
        // Twenty events in one afternoon on Alpha's lane, one of them at the very minute of another.
        QList<EventId> busy;
        for (int i = 0; i < 20; ++i) {
            Event e;
            e.title = QStringLiteral("Busy %1").arg(i, 2, 10, QLatin1Char('0'));
            e.start = FuzzyDate::minute(2022, 7, 14, 12, i);
            e.actors = { { m_actors[0], QString() } };
            busy.append(*m_document->addEvent(e));
        }
        TimelineView view(m_document.get(), &m_selection);
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab();
        const auto &clusters = view.frame().clusters;
        const auto it = std::find_if(clusters.begin(), clusters.end(), [](const auto &c) { return c.count >= 20; });
        QVERIFY(it != clusters.end());
        const QPointF at = it->rect.center();
        // The card lists the first ten titles in time order, then how many more.
        const QString card = view.foldedCard(at);
        for (int i = 0; i < 10; ++i)
            QVERIFY2(card.contains(QStringLiteral("Busy %1").arg(i, 2, 10, QLatin1Char('0'))), qPrintable(card));
        QVERIFY(!card.contains(QStringLiteral("Busy 10")));
        QVERIFY2(card.contains(QStringLiteral("and %1 more").arg(it->count - 10)), qPrintable(card));
        // The pointer's card is that text.
        QTest::mouseMove(&view, at.toPoint());
        QWidget *tip = nullptr;
        QTRY_VERIFY((tip = findTip()) != nullptr);
        QVERIFY(qobject_cast<QLabel *>(tip)->text().contains(QStringLiteral("Busy 09")));
        // A click lists them to pick from; picking one selects it.
        QTest::mouseClick(&view, Qt::LeftButton, {}, at.toPoint());
        QTRY_VERIFY(view.pickMenu() != nullptr);
        const QList<QAction *> actions = view.pickMenu()->actions();
        QVERIFY(actions.size() >= 20);
        QCOMPARE(actions[3]->text(), QStringLiteral("Busy 03"));
        actions[3]->trigger();
        QCOMPARE(m_selection.event(), std::optional<EventId>(busy[3]));
        view.pickMenu()->close();
        // The selected event is drawn over its cluster, at its own time.
        view.grab();
        const auto mark = std::find_if(view.frame().marks.begin(), view.frame().marks.end(),
                                       [&](const auto &m) { return view.index().id(m.row) == busy[3]; });
        QVERIFY(mark != view.frame().marks.end());
        QVERIFY(mark->extra);
        QVERIFY(
            std::abs(mark->centre.x() - view.frame().xOf(double(FuzzyDate::minute(2022, 7, 14, 12, 3).startSeconds())))
            < 1);
        // A double-click zooms in until they stand apart: marks, not a cluster.
        m_selection.setEvent(std::nullopt);
        view.grab();
        QTest::mouseDClick(&view, Qt::LeftButton, {}, view.frame().clusters.front().rect.center().toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(view.visibleRange().second - view.visibleRange().first < 3 * 3600, 3000);
        QTest::qWait(TimelineView::kAnimationMs + 50);
        view.grab();
        std::size_t alone = 0;
        for (const auto &m : view.frame().marks)
            alone += std::count(busy.begin(), busy.end(), view.index().id(m.row)) && !m.extra ? 1 : 0;
        QVERIFY2(alone >= 10, qPrintable(QString::number(alone)));
    }

    void aSelectionElsewhereIsBroughtIntoView()
    {
        // Thirty more actors, so the lanes scroll; an event on the last lane, in 2024.
        EventId last = 0;
        for (int i = 0; i < 30; ++i) {
            Actor a;
            a.name = QStringLiteral("Actor %1").arg(i);
            const ActorId actor = *m_document->addActor(a);
            Event e;
            e.title = QStringLiteral("On lane %1").arg(i);
            e.start = FuzzyDate::day(i == 29 ? 2024 : 2022, 6, 1 + i % 28);
            e.actors = { { actor, QString() } };
            last = *m_document->addEvent(e);
        }
        TimelineView view(m_document.get(), &m_selection);
        view.resize(1000, 400);
        view.grab();
        view.setVisibleRange(FuzzyDate::day(2022, 1, 1).startSeconds(), FuzzyDate::day(2022, 4, 1).startSeconds(),
                             false);
        view.grab();
        // Selected in the table, say: the timeline pans to it and scrolls its lane into sight.
        m_selection.setEvent(last);
        QTRY_VERIFY_WITH_TIMEOUT(view.visibleRange().first <= FuzzyDate::day(2024, 6, 29).startSeconds()
                                     && view.visibleRange().second >= FuzzyDate::day(2024, 6, 29).startSeconds(),
                                 3000);
        QTest::qWait(TimelineView::kAnimationMs + 50);
        view.grab();
        const auto mark = std::find_if(view.frame().marks.begin(), view.frame().marks.end(),
                                       [&](const auto &m) { return view.index().id(m.row) == last; });
        QVERIFY(mark != view.frame().marks.end());
        QVERIFY(view.frame().lanesRect.contains(mark->centre));
    }

    void rebuildsWhenTheDocumentChanges()
    {
        TimelineView view(m_document.get(), &m_selection);
        QSignalSpy ready(&view, &TimelineView::indexReady);
        Event e;
        e.title = QStringLiteral("Late addition");
        e.start = FuzzyDate::day(2023, 2, 1);
        m_document->addEvent(e);
        QVERIFY(ready.wait(2000));
        QCOMPARE(view.index().size(), std::size_t(13));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
