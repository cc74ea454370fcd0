#pragma once

#include <QChar>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace entente {

// The lists inside one field of Entente CSV (docs/csv-format.md): actors and tags separated by
// ";", an actor's role in parentheses, a source's parts separated by "|". A backslash before
// one of \ ; | ( ) or a space, tab or line feed makes that character plain text, so every name
// survives a round trip: `A "quoted", actor\; with` is one actor. Any other backslash is
// itself (`C:\temp` reads as written). Spaces at either end of an item are dropped unless
// escaped.
class CsvList
{
public:
    // `item` escaped for a list field (its backslashes, separators, parentheses, edge spaces).
    static QString escape(const QString &item);
    // The items of `text` between unescaped `separator`s, still escaped; empty ones left out.
    static QStringList splitRaw(const QString &text, QChar separator);
    // An escaped item as text: escapes resolved, unescaped spaces at either end dropped.
    static QString unescape(const QString &raw);
    // Escaped items joined with "; ".
    static QString join(const QStringList &items);
    // The items of a ";" list, unescaped.
    static QStringList split(const QString &text);

    // "Vladimir Putin (proposer); Kyiv" -> {("Vladimir Putin", "proposer"), ("Kyiv", "")}.
    static QList<QPair<QString, QString>> parseActors(const QString &text);
    static QString actor(const QString &name, const QString &role);
    // "Reuters | Talks end | https://..." -> publisher, title, url (a lone http(s) link is a URL).
    static QStringList parseSource(const QString &raw);
    static QString source(const QString &publisher, const QString &title, const QString &url);
};

} // namespace entente
