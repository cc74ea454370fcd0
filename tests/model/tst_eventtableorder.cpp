#include "document.h"
#include "eventtablemodel.h"
#include "sampledataset.h"
#include "store/tablerows.h"
#include "tableids.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

QList<EventId> idsInOrder(const Store &store, const EventFilter &filter, TableRows::Column column, bool descending)
{
    QList<EventId> ids;
    for (const TableRows::Row &r : TableRows::page(store, filter, { column, descending }, 0, 1000))
        ids.append(r.id);
    return ids;
}

} // namespace

// The event table sorted by a column with no index (the actors) over many events: sorted once on
// a reader's thread, the rows left as they were until then, and the window's thread never
// sorting a page (2.7 s a page at a million GDELT events). The sample stands in for a large file,
// with the threshold set to one event.
class TestEventTableOrder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        EventTableModel::setBackgroundSortFrom(1);
    }
    void cleanupTestCase() { EventTableModel::setBackgroundSortFrom(20000); }

    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("order%1.entente").arg(++n));
        {
            auto made = Store::open(path, { .create = true });
            QVERIFY(made.store);
            SampleDataset::write(*made.store);
        }
        m_doc = std::move(Document::open(path, { true, false, true }).document);
        QVERIFY(m_doc);
        QVERIFY(!m_doc->readsHere());
    }
    void cleanup() { m_doc.reset(); }

    void theActorsOrderComesFromAReader()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy sorting(&model, &EventTableModel::sortingChanged);
        const QList<EventId> byDate = test::tableIds(model);
        model.sort(EventTableModel::ActorsColumn, Qt::AscendingOrder);
        // Asked for, not done here: the rows are as they were.
        QVERIFY(model.isSorting());
        QCOMPARE(sorting.size(), 1);
        QCOMPARE(sorting.at(0).at(0).toBool(), true);
        QCOMPARE(test::tableIds(model), byDate);
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(sorting.last().at(0).toBool(), false);
        const QList<EventId> byActors = idsInOrder(m_doc->store(), {}, TableRows::Column::Actors, false);
        QCOMPARE(byActors.size(), 12);
        QVERIFY(byActors != byDate);
        QCOMPARE(test::tableIds(model), byActors);
        QCOMPARE(model.rowOf(byActors.at(7)), 7);
        QCOMPARE(model.eventIdAt(3), byActors.at(3));

        model.sort(EventTableModel::ActorsColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(test::tableIds(model), idsInOrder(m_doc->store(), {}, TableRows::Column::Actors, true));

        // An indexed order is sorted at once, as before.
        model.sort(EventTableModel::DateColumn, Qt::AscendingOrder);
        QVERIFY(!model.isSorting());
        QCOMPARE(test::tableIds(model), byDate);
    }

    void theTitleOrderToo()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(EventTableModel::TitleColumn, Qt::DescendingOrder);
        QVERIFY(model.isSorting());
        QTRY_VERIFY(!model.isSorting());
        QStringList titles;
        for (int r = 0; r < model.rowCount(); ++r)
            titles.append(model.index(r, EventTableModel::TitleColumn).data().toString());
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) > 0; });
        QCOMPARE(titles.size(), 12);
        QCOMPARE(titles, sorted);
    }

    void anOrderAskedForAgainReplacesTheFirst()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<EventId> byDate = test::tableIds(model);
        model.sort(EventTableModel::ActorsColumn, Qt::AscendingOrder);
        QVERIFY(model.isSorting());
        // The date order asked for before the sort came: the sort, when it comes, is dropped.
        model.sort(EventTableModel::DateColumn, Qt::DescendingOrder);
        QVERIFY(!model.isSorting());
        QTest::qWait(200);
        QList<EventId> reversed(byDate.crbegin(), byDate.crend());
        QCOMPARE(test::tableIds(model), reversed);
    }

    void aFilterIsSortedAgain()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(EventTableModel::ActorsColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!model.isSorting());
        EventFilter f;
        f.text = QStringLiteral("Johnson");
        model.setFilter(f);
        // Counted at once and shown by date, then sorted.
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isSorting());
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(test::tableIds(model), idsInOrder(m_doc->store(), f, TableRows::Column::Actors, false));
    }

    void editsAreFollowed()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(EventTableModel::ActorsColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!model.isSorting());

        // A new title does not move a row in this order: it is read anew where it is.
        auto e = m_doc->store().event(model.eventIdAt(4));
        QVERIFY(e);
        e->title = QStringLiteral("Renamed in place");
        QVERIFY(m_doc->editEvent(*e));
        QVERIFY(!model.isSorting());
        QCOMPARE(model.index(4, EventTableModel::TitleColumn).data().toString(), QStringLiteral("Renamed in place"));

        // Its first actor gone, it moves: sorted again, and then in its new place.
        auto moved = m_doc->store().event(model.eventIdAt(0));
        QVERIFY(moved && moved->actors.size() >= 1);
        moved->actors.removeFirst();
        QVERIFY(m_doc->editEvent(*moved));
        QVERIFY(model.isSorting());
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(test::tableIds(model), idsInOrder(m_doc->store(), {}, TableRows::Column::Actors, false));

        // A deleted event leaves the table; a new one comes into it.
        const EventId gone = model.eventIdAt(2);
        QVERIFY(m_doc->deleteEvent(gone));
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.rowOf(gone), -1);
        Event added;
        added.title = QStringLiteral("Talks resume in Istanbul");
        added.start = FuzzyDate::day(2025, 5, 16);
        const auto id = m_doc->addEvent(added);
        QVERIFY(id);
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(test::tableIds(model), idsInOrder(m_doc->store(), {}, TableRows::Column::Actors, false));
        QVERIFY(model.rowOf(*id) >= 0);
    }

    // The actors order built without SQL's sort is SQL's order: names folded as NOCASE folds
    // them (ASCII letters only), in the event's order of actors, an event with none first, ties
    // by date and then by id; under a filter too, both ways.
    void theActorsOrderIsSQLsOrder()
    {
        auto store = Store::createInMemory();
        QList<ActorId> a;
        for (const char *name :
             { "alpha", "Alpha-Beta", "ALPHA Beta", "Ümit", "umit", "beta", "Zelensky", "zz", "Ä" }) {
            Actor actor;
            actor.name = QString::fromUtf8(name);
            a.append(store->addActor(actor));
        }
        int n = 0;
        auto add = [&](QList<int> who, int day) {
            Event e;
            e.title = QStringLiteral("Event %1").arg(++n);
            e.kind = n % 2 ? QStringLiteral("talks") : QStringLiteral("statement");
            e.start = FuzzyDate::day(2024, 3, day);
            for (int i : who)
                e.actors.append(EventActor { a.at(i), QStringLiteral("participant") });
            store->addEvent(e);
        };
        for (int round = 0; round < 2; ++round) { // the second round ties with the first: by id
            add({ 0 }, 5);
            add({ 1 }, 5);
            add({ 2, 6 }, 3);
            add({ 6, 2 }, 3);
            add({}, 7);
            add({ 3 }, 1);
            add({ 4 }, 2);
            add({ 8, 7 }, 9);
            add({ 5, 0, 1 }, 4);
            add({ 7 }, 6);
        }
        EventFilter talks;
        talks.kinds = { QStringLiteral("talks") };
        for (const EventFilter &filter : { EventFilter(), talks }) {
            for (bool descending : { false, true }) {
                const std::vector<EventId> built
                    = TableRows::orderedIds(*store, filter, { TableRows::Column::Actors, descending });
                QCOMPARE(QList<EventId>(built.cbegin(), built.cend()),
                         idsInOrder(*store, filter, TableRows::Column::Actors, descending));
            }
        }
    }

    void theReaderStopsWhenCancelled()
    {
        // A cancelled sort gives nothing (SQLite is stopped inside it, too).
        std::atomic<bool> cancelled { true };
        QVERIFY(TableRows::orderedIds(m_doc->store(), {}, { TableRows::Column::Actors, false }, &cancelled).empty());
        cancelled = false;
        QCOMPARE(TableRows::orderedIds(m_doc->store(), {}, { TableRows::Column::Actors, false }, &cancelled).size(),
                 std::size_t(12));
        // Rows by id, in the order asked, without an id the store does not hold.
        const std::vector<EventId> ids
            = TableRows::orderedIds(m_doc->store(), {}, { TableRows::Column::Title, true }, &cancelled);
        const QList<TableRows::Row> rows = TableRows::rowsOf(m_doc->store(), { ids.at(3), 987654, ids.at(0) });
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, ids.at(3));
        QCOMPARE(rows.at(1).id, ids.at(0));
        QVERIFY(!rows.at(0).title.isEmpty());
    }
};

QTEST_MAIN(TestEventTableOrder)
#include "tst_eventtableorder.moc"
