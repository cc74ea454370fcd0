// The extraction of draft events from a news report: readers, dates, actors, proposals, the
// seed report's fact sheet, matching an open file's events and writing as one undoable step.
#include "document.h"
#include "extract/article.h"
#include "extract/datefinder.h"
#include "extract/extractor.h"
#include "extract/languagerules.h"
#include "extract/proposalwriter.h"
#include "sampledataset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

const QDate kPublished(2025, 5, 16); // a Friday

QString seedText()
{
    QFile f(QStringLiteral(ENTENTE_TEST_DATA "/istanbul-talks-article.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QList<Proposal> seedProposals(const Store *store = nullptr)
{
    const auto read = ArticleReader::fromText(seedText());
    return Extractor::extract(*read.article, kPublished, store).proposals;
}

// The one date a sentence gives, as "START[/END]" in ISO form ("" when none).
QString dateIn(const QString &sentence, const QDate &published = kPublished,
               const std::optional<DateFinder::Context> &context = {})
{
    const DateFinder finder(*LanguageRules::forLanguage(QStringLiteral("en")));
    const auto found = finder.find(sentence, published, context);
    for (const DateMention &d : found) {
        if (d.role == DateMention::Role::Since)
            continue;
        return d.start.toIsoString() + (d.end ? u'/' + d.end->toIsoString() : QString());
    }
    return {};
}

// The sample without its events of 16 May 2025 (the talks, the exchange, the written
// proposals), so that accepting the seed report's proposals adds events as well as sources.
void dropEventsOf16May(Store &store)
{
    for (EventId id : store.eventIds({})) {
        if (store.event(id)->start == FuzzyDate::day(2025, 5, 16))
            store.deleteEvent(id);
    }
}

} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private slots:
    void rulesAreData()
    {
        const LanguageRules *en = LanguageRules::forLanguage(QStringLiteral("en"));
        QVERIFY(en);
        QCOMPARE(en->months.value(QStringLiteral("march")), 3);
        QCOMPARE(en->weekdays.value(QStringLiteral("friday")), 5);
        QVERIFY(en->titles.contains(QStringLiteral("Foreign Minister")));
        QVERIFY(en->reported.contains(QStringLiteral("reportedly")));
        QVERIFY(!LanguageRules::forLanguage(QStringLiteral("xx")));
        QCOMPARE(LanguageRules::languages(), QStringList { u"en"_s });
        QString error;
        QVERIFY(!LanguageRules::fromJson("{\"language\": \"uk\"}", &error));
        QVERIFY(!error.isEmpty());
    }

    // Another language is a file, not code: Ukrainian month and weekday words (in the cases a
    // report uses them) drive the same finder.
    void anotherLanguageIsData()
    {
        const QByteArray uk = R"({
            "language": "uk",
            "months": { "травня": 5, "травень": 5, "березня": 3, "березень": 3, "березні": 3 },
            "weekdays": { "п'ятницю": 5, "п'ятниця": 5, "вівторок": 2 },
            "numbers": { "три": 3 },
            "units": { "роки": "year", "років": "year" },
            "ago": ["тому"],
            "rangeWords": { "from": ["з"], "to": ["по", "до"] },
            "weekPhrases": { "раніше цього тижня": "earlier" },
            "monthOffsets": { "минулого місяця": -1 },
            "kinds": [ { "kind": "talks", "words": ["переговори"], "title": "%1: переговори" } ]
        })";
        QString error;
        const auto rules = LanguageRules::fromJson(uk, &error);
        QVERIFY2(rules, qPrintable(error));
        const DateFinder finder(*rules);
        auto first = [&](const QString &s) {
            const auto found = finder.find(s, kPublished, std::nullopt);
            return found.isEmpty() ? QString()
                                   : found.constFirst().start.toIsoString()
                    + (found.constFirst().end ? u'/' + found.constFirst().end->toIsoString() : QString());
        };
        QCOMPARE(first(u"Переговори відбулися 16 травня 2025 року."_s), u"2025-05-16"_s);
        QCOMPARE(first(u"Делегації зустрілися у п'ятницю."_s), u"2025-05-16"_s);
        QCOMPARE(first(u"Переговори в березні 2022 року."_s), u"2022-03"_s);
        QCOMPARE(first(u"Путін запросив Україну раніше цього тижня."_s), u"2025-05-10~/2025-05-15~"_s);
        QCOMPARE(first(u"Вони зустрілися три роки тому."_s), u"2022"_s);
        QCOMPARE(first(u"Обмін полоненими з 23 по 25 травня."_s), u"2025-05-23/2025-05-25"_s);
    }

    void absoluteDates_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day month year") << u"The talks opened on 16 May 2025 in Istanbul."_s << u"2025-05-16"_s;
        QTest::newRow("month day") << u"They met on May 16 in Istanbul."_s << u"2025-05-16"_s;
        QTest::newRow("month day year") << u"They met on March 29, 2022, in Istanbul."_s << u"2022-03-29"_s;
        QTest::newRow("month year") << u"Talks were held in March 2022."_s << u"2022-03"_s;
        QTest::newRow("year") << u"The war escalated in 2022."_s << u"2022"_s;
        QTest::newRow("year range") << u"The mission ran 2022–2025."_s << u"2022/2025"_s;
        QTest::newRow("day range") << u"Prisoners were exchanged from 23 to 25 May."_s << u"2025-05-23/2025-05-25"_s;
        QTest::newRow("day range dash") << u"The exchange ran 23–25 May 2025."_s << u"2025-05-23/2025-05-25"_s;
        QTest::newRow("approximate") << u"They met around 16 May 2025."_s << u"2025-05-16~"_s;
        QTest::newRow("may the verb") << u"The deal may hold."_s << QString();
    }
    void absoluteDates()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(dateIn(sentence), expected);
    }

    void relativeDates_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("on Friday, published Friday") << u"Fidan confirmed on Friday."_s << u"2025-05-16"_s;
        QTest::newRow("on Tuesday") << u"They met on Tuesday."_s << u"2025-05-13"_s;
        QTest::newRow("last Friday") << u"They met last Friday."_s << u"2025-05-09"_s;
        QTest::newRow("earlier in the week")
            << u"Putin invited Ukraine earlier in the week."_s << u"2025-05-10~/2025-05-15~"_s;
        QTest::newRow("last month") << u"They spoke last month."_s << u"2025-04"_s;
        QTest::newRow("three years ago") << u"They last met three years ago."_s << u"2022"_s;
        QTest::newRow("yesterday") << u"The minister arrived yesterday."_s << u"2025-05-15"_s;
        QTest::newRow("not a date: in three years") << u"It was the first such meeting in three years."_s << QString();
        QTest::newRow("not a date: 30-day") << u"Zelensky demanded a 30-day unconditional ceasefire."_s << QString();
    }
    void relativeDates()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(dateIn(sentence), expected);
    }

    void contextDates()
    {
        const DateFinder::Context talks { FuzzyDate::day(2022, 3, 29), std::nullopt };
        QCOMPARE(dateIn(u"The delegations had arrived the day before."_s, kPublished, talks), u"2022-03-28"_s);
        const DateFinder::Context march { FuzzyDate::month(2022, 3), std::nullopt };
        QCOMPARE(dateIn(u"He later confirmed it."_s, kPublished, march), u"2022-03~/2025-05~"_s);
        QCOMPARE(dateIn(u"At the time, Russia proposed a draft."_s, kPublished, march), u"2022-03"_s);
    }

    // The fact sheet's ten "from the report" events (../shared/source/README.md), with what the
    // report itself says of their dates.
    void seedReportGivesTheFactSheet()
    {
        const QList<Proposal> proposals = seedProposals();
        struct Fact
        {
            const char *what;
            FuzzyDate date;
            const char *kind;
        };
        const Fact facts[] = {
            { "invasion (the escalation of the war in 2022)", FuzzyDate::year(2022), "military action" },
            { "Istanbul talks, March 2022", FuzzyDate::month(2022, 3), "talks" },
            { "the effort collapses (approximate month)", FuzzyDate::month(2022, 4, true), "withdrawal" },
            { "Arakhamia: Johnson advised against (later)", FuzzyDate::month(2023, 11), "statement" },
            { "Putin invites (earlier in the week)", FuzzyDate::day(2025, 5, 11), "proposal" },
            { "Zelensky rejects", FuzzyDate::day(2025, 5, 11, true), "rejection" },
            { "Trump backs direct negotiations", FuzzyDate::day(2025, 5, 11), "support" },
            { "direct talks in Istanbul (on Friday)", FuzzyDate::day(2025, 5, 16), "talks" },
            { "prisoner exchange agreed", FuzzyDate::day(2025, 5, 16), "prisoner exchange" },
            { "written ceasefire proposals", FuzzyDate::day(2025, 5, 16), "proposal" },
        };
        int right = 0;
        for (const Fact &fact : facts) {
            bool found = false;
            for (const Proposal &p : proposals) {
                if (p.kind != QLatin1String(fact.kind) || p.start.precision() != fact.date.precision())
                    continue;
                const FuzzyDate last = p.end.value_or(p.start);
                // The fact's day or month lies within the proposal's span; an approximate
                // proposal may be off by one unit of its precision.
                const bool within = fact.date.startSeconds() >= p.start.startSeconds()
                    && fact.date.startSeconds() < last.endSeconds();
                const qint64 unit = p.start.endSeconds() - p.start.startSeconds();
                const bool near = p.start.isApproximate()
                    && std::abs(fact.date.startSeconds() - p.start.startSeconds()) <= unit + 86400 * 3;
                if (within || near) {
                    found = true;
                    break;
                }
            }
            if (!found)
                qWarning("missed: %s", fact.what);
            right += found ? 1 : 0;
        }
        qInfo("seed report: %d of 10 fact-sheet events with the right date and precision, %d proposals", right,
              static_cast<int>(proposals.size()));
        QVERIFY2(right >= 9, qPrintable(QString::number(right)));
        QVERIFY(proposals.size() <= 12);
        // No event is dated by a phrase that measures time instead of dating it.
        for (const Proposal &p : proposals) {
            QVERIFY2(!p.dateText.contains(u"three years") && !p.dateText.contains(u"30-day"), qPrintable(p.dateText));
            QVERIFY(p.start.yearNumber() >= 2022);
        }
    }

    void seedReportActorsKindsAndClaims()
    {
        const QList<Proposal> proposals = seedProposals();
        auto find = [&](const QString &kind, const FuzzyDate &start) -> const Proposal * {
            for (const Proposal &p : proposals) {
                if (p.kind == kind && p.start.startSeconds() == start.startSeconds())
                    return &p;
            }
            return nullptr;
        };
        const Proposal *talks = find(u"talks"_s, FuzzyDate::day(2025, 5, 16));
        QVERIFY(talks);
        QVERIFY(talks->hasActor(u"Hakan Fidan"_s));
        QVERIFY(talks->hasActor(u"Türkiye"_s));
        QVERIFY(talks->hasActor(u"Russia"_s) && talks->hasActor(u"Ukraine"_s));
        QVERIFY(talks->quotes.size() >= 2); // two sentences about the same talks, one event
        QCOMPARE(talks->dateText, u"on Friday"_s);
        const Proposal *exchange = find(u"prisoner exchange"_s, FuzzyDate::day(2025, 5, 16));
        QVERIFY(exchange);
        QVERIFY(exchange->hasActor(u"Vladimir Medinsky"_s) && exchange->hasActor(u"Rustem Umerov"_s));
        QCOMPARE(exchange->status, ClaimStatus::Confirmed);
        const Proposal *collapse = find(u"withdrawal"_s, FuzzyDate::month(2022, 3));
        QVERIFY(collapse);
        QCOMPARE(collapse->status, ClaimStatus::Reported); // "reportedly under pressure from the UK"
        QVERIFY(collapse->hasActor(u"United Kingdom"_s));
        const Proposal *written = find(u"proposal"_s, FuzzyDate::day(2025, 5, 16));
        QVERIFY(written);
        QCOMPARE(written->status, ClaimStatus::Reported); // "sources close to the talks told TASS"
        for (const Proposal &p : proposals) {
            QVERIFY(!p.title.isEmpty() && !p.title.contains(u"%1"));
            QVERIFY(!p.quote().isEmpty());
        }
    }

    void peopleIntroducedByTitle()
    {
        const auto read = ArticleReader::fromText(
            u"Ruritania and Türkiye held talks on Friday, Turkish Deputy Foreign Minister Mehmet Kaya said. "
            "Kaya said the minister would return in June."_s);
        const auto result = Extractor::extract(*read.article, kPublished);
        QCOMPARE(result.proposals.size(), 2);
        for (const Proposal &p : result.proposals) // the surname is the same person
            QVERIFY(p.hasActor(u"Mehmet Kaya"_s));
        const Proposal &talks = result.proposals.constFirst();
        QCOMPARE(talks.kind, u"talks"_s);
        for (const ProposalActor &a : talks.actors) {
            if (a.name == u"Mehmet Kaya")
                QCOMPARE(a.title, u"Deputy Foreign Minister of Türkiye"_s);
        }
    }

    void matchesAnEventOfTheOpenFile()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const QList<Proposal> proposals = seedProposals(store.get());
        int matched = 0;
        for (const Proposal &p : proposals) {
            if (p.matches != 0) {
                ++matched;
                const auto e = store->event(p.matches);
                QVERIFY(e);
                QVERIFY(e->start.startSeconds() >= p.start.startSeconds());
            }
            for (const ProposalActor &a : p.actors) {
                if (a.name == u"Russia" || a.name == u"Ukraine")
                    QVERIFY(a.existing != 0); // the file's own actors, not new ones
            }
        }
        QVERIFY(matched >= 3);
        // The best match: the same kind and the most shared actors, even over a long "later" range.
        for (const Proposal &p : proposals) {
            if (p.kind == u"statement" && p.hasActor(u"David Arakhamia"_s)) {
                QVERIFY(p.matches != 0);
                QVERIFY2(p.matchTitle.startsWith(u"Arakhamia says"), qPrintable(p.matchTitle));
            }
            if (p.kind == u"talks" && p.start == FuzzyDate::day(2025, 5, 16)) {
                QVERIFY2(p.matchTitle.startsWith(u"Direct Russia–Ukraine talks"), qPrintable(p.matchTitle));
            }
        }
    }

    void writesAsOneUndoableStep()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        dropEventsOf16May(*store);
        Document doc(std::move(store));
        const qint64 before = doc.store().countEvents();
        const qint64 actorsBefore = doc.store().actors().size();
        const QList<Proposal> proposals = seedProposals(&doc.store());
        const auto read = ArticleReader::fromText(seedText());
        const auto outcome = ProposalWriter::write(doc, proposals, *read.article, kPublished, { u"draft"_s });
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(outcome.added > 0);
        QVERIFY(outcome.sourced > 0);
        QCOMPARE(outcome.added + outcome.sourced, proposals.size());
        QCOMPARE(doc.store().countEvents(), before + outcome.added);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.store().tags().contains(u"draft"_s));
        doc.undoStack()->undo();
        QCOMPARE(doc.store().countEvents(), before);
        QCOMPARE(doc.store().actors().size(), actorsBefore);
    }

    // Text made of the rules' own words in random order, stray punctuation and odd lengths: no
    // crash, and every proposal's spans lie within the text and its quotes are in it.
    void hostileText()
    {
        const QStringList pieces = { u"on Friday"_s,
                                     u"May"_s,
                                     u"16"_s,
                                     u"2022"_s,
                                     u"–"_s,
                                     u"from"_s,
                                     u"to"_s,
                                     u"since"_s,
                                     u"the"_s,
                                     u"Foreign Minister"_s,
                                     u"Turkish"_s,
                                     u"Hakan"_s,
                                     u"Fidan"_s,
                                     u"Russia"_s,
                                     u"talks"_s,
                                     u"."_s,
                                     u","_s,
                                     u"\n"_s,
                                     u"later"_s,
                                     u"At the time,"_s,
                                     u"reportedly"_s,
                                     u"three years ago"_s,
                                     u"U.S."_s,
                                     u"earlier in the week"_s,
                                     u"the day before"_s,
                                     u"—"_s,
                                     u"\""_s,
                                     u"X"_s,
                                     u"prisoner exchange"_s,
                                     u"the minister"_s,
                                     u"31 February 2025"_s,
                                     u"0 May"_s };
        quint32 state = 20;
        auto next = [&] {
            state = state * 1664525u + 1013904223u;
            return static_cast<int>(state >> 8);
        };
        for (int round = 0; round < 50; ++round) {
            QString text;
            const int n = next() % 120;
            for (int i = 0; i < n; ++i)
                text += pieces.at(next() % pieces.size()) + (next() % 3 ? u" "_s : QString());
            const auto read = ArticleReader::fromText(text);
            if (!read.article)
                continue;
            const auto result = Extractor::extract(*read.article, QDate(2025, 5, 16 + round % 7));
            for (const Proposal &p : result.proposals) {
                QVERIFY(p.start.isValid());
                QVERIFY(!p.end || *p.end >= p.start || p.end->isApproximate());
                for (const TextSpan &span : p.sentences + p.words)
                    QVERIFY(span.position >= 0 && span.position + span.length <= result.text.size());
                for (const QString &q : p.quotes)
                    QVERIFY(result.text.contains(q));
            }
        }
    }

    void noPublicationDateIsSaid()
    {
        const auto read = ArticleReader::fromText(seedText());
        QVERIFY(!read.article->published);
        const auto result = Extractor::extract(*read.article, std::nullopt);
        QVERIFY(result.proposals.isEmpty());
        QVERIFY(result.error.contains(u"publication date"));
    }
};

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
