#include "store/schema.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

Event makeEvent()
{
    Event e;
    e.title = QStringLiteral("Talks in Istanbul");
    e.start = FuzzyDate::day(2022, 3, 29);
    e.kind = QStringLiteral("talks");
    e.attributes.insert(QStringLiteral("cameo"), QStringLiteral("046"));
    e.attributes.insert(QStringLiteral("goldstein"), QStringLiteral("7"));
    return e;
}

} // namespace

// Event::attributes: kept by the store with the event (table event_attributes, version 4).
class TestEventAttributes : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughTheStore()
    {
        auto store = Store::createInMemory();
        Event e = makeEvent();
        e.id = store->addEvent(e);
        QCOMPARE(store->event(e.id)->attributes, e.attributes);
        e.attributes.remove(QStringLiteral("goldstein"));
        e.attributes.insert(QStringLiteral("mentions"), QStringLiteral("12"));
        store->updateEvent(e);
        QCOMPARE(store->event(e.id)->attributes, e.attributes);
        QCOMPARE(*store->event(e.id), e);
        store->deleteEvent(e.id);
        QCOMPARE(store->database().execAndGet("SELECT count(*) FROM event_attributes").getInt(), 0);
    }

    // A file of version 3 gains the table when opened for writing, its events none.
    void migratesFromVersion3()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.entente"));
        EventId id = 0;
        {
            auto r = Store::open(path, { true, false });
            QVERIFY2(r.store, qPrintable(r.error));
            Event e = makeEvent();
            e.attributes.clear();
            id = r.store->addEvent(e);
            r.store->database().exec("DROP TABLE event_attributes");
            r.store->database().exec("PRAGMA user_version = 3");
        }
        {
            // Read-only, not migrated: events read without attributes.
            Store::OpenOptions readOnly;
            readOnly.readOnly = true;
            auto r = Store::open(path, readOnly);
            QVERIFY2(r.store, qPrintable(r.error));
            QCOMPARE(r.store->schemaVersion(), 3);
            QVERIFY(r.store->event(id)->attributes.isEmpty());
        }
        auto r = Store::open(path, { false, false });
        QVERIFY2(r.store, qPrintable(r.error));
        QCOMPARE(r.store->schemaVersion(), Schema::kCurrentVersion);
        Event e = *r.store->event(id);
        QVERIFY(e.attributes.isEmpty());
        e.attributes.insert(QStringLiteral("quadclass"), QStringLiteral("1"));
        r.store->updateEvent(e);
        QCOMPARE(r.store->event(id)->attributes.value(QStringLiteral("quadclass")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestEventAttributes)
#include "tst_eventattributes.moc"
