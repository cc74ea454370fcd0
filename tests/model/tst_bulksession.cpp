// The store's write side below the importers: BulkSession tunes the connection for one bulk write
// and puts every setting back whatever ends it; an edit and an import write an event's columns
// through one binder (EventRow) and read back the same; node positions go through the Store.
#include "store/bulksession.h"
#include "store/deferredindexes.h"
#include "store/eventrow.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace entente;

namespace {

int pragma(Store &store, const char *name)
{
    return store.database().execAndGet(std::string("PRAGMA ") + name).getInt();
}

} // namespace

class TestBulkSession : public QObject
{
    Q_OBJECT

private slots:
    void tunesAndRestores()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("bulk.entente")), { .create = true }).store;
        QVERIFY(store);
        const int synchronous = pragma(*store, "synchronous");
        const int cacheSize = pragma(*store, "cache_size");
        const int autoCheckpoint = pragma(*store, "wal_autocheckpoint");
        QCOMPARE(pragma(*store, "foreign_keys"), 1);
        try {
            BulkSession session(*store);
            QVERIFY(session.tuned());
            QCOMPARE(pragma(*store, "synchronous"), 0);
            QCOMPARE(pragma(*store, "foreign_keys"), 0);
            QCOMPARE(pragma(*store, "wal_autocheckpoint"), 0);
            store->database().exec("PRAGMA cache_size = -4096"); // as the bulk writer does
            // The rows-first lock is held while the session lives.
            QVERIFY(session.holdRowsFirstLock());
            QFile lockFile(DeferredIndexes::lockPath(store->path()));
            QVERIFY(lockFile.exists());
            session.rowsStored(true);
            QCOMPARE(pragma(*store, "synchronous"), synchronous);
            QCOMPARE(pragma(*store, "wal_autocheckpoint"), 0); // left to the caller
            throw std::runtime_error("the import fails");
        } catch (const std::runtime_error &) { }
        QCOMPARE(pragma(*store, "synchronous"), synchronous);
        QCOMPARE(pragma(*store, "foreign_keys"), 1);
        QCOMPARE(pragma(*store, "cache_size"), cacheSize);
        QCOMPARE(pragma(*store, "wal_autocheckpoint"), autoCheckpoint);
        QVERIFY(!QFile::exists(DeferredIndexes::lockPath(store->path())));
    }

    void leavesACallersTransactionAlone()
    {
        auto store = Store::createInMemory();
        const int cacheSize = pragma(*store, "cache_size");
        store->transaction([&] {
            BulkSession session(*store);
            QVERIFY(!session.tuned());
            QCOMPARE(pragma(*store, "foreign_keys"), 1);
            QVERIFY(!session.holdRowsFirstLock()); // in memory and inside a transaction
            store->database().exec("PRAGMA cache_size = -4096");
        });
        QCOMPARE(pragma(*store, "cache_size"), cacheSize);
        QCOMPARE(pragma(*store, "foreign_keys"), 1);
    }

    void editAndImportWriteTheSameColumns()
    {
        auto store = Store::createInMemory();
        Event e;
        e.title = QStringLiteral("Talks in Istanbul");
        e.summary = QStringLiteral("Delegations met.");
        e.start = *FuzzyDate::parse(QStringLiteral("2022-03"));
        e.end = FuzzyDate::parse(QStringLiteral("2022-03-29"));
        e.kind = QStringLiteral("meeting");
        e.status = ClaimStatus::Reported;
        e.place = QStringLiteral("Istanbul");
        e.latitude = 41.0;
        const EventId id = store->addEvent(e);
        const EventRow row = EventRow::from(e);
        QCOMPARE(row.start, std::string("2022-03"));
        QCOMPARE(row.end, std::string("2022-03-29"));
        QCOMPARE(row.status, std::string("reported"));
        QVERIFY(!row.longitude);
        std::optional<Event> back = store->event(id);
        QVERIFY(back);
        QCOMPARE(back->title, e.title);
        QCOMPARE(back->end->toIsoString(), QStringLiteral("2022-03-29"));
        QCOMPARE(back->latitude, e.latitude);
        QVERIFY(!back->longitude);
        // An update binds the same columns, the id first.
        back->end.reset();
        back->longitude = 29.0;
        back->status = ClaimStatus::Confirmed;
        store->updateEvent(*back);
        const std::optional<Event> updated = store->event(id);
        QVERIFY(updated && !updated->end);
        QCOMPARE(updated->longitude, std::optional<double>(29.0));
        QCOMPARE(updated->status, ClaimStatus::Confirmed);
        QCOMPARE(store->database().execAndGet("SELECT end_key FROM events WHERE id = " + std::to_string(id)).getInt64(),
                 e.start.endSeconds());
    }

    void nodePositionsThroughTheStore()
    {
        auto store = Store::createInMemory();
        QVERIFY(store->nodePositions().isEmpty());
        store->setNodePositions({ { QStringLiteral("a1"), QPointF(1, 2) }, { QStringLiteral("e7"), QPointF(3, 4) } });
        store->setNodePositions({ { QStringLiteral("a1"), QPointF(5, 6) } }); // moved
        QHash<QString, QPointF> positions = store->nodePositions();
        QCOMPARE(positions.size(), 2);
        QCOMPARE(positions.value(QStringLiteral("a1")), QPointF(5, 6));
        store->removeNodePositions({ QStringLiteral("e7"), QStringLiteral("absent") });
        positions = store->nodePositions();
        QCOMPARE(positions.keys(), QList<QString> { QStringLiteral("a1") });
        store->addViewUnlessNamed(QStringLiteral("Talks"), QStringLiteral("{\"kinds\":[\"meeting\"]}"));
        store->addViewUnlessNamed(QStringLiteral("Talks"), QStringLiteral("{}")); // kept as it was
        const QList<SavedView> views = store->savedViews();
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.first().filter.kinds, QStringList { QStringLiteral("meeting") });
    }
};

QTEST_GUILESS_MAIN(TestBulkSession)
#include "tst_bulksession.moc"
