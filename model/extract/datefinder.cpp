#include "datefinder.h"

#include "languagerules.h"

#include <QRegularExpression>

#include <algorithm>

namespace entente {

namespace {

constexpr auto kCase = QRegularExpression::CaseInsensitiveOption;

FuzzyDate dayOf(const QDate &d, bool approximate = false)
{
    return FuzzyDate::day(d.year(), d.month(), d.day(), approximate);
}

QDate toQDate(const FuzzyDate &f)
{
    return QDate(f.yearNumber(), std::max(1, f.monthNumber()), std::max(1, f.dayNumber()));
}

struct Span
{
    qsizetype from;
    qsizetype to;
};

bool overlaps(const QList<Span> &spans, qsizetype from, qsizetype to)
{
    return std::any_of(spans.begin(), spans.end(), [&](const Span &s) { return from < s.to && s.from < to; });
}

// One sentence being searched for dates: what it is read against, and what has been found.
struct Scan
{
    const LanguageRules &rules;
    std::map<QString, QRegularExpression> &cache;
    const QString &s;
    const QDate &published;
    const std::optional<DateFinder::Context> &context;
    const QString &monthPattern;
    const QString &ordinalPattern;
    const QString &numberPattern;
    const QString &unitPattern;
    const QString &weekdayPattern;
    const QString &fromPattern;
    QString separator; // between the two ends of a range
    QList<DateMention> found;
    QList<Span> taken;

    // The month a word names, or 0.
    int monthNumber(const QString &word) const
    {
        if (rules.capitalizedMonths && !word.isEmpty() && word.at(0).isLower())
            return 0;
        return rules.months.value(word.toLower().remove(u'.'), 0);
    }

    // The number a word (digits or a number word) names, or 0.
    int numberOf(const QString &word) const
    {
        bool ok = false;
        const int n = word.toInt(&ok);
        return ok ? n : rules.numbers.value(word.toLower(), 0);
    }

    // Whether an "about"-like word comes right before `at`.
    bool approximateBefore(qsizetype at) const
    {
        const QString before = s.mid(std::max<qsizetype>(0, at - 16), std::min<qsizetype>(at, 16)).toLower();
        for (const QString &a : rules.approximate) {
            if (before.endsWith(a.toLower() + u' '))
                return true;
        }
        return false;
    }

    // The part of a month or year ("early", "late") before `at`, if any.
    QString partBefore(qsizetype at) const
    {
        const QString before = s.left(at).toLower();
        for (auto it = rules.partOfPeriod.begin(); it != rules.partOfPeriod.end(); ++it) {
            if (before.endsWith(it.key() + u' ') || before.endsWith(it.key() + u'-'))
                return it.value();
        }
        return {};
    }

    // The year of a day or month written without one: the publication's, or the year before when later.
    int yearFor(int month, int day) const
    {
        int year = published.year();
        const QDate candidate(year, month, std::max(1, day));
        if (candidate.isValid() && candidate > published.addDays(183))
            --year;
        return year;
    }

    // Records a valid date matched where no other date (or not-a-date) was, approximate after "about".
    void add(const QRegularExpressionMatch &m, FuzzyDate start, std::optional<FuzzyDate> end = {},
             DateMention::Role role = DateMention::Role::Event)
    {
        if (!start.isValid() || (end && !end->isValid()))
            return;
        if (overlaps(taken, m.capturedStart(), m.capturedEnd()))
            return;
        if (approximateBefore(m.capturedStart()) || !partBefore(m.capturedStart()).isEmpty()) {
            start.setApproximate(true);
            if (end)
                end->setApproximate(true);
        }
        taken.append({ m.capturedStart(), m.capturedEnd() });
        found.append({ m.capturedStart(), m.capturedLength(), start, end, role, {} });
    }

    // Calls `handle` with each match of `pattern` (as a whole word, compiled once) in the sentence.
    template<typename Handle>
    void each(const QString &pattern, const Handle &handle, QRegularExpression::PatternOptions options = kCase)
    {
        auto cached = cache.find(pattern);
        if (cached == cache.end()) {
            QRegularExpression compiled(QStringLiteral("(?<![\\w-])") + pattern + QStringLiteral("(?![\\w-])"),
                                        options | QRegularExpression::UseUnicodePropertiesOption);
            compiled.optimize();
            cached = cache.emplace(pattern, compiled).first;
        }
        auto it = cached->second.globalMatch(s);
        while (it.hasNext())
            handle(it.next());
    }

    // Calls `handle` with each match of a phrase of `map`, and the phrase's value.
    template<typename Map, typename Handle> void phrases(const Map &map, const Handle &handle)
    {
        for (auto it = map.begin(); it != map.end(); ++it)
            each(QRegularExpression::escape(it.key()),
                 [&](const QRegularExpressionMatch &m) { handle(m, it.value()); });
    }
};

// Marks the spans of the language's not-dates ("a 30-day ceasefire") as taken.
void takeNotDates(Scan &scan)
{
    for (const QRegularExpression &re : scan.rules.notDates) {
        auto it = re.globalMatch(scan.s);
        while (it.hasNext()) {
            const auto m = it.next();
            scan.taken.append({ m.capturedStart(), m.capturedEnd() });
        }
    }
}

// Finds ranges of days in one month: "from 23 to 25 May 2025", "23–25 May", "May 23–25, 2025".
void findDayRanges(Scan &scan)
{
    const QString &M = scan.monthPattern;
    const QString &O = scan.ordinalPattern;
    const QString &sep = scan.separator;
    // "from 23 to 25 May 2025", "23–25 May"
    scan.each(QStringLiteral("(?:(?:%1)\\s+)?(\\d{1,2})%2%3(\\d{1,2})%2\\s+(%4)\\.?(?:,?\\s+(\\d{4}))?")
                  .arg(scan.fromPattern, O, sep, M),
              [&](const QRegularExpressionMatch &m) {
                  const int month = scan.monthNumber(m.captured(3));
                  if (!month)
                      return;
                  const int year
                      = m.captured(4).isEmpty() ? scan.yearFor(month, m.captured(1).toInt()) : m.captured(4).toInt();
                  scan.add(m, FuzzyDate::fromParts(year, month, m.captured(1).toInt()),
                           FuzzyDate::fromParts(year, month, m.captured(2).toInt()));
              });
    // "May 23–25, 2025"
    scan.each(QStringLiteral("(%1)\\.?\\s+(\\d{1,2})%2%3(\\d{1,2})%2(?:,?\\s+(\\d{4}))?").arg(M, O, sep),
              [&](const QRegularExpressionMatch &m) {
                  const int month = scan.monthNumber(m.captured(1));
                  if (!month)
                      return;
                  const int year
                      = m.captured(4).isEmpty() ? scan.yearFor(month, m.captured(2).toInt()) : m.captured(4).toInt();
                  scan.add(m, FuzzyDate::fromParts(year, month, m.captured(2).toInt()),
                           FuzzyDate::fromParts(year, month, m.captured(3).toInt()));
              });
}

// Finds single days: "16 May 2025", "16 May", "May 16, 2025", "May 16".
void findDays(Scan &scan)
{
    const QString &M = scan.monthPattern;
    const QString &O = scan.ordinalPattern;
    // "16 May 2025", "16 May"
    scan.each(QStringLiteral("(\\d{1,2})%1\\s+(?:of\\s+)?(%2)\\.?(?:,?\\s+(\\d{4}))?").arg(O, M),
              [&](const QRegularExpressionMatch &m) {
                  const int month = scan.monthNumber(m.captured(2));
                  if (!month)
                      return;
                  const int year
                      = m.captured(3).isEmpty() ? scan.yearFor(month, m.captured(1).toInt()) : m.captured(3).toInt();
                  scan.add(m, FuzzyDate::fromParts(year, month, m.captured(1).toInt()));
              });
    // "May 16, 2025", "May 16"
    scan.each(QStringLiteral("(%1)\\.?\\s+(\\d{1,2})%2(?:,?\\s+(\\d{4}))?").arg(M, O),
              [&](const QRegularExpressionMatch &m) {
                  const int month = scan.monthNumber(m.captured(1));
                  if (!month)
                      return;
                  const int year
                      = m.captured(3).isEmpty() ? scan.yearFor(month, m.captured(2).toInt()) : m.captured(3).toInt();
                  scan.add(m, FuzzyDate::fromParts(year, month, m.captured(2).toInt()));
              });
}

// Finds months and years: "March 2022", "in April", "2022–2025", "in 2022".
void findMonthsAndYears(Scan &scan)
{
    const QString &M = scan.monthPattern;
    // "March 2022", "early March 2022"
    scan.each(QStringLiteral("(%1)\\.?,?\\s+(\\d{4})").arg(M), [&](const QRegularExpressionMatch &m) {
        const int month = scan.monthNumber(m.captured(1));
        if (month)
            scan.add(m, FuzzyDate::month(m.captured(2).toInt(), month));
    });
    // "in April": a month of the publication's year (or of the year before, when it is later)
    scan.each(QStringLiteral("(?:in|since|by|during|until|early|late|mid-?)\\s+(%1)(?!\\.?\\s*\\d)").arg(M),
              [&](const QRegularExpressionMatch &m) {
                  const int month = scan.monthNumber(m.captured(1));
                  if (month)
                      scan.add(m, FuzzyDate::month(scan.yearFor(month, 1), month));
              });
    // "2022–2025", "from 2022 to 2025"
    scan.each(QStringLiteral("(?:(?:%1)\\s+)?((?:1[89]|20)\\d{2})%2((?:1[89]|20)\\d{2})")
                  .arg(scan.fromPattern, scan.separator),
              [&](const QRegularExpressionMatch &m) {
                  scan.add(m, FuzzyDate::year(m.captured(1).toInt()), FuzzyDate::year(m.captured(2).toInt()));
              });
    // "in 2022", "2022"
    scan.each(QStringLiteral("((?:1[89]|20)\\d{2})(?!s)"), [&](const QRegularExpressionMatch &m) {
        if (m.capturedStart() > 0 && scan.s.at(m.capturedStart() - 1) == u',')
            return;
        scan.add(m, FuzzyDate::year(m.captured(1).toInt()));
    });
}

// Finds counted distances in time: "three years ago", "two days later".
void findCountedOffsets(Scan &scan)
{
    const QDate &published = scan.published;
    const std::optional<DateFinder::Context> &context = scan.context;
    // "three years ago"
    scan.each(QStringLiteral("(%1)\\s+(%2)\\s+(?:%3)")
                  .arg(scan.numberPattern, scan.unitPattern, LanguageRules::alternation(scan.rules.ago)),
              [&](const QRegularExpressionMatch &m) {
                  const int n = scan.numberOf(m.captured(1));
                  const QString unit = scan.rules.units.value(m.captured(2).toLower());
                  if (n <= 0)
                      return;
                  if (unit == u"day")
                      scan.add(m, dayOf(published.addDays(-n)));
                  else if (unit == u"week")
                      scan.add(m, dayOf(published.addDays(-7 * n), true));
                  else if (unit == u"month") {
                      const QDate d = published.addMonths(-n);
                      scan.add(m, FuzzyDate::month(d.year(), d.month()));
                  } else if (unit == u"year")
                      scan.add(m, FuzzyDate::year(published.year() - n));
                  else if (unit == u"decade")
                      scan.add(m, FuzzyDate::year(published.year() - 10 * n, true));
              });
    // "two days later" (after the date the text is about)
    scan.each(QStringLiteral("(%1)\\s+(%2)\\s+(?:%3)")
                  .arg(scan.numberPattern, scan.unitPattern, LanguageRules::alternation(scan.rules.later)),
              [&](const QRegularExpressionMatch &m) {
                  const QString unit = scan.rules.units.value(m.captured(2).toLower());
                  if (!context || context->start.precision() < FuzzyDate::Precision::Day || unit != u"day")
                      return;
                  scan.add(m, dayOf(toQDate(context->start).addDays(scan.numberOf(m.captured(1)))));
              });
}

// Finds weekdays relative to the publication: "on Friday", "last Friday", "next Monday".
void findWeekdays(Scan &scan)
{
    const LanguageRules &rules = scan.rules;
    const QDate &published = scan.published;
    scan.each(QStringLiteral("(?:(%1|%2|on)\\s+)?(%3)")
                  .arg(LanguageRules::alternation(rules.weekdayPrevious), LanguageRules::alternation(rules.weekdayNext),
                       scan.weekdayPattern),
              [&](const QRegularExpressionMatch &m) {
                  if (m.captured(2).at(0).isLower() && rules.capitalizedMonths)
                      return;
                  const int weekday = rules.weekdays.value(m.captured(2).toLower());
                  const QString modifier = m.captured(1).toLower();
                  int back = (published.dayOfWeek() - weekday + 7) % 7;
                  if (rules.weekdayNext.contains(modifier, Qt::CaseInsensitive))
                      scan.add(m,
                               dayOf(published.addDays((weekday - published.dayOfWeek() + 7) % 7 == 0
                                                           ? 7
                                                           : (weekday - published.dayOfWeek() + 7) % 7)));
                  else {
                      if (back == 0 && rules.weekdayPrevious.contains(modifier, Qt::CaseInsensitive))
                          back = 7;
                      scan.add(m, dayOf(published.addDays(-back)));
                  }
              });
}

// Finds the language's fixed phrases: day, week, month and year offsets ("yesterday", "last week").
void findPhrases(Scan &scan)
{
    const LanguageRules &rules = scan.rules;
    const QDate &published = scan.published;
    const std::optional<DateFinder::Context> &context = scan.context;
    scan.phrases(rules.dayOffsets,
                 [&](const QRegularExpressionMatch &m, int offset) { scan.add(m, dayOf(published.addDays(offset))); });
    scan.phrases(rules.contextDayOffsets, [&](const QRegularExpressionMatch &m, int offset) {
        if (context && context->start.precision() >= FuzzyDate::Precision::Day)
            scan.add(m, dayOf(toQDate(context->start).addDays(offset)));
    });
    scan.phrases(rules.weekPhrases, [&](const QRegularExpressionMatch &m, const QString &which) {
        if (which == u"earlier")
            scan.add(m, dayOf(published.addDays(-6), true), dayOf(published.addDays(-1), true));
        else if (which == u"this")
            scan.add(m, dayOf(published.addDays(-6), true), dayOf(published, true));
        else if (which == u"last")
            scan.add(m, dayOf(published.addDays(-13), true), dayOf(published.addDays(-7), true));
        else if (which == u"earlierMonth")
            scan.add(m, dayOf(QDate(published.year(), published.month(), 1), true), dayOf(published.addDays(-1), true));
    });
    scan.phrases(rules.monthOffsets, [&](const QRegularExpressionMatch &m, int offset) {
        const QDate d = published.addMonths(offset);
        scan.add(m, FuzzyDate::month(d.year(), d.month()));
    });
    scan.phrases(rules.yearOffsets, [&](const QRegularExpressionMatch &m, int offset) {
        scan.add(m, FuzzyDate::year(published.year() + offset));
    });
}

// Finds "later" (not "later this month"): some time after the date the text is about.
void findLater(Scan &scan)
{
    const std::optional<DateFinder::Context> &context = scan.context;
    scan.each(
        QStringLiteral("(?:%1)(?!\\s+(?:this|in|next|that day))").arg(LanguageRules::alternation(scan.rules.later)),
        [&](const QRegularExpressionMatch &m) {
            if (!context)
                return;
            const auto precision = std::min(context->start.precision(), FuzzyDate::Precision::Month);
            const FuzzyDate from = context->end.value_or(context->start).truncated(precision);
            const QDate p = scan.published;
            FuzzyDate to = precision == FuzzyDate::Precision::Year ? FuzzyDate::year(p.year(), true)
                                                                   : FuzzyDate::month(p.year(), p.month(), true);
            FuzzyDate start = from;
            start.setApproximate(true);
            if (to <= start)
                return;
            scan.add(m, start, to, DateMention::Role::Later);
        });
}

// Adds the context's date for "At the time, ..." at the start of the sentence.
void addContinuation(Scan &scan)
{
    const std::optional<DateFinder::Context> &context = scan.context;
    const QString &s = scan.s;
    for (const QString &c : scan.rules.continuation) {
        if (context && s.startsWith(c, Qt::CaseInsensitive) && s.size() > c.size() && s.at(c.size()) == u',') {
            scan.found.append({ 0, c.size(), context->start, context->end, DateMention::Role::Continuation, {} });
            break;
        }
    }
}

// Marks event dates after "since the escalation of the war in" as an earlier happening's, with its phrase.
void markSince(QList<DateMention> &found, const QString &s, const LanguageRules &rules)
{
    // "since the escalation of the war in 2022": the date of an earlier happening, not of this one.
    for (DateMention &d : found) {
        if (d.role != DateMention::Role::Event)
            continue;
        const QString before = s.left(d.position);
        for (const QString &word : rules.since) {
            const qsizetype at = before.lastIndexOf(
                QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)), kCase));
            if (at < 0)
                continue;
            const QString between = before.mid(at + word.size());
            if (between.contains(QRegularExpression(QStringLiteral("[,;:—–]"))) || between.count(u' ') > 9)
                continue;
            d.role = DateMention::Role::Since;
            QString phrase = between.trimmed();
            for (const QString &preposition : rules.prepositionsAfterPhrase) {
                if (phrase.endsWith(u' ' + preposition))
                    phrase.chop(preposition.size() + 1);
            }
            d.sincePhrase = phrase.trimmed();
            break;
        }
    }
}

} // namespace

DateFinder::DateFinder(const LanguageRules &rules)
    : m_rules(rules)
{
    m_month = LanguageRules::alternation(rules.months.keys());
    m_weekday = LanguageRules::alternation(rules.weekdays.keys());
    m_number = QStringLiteral("\\d{1,3}|") + LanguageRules::alternation(rules.numbers.keys());
    m_unit = LanguageRules::alternation(rules.units.keys());
    m_ordinal = QStringLiteral("(?:") + LanguageRules::alternation(rules.ordinalSuffixes) + QStringLiteral(")?");
    m_from = LanguageRules::alternation(rules.rangeFrom);
    m_to = LanguageRules::alternation(rules.rangeTo);
}

QList<DateMention> DateFinder::find(const QString &s, const QDate &published,
                                    const std::optional<Context> &context) const
{
    Scan scan { m_rules, m_cache,   s,         published,
                context, m_month,   m_ordinal, m_number,
                m_unit,  m_weekday, m_from,    QStringLiteral("\\s*(?:[–—-]|\\s(?:%1)\\s)\\s*").arg(m_to),
                {},      {} };
    takeNotDates(scan);
    findDayRanges(scan);
    findDays(scan);
    findMonthsAndYears(scan);
    findCountedOffsets(scan);
    findWeekdays(scan);
    findPhrases(scan);
    findLater(scan);
    addContinuation(scan);
    QList<DateMention> &found = scan.found;
    markSince(found, s, m_rules);
    std::sort(found.begin(), found.end(),
              [](const DateMention &a, const DateMention &b) { return a.position < b.position; });
    return found;
}

} // namespace entente
