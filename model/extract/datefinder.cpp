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
    QList<DateMention> found;
    QList<Span> taken;
    for (const QRegularExpression &re : m_rules.notDates) {
        auto it = re.globalMatch(s);
        while (it.hasNext()) {
            const auto m = it.next();
            taken.append({ m.capturedStart(), m.capturedEnd() });
        }
    }
    const QString &M = m_month;
    const QString &O = m_ordinal;
    auto monthNumber = [&](const QString &word) -> int {
        if (m_rules.capitalizedMonths && !word.isEmpty() && word.at(0).isLower())
            return 0;
        return m_rules.months.value(word.toLower().remove(u'.'), 0);
    };
    auto number = [&](const QString &word) -> int {
        bool ok = false;
        const int n = word.toInt(&ok);
        return ok ? n : m_rules.numbers.value(word.toLower(), 0);
    };
    auto approximateBefore = [&](qsizetype at) {
        const QString before = s.mid(std::max<qsizetype>(0, at - 16), std::min<qsizetype>(at, 16)).toLower();
        for (const QString &a : m_rules.approximate) {
            if (before.endsWith(a.toLower() + u' '))
                return true;
        }
        return false;
    };
    // The part of a month or year ("early", "late") before `at`, if any.
    auto partBefore = [&](qsizetype at) -> QString {
        const QString before = s.left(at).toLower();
        for (auto it = m_rules.partOfPeriod.begin(); it != m_rules.partOfPeriod.end(); ++it) {
            if (before.endsWith(it.key() + u' ') || before.endsWith(it.key() + u'-'))
                return it.value();
        }
        return {};
    };
    auto yearFor = [&](int month, int day) {
        int year = published.year();
        const QDate candidate(year, month, std::max(1, day));
        if (candidate.isValid() && candidate > published.addDays(183))
            --year;
        return year;
    };
    auto add = [&](const QRegularExpressionMatch &m, FuzzyDate start, std::optional<FuzzyDate> end = {},
                   DateMention::Role role = DateMention::Role::Event) {
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
    };
    auto each = [&](const QString &pattern, const auto &handle, QRegularExpression::PatternOptions options = kCase) {
        auto cached = m_cache.find(pattern);
        if (cached == m_cache.end()) {
            QRegularExpression compiled(QStringLiteral("(?<![\\w-])") + pattern + QStringLiteral("(?![\\w-])"),
                                        options | QRegularExpression::UseUnicodePropertiesOption);
            compiled.optimize();
            cached = m_cache.emplace(pattern, compiled).first;
        }
        auto it = cached->second.globalMatch(s);
        while (it.hasNext())
            handle(it.next());
    };
    const QString sep = QStringLiteral("\\s*(?:[–—-]|\\s(?:%1)\\s)\\s*").arg(m_to);
    // "from 23 to 25 May 2025", "23–25 May"
    each(QStringLiteral("(?:(?:%1)\\s+)?(\\d{1,2})%2%3(\\d{1,2})%2\\s+(%4)\\.?(?:,?\\s+(\\d{4}))?")
             .arg(m_from, O, sep, M),
         [&](const QRegularExpressionMatch &m) {
             const int month = monthNumber(m.captured(3));
             if (!month)
                 return;
             const int year = m.captured(4).isEmpty() ? yearFor(month, m.captured(1).toInt()) : m.captured(4).toInt();
             add(m, FuzzyDate::fromParts(year, month, m.captured(1).toInt()),
                 FuzzyDate::fromParts(year, month, m.captured(2).toInt()));
         });
    // "May 23–25, 2025"
    each(QStringLiteral("(%1)\\.?\\s+(\\d{1,2})%2%3(\\d{1,2})%2(?:,?\\s+(\\d{4}))?").arg(M, O, sep),
         [&](const QRegularExpressionMatch &m) {
             const int month = monthNumber(m.captured(1));
             if (!month)
                 return;
             const int year = m.captured(4).isEmpty() ? yearFor(month, m.captured(2).toInt()) : m.captured(4).toInt();
             add(m, FuzzyDate::fromParts(year, month, m.captured(2).toInt()),
                 FuzzyDate::fromParts(year, month, m.captured(3).toInt()));
         });
    // "16 May 2025", "16 May"
    each(QStringLiteral("(\\d{1,2})%1\\s+(?:of\\s+)?(%2)\\.?(?:,?\\s+(\\d{4}))?").arg(O, M),
         [&](const QRegularExpressionMatch &m) {
             const int month = monthNumber(m.captured(2));
             if (!month)
                 return;
             const int year = m.captured(3).isEmpty() ? yearFor(month, m.captured(1).toInt()) : m.captured(3).toInt();
             add(m, FuzzyDate::fromParts(year, month, m.captured(1).toInt()));
         });
    // "May 16, 2025", "May 16"
    each(QStringLiteral("(%1)\\.?\\s+(\\d{1,2})%2(?:,?\\s+(\\d{4}))?").arg(M, O),
         [&](const QRegularExpressionMatch &m) {
             const int month = monthNumber(m.captured(1));
             if (!month)
                 return;
             const int year = m.captured(3).isEmpty() ? yearFor(month, m.captured(2).toInt()) : m.captured(3).toInt();
             add(m, FuzzyDate::fromParts(year, month, m.captured(2).toInt()));
         });
    // "March 2022", "early March 2022"
    each(QStringLiteral("(%1)\\.?,?\\s+(\\d{4})").arg(M), [&](const QRegularExpressionMatch &m) {
        const int month = monthNumber(m.captured(1));
        if (month)
            add(m, FuzzyDate::month(m.captured(2).toInt(), month));
    });
    // "in April": a month of the publication's year (or of the year before, when it is later)
    each(QStringLiteral("(?:in|since|by|during|until|early|late|mid-?)\\s+(%1)(?!\\.?\\s*\\d)").arg(M),
         [&](const QRegularExpressionMatch &m) {
             const int month = monthNumber(m.captured(1));
             if (month)
                 add(m, FuzzyDate::month(yearFor(month, 1), month));
         });
    // "2022–2025", "from 2022 to 2025"
    each(QStringLiteral("(?:(?:%1)\\s+)?((?:1[89]|20)\\d{2})%2((?:1[89]|20)\\d{2})").arg(m_from, sep),
         [&](const QRegularExpressionMatch &m) {
             add(m, FuzzyDate::year(m.captured(1).toInt()), FuzzyDate::year(m.captured(2).toInt()));
         });
    // "in 2022", "2022"
    each(QStringLiteral("((?:1[89]|20)\\d{2})(?!s)"), [&](const QRegularExpressionMatch &m) {
        if (m.capturedStart() > 0 && s.at(m.capturedStart() - 1) == u',')
            return;
        add(m, FuzzyDate::year(m.captured(1).toInt()));
    });
    // "three years ago"
    each(QStringLiteral("(%1)\\s+(%2)\\s+(?:%3)").arg(m_number, m_unit, LanguageRules::alternation(m_rules.ago)),
         [&](const QRegularExpressionMatch &m) {
             const int n = number(m.captured(1));
             const QString unit = m_rules.units.value(m.captured(2).toLower());
             if (n <= 0)
                 return;
             if (unit == u"day")
                 add(m, dayOf(published.addDays(-n)));
             else if (unit == u"week")
                 add(m, dayOf(published.addDays(-7 * n), true));
             else if (unit == u"month") {
                 const QDate d = published.addMonths(-n);
                 add(m, FuzzyDate::month(d.year(), d.month()));
             } else if (unit == u"year")
                 add(m, FuzzyDate::year(published.year() - n));
             else if (unit == u"decade")
                 add(m, FuzzyDate::year(published.year() - 10 * n, true));
         });
    // "two days later" (after the date the text is about)
    each(QStringLiteral("(%1)\\s+(%2)\\s+(?:%3)").arg(m_number, m_unit, LanguageRules::alternation(m_rules.later)),
         [&](const QRegularExpressionMatch &m) {
             const QString unit = m_rules.units.value(m.captured(2).toLower());
             if (!context || context->start.precision() < FuzzyDate::Precision::Day || unit != u"day")
                 return;
             add(m, dayOf(toQDate(context->start).addDays(number(m.captured(1)))));
         });
    // "on Friday", "last Friday", "next Monday"
    each(QStringLiteral("(?:(%1|%2|on)\\s+)?(%3)")
             .arg(LanguageRules::alternation(m_rules.weekdayPrevious), LanguageRules::alternation(m_rules.weekdayNext),
                  m_weekday),
         [&](const QRegularExpressionMatch &m) {
             if (m.captured(2).at(0).isLower() && m_rules.capitalizedMonths)
                 return;
             const int weekday = m_rules.weekdays.value(m.captured(2).toLower());
             const QString modifier = m.captured(1).toLower();
             int back = (published.dayOfWeek() - weekday + 7) % 7;
             if (m_rules.weekdayNext.contains(modifier, Qt::CaseInsensitive))
                 add(m,
                     dayOf(published.addDays((weekday - published.dayOfWeek() + 7) % 7 == 0
                                                 ? 7
                                                 : (weekday - published.dayOfWeek() + 7) % 7)));
             else {
                 if (back == 0 && m_rules.weekdayPrevious.contains(modifier, Qt::CaseInsensitive))
                     back = 7;
                 add(m, dayOf(published.addDays(-back)));
             }
         });
    auto phrases = [&](const auto &map, const auto &handle) {
        for (auto it = map.begin(); it != map.end(); ++it)
            each(QRegularExpression::escape(it.key()),
                 [&](const QRegularExpressionMatch &m) { handle(m, it.value()); });
    };
    phrases(m_rules.dayOffsets,
            [&](const QRegularExpressionMatch &m, int offset) { add(m, dayOf(published.addDays(offset))); });
    phrases(m_rules.contextDayOffsets, [&](const QRegularExpressionMatch &m, int offset) {
        if (context && context->start.precision() >= FuzzyDate::Precision::Day)
            add(m, dayOf(toQDate(context->start).addDays(offset)));
    });
    phrases(m_rules.weekPhrases, [&](const QRegularExpressionMatch &m, const QString &which) {
        if (which == u"earlier")
            add(m, dayOf(published.addDays(-6), true), dayOf(published.addDays(-1), true));
        else if (which == u"this")
            add(m, dayOf(published.addDays(-6), true), dayOf(published, true));
        else if (which == u"last")
            add(m, dayOf(published.addDays(-13), true), dayOf(published.addDays(-7), true));
        else if (which == u"earlierMonth")
            add(m, dayOf(QDate(published.year(), published.month(), 1), true), dayOf(published.addDays(-1), true));
    });
    phrases(m_rules.monthOffsets, [&](const QRegularExpressionMatch &m, int offset) {
        const QDate d = published.addMonths(offset);
        add(m, FuzzyDate::month(d.year(), d.month()));
    });
    phrases(m_rules.yearOffsets,
            [&](const QRegularExpressionMatch &m, int offset) { add(m, FuzzyDate::year(published.year() + offset)); });
    // "later" (not "later this month"): some time after the date the text is about.
    each(QStringLiteral("(?:%1)(?!\\s+(?:this|in|next|that day))").arg(LanguageRules::alternation(m_rules.later)),
         [&](const QRegularExpressionMatch &m) {
             if (!context)
                 return;
             const auto precision = std::min(context->start.precision(), FuzzyDate::Precision::Month);
             const FuzzyDate from = context->end.value_or(context->start).truncated(precision);
             const QDate p = published;
             FuzzyDate to = precision == FuzzyDate::Precision::Year ? FuzzyDate::year(p.year(), true)
                                                                    : FuzzyDate::month(p.year(), p.month(), true);
             FuzzyDate start = from;
             start.setApproximate(true);
             if (to <= start)
                 return;
             add(m, start, to, DateMention::Role::Later);
         });
    // "At the time, ..." at the start of the sentence: the date the text is about.
    for (const QString &c : m_rules.continuation) {
        if (context && s.startsWith(c, Qt::CaseInsensitive) && s.size() > c.size() && s.at(c.size()) == u',') {
            found.append({ 0, c.size(), context->start, context->end, DateMention::Role::Continuation, {} });
            break;
        }
    }
    // "since the escalation of the war in 2022": the date of an earlier happening, not of this one.
    for (DateMention &d : found) {
        if (d.role != DateMention::Role::Event)
            continue;
        const QString before = s.left(d.position);
        for (const QString &word : m_rules.since) {
            const qsizetype at = before.lastIndexOf(
                QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)), kCase));
            if (at < 0)
                continue;
            const QString between = before.mid(at + word.size());
            if (between.contains(QRegularExpression(QStringLiteral("[,;:—–]"))) || between.count(u' ') > 9)
                continue;
            d.role = DateMention::Role::Since;
            QString phrase = between.trimmed();
            for (const QString &preposition : m_rules.prepositionsAfterPhrase) {
                if (phrase.endsWith(u' ' + preposition))
                    phrase.chop(preposition.size() + 1);
            }
            d.sincePhrase = phrase.trimmed();
            break;
        }
    }
    std::sort(found.begin(), found.end(),
              [](const DateMention &a, const DateMention &b) { return a.position < b.position; });
    return found;
}

} // namespace entente
