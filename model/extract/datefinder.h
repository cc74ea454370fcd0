#pragma once

#include "fuzzydate.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <map>
#include <optional>

namespace entente {

class LanguageRules;

// A date written in a sentence, resolved against the publication date (and, for "the day
// before" or "at the time", against the date the text is about).
struct DateMention
{
    enum class Role : std::uint8_t {
        Event, // the date of what the sentence tells
        Since, // "since the escalation of the war in 2022": the date of an earlier happening
        Later, // "later": after the date the text is about, before publication
        Continuation, // "at the time": the date the text is about
    };
    qsizetype position = 0;
    qsizetype length = 0;
    FuzzyDate start;
    std::optional<FuzzyDate> end;
    Role role = Role::Event;
    QString sincePhrase; // for Since: "the escalation of the war"
};

// Finds and resolves the dates of one sentence with a language's rules. Honest precision: "March
// 2022" is a month, "in 2022" a year, "earlier in the week" a range of days marked approximate.
// Phrases that measure time rather than date it ("the first meeting in three years", "a 30-day
// ceasefire") give nothing.
class DateFinder
{
public:
    explicit DateFinder(const LanguageRules &rules);

    struct Context
    {
        FuzzyDate start;
        std::optional<FuzzyDate> end;
    };

    QList<DateMention> find(const QString &sentence, const QDate &published,
                            const std::optional<Context> &context) const;

private:
    const LanguageRules &m_rules;
    QString m_month;
    QString m_weekday;
    QString m_number;
    QString m_unit;
    QString m_ordinal;
    QString m_from;
    QString m_to;
    // The patterns, compiled once per finder (a report has dozens of sentences).
    mutable std::map<QString, QRegularExpression> m_cache;
};

} // namespace entente
