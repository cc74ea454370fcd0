#include "extractor.h"

#include "actorfinder.h"
#include "datefinder.h"
#include "languagerules.h"
#include "sentencesplitter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace entente {

namespace {

struct Candidate
{
    Proposal proposal;
    QList<int> actors; // indexes into ActorFinder::actors(), in order of mention
    QHash<int, QString> roles;
    int paragraph = 0;
};

int caution(ClaimStatus s)
{
    switch (s) {
    case ClaimStatus::Confirmed:
        return 0;
    case ClaimStatus::Reported:
        return 1;
    case ClaimStatus::Alleged:
        return 2;
    case ClaimStatus::Disputed:
        return 3;
    case ClaimStatus::Denied:
        return 4;
    }
    return 0;
}

bool weakKind(const QString &kind)
{
    return kind == u"statement" || kind == u"agreement" || kind == u"support";
}

bool peopleFirst(const QString &kind)
{
    return kind == u"statement" || kind == u"proposal" || kind == u"rejection" || kind == u"support";
}

// The first kind whose words occur in `s`; words right after "the" point back at a happening
// told before ("finalizing the agreement") and do not make one, unless `definiteToo`.
const LanguageRules::KindRule *kindOf(const QString &s, const LanguageRules &rules, TextSpan *where,
                                      bool definiteToo = false)
{
    for (const LanguageRules::KindRule &rule : rules.kinds) {
        for (const QString &word : rule.words) {
            qsizetype from = 0;
            while (true) {
                const qsizetype at = s.indexOf(word, from, Qt::CaseInsensitive);
                if (at < 0)
                    break;
                from = at + 1;
                const qsizetype e = at + word.size();
                if ((at > 0 && s.at(at - 1).isLetterOrNumber()) || (e < s.size() && s.at(e).isLetterOrNumber()))
                    continue;
                const QString before = s.left(at).toLower();
                if (!definiteToo && std::any_of(rules.articles.begin(), rules.articles.end(), [&](const QString &a) {
                        return before.endsWith(a.toLower() + u' ');
                    }))
                    continue;
                if (where)
                    *where = { at, word.size() };
                return &rule;
            }
        }
    }
    return nullptr;
}

ClaimStatus statusOf(const QString &s, const LanguageRules &rules)
{
    if (!LanguageRules::findPhrase(s, rules.denied).isEmpty())
        return ClaimStatus::Denied;
    if (!LanguageRules::findPhrase(s, rules.disputed).isEmpty())
        return ClaimStatus::Disputed;
    if (!LanguageRules::findPhrase(s, rules.alleged).isEmpty())
        return ClaimStatus::Alleged;
    if (!LanguageRules::findPhrase(s, rules.reported).isEmpty())
        return ClaimStatus::Reported;
    return ClaimStatus::Confirmed;
}

bool sameDate(const Proposal &a, const Proposal &b)
{
    auto key = [](const Proposal &p) {
        const FuzzyDate last = p.end.value_or(p.start);
        return std::tuple(p.start.startSeconds(), p.start.precision(), last.endSeconds(), p.end.has_value());
    };
    return key(a) == key(b);
}

void mergeInto(Candidate &into, const Candidate &from)
{
    Proposal &p = into.proposal;
    p.quotes += from.proposal.quotes;
    p.sentences += from.proposal.sentences;
    p.words += from.proposal.words;
    for (int a : from.actors) {
        if (!into.actors.contains(a))
            into.actors.append(a);
        if (!into.roles.contains(a) && from.roles.contains(a))
            into.roles.insert(a, from.roles.value(a));
    }
    if (caution(from.proposal.status) > caution(p.status))
        p.status = from.proposal.status;
    if (p.start.isApproximate() && !from.proposal.start.isApproximate() && sameDate(p, from.proposal)) {
        p.start = from.proposal.start;
        p.end = from.proposal.end;
        p.dateText = from.proposal.dateText;
    }
}

QString titleOf(const Candidate &c, const ActorFinder &finder, const LanguageRules &rules, const QString &pattern)
{
    QStringList states;
    QStringList people;
    for (int i : c.actors) {
        const KnownActor &a = finder.actors().at(i);
        if (a.kind == ActorKind::Person)
            people.append(a.shortName.isEmpty() ? a.name.split(u' ').last() : a.shortName);
        else
            states.append(a.name);
    }
    QStringList names = (peopleFirst(c.proposal.kind) && !people.isEmpty()) || (states.size() < 2 && people.size() >= 2)
        ? people
        : states;
    if (names.isEmpty())
        names = people;
    names = names.mid(0, 2);
    QString title = pattern.contains(u"%1") ? pattern.arg(names.join(rules.titleJoiner)) : pattern;
    title = title.simplified();
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

// What every sentence of one article is read against.
struct ArticleContext
{
    const LanguageRules &rules;
    const ActorFinder &finder;
    const QList<ActorMention> &mentions;
    const DateFinder &dates;
    const QDate &published;
};

// The candidates found so far and what the next sentence reads against.
struct ReadingState
{
    QList<Candidate> out;
    int previous = -1; // the candidate the sentence before made, or -1
    std::optional<DateFinder::Context> context;
};

// The part of a sentence's span in the body, or nullopt when it lies wholly before it.
std::optional<TextSpan> bodyPart(TextSpan span, qsizetype bodyStart)
{
    // The headline repeats the body; the dateline's date is the publication's, not an event's.
    if (span.position + span.length <= bodyStart)
        return std::nullopt;
    if (span.position < bodyStart) {
        span.length -= bodyStart - span.position;
        span.position = bodyStart;
    }
    return span;
}

// Adds the actors mentioned in sentence `s` (at `base` in the text) to the candidate, and the host's role.
void addMentions(Candidate &c, const QString &s, qsizetype base, const ArticleContext &a)
{
    for (const ActorMention &m : a.mentions) {
        if (m.position < base || m.position >= base + s.size())
            continue;
        if (!c.actors.contains(m.actor))
            c.actors.append(m.actor);
        c.proposal.words.append({ m.position, m.length });
        // The first actor named before "hosted" is the host.
        qsizetype hosted = -1;
        LanguageRules::findPhrase(s, a.rules.hostWords, &hosted);
        if (hosted > m.position - base && c.roles.key(QStringLiteral("host"), -1) < 0)
            c.roles.insert(m.actor, QStringLiteral("host"));
    }
}

// Appends a candidate of its own for each "since ..." date naming an earlier happening.
void appendSinceEvents(QList<Candidate> &out, const QList<DateMention> &found, const Candidate &c, const QString &s,
                       const TextSpan &span, const ArticleContext &a)
{
    const qsizetype base = span.position;
    // "since the escalation of the war in 2022": an earlier happening of its own.
    for (const DateMention &d : found) {
        if (d.role != DateMention::Role::Since)
            continue;
        const LanguageRules::KindRule *rule = kindOf(d.sincePhrase, a.rules, nullptr, true);
        if (!rule)
            continue;
        Candidate since;
        since.paragraph = c.paragraph;
        since.proposal.kind = rule->kind;
        QString phrase = d.sincePhrase;
        for (const QString &article : a.rules.articles) {
            if (phrase.startsWith(article + u' ', Qt::CaseInsensitive))
                phrase = phrase.mid(article.size() + 1);
        }
        since.proposal.title = phrase.left(1).toUpper() + phrase.mid(1);
        since.proposal.start = d.start;
        since.proposal.end = d.end;
        since.proposal.dateText = s.mid(d.position, d.length);
        since.proposal.quotes.append(s);
        since.proposal.sentences.append(span);
        since.proposal.words.append({ base + d.position, d.length });
        for (int i : std::as_const(c.actors)) {
            if (a.finder.actors().at(i).kind == ActorKind::State)
                since.actors.append(i);
        }
        out.append(since);
    }
}

// Dates the candidate by its own date, the publication (statements) or the context; false when nothing does.
bool dateCandidate(Candidate &c, const QString &kind, const DateMention *own, bool hasOwn, bool continuation,
                   const std::optional<DateFinder::Context> &context, const QString &s, const QDate &published)
{
    if (hasOwn) {
        c.proposal.start = own->start;
        c.proposal.end = own->end;
        c.proposal.dateText = s.mid(own->position, own->length);
    } else if (kind == u"statement") {
        // "X said ..." with no date of its own: said when the report was written.
        c.proposal.start = FuzzyDate::day(published.year(), published.month(), published.day(), true);
    } else if (context) {
        c.proposal.start = context->start;
        c.proposal.end = context->end;
        if (!continuation) {
            c.proposal.start.setApproximate(true);
            if (c.proposal.end)
                c.proposal.end->setApproximate(true);
        }
    } else {
        return false; // nothing dates it
    }
    return true;
}

// Adds the people or states "the two leaders", "both sides" in `s` point back at in the candidate before.
void addGroupActors(Candidate &c, const QString &s, const Candidate &before, const ArticleContext &a)
{
    // "The two leaders", "both sides": the first two people or states of the event before.
    for (auto g = a.rules.groupReferences.begin(); g != a.rules.groupReferences.end(); ++g) {
        if (LanguageRules::findPhrase(s, { g.key() }).isEmpty())
            continue;
        const auto kind = actorKindFromKey(g.value());
        int added = 0;
        for (int i : before.actors) {
            if (added < 2 && kind && a.finder.actors().at(i).kind == *kind) {
                if (!c.actors.contains(i))
                    c.actors.append(i);
                ++added;
            }
        }
    }
}

// Reads one sentence: appends its "since" happenings and its own candidate, or merges that into the one before.
void readSentence(ReadingState &state, const SentenceSplitter::Sentence &sentence, const QString &text,
                  qsizetype bodyStart, const ArticleContext &a)
{
    const std::optional<TextSpan> part = bodyPart(sentence.span, bodyStart);
    if (!part)
        return;
    const TextSpan span = *part;
    const QString s = text.mid(span.position, span.length);
    const qsizetype base = span.position;
    QList<Candidate> &out = state.out;
    const int previous = state.previous;
    Candidate c;
    c.paragraph = sentence.paragraph;
    addMentions(c, s, base, a);
    const QList<DateMention> found = a.dates.find(s, a.published, state.context);
    appendSinceEvents(out, found, c, s, span, a);
    const auto own = std::find_if(found.begin(), found.end(),
                                  [](const DateMention &d) { return d.role != DateMention::Role::Since; });
    const bool hasOwn = own != found.end() && own->role != DateMention::Role::Continuation;
    const bool continuation = own != found.end() && own->role == DateMention::Role::Continuation;
    if (own != found.end())
        c.proposal.words.append({ base + own->position, own->length });
    if (hasOwn && own->role == DateMention::Role::Event)
        state.context = DateFinder::Context { own->start, own->end };
    const bool commentary = !LanguageRules::findPhrase(s, a.rules.commentary).isEmpty();
    if (commentary && !hasOwn)
        return;
    TextSpan kindWord;
    const LanguageRules::KindRule *rule = kindOf(s, a.rules, &kindWord);
    // "The ceasefire is due to take effect on February 15": a dated sentence about a
    // happening named before.
    if (!rule && hasOwn)
        rule = kindOf(s, a.rules, &kindWord, true);
    if (!rule)
        return;
    c.proposal.words.append({ base + kindWord.position, kindWord.length });
    c.proposal.kind = rule->kind;
    c.proposal.title = rule->title;
    c.proposal.status = statusOf(s, a.rules);
    c.proposal.quotes.append(s);
    c.proposal.sentences.append(span);
    if (!dateCandidate(c, rule->kind, own != found.end() ? &*own : nullptr, hasOwn, continuation, state.context, s,
                       a.published))
        return;
    const bool backReference = !LanguageRules::findPhrase(s, a.rules.backReferences).isEmpty();
    if (previous >= 0
        && (continuation
            || (!hasOwn && (c.actors.isEmpty() || backReference)
                && (weakKind(rule->kind) || rule->kind == out.at(previous).proposal.kind)))) {
        mergeInto(out[previous], c);
        return;
    }
    if (previous >= 0)
        addGroupActors(c, s, out.at(previous), a);
    // A sentence naming no one is still about those named just before.
    if (c.actors.isEmpty() && previous >= 0)
        c.actors = out.at(previous).actors;
    out.append(c);
    state.previous = static_cast<int>(out.size() - 1);
}

// Merges the same happening told twice: same date, same kind, a shared actor.
void mergeRepeats(QList<Candidate> &out)
{
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (qsizetype j = out.size() - 1; j > i; --j) {
            const Candidate &b = out.at(j);
            const Candidate &a = out.at(i);
            const bool shared
                = std::any_of(b.actors.begin(), b.actors.end(), [&](int x) { return a.actors.contains(x); });
            if (a.proposal.kind == b.proposal.kind && sameDate(a.proposal, b.proposal) && shared) {
                mergeInto(out[i], b);
                out.removeAt(j);
            }
        }
    }
}

// Gives the candidate's proposal its title, its actors with their roles, and its words in order.
void finishProposal(Candidate &c, const ActorFinder &finder, const LanguageRules &rules)
{
    Proposal &p = c.proposal;
    if (p.title.contains(u"%1") || p.title.isEmpty())
        p.title = titleOf(c, finder, rules, p.title);
    bool speaker = false;
    for (int i : std::as_const(c.actors)) {
        const KnownActor &a = finder.actors().at(i);
        ProposalActor pa { a.name, a.kind, a.introducedTitle, a.fileId, c.roles.value(i) };
        // In a statement the first person named speaks and the others are spoken of.
        if (pa.role.isEmpty() && p.kind == u"statement" && a.kind == ActorKind::Person)
            pa.role = speaker ? QStringLiteral("subject") : QStringLiteral("speaker");
        if (pa.role.isEmpty())
            pa.role = QStringLiteral("participant");
        speaker = speaker || pa.role == u"speaker";
        p.actors.append(pa);
    }
    std::sort(p.words.begin(), p.words.end(),
              [](const TextSpan &x, const TextSpan &y) { return x.position < y.position; });
}

} // namespace

Extractor::Result Extractor::extract(const Article &article, const std::optional<QDate> &published, const Store *store,
                                     const QString &language)
{
    Result result;
    result.text = article.text();
    const LanguageRules *rules = LanguageRules::forLanguage(language);
    if (!rules) {
        result.error
            = QCoreApplication::translate("entente::Extractor", "There are no reading rules for \"%1\".").arg(language);
        return result;
    }
    if (!published || !published->isValid()) {
        result.error = QCoreApplication::translate(
            "entente::Extractor", "The article's publication date is not known: give it (--published YYYY-MM-DD).");
        return result;
    }
    const QString &text = result.text;
    ActorFinder finder(*rules, store ? store->actors() : QList<Actor>());
    const QList<ActorMention> mentions = finder.find(text, *published);
    const DateFinder dates(*rules);
    const qsizetype bodyStart = text.size() - article.body.size();
    const ArticleContext context { *rules, finder, mentions, dates, *published };
    ReadingState state;
    for (const SentenceSplitter::Sentence &sentence : SentenceSplitter::split(text, *rules))
        readSentence(state, sentence, text, bodyStart, context);
    QList<Candidate> &out = state.out;
    mergeRepeats(out);
    for (Candidate &c : out) {
        finishProposal(c, finder, *rules);
        if (store)
            matchExisting(c.proposal, *store);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Candidate &a, const Candidate &b) { return a.proposal.start < b.proposal.start; });
    for (const Candidate &c : std::as_const(out))
        result.proposals.append(c.proposal);
    return result;
}

void Extractor::matchExisting(Proposal &p, const Store &store)
{
    QSet<ActorId> ids;
    for (const ProposalActor &a : std::as_const(p.actors)) {
        if (a.existing != 0)
            ids.insert(a.existing);
    }
    if (ids.size() < 2)
        return;
    const FuzzyDate last = p.end.value_or(p.start);
    // Within the proposal's precision: a day matches that day, a month any day in it; an
    // approximate date also the unit before and after ("c. March 2022" matches April 2022).
    const std::int64_t unit = p.start.isApproximate() ? p.start.endSeconds() - p.start.startSeconds() : 0;
    const std::int64_t from = p.start.startSeconds() - unit;
    const std::int64_t to = last.endSeconds() + unit;
    // A long range ("later": years) matches only an event of the same kind.
    const bool wide = last.endSeconds() - p.start.startSeconds() > 62LL * 86400;
    int best = 0;
    for (const Event &e : store.events(store.eventsInRange(from, to))) {
        if (e.start.startSeconds() < from || e.start.startSeconds() >= to)
            continue;
        const auto shared = std::count_if(e.actors.begin(), e.actors.end(),
                                          [&](const EventActor &a) { return ids.contains(a.actorId); });
        const bool sameKind = e.kind.compare(p.kind, Qt::CaseInsensitive) == 0;
        if (shared < 2 || (wide && !sameKind))
            continue;
        const int score = static_cast<int>(shared) + (sameKind ? 2 : 0);
        if (score > best) {
            best = score;
            p.matches = e.id;
            p.matchTitle = e.title;
        }
    }
}

QJsonArray Extractor::toJson(const QList<Proposal> &proposals)
{
    QJsonArray out;
    for (const Proposal &p : proposals)
        out.append(p.toJson());
    return out;
}

} // namespace entente
