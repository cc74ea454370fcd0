#include "document.h"
#include "selection.h"
#include "store.h"
#include "timeline/timelineview.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace entente;

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_document;
    Selection m_selection;
    QList<ActorId> m_actors;

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
        QTRY_COMPARE_WITH_TIMEOUT(view.visibleRange(), before, 1000);
        QTest::keyClick(&view, Qt::Key_Plus);
        QTRY_VERIFY_WITH_TIMEOUT(
            view.visibleRange().second - view.visibleRange().first < (before.second - before.first) * 0.7, 1000);
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
