#include "graph/nodepositions.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "sampledataset.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QFile>
#include <QFileInfo>
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

    // A file of some MB into an empty store, its events added out of date order: the export
    // writes them in the order of their ids, so the import writes them (and their search rows)
    // in one sweep; the index is complete and sound, and the round trip stays identical.
    void bigFileRoundTripIsSearchable()
    {
        auto store = Store::createInMemory();
        store->transaction([&] {
            Actor a;
            a.name = QStringLiteral("Mediator");
            a.aliases.append({ QStringLiteral("Arabulucu"), QStringLiteral("tr") });
            const ActorId actor = store->addActor(a);
            for (int i = 0; i < 12000; ++i) {
                Event e;
                e.title = QStringLiteral("Round %1 of talks").arg(i);
                e.summary = (i % 3 == 0 ? QStringLiteral("ceasefire ") : QStringLiteral("prisoners "))
                    + QString(60, QLatin1Char('x'));
                e.start = FuzzyDate::day(2022 - i % 7, 1 + i % 12, 1 + i % 28); // ids not in date order
                e.actors = { EventActor { actor, QStringLiteral("host") } };
                store->addEvent(e);
            }
        });
        const QString first = path("big.json");
        makeExporter(QStringLiteral("json"))->write(*store, {}, first);
        QVERIFY(QFileInfo(first).size() > (1 << 20));
        const QByteArray json = readAll(first);
        const qsizetype events = json.indexOf("\"events\"");
        QVERIFY(json.indexOf("\"id\": 1,", events) < json.indexOf("\"id\": 2,", events)); // 2 is dated earlier
        auto copy = Store::open(path("big.entente"), { .create = true }).store;
        QVERIFY(copy);
        const ImportResult r = import(*copy, first);
        QVERIFY2(r.ok, qPrintable(r.error));
        copy->database().exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
        QCOMPARE(copy->search(QStringLiteral("ceasefire")).size(), 4000);
        QCOMPARE(copy->search(QStringLiteral("arabul")).size(), 12000);
        QCOMPARE(copy->search(QStringLiteral("Round 11999")), store->search(QStringLiteral("Round 11999")));
        const QString second = path("big-again.json");
        makeExporter(QStringLiteral("json"))->write(*copy, {}, second);
        QCOMPARE(readAll(second), readAll(first));
    }

    // Events out of the order of their ids (a file written by hand, or by an older Entente): the
    // search index is built once at the end instead of beside them, and is as complete.
    void eventsOutOfIdOrder()
    {
        QByteArray json = "{\"format\": \"entente\", \"format_version\": 1,\n"
                          "\"actors\": [{\"id\": 7, \"name\": \"Türkiye\"}],\n\"events\": [\n";
        constexpr int kEvents = 3000;
        for (int i = kEvents; i >= 1; --i) {
            json += "{\"id\": " + QByteArray::number(i) + ", \"title\": \"Round " + QByteArray::number(i)
                + "\", \"summary\": \"" + (i % 2 ? "ceasefire" : "prisoners")
                + "\", \"start\": \"2022-03-29\", \"actors\": [{\"actor\": 7, \"role\": \"host\"}]}";
            json += i > 1 ? ",\n" : "\n";
        }
        json += "]}\n";
        const QString file = path("reversed.json");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(json);
        }
        auto store = Store::open(path("reversed.entente"), { .create = true }).store;
        QVERIFY(store);
        const ImportResult r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, kEvents);
        store->database().exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
        QCOMPARE(store->search(QStringLiteral("ceasefire")).size(), kEvents / 2);
        QCOMPARE(store->search(QStringLiteral("Türkiye")).size(), kEvents);
        QCOMPARE(store->event(1234)->title, QStringLiteral("Round 1234"));
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

    // Our own file, written by hand, with every section: each is read, with the file's ids kept
    // in an empty file and mapped to new ones in a file with records.
    void everySectionOfOurOwnFile()
    {
        const QString file = QStringLiteral(ENTENTE_TEST_DATA "/io/entente.json");
        auto store = Store::createInMemory();
        ImportResult r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.format, QStringLiteral("json"));
        QCOMPARE(r.summary.skippedCount, 0);
        QCOMPARE(r.summary.changedCount, 0);
        QCOMPARE(store->meta(QStringLiteral("title")), QStringLiteral("Grain corridor talks (test file)"));
        const StoreCounts counts = store->counts();
        QCOMPARE(counts.actors, 3);
        QCOMPARE(counts.sources, 2);
        QCOMPARE(counts.events, 3);
        QCOMPARE(counts.eras, 1);
        QCOMPARE(counts.stories, 1);
        QCOMPARE(*store->findActor(QStringLiteral("Turkey")), 2);
        QCOMPARE(store->actor(3)->titles.size(), 1);
        const Event signing = *store->event(1);
        QCOMPARE(signing.actors.size(), 3);
        QCOMPARE(signing.sources.at(0).quote, QStringLiteral("a safe corridor"));
        QCOMPARE(store->event(3)->start.toIsoString(), QStringLiteral("2023-03~"));
        QCOMPARE(store->event(3)->status, ClaimStatus::Alleged);
        QCOMPARE(store->links().size(), 1);
        QCOMPARE(store->links().at(0).from, 2);
        const Story story = store->stories().at(0);
        QCOMPARE(story.steps.size(), 2);
        QCOMPARE(story.steps.at(0).highlightedActors, QList<ActorId> { 2 });
        QCOMPARE(story.steps.at(1).windowStart, std::optional<std::int64_t>(1656633600));
        QCOMPARE(store->savedViews().size(), 1);
        QCOMPARE(store->savedViews().at(0).name, QStringLiteral("Grain"));
        QCOMPARE(store->savedViews().at(0).filter.tags, QStringList { QStringLiteral("grain") });
        const NodePositions positions = NodePositions::load(*store);
        QCOMPARE(positions.positions.size(), 2);
        QCOMPARE(positions.positions.value(QStringLiteral("a1")), QPointF(12.5, -3));
        QCOMPARE(positions.positions.value(QStringLiteral("e2")), QPointF(-40, 7.25));

        // Again, into a file that has them: actors matched, events renumbered, the story renamed,
        // the saved view (its name taken) kept as it was, the positions on the new events.
        r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.actorsMatched, 3);
        QCOMPARE(store->counts().actors, 3);
        QCOMPARE(store->counts().events, 6);
        QCOMPARE(store->stories().size(), 2);
        QVERIFY(store->stories().at(0).name.endsWith(QStringLiteral(" (2)"))
                || store->stories().at(1).name.endsWith(QStringLiteral(" (2)")));
        QCOMPARE(store->savedViews().size(), 1);
        const NodePositions again = NodePositions::load(*store);
        QCOMPARE(again.positions.size(), 3);
        QCOMPARE(again.positions.value(QStringLiteral("e5")), QPointF(-40, 7.25));
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
        QVERIFY2(r.error.contains(QStringLiteral("nests deeper than 64 level")), qPrintable(r.error));
    }

    // The file is streamed in windows of about a megabyte: elements in later windows keep their
    // index in the list, and an error there is reported on its own line.
    void manyWindows()
    {
        QByteArray json = "{\"format\": \"entente\", \"format_version\": 1,\n"
                          "\"actors\": [{\"id\": 7, \"name\": \"Türkiye\"}],\n\"events\": [\n";
        const QByteArray words(200, 'w');
        constexpr int kEvents = 20000;
        for (int i = 0; i < kEvents; ++i) {
            const QByteArray start = i == 15000 ? QByteArray("not a date") : QByteArray("2022-03-29");
            json += "{\"id\": " + QByteArray::number(i + 1) + ", \"title\": \"Round " + QByteArray::number(i)
                + "\", \"summary\": \"" + words + " \\\"quoted\\\" \\\\\", \"start\": \"" + start
                + "\", \"actors\": [{\"actor\": 7, \"role\": \"host\"}]}";
            json += i + 1 < kEvents ? ",\n" : "\n";
        }
        json += "]}\n";
        QVERIFY(json.size() > (4 << 20));
        const QString file = path("windows.json");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        }
        auto store = Store::createInMemory();
        ImportResult r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, kEvents - 1);
        QCOMPARE(r.summary.skipped.size(), 1);
        QCOMPARE(r.summary.skipped.at(0).location, QStringLiteral("events[15000]"));
        QCOMPARE(store->search(QStringLiteral("Türkiye")).size(), kEvents - 1);
        QCOMPARE(store->search(QStringLiteral("quoted")).size(), kEvents - 1);

        // A broken element far into the file: refused, naming its line, and nothing imported.
        json.replace("\"title\": \"Round 17000\"", "\"title\": \"Round 17000\",,");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(json);
        }
        auto second = Store::createInMemory();
        r = import(*second, file);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("windows.json, line 17004: the JSON is malformed")),
                 qPrintable(r.error));
        QCOMPARE(second->counts().events, 0);
    }

    // The file is read in blocks of 4 MiB: a run of backslashes, an escaped quote or a key of the
    // root object cut by the end of the first block is read as if it were whole.
    void escapesAndKeysAcrossBlocks_data()
    {
        QTest::addColumn<int>("cut"); // bytes of the escapes (or the key) before the block's end
        for (int cut = 0; cut <= 11; ++cut)
            QTest::addRow("%d", cut) << cut;
    }

    void escapesAndKeysAcrossBlocks()
    {
        QFETCH(int, cut);
        constexpr qsizetype kBlock = qsizetype(4) << 20;
        // In the file, 11 bytes: \\\\\"q\\\" (five backslashes and a quote, q, three and a quote),
        // which read as \\"q\" (two backslashes and a quote, q, one and a quote).
        const QByteArray escapes = "\\\\\\\\\\\"q\\\\\\\"";
        QCOMPARE(escapes.size(), 11);
        const QByteArray head = "{\"format\": \"entente\", \"format_version\": 1, \"events\": [{\"id\": 1, "
                                "\"title\": \"T\", \"start\": \"2022-03-29\", \"summary\": \"";
        QByteArray json = head + QByteArray(kBlock - cut - head.size(), 'x') + escapes + "end\"}]}";
        const QString file = path("blocks.json");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(json);
        }
        auto store = Store::createInMemory();
        ImportResult r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 1);
        const QString summary = store->event(1)->summary;
        QCOMPARE(summary.size(), kBlock - cut - head.size() + 9);
        QCOMPARE(summary.right(9), QStringLiteral("\\\\\"q\\\"end"));

        // A key of the root object ("events") cut by the block's end.
        const QByteArray start = "{\"format\": \"entente\", \"format_version\": 1, \"note\": \"";
        json = start + QByteArray(kBlock - cut - start.size() - 3, 'x') + "\", \"";
        json += "events\": [{\"id\": 1, \"title\": \"After the cut\", \"start\": \"2022-03-29\"}]}";
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(json);
        }
        auto second = Store::createInMemory();
        r = import(*second, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 1);
        QCOMPARE(second->event(1)->title, QStringLiteral("After the cut"));
    }

    // Lists may come in any order: events before the actors they name are read again once the
    // actors are in.
    void listsInAnyOrder()
    {
        const QString file = path("order.json");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"events\": [{\"id\": 1, \"title\": \"Talks\", \"start\": \"2022-03-29\", "
                    "\"actors\": [{\"actor\": 3}], \"sources\": [{\"source\": 4, \"quote\": \"said\"}]}],\n"
                    " \"links\": [], \"sources\": [{\"id\": 4, \"publisher\": \"Reuters\"}],\n"
                    " \"actors\": [{\"id\": 3, \"name\": \"Ukraine\"}],\n"
                    " \"meta\": {\"title\": \"Out of order\"}, \"format_version\": 1, \"format\": \"entente\"}\n");
        }
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, file, QStringLiteral("json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 1);
        QVERIFY(r.summary.skipped.isEmpty());
        QCOMPARE(store->search(QStringLiteral("Ukraine")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("Reuters")).size(), 1);
        QCOMPARE(store->meta(QStringLiteral("title")), QStringLiteral("Out of order"));
    }

    void hugeFileRefusedBySize()
    {
        // A sparse 2 GB file: refused by size before anything is read into memory.
        const QString file = path("huge.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"entente\", \"format_version\": 1, \"events\": []}     ");
        QVERIFY(f.resize(qint64(2) << 30));
        f.close();
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, file, QStringLiteral("json"));
        QVERIFY(!r.ok);
        QCOMPARE(store->counts().events, 0);
        QVERIFY2(r.error.contains(QStringLiteral("huge.json")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestJsonImport)
#include "tst_jsonimport.moc"
