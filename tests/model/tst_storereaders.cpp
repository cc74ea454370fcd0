// The store's read side: the row classes the views read through (TimelineRows, TableRows,
// GraphRows, ExportRows), checked against what the store's records say.
#include "graph/nodepositions.h"
#include "sampledataset.h"
#include "store/exportrows.h"
#include "store/graphrows.h"
#include "store/store.h"
#include "store/tablerows.h"
#include "store/timelinerows.h"
#include "store/titlerows.h"
#include "utf8.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace entente;

class TestStoreReaders : public QObject
{
    Q_OBJECT

private:
    // Every event id the two readers see over two id ranges split at `middle`.
    static QList<EventId> spans(TimelineRows &rows, EventId middle)
    {
        QList<EventId> ids;
        auto add = [&ids](const TimelineRows::EventSpanRow &r) {
            ids.append(r.id);
            return true;
        };
        rows.forEachEventSpan(TimelineRows::Reader::First, { 0, middle }, add);
        rows.forEachEventSpan(TimelineRows::Reader::Second, { middle, std::numeric_limits<EventId>::max() }, add);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void timelineRowsReadAFileOnTwoConnections()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("t.entente")), { .create = true });
        QVERIFY(opened.store);
        Store &store = *opened.store;
        SampleDataset::write(store);
        QList<EventId> all = store.eventIds({}, EventOrder::Id);
        QVERIFY(all.size() > 4);

        TimelineRows rows(store);
        QVERIFY(rows.isParallel());
        QCOMPARE(rows.eventCount(), all.size());
        QCOMPARE(rows.eventCount(TimelineRows::Reader::Second), all.size());
        QCOMPARE(rows.actors().size(), store.counts().actors);
        QCOMPARE(rows.eras().size(), store.counts().eras);
        // Starts come in display order: the store's date order.
        QList<EventId> byStart;
        std::int64_t last = std::numeric_limits<std::int64_t>::min();
        bool ordered = true;
        QVERIFY(rows.forEachStart(TimelineRows::Reader::First, [&](std::int64_t start, EventId id) {
            ordered = ordered && start >= last;
            last = start;
            byStart.append(id);
            return true;
        }));
        QVERIFY(ordered);
        QCOMPARE(byStart, store.eventIds({}, EventOrder::Date));
        // Two id ranges cover every event once, each read on its own connection.
        QCOMPARE(spans(rows, all.at(all.size() / 2)), all);
        // A stream stops when asked to.
        int seen = 0;
        QVERIFY(!rows.forEachActorPair(TimelineRows::Reader::Second, [&](EventId, ActorId) { return ++seen < 2; }));
        QCOMPARE(seen, 2);
        // A span says what the record says.
        const Event e = *store.event(all.constFirst());
        QString start;
        QString kind;
        bool hasEnd = false;
        ClaimStatus status = ClaimStatus::Confirmed;
        rows.forEachEventSpan(TimelineRows::Reader::First, { e.id, e.id + 1 },
                              [&](const TimelineRows::EventSpanRow &r) {
                                  start = qs(r.startDate);
                                  kind = qs(r.kind);
                                  hasEnd = r.endDate != nullptr;
                                  status = r.status;
                                  return true;
                              });
        QCOMPARE(start, e.start.toIsoString());
        QCOMPARE(hasEnd, e.end.has_value());
        QCOMPARE(kind, e.kind);
        QCOMPARE(status, e.status);
        rows.close();
    }

    void timelineRowsShareTheStoresConnectionWhenTheyMust()
    {
        auto memory = Store::createInMemory();
        SampleDataset::write(*memory);
        TimelineRows inMemory(*memory);
        QVERIFY(!inMemory.isParallel());
        QCOMPARE(spans(inMemory, 5), memory->eventIds({}, EventOrder::Id));

        // Inside a transaction another connection would miss its rows: the store's own is used.
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("t.entente")), { .create = true });
        QVERIFY(opened.store);
        opened.store->transaction([&] {
            SampleDataset::write(*opened.store);
            TimelineRows rows(*opened.store);
            QVERIFY(!rows.isParallel());
            QCOMPARE(rows.eventCount(), opened.store->counts().events);
        });
    }

    void tablePositionsMatchItsPages_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int c = 0; c <= static_cast<int>(TableRows::Column::Status); ++c) {
            QTest::addRow("column %d up", c) << c << false;
            QTest::addRow("column %d down", c) << c << true;
        }
    }

    void tablePositionsMatchItsPages()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const TableRows::Order order { static_cast<TableRows::Column>(column), descending };
        const QList<TableRows::Row> rows = TableRows::page(*store, {}, order, 0, 1000);
        QCOMPARE(rows.size(), store->counts().events);
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(TableRows::positionOf(*store, {}, order, rows.at(i).id), i);
        // A page further on starts where the first left off.
        QCOMPARE(TableRows::page(*store, {}, order, 3, 2).constFirst().id, rows.at(3).id);
        // Rows carry their actors in the event's order.
        for (const TableRows::Row &row : rows) {
            const Event e = *store->event(row.id);
            QCOMPARE(row.actorIds.size(), e.actors.size());
            QCOMPARE(row.title, e.title);
        }
        EventFilter none;
        none.text = QStringLiteral("nosuchwordanywhere");
        QCOMPARE(TableRows::positionOf(*store, none, order, rows.constFirst().id), -1);
    }

    void graphRowsCountNoFurtherThanAsked()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const qint64 events = store->counts().events;
        QCOMPARE(GraphRows::countUpTo(*store, {}, 3), 4);
        QCOMPARE(GraphRows::countUpTo(*store, {}, 1000), events);
        std::int64_t last = std::numeric_limits<std::int64_t>::min();
        bool ordered = true;
        qint64 rows = 0;
        QVERIFY(GraphRows::forEachEventActor(*store, {}, [&](const GraphRows::EventActorRow &r) {
            ordered = ordered && r.start >= last && !r.name.empty();
            last = r.start;
            ++rows;
            return true;
        }));
        QVERIFY(ordered);
        QVERIFY(rows >= events / 2);
    }

    // A view's titles query, kept prepared, holds no read transaction between calls: the store's
    // connection then sees what another connection committed (a worker's import, a shared
    // timeline's fetch). Left stepping, it kept the window on the file as it was.
    void titleRowsLeaveNoReadOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("titles.entente"));
        auto store = Store::open(path, { .create = true }).store;
        QVERIFY(store);
        SampleDataset::write(*store);
        const qint64 before = store->counts().events;
        TitleRows titles(*store);
        const EventId first = store->eventIds({}).constFirst();
        QVERIFY(!titles.title(first).isEmpty());
        {
            auto other = Store::open(path, {}).store;
            QVERIFY(other);
            Event added;
            added.title = QStringLiteral("Prisoner exchange on the Belarus border");
            added.start = FuzzyDate::day(2025, 6, 9);
            const EventId id = other->addEvent(added);
            QVERIFY(id > 0);
        }
        QCOMPARE(store->counts().events, before + 1);
        QVERIFY(store->search(QStringLiteral("belarus")).size() == 1);
    }

    void exportRowsInAStableOrder()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        store->setMeta(QStringLiteral("zz"), QStringLiteral("last"));
        NodePositions positions;
        positions.positions.insert(QStringLiteral("e2"), QPointF(3, 4));
        positions.positions.insert(QStringLiteral("a1"), QPointF(1, 2));
        NodePositions::save(*store, positions);
        const auto meta = ExportRows::meta(*store);
        QVERIFY(std::is_sorted(meta.begin(), meta.end()));
        QCOMPARE(meta.constLast().second, QStringLiteral("last"));
        const auto nodes = ExportRows::nodePositions(*store);
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(nodes.at(0).node, QStringLiteral("a1"));
        QCOMPARE(nodes.at(1).x, 3.0);
        const QList<ActorId> actors = ExportRows::actorIds(*store);
        QCOMPARE(actors.size(), store->counts().actors);
        QVERIFY(std::is_sorted(actors.begin(), actors.end()));
        QCOMPARE(ExportRows::sourceIds(*store).size(), store->counts().sources);
    }
};

QTEST_GUILESS_MAIN(TestStoreReaders)
#include "tst_storereaders.moc"
