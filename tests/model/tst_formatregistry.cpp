// The one list of file formats (io/formatregistry.h): every format is named and has a filter,
// every format Entente reads recognises a file of our own in tests/data/io/, and what the
// factories write reads back.
#include "io/exporter.h"
#include "io/formatprobe.h"
#include "io/formatregistry.h"
#include "io/importer.h"
#include "store/store.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name);
}

ImportResult import(Store &store, const QString &path, const QString &format = {})
{
    ImportOptions o;
    o.format = format;
    ImportProgress progress;
    return importFile(path, store, o, progress);
}

// Our own file of each format Entente reads: written by hand for these tests, so a bare clone
// tests every reader. A new format adds a row here (the test below fails until it does).
struct OwnFile
{
    const char *file;
    const char *format;
    int events;
};
constexpr OwnFile kOwnFiles[] = {
    { "entente.json", "json", 3 },
    { "good.csv", "csv", 3 },
    { "timelinejs.json", "timelinejs", 2 },
    { "timelinejs-story.json", "timelinejs", 3 },
    { "timelinejs-sheet.csv", "timelinejs-csv", 2 },
    { "timelinejs-template.csv", "timelinejs-csv", 3 },
    { "acled.csv", "acled", 2 },
    { "sample.timeline", "timeline", 2 },
    { "gdelt-v2.export.CSV", "gdelt", 8 },
    { "gdelt-v2.export.CSV.zip", "gdelt", 8 },
    { "ucdp-ged.csv", "ucdp", 4 },
};

} // namespace

class TestFormatRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void everyFormatIsDescribed()
    {
        QSet<QString> ids;
        for (const FormatInfo &f : FormatRegistry::formats()) {
            QVERIFY2(!f.id.isEmpty() && !ids.contains(f.id), qPrintable(f.id));
            ids.insert(f.id);
            QVERIFY2(f.name && !f.displayName().isEmpty(), qPrintable(f.id));
            QVERIFY2(!f.extensions.isEmpty(), qPrintable(f.id));
            for (const QString &extension : f.extensions)
                QVERIFY2(!extension.startsWith(u'.') && extension == extension.toLower(), qPrintable(extension));
            QVERIFY2(f.fileFilter().startsWith(f.displayName() + QStringLiteral(" (*.") + f.extensions.first()),
                     qPrintable(f.fileFilter()));
            QVERIFY2(f.canRead() || f.canWrite(), qPrintable(f.id));
            QCOMPARE(f.canRead(), f.sniff != nullptr);
            QCOMPARE(FormatRegistry::find(f.id), &f);
        }
        QCOMPARE(FormatRegistry::find(QStringLiteral("docx")), nullptr);
        QCOMPARE(FormatRegistry::find(QString()), nullptr);
        QCOMPARE(FormatRegistry::find(QStringLiteral("gexf"))->fileFilter(), QStringLiteral("GEXF for Gephi (*.gexf)"));
    }

    // The lists the importer and exporter factories had before the registry, in their order, and
    // the event datasets (GDELT, UCDP) after them.
    void factoriesReadTheRegistry()
    {
        const QStringList readable { QStringLiteral("json"),       QStringLiteral("csv"),
                                     QStringLiteral("timelinejs"), QStringLiteral("timelinejs-csv"),
                                     QStringLiteral("acled"),      QStringLiteral("timeline"),
                                     QStringLiteral("gdelt"),      QStringLiteral("ucdp") };
        const QStringList writable { QStringLiteral("json"), QStringLiteral("csv"),     QStringLiteral("timelinejs"),
                                     QStringLiteral("gexf"), QStringLiteral("graphml"), QStringLiteral("ics") };
        QCOMPARE(FormatRegistry::readable(), readable);
        QCOMPARE(FormatRegistry::writable(), writable);
        QCOMPARE(importFormats(), readable);
        QCOMPARE(exportFormats(), writable);
        for (const FormatInfo &f : FormatRegistry::formats()) {
            QCOMPARE(makeImporter(f.id) != nullptr, f.canRead());
            QCOMPARE(makeExporter(f.id) != nullptr, f.canWrite());
        }
        QVERIFY(!makeImporter(QStringLiteral("gexf")));
        QVERIFY(!makeExporter(QStringLiteral("acled")));
        QVERIFY(!makeImporter(QStringLiteral("nope")));
        QCOMPARE(FormatRegistry::readablePatterns(),
                 (QStringList { QStringLiteral("*.json"), QStringLiteral("*.csv"), QStringLiteral("*.timeline"),
                                QStringLiteral("*.zip") }));
        QCOMPARE(FormatRegistry::describe({ QStringLiteral("json"), QStringLiteral("acled") }),
                 QStringLiteral("json = Entente JSON, acled = ACLED CSV"));
        QVERIFY(FormatRegistry::find(QStringLiteral("csv"))->has(FormatInfo::Option::ColumnMap));
        QVERIFY(FormatRegistry::find(QStringLiteral("timelinejs-csv"))->has(FormatInfo::Option::GroupAsTag));
        QVERIFY(FormatRegistry::find(QStringLiteral("graphml"))->has(FormatInfo::Option::GraphLayout));
        QVERIFY(!FormatRegistry::find(QStringLiteral("json"))->has(FormatInfo::Option::GraphLayout));
    }

    // Every format Entente reads has a file of our own, which it recognises and imports whole.
    void ownFileOfEveryFormat()
    {
        QSet<QString> covered;
        for (const OwnFile &own : kOwnFiles) {
            const QString path = data(own.file);
            QVERIFY2(QFile::exists(path), own.file);
            QCOMPARE(FormatRegistry::sniff(path), QLatin1String(own.format));
            QCOMPARE(sniffFormat(path), QLatin1String(own.format));
            auto store = Store::createInMemory();
            const ImportResult r = import(*store, path);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.summary.format, QLatin1String(own.format));
            QCOMPARE(store->counts().events, own.events);
            covered.insert(QLatin1String(own.format));
        }
        for (const QString &id : FormatRegistry::readable())
            QVERIFY2(covered.contains(id), qPrintable(id + QStringLiteral(" has no file of our own in tests/data/io")));
    }

    // What the content says wins over the name; the name counts only when the content tells nothing.
    void sniffWeighsContentOverName_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("format");
        QTest::newRow("entente json") << QByteArray("\xEF\xBB\xBF{\"format\": \"entente\", \"format_version\": 1}")
                                      << "txt"
                                      << "json";
        QTest::newRow("other json") << QByteArray("[{\"start_date\": {}}]") << "csv"
                                    << "timelinejs";
        QTest::newRow("timeline xml") << QByteArray("<?xml version=\"1.0\"?>\n<timeline>") << "xml"
                                      << "timeline";
        QTest::newRow("other xml") << QByteArray("<gexf/>") << "timeline"
                                   << "";
        QTest::newRow("acled header") << QByteArray("event_id_cnty,event_date,actor1\n") << "txt"
                                      << "acled";
        QTest::newRow("sheet header") << QByteArray("Year,Headline,Display Date\n") << "txt"
                                      << "timelinejs-csv";
        QTest::newRow("a comma") << QByteArray("title,start\n") << "json"
                                 << "csv";
        QTest::newRow("csv by name") << QByteArray("title\n") << "csv"
                                     << "csv";
        QTest::newRow("json by name") << QByteArray("title\n") << "json"
                                      << "timelinejs";
        QTest::newRow("timeline by name") << QByteArray("title\n") << "timeline"
                                          << "timeline";
        QTest::newRow("nothing") << QByteArray("title\n") << "txt"
                                 << "";
    }

    void sniffWeighsContentOverName()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, suffix);
        QFETCH(QString, format);
        QCOMPARE(FormatRegistry::sniff(FormatProbe(head, suffix)), format);
    }

    void unreadableFileHasNoFormat()
    {
        QCOMPARE(FormatRegistry::sniff(m_dir.filePath(QStringLiteral("missing.csv"))), QString());
    }

    // Each writer's file: named by the format's first extension; a format Entente also reads
    // recognises it and reads back every event.
    void factoriesRoundTrip()
    {
        auto store = Store::createInMemory();
        QVERIFY(import(*store, data("entente.json")).ok);
        const qint64 events = store->counts().events;
        for (const FormatInfo &f : FormatRegistry::formats()) {
            if (!f.canWrite())
                continue;
            const QString out = m_dir.filePath(QStringLiteral("out.") + f.extensions.first());
            f.writer()->write(*store, {}, out);
            QFile written(out);
            QVERIFY2(written.open(QIODevice::ReadOnly) && written.size() > 0, qPrintable(out));
            if (!f.canRead())
                continue;
            QCOMPARE(FormatRegistry::sniff(out), f.id);
            auto back = Store::createInMemory();
            const ImportResult r = import(*back, out);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(back->counts().events, events);
        }
    }
};

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
