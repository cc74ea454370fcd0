#include "io/importer.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

const QByteArray kHead = "{\"format\":\"entente\",\"format_version\":1,";

ImportResult importBytes(const QTemporaryDir &dir, const char *name, const QByteArray &bytes,
                         const ImportOptions &options = {})
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", name);
    f.close();
    auto store = Store::createInMemory();
    ImportProgress progress;
    return importFile(path, *store, options, progress);
}

QString changes(const ImportSummary &s)
{
    QStringList out;
    for (const RowProblem &p : s.changed)
        out.append(p.location + u' ' + p.field + u' ' + p.reason);
    return out.join(u'\n');
}

} // namespace

class TestImportMessages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // Each refusal names the file, the place and the real cause.
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("message");
        QTest::newRow("format_version 0")
            << QByteArray("v0.json") << QByteArray("{\"format\":\"entente\",\"format_version\":0,\"events\":[]}")
            << "json"
            << "v0.json, $, field \"format_version\": 0 is not a format version (they "
               "count from 1)";
        QTest::newRow("format_version -1")
            << QByteArray("vm1.json") << QByteArray("{\"format\":\"entente\",\"format_version\":-1}") << "json"
            << "vm1.json, $, field \"format_version\": -1 is not a format version";
        QTest::newRow("no format_version") << QByteArray("nov.json") << QByteArray("{\"format\":\"entente\"}") << "json"
                                           << "nov.json, $, field \"format_version\": the file has no";
        QTest::newRow("1e400") << QByteArray("big.json")
                               << kHead
                + "\n\"events\":[{\"id\":1,\"title\":\"x\",\"start\":\"2022\",\n\"latitude\":1e400}]}"
                               << "json"
                               << "big.json, line 3: the number 1e400 is too large";
        QTest::newRow("big integer") << QByteArray("bigint.json")
                                     << kHead + "\"events\":[{\"id\":99999999999999999999999,\"title\":\"x\"}]}"
                                     << "json"
                                     << "bigint.json, line 1: the number 99999999999999999999999 is too large";
        QTest::newRow("1e400 whole file")
            << QByteArray("bigtl.json") << QByteArray("{\"events\":[\n{\"start_date\":{\"year\":1e400}}]}")
            << "timelinejs"
            << "bigtl.json, line 2: the number 1e400 is too large";
        QTest::newRow("two events lists") << QByteArray("twice.json")
                                          << kHead
                + "\"events\":[{\"id\":1,\"title\":\"a\",\"start\":\"2022\"}],\"events\":[{\"id\":2,\"title\":\"b\","
                  "\"start\":\"2022\"}]}"
                                          << "json"
                                          << "twice.json, $, field \"events\": the file has this key twice";
        QTest::newRow("a list, not an object") << QByteArray("list.json") << QByteArray("[1,2]") << "json"
                                               << "list.json, $: the file is a list";
        QTest::newRow("utf-32 le") << QByteArray("u32.csv") << QByteArray("\xFF\xFE\0\0t\0\0\0", 8) << ""
                                   << "u32.csv is UTF-32 text";
        QTest::newRow("utf-32 be") << QByteArray("u32be.csv") << QByteArray("\0\0\xFE\xFF\0\0\0t", 8) << ""
                                   << "u32be.csv is UTF-32 text";
        QTest::newRow("utf-32 no mark") << QByteArray("u32n.csv")
                                        << QByteArray("t\0\0\0i\0\0\0t\0\0\0l\0\0\0e\0\0\0,\0\0\0", 24) << "csv"
                                        << "u32n.csv looks like UTF-32 text";
        QTest::newRow("utf-16 still") << QByteArray("u16.csv") << QByteArray("\xFF\xFEt\0i\0", 6) << ""
                                      << "u16.csv is UTF-16 text";
    }

    void refusals()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, message);
        ImportOptions options;
        options.format = format;
        const ImportResult r = importBytes(m_dir, name.constData(), bytes, options);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(message), qPrintable(r.error));
        QVERIFY2(!r.error.contains(u"malformed"), qPrintable(r.error));
    }

    void byteOrderMarkBeforeJson()
    {
        const ImportResult r = importBytes(
            m_dir, "bom.json", "\xEF\xBB\xBF" + kHead + "\"events\":[{\"id\":1,\"title\":\"a\",\"start\":\"2022\"}]}");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 1);
    }

    // Seconds are no part of a date: ":99" is refused, real ones are dropped with a note.
    void seconds()
    {
        const ImportResult csv = importBytes(m_dir, "secs.csv",
                                             "title,start,end\n"
                                             "a,2022-03-29T14:30:99,\n"
                                             "b,2022-03-29T14:30:15.123,2022-03-29T15:00:00\n"
                                             "c,2022-03-29T14:30:00.000,2022-03-29T16:00:07\n");
        QVERIFY2(csv.ok, qPrintable(csv.error));
        QCOMPARE(csv.summary.eventsAdded, 2);
        QCOMPARE(csv.summary.skippedCount, 1);
        QCOMPARE(csv.summary.skipped.constFirst().reason,
                 QStringLiteral("\"2022-03-29T14:30:99\" is not a date: there is no second 99"));
        QCOMPARE(csv.summary.changedCount, 2);
        QVERIFY2(changes(csv.summary).contains(u"line 3 start the seconds \":15.123\" were dropped"),
                 qPrintable(changes(csv.summary)));
        QVERIFY2(changes(csv.summary).contains(u"line 4 end the seconds \":07\""), qPrintable(changes(csv.summary)));
        QVERIFY(csv.summary.toText(QStringLiteral("secs.csv")).contains(u"Changed 2 value"));
        const ImportResult json = importBytes(
            m_dir, "secs.json", kHead + "\"events\":[{\"id\":1,\"title\":\"a\",\"start\":\"2022-03-29T14:30:15Z\"}]}");
        QVERIFY2(json.ok, qPrintable(json.error));
        QCOMPARE(json.summary.changedCount, 1);
        QVERIFY2(changes(json.summary).startsWith(u"events[0] start the seconds"), qPrintable(changes(json.summary)));
        ImportOptions tl;
        tl.format = QStringLiteral("timelinejs");
        const ImportResult slides = importBytes(
            m_dir, "secs-tl.json",
            "{\"events\":[{\"start_date\":{\"year\":2022,\"month\":3,\"day\":29,\"hour\":14,\"minute\":30,"
            "\"second\":15,\"millisecond\":123},\"text\":{\"headline\":\"a\"}},{\"start_date\":{\"year\":2022,"
            "\"hour\":1,\"second\":99},\"text\":{\"headline\":\"b\"}}]}",
            tl);
        QVERIFY2(slides.ok, qPrintable(slides.error));
        QCOMPARE(slides.summary.eventsAdded, 1);
        QCOMPARE(slides.summary.skipped.constFirst().reason, QStringLiteral("there is no second 99"));
        QVERIFY2(changes(slides.summary).startsWith(u"events[0] start_date the seconds \":15.123\""),
                 qPrintable(changes(slides.summary)));
        ImportOptions sheet;
        sheet.format = QStringLiteral("timelinejs-csv");
        const ImportResult rows = importBytes(m_dir, "secs-sheet.csv",
                                              "Year,Month,Day,Time,Headline\n2022,3,29,14:30:15,a\n2022,3,29,"
                                              "14:30:99,b\n2022,3,29,2:30:00 PM,c\n",
                                              sheet);
        QVERIFY2(rows.ok, qPrintable(rows.error));
        QCOMPARE(rows.summary.eventsAdded, 2);
        QCOMPARE(rows.summary.skippedCount, 1);
        QCOMPARE(rows.summary.changedCount, 1);
        QVERIFY2(changes(rows.summary).startsWith(u"line 2 Time the seconds \":15\""),
                 qPrintable(changes(rows.summary)));
        ImportOptions xmlOptions;
        xmlOptions.format = QStringLiteral("timeline");
        const ImportResult xml = importBytes(
            m_dir, "secs.timeline",
            "<?xml version=\"1.0\"?><timeline><version>2</version><timetype>gregoriantime</timetype><events>"
            "<event><start>2022-03-29 14:30:15</start><end>2022-03-29 15:00:00</end><text>a</text></event>"
            "<event><start>2022-03-29 14:30:99</start><end>2022-03-29 15:00:00</end><text>b</text></event>"
            "</events></timeline>",
            xmlOptions);
        QVERIFY2(xml.ok, qPrintable(xml.error));
        QCOMPARE(xml.summary.eventsAdded, 1);
        QCOMPARE(xml.summary.skippedCount, 1);
        QVERIFY2(changes(xml.summary).contains(u"start the seconds \":15\""), qPrintable(changes(xml.summary)));
    }

    // NaN and inf are refused alike, in every reader that takes coordinates.
    void nonFiniteCoordinates_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("bytes");
        for (const char *value : { "nan", "NaN", "inf", "-inf", "91" }) {
            QTest::addRow("csv %s", value)
                << QByteArray("c.csv") << QByteArray("title,start,latitude\na,2022,") + value + "\n";
            QTest::addRow("json %s", value)
                << QByteArray("c.json")
                << kHead + "\"events\":[{\"id\":1,\"title\":\"a\",\"start\":\"2022\",\"latitude\":\"" + value + "\"}]}";
            QTest::addRow("acled %s", value)
                << QByteArray("c.acled.csv")
                << QByteArray("event_date,event_type,actor1,latitude\n2022-03-29,Battles,A,") + value + "\n";
        }
    }

    void nonFiniteCoordinates()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, bytes);
        ImportOptions options;
        if (name.startsWith("c.acled"))
            options.format = QStringLiteral("acled");
        const ImportResult r = importBytes(m_dir, name.constData(), bytes, options);
        // The only record is refused, so the import is (nothing imported fails, naming it).
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("field \"latitude\"")), qPrintable(r.error));
    }

    void unknownKeyNoted()
    {
        const ImportResult r
            = importBytes(m_dir, "typo.json", kHead + "\"event\":[{\"id\":1,\"title\":\"a\",\"start\":\"2022\"}]}");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 0);
        QVERIFY2(changes(r.summary).startsWith(u"$ event not a key of Entente JSON"), qPrintable(changes(r.summary)));
    }

    void unknownActorKindNoted()
    {
        const ImportResult r = importBytes(m_dir, "planet.json",
                                           kHead
                                               + "\"actors\":[{\"id\":1,\"name\":\"Mars\",\"kind\":\"planet\"},{\"id\":"
                                                 "2,\"name\":\"Kyiv\",\"kind\":\"state\"}]}");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.changedCount, 1);
        QVERIFY2(changes(r.summary).startsWith(u"actors[0] kind \"planet\" is not an actor kind"),
                 qPrintable(changes(r.summary)));
    }

    // A record past 64 MB is refused, as the limit says, however the buffer grew.
    void recordOverTheLimit()
    {
        QByteArray bytes = kHead + "\"events\":[{\"id\":1,\"title\":\"a\",\"start\":\"2022\",\"summary\":\"";
        bytes += QByteArray(70 << 20, 'x');
        bytes += "\"}]}";
        const ImportResult r = importBytes(m_dir, "huge.json", bytes);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"more than the 64 MB"), qPrintable(r.error));
    }

    // The limit is per record: a list of small ones larger than 64 MB, passed over first (events
    // before the actors they name) and read again, imports.
    void largeListOfSmallRecords()
    {
        const QByteArray gap(25 << 20, ' ');
        QByteArray bytes = kHead + "\"events\":[";
        for (int i = 1; i <= 4; ++i) {
            if (i > 1)
                bytes += ',' + gap;
            bytes += "{\"id\":" + QByteArray::number(i)
                + ",\"title\":\"e\",\"start\":\"2022\",\"actors\":[{\"actor\":1}]}";
        }
        bytes += "],\"actors\":[{\"id\":1,\"name\":\"A\"}]}";
        QVERIFY(bytes.size() > (64 << 20));
        const ImportResult r = importBytes(m_dir, "long-list.json", bytes);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 4);
    }

    void columnMappings_data()
    {
        QTest::addColumn<QStringList>("map");
        QTest::addColumn<QString>("message");
        QTest::newRow("nonsense target") << QStringList { QStringLiteral("Headline=nonsense") }
                                         << "The mapping Headline=nonsense names no column of Entente's: \"nonsense\" "
                                            "is not one of title,";
        QTest::newRow("two onto title") << QStringList { QStringLiteral("Headline=title"),
                                                         QStringLiteral("Other=title") }
                                        << "Both columns Headline and Other of map.csv would fill title";
        QTest::newRow("missing column") << QStringList { QStringLiteral("Headlin=title") }
                                        << "The mapping Headlin=title names a column map.csv does not have";
    }

    void columnMappings()
    {
        QFETCH(QStringList, map);
        QFETCH(QString, message);
        ImportOptions options;
        options.format = QStringLiteral("csv");
        for (const QString &pair : map)
            options.columnMap.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        if (!options.columnMap.contains(QStringLiteral("Date")))
            options.columnMap.insert(QStringLiteral("Date"), QStringLiteral("start"));
        const ImportResult r = importBytes(m_dir, "map.csv", "Headline,Date,Other\na,2022,b\n", options);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(message), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestImportMessages)
#include "tst_importmessages.moc"
