#include "io/exporter.h"
#include "io/icsexporter.h"
#include "sampledataset.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <atomic>

using namespace entente;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Counts elements by name, failing on malformed XML.
QHash<QString, int> elements(const QByteArray &xml, QString *error)
{
    QHash<QString, int> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement)
            ++out[r.qualifiedName().toString()];
    }
    if (r.hasError())
        *error = r.errorString();
    return out;
}

void addEvents(Store &store, int count)
{
    store.transaction([&] {
        for (int i = 0; i < count; ++i) {
            Event e;
            e.title = QStringLiteral("Talks, round %1").arg(i);
            e.start = FuzzyDate::fromParts(2022, 1 + i % 12, 1 + i % 28);
            store.addEvent(e);
        }
    });
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_links = 0; // actor-event pairs
    std::unique_ptr<Store> m_many; // 5,000 events: three blocks of the exporters' reads

    Store &many()
    {
        if (!m_many) {
            m_many = Store::createInMemory();
            addEvents(*m_many, 5000);
        }
        return *m_many;
    }

private slots:
    void initTestCase()
    {
        m_store = Store::createInMemory();
        SampleDataset::write(*m_store);
        m_store->database().exec("INSERT INTO node_positions (node, x, y) VALUES ('a1', 12.5, -3)");
        m_links = m_store->database().execAndGet("SELECT count(*) FROM event_actors").getInt64();
    }

    void gexf()
    {
        const QString out = m_dir.filePath(QStringLiteral("g.gexf"));
        makeExporter(QStringLiteral("gexf"))->write(*m_store, {}, out);
        const QByteArray xml = readAll(out);
        QString error;
        const QHash<QString, int> n = elements(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(xml.contains("xmlns=\"http://gexf.net/1.3\""));
        QVERIFY(xml.contains("mode=\"dynamic\""));
        QCOMPARE(n.value(QStringLiteral("edge")), m_links);
        QCOMPARE(n.value(QStringLiteral("node")), m_store->counts().events + m_store->counts().actors);
        QCOMPARE(n.value(QStringLiteral("viz:position")), 1);
        QVERIFY(xml.contains("start=\"2022-03-29\" end=\"2022-03-29\""));
    }

    void graphml()
    {
        const QString out = m_dir.filePath(QStringLiteral("g.graphml"));
        EventFilter f;
        f.text = QStringLiteral("Istanbul");
        makeExporter(QStringLiteral("graphml"))->write(*m_store, f, out);
        QString error;
        const QHash<QString, int> n = elements(readAll(out), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(n.value(QStringLiteral("node")) > m_store->countEvents(f));
        QVERIFY(n.value(QStringLiteral("node")) < m_store->counts().events + m_store->counts().actors);
    }

    void ics()
    {
        const QString out = m_dir.filePath(QStringLiteral("e.ics"));
        makeExporter(QStringLiteral("ics"))->write(*m_store, {}, out);
        const QByteArray ics = readAll(out);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), m_store->counts().events);
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20220329\r\nDTEND;VALUE=DATE:20220330\r\n"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        QCOMPARE(IcsExporter::escape(QStringLiteral("a,b;c\\d\ne")), QByteArray("a\\,b\\;c\\\\d\\ne"));
        // Folding never splits a UTF-8 character and joins back to the original line.
        const QByteArray line = "SUMMARY:" + QString(60, QChar(0x00FC)).toUtf8();
        const QByteArray folded = IcsExporter::fold(line);
        QCOMPARE(QByteArray(folded).replace("\r\n ", "").chopped(2), line);
        for (const QByteArray &part : folded.split('\n'))
            QVERIFY(QString::fromUtf8(part).toUtf8() == part);
    }

    void csvQuoting()
    {
        const QString out = m_dir.filePath(QStringLiteral("e.csv"));
        makeExporter(QStringLiteral("csv"))->write(*m_store, {}, out);
        const QByteArray csv = readAll(out);
        QVERIFY(csv.startsWith("title,start,end,kind,status,summary,place,latitude,longitude,actors,sources,tags,"
                               "source_grades,source_figures\r\n"));
        QVERIFY(csv.contains("\"\"reportedly under pressure from the UK\"\""));
    }

    // Progress counts up to the events times the passes an exporter makes (three for the graph,
    // two for a JSON selection), a block of 2048 at a time.
    void progressCountsEveryPass_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("filtered");
        QTest::addColumn<int>("passes");
        QTest::newRow("csv") << "csv" << false << 1;
        QTest::newRow("json") << "json" << false << 1;
        QTest::newRow("json, filtered") << "json" << true << 2;
        QTest::newRow("gexf") << "gexf" << false << 3;
        QTest::newRow("graphml") << "graphml" << false << 3;
        QTest::newRow("timelinejs") << "timelinejs" << false << 1;
        QTest::newRow("ics") << "ics" << false << 1;
    }

    void progressCountsEveryPass()
    {
        QFETCH(QString, format);
        QFETCH(bool, filtered);
        QFETCH(int, passes);
        Store &store = many();
        EventFilter filter;
        if (filtered)
            filter.text = QStringLiteral("round");
        QList<std::pair<qint64, qint64>> reports;
        ExportProgress progress;
        progress.report = [&](qint64 done, qint64 total) { reports.append({ done, total }); };
        makeExporter(format)->write(store, filter, m_dir.filePath(QStringLiteral("p.") + format), progress);
        const qint64 total = 5000LL * passes;
        QCOMPARE(reports.size(), 3 * passes); // 2048 + 2048 + 904 per pass
        QCOMPARE(reports.last(), std::make_pair(total, total));
        for (qsizetype i = 1; i < reports.size(); ++i) {
            QVERIFY(reports.at(i).first > reports.at(i - 1).first);
            QCOMPARE(reports.at(i).second, total);
        }
    }

    // A cancel stops the export at the next block, and a file already at the path is untouched.
    void cancelLeavesTheFileAsItWas()
    {
        Store &store = many();
        const QString out = m_dir.filePath(QStringLiteral("kept.csv"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("the file from before\n");
        }
        std::atomic<bool> cancel { false };
        qint64 reported = 0;
        ExportProgress progress;
        progress.cancel = &cancel;
        progress.report = [&](qint64 done, qint64) {
            reported = done;
            cancel.store(true); // after the first block
        };
        try {
            makeExporter(QStringLiteral("csv"))->write(store, {}, out, progress);
            QFAIL("no cancel");
        } catch (const ExportCancelled &e) {
            QCOMPARE(e.message(), QStringLiteral("The export was cancelled; nothing was written."));
        }
        QCOMPARE(reported, 2048);
        QCOMPARE(readAll(out), QByteArray("the file from before\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("kept.csv*") }, QDir::Files | QDir::Hidden).size(), 1);
    }

    // RFC 5545: an all-day DTEND is the day after the last; a timed event that ends on a day
    // ends at the midnight after it. What iCalendar cannot date is left out and said.
    void icsSpansAndWhatIsLeftOut()
    {
        auto store = Store::createInMemory();
        auto add = [&](const char *title, const FuzzyDate &start, const std::optional<FuzzyDate> &end) {
            Event e;
            e.title = QLatin1String(title);
            e.start = start;
            e.end = end;
            store->addEvent(e);
        };
        add("timed to a day", FuzzyDate::minute(2022, 4, 1, 10, 0), FuzzyDate::day(2022, 4, 2));
        add("timed to a month", FuzzyDate::minute(2022, 4, 1, 10, 0), FuzzyDate::month(2022, 5));
        add("timed", FuzzyDate::minute(2022, 4, 1, 10, 0), FuzzyDate::minute(2022, 4, 1, 11, 30));
        add("day to a time", FuzzyDate::day(2022, 6, 1), FuzzyDate::minute(2022, 6, 2, 10, 0));
        add("a month", FuzzyDate::month(2022, 3), std::nullopt);
        add("a year", FuzzyDate::year(2021), std::nullopt);
        add("year zero", FuzzyDate::year(0), std::nullopt);
        add("caesar", FuzzyDate::day(-43, 3, 15), std::nullopt);
        add("the last day", FuzzyDate::day(9999, 12, 31), std::nullopt);
        const QString out = m_dir.filePath(QStringLiteral("spans.ics"));
        auto exporter = makeExporter(QStringLiteral("ics"));
        exporter->write(*store, {}, out);
        const QByteArray ics = readAll(out).replace("\r\n ", "");
        QCOMPARE(ics.count("BEGIN:VEVENT"), 6);
        auto event = [&](const char *title) {
            const qsizetype at = ics.indexOf(QByteArray(QByteArray("SUMMARY:") + title + "\r\n"));
            const qsizetype begin = ics.lastIndexOf("BEGIN:VEVENT", at);
            return ics.mid(begin, at - begin);
        };
        QVERIFY2(event("timed to a day").contains("DTSTART:20220401T100000Z\r\nDTEND:20220403T000000Z\r\n"),
                 event("timed to a day").constData());
        QVERIFY(event("timed to a month").contains("DTEND:20220601T000000Z\r\n"));
        QVERIFY(event("timed").contains("DTEND:20220401T113000Z\r\n"));
        QVERIFY2(event("day to a time").contains("DTSTART;VALUE=DATE:20220601\r\nDTEND;VALUE=DATE:20220603\r\n"),
                 event("day to a time").constData());
        QVERIFY(event("a month").contains("DTSTART;VALUE=DATE:20220301\r\nDTEND;VALUE=DATE:20220401\r\n"));
        QVERIFY(event("a year").contains("DTSTART;VALUE=DATE:20210101\r\nDTEND;VALUE=DATE:20220101\r\n"));
        QVERIFY(!ics.contains("year zero") && !ics.contains("caesar") && !ics.contains("the last day"));
        QCOMPARE(exporter->warnings().size(), 1);
        QVERIFY2(exporter->warnings().constFirst().startsWith(u"3 event")
                     && exporter->warnings().constFirst().contains(u"before the year 1 or after 9999 left out"),
                 qPrintable(exporter->warnings().constFirst()));
        // A second export starts with no warnings of the first.
        EventFilter recent;
        recent.from = FuzzyDate::year(2020).startSeconds();
        recent.to = FuzzyDate::year(2023).startSeconds();
        exporter->write(*store, recent, out);
        QVERIFY(exporter->warnings().isEmpty());
    }

    void unwritablePath()
    {
        try {
            makeExporter(QStringLiteral("json"))->write(*m_store, {}, QStringLiteral("/nonexistent/dir/x.json"));
            QFAIL("no error");
        } catch (const ExportError &e) {
            QVERIFY(e.message().contains(QStringLiteral("x.json")));
        }
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
