// Event attributes (GDELT's CAMEO code, QuadClass and Goldstein score; UCDP's deaths) through the
// Entente JSON export and back, and through the CSV export.
#include "io/exporter.h"
#include "io/importer.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace entente;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name);
}

ImportResult import(Store &store, const QString &path, const QString &format = QString())
{
    ImportProgress progress;
    ImportOptions options;
    options.format = format;
    return importFile(path, store, options, progress);
}

// Each event's attributes by title (titles are unique in the test files).
QMap<QString, QMap<QString, QString>> attributesByTitle(Store &store)
{
    QMap<QString, QMap<QString, QString>> out;
    for (const Event &e : store.events(store.eventIds({})))
        out.insert(e.title + u'|' + e.start.toIsoString(), e.attributes);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAttributesJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("GDELT 2.0") << data("gdelt-v2.export.CSV");
        QTest::newRow("UCDP GED") << data("ucdp-ged.csv");
    }
    // Every attribute of every event comes back from the JSON file as it went in.
    void roundTrip()
    {
        QFETCH(QString, file);
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto before = attributesByTitle(*store);
        QVERIFY(!before.isEmpty());
        QVERIFY(std::all_of(before.cbegin(), before.cend(), [](const auto &a) { return !a.isEmpty(); }));

        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("out.json"));
        makeExporter(QStringLiteral("json"))->write(*store, {}, json);
        const QByteArray text = readAll(json);
        QVERIFY(text.contains("\"attributes\""));

        auto back = Store::createInMemory();
        const ImportResult again = import(*back, json, QStringLiteral("json"));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.summary.skippedCount, 0);
        QCOMPARE(attributesByTitle(*back), before);

        // Written again from the copy: the same bytes (attributes in key order).
        const QString json2 = dir.filePath(QStringLiteral("again.json"));
        makeExporter(QStringLiteral("json"))->write(*back, {}, json2);
        QCOMPARE(readAll(json2), text);
    }

    // Numbers written as numbers are kept as their text; a value that is neither is a bad row.
    void numbersAndBadValues()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("in.json"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "entente", "format_version": 1, "actors": [], "sources": [], "events": [
            {"id": 1, "title": "Numbers", "start": "2024-01-02",
             "attributes": {"goldstein": -2.5, "mentions": 7, "cameo": "036"}},
            {"id": 2, "title": "Bad", "start": "2024-01-03", "attributes": {"x": [1]}},
            {"id": 3, "title": "None", "start": "2024-01-04", "attributes": null}
        ]})");
        f.close();
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, json, QStringLiteral("json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.skippedCount, 1);
        QCOMPARE(r.summary.skipped.at(0).field, QStringLiteral("attributes"));
        const auto all = attributesByTitle(*store);
        const QMap<QString, QString> numbers = all.value(QStringLiteral("Numbers|2024-01-02"));
        QCOMPARE(numbers.value(QStringLiteral("goldstein")), QStringLiteral("-2.5"));
        QCOMPARE(numbers.value(QStringLiteral("mentions")), QStringLiteral("7"));
        QCOMPARE(numbers.value(QStringLiteral("cameo")), QStringLiteral("036"));
        QVERIFY(all.value(QStringLiteral("None|2024-01-04")).isEmpty());
    }

    // The CSV export carries them too, a column per key ("attribute:quadclass"), empty where an
    // event has none; the CSV import reads them back.
    void csv()
    {
        auto store = Store::createInMemory();
        QVERIFY(import(*store, data("gdelt-v2.export.CSV")).ok);
        const auto before = attributesByTitle(*store);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        makeExporter(QStringLiteral("csv"))->write(*store, {}, csv);
        const QList<QByteArray> lines = readAll(csv).split('\n');
        QVERIFY(lines.size() > 2);
        const QList<QByteArray> header = lines.at(0).trimmed().split(',');
        QVERIFY2(header.contains("attribute:quadclass"), lines.at(0).constData());
        QVERIFY(header.contains("attribute:goldstein"));
        QVERIFY(header.contains("attribute:cameo"));
        QCOMPARE(header.at(12), QByteArray("source_grades"));

        auto back = Store::createInMemory();
        const ImportResult r = import(*back, csv, QStringLiteral("csv"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.skippedCount, 0);
        QCOMPARE(attributesByTitle(*back), before);
    }
};

QTEST_GUILESS_MAIN(TestAttributesJson)
#include "tst_attributesjson.moc"
