// Accounts that disagree: what each source's report of an event says differently (its claim
// status, date, figure, who took part), stored, undone, compared, searched, and carried through
// Entente JSON; an older file upgrades, and one opened read-only reads with none.
#include "accountcomparison.h"
#include "detailsformatter.h"
#include "document.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "sampledataset.h"
#include "store/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

using namespace entente;

namespace {

std::unique_ptr<Document> sampleDocument()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    return std::make_unique<Document>(std::move(store));
}

ImportResult importInto(Store &store, const QString &path)
{
    ImportOptions options;
    options.format = QStringLiteral("json");
    ImportProgress progress;
    return importFile(path, store, options, progress);
}

EventId titled(const Store &store, const QString &words)
{
    for (const Event &e : store.events(store.eventIds({}))) {
        if (e.title.contains(words))
            return e.id;
    }
    return 0;
}

QStringList titlesFound(const Store &store, const QString &text)
{
    EventFilter f;
    f.text = text;
    QStringList out;
    for (const Event &e : store.events(store.eventIds(f)))
        out.append(e.title);
    return out;
}

// Every event's accounts, by title, with actors and sources named rather than numbered, so two
// files with different ids compare.
QMap<QString, QStringList> accountsByTitle(const Store &store)
{
    QMap<QString, QStringList> out;
    for (const Event &e : store.events(store.eventIds({}))) {
        QStringList parts;
        for (const EventSource &s : e.sources) {
            const Account &a = s.account;
            QStringList names;
            for (const ActorId id : a.actors)
                names.append(store.actor(id)->name);
            parts.append(QStringList { store.source(s.sourceId)->publisher, s.quote,
                                       a.status ? claimStatusKey(*a.status) : QString(),
                                       a.start ? a.start->toIsoString() : QString(),
                                       a.end ? a.end->toIsoString() : QString(), a.figure, names.join(u'+') }
                             .join(u'|'));
        }
        out.insert(e.title, parts);
    }
    return out;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    // The sample's Johnson claim: two graded accounts that disagree on the claim status and the date.
    void sampleClaimDisagrees()
    {
        auto doc = sampleDocument();
        const Event claim = *doc->store().event(titled(doc->store(), QStringLiteral("Arakhamia says Johnson")));
        QCOMPARE(claim.sources.size(), 2);
        QCOMPARE(claim.sources.at(0).account.status, ClaimStatus::Confirmed);
        QCOMPARE(claim.sources.at(1).account.start->toIsoString(), QStringLiteral("2023-11-24"));
        QCOMPARE(doc->store().bestGrade(claim.id).text(), QStringLiteral("B3"));
        const AccountComparison c(claim);
        QVERIFY(c.differs(AccountComparison::Status));
        QVERIFY(c.differs(AccountComparison::Date));
        QVERIFY(!c.differs(AccountComparison::Figure));
        QVERIFY(!c.differs(AccountComparison::Actors));
        // The report gives no date of its own: it reads as the event's.
        QCOMPARE(c.rows().at(0).start.toIsoString(), QStringLiteral("2023-11"));
        QCOMPARE(c.rows().at(0).own, int(AccountComparison::Status));
        const Event exchange = *doc->store().event(titled(doc->store(), QStringLiteral("exchange is carried out")));
        QVERIFY(AccountComparison(exchange).differs(AccountComparison::Figure));
    }

    // The Details panel: the two accounts side by side (or one under another), their grades, and
    // the fields they differ on marked by a word, never colour alone; what a source wrote stays text.
    void detailsSetThemSideBySide()
    {
        auto doc = sampleDocument();
        const EventId id = titled(doc->store(), QStringLiteral("Arakhamia says Johnson"));
        DetailsFormatter formatter(doc->store());
        const QString wide = formatter.eventHtml(id);
        QVERIFY2(wide.contains(QStringLiteral("Who says so: 2 account")), qPrintable(wide));
        QCOMPARE(wide.count(QStringLiteral("≠&nbsp;differs")), 2); // the two rows' labels
        QVERIFY(wide.contains(QStringLiteral("<b>B3</b> <i>(usually reliable, possibly true)</i>")));
        QVERIFY(wide.contains(QStringLiteral("<b>3</b> <i>(possibly true)</i>")));
        QVERIFY(wide.contains(QStringLiteral("<b>Confirmed</b>")));
        QVERIFY(wide.contains(QStringLiteral("<b>Reported</b>")));
        QVERIFY(wide.contains(QStringLiteral("November 2023 <i>(as the event)</i>")));
        // Side by side: one header cell per account.
        QCOMPARE(wide.count(QStringLiteral("<th align=\"left\" valign=\"top\">")), 2);
        formatter.setSideBySide(false);
        const QString narrow = formatter.eventHtml(id);
        QCOMPARE(narrow.count(QStringLiteral("<th colspan=\"2\"")), 2);
        QCOMPARE(narrow.count(QStringLiteral("≠&nbsp;differs")), 6); // two summary lines, two labels each
        QVERIFY(narrow.indexOf(QStringLiteral("Who says so")) < narrow.indexOf(QStringLiteral("<h3>Actors")));

        // Figures that differ, as the issue's example reads; markup in them is shown as text.
        const EventId exchange = titled(doc->store(), QStringLiteral("The 1,000-for-1,000"));
        QList<EventSource> accounts = doc->store().accounts(exchange);
        accounts.first().account.figure = QStringLiteral("<script>alert(1)</script> 1,000 each");
        QVERIFY(doc->setAccounts(exchange, accounts));
        formatter.setSideBySide(false);
        const QString html = formatter.eventHtml(exchange);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; 1,000 each")));
        QVERIFY(html.contains(QStringLiteral("<b>Figure</b>: <a href=")));
        QVERIFY(html.contains(QStringLiteral(" · Public record: 1,000 each: 390 on 23 May")));
    }

    void storedAndUndone()
    {
        auto doc = sampleDocument();
        const EventId id = titled(doc->store(), QStringLiteral("Putin invites"));
        const QList<EventSource> before = doc->store().accounts(id);
        QCOMPARE(before.size(), 1);
        QList<EventSource> after = before;
        Source tass;
        tass.publisher = QStringLiteral("TASS");
        const auto tassId = doc->addSource(tass);
        QVERIFY(tassId);
        EventSource second { *tassId, QStringLiteral("Putin proposed resuming the Istanbul talks"),
                             Credibility::Probable };
        second.account.status = ClaimStatus::Reported;
        second.account.start = FuzzyDate::day(2025, 5, 10);
        second.account.figure = QStringLiteral("no preconditions");
        second.account.actors = { *doc->store().findActor(QStringLiteral("Vladimir Putin")) };
        after.append(second);
        const int steps = doc->undoStack()->count();
        QVERIFY(doc->setAccounts(id, after));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->store().accounts(id), after);
        QCOMPARE(doc->store().event(id)->sources.last().account, second.account);
        doc->undoStack()->undo();
        QCOMPARE(doc->store().accounts(id), before);
        doc->undoStack()->redo();
        QCOMPARE(doc->store().accounts(id), after);
        // An edit of the event (the dialog's commit) keeps or changes them as one step too.
        Event e = *doc->store().event(id);
        e.sources.last().account.figure.clear();
        QVERIFY(doc->editEvent(e));
        QCOMPARE(doc->store().event(id)->sources.last().account.figure, QString());
        QCOMPARE(doc->store().event(id)->sources.last().account.status, ClaimStatus::Reported);
        doc->undoStack()->undo();
        QCOMPARE(doc->store().event(id)->sources.last().account.figure, QStringLiteral("no preconditions"));
        // Deleting the source takes its accounts; undoing gives them back.
        QVERIFY(doc->deleteSource(*tassId));
        QCOMPARE(doc->store().accounts(id), before);
        doc->undoStack()->undo();
        QCOMPARE(doc->store().accounts(id), after);
        // An end without a start is not kept: a date is a start first.
        after.last().account.start.reset();
        after.last().account.end = FuzzyDate::day(2025, 5, 12);
        QVERIFY(doc->setAccounts(id, after));
        QCOMPARE(doc->store().accounts(id).last().account.end, std::nullopt);
    }

    // Words only an account holds find its event, and stop finding it when the account goes.
    void searchFindsEveryAccount()
    {
        auto doc = sampleDocument();
        QCOMPARE(titlesFound(doc->store(), QStringLiteral("390")),
                 QStringList { QStringLiteral("The 1,000-for-1,000 prisoner exchange is carried out") });
        const EventId id = titled(doc->store(), QStringLiteral("Putin invites"));
        QList<EventSource> accounts = doc->store().accounts(id);
        accounts.first().account.figure = QStringLiteral("zanzibarian terms");
        QVERIFY(doc->setAccounts(id, accounts));
        QCOMPARE(titlesFound(doc->store(), QStringLiteral("zanzibar")),
                 QStringList { QStringLiteral("Putin invites Ukraine to resume direct talks in Istanbul") });
        doc->undoStack()->undo();
        QVERIFY(titlesFound(doc->store(), QStringLiteral("zanzibar")).isEmpty());
    }

    // Out to Entente JSON and back, into an empty file (ids kept, the search index built from the
    // tables) and into one with data (ids renumbered, search rows written as it goes).
    void jsonRoundTrip()
    {
        QTemporaryDir dir;
        auto doc = sampleDocument();
        const EventId id = titled(doc->store(), QStringLiteral("Putin invites"));
        QList<EventSource> accounts = doc->store().accounts(id);
        accounts.first().account.actors = { *doc->store().findActor(QStringLiteral("Vladimir Putin")),
                                            *doc->store().findActor(QStringLiteral("Russia")) };
        accounts.first().account.start = FuzzyDate::day(2025, 5, 11);
        accounts.first().account.end = FuzzyDate::day(2025, 5, 12);
        QVERIFY(doc->setAccounts(id, accounts));
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        makeExporter(QStringLiteral("json"))->write(doc->store(), {}, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY2(json.contains("\"figure\""), json.constData());
        QVERIFY(json.contains("\"account\""));
        auto empty = Store::createInMemory();
        const ImportResult r = importInto(*empty, path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(accountsByTitle(*empty), accountsByTitle(doc->store()));
        QCOMPARE(titlesFound(*empty, QStringLiteral("390")).size(), 1);
        auto other = Store::createInMemory();
        Event seed;
        seed.title = QStringLiteral("Seed");
        seed.start = FuzzyDate::year(2001);
        other->addEvent(seed);
        const ImportResult r2 = importInto(*other, path);
        QVERIFY2(r2.ok, qPrintable(r2.error));
        auto expected = accountsByTitle(doc->store());
        expected.insert(QStringLiteral("Seed"), {});
        QCOMPARE(accountsByTitle(*other), expected);
        QCOMPARE(titlesFound(*other, QStringLiteral("390")).size(), 1);
    }

    // CSV holds an account's figure (source_figures, the n-th the n-th source's), nothing else
    // of it; separators and escapes in a figure come back as written.
    void csvKeepsTheFigures()
    {
        QTemporaryDir dir;
        auto doc = sampleDocument();
        const EventId id = titled(doc->store(), QStringLiteral("Putin invites"));
        QList<EventSource> accounts = doc->store().accounts(id);
        accounts.first().account.figure = QStringLiteral("3; then 4 | more \\ (so)");
        QVERIFY(doc->setAccounts(id, accounts));
        const QString path = dir.filePath(QStringLiteral("accounts.csv"));
        makeExporter(QStringLiteral("csv"))->write(doc->store(), {}, path);
        auto back = Store::createInMemory();
        ImportOptions options;
        options.format = QStringLiteral("csv");
        ImportProgress progress;
        const ImportResult r = importFile(path, *back, options, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QMap<QString, QStringList> figures;
        for (const Store *store : { &doc->store(), static_cast<const Store *>(back.get()) }) {
            QStringList all;
            for (const Event &e : store->events(store->eventIds({}))) {
                for (const EventSource &s : e.sources)
                    all.append(e.title + u'|' + s.account.figure);
            }
            figures.insert(store == back.get() ? QStringLiteral("back") : QStringLiteral("out"), all);
        }
        QCOMPARE(figures.value(QStringLiteral("back")), figures.value(QStringLiteral("out")));
        QVERIFY(figures.value(QStringLiteral("back"))
                    .contains(QStringLiteral(
                        "Putin invites Ukraine to resume direct talks in Istanbul|3; then 4 | more \\ (so)")));
        QCOMPARE(titlesFound(*back, QStringLiteral("390")).size(), 1);
    }

    void badAccountIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"entente","format_version":1,"sources":[{"id":1,"publisher":"P"}],
            "events":[{"id":1,"title":"T","start":"2020","sources":[{"source":1,"quote":"",
            "account":{"status":"rumoured"}}]}]})");
        f.close();
        auto store = Store::createInMemory();
        ImportOptions options;
        options.format = QStringLiteral("json");
        options.strict = true;
        ImportProgress progress;
        const ImportResult r = importFile(path, *store, options, progress);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("rumoured")), qPrintable(r.error));
    }

    // A file from before version 6: read-only it reads with no accounts; opened for writing it
    // gets the table and the search triggers that index the accounts' figures.
    void olderFileUpgrades()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.entente"));
        {
            auto r = Store::open(path, { .create = true });
            QVERIFY(r.store);
            SampleDataset::write(*r.store);
            SQLite::Database &db = r.store->database();
            Schema::dropSearchTriggers(db);
            db.exec("DROP TABLE event_accounts");
            db.exec("PRAGMA user_version = 5");
        }
        {
            auto r = Store::open(path, { .readOnly = true });
            QVERIFY2(r.store, qPrintable(r.error));
            const QList<Event> events = r.store->events(r.store->eventIds({}));
            QCOMPARE(events.size(), 12);
            for (const Event &e : events) {
                for (const EventSource &s : e.sources)
                    QVERIFY(s.account.isEmpty());
            }
        }
        auto r = Store::open(path, {});
        QVERIFY2(r.store, qPrintable(r.error));
        QCOMPARE(r.store->schemaVersion(), Schema::kCurrentVersion);
        const EventId id = titled(*r.store, QStringLiteral("Putin invites"));
        QList<EventSource> accounts = r.store->accounts(id);
        accounts.first().account.figure = QStringLiteral("quokka");
        r.store->setAccounts(id, accounts);
        QCOMPARE(r.store->accounts(id), accounts);
        // The file had no search triggers (as after a stopped import): none are made by the upgrade.
        QVERIFY(titlesFound(*r.store, QStringLiteral("quokka")).isEmpty());
    }

    void olderFileWithTriggersIndexesFigures()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5t.entente"));
        {
            auto r = Store::open(path, { .create = true });
            QVERIFY(r.store);
            SampleDataset::write(*r.store);
            r.store->database().exec("DROP TABLE event_accounts");
            r.store->database().exec("PRAGMA user_version = 5");
        }
        auto r = Store::open(path, {});
        QVERIFY2(r.store, qPrintable(r.error));
        const EventId id = titled(*r.store, QStringLiteral("Putin invites"));
        QList<EventSource> accounts = r.store->accounts(id);
        accounts.first().account.figure = QStringLiteral("quokka");
        r.store->setAccounts(id, accounts);
        QCOMPARE(titlesFound(*r.store, QStringLiteral("quokka")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
