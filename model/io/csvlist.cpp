#include "csvlist.h"

namespace entente {

namespace {

bool special(QChar c)
{
    return c == u'\\' || c == u';' || c == u'|' || c == u'(' || c == u')';
}

bool edgeSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

bool escapable(QChar c)
{
    return special(c) || edgeSpace(c);
}

// The position of the last unescaped `c` in `raw`, or -1.
qsizetype lastUnescaped(const QString &raw, QChar c)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == u'\\' && i + 1 < raw.size() && escapable(raw[i + 1]))
            ++i;
        else if (raw[i] == c)
            found = i;
    }
    return found;
}

// True when raw[i] follows an odd run of backslashes: an escaped character.
bool escapedAt(const QString &raw, qsizetype i)
{
    qsizetype n = 0;
    while (i - n - 1 >= 0 && raw[i - n - 1] == u'\\')
        ++n;
    return n % 2 == 1;
}

// `raw` without the unescaped white space at either end.
QString trimRaw(const QString &raw)
{
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && raw[begin].isSpace())
        ++begin;
    while (end > begin && raw[end - 1].isSpace() && !escapedAt(raw, end - 1))
        --end;
    return raw.mid(begin, end - begin);
}

bool isLink(const QString &text)
{
    return text.startsWith(u"http://") || text.startsWith(u"https://");
}

} // namespace

QString CsvList::escape(const QString &item)
{
    QString out;
    out.reserve(item.size() + 4);
    for (qsizetype i = 0; i < item.size(); ++i) {
        const QChar c = item[i];
        if (special(c) || (edgeSpace(c) && (i == 0 || i == item.size() - 1)))
            out += u'\\';
        out += c;
    }
    return out;
}

QStringList CsvList::splitRaw(const QString &text, QChar separator)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size() && escapable(text[i + 1])) {
            current += text[i];
            current += text[++i];
        } else if (text[i] == separator) {
            out.append(current);
            current.clear();
        } else {
            current += text[i];
        }
    }
    out.append(current);
    return out;
}

QString CsvList::unescape(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    qsizetype keepFrom = -1; // out[keepFrom] is the first escaped character
    qsizetype keepTo = -1; // out[keepTo] the last
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == u'\\' && i + 1 < raw.size() && escapable(raw[i + 1])) {
            out += raw[++i];
            keepTo = out.size() - 1;
            if (keepFrom < 0)
                keepFrom = keepTo;
        } else {
            out += raw[i];
        }
    }
    qsizetype begin = 0;
    qsizetype end = out.size();
    while (begin < end && out[begin].isSpace() && (keepFrom < 0 || begin < keepFrom))
        ++begin;
    while (end > begin && out[end - 1].isSpace() && end - 1 > keepTo)
        --end;
    return out.mid(begin, end - begin);
}

QString CsvList::join(const QStringList &items)
{
    QStringList escaped;
    escaped.reserve(items.size());
    for (const QString &item : items)
        escaped.append(escape(item));
    return escaped.join(QStringLiteral("; "));
}

QStringList CsvList::split(const QString &text)
{
    QStringList out;
    for (const QString &raw : splitRaw(text, u';')) {
        if (QString item = unescape(raw); !item.isEmpty())
            out.append(item);
    }
    return out;
}

QList<QPair<QString, QString>> CsvList::parseActors(const QString &text)
{
    QList<QPair<QString, QString>> out;
    for (const QString &part : splitRaw(text, u';')) {
        QString raw = trimRaw(part);
        QString role;
        // A role is the text in the last unescaped parentheses at the end.
        if (raw.endsWith(u')') && !escapedAt(raw, raw.size() - 1)) {
            const qsizetype open = lastUnescaped(raw, u'(');
            if (open > 0) {
                role = unescape(raw.mid(open + 1, raw.size() - open - 2));
                raw = raw.left(open);
            }
        }
        const QString name = unescape(raw);
        if (!name.isEmpty())
            out.append({ name, role });
    }
    return out;
}

QString CsvList::actor(const QString &name, const QString &role)
{
    return role.isEmpty() ? escape(name) : QStringLiteral("%1 (%2)").arg(escape(name), escape(role));
}

QStringList CsvList::parseSource(const QString &raw)
{
    const QString t = trimRaw(raw);
    const QStringList parts = splitRaw(t, u'|');
    if (parts.size() == 1 && isLink(t))
        return { QString(), QString(), unescape(t) };
    QStringList out;
    for (const QString &p : parts)
        out.append(unescape(p));
    while (out.size() < 3)
        out.append(QString());
    return out.mid(0, 3);
}

QString CsvList::source(const QString &publisher, const QString &title, const QString &url)
{
    // A lone link stands alone; anything else keeps its place ("| | file:///x" is a URL).
    if (publisher.isEmpty() && title.isEmpty() && isLink(url))
        return escape(url);
    QStringList parts { escape(publisher), escape(title), escape(url) };
    while (!parts.isEmpty() && parts.constLast().isEmpty())
        parts.removeLast();
    return parts.join(QStringLiteral(" | "));
}

} // namespace entente
