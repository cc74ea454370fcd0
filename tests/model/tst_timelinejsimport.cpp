#include "io/exporter.h"
#include "io/importer.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

ImportResult import(Store &store, const QString &path, const ImportOptions &o = {})
{
    ImportProgress progress;
    return importFile(path, store, o, progress);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestTimelineJsImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    // Whole timelines: TimelineJS's own examples (real files, in ../shared/fixtures when it is
    // beside this clone) and ours, written for these tests (always).
    void wholeFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("eras");
        const QString real = QStringLiteral(ENTENTE_FIXTURES "/timelinejs/");
        const QString own = QStringLiteral(ENTENTE_TEST_DATA "/io/");
        QTest::newRow("houston") << real + QStringLiteral("houston-timeline3.json") << "timelinejs" << 18 << 0;
        QTest::newRow("eras") << real + QStringLiteral("eras.json") << "timelinejs" << 20 << 3;
        QTest::newRow("women in computing")
            << real + QStringLiteral("women_in_computing.csv") << "timelinejs-csv" << 10 << 0;
        QTest::newRow("my own timeline") << real + QStringLiteral("my-own-timeline.csv") << "timelinejs-csv" << 10 << 0;
        QTest::newRow("our story") << own + QStringLiteral("timelinejs-story.json") << "timelinejs" << 3 << 1;
        QTest::newRow("our sheet") << own + QStringLiteral("timelinejs-template.csv") << "timelinejs-csv" << 3 << 1;
    }

    void wholeFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(int, events);
        QFETCH(int, eras);
        const QString file = QFileInfo(path).fileName();
        // Real files from other tools sit beside the repository, not in it: a bare clone tests
        // itself without them.
        if (!QFileInfo::exists(path)) {
            QVERIFY2(!path.startsWith(QStringLiteral(ENTENTE_TEST_DATA)), "our own file is missing");
            QSKIP(qPrintable(QStringLiteral("the real TimelineJS files are not beside this clone (no %1)").arg(path)));
        }
        QCOMPARE(sniffFormat(path), format);
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.skippedCount, 0);
        QCOMPARE(store->counts().events, events);
        QCOMPARE(store->counts().eras, eras);
        QVERIFY(!store->meta(QStringLiteral("title")).isEmpty());
        // No markup survives into what Entente shows.
        for (const Event &e : store->events(store->eventIds({}))) {
            QVERIFY2(!e.title.contains(u'<') && !e.summary.contains(QStringLiteral("<p")), qPrintable(e.summary));
            QVERIFY(!e.title.isEmpty());
        }
        // Exported back to TimelineJS JSON, the events and eras are kept.
        const QString out = m_dir.filePath(file + QStringLiteral(".out.json"));
        makeExporter(QStringLiteral("timelinejs"))->write(*store, {}, out);
        const QJsonObject json = readJson(out);
        QCOMPARE(json.value(QStringLiteral("events")).toArray().size(), events);
        QCOMPARE(json.value(QStringLiteral("eras")).toArray().size(), eras);
        QVERIFY(json.value(QStringLiteral("title")).isObject());
        auto again = Store::createInMemory();
        QVERIFY(import(*again, out).ok);
        QCOMPARE(again->counts().events, events);
        QCOMPARE(again->counts().eras, eras);
    }

    void fieldsAndHtml()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, QStringLiteral(ENTENTE_TEST_DATA "/io/timelinejs.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 2);
        QCOMPARE(r.summary.skippedCount, 1);
        QCOMPARE(r.summary.skipped.at(0).location, QStringLiteral("events[2]"));
        QCOMPARE(r.summary.skipped.at(0).field, QStringLiteral("start_date.year"));
        QCOMPARE(store->meta(QStringLiteral("title")), QStringLiteral("Talks & truces"));
        const QList<Event> events = store->events(store->eventIds({}));
        QCOMPARE(events.at(0).title, QStringLiteral("Istanbul round"));
        QCOMPARE(events.at(0).summary, QStringLiteral("Delegations meet.\nSecond para — end"));
        QCOMPARE(events.at(0).actors.size(), 1);
        QCOMPARE(store->actor(events.at(0).actors.at(0).actorId)->name, QStringLiteral("Diplomacy"));
        const Source s = *store->source(events.at(0).sources.at(0).sourceId);
        QCOMPARE(s.publisher, QStringLiteral("AP"));
        QCOMPARE(s.url, QStringLiteral("https://example.org/photo.jpg"));
        QCOMPARE(events.at(1).start.precision(), FuzzyDate::Precision::Month);
        QCOMPARE(events.at(1).end->toIsoString(), QStringLiteral("2022-05"));
        QCOMPARE(store->eras().size(), 1);
    }

    // Media as TimelineJS has it: a link, a quote in a <blockquote>, an <iframe> embed, a link
    // without a scheme; and back out, only http(s) links or quotes (never a javascript: link).
    void mediaBothWays()
    {
        const QString file = QStringLiteral(ENTENTE_TEST_DATA "/io/timelinejs-media.json");
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<Event> events = store->events(store->eventIds({}));
        QCOMPARE(events.size(), 4);
        auto sourceOf = [&](int i) { return *store->source(events.at(i).sources.at(0).sourceId); };
        QCOMPARE(sourceOf(0).url, QString());
        QCOMPARE(sourceOf(0).publisher, QStringLiteral("Edith Clarke"));
        QCOMPARE(events.at(0).sources.at(0).quote, QStringLiteral("There is no demand & no supply"));
        QCOMPARE(sourceOf(1).url, QStringLiteral("https://www.youtube.com/embed/x?a=1&b=2"));
        QCOMPARE(sourceOf(2).url, QStringLiteral("https://upload.wikimedia.org/a.jpg"));
        QCOMPARE(sourceOf(3).url, QStringLiteral("javascript:alert(1)")); // kept as text, never a link

        const QString out = m_dir.filePath(QStringLiteral("media.out.json"));
        makeExporter(QStringLiteral("timelinejs"))->write(*store, {}, out);
        const QJsonArray slides = readJson(out).value(QStringLiteral("events")).toArray();
        QCOMPARE(slides.size(), 4);
        auto mediaOf = [&](int i) { return slides.at(i).toObject().value(QStringLiteral("media")).toObject(); };
        QCOMPARE(mediaOf(0).value(QStringLiteral("url")).toString(),
                 QStringLiteral("<blockquote>There is no demand &amp; no supply</blockquote>"));
        QCOMPARE(mediaOf(0).value(QStringLiteral("credit")).toString(), QStringLiteral("Edith Clarke"));
        QCOMPARE(mediaOf(1).value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://www.youtube.com/embed/x?a=1&b=2"));
        QCOMPARE(mediaOf(2).value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://upload.wikimedia.org/a.jpg"));
        QVERIFY(!slides.at(3).toObject().contains(QStringLiteral("media")));

        // The quote comes back as a quote.
        auto again = Store::createInMemory();
        QVERIFY(import(*again, out).ok);
        const Event quote = again->events(again->eventIds({})).at(0);
        QCOMPARE(quote.sources.at(0).quote, QStringLiteral("There is no demand & no supply"));
    }

    void groupAsTag()
    {
        auto store = Store::createInMemory();
        ImportOptions o;
        o.groupAsTag = true;
        QVERIFY(import(*store, QStringLiteral(ENTENTE_TEST_DATA "/io/timelinejs.json"), o).ok);
        QCOMPARE(store->counts().actors, 0);
        QCOMPARE(store->tags(), QStringList { QStringLiteral("Diplomacy") });
    }

    void cosmologicalRefused()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, QStringLiteral(ENTENTE_TEST_DATA "/io/cosmological.json"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("cosmological.json, $, field \"scale\": this is a cosmological")),
                 qPrintable(r.error));
        QCOMPARE(store->counts().events, 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineJsImport)
#include "tst_timelinejsimport.moc"
