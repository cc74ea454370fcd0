// Bad input to the GDELT and UCDP readers, into a file that already holds data: a zip cut short
// (of either), a GDELT file whose first row has no GDELT shape, a short GDELT row and a code that
// is no number, a UCDP file without a column and a death count that is no number. Each is one
// sentence naming the file, the line and the field; --strict refuses the file, the default skips
// the row and counts it; either way nothing half-written stays in the file.
#include "io/importer.h"
#include "sampledataset.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name);
}

// Every table's row count and the search index's: what a failed import must leave as it was.
QStringList contents(Store &store)
{
    SQLite::Database &db = store.database();
    QStringList out;
    SQLite::Statement tables(db,
                             "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                             "AND name NOT LIKE 'events_fts_%' ORDER BY name");
    std::vector<std::string> names;
    while (tables.executeStep())
        names.push_back(tables.getColumn(0).getString());
    for (const std::string &name : names) {
        out.append(QString::fromStdString(name) + QStringLiteral(": ")
                   + QString::number(db.execAndGet("SELECT count(*) FROM \"" + name + '"').getInt64()));
    }
    return out;
}

ImportResult import(Store &store, const QString &path, bool strict, const QString &format = QString())
{
    ImportProgress progress;
    ImportOptions options;
    options.strict = strict;
    options.format = format;
    return importFile(path, store, options, progress);
}

} // namespace

class TestDatasetBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A file on disk holding the sample dataset.
    std::unique_ptr<Store> withData()
    {
        auto store
            = Store::open(m_dir.filePath(QStringLiteral("f%1.entente").arg(++m_files)), { .create = true }).store;
        SampleDataset::write(*store);
        return store;
    }

    // The first half of a zip: its entry's data cut off, its directory gone.
    QString cutShort(const char *zip)
    {
        QFile in(data(zip));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = in.readAll();
        const QString path = m_dir.filePath(QStringLiteral("cut-%1").arg(QLatin1String(zip)));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes.left(bytes.size() / 2)) != bytes.size() / 2)
            return {};
        return path;
    }

private slots:
    void truncatedZips_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("format");
        QTest::newRow("GDELT") << QStringLiteral("gdelt-v2.export.CSV.zip") << QStringLiteral("gdelt");
        QTest::newRow("UCDP") << QStringLiteral("ucdp-ged.csv.zip") << QStringLiteral("ucdp");
    }
    void truncatedZips()
    {
        QFETCH(QString, zip);
        QFETCH(QString, format);
        const QString cut = cutShort(zip.toUtf8().constData());
        QVERIFY(!cut.isEmpty());
        auto store = withData();
        const QStringList before = contents(*store);
        for (const bool strict : { false, true }) {
            const ImportResult r = import(*store, cut, strict, format);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.startsWith(QFileInfo(cut).fileName() + QStringLiteral(" is a zip archive cut short")),
                     qPrintable(r.error));
            QVERIFY2(!r.error.contains(u'\n'), qPrintable(r.error));
            QCOMPARE(contents(*store), before);
        }
    }

    // A first row of neither GDELT width: the file is refused, naming its line and width.
    void gdeltFirstRowOfNoLayout()
    {
        const QString path = m_dir.filePath(QStringLiteral("narrow.export.CSV"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1100000001\t20220329\t202203\t2022\n");
        f.close();
        auto store = withData();
        const QStringList before = contents(*store);
        const ImportResult r = import(*store, path, false, QStringLiteral("gdelt"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("narrow.export.CSV, line 1")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("4 tab-separated field")), qPrintable(r.error));
        QCOMPARE(contents(*store), before);
    }

    // A short row (line 3) and a code that is no number (line 5): skipped and counted, the rest
    // stored with their attributes; with --strict the first refuses the file and nothing of the
    // rows before it stays.
    void gdeltBrokenRowsIntoData()
    {
        auto store = withData();
        const QStringList before = contents(*store);
        const qint64 events = store->counts().events;
        const ImportResult refused = import(*store, data("gdelt-broken.export.CSV"), true);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.startsWith(QStringLiteral("gdelt-broken.export.CSV, line 3, field \"Actor1Geo_Lat\": ")),
                 qPrintable(refused.error));
        QCOMPARE(contents(*store), before);

        const ImportResult r = import(*store, data("gdelt-broken.export.CSV"), false);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.skippedCount, 2);
        QCOMPARE(r.summary.skipped.at(1).location, QStringLiteral("line 5"));
        QCOMPARE(r.summary.skipped.at(1).field, QStringLiteral("EventCode"));
        QCOMPARE(store->counts().events, events + 6);
        EventFilter gdelt;
        gdelt.attributes.append({ QStringLiteral("cameo"), {}, std::nullopt });
        QCOMPARE(store->countEvents(gdelt), 6);
    }

    // A UCDP file without date_prec, and one whose best estimate is no number.
    void ucdpIntoData()
    {
        auto store = withData();
        const QStringList before = contents(*store);
        for (const bool strict : { false, true }) {
            const ImportResult r = import(*store, data("ucdp-missing-column.csv"), strict, QStringLiteral("ucdp"));
            QVERIFY(!r.ok);
            QCOMPARE(r.error,
                     QStringLiteral("ucdp-missing-column.csv, line 1, field \"date_prec\": the header lacks "
                                    "this UCDP GED column."));
            QCOMPARE(contents(*store), before);
        }
        const ImportResult refused = import(*store, data("ucdp-broken.csv"), true);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.startsWith(QStringLiteral("ucdp-broken.csv, line 4, field \"best\": ")),
                 qPrintable(refused.error));
        QCOMPARE(contents(*store), before);
        const ImportResult r = import(*store, data("ucdp-broken.csv"), false);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.skippedCount, 2);
    }
};

QTEST_GUILESS_MAIN(TestDatasetBadInput)
#include "tst_datasetbadinput.moc"
