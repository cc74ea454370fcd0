#include "sampledataset.h"
#include "store.h"

#include <QTest>

using namespace entente;

class TestSampleDataset : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
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
            QVERIFY2(!e.sources.isEmpty() && !e.sources.first().quote.isEmpty(), qPrintable(e.title));
            QVERIFY(!e.kind.isEmpty());
        }
        const Event talks = eventTitled(QStringLiteral("Direct Russia–Ukraine talks"));
        const ActorId fidan = *m_store->findActor(QStringLiteral("Fidan"));
        QVERIFY(talks.actors.contains(EventActor{fidan, QStringLiteral("mediator")}));
        const ActorId turkey = *m_store->findActor(QStringLiteral("Turkey"));
        QVERIFY(talks.actors.contains(EventActor{turkey, QStringLiteral("host")}));
    }

    void actorsWithKindsAliasesAndTitles()
    {
        QCOMPARE(m_store->counts().actors, 13);
        for (const char *name : {"Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "Hakan Fidan", "Boris Johnson"}) {
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
            ukrainian = ukrainian || (a.language == QLatin1String("uk") && a.alias == QStringLiteral("Володимир Зеленський"));
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
