// Hostile files offered for import: names built to break SQL through every reader, and files
// built to exhaust time or memory (a 10 GB sparse file, random bytes, JSON and XML nested
// 100,000 deep, a CSV line of 100 MB). Each is imported or refused quickly, with a sentence,
// the store unchanged, and the process's peak memory staying small.
#include "detailsformatter.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

const QString kHostile = QStringLiteral("Robert'); DROP TABLE events;--");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Peak resident memory since the last reset, in MB (Linux: clear_refs 5 resets VmHWM).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

qint64 peakMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}

qint64 residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Imports `file` into a fresh store: refused, quickly, in bounded memory, leaving no trace.
    void expectRefused(const QString &file, const QString &format, const QString &why, bool mayImport = false)
    {
        auto store = Store::createInMemory();
        ImportOptions options;
        options.format = format;
        ImportProgress progress;
        const qint64 before = residentMb();
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        const ImportResult r = importFile(file, *store, options, progress);
        const qint64 ms = timer.elapsed();
        const qint64 peak = peakMb();
        qInfo("%s as %s: %s in %lld ms, peak %lld MB (resident before %lld MB): %s",
              qPrintable(QFileInfo(file).fileName()), qPrintable(format), r.ok ? "read" : "refused", ms, peak, before,
              qPrintable(r.error));
        if (mayImport && r.ok) {
            QVERIFY(store->counts().events <= 1);
        } else {
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(why), qPrintable(r.error));
        }
        QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
        // AddressSanitizer's shadow memory and quarantine roughly double what a run holds.
#ifdef __SANITIZE_ADDRESS__
        constexpr int kBoundMb = 400;
#else
        constexpr int kBoundMb = 160;
#endif
        if (peak >= 0 && before >= 0)
            QVERIFY2(peak - before < kBoundMb,
                     qPrintable(QStringLiteral("%1 MB over %2").arg(peak - before).arg(before)));
        if (!r.ok)
            QCOMPARE(store->counts().events, 0);
    }

    // The hostile name as title, actor and place, through `format`; then checked as stored text.
    void importHostile(const QString &file, const QString &format)
    {
        const QString dbPath = path(QStringLiteral("hostile-%1.entente").arg(format));
        auto opened = Store::open(dbPath, { .create = true });
        QVERIFY2(opened.store, qPrintable(opened.error));
        Store &store = *opened.store;
        ImportOptions options;
        options.format = format;
        ImportProgress progress;
        const ImportResult r = importFile(file, store, options, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(store.counts().events >= 1);
        // The tables are all there and the text came through as it was written.
        QVERIFY(store.database().tableExists("events"));
        QVERIFY(store.database().tableExists("actors"));
        QVERIFY(store.integrityProblems().isEmpty());
        const QList<EventId> found = store.search(QStringLiteral("Robert"));
        QVERIFY2(!found.isEmpty(), qPrintable(format));
        const auto event = store.event(found.constFirst());
        QVERIFY(event);
        QVERIFY2(event->title.contains(kHostile), qPrintable(event->title));
        const QString html = DetailsFormatter(store).eventHtml(event->id);
        QVERIFY(html.contains(QStringLiteral("DROP TABLE events;--")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        // Markup shows as its characters (Entente's own formats) or is dropped as TimelineJS's
        // HTML is; it never reaches the page as markup.
        QVERIFY(!html.contains(QStringLiteral("<b>bold")));
        opened.store.reset();
        // And the file reopens whole.
        auto again = Store::open(dbPath, {});
        QVERIFY2(again.store, qPrintable(again.error));
        QVERIFY(again.store->counts().events >= 1);
    }

private slots:
    void sqlNamesThroughEveryReader_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("content");
        const QByteArray h = kHostile.toUtf8();
        const QByteArray title = h + " <b>bold</b><script>alert(1)</script><img src=\"file:///etc/passwd\">";
        QByteArray csvTitle = title;
        csvTitle.replace('"', "\"\"");
        QTest::newRow("csv") << "csv"
                             << QByteArray("title,start,actors,place\n\"" + csvTitle + "\",2022-03-29,\"" + h + "\",\""
                                           + h + "\"\n");
        QTest::newRow("acled")
            << "acled"
            << QByteArray("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
                          "location,latitude,longitude,source,notes,fatalities\n"
                          "X1,2022-03-29,2022,1,\""
                          + csvTitle + "\",Agreement,\"" + h + "\",,\"" + h + "\",41,28,\"" + h + "\",\"" + csvTitle
                          + "\",0\n");
        QTest::newRow("timelinejs-csv")
            << "timelinejs-csv"
            << QByteArray("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                          "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
                          "2022,3,29,,,,,,,\""
                          + csvTitle + "\",\"" + csvTitle + "\",,,,,,\"" + h + "\",\n");
        QByteArray jsonTitle = title;
        jsonTitle.replace('"', "\\\"");
        QTest::newRow("timelinejs") << "timelinejs"
                                    << QByteArray("{\"events\": [{\"start_date\": {\"year\": 2022, \"month\": 3}, "
                                                  "\"text\": {\"headline\": \""
                                                  + jsonTitle + "\", \"text\": \"" + jsonTitle + "\"}, \"group\": \""
                                                  + h + "\"}]}");
        QByteArray xmlTitle = title;
        xmlTitle.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        QTest::newRow("timeline") << "timeline"
                                  << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<timeline><version>2.4.0"
                                                "</version><categories><category><name>"
                                                + h
                                                + "</name><color>1,2,3</color></category></categories><events>"
                                                  "<event><start>2022-03-29 00:00:00</start><end>2022-03-29 "
                                                  "00:00:00</end><text>"
                                                + xmlTitle + "</text><category>" + h + "</category><description>"
                                                + xmlTitle + "</description></event></events></timeline>\n");
    }

    void sqlNamesThroughEveryReader()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, content);
        const QString file = path(QStringLiteral("hostile.%1.in").arg(format));
        writeFile(file, content);
        importHostile(file, format);
    }

    // Entente's own JSON, written by the exporter from a store holding the hostile names.
    void sqlNamesThroughEntenteJson()
    {
        auto source = Store::createInMemory();
        Actor a;
        a.name = kHostile;
        const ActorId actor = source->addActor(a);
        Event e;
        e.title = kHostile + QStringLiteral(" <b>bold</b><script>alert(1)</script><img src=x>");
        e.start = FuzzyDate::day(2022, 3, 29);
        e.place = kHostile;
        e.tags = { kHostile };
        e.actors = { EventActor { actor, kHostile } };
        source->addEvent(e);
        const QString file = path(QStringLiteral("hostile.json"));
        makeExporter(QStringLiteral("json"))->write(*source, EventFilter(), file);
        importHostile(file, QStringLiteral("json"));
    }

    void sparseTenGigabytes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("why");
        QTest::newRow("csv") << "csv"
                             << "binary";
        QTest::newRow("json") << "json"
                              << "binary";
        QTest::newRow("timeline") << "timeline"
                                  << "binary";
    }

    void sparseTenGigabytes()
    {
        QFETCH(QString, format);
        QFETCH(QString, why);
        const QString file = path(QStringLiteral("sparse.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(10) << 30)); // sparse: costs no disk
        }
        expectRefused(file, format, why);
    }

    // A text header and then ten sparse gigabytes: refused on the NULs after the header.
    void sparseAfterHeader()
    {
        const QString file = path(QStringLiteral("sparse-header.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("{\"events\": [") + QByteArray(16384, ' '));
            QVERIFY(f.resize(qint64(10) << 30));
        }
        expectRefused(file, QStringLiteral("json"), QStringLiteral("1024 MB"));
        expectRefused(file, QStringLiteral("timelinejs"), QStringLiteral("1024 MB"));
    }

    void randomBytes_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : importFormats())
            QTest::newRow(qPrintable(f)) << f;
    }

    void randomBytes()
    {
        QFETCH(QString, format);
        const QString file = path(QStringLiteral("random.bin"));
        QByteArray bytes(4 << 20, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        writeFile(file, bytes);
        expectRefused(file, format, QStringLiteral("binary"));
    }

    void deepJson_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<QByteArray>("close");
        QTest::newRow("json arrays") << "json" << QByteArray("[") << QByteArray("]");
        QTest::newRow("timelinejs arrays") << "timelinejs" << QByteArray("[") << QByteArray("]");
        QTest::newRow("timelinejs objects") << "timelinejs" << QByteArray("{\"events\":") << QByteArray("}");
    }

    void deepJson()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, open);
        QFETCH(QByteArray, close);
        const QString file = path(QStringLiteral("deep.json"));
        writeFile(file, open.repeated(100000) + close.repeated(100000));
        expectRefused(file, format, QStringLiteral("nests deeper"));
    }

    void deepXml()
    {
        const QString file = path(QStringLiteral("deep.timeline"));
        writeFile(file,
                  QByteArray("<?xml version=\"1.0\"?><timeline><events>") + QByteArray("<event>").repeated(100000)
                      + QByteArray("</event>").repeated(100000) + "</events></timeline>");
        // QXmlStreamReader keeps no stack of its own on the C++ stack: the nesting is read
        // through (the inner <event>s are not events of the timeline) in bounded memory.
        expectRefused(file, QStringLiteral("timeline"), QStringLiteral("deep.timeline"), true);
    }

    void csvLineOf100Megabytes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("csv") << "csv" << QByteArray("title,start\n");
        QTest::newRow("csv quoted") << "csv" << QByteArray("title,start\n\"");
        QTest::newRow("acled") << "acled" << QByteArray("event_id_cnty,event_date,actor1,event_type\nX,");
        QTest::newRow("timelinejs-csv") << "timelinejs-csv" << QByteArray("Year,Month,Day,Headline\n2022,1,1,");
    }

    void csvLineOf100Megabytes()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, header);
        const QString file = path(QStringLiteral("long.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(header);
            const QByteArray chunk(1 << 20, 'a');
            for (int i = 0; i < 100; ++i)
                QCOMPARE(f.write(chunk), chunk.size());
            f.write(",2022\n");
        }
        expectRefused(file, format, QStringLiteral("longer than 16 MB"));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
