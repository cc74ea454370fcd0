#include "io/cameo.h"
#include "io/cameoactors.h"
#include "io/importer.h"
#include "sampledataset.h"
#include "store/store.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace entente;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name);
}

ImportResult import(Store &store, const QString &path, const ImportOptions &options = {})
{
    ImportProgress progress;
    return importFile(path, store, options, progress);
}

QList<Event> allEvents(Store &store)
{
    return store.events(store.eventIds({}));
}

// The pointer is into `events`: keep the list (not a temporary) while it is used.
const Event *titled(const QList<Event> &events, const QString &title)
{
    const auto it = std::find_if(events.begin(), events.end(), [&](const Event &e) { return e.title == title; });
    return it == events.end() ? nullptr : &*it;
}

} // namespace

class TestGdeltImport : public QObject
{
    Q_OBJECT

private slots:
    // Each layout is found by its shape (no --format) and read whole; a zip is read as a stream.
    void layouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("urls");
        QTest::newRow("1.0, 57 columns") << data("gdelt-v1-57.export.CSV") << false;
        QTest::newRow("1.0, 58 columns") << data("gdelt-v1-58.export.CSV") << true;
        QTest::newRow("2.0, 61 columns") << data("gdelt-v2.export.CSV") << true;
        QTest::newRow("2.0, zipped") << data("gdelt-v2.export.CSV.zip") << true;
    }
    void layouts()
    {
        QFETCH(QString, file);
        QFETCH(bool, urls);
        QCOMPARE(sniffFormat(file), QStringLiteral("gdelt"));
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.format, QStringLiteral("gdelt"));
        QCOMPARE(r.summary.eventsAdded, 8);
        QCOMPARE(r.summary.skippedCount, 0);
        const QList<Event> events = allEvents(*store);
        const Event *visit = titled(events, QStringLiteral("Host a visit: Türkiye → Ukraine"));
        QVERIFY(visit);
        QCOMPARE(visit->start.toIsoString(), QStringLiteral("2022-03-29"));
        QCOMPARE(visit->place, QStringLiteral("Istanbul, Istanbul, Turkey"));
        QCOMPARE(visit->latitude.value_or(0), 41.0186);
        const Source source = store->source(visit->sources.at(0).sourceId).value();
        if (urls) {
            QCOMPARE(source.url, QStringLiteral("https://www.dailysabah.com/politics/istanbul-talks"));
            QCOMPARE(source.publisher, QStringLiteral("dailysabah.com"));
        } else {
            QCOMPARE(source.publisher, QStringLiteral("GDELT")); // 1.0 before April 2013 names none
        }
    }

    // Every mapped field, into the store and back.
    void mapping()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, data("gdelt-v2.export.CSV"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<Event> events = allEvents(*store);
        const Event *visit = titled(events, QStringLiteral("Host a visit: Türkiye → Ukraine"));
        QVERIFY(visit);
        QCOMPARE(visit->kind, QStringLiteral("visit"));
        QCOMPARE(visit->status, ClaimStatus::Reported);
        QCOMPARE(visit->actors.size(), 2);
        QCOMPARE(visit->actors.at(0).role, QStringLiteral("host"));
        const Actor turkiye = store->actor(visit->actors.at(0).actorId).value();
        QCOMPARE(turkiye.name, QStringLiteral("Türkiye")); // GDELT's "TURKEY", coded TURGOV
        QCOMPARE(turkiye.kind, ActorKind::State);
        const Actor ukraine = store->actor(visit->actors.at(1).actorId).value();
        QCOMPARE(ukraine.name, QStringLiteral("Ukraine")); // "KIEV", coded UKR: the country
        QCOMPARE(ukraine.kind, ActorKind::State);
        QCOMPARE(visit->attributes.value(QStringLiteral("cameo")), QStringLiteral("043"));
        QCOMPARE(visit->attributes.value(QStringLiteral("quadclass")), QStringLiteral("1"));
        QCOMPARE(visit->attributes.value(QStringLiteral("goldstein")), QStringLiteral("2.8"));
        QCOMPARE(visit->attributes.value(QStringLiteral("mentions")), QStringLiteral("12"));
        QCOMPARE(visit->attributes.value(QStringLiteral("sources")), QStringLiteral("3"));
        QCOMPARE(visit->attributes.value(QStringLiteral("articles")), QStringLiteral("12"));
        QCOMPARE(visit->summary, QStringLiteral("GDELT event 1100000001, CAMEO 043, verbal cooperation."));

        // A leader: a person, their CAMEO role as their title.
        const Event *ceasefire = titled(events, QStringLiteral("Declare truce, ceasefire: Vladimir Putin → Ukraine"));
        QVERIFY(ceasefire);
        QCOMPARE(ceasefire->kind, QStringLiteral("ceasefire"));
        QCOMPARE(ceasefire->attributes.value(QStringLiteral("cameo")), QStringLiteral("0871"));
        QCOMPARE(ceasefire->attributes.value(QStringLiteral("quadclass")), QStringLiteral("2"));
        const Actor putin = store->actor(ceasefire->actors.at(0).actorId).value();
        QCOMPARE(putin.kind, ActorKind::Person);
        QCOMPARE(putin.titles.size(), 1);
        QCOMPARE(putin.titles.at(0).title, QStringLiteral("government (Russia)"));
        QCOMPARE(store->source(ceasefire->sources.at(0).sourceId)->publisher, QStringLiteral("bbc.co.uk"));

        // A known group: an organization; a SOURCEURL that is no URL: the publisher.
        const Event *intent
            = titled(events, QStringLiteral("Express intent to meet or negotiate: United Nations → Russia"));
        QVERIFY(intent);
        QCOMPARE(intent->kind, QStringLiteral("proposal"));
        QCOMPARE(intent->actors.at(0).role, QStringLiteral("proposer"));
        QCOMPARE(store->actor(intent->actors.at(0).actorId)->kind, ActorKind::Organization);
        const Source monitoring = store->source(intent->sources.at(0).sourceId).value();
        QCOMPARE(monitoring.publisher, QStringLiteral("BBC Monitoring"));
        QVERIFY(monitoring.url.isEmpty());
        QVERIFY(!intent->latitude);

        // One actor only.
        const Event *agreement = titled(events, QStringLiteral("Sign formal agreement: Hakan Fidan"));
        QVERIFY(agreement);
        QCOMPARE(agreement->kind, QStringLiteral("agreement"));
        QCOMPARE(agreement->actors.size(), 1);
        QVERIFY(titled(events, QStringLiteral("Reject proposal to meet, discuss, or negotiate: Ukraine → Russia")));
        const Event *fight = titled(events, QStringLiteral("Use conventional military force: Russia → Ukraine"));
        QVERIFY(fight);
        QCOMPARE(fight->kind, QStringLiteral("military action"));
        // Searchable at once.
        QCOMPARE(store->search(QStringLiteral("ceasefire")).size(), 1);
    }

    // A URL is one source: for every report of it in a file, and in the file imported into
    // later. The second import, into a file with data, writes each event's search row with its
    // source's publisher.
    void sourcesOncePerUrl()
    {
        QFile original(data("gdelt-v2.export.CSV"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray twice;
        QSet<QByteArray> urls;
        for (const QByteArray &line : original.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            QList<QByteArray> fields = line.split('\t');
            urls.insert(fields.constLast());
            twice += line + '\n';
            fields[0] += "9"; // another report (GLOBALEVENTID) of the same story
            twice += fields.join('\t') + '\n';
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("twice.export.CSV"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(twice);
        out.close();

        auto store = Store::createInMemory();
        const ImportResult first = import(*store, path);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.summary.eventsAdded, 2 * urls.size());
        QCOMPARE(first.summary.sourcesAdded, urls.size());
        QCOMPARE(store->sources().size(), urls.size());
        QHash<SourceId, int> reports;
        for (const Event &e : allEvents(*store))
            ++reports[e.sources.at(0).sourceId];
        QCOMPARE(reports.size(), urls.size());
        for (const int n : std::as_const(reports))
            QCOMPARE(n, 2);

        const ImportResult again = import(*store, data("gdelt-v2.export.CSV"));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.summary.sourcesAdded, 0);
        QCOMPARE(store->sources().size(), urls.size());
        reports.clear();
        for (const Event &e : allEvents(*store))
            ++reports[e.sources.at(0).sourceId];
        QCOMPARE(reports.size(), urls.size());
        for (const int n : std::as_const(reports))
            QCOMPARE(n, 3);
        // reuters.com reports three of them, each three times now.
        QCOMPARE(store->search(QStringLiteral("reuters")).size(), 9);
    }

    // Known names land on the file's actors, by name or alias.
    void mergesWithExistingActors()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const qsizetype before = store->actors().size();
        const ImportResult r = import(*store, data("gdelt-v2.export.CSV"));
        QVERIFY2(r.ok, qPrintable(r.error));
        // Russia, Ukraine, Türkiye, Vladimir Putin and Hakan Fidan were there; the UN is new.
        QCOMPARE(r.summary.actorsMatched, 5);
        QCOMPARE(r.summary.actorsNew, 1);
        QCOMPARE(store->actors().size(), before + 1);
        const ActorId putin = store->findActor(QStringLiteral("Vladimir Putin")).value();
        const QList<Event> events = allEvents(*store);
        const Event *ceasefire = titled(events, QStringLiteral("Declare truce, ceasefire: Vladimir Putin → Ukraine"));
        QVERIFY(ceasefire);
        QCOMPARE(ceasefire->actors.at(0).actorId, putin);
        QCOMPARE(ceasefire->actors.at(1).actorId, store->findActor(QStringLiteral("Ukraine")).value());
    }

    // Reports of one happening (day, actor pair, event code) fold into one event.
    void fold()
    {
        auto store = Store::createInMemory();
        ImportOptions options;
        options.fold = true;
        const ImportResult r = import(*store, data("gdelt-v2.export.CSV"), options);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 7);
        QCOMPARE(r.summary.foldedReports, 1);
        const QList<Event> events = allEvents(*store);
        const Event *talks = titled(events, QStringLiteral("Engage in negotiation: Russia → Ukraine"));
        QVERIFY(talks);
        QCOMPARE(talks->attributes.value(QStringLiteral("reports")), QStringLiteral("2"));
        QCOMPARE(talks->attributes.value(QStringLiteral("mentions")), QStringLiteral("40"));
        QCOMPARE(talks->attributes.value(QStringLiteral("sources")), QStringLiteral("8"));
        QCOMPARE(talks->sources.size(), 2);
        QVERIFY(talks->summary.contains(QStringLiteral("2 reports")));
        const Event *other = titled(events, QStringLiteral("Host a visit: Türkiye → Ukraine"));
        QCOMPARE(other->attributes.value(QStringLiteral("reports")), QStringLiteral("1"));
    }

    void where_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("kept");
        QTest::newRow("everything") << QString() << 8;
        QTest::newRow("consultations") << QStringLiteral("root=04") << 3;
        QTest::newRow("two roots") << QStringLiteral("root=04,19") << 4;
        QTest::newRow("code prefix") << QStringLiteral("code=087,057") << 2;
        QTest::newRow("verbal cooperation, 10+ mentions") << QStringLiteral("quad=1 mentions>=10") << 3;
        QTest::newRow("Türkiye") << QStringLiteral("country=tur") << 2;
        QTest::newRow("two days") << QStringLiteral("from=2022-03-30;to=2022-03-31") << 4;
    }
    void where()
    {
        QFETCH(QString, where);
        QFETCH(int, kept);
        ImportOptions options;
        options.where = where;
        // The preview (a dry run) counts what the import then stores.
        auto preview = Store::createInMemory();
        options.dryRun = true;
        const ImportResult counted = import(*preview, data("gdelt-v2.export.CSV"), options);
        QVERIFY2(counted.ok, qPrintable(counted.error));
        QCOMPARE(counted.summary.eventsAdded, kept);
        QCOMPARE(preview->counts().events, 0);
        options.dryRun = false;
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, data("gdelt-v2.export.CSV"), options);
        if (kept == 0) {
            QVERIFY(r.ok);
            return;
        }
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, kept);
        QCOMPARE(r.summary.filteredOut, 8 - kept);
        QCOMPARE(store->counts().events, kept);
    }

    void badWhere()
    {
        auto store = Store::createInMemory();
        ImportOptions options;
        options.where = QStringLiteral("root=04 quad=9");
        const ImportResult r = import(*store, data("gdelt-v2.export.CSV"), options);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("--where: \"quad=9\" names no QuadClass (1 to 4)."));
        QCOMPARE(store->counts().events, 0);
    }

    // A short row and a code that is no number: skipped and counted, or with --strict refused.
    void brokenRows()
    {
        auto store = Store::createInMemory();
        const ImportResult r = import(*store, data("gdelt-broken.export.CSV"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, 6);
        QCOMPARE(r.summary.skippedCount, 2);
        QCOMPARE(r.summary.skipped.at(0).location, QStringLiteral("line 3"));
        QCOMPARE(r.summary.skipped.at(0).field, QStringLiteral("Actor1Geo_Lat"));
        QVERIFY(r.summary.skipped.at(0).reason.contains(QStringLiteral("short row")));
        QCOMPARE(r.summary.skipped.at(1).location, QStringLiteral("line 5"));
        QCOMPARE(r.summary.skipped.at(1).field, QStringLiteral("EventCode"));

        auto strict = Store::createInMemory();
        ImportOptions options;
        options.strict = true;
        const ImportResult refused = import(*strict, data("gdelt-broken.export.CSV"), options);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.startsWith(QStringLiteral("gdelt-broken.export.CSV, line 3, field \"Actor1Geo_Lat\": ")),
                 qPrintable(refused.error));
        QCOMPARE(strict->counts().events, 0);
        QCOMPARE(strict->counts().actors, 0);
    }

    void truncatedZip()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const auto before = store->counts();
        ImportOptions options;
        options.format = QStringLiteral("gdelt");
        const ImportResult r = import(*store, data("gdelt-truncated.zip"), options);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("gdelt-truncated.zip is a zip archive cut short")),
                 qPrintable(r.error));
        QCOMPARE(store->counts().events, before.events);
        QCOMPARE(store->counts().actors, before.actors);
    }

    // The attributes filter the file's events, as the table, timeline and charts ask.
    void filterByAttribute()
    {
        auto store = Store::createInMemory();
        QVERIFY(import(*store, data("gdelt-v2.export.CSV")).ok);
        EventFilter cooperation;
        cooperation.attributes.append(
            { QStringLiteral("quadclass"), { QStringLiteral("1"), QStringLiteral("2") }, {} });
        QCOMPARE(store->countEvents(cooperation), 6);
        EventFilter loud;
        loud.attributes.append({ QStringLiteral("mentions"), {}, 10.0 });
        QCOMPARE(store->countEvents(loud), 4);
        cooperation.attributes.append(loud.attributes.constFirst());
        QCOMPARE(store->countEvents(cooperation), 3);
        QCOMPARE(EventFilter::fromJson(cooperation.toJson()), cooperation);
    }

    // The table that ships: all 20 root codes of the codebook, each code under its root, sorted.
    void cameoTableComplete()
    {
        for (int root = 1; root <= 20; ++root) {
            const std::string code = (root < 10 ? "0" : "") + std::to_string(root);
            const CameoEvent *e = Cameo::find(code);
            QVERIFY2(e && e->code == code, code.c_str());
            QVERIFY(*e->kind && *e->description && *e->role1 && *e->role2);
            // "Not specified below": every root has its x0 base code.
            QVERIFY2(Cameo::find(code + "0") && std::string(Cameo::find(code + "0")->code) == code + "0", code.c_str());
        }
        const auto events = Cameo::events();
        for (std::size_t i = 0; i < events.size(); ++i) {
            const std::string_view code = events[i].code;
            QVERIFY(code.size() >= 2 && code.size() <= 4);
            QVERIFY(Cameo::root(code));
            if (i > 0)
                QVERIFY(std::string_view(events[i - 1].code) < code);
        }
        // The diplomacy codes the issue names, in words.
        QCOMPARE(QLatin1String(Cameo::find("036")->description), QLatin1String("Express intent to meet or negotiate"));
        QCOMPARE(QLatin1String(Cameo::find("043")->description), QLatin1String("Host a visit"));
        QCOMPARE(QLatin1String(Cameo::find("046")->description), QLatin1String("Engage in negotiation"));
        QCOMPARE(QLatin1String(Cameo::find("057")->description), QLatin1String("Sign formal agreement"));
        QCOMPARE(QLatin1String(Cameo::find("0871")->kind), QLatin1String("ceasefire"));
        QCOMPARE(QLatin1String(Cameo::find("125")->description),
                 QLatin1String("Reject proposal to meet, discuss, or negotiate"));
        // A sub-code not in the table falls back to its base code; 21 is no root.
        QCOMPARE(QLatin1String(Cameo::find("0879")->code), QLatin1String("087"));
        QVERIFY(!Cameo::find("21"));
        QVERIFY(!Cameo::find("2"));
        QCOMPARE(QLatin1String(CameoActors::country("RUS")->name), QLatin1String("Russia"));
        QCOMPARE(CameoActors::roleName("MIL"), QStringLiteral("military"));
    }
};

QTEST_GUILESS_MAIN(TestGdeltImport)
#include "tst_gdeltimport.moc"
