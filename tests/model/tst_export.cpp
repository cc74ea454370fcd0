#include "io/exporter.h"
#include "io/icsexporter.h"
#include "sampledataset.h"
#include "store.h"

#include <SQLiteCpp/Database.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_links = 0; // actor-event pairs

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
        QVERIFY(csv.startsWith("title,start,end,kind,status,summary,place,latitude,longitude,actors,sources,tags\r\n"));
        QVERIFY(csv.contains("\"\"reportedly under pressure from the UK\"\""));
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
