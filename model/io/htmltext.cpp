#include "htmltext.h"

#include "textrule.h"

#include <QHash>
#include <QStringList>

namespace entente {

namespace {

QString entity(const QString &name)
{
    static const QHash<QString, QString> named = {
        { QStringLiteral("amp"), QStringLiteral("&") },    { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },     { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },   { QStringLiteral("nbsp"), QStringLiteral(" ") },
        { QStringLiteral("mdash"), QStringLiteral("—") },  { QStringLiteral("ndash"), QStringLiteral("–") },
        { QStringLiteral("hellip"), QStringLiteral("…") }, { QStringLiteral("rsquo"), QStringLiteral("’") },
        { QStringLiteral("lsquo"), QStringLiteral("‘") },  { QStringLiteral("rdquo"), QStringLiteral("”") },
        { QStringLiteral("ldquo"), QStringLiteral("“") },  { QStringLiteral("copy"), QStringLiteral("©") },
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code
            = name.startsWith(u"#x", Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return {};
    }
    return named.value(name);
}

bool isBlockTag(QStringView tag)
{
    static const QStringList blocks
        = { QStringLiteral("p"),          QStringLiteral("br"), QStringLiteral("div"), QStringLiteral("li"),
            QStringLiteral("ul"),         QStringLiteral("ol"), QStringLiteral("h1"),  QStringLiteral("h2"),
            QStringLiteral("h3"),         QStringLiteral("h4"), QStringLiteral("h5"),  QStringLiteral("h6"),
            QStringLiteral("blockquote"), QStringLiteral("tr") };
    return blocks.contains(tag.toString().toLower());
}

} // namespace

QString htmlToPlainText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0) {
                out += html.mid(i);
                break;
            }
            QStringView tag = QStringView(html).mid(i + 1, close - i - 1).trimmed();
            if (tag.startsWith(u'/'))
                tag = tag.mid(1);
            qsizetype end = 0;
            while (end < tag.size() && tag.at(end).isLetterOrNumber())
                ++end;
            if (isBlockTag(tag.left(end)))
                out += u'\n';
            i = close + 1;
        } else if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i);
            const QString decoded = semi > i && semi - i <= 10 ? entity(html.mid(i + 1, semi - i - 1)) : QString();
            if (decoded.isEmpty()) {
                out += c;
                ++i;
            } else {
                out += decoded;
                i = semi + 1;
            }
        } else {
            out += c;
            ++i;
        }
    }
    // Collapse blank space within lines and drop empty lines.
    QStringList lines;
    for (const QString &line : out.split(u'\n')) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines.append(simple);
    }
    // An entity may name a control character (&#7;): the text rule applies to what comes out.
    return TextRule::cleaned(lines.join(u'\n'));
}

} // namespace entente
