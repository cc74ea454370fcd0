// The event table following edits by id: a rename changes one row, a new, deleted or re-dated
// event inserts, removes or moves one row, with no reset; the rows end as a fresh model has them.
#include "document.h"
#include "eventtablemodel.h"
#include "sampledataset.h"
#include "tableids.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace entente;

namespace {

// Reads every row, so each is in a fetched page (as rows on screen are).
void fetchAll(const EventTableModel &model)
{
    for (int r = 0; r < model.rowCount(); ++r)
        model.index(r, EventTableModel::TitleColumn).data();
}

struct Spies
{
    explicit Spies(EventTableModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , moved(model, &QAbstractItemModel::rowsMoved)
    { }
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy moved;
};

} // namespace

class TestEventTableModelEdits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;

private slots:
    void init()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        m_doc = std::make_unique<Document>(std::move(store));
        // Two events on one day: rows of one date are ordered by id.
        for (int i = 0; i < 2; ++i) {
            Event e;
            e.title = QStringLiteral("Same day %1").arg(i);
            e.start = FuzzyDate::day(2022, 7, 22);
            m_doc->addEvent(e);
        }
    }

    void renameChangesOneRow()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        const QList<EventId> before = test::tableIds(model);
        Spies spies(&model);
        auto e = m_doc->store().event(model.eventIdAt(5));
        QVERIFY(e);
        e->title = QStringLiteral("Renamed");
        QVERIFY(m_doc->editEvent(*e));
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.at(0).at(0).toModelIndex().row(), 5);
        QCOMPARE(spies.changed.at(0).at(1).toModelIndex().row(), 5);
        QCOMPARE(model.index(5, EventTableModel::TitleColumn).data().toString(), QStringLiteral("Renamed"));
        QCOMPARE(test::tableIds(model), before);
        // An actor put on it shows in its row, still in place.
        const Actor actor = m_doc->store().actors().constFirst();
        e->actors.append({ actor.id, QString() });
        QVERIFY(m_doc->editEvent(*e));
        QCOMPARE(spies.changed.size(), 2);
        QVERIFY(model.index(5, EventTableModel::ActorsColumn).data().toString().contains(actor.name));
    }

    void newDeletedAndRedatedEventsMoveOneRow_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::newRow("date order") << false;
        QTest::newRow("latest first") << true;
    }

    void newDeletedAndRedatedEventsMoveOneRow()
    {
        QFETCH(bool, descending);
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(EventTableModel::DateColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        fetchAll(model);
        Spies spies(&model);
        auto fresh = [&] {
            EventTableModel m(m_doc.get());
            m.sort(EventTableModel::DateColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            return test::tableIds(m);
        };

        // A new event on the day that already has two: after them (a larger id).
        Event added;
        added.title = QStringLiteral("Third on the day");
        added.start = FuzzyDate::day(2022, 7, 22);
        const auto id = m_doc->addEvent(added);
        QVERIFY(id);
        QCOMPARE(spies.inserted.size(), 1);
        const int row = spies.inserted.at(0).at(1).toInt();
        QCOMPARE(spies.inserted.at(0).at(2).toInt(), row);
        QCOMPARE(model.eventIdAt(row), *id);
        QCOMPARE(test::tableIds(model), fresh());

        // Deleted: its row goes.
        fetchAll(model);
        const EventId gone = model.eventIdAt(3);
        QVERIFY(m_doc->deleteEvent(gone));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.at(0).at(1).toInt(), 3);
        QCOMPARE(spies.removed.at(0).at(2).toInt(), 3);
        QCOMPARE(test::tableIds(model), fresh());

        // Re-dated: out of its row and into its new one.
        fetchAll(model);
        auto moved = m_doc->store().event(model.eventIdAt(descending ? model.rowCount() - 2 : 1));
        QVERIFY(moved);
        moved->start = FuzzyDate::day(2024, 1, 1);
        QVERIFY(m_doc->editEvent(*moved));
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.moved.at(0).at(1).toInt(), spies.moved.at(0).at(2).toInt());
        QCOMPARE(test::tableIds(model), fresh());

        // Undo all three: back to where it began, still row by row.
        fetchAll(model);
        while (m_doc->undoStack()->canUndo()) {
            m_doc->undoStack()->undo();
            fetchAll(model);
        }
        QCOMPARE(test::tableIds(model), fresh());
        QCOMPARE(spies.reset.size(), 0);
    }

    void rowsPastThoseFetchedNeedNoCount()
    {
        // Three pages of events; only the first is fetched, as a table scrolled to the top.
        for (int i = 0; i < 600; ++i) {
            Event e;
            e.title = QStringLiteral("Day %1").arg(i);
            e.start = FuzzyDate::day(2000 + i / 300, 1 + (i / 28) % 12, 1 + i % 28);
            QVERIFY(m_doc->addEvent(e));
        }
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rows = model.rowCount();
        for (int r = 0; r < 100; ++r)
            model.index(r, 0).data();
        const QList<EventId> top = test::tableIds(model).mid(0, 100);
        Spies spies(&model);
        Event late;
        late.title = QStringLiteral("Late");
        late.start = FuzzyDate::day(2001, 6, 15);
        QVERIFY(m_doc->addEvent(late));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(model.rowCount(), rows + 1);
        // Deleted out of sight, re-dated into sight.
        QVERIFY(m_doc->deleteEvent(m_doc->store().eventIds({}).at(500)));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(model.rowCount(), rows);
        auto e = m_doc->store().event(m_doc->store().eventIds({}).at(400));
        e->start = FuzzyDate::year(1900);
        QVERIFY(m_doc->editEvent(*e));
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(model.eventIdAt(0), e->id);
        QCOMPARE(spies.reset.size(), 0);
        // What it shows is what a fresh table shows.
        EventTableModel fresh(m_doc.get());
        QCOMPARE(test::tableIds(model), test::tableIds(fresh));
        QCOMPARE(test::tableIds(model).mid(1, 100), top);
    }

    void aFilteredTableTakesOnlyItsEvents()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventFilter filter;
        filter.from = FuzzyDate::year(2023).startSeconds();
        model.setFilter(filter);
        fetchAll(model);
        const int rows = model.rowCount();
        Spies spies(&model);
        Event old;
        old.title = QStringLiteral("Long ago");
        old.start = FuzzyDate::year(1990);
        QVERIFY(m_doc->addEvent(old));
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventTableModelEdits)
#include "tst_eventtablemodeledits.moc"
