#include "sampledataset.h"
#include "store/store.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace entente;

class TestSampleDataset : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    bool isPublicRecord(const EventSource &s)
    {
        const auto source = m_store->source(s.sourceId);
        return source && source->publisher == QLatin1String("Public record");
    }
    Event eventTitled(const QString &prefix)
    {
        for (const Event &e : m_store->events(m_store->eventIds({}))) {
            if (e.title.startsWith(prefix))
                return e;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_store = Store::createInMemory();
        SampleDataset::write(*m_store);
    }

    void everyEventOfTheFactSheet()
    {
        QCOMPARE(m_store->counts().events, 12);
        QCOMPARE(m_store->meta(QStringLiteral("title")), QStringLiteral("Istanbul talks, 2022–2025"));
        // The collapse is month-precise and approximate; Arakhamia's statement a month.
        const Event collapse = eventTitled(QStringLiteral("The Istanbul effort collapses"));
        QCOMPARE(collapse.start.toIsoString(), QStringLiteral("2022-04~"));
        QCOMPARE(collapse.status, ClaimStatus::Alleged);
        QCOMPARE(eventTitled(QStringLiteral("Arakhamia")).start.precision(), FuzzyDate::Precision::Month);
        // The exchange is a range of days.
        const Event exchange = eventTitled(QStringLiteral("The 1,000-for-1,000"));
        QCOMPARE(exchange.start.toIsoString(), QStringLiteral("2025-05-23"));
        QVERIFY(exchange.end);
        QCOMPARE(exchange.end->toIsoString(), QStringLiteral("2025-05-25"));
        QVERIFY(eventTitled(QStringLiteral("Zelensky rejects")).start.isApproximate());
    }

    void everyEventHasRolesAndAQuote()
    {
        for (const Event &e : m_store->events(m_store->eventIds({}))) {
            QVERIFY2(!e.actors.isEmpty(), qPrintable(e.title));
            for (const EventActor &a : e.actors)
                QVERIFY2(!a.role.isEmpty(), qPrintable(e.title));
            QVERIFY2(!e.sources.isEmpty(), qPrintable(e.title));
            QVERIFY2(!e.sources.first().quote.isEmpty() || isPublicRecord(e.sources.first()), qPrintable(e.title));
            QVERIFY(!e.kind.isEmpty());
        }
        const Event talks = eventTitled(QStringLiteral("Direct Russia–Ukraine talks"));
        const ActorId fidan = *m_store->findActor(QStringLiteral("Fidan"));
        QVERIFY(talks.actors.contains(EventActor { fidan, QStringLiteral("mediator") }));
        const ActorId turkey = *m_store->findActor(QStringLiteral("Turkey"));
        QVERIFY(talks.actors.contains(EventActor { turkey, QStringLiteral("host") }));
    }

    // The report is a source with its outlet, headline and date; every quote from it is its own words,
    // verbatim, and the words of the event that cites it.
    void quotesAreTheReportsOwnWords()
    {
        QFile file(QStringLiteral(ENTENTE_TEST_DATA "/istanbul-talks-article.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString article = QString::fromUtf8(file.readAll());
        const auto isReport = [&](const EventSource &s) {
            const auto source = m_store->source(s.sourceId);
            return source && source->publisher == QLatin1String("Interbellum News");
        };
        const Source report = *m_store->source(eventTitled(QStringLiteral("Putin invites")).sources.first().sourceId);
        QCOMPARE(report.publisher, QStringLiteral("Interbellum News"));
        QVERIFY(!report.title.isEmpty());
        QVERIFY(report.url.startsWith(QLatin1String("https://")));
        QCOMPARE(report.published->toIsoString(), QStringLiteral("2025-05-16~"));
        int quotes = 0;
        for (const Event &e : m_store->events(m_store->eventIds({}))) {
            for (const EventSource &s : e.sources) {
                if (!isReport(s))
                    continue;
                ++quotes;
                QVERIFY2(article.contains(s.quote), qPrintable(s.quote));
            }
        }
        QCOMPARE(quotes, 11);
        // Each quote is about its own event: the invasion does not cite the prisoner exchange, the
        // visit to Kyiv does not cite the later advice.
        const Event invasion = eventTitled(QStringLiteral("Russia launches"));
        QVERIFY(!invasion.sources.first().quote.contains(QLatin1String("prisoner")));
        QVERIFY(eventTitled(QStringLiteral("Arakhamia")).sources.first().quote.contains(QLatin1String("advised")));
        const Event johnson = eventTitled(QStringLiteral("Boris Johnson"));
        QVERIFY(std::none_of(johnson.sources.begin(), johnson.sources.end(), isReport));
        QVERIFY(eventTitled(QStringLiteral("Agreement on the largest prisoner"))
                    .sources.first()
                    .quote.contains(QLatin1String("1,000 prisoners of war")));
        QVERIFY(
            eventTitled(QStringLiteral("Both delegations")).sources.first().quote.contains(QLatin1String("written")));
    }

    // The dates the report does not give say where they come from, each in an entry of its own.
    void datesFromThePublicRecordSaySo()
    {
        const auto recordOf = [&](const Event &e) -> QString {
            for (const EventSource &s : e.sources) {
                if (isPublicRecord(s))
                    return m_store->source(s.sourceId)->title;
            }
            return {};
        };
        const QString visit = recordOf(eventTitled(QStringLiteral("Boris Johnson")));
        QVERIFY2(visit.contains(QLatin1String("9 April 2022")), qPrintable(visit));
        const QString exchange = recordOf(eventTitled(QStringLiteral("The 1,000-for-1,000")));
        QVERIFY2(exchange.contains(QLatin1String("three stages"))
                     && exchange.contains(QLatin1String("23, 24 and 25 May")),
                 qPrintable(exchange));
        QVERIFY(recordOf(eventTitled(QStringLiteral("Russia launches"))).contains(QLatin1String("24 February 2022")));
        QVERIFY(recordOf(eventTitled(QStringLiteral("Putin invites"))).isEmpty()); // the report dates it
        QVERIFY(m_store->source(eventTitled(QStringLiteral("Boris Johnson")).sources.first().sourceId)->title
                != exchange);
    }

    // Searching as the window does (EventFilter::text) finds the prisoner events, not the invasion.
    void searchFindsTheEventsAQuoteIsAbout()
    {
        EventFilter filter;
        filter.text = QStringLiteral("prisoner");
        QStringList titles;
        for (const Event &e : m_store->events(m_store->eventIds(filter)))
            titles.append(e.title);
        titles.sort();
        QCOMPARE(titles,
                 QStringList({ QStringLiteral("Agreement on the largest prisoner exchange since 2022: 1,000 for 1,000"),
                               QStringLiteral("The 1,000-for-1,000 prisoner exchange is carried out") }));
        filter.text = QStringLiteral("invasion");
        QCOMPARE(m_store->countEvents(filter), 1);
    }

    void actorsWithKindsAliasesAndTitles()
    {
        QCOMPARE(m_store->counts().actors, 13);
        for (const char *name :
             { "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "Hakan Fidan", "Boris Johnson" }) {
            const auto id = m_store->findActor(QString::fromUtf8(name));
            QVERIFY2(id, name);
            QCOMPARE(m_store->actor(*id)->kind, ActorKind::Person);
        }
        const Actor johnson = *m_store->actor(*m_store->findActor(QStringLiteral("Johnson")));
        QCOMPARE(johnson.titleAt(FuzzyDate::day(2022, 4, 9)), QStringLiteral("UK Prime Minister"));
        QVERIFY(!johnson.titleAt(FuzzyDate::month(2023, 11)));
        QCOMPARE(johnson.titles.first().from->toIsoString(), QStringLiteral("2019-07-24"));
        QCOMPARE(johnson.titles.first().to->toIsoString(), QStringLiteral("2022-09-06"));
        QCOMPARE(m_store->actor(*m_store->findActor(QStringLiteral("Russia")))->kind, ActorKind::State);
        // Names in the languages of the events.
        const Actor zelensky = *m_store->actor(*m_store->findActor(QStringLiteral("Zelenskyy")));
        bool ukrainian = false;
        for (const ActorAlias &a : zelensky.aliases)
            ukrainian
                = ukrainian || (a.language == QLatin1String("uk") && a.alias == QStringLiteral("Володимир Зеленський"));
        QVERIFY(ukrainian);
    }

    void linksErasAndStory()
    {
        const Event talks = eventTitled(QStringLiteral("Direct Russia–Ukraine talks"));
        const Event invitation = eventTitled(QStringLiteral("Putin invites"));
        const Event trump = eventTitled(QStringLiteral("Trump backs"));
        const auto links = m_store->linksOf(talks.id);
        QVERIFY(std::any_of(links.begin(), links.end(), [&](const EventLink &l) {
            return l.from == talks.id && l.to == invitation.id && l.kind == LinkKind::Follows;
        }));
        const auto trumpLinks = m_store->linksOf(trump.id);
        QVERIFY(std::any_of(trumpLinks.begin(), trumpLinks.end(),
                            [&](const EventLink &l) { return l.from == trump.id && l.kind == LinkKind::RespondsTo; }));
        QCOMPARE(m_store->eras().size(), 2);
        const Story story = m_store->stories().first();
        QCOMPARE(story.steps.size(), 10);
        for (const StoryStep &s : story.steps)
            QVERIFY(!s.note.isEmpty());
        QCOMPARE(m_store->event(story.steps.first().eventId)->start.toIsoString(), QStringLiteral("2022-03-29"));
        QCOMPARE(m_store->event(story.steps.last().eventId)->start.toIsoString(), QStringLiteral("2025-05-23"));
    }
};

QTEST_GUILESS_MAIN(TestSampleDataset)
#include "tst_sampledataset.moc"
