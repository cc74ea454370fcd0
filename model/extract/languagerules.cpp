#include "languagerules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <algorithm>
#include <map>

namespace entente {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.toString().isEmpty()) // an empty word would match everywhere
            out.append(v.toString());
    }
    return out;
}

QHash<QString, int> numberMap(const QJsonValue &value)
{
    QHash<QString, int> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key().toLower(), it.value().toInt());
    return out;
}

QHash<QString, QString> stringMap(const QJsonValue &value, bool lower = true)
{
    QHash<QString, QString> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(lower ? it.key().toLower() : it.key(), it.value().toString());
    return out;
}

void longestFirst(QStringList &list)
{
    std::stable_sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

} // namespace

QString LanguageRules::alternation(QStringList words)
{
    longestFirst(words);
    QStringList escaped;
    for (const QString &w : std::as_const(words))
        escaped.append(QRegularExpression::escape(w));
    return escaped.join(u'|');
}

QString LanguageRules::findPhrase(const QString &text, const QStringList &phrases, qsizetype *position)
{
    for (const QString &p : phrases) {
        if (p.isEmpty())
            continue;
        qsizetype from = 0;
        while (true) {
            const qsizetype i = text.indexOf(p, from, Qt::CaseInsensitive);
            if (i < 0)
                break;
            const bool startOk = i == 0 || !text.at(i - 1).isLetterOrNumber();
            const qsizetype e = i + p.size();
            const bool endOk = e >= text.size() || !text.at(e).isLetterOrNumber() || !p.back().isLetterOrNumber();
            if (startOk && endOk) {
                if (position)
                    *position = i;
                return p;
            }
            from = i + 1;
        }
    }
    return {};
}

std::unique_ptr<LanguageRules> LanguageRules::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return nullptr;
    }
    const QJsonObject o = doc.object();
    auto r = std::make_unique<LanguageRules>();
    r->language = o.value(u"language").toString();
    r->months = numberMap(o.value(u"months"));
    r->weekdays = numberMap(o.value(u"weekdays"));
    r->numbers = numberMap(o.value(u"numbers"));
    r->units = stringMap(o.value(u"units"));
    r->ago = strings(o.value(u"ago"));
    r->ordinalSuffixes = strings(o.value(u"ordinalSuffixes"));
    r->rangeFrom = strings(o.value(u"rangeWords").toObject().value(u"from"));
    r->rangeTo = strings(o.value(u"rangeWords").toObject().value(u"to"));
    r->weekdayPrevious = strings(o.value(u"weekdayModifiers").toObject().value(u"previous"));
    r->weekdayNext = strings(o.value(u"weekdayModifiers").toObject().value(u"next"));
    r->dayOffsets = numberMap(o.value(u"dayOffsets"));
    r->contextDayOffsets = numberMap(o.value(u"contextDayOffsets"));
    r->weekPhrases = stringMap(o.value(u"weekPhrases"));
    r->monthOffsets = numberMap(o.value(u"monthOffsets"));
    r->yearOffsets = numberMap(o.value(u"yearOffsets"));
    r->partOfPeriod = stringMap(o.value(u"partOfPeriod"));
    r->approximate = strings(o.value(u"approximate"));
    r->later = strings(o.value(u"later"));
    r->continuation = strings(o.value(u"continuation"));
    r->since = strings(o.value(u"since"));
    r->prepositionsAfterPhrase = strings(o.value(u"prepositionsAfterPhrase"));
    r->articles = strings(o.value(u"articles"));
    r->hostWords = strings(o.value(u"hostWords"));
    r->capitalizedMonths = o.value(u"capitalizedMonths").toBool();
    for (const QString &p : strings(o.value(u"notDates")))
        r->notDates.append(QRegularExpression(p, QRegularExpression::CaseInsensitiveOption));
    r->titles = strings(o.value(u"titles"));
    r->titleModifiers = strings(o.value(u"titleModifiers"));
    r->keptModifiers = strings(o.value(u"keptModifiers"));
    r->roleWords = strings(o.value(u"roleWords"));
    r->abbreviations = strings(o.value(u"abbreviations"));
    const QJsonObject hedges = o.value(u"hedges").toObject();
    r->alleged = strings(hedges.value(u"alleged"));
    r->reported = strings(hedges.value(u"reported"));
    r->denied = strings(hedges.value(u"denied"));
    r->disputed = strings(hedges.value(u"disputed"));
    r->confirmations = strings(o.value(u"confirmations"));
    r->commentary = strings(o.value(u"commentary"));
    r->backReferences = strings(o.value(u"backReferences"));
    r->groupReferences = stringMap(o.value(u"groupReferences"));
    for (const QJsonValue &k : o.value(u"kinds").toArray()) {
        KindRule rule { k.toObject().value(u"kind").toString(), strings(k.toObject().value(u"words")),
                        k.toObject().value(u"title").toString() };
        longestFirst(rule.words);
        r->kinds.append(rule);
    }
    r->titleJoiner = o.value(u"titleJoiner").toString(QStringLiteral("–"));
    r->demonyms = stringMap(o.value(u"demonyms"), false);
    for (QStringList *list :
         { &r->titles, &r->titleModifiers, &r->roleWords, &r->alleged, &r->reported, &r->denied, &r->disputed,
           &r->confirmations, &r->commentary, &r->backReferences, &r->approximate, &r->later, &r->continuation })
        longestFirst(*list);
    if (r->months.isEmpty() || r->kinds.isEmpty()) {
        if (error)
            *error = QStringLiteral("no months or kinds");
        return nullptr;
    }
    return r;
}

const LanguageRules *LanguageRules::forLanguage(const QString &language)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<LanguageRules>> loaded;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it != loaded.end())
        return it->second.get();
    QFile file(QStringLiteral(":/extract/%1.json").arg(language));
    std::unique_ptr<LanguageRules> rules;
    if (file.open(QIODevice::ReadOnly))
        rules = fromJson(file.readAll());
    const LanguageRules *result = rules.get();
    loaded.emplace(language, std::move(rules));
    return result;
}

QStringList LanguageRules::languages()
{
    QStringList out;
    for (const QString &name : QDir(QStringLiteral(":/extract")).entryList({ QStringLiteral("*.json") })) {
        if (name != u"actors.json")
            out.append(name.chopped(5));
    }
    return out;
}

} // namespace entente
