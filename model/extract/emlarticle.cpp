// Reports saved from a mail client (.eml, RFC 5322 with MIME): the Subject is the headline, the
// Date header the publication date, the From the outlet; the body is the text/plain part (else
// the text/html one), quoted-printable or base64, in its declared charset.
#include "article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QRegularExpression>

namespace entente {

namespace {

using Headers = QMap<QByteArray, QByteArray>;

// Splits a message (or a MIME part) into its unfolded headers and its body.
std::pair<Headers, QByteArray> splitPart(const QByteArray &part)
{
    QByteArray normalized = part;
    normalized.replace("\r\n", "\n");
    qsizetype end = normalized.indexOf("\n\n");
    if (end < 0)
        end = normalized.size();
    Headers headers;
    QByteArray current;
    auto flush = [&] {
        const qsizetype colon = current.indexOf(':');
        if (colon > 0)
            headers.insert(current.left(colon).trimmed().toLower(), current.mid(colon + 1).trimmed());
        current.clear();
    };
    for (const QByteArray &line : normalized.left(end).split('\n')) {
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t'))
            current += ' ' + line.trimmed();
        else {
            flush();
            current = line;
        }
    }
    flush();
    return { headers, end < normalized.size() ? normalized.mid(end + 2) : QByteArray() };
}

QByteArray parameter(const QByteArray &header, const char *name)
{
    const QRegularExpression re(QStringLiteral("%1\\s*=\\s*\"?([^\";]+)\"?").arg(QLatin1String(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(header));
    return m.hasMatch() ? m.captured(1).trimmed().toLatin1() : QByteArray();
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 1 < in.size() && in.at(i + 1) == '\n') {
            ++i;
        } else if (c == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += static_cast<char>(v);
                i += 2;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray transferDecoded(const Headers &headers, const QByteArray &body)
{
    const QByteArray encoding = headers.value("content-transfer-encoding").toLower();
    if (encoding == "base64")
        return QByteArray::fromBase64(body.simplified().replace(' ', ""));
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(body);
    return body;
}

// "=?utf-8?B?...?=" and "=?utf-8?Q?...?=" words in a header.
QString decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        QByteArray raw = m.captured(3).toLatin1();
        raw = m.captured(2).compare(u"B", Qt::CaseInsensitive) == 0 ? QByteArray::fromBase64(raw)
                                                                    : decodeQuotedPrintable(raw.replace('_', ' '));
        out += ArticleReader::decode(raw, m.captured(1).toLatin1()).value_or(QString::fromLatin1(raw));
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out.simplified();
}

struct Part
{
    Headers headers;
    QByteArray body;
};

// The first text/plain part, else the first text/html part, of a (nested) multipart body.
std::optional<Part> textPart(const Headers &headers, const QByteArray &body, int depth = 0)
{
    const QByteArray type = headers.value("content-type", "text/plain").toLower();
    if (!type.startsWith("multipart/"))
        return Part { headers, body };
    const QByteArray boundary = parameter(headers.value("content-type"), "boundary");
    if (boundary.isEmpty() || depth > 5)
        return std::nullopt;
    std::optional<Part> html;
    const QByteArray marker = QByteArray("--") + boundary;
    qsizetype at = body.indexOf(marker);
    QList<QByteArray> chunks;
    while (at >= 0) {
        const qsizetype next = body.indexOf(marker, at + marker.size());
        chunks.append(body.mid(at + marker.size(), next < 0 ? -1 : next - at - marker.size()));
        at = next;
    }
    for (const QByteArray &chunk : std::as_const(chunks)) {
        QByteArray piece = chunk;
        if (piece.startsWith("--"))
            break;
        while (piece.startsWith('\n'))
            piece.remove(0, 1);
        const auto [h, b] = splitPart(piece);
        if (h.isEmpty())
            continue;
        const auto inner = textPart(h, b, depth + 1);
        if (!inner)
            continue;
        const QByteArray t = inner->headers.value("content-type", "text/plain").toLower();
        if (t.startsWith("text/plain"))
            return inner;
        if (t.startsWith("text/html") && !html)
            html = inner;
    }
    return html;
}

} // namespace

ArticleReader::Result ArticleReader::fromEml(const QByteArray &bytes, const QString &name)
{
    const auto [headers, body] = splitPart(bytes);
    if (headers.isEmpty())
        return { std::nullopt,
                 QCoreApplication::translate("entente::ArticleReader", "%1 is not an e-mail message.").arg(name) };
    const auto part = textPart(headers, body);
    if (!part)
        return { std::nullopt,
                 QCoreApplication::translate("entente::ArticleReader", "%1 has no text part.").arg(name) };
    const QByteArray content = transferDecoded(part->headers, part->body);
    const QByteArray type = part->headers.value("content-type", "text/plain").toLower();
    Result result;
    if (type.startsWith("text/html")) {
        result = fromHtml(content, name);
    } else {
        const auto text = decode(content, parameter(part->headers.value("content-type"), "charset"));
        if (!text)
            return { std::nullopt,
                     QCoreApplication::translate("entente::ArticleReader",
                                                 "%1 is not in the character set it declares.")
                         .arg(name) };
        result = fromText(*text);
    }
    if (!result.article)
        return result;
    Article &article = *result.article;
    if (const QByteArray subject = headers.value("subject"); !subject.isEmpty()) {
        if (!article.headline.isEmpty())
            article.body = article.headline + QStringLiteral("\n\n") + article.body;
        article.headline = decodeHeader(subject);
    }
    if (const QByteArray from = headers.value("from"); !from.isEmpty() && article.outlet.isEmpty()) {
        QString outlet = decodeHeader(from);
        if (const qsizetype lt = outlet.indexOf(u'<'); lt > 0)
            outlet = outlet.left(lt).trimmed().remove(u'"');
        article.outlet = outlet;
    }
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(headers.value("date")), Qt::RFC2822Date);
    if (date.isValid()) {
        article.published = date.date();
        article.publishedFrom = QStringLiteral("Date header");
    }
    return result;
}

} // namespace entente
