// Views that follow (issue 18, part 4): a date filter moves the timeline to the span it lets
// through, animated, unless View ▸ Keep Time Window pins it (remembered); an edited, re-dated
// or new event is selected and brought into view; selecting in the table shows the event on the
// timeline, without a jump when it is already there.
#include "document.h"
#include "eventtablemodel.h"
#include "graph/graphcanvas.h"
#include "graph/graphview.h"
#include "mainwindow.h"
#include "sampledataset.h"
#include "selection.h"
#include "store/store.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace entente;

namespace {

qint64 at(int year, int month = 1, int day = 1)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString dates(std::pair<qint64, qint64> range)
{
    auto day = [](qint64 s) { return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc()).date().toString(Qt::ISODate); };
    return day(range.first) + QStringLiteral(" to ") + day(range.second);
}

} // namespace

class TestViewsFollow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    TimelineView *timeline() const { return m_window->timeline(); }
    bool settled() const
    {
        return QTest::qWaitFor([this] { return !timeline()->isAnimating(); }, 5000);
    }
    bool inView(qint64 t) const
    {
        const auto r = timeline()->visibleRange();
        return t >= r.first && t < r.second;
    }
    // The first event of the sample that starts in [from, to), or none.
    std::optional<Event> eventIn(qint64 from, qint64 to) const
    {
        const Store &store = m_window->document()->store();
        EventFilter f;
        f.from = from;
        f.to = to;
        for (const Event &e : store.events(store.eventIds(f))) {
            if (e.start.startSeconds() >= from && e.start.startSeconds() < to && !e.end)
                return e;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().remove(QStringLiteral("timeline/keepWindow"));
        const QString path = m_dir.filePath(QStringLiteral("sample.entente"));
        QFile::remove(path);
        {
            auto r = Store::open(path, { true, false });
            QVERIFY(r.store);
            SampleDataset::write(*r.store);
        }
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(path));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(settled());
    }

    void cleanup() { m_window.reset(); }

    void dateFilterMovesTheWindow()
    {
        const auto before = timeline()->visibleRange();
        // The sample runs from 2022 to 2025.
        QVERIFY2(before.first < at(2023) && before.second > at(2025), qPrintable(dates(before)));
        EventFilter f;
        f.from = at(2025);
        f.to = at(2026);
        m_window->selection()->setFilter(f);
        // On its way, not there at once: the move is animated.
        QVERIFY(timeline()->isAnimating());
        QCOMPARE(timeline()->visibleRange(), before);
        QVERIFY(settled());
        const auto after = timeline()->visibleRange();
        QVERIFY2(after.first >= at(2024, 12, 1) && after.second <= at(2026, 2, 1), qPrintable(dates(after)));
        // Every event of 2025 is in the window.
        const Store &store = m_window->document()->store();
        for (const Event &e : store.events(store.eventIds(f))) {
            const qint64 s = std::max<qint64>(e.start.startSeconds(), at(2025));
            QVERIFY2(inView(s), qPrintable(e.title + u' ' + dates(after)));
        }
        // Cleared, the window opens out to the whole file again.
        m_window->selection()->setFilter({});
        QVERIFY(settled());
        QVERIFY2(timeline()->visibleRange().first < at(2023), qPrintable(dates(timeline()->visibleRange())));
    }

    void keepTimeWindowPinsIt()
    {
        QAction *keep = m_window->action(QStringLiteral("actionKeepTimeWindow"));
        QVERIFY(keep);
        QVERIFY(keep->isCheckable());
        QVERIFY(!keep->isChecked());
        keep->setChecked(true);
        QVERIFY(timeline()->isWindowPinned());
        QVERIFY(QSettings().value(QStringLiteral("timeline/keepWindow")).toBool());
        const auto before = timeline()->visibleRange();
        EventFilter f;
        f.from = at(2025);
        f.to = at(2026);
        m_window->selection()->setFilter(f);
        QVERIFY(!timeline()->isAnimating());
        QTest::qWait(TimelineView::kAnimationMs + 50);
        QCOMPARE(timeline()->visibleRange(), before);
        // Remembered: the next window starts pinned.
        MainWindow other;
        QVERIFY(other.action(QStringLiteral("actionKeepTimeWindow"))->isChecked());
        keep->setChecked(false);
        QVERIFY(!timeline()->isWindowPinned());
    }

    void reDatedEventComesIntoViewSelected()
    {
        timeline()->setVisibleRange(at(2022, 2, 1), at(2022, 6, 1), false);
        const auto e = eventIn(at(2022, 2, 1), at(2022, 6, 1));
        QVERIFY(e);
        m_window->selection()->setEvent(e->id);
        QVERIFY(settled());
        QVERIFY(inView(e->start.startSeconds()));
        // Re-dated to July 2025, far outside the window: the window goes there.
        Event moved = *e;
        moved.start = FuzzyDate::day(2025, 7, 15);
        QVERIFY(m_window->document()->editEvent(moved));
        QVERIFY(QTest::qWaitFor([this] { return timeline()->isAnimating() || inView(at(2025, 7, 15)); }, 2000));
        QVERIFY(settled());
        QVERIFY2(inView(at(2025, 7, 15)), qPrintable(dates(timeline()->visibleRange())));
        QCOMPARE(m_window->selection()->event(), std::optional(e->id));

        // Another event, not selected, edited from elsewhere: selected and shown too.
        const auto other = eventIn(at(2022, 2, 1), at(2022, 6, 1));
        QVERIFY(other && other->id != e->id);
        Event redated = *other;
        redated.start = FuzzyDate::day(2023, 10, 2);
        QVERIFY(m_window->document()->editEvent(redated));
        QVERIFY(QTest::qWaitFor([this, other] { return m_window->selection()->event() == other->id; }, 2000));
        QVERIFY(settled());
        QVERIFY2(inView(at(2023, 10, 2)), qPrintable(dates(timeline()->visibleRange())));

        // A new event.
        Event fresh;
        fresh.title = QStringLiteral("A new event");
        fresh.start = FuzzyDate::day(2024, 3, 3);
        const auto id = m_window->document()->addEvent(fresh);
        QVERIFY(id);
        QVERIFY(QTest::qWaitFor([this, id] { return m_window->selection()->event() == id; }, 2000));
        QVERIFY(settled());
        QVERIFY2(inView(at(2024, 3, 3)), qPrintable(dates(timeline()->visibleRange())));

        // A change from elsewhere (another user of a shared file: no undo step of this window's)
        // is neither selected nor followed.
        const auto shown = timeline()->visibleRange();
        std::optional<Event> remote;
        const Store &store = m_window->document()->store();
        for (const Event &candidate : store.events(store.eventIds({}))) {
            if (!remote && !inView(candidate.start.startSeconds()) && candidate.id != *id)
                remote = candidate;
        }
        QVERIFY(remote);
        m_window->document()->announce(
            { DocumentChange::Kind::Events, { remote->id }, DocumentChange::Op::Edited, DocumentChange::Field::Title });
        QTest::qWait(50);
        QCOMPARE(m_window->selection()->event(), id);
        QVERIFY(!timeline()->isAnimating());
        QCOMPARE(timeline()->visibleRange(), shown);
    }

    void tableSelectionShowsOnTheTimeline()
    {
        timeline()->setVisibleRange(at(2022, 2, 1), at(2022, 6, 1), false);
        const auto far = eventIn(at(2025), at(2026));
        QVERIFY(far);
        QTableView *table = m_window->eventTable();
        EventTableModel *model = m_window->eventTableModel();
        auto rowOf = [model](EventId id) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->eventIdAt(r) == id)
                    return r;
            }
            return -1;
        };
        const int row = rowOf(far->id);
        QVERIFY(row >= 0);
        table->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_window->selection()->event(), std::optional(far->id));
        QVERIFY(settled());
        QVERIFY2(inView(far->start.startSeconds()), qPrintable(dates(timeline()->visibleRange())));

        // One already in view: no jump.
        const auto shown = timeline()->visibleRange();
        std::optional<Event> near;
        const Store &store = m_window->document()->store();
        EventFilter f;
        f.from = shown.first + (shown.second - shown.first) / 5;
        f.to = shown.second - (shown.second - shown.first) / 5;
        for (const Event &e : store.events(store.eventIds(f))) {
            if (e.id != far->id && inView(e.start.startSeconds()) && e.start.startSeconds() >= *f.from)
                near = e;
        }
        QVERIFY(near);
        table->selectionModel()->setCurrentIndex(model->index(rowOf(near->id), 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_window->selection()->event(), std::optional(near->id));
        QVERIFY(!timeline()->isAnimating());
        QCOMPARE(timeline()->visibleRange(), shown);
    }

    // Not a check: the pictures looked at, when ENTENTE_SHOTS names a folder.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("ENTENTE_SHOTS");
        if (out.isEmpty())
            QSKIP("ENTENTE_SHOTS is not set");
        EventFilter f;
        f.from = at(2025);
        f.to = at(2026);
        m_window->selection()->setFilter(f);
        QVERIFY(settled());
        QTest::qWait(600);
        QVERIFY(m_window->grab().save(out + QStringLiteral("/follow-2025.png")));
        m_window->selection()->setFilter({});
        QVERIFY(settled());
        timeline()->setVisibleRange(at(2022, 2, 1), at(2022, 6, 1), false);
        const auto far = eventIn(at(2025), at(2026));
        QVERIFY(far);
        EventTableModel *model = m_window->eventTableModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->eventIdAt(r) == far->id)
                m_window->eventTable()->selectionModel()->setCurrentIndex(
                    model->index(r, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        QVERIFY(settled());
        QTest::qWait(600);
        QVERIFY(m_window->grab().save(out + QStringLiteral("/follow-table-selection.png")));
        if (auto *dock = qobject_cast<QDockWidget *>(m_window->graph()->parentWidget()))
            dock->raise();
        QVERIFY(QTest::qWaitFor([this] { return m_window->graph()->isVisible(); }, 2000));
        QTest::qWait(100);
        QVERIFY(QTest::qWaitFor([this] { return !m_window->graph()->isBusy(); }, 10000));
        QWidget *canvas = m_window->graph()->canvas();
        canvas->setFocus(Qt::TabFocusReason);
        QTest::qWait(800);
        QVERIFY(m_window->grab().save(out + QStringLiteral("/follow-graph-focus.png")));
    }
};

QTEST_MAIN(TestViewsFollow)
#include "tst_viewsfollow.moc"
