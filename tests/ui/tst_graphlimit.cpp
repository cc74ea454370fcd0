// The graph's limit of events drawn one by one counts the events in view after the filter and the
// timeline's window, and says so as soon as the graph is read, not a layout later: a file over
// the limit shows the actors' graph and the notice; filtered under it, the notice goes before
// the new layout has run (held back here by taking igraph's lock), and the events come in; the
// window narrowed to six weeks shows that window's events. A small synthetic file and a limit of
// 300 stand in for 100,000 events and 25,000.
#include "document.h"
#include "graph/graphview.h"
#include "graph/igraphlock.h"
#include "selection.h"
#include "store/store.h"

#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace entente;

namespace {

constexpr qint64 kLimit = 300;

qint64 at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

int eventNodes(const GraphView &view)
{
    const auto &nodes = view.scene().graph.nodes;
    return static_cast<int>(std::count_if(nodes.begin(), nodes.end(), [](const auto &n) { return !n.isActor; }));
}

} // namespace

class TestGraphLimit : public QObject
{
    Q_OBJECT

private slots:
    void countsWhatIsInView()
    {
        // 800 events over two years: Alpha in 600 of them, Bravo and Charlie in the other 200.
        auto store = Store::createInMemory();
        QList<ActorId> actors;
        for (const char *name : { "Alpha", "Bravo", "Charlie" }) {
            Actor a;
            a.name = QString::fromLatin1(name);
            actors.append(store->addActor(a));
        }
        const QDate first(2020, 1, 1);
        for (int i = 0; i < 800; ++i) {
            Event e;
            e.title = QStringLiteral("Event %1").arg(i);
            const QDate d = first.addDays(i * 730 / 800);
            e.start = FuzzyDate::day(d.year(), d.month(), d.day());
            if (i % 4 == 3)
                e.actors = { { actors[1], QStringLiteral("host") }, { actors[2], QStringLiteral("guest") } };
            else
                e.actors = { { actors[0], QStringLiteral("host") } };
            store->addEvent(e);
        }
        Document document(std::move(store));
        Selection selection;
        GraphView view(&document, &selection);
        view.setEventLimit(kLimit);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto laidOut = [&view] {
            return QTest::qWaitFor([&view] { return !view.isBusy() && !view.scene().positions.isEmpty(); }, 10000);
        };
        QVERIFY(laidOut());
        auto *notice = view.findChild<QLabel *>(QStringLiteral("graphNotice"));
        QVERIFY(notice);
        QCOMPARE(view.scene().graph.mode, ActorGraph::Mode::Actors);
        QVERIFY(notice->isVisible());

        // Bravo's 200 events: under the limit. The notice goes as soon as the graph is read,
        // while the layout still waits for igraph.
        std::optional<IgraphLock> hold;
        hold.emplace();
        EventFilter bravo;
        bravo.actors = { actors[1] };
        selection.setFilter(bravo);
        QVERIFY(QTest::qWaitFor([notice] { return notice->isHidden(); }, 5000));
        QVERIFY(view.isBusy());
        QSignalSpy finished(&view, &GraphView::layoutFinished);
        hold.reset();
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.scene().graph.mode, ActorGraph::Mode::Bipartite);
        QCOMPARE(eventNodes(view), 200);
        QVERIFY(notice->isHidden());

        // The whole file again: over the limit, said before the layout too.
        hold.emplace();
        selection.setFilter({});
        QVERIFY(QTest::qWaitFor([notice] { return notice->isVisible(); }, 5000));
        QVERIFY2(notice->text().contains(QStringLiteral("300 event")), qPrintable(notice->text()));
        finished.clear();
        hold.reset();
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.scene().graph.mode, ActorGraph::Mode::Actors);

        // Six weeks of the timeline under Bravo's filter: that window's events, one by one.
        EventFilter window = bravo;
        window.from = at(2020, 3, 1);
        window.to = at(2020, 4, 12);
        const qint64 inWindow = document.store().countEvents(window);
        QVERIFY(inWindow > 0 && inWindow < 200);
        selection.setFilter(bravo);
        view.setTimeWindow(*window.from, *window.to);
        QVERIFY2(QTest::qWaitFor([&] { return !view.isBusy() && eventNodes(view) == inWindow; }, 10000),
                 qPrintable(QString::number(eventNodes(view))));
        QCOMPARE(view.scene().graph.mode, ActorGraph::Mode::Bipartite);
        QVERIFY(notice->isHidden());
    }
};

QTEST_MAIN(TestGraphLimit)
#include "tst_graphlimit.moc"
