#include "eventfilter.h"

#include <QJsonArray>

namespace entente {

bool EventFilter::isEmpty() const
{
    return !from && !to && actors.isEmpty() && kinds.isEmpty() && statuses.isEmpty() && tags.isEmpty()
        && toFtsQuery(text).isEmpty();
}

QJsonObject EventFilter::toJson() const
{
    QJsonObject o;
    if (from)
        o.insert(QStringLiteral("from"), QString::number(*from));
    if (to)
        o.insert(QStringLiteral("to"), QString::number(*to));
    QJsonArray a;
    for (ActorId id : actors)
        a.append(QString::number(id));
    if (!a.isEmpty())
        o.insert(QStringLiteral("actors"), a);
    if (!kinds.isEmpty())
        o.insert(QStringLiteral("kinds"), QJsonArray::fromStringList(kinds));
    QStringList s;
    for (ClaimStatus st : statuses)
        s.append(claimStatusKey(st));
    if (!s.isEmpty())
        o.insert(QStringLiteral("statuses"), QJsonArray::fromStringList(s));
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    return o;
}

EventFilter EventFilter::fromJson(const QJsonObject &o)
{
    EventFilter f;
    bool ok = false;
    if (const qint64 v = o.value(QStringLiteral("from")).toString().toLongLong(&ok); ok)
        f.from = v;
    if (const qint64 v = o.value(QStringLiteral("to")).toString().toLongLong(&ok); ok)
        f.to = v;
    for (const auto &v : o.value(QStringLiteral("actors")).toArray()) {
        if (const qint64 id = v.toString().toLongLong(&ok); ok)
            f.actors.append(id);
    }
    for (const auto &v : o.value(QStringLiteral("kinds")).toArray())
        f.kinds.append(v.toString());
    for (const auto &v : o.value(QStringLiteral("statuses")).toArray()) {
        if (auto st = claimStatusFromKey(v.toString()))
            f.statuses.append(*st);
    }
    for (const auto &v : o.value(QStringLiteral("tags")).toArray())
        f.tags.append(v.toString());
    f.text = o.value(QStringLiteral("text")).toString();
    return f;
}

namespace {

// What the search index's tokenizer (unicode61) takes as part of a word: letters and numbers
// of Unicode 6.1. Anything else separates words, and is never part of one here, so each quoted
// word is one token: the index keeps no word positions (Schema), and a phrase of two tokens
// ("cease_fire" would be one) is an error for it.
bool isWordCharacter(char32_t c)
{
    if (!QChar::isLetterOrNumber(c))
        return false;
    const QChar::UnicodeVersion version = QChar::unicodeVersion(c);
    return version != QChar::Unicode_Unassigned && version <= QChar::Unicode_6_1;
}

// The index's tokenizer folds İ and I to i but keeps the dotless ı apart, so "ıstanbul" would
// miss İstanbul and "diyarbakir" Diyarbakır. A word with these letters asks for each way of
// writing them (up to 16; past four of them, all dotted or all dotless), as prefixes.
QString dottedAndDotless(const QString &word)
{
    auto isI = [](QChar c) { return c == u'i' || c == u'I' || c == u'ı' || c == u'İ'; };
    QList<qsizetype> at;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (isI(word[i]))
            at.append(i);
    }
    if (at.isEmpty())
        return u'"' + word + QStringLiteral("\"*");
    QStringList variants;
    const bool every = at.size() <= 4;
    const int count = every ? 1 << at.size() : 2;
    for (int bits = 0; bits < count; ++bits) {
        QString v = word;
        for (qsizetype k = 0; k < at.size(); ++k) {
            const bool dotless = every ? ((bits >> k) & 1) != 0 : bits == 1;
            v[at[k]] = dotless ? u'ı' : u'i';
        }
        variants.append(u'"' + v + QStringLiteral("\"*"));
    }
    return u'(' + variants.join(QStringLiteral(" OR ")) + u')';
}

} // namespace

QString toFtsQuery(const QString &text)
{
    // Words are letters and digits; everything else (quotes, operators, parentheses) separates
    // them, so no user input can form FTS5 syntax.
    QStringList parts;
    QString word;
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        // Every word may be the start of a longer one: "zelen" finds Zelensky as you type.
        parts.append(dottedAndDotless(word));
        word.clear();
    };
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const char32_t c = codePoint;
        if (isWordCharacter(c))
            word += QString::fromUcs4(&c, 1);
        else
            endWord();
    }
    endWord();
    // An explicit AND: FTS5 joins a group in parentheses to its neighbours with no implicit one.
    return parts.join(QStringLiteral(" AND "));
}

} // namespace entente
