#include "io/exporter.h"
#include "io/importer.h"
#include "store/store.h"
#include "textrule.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace entente;

namespace {

// Every code point the rule changes: the C0 controls but tab and LF, DEL, the two
// noncharacters XML forbids, and (through a QString) a lone surrogate.
QList<char32_t> hostileCodePoints()
{
    QList<char32_t> out;
    for (char32_t c = 0; c < 0x20; ++c) {
        if (c != u'\t' && c != u'\n')
            out.append(c);
    }
    out << 0x7F << 0xFFFE << 0xFFFF;
    return out;
}

QString withCodePoint(const char *before, char32_t c, const char *after)
{
    return QLatin1String(before) + QString::fromUcs4(&c, 1) + QLatin1String(after);
}

QByteArray utf8Of(char32_t c)
{
    return QString::fromUcs4(&c, 1).toUtf8();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

ImportResult importInto(Store &store, const QString &path, const QString &format = {})
{
    ImportOptions options;
    options.format = format;
    ImportProgress progress;
    return importFile(path, store, options, progress);
}

// A file stored before the rule: the text goes into the tables as raw bytes, past the store's
// write functions, in every text column an exporter writes.
std::unique_ptr<Store> storeWithRawText(const QByteArray &bad)
{
    auto store = Store::createInMemory();
    Actor a;
    a.name = QStringLiteral("Actor");
    const ActorId actor = store->addActor(a);
    Source s;
    s.publisher = QStringLiteral("Pub");
    s.title = QStringLiteral("Story");
    s.url = QStringLiteral("https://example.org/a");
    const SourceId source = store->addSource(s);
    Event e;
    e.title = QStringLiteral("T");
    e.start = FuzzyDate::day(2022, 3, 29);
    e.actors.append({ actor, QStringLiteral("host") });
    e.sources.append({ source, QStringLiteral("q") });
    e.tags.append(QStringLiteral("tag"));
    store->addEvent(e);
    store->setMeta(QStringLiteral("title"), QStringLiteral("Meta"));
    const std::string text = "a" + bad.toStdString() + "b";
    SQLite::Database &db = store->database();
    for (const char *sql :
         { "UPDATE events SET title = ?1, summary = ?1, kind = ?1, place = ?1", "UPDATE actors SET name = ?1 || name",
           "UPDATE event_actors SET role = ?1", "UPDATE sources SET publisher = ?1, title = ?1, url = ?1 || url",
           "UPDATE event_sources SET quote = ?1", "UPDATE tags SET name = ?1", "UPDATE meta SET value = ?1" }) {
        SQLite::Statement q(db, sql);
        q.bind(1, text.data(), static_cast<int>(text.size()));
        q.exec();
    }
    return store;
}

// What makes an export's output valid for its format; empty when it is.
QString invalidity(const QString &format, const QString &path)
{
    const QByteArray bytes = readAll(path);
    if (bytes.isEmpty())
        return QStringLiteral("empty file");
    if (format == u"gexf" || format == u"graphml") {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            xml.readNext();
        return xml.hasError() ? xml.errorString() : QString();
    }
    if (format == u"ics") {
        for (const QByteArray &line : bytes.split('\n')) {
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            for (const char c : content) {
                const auto u = static_cast<unsigned char>(c);
                if ((u < 0x20 && u != '\t') || u == 0x7F)
                    return QStringLiteral("raw control 0x%1 in line %2").arg(u, 2, 16).arg(QString::fromUtf8(line));
            }
        }
        return {};
    }
    if (format == u"json" || format == u"timelinejs") {
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return error.errorString();
    }
    // CSV, Entente JSON and TimelineJS JSON come back in through their readers.
    const QString importFormat = format == u"json" ? QStringLiteral("json")
        : format == u"csv"                         ? QStringLiteral("csv")
                                                   : QStringLiteral("timelinejs");
    auto back = Store::createInMemory();
    const ImportResult r = importInto(*back, path, importFormat);
    if (!r.ok)
        return r.error;
    if (r.summary.eventsAdded != 1)
        return QStringLiteral("%1 events came back").arg(r.summary.eventsAdded);
    const Event e = back->events(back->eventIds({})).constFirst();
    if (!TextRule::isClean(e.title) || !TextRule::isClean(e.summary))
        return QStringLiteral("the text came back with controls");
    return {};
}

} // namespace

class TestTextRule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // UTF-8 tested a byte at a time (TextRule's table of what a byte can start): a control byte
    // but tab and LF, and DEL, are never clean; 0xEF and 0xED only in U+FFFE, U+FFFF and the
    // surrogates; every other byte is, wherever it stands in a tab-separated row.
    void everyByteOfUtf8()
    {
        for (int c = 0; c < 256; ++c) {
            const std::string row = std::string("a\t") + static_cast<char>(c) + "\tb";
            const bool control = (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
            QCOMPARE(TextRule::isClean(row), !control);
        }
        for (const char *bad : { "\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xED\xA0\x80", "\xED\xBF\xBF" })
            QVERIFY(!TextRule::isClean(std::string("x\t") + bad));
        for (const char *fine : { "\xEF\xBB\xBF", "\xEF\xBF\xBD", "\xED\x9F\xBF", "\xEF\xBF" })
            QVERIFY(TextRule::isClean(std::string("x\t") + fine));
    }

    void ruleOnEachCodePoint()
    {
        for (const char32_t c : hostileCodePoints()) {
            const QString text = withCodePoint("a", c, "b");
            if (c == u'\r') {
                QCOMPARE(TextRule::cleaned(text), QStringLiteral("a\nb"));
                continue;
            }
            QVERIFY(!TextRule::isClean(text));
            QCOMPARE(TextRule::cleaned(text), QStringLiteral("a\uFFFDb"));
            const std::string bytes = "a" + utf8Of(c).toStdString() + "b";
            QVERIFY(!TextRule::isClean(bytes));
            QCOMPARE(TextRule::cleaned(bytes),
                     std::string("a\xEF\xBF\xBD"
                                 "b"));
        }
        // What stays: tab, LF, other text, pairs of surrogates; CR LF is one line end.
        const QString fine = QStringLiteral("a\tb\nc ü 🙂 \uFFFD \uFDD0");
        QVERIFY(TextRule::isClean(fine));
        QVERIFY(TextRule::isClean(fine.toStdString()));
        QCOMPARE(TextRule::cleaned(QStringLiteral("a\r\nb\rc")), QStringLiteral("a\nb\nc"));
        QCOMPARE(TextRule::cleaned(std::string("a\r\nb\rc")), std::string("a\nb\nc"));
        // A lone surrogate, either half, in a QString or written as UTF-8 (CESU-8).
        QString lone = QStringLiteral("ab");
        lone.insert(1, QChar(0xD800));
        QCOMPARE(TextRule::cleaned(lone), QStringLiteral("a\uFFFDb"));
        lone[1] = QChar(0xDC00);
        QCOMPARE(TextRule::cleaned(lone), QStringLiteral("a\uFFFDb"));
        QCOMPARE(TextRule::cleaned(std::string("a\xED\xA0\x80"
                                               "b")),
                 std::string("a\xEF\xBF\xBD"
                             "b"));
    }

    // The store's write functions (every edit in the window goes through them) keep the rule.
    void storeWritesClean()
    {
        auto store = Store::createInMemory();
        QString lone = QStringLiteral("x");
        lone.append(QChar(0xDBFF));
        Actor a;
        a.name = QStringLiteral("Bell\aman ") + lone;
        const ActorId actor = store->addActor(a);
        Source s;
        s.publisher = QStringLiteral("P\x01");
        s.title = QStringLiteral("T\r\nU");
        s.url = QStringLiteral("https://x/\x7f");
        const SourceId source = store->addSource(s);
        Event e;
        e.title = QString::fromUtf16(u"Title\0with NUL", 14);
        e.summary = QStringLiteral("line\r\nline\x0c");
        e.kind = QStringLiteral("k\x1b");
        e.place = QStringLiteral("p\uFFFE");
        e.start = FuzzyDate::year(2020);
        e.actors.append({ actor, QStringLiteral("r\x02") });
        e.sources.append({ source, QStringLiteral("q\x03") });
        e.tags.append(QStringLiteral("t\x04"));
        const EventId id = store->addEvent(e);
        const Event back = *store->event(id);
        QCOMPARE(back.title, QStringLiteral("Title\uFFFDwith NUL"));
        QCOMPARE(back.summary, QStringLiteral("line\nline\uFFFD"));
        QCOMPARE(back.kind, QStringLiteral("k\uFFFD"));
        QCOMPARE(back.place, QStringLiteral("p\uFFFD"));
        QCOMPARE(back.actors.constFirst().role, QStringLiteral("r\uFFFD"));
        QCOMPARE(back.sources.constFirst().quote, QStringLiteral("q\uFFFD"));
        QCOMPARE(back.tags, QStringList { QStringLiteral("t\uFFFD") });
        QCOMPARE(store->actor(actor)->name, QStringLiteral("Bell\uFFFDman x\uFFFD"));
        const Source sb = *store->source(source);
        QCOMPARE(sb.publisher, QStringLiteral("P\uFFFD"));
        QCOMPARE(sb.title, QStringLiteral("T\nU"));
        QCOMPARE(sb.url, QStringLiteral("https://x/\uFFFD"));
        Event edited = back;
        edited.title = QStringLiteral("again\x05");
        store->updateEvent(edited);
        QCOMPARE(store->event(id)->title, QStringLiteral("again\uFFFD"));
    }

    // Every reader applies the rule to what it reads.
    void readersStoreClean_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("title");
        QTest::newRow("csv raw bytes") << "csv"
                                       << QByteArray("title,start,summary,actors,tags\n"
                                                     "\"a\x07\x1b\x7f"
                                                     "b\",2022,\"x\r\ny\x01\",\"Bad\x02 actor\",\"t\x03\"\n")
                                       << QStringLiteral("a\uFFFD\uFFFD\uFFFDb");
        QTest::newRow("csv noncharacter") << "csv"
                                          << QByteArray("title,start\n\"a\xEF\xBF\xBE"
                                                        "b\",2022\n")
                                          << QStringLiteral("a\uFFFDb");
        QTest::newRow("json escapes")
            << "json"
            << QByteArray("{\"format\":\"entente\",\"format_version\":1,\"actors\":[{\"id\":1,\"name\":\"A\\u0000\"}],"
                          "\"events\":[{\"id\":1,\"title\":\"a\\u0007\\u001f\\ufffe\\uffffb\",\"start\":\"2022\","
                          "\"summary\":\"x\\r\\ny\",\"actors\":[{\"actor\":1,\"role\":\"r\\u0008\"}],\"tags\":["
                          "\"t\\u000b\"]}]}")
            << QStringLiteral("a\uFFFD\uFFFD\uFFFD\uFFFDb");
        QTest::newRow("timelinejs entities")
            << "timelinejs"
            << QByteArray("{\"events\":[{\"start_date\":{\"year\":2022},\"text\":{\"headline\":\"a&#7;\\u0001b\","
                          "\"text\":\"s&#x1f;t\"}}]}")
            << QStringLiteral("a\uFFFD\uFFFDb");
        QTest::newRow("json lone surrogates")
            << "json"
            << QByteArray("{\"format\":\"entente\",\"format_version\":1,\"events\":[{\"id\":1,\"title\":"
                          "\"a\\ud800b\\udc00\\\\ud800\\ud83d\\ude00\",\"start\":\"2022\"}]}")
            << QStringLiteral("a\uFFFDb\uFFFD\\ud800\U0001F600");
        QTest::newRow("timelinejs lone surrogate")
            << "timelinejs"
            << QByteArray("{\"events\":[{\"start_date\":{\"year\":2022},\"text\":{\"headline\":\"a\\udc00b\"}}]}")
            << QStringLiteral("a\uFFFDb");
        QTest::newRow("timelinejs-csv") << "timelinejs-csv"
                                        << QByteArray("Year,Headline,Text\n2022,\"a\x0e"
                                                      "b\",\"c\x0f\"\n")
                                        << QStringLiteral("a\uFFFDb");
        QTest::newRow("acled") << "acled"
                               << QByteArray("event_date,event_type,sub_event_type,actor1,location,notes\n"
                                             "2022-03-29,Battles,\"Arm\x10"
                                             "ed\",\"A\x11\",\"L\x12"
                                             "oc\",\"n\x13\"\n")
                               << QStringLiteral("Arm\uFFFDed, L\uFFFDoc");
        QTest::newRow("timeline xml")
            << "timeline"
            << QByteArray("<?xml version=\"1.0\"?><timeline><version>2</version><timetype>gregoriantime</timetype>"
                          "<events><event><start>2022-03-29 00:00:00</start><end>2022-03-29 00:00:00</end>"
                          "<text>a&#13;b\r\nc</text><description>d&#xD;</description></event></events></timeline>")
            << QStringLiteral("a\nb\nc");
    }

    void readersStoreClean()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, file);
        QFETCH(QString, title);
        const QString path = m_dir.filePath(QStringLiteral("in-") + QString::fromLatin1(QTest::currentDataTag()));
        writeFile(path, file);
        auto store = Store::createInMemory();
        const ImportResult r = importInto(*store, path, format);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 1);
        const Event e = store->events(store->eventIds({})).constFirst();
        QCOMPARE(e.title, title);
        // Nothing a reader stored breaks the rule, in any column.
        SQLite::Statement q(store->database(),
                            "SELECT title || summary || kind || place FROM events UNION ALL SELECT name || description "
                            "FROM actors UNION ALL SELECT role FROM event_actors UNION ALL SELECT publisher || title "
                            "|| url FROM sources UNION ALL SELECT quote FROM event_sources UNION ALL SELECT name FROM "
                            "tags");
        while (q.executeStep())
            QVERIFY2(TextRule::isClean(Store::text(q, 0)), qPrintable(Store::text(q, 0)));
    }

    // Every exporter × every hostile code point, stored raw (a file from before the rule): the
    // export succeeds and what it writes is valid for its format.
    void everyExporterEveryCodePoint()
    {
        int tried = 0;
        for (const char32_t c : hostileCodePoints()) {
            auto store = storeWithRawText(utf8Of(c));
            for (const QString &format : exportFormats()) {
                const QString path = m_dir.filePath(QStringLiteral("out-%1.%2").arg(quint32(c)).arg(format));
                try {
                    makeExporter(format)->write(*store, {}, path);
                } catch (const ExportError &e) {
                    QFAIL(qPrintable(QStringLiteral("U+%1 %2: %3").arg(quint32(c), 4, 16).arg(format, e.message())));
                }
                const QString why = invalidity(format, path);
                QVERIFY2(why.isEmpty(),
                         qPrintable(QStringLiteral("U+%1 %2: %3").arg(quint32(c), 4, 16).arg(format, why)));
                ++tried;
            }
        }
        // Bytes that are not UTF-8 at all (a lone surrogate as CESU-8) read as U+FFFD.
        auto store = storeWithRawText(QByteArray("\xED\xA0\x80"));
        for (const QString &format : exportFormats()) {
            const QString path = m_dir.filePath(QStringLiteral("out-surrogate.") + format);
            makeExporter(format)->write(*store, {}, path);
            QVERIFY2(invalidity(format, path).isEmpty(), qPrintable(format));
            ++tried;
        }
        QCOMPARE(tried, (hostileCodePoints().size() + 1) * exportFormats().size());
        qInfo("hostile code points x exporters tried: %d x %d = %d", int(hostileCodePoints().size() + 1),
              int(exportFormats().size()), tried);
    }

    // The search folds the Turkish dotted and dotless i both ways.
    void turkishI()
    {
        auto store = Store::createInMemory();
        for (const char *title : { "Talks in İstanbul", "Rally in Diyarbakır", "Şişli meeting", "Izmir port" }) {
            Event e;
            e.title = QString::fromUtf8(title);
            e.start = FuzzyDate::year(2022);
            store->addEvent(e);
        }
        const struct
        {
            const char *query;
            qsizetype hits;
        } cases[] = { { "istanbul", 1 },   { "ıstanbul", 1 },   { "İSTANBUL", 1 },   { "ISTANBUL", 1 },
                      { "diyarbakir", 1 }, { "DİYARBAKIR", 1 }, { "diyarbakır", 1 }, { "sisli", 1 },
                      { "şişli", 1 },      { "ızmir", 1 },      { "izm", 1 },        { "in", 2 } };
        for (const auto &c : cases)
            QVERIFY2(store->search(QString::fromUtf8(c.query)).size() == c.hits, c.query);
    }
};

QTEST_GUILESS_MAIN(TestTextRule)
#include "tst_textrule.moc"
