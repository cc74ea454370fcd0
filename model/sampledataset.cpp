#include "sampledataset.h"

#include "store/store.h"

#include <QHash>

namespace entente {

namespace {

FuzzyDate date(const char *iso)
{
    return FuzzyDate::parse(QString::fromLatin1(iso)).value();
}

struct ActorSpec
{
    const char *name;
    ActorKind kind;
    const char *description;
    QList<ActorAlias> aliases;
    QList<ActorTitle> titles;
};

ActorTitle title(const char *text, const char *from, const char *to = nullptr)
{
    ActorTitle t;
    t.title = QString::fromUtf8(text);
    if (from)
        t.from = date(from);
    if (to)
        t.to = date(to);
    return t;
}

ActorAlias alias(const char *text, const char *language = "")
{
    return { QString::fromUtf8(text), QString::fromUtf8(language) };
}

QList<ActorSpec> actorSpecs()
{
    return {
        { "Vladimir Putin",
          ActorKind::Person,
          "President of Russia.",
          { alias("Putin"), alias("Владимир Путин", "ru"), alias("Володимир Путін", "uk") },
          { title("President of Russia", "2012-05-07") } },
        { "Volodymyr Zelensky",
          ActorKind::Person,
          "President of Ukraine.",
          { alias("Zelenskyy"), alias("Zelenskiy"), alias("Zelensky"), alias("Владимир Зеленский", "ru"),
            alias("Володимир Зеленський", "uk") },
          { title("President of Ukraine", "2019-05-20") } },
        { "Donald Trump",
          ActorKind::Person,
          "President of the United States.",
          { alias("Trump"), alias("Дональд Трамп", "ru"), alias("Дональд Трамп", "uk") },
          { title("President of the United States", "2017-01-20", "2021-01-20"),
            title("President of the United States", "2025-01-20") } },
        { "Hakan Fidan",
          ActorKind::Person,
          "Foreign Minister of Türkiye.",
          { alias("Fidan"), alias("Хакан Фидан", "ru"), alias("Хакан Фідан", "uk") },
          { title("Foreign Minister of Türkiye", "2023-06-04") } },
        { "Boris Johnson",
          ActorKind::Person,
          "UK Prime Minister from 2019 to 2022.",
          { alias("Johnson"), alias("Борис Джонсон", "ru"), alias("Борис Джонсон", "uk") },
          { title("UK Prime Minister", "2019-07-24", "2022-09-06") } },
        { "Vladimir Medinsky",
          ActorKind::Person,
          "Russia's chief negotiator.",
          { alias("Medinsky"), alias("Владимир Мединский", "ru"), alias("Володимир Мединський", "uk") },
          { title("Russia's chief negotiator", "2022-02") } },
        { "Rustem Umerov",
          ActorKind::Person,
          "Ukraine's Defence Minister.",
          { alias("Umerov"), alias("Рустем Умеров", "ru"), alias("Рустем Умєров", "uk") },
          { title("Defence Minister of Ukraine", "2023-09-06") } },
        { "David Arakhamia",
          ActorKind::Person,
          "Ukraine's former chief negotiator.",
          { alias("Arakhamia"), alias("Давид Арахамия", "ru"), alias("Давид Арахамія", "uk") },
          { title("Ukraine's chief negotiator", "2022-02", "2022") } },
        { "Russia",
          ActorKind::State,
          "The Russian Federation.",
          { alias("Russian Federation"), alias("Moscow"), alias("Россия", "ru"), alias("Росія", "uk"),
            alias("Rusya", "tr") },
          {} },
        { "Ukraine",
          ActorKind::State,
          "Ukraine; its government is often called Kyiv (Kiev in some reports).",
          { alias("Kyiv"), alias("Kiev"), alias("Украина", "ru"), alias("Україна", "uk"), alias("Ukrayna", "tr") },
          {} },
        { "Türkiye",
          ActorKind::State,
          "The Republic of Türkiye, host of the Istanbul talks.",
          { alias("Turkey"), alias("Ankara"), alias("Турция", "ru"), alias("Туреччина", "uk"), alias("Türkiye", "tr") },
          {} },
        { "United States",
          ActorKind::State,
          "The United States of America.",
          { alias("United States of America"), alias("USA"), alias("U.S."), alias("US"), alias("Washington"),
            alias("США", "ru"), alias("США", "uk"), alias("ABD", "tr") },
          {} },
        { "United Kingdom",
          ActorKind::State,
          "The United Kingdom of Great Britain and Northern Ireland.",
          { alias("UK"), alias("Britain"), alias("Great Britain"), alias("London"), alias("Великобритания", "ru"),
            alias("Велика Британія", "uk"), alias("Birleşik Krallık", "tr") },
          {} },
    };
}

struct EventSpec
{
    const char *key;
    const char *start;
    const char *end;
    const char *title;
    const char *summary;
    const char *kind;
    ClaimStatus status;
    const char *place;
    QList<std::pair<const char *, const char *>> actors; // name, role
    const char *quote; // the report's own words for this event; null when it has none
    const char *record; // where the date comes from the public record: what the record says
};

// The 2022 talks, their collapse and what was said of it later.
QList<EventSpec> firstTalks()
{
    using S = ClaimStatus;
    return {
        { "invasion",
          "2022-02-24",
          nullptr,
          "Russia launches its full-scale invasion of Ukraine",
          "The start of the full-scale war. The report mentions it only in passing, as \"the escalation of the "
          "war in 2022\"; the day is from the public record.",
          "military action",
          S::Confirmed,
          "Ukraine",
          { { "Russia", "participant" }, { "Ukraine", "participant" }, { "Vladimir Putin", "participant" } },
          "the escalation of the war in 2022",
          "Russia's full-scale invasion of Ukraine began on 24 February 2022." },
        { "talks2022",
          "2022-03-29",
          nullptr,
          "Russia–Ukraine talks in Istanbul, hosted by Türkiye",
          "Türkiye hosts high-level peace talks. The report says Russia proposed a draft agreement: security "
          "guarantees for Ukraine in exchange for neutrality and limits on military expansion.",
          "talks",
          S::Confirmed,
          "Istanbul",
          { { "Türkiye", "host" },
            { "Russia", "proposer" },
            { "Ukraine", "participant" },
            { "Vladimir Medinsky", "participant" },
            { "David Arakhamia", "participant" } },
          "Türkiye previously hosted high-level peace discussions in March 2022. At the time, Russia proposed a "
          "draft agreement offering Ukraine security guarantees in exchange for neutrality and limits on military "
          "expansion.",
          "The first Istanbul talks were held on 29 March 2022 (the report gives only the month)." },
        { "johnson",
          "2022-04-09",
          nullptr,
          "Boris Johnson, then UK Prime Minister, visits Kyiv",
          "The British Prime Minister meets Volodymyr Zelensky in Kyiv.",
          "visit",
          S::Confirmed,
          "Kyiv",
          { { "Boris Johnson", "participant" },
            { "United Kingdom", "participant" },
            { "Ukraine", "host" },
            { "Volodymyr Zelensky", "host" } },
          nullptr,
          "Boris Johnson visited Kyiv and met Volodymyr Zelensky on 9 April 2022. The report does not mention "
          "the visit." },
        { "collapse",
          "2022-04~",
          nullptr,
          "The Istanbul effort collapses as the Ukrainian side withdraws",
          "The report says Ukraine withdrew \"reportedly under pressure from the UK\": a claim, not a settled fact.",
          "withdrawal",
          S::Alleged,
          "",
          { { "Ukraine", "participant" }, { "United Kingdom", "subject" }, { "Boris Johnson", "subject" } },
          "That effort collapsed when the Ukrainian side, reportedly under pressure from the UK, withdrew.",
          nullptr },
        { "arakhamia",
          "2023-11",
          nullptr,
          "Arakhamia says Johnson advised Kyiv against finalizing the agreement",
          "Ukraine's former chief negotiator says the UK Prime Minister advised against signing; the report "
          "presents this as a confirmation.",
          "statement",
          S::Reported,
          "",
          { { "David Arakhamia", "speaker" }, { "Boris Johnson", "subject" }, { "Ukraine", "subject" } },
          "David Arakhamia, the former Ukrainian chief negotiator, later confirmed that then-UK Prime Minister Boris "
          "Johnson had advised Kiev against finalizing the agreement — a move that extended the conflict and "
          "deepened mistrust.",
          "David Arakhamia made the statement in November 2023; the report says only \"later\"." },
    };
}

// May 2025: the talks resumed, and their result.
QList<EventSpec> talksResumed()
{
    using S = ClaimStatus;
    return {
        { "invitation",
          "2025-05-11",
          nullptr,
          "Putin invites Ukraine to resume direct talks in Istanbul",
          "A public invitation by the Russian President to resume direct negotiations.",
          "proposal",
          S::Confirmed,
          "Moscow",
          { { "Vladimir Putin", "proposer" }, { "Russia", "proposer" } },
          "The renewed talks were initiated following a public invitation by Russian President Vladimir Putin "
          "earlier in the week.",
          nullptr },
        { "rejection",
          "2025-05-11~",
          nullptr,
          "Zelensky rejects talks without a 30-day ceasefire first",
          "Zelensky says Ukraine will not talk unless Moscow first agrees to a 30-day unconditional ceasefire.",
          "statement",
          S::Confirmed,
          "Kyiv",
          { { "Volodymyr Zelensky", "opponent" }, { "Ukraine", "opponent" } },
          "Ukrainian President Volodymyr Zelensky initially rejected talks unless Moscow first agreed to a 30-day "
          "unconditional ceasefire.",
          nullptr },
        { "trump",
          "2025-05-11",
          nullptr,
          "Trump backs direct negotiations; Zelensky's position shifts",
          "The US President publicly encourages direct talks and offers American support; Zelensky then "
          "accepts them.",
          "statement",
          S::Confirmed,
          "Washington",
          { { "Donald Trump", "supporter" }, { "United States", "supporter" }, { "Volodymyr Zelensky", "subject" } },
          "However, his position shifted after public encouragement from U.S. President Donald Trump, who backed "
          "direct negotiations and offered American support.",
          nullptr },
        { "talks2025",
          "2025-05-16",
          nullptr,
          "Direct Russia–Ukraine talks in Istanbul, the first in three years",
          "Türkiye hosts and observes; Foreign Minister Fidan confirms that the talks will resume.",
          "talks",
          S::Confirmed,
          "Istanbul",
          { { "Hakan Fidan", "mediator" },
            { "Türkiye", "host" },
            { "Russia", "participant" },
            { "Ukraine", "participant" },
            { "Vladimir Medinsky", "participant" },
            { "Rustem Umerov", "participant" } },
          "The announcement follows direct talks between the two sides in Istanbul — the first such meeting in "
          "three years. Türkiye, which has maintained close ties with both Moscow and Kiev, hosted the delegations "
          "and served as an observer.",
          nullptr },
        { "pows",
          "2025-05-16",
          nullptr,
          "Agreement on the largest prisoner exchange since 2022: 1,000 for 1,000",
          "Each side is to release 1,000 prisoners of war; both chief negotiators confirm the deal.",
          "agreement",
          S::Confirmed,
          "Istanbul",
          { { "Vladimir Medinsky", "speaker" },
            { "Rustem Umerov", "speaker" },
            { "Russia", "participant" },
            { "Ukraine", "participant" } },
          "As part of the discussions, Russia and Ukraine agreed to conduct the largest prisoner exchange since the "
          "escalation of the war in 2022, with each side set to release 1,000 prisoners of war. Russian chief "
          "negotiator Vladimir Medinsky and Ukrainian Defense Minister Rustem Umerov both confirmed the deal.",
          nullptr },
        { "proposals",
          "2025-05-16",
          nullptr,
          "Both delegations agree to share written ceasefire proposals",
          "Fidan announces the agreement; there is no fixed timeline. Sources close to the talks told TASS that "
          "a fundamental understanding has been reached.",
          "agreement",
          S::Reported,
          "Istanbul",
          { { "Hakan Fidan", "speaker" }, { "Russia", "participant" }, { "Ukraine", "participant" } },
          "Fidan also stated that both delegations agreed to share written proposals outlining their respective "
          "conditions for a ceasefire. While there is no fixed timeline for the exchange of these documents, "
          "sources close to the talks told TASS that a fundamental understanding on moving forward has been "
          "reached.",
          nullptr },
        { "exchange",
          "2025-05-23",
          "2025-05-25",
          "The 1,000-for-1,000 prisoner exchange is carried out",
          "The exchange agreed in Istanbul takes place in three stages over three days; the dates are from the "
          "public record.",
          "prisoner exchange",
          S::Confirmed,
          "",
          { { "Russia", "participant" }, { "Ukraine", "participant" } },
          "With both sides agreeing to reconvene and the exchange of prisoners set to proceed, observers hope the "
          "framework may lay the groundwork for a more comprehensive peace settlement.",
          "The 1,000-for-1,000 exchange was carried out in three stages, on 23, 24 and 25 May 2025. The report "
          "says only that it is set to proceed." },
    };
}

QList<EventSpec> eventSpecs()
{
    return firstTalks() + talksResumed();
}

// Where the report and the public record tell an event differently, each source's account says
// how (Account). The report presents Arakhamia's words as a confirmation and dates them only
// "later"; the record has them as one participant's statement in a television interview of
// 24 November 2023. The report gives the exchange as 1,000 each, to come; the record counts the
// three days. Both reports of the claim are graded "possibly true"; the record is a usually
// reliable source.
void writeAccounts(Store &store, const QHash<QString, EventId> &events, SourceId reportId)
{
    Event claim = *store.event(events.value(QStringLiteral("arakhamia")));
    for (EventSource &s : claim.sources) {
        s.credibility = Credibility::Possible;
        if (s.sourceId == reportId) {
            s.account.status = ClaimStatus::Confirmed;
            continue;
        }
        Source record = *store.source(s.sourceId);
        record.reliability = Reliability::B;
        store.updateSource(record);
        s.account.status = ClaimStatus::Reported;
        s.account.start = date("2023-11-24");
    }
    store.updateEvent(claim);
    Event exchange = *store.event(events.value(QStringLiteral("exchange")));
    for (EventSource &s : exchange.sources) {
        s.account.figure = s.sourceId == reportId
            ? QStringLiteral("1,000 each, set to proceed")
            : QStringLiteral("1,000 each: 390 on 23 May, 307 on 24 May, 303 on 25 May");
    }
    store.updateEvent(exchange);
}

// The actors, by name.
QHash<QString, ActorId> writeActors(Store &store)
{
    QHash<QString, ActorId> actors;
    for (const ActorSpec &spec : actorSpecs()) {
        Actor a;
        a.name = QString::fromUtf8(spec.name);
        a.kind = spec.kind;
        a.description = QString::fromUtf8(spec.description);
        a.aliases = spec.aliases;
        a.titles = spec.titles;
        actors.insert(a.name, store.addActor(a));
    }
    return actors;
}

// The events, by their key in eventSpecs(), each citing the report (`reportId`) and the public
// record where they need it.
QHash<QString, EventId> writeEvents(Store &store, const QHash<QString, ActorId> &actors, SourceId reportId)
{
    QHash<QString, EventId> events;
    for (const EventSpec &spec : eventSpecs()) {
        Event e;
        e.title = QString::fromUtf8(spec.title);
        e.summary = QString::fromUtf8(spec.summary);
        e.start = date(spec.start);
        if (spec.end)
            e.end = date(spec.end);
        e.kind = QString::fromUtf8(spec.kind);
        e.status = spec.status;
        e.place = QString::fromUtf8(spec.place);
        for (const auto &[name, role] : spec.actors)
            e.actors.append({ actors.value(QString::fromUtf8(name)), QString::fromUtf8(role) });
        // The report's own words first; a date the report does not give cites the public record
        // too, in an entry of its own that says what the record fixes.
        if (spec.quote)
            e.sources.append({ reportId, QString::fromUtf8(spec.quote) });
        if (spec.record) {
            Source record;
            record.publisher = QStringLiteral("Public record");
            record.title = QString::fromUtf8(spec.record);
            e.sources.append({ store.addSource(record), QString() });
        }
        if (e.place == QLatin1String("Istanbul")) {
            e.latitude = 41.0082;
            e.longitude = 28.9784;
        } else if (e.place == QLatin1String("Kyiv")) {
            e.latitude = 50.4501;
            e.longitude = 30.5234;
        }
        events.insert(QLatin1String(spec.key), store.addEvent(e));
    }
    return events;
}

void writeLinks(Store &store, const QHash<QString, EventId> &events)
{
    const struct
    {
        const char *from;
        const char *to;
        LinkKind kind;
    } links[] = {
        { "talks2022", "invasion", LinkKind::Follows },      { "collapse", "talks2022", LinkKind::Follows },
        { "collapse", "johnson", LinkKind::Follows },        { "arakhamia", "collapse", LinkKind::RespondsTo },
        { "rejection", "invitation", LinkKind::RespondsTo }, { "trump", "rejection", LinkKind::RespondsTo },
        { "talks2025", "invitation", LinkKind::Follows },    { "talks2025", "trump", LinkKind::Follows },
        { "pows", "talks2025", LinkKind::Follows },          { "proposals", "talks2025", LinkKind::Follows },
        { "exchange", "pows", LinkKind::Follows },
    };
    for (const auto &l : links)
        store.addLink({ 0, events.value(QLatin1String(l.from)), events.value(QLatin1String(l.to)), l.kind });
}

void writeEras(Store &store)
{
    const struct
    {
        const char *name;
        const char *start;
        const char *end;
        const char *colour;
    } eras[] = {
        { "First Istanbul talks", "2022-03-29", "2022-04", "#E69F00" },
        { "Talks resume", "2025-05-11", "2025-05-25", "#56B4E9" },
    };
    for (const auto &spec : eras) {
        Era era;
        era.name = QString::fromUtf8(spec.name);
        era.start = date(spec.start);
        era.end = date(spec.end);
        era.colour = QString::fromUtf8(spec.colour);
        store.addEra(era);
    }
}

// The lesson: a story through the events, with a teacher's note at each.
void writeStory(Store &store, const QHash<QString, EventId> &events)
{
    Story story;
    story.name = QStringLiteral("From Istanbul 2022 to Istanbul 2025");
    story.description = QStringLiteral("Three years between two rounds of direct talks, for a 20-minute lesson.");
    const struct
    {
        const char *event;
        const char *note;
    } steps[] = {
        { "talks2022",
          "Five weeks into the full-scale war, both sides meet in Istanbul. Ask: what could "
          "neutrality offer each side?" },
        { "johnson",
          "Johnson's visit to Kyiv. Point out that the date comes from the public record, not "
          "from the report." },
        { "collapse",
          "The talks collapse. Stress the word \"reportedly\": this is a claim, marked Alleged. "
          "Who makes it?" },
        { "arakhamia",
          "Arakhamia's statement, a year and a half later. Compare what he said with how the "
          "report frames it." },
        { "invitation", "May 2025: Putin proposes direct talks. Note the three-year gap on the timeline." },
        { "rejection",
          "Zelensky sets a condition first. The date is approximate: the report says only "
          "\"initially\"." },
        { "trump",
          "Washington weighs in and Zelensky's position shifts. Discuss how a third party changes "
          "the talks." },
        { "talks2025", "The first direct talks in three years, with Türkiye as host and observer." },
        { "pows", "The concrete result: 1,000 prisoners each. Both negotiators confirm it." },
        { "exchange",
          "The exchange is carried out over three days: a range, not a single date. Close with "
          "what remained unresolved." },
    };
    for (const auto &s : steps) {
        StoryStep step;
        step.eventId = events.value(QLatin1String(s.event));
        step.note = QString::fromUtf8(s.note);
        story.steps.append(step);
    }
    store.addStory(story);
}

} // namespace

const char *SampleDataset::title()
{
    return "Istanbul talks, 2022–2025";
}

void SampleDataset::write(Store &store)
{
    store.transaction([&] {
        store.setMeta(QStringLiteral("title"), QString::fromUtf8(title()));
        store.setMeta(QStringLiteral("description"),
                      QStringLiteral("Direct Russia–Ukraine talks in Istanbul, from the collapsed effort of "
                                     "2022 to their resumption in May 2025, built from one news report and the "
                                     "public record. Statements the report attributes to one side or to unnamed "
                                     "sources are kept as claims with their source."));
        const QHash<QString, ActorId> actors = writeActors(store);
        // The report the sample is built from (shared/source). The copy supplied has no byline, headline or
        // link; the same text is published by Interbellum News under the address below, whose last part is
        // the headline. It reports Friday's talks: published that day or the next.
        Source report;
        report.publisher = QStringLiteral("Interbellum News");
        report.title = QStringLiteral("Russia and Ukraine agree to resume peace talks: Turkish foreign minister");
        report.url = QStringLiteral("https://interbellumnews.com/conflicts/palestine/"
                                    "russia-and-ukraine-agree-to-resume-peace-talks-turkish-foreign-minister");
        report.published = date("2025-05-16~");
        const SourceId reportId = store.addSource(report);

        const QHash<QString, EventId> events = writeEvents(store, actors, reportId);
        writeAccounts(store, events, reportId);
        writeLinks(store, events);
        writeEras(store);
        writeStory(store, events);
    });
}

} // namespace entente
