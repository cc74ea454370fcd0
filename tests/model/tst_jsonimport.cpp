#include "io/exporter.h"
#include "io/importer.h"
#include "sampledataset.h"
#include "store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

ImportResult import(Store &store, const QString &path, const QString &format = {})
{
    ImportOptions o;
    o.format = format;
    ImportProgress progress;
    return importFile(path, store, o, progress);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestJsonImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void roundTripIsByteIdentical()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const QString first = path("first.json");
        makeExporter(QStringLiteral("json"))->write(*store, {}, first);
        auto copy = Store::createInMemory();
        const ImportResult r = import(*copy, first);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.format, QStringLiteral("json"));
        QCOMPARE(copy->counts().events, store->counts().events);
        QCOMPARE(copy->counts().actors, store->counts().actors);
        QCOMPARE(copy->counts().eras, store->counts().eras);
        QCOMPARE(copy->counts().stories, store->counts().stories);
        const QString second = path("second.json");
        makeExporter(QStringLiteral("json"))->write(*copy, {}, second);
        QCOMPARE(readAll(second), readAll(first));
        QVERIFY(readAll(first).contains("\"format_version\": 1"));
        QCOMPARE(copy->search(QStringLiteral("Istanbul")).size(), store->search(QStringLiteral("Istanbul")).size());
    }

    void intoAFileWithEventsMatchesActors()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const QString file = path("sample.json");
        makeExporter(QStringLiteral("json"))->write(*store, {}, file);
        const StoreCounts before = store->counts();
        const ImportResult r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.actorsNew, 0);
        QCOMPARE(r.summary.actorsMatched, before.actors);
        QCOMPARE(store->counts().actors, before.actors);
        QCOMPARE(store->counts().events, before.events * 2);
        QCOMPARE(store->counts().stories, before.stories * 2); // renamed "... (2)"
    }

    void filteredExport()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        EventFilter f;
        f.text = QStringLiteral("Istanbul");
        const QString file = path("filtered.json");
        makeExporter(QStringLiteral("json"))->write(*store, f, file);
        auto copy = Store::createInMemory();
        QVERIFY(import(*copy, file).ok);
        QCOMPARE(copy->counts().events, store->countEvents(f));
        QVERIFY(copy->counts().actors < store->counts().actors);
    }

    void badEventSkipped()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, QStringLiteral(ENTENTE_TEST_DATA "/io/bad-event.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 1);
        QCOMPARE(r.summary.skipped.at(0).location, QStringLiteral("events[1]"));
        QCOMPARE(r.summary.skipped.at(0).field, QStringLiteral("start"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QStringLiteral(ENTENTE_TEST_DATA "/io/malformed.json")
                                   << "malformed.json, line 5: the JSON is malformed";
        QTest::newRow("newer") << QStringLiteral(ENTENTE_TEST_DATA "/io/newer.json")
                               << "newer.json, $, field \"format_version\": format version 99";
    }

    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, file, QStringLiteral("json"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
    }

    void depthBombRefused()
    {
        const QString file = path("deep.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"entente\", \"format_version\": 1, \"events\": ");
        f.write(QByteArray(100000, '['));
        f.write(QByteArray(100000, ']'));
        f.write("}");
        f.close();
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, file);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("nests deeper than 64 levels")), qPrintable(r.error));
    }

    void hugeFileRefusedQuickly()
    {
        // A sparse 2 GB file: refused by size before anything is read into memory.
        const QString file = path("huge.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"entente\", \"format_version\": 1, \"events\": []}     ");
        QVERIFY(f.resize(qint64(2) << 30));
        f.close();
        auto store = Store::createInMemory();
        QElapsedTimer t;
        t.start();
        const ImportResult r = import(*store, file, QStringLiteral("json"));
        QVERIFY(!r.ok);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(r.error.contains(QStringLiteral("huge.json")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestJsonImport)
#include "tst_jsonimport.moc"
