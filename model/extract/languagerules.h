#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace entente {

// The words an extraction needs for one language, read from resources/extract/LANG.json (compiled
// in as :/extract/LANG.json): month and weekday names, relative-date phrases, titles, hedges and
// the verbs that tell an event's kind. A new language is a new file, not new code.
class LanguageRules
{
public:
    struct KindRule
    {
        QString kind;
        QStringList words;
        QString title; // "%1 talks"
    };

    // The rules of `language` ("en"); nullptr when there is no file for it. Loaded once.
    static const LanguageRules *forLanguage(const QString &language);
    static QStringList languages();
    // Reads rules from a JSON document; nullptr with `error` set when it is not one.
    static std::unique_ptr<LanguageRules> fromJson(const QByteArray &json, QString *error = nullptr);

    QString language;
    QHash<QString, int> months; // lower case → 1..12
    QHash<QString, int> weekdays; // lower case → 1 (Monday)..7
    QHash<QString, int> numbers; // "three" → 3
    QHash<QString, QString> units; // "years" → "year"
    QStringList ago;
    QStringList ordinalSuffixes;
    QStringList rangeFrom;
    QStringList rangeTo;
    QStringList weekdayPrevious;
    QStringList weekdayNext;
    QHash<QString, int> dayOffsets; // from the publication date
    QHash<QString, int> contextDayOffsets; // from the date the text is about
    QHash<QString, QString> weekPhrases; // "earlier in the week" → "earlier"
    QHash<QString, int> monthOffsets;
    QHash<QString, int> yearOffsets;
    QHash<QString, QString> partOfPeriod; // "early" → "early"
    QStringList approximate;
    QStringList later;
    QStringList continuation;
    QStringList since;
    QStringList prepositionsAfterPhrase; // "in" of "the escalation of the war in 2022"
    QStringList articles; // "the", "this": before a noun that points back
    QStringList hostWords; // "hosted": the actor named before hosts
    bool capitalizedMonths = false; // "May" the month, "may" the verb
    QList<QRegularExpression> notDates;
    QStringList titles; // longest first
    QStringList titleModifiers;
    QStringList keptModifiers; // part of the title: "Deputy", "Former" ("then-" is not)
    QStringList roleWords;
    QStringList abbreviations;
    QStringList alleged;
    QStringList reported;
    QStringList denied;
    QStringList disputed;
    QStringList confirmations;
    QStringList commentary;
    QStringList backReferences;
    QHash<QString, QString> groupReferences; // "the two leaders" → "person": the two named before
    QList<KindRule> kinds;
    QString titleJoiner;
    QHash<QString, QString> demonyms; // "Turkish" → "Türkiye"

    // An alternation of `words` for a regular expression, longest first, escaped.
    static QString alternation(QStringList words);
    // Whether `text` contains one of `phrases` as whole words (case-insensitive); the first found.
    static QString findPhrase(const QString &text, const QStringList &phrases, qsizetype *position = nullptr);
};

} // namespace entente
