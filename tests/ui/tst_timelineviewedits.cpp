// TimelineView following edits by id on a file: a re-dated, new, deleted or renamed event and an
// actor put on an event reach the index and the lanes without a build (none starts), the index
// equals a fresh build of the file, and the painted frame shows the event where it now stands.
#include "document.h"
#include "selection.h"
#include "store/store.h"
#include "timeline/timelinebuildstatus.h"
#include "timeline/timelineview.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

// Counts the times a widget is shown: the build status panel shows when a build starts.
class ShowCounter final : public QObject
{
public:
    explicit ShowCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int shown = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShowToParent)
            ++shown;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestTimelineViewEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    Selection m_selection;
    QList<ActorId> m_actors;

    // The view's index against a build of the file, row by row.
    static void compareWithBuild(const TimelineIndex &index, const Store &store)
    {
        TimelineIndex built;
        QVERIFY(built.build(store));
        QCOMPARE(index.size(), built.size());
        for (std::size_t r = 0; r < built.size(); ++r) {
            QCOMPARE(index.id(r), built.id(r));
            QCOMPARE(index.start(r), built.start(r));
            QCOMPARE(index.end(r), built.end(r));
            QCOMPARE(index.actorCount(r), built.actorCount(r));
        }
    }

    // Runs an edit and waits for the view to take it in, by id: no build may start.
    static bool takesIn(TimelineView &view, const std::function<void()> &edit)
    {
        auto *builds = new ShowCounter(view.buildStatus());
        QSignalSpy ready(&view, &TimelineView::indexReady);
        edit();
        const bool got = !ready.isEmpty() || ready.wait(2000);
        // Long enough for the 150 ms a change waited before a build.
        QTest::qWait(200);
        const bool built = builds->shown > 0 || view.isBuilding();
        delete builds;
        return got && !built;
    }

    // The x of the event's mark in the last painted frame, or -1.
    static double markX(const TimelineView &view, EventId id)
    {
        for (const auto &m : view.frame().marks) {
            if (view.index().id(m.row) == id)
                return m.centre.x();
        }
        return -1;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("edits.entente"));
        QFile::remove(path);
        {
            auto store = Store::createInMemory();
            store->saveCopy(path);
        }
        auto opened = Document::open(path);
        QVERIFY(opened.document);
        m_document = std::move(opened.document);
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
            e.actors = { { m_actors[i % 3], QStringLiteral("host") } };
            m_document->addEvent(e);
        }
    }

    void cleanup() { m_document.reset(); }

    void editsReachTheScreenWithoutABuild()
    {
        TimelineView view(m_document.get(), &m_selection);
        view.resize(1000, 400);
        QCOMPARE(view.index().size(), std::size_t(12));
        view.grab();
        const Store &store = m_document->store();
        const EventId first = view.index().id(0);
        const double before = markX(view, first);
        QVERIFY(before >= 0);
        const auto window = view.visibleRange();

        // Re-dated from January to late June: its mark moves right.
        auto e = store.event(first);
        e->start = FuzzyDate::day(2022, 6, 25);
        QVERIFY(takesIn(view, [&] { m_document->editEvent(*e); }));
        compareWithBuild(view.index(), store);
        view.grab();
        QVERIFY(markX(view, first) > before + 100);

        // A new actor on it: a lane of its own for Charlie's row gains it.
        e->actors.append({ m_actors[2], QStringLiteral("mediator") });
        QVERIFY(takesIn(view, [&] { m_document->editEvent(*e); }));
        compareWithBuild(view.index(), store);
        QCOMPARE(view.index().actorCount(static_cast<std::size_t>(view.index().rowOf(first))), 2);

        // Renamed, added, deleted.
        e->title = QStringLiteral("Renamed");
        QVERIFY(takesIn(view, [&] { m_document->editEvent(*e); }));
        Event added;
        added.title = QStringLiteral("Added");
        added.start = FuzzyDate::day(2023, 3, 1);
        std::optional<EventId> id;
        QVERIFY(takesIn(view, [&] { id = m_document->addEvent(added); }));
        QVERIFY(id);
        QCOMPARE(view.index().size(), std::size_t(13));
        QVERIFY(takesIn(view, [&] { m_document->deleteEvent(view.index().id(3)); }));
        compareWithBuild(view.index(), store);
        QCOMPARE(view.index().size(), std::size_t(12));
        // And undone, all of it, still by id.
        while (m_document->undoStack()->index() > 15)
            QVERIFY(takesIn(view, [&] { m_document->undoStack()->undo(); }));
        compareWithBuild(view.index(), store);
        // An actor deleted and the deletion undone: its events are on its lane again.
        const std::size_t alpha = view.index().size() / 3;
        QVERIFY(m_document->deleteActor(m_actors[0]));
        QVERIFY(QSignalSpy(&view, &TimelineView::indexReady).wait(5000));
        m_document->undoStack()->undo();
        QVERIFY(QSignalSpy(&view, &TimelineView::indexReady).wait(5000));
        compareWithBuild(view.index(), store);
        std::size_t onAlpha = 0;
        for (std::size_t r = 0; r < view.index().size(); ++r)
            onAlpha += view.index().actorCount(r) > 0
                    && view.index().actors().at(*view.index().actorsBegin(r)).id == m_actors[0]
                ? 1
                : 0;
        QCOMPARE(onAlpha, alpha);
        // The window followed the edits (an added event is brought into view): back where it was.
        view.setVisibleRange(window.first, window.second, false);
        const QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
        QCOMPARE(markX(view, first), before);
    }

    void bulkChangesBuildOffTheGuiThread()
    {
        TimelineView view(m_document.get(), &m_selection);
        // The view's own first build done (under load it could end while the spy below waited
        // for the reload's, which then counted no build shown).
        QTRY_COMPARE_WITH_TIMEOUT(view.index().size(), std::size_t(12), 5000);
        // A reload, and more ids than are worth applying one by one: a build, as before.
        for (const DocumentChange &change :
             { DocumentChange { DocumentChange::Kind::All, {} },
               DocumentChange { DocumentChange::Kind::Events, QList<std::int64_t>(5000, 1) } }) {
            QSignalSpy ready(&view, &TimelineView::indexReady);
            auto *shows = new ShowCounter(view.buildStatus());
            const quint64 started = view.buildsStarted();
            m_document->announce(change);
            QVERIFY(ready.wait(5000));
            QCOMPARE(view.buildsStarted() - started, quint64(1));
            // Its progress shows while it runs; a build of 12 events may end before the view
            // looks (under load the worker can finish first), and then nothing is shown.
            QVERIFY(shows->shown <= 1);
            delete shows;
            QCOMPARE(view.index().size(), std::size_t(12));
        }
    }
};

QTEST_MAIN(TestTimelineViewEdits)
#include "tst_timelineviewedits.moc"
