#include "article.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <climits>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::ArticleReader", text, disambiguation, n);
}

bool looksBinary(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 9 || (c > 13 && c < 32))
            ++control;
    }
    return n > 0 && control * 20 > n;
}

// "Published: 16 May 2025", "Date: 2025-05-16", "By Jane Doe | May 16, 2025" in the first lines.
std::optional<QDate> publishedLine(const QString &line)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:published|posted|date|updated|by [^|]*\\|)\\s*:?\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString bare = line.trimmed();
    while (!bare.isEmpty() && (bare.front() == u'*' || bare.front() == u'_'))
        bare.remove(0, 1);
    while (!bare.isEmpty() && (bare.back() == u'*' || bare.back() == u'_'))
        bare.chop(1);
    const auto m = label.match(bare);
    if (!m.hasMatch())
        return std::nullopt;
    return ArticleReader::parsePublished(m.captured(1));
}

} // namespace

QString Article::text() const
{
    QString t;
    if (!headline.isEmpty())
        t += headline + QStringLiteral("\n\n");
    if (!dateline.isEmpty())
        t += dateline + u' ';
    t += body;
    return t;
}

std::optional<QString> ArticleReader::decode(const QByteArray &bytes, const QByteArray &charset)
{
    QByteArray name = charset.trimmed().toLower();
    if (name.isEmpty() || name == "us-ascii" || name == "ascii")
        name = "utf-8";
    auto encoding = QStringConverter::encodingForName(name.constData());
    QString text;
    if (encoding) {
        QStringDecoder decoder(*encoding, QStringConverter::Flag::Stateless);
        text = decoder(bytes);
        if (decoder.hasError())
            return std::nullopt;
    } else if (name == "windows-1252" || name == "cp1252") {
        text = QString::fromLatin1(bytes); // near enough for the Latin letters of a report
    } else {
        QStringDecoder decoder(name.constData());
        if (!decoder.isValid())
            return std::nullopt;
        text = decoder(bytes);
        if (decoder.hasError())
            return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

std::optional<QDate> ArticleReader::parsePublished(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression iso(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})"));
    if (const auto m = iso.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
    }
    const QDateTime rfc = QDateTime::fromString(text, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.date();
    static const QRegularExpression dmy(QStringLiteral("\\b(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b"));
    static const QRegularExpression mdy(
        QStringLiteral("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"));
    const QLocale c = QLocale::c();
    auto monthOf = [&](const QString &word) {
        for (int m = 1; m <= 12; ++m) {
            if (word.compare(c.monthName(m), Qt::CaseInsensitive) == 0
                || word.left(3).compare(c.monthName(m, QLocale::ShortFormat), Qt::CaseInsensitive) == 0)
                return m;
        }
        return 0;
    };
    if (const auto m = dmy.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), monthOf(m.captured(2)), m.captured(1).toInt());
        if (d.isValid())
            return d;
    }
    if (const auto m = mdy.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), monthOf(m.captured(1)), m.captured(2).toInt());
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

qsizetype ArticleReader::datelineLength(const QString &text)
{
    // A place in capitals, an optional date, an optional agency in brackets, then a dash.
    static const QRegularExpression dateline(
        QStringLiteral("^\\s*([A-Z][A-Z .'\\-]{1,40}(?:, [A-Z][A-Za-z .]{1,30})?)"
                       "(?:,\\s*([A-Z][a-z]{2,8}\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} [A-Z][a-z]{2,8}(?: \\d{4})?))?"
                       "\\s*(?:\\(([^)]{1,40})\\))?\\s*[—–-]{1,2}\\s+"));
    const auto m = dateline.match(text);
    return m.hasMatch() ? m.capturedLength(0) : 0;
}

ArticleReader::Result ArticleReader::fromText(const QString &input)
{
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.trimmed().isEmpty())
        return { std::nullopt, tr("The article holds no text.") };
    Article article;
    QStringList lines = text.split(u'\n');
    // Leading lines: a Markdown or short headline, and labelled date lines.
    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first < lines.size()) {
        QString head = lines.at(first).trimmed();
        const bool markdown = head.startsWith(u'#');
        while (head.startsWith(u'#'))
            head.remove(0, 1);
        head = head.trimmed();
        const bool shortLine = head.size() < 160 && !head.endsWith(u'.');
        const bool followedByBreak = first + 1 >= lines.size() || lines.at(first + 1).trimmed().isEmpty()
            || publishedLine(lines.at(first + 1)).has_value();
        if (markdown || (shortLine && followedByBreak && lines.size() > first + 1)) {
            article.headline = head;
            ++first;
        }
    }
    QStringList bodyLines;
    for (qsizetype i = first; i < lines.size(); ++i) {
        if (bodyLines.join(QString()).trimmed().isEmpty() && !article.published) {
            if (auto d = publishedLine(lines.at(i))) {
                article.published = d;
                article.publishedFrom = QStringLiteral("date line");
                continue;
            }
        }
        bodyLines.append(lines.at(i));
    }
    QString body = bodyLines.join(u'\n').trimmed();
    if (const qsizetype n = datelineLength(body); n > 0) {
        article.dateline = body.left(n).trimmed();
        body = body.mid(n);
        if (!article.published) {
            if (auto d = parsePublished(article.dateline)) {
                article.published = d;
                article.publishedFrom = QStringLiteral("dateline");
            }
        }
    }
    article.body = body;
    if (article.body.trimmed().isEmpty())
        return { std::nullopt, tr("The article holds no text.") };
    return { article, {} };
}

ArticleReader::Result ArticleReader::fromBytes(const QByteArray &bytes, const QString &format, const QString &name)
{
    if (bytes.trimmed().isEmpty())
        return { std::nullopt, tr("%1 is empty.").arg(name) };
    if (bytes.size() > kMaxBytes)
        return { std::nullopt,
                 tr("%1 is too large to be an article (%2 MB; a report is at most %3 MB).")
                     .arg(name)
                     .arg(static_cast<double>(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                     .arg(kMaxBytes / (1024 * 1024)) };
    if (looksBinary(bytes))
        return { std::nullopt, tr("%1 is not a text article: it holds binary data.").arg(name) };
    QString fmt = format.toLower();
    if (fmt.isEmpty()) {
        const QByteArray head = bytes.left(2048).toLower();
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>"))
            fmt = QStringLiteral("html");
        else if (head.startsWith("from:") || head.startsWith("date:") || head.startsWith("received:")
                 || head.startsWith("mime-version:") || head.startsWith("subject:") || head.startsWith("return-path:"))
            fmt = QStringLiteral("eml");
        else
            fmt = QStringLiteral("txt");
    }
    Result result;
    if (fmt == u"html" || fmt == u"htm") {
        result = fromHtml(bytes, name);
    } else if (fmt == u"eml") {
        result = fromEml(bytes, name);
    } else {
        const auto text = decode(bytes, {});
        if (!text)
            return { std::nullopt, tr("%1 is not UTF-8 text; save it as UTF-8 and try again.").arg(name) };
        result = fromText(*text);
        if (!result.article)
            result.error = tr("%1 holds no article text.").arg(name);
    }
    // A page's markup may be large; its text is one report, not a book.
    if (result.article && result.article->text().size() > kMaxCharacters)
        return { std::nullopt,
                 tr("%1 holds %n character(s) of text: more than one report (at most %2).", nullptr,
                    static_cast<int>(std::min<qsizetype>(result.article->text().size(), INT_MAX)))
                     .arg(name)
                     .arg(kMaxCharacters) };
    return result;
}

ArticleReader::Result ArticleReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return { std::nullopt, tr("%1 does not exist.").arg(path) };
    if (info.isDir())
        return { std::nullopt, tr("%1 is a folder, not an article.").arg(path) };
    if (info.size() > kMaxBytes)
        return { std::nullopt,
                 tr("%1 is too large to be an article (%2 MB; a report is at most %3 MB).")
                     .arg(name)
                     .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                     .arg(kMaxBytes / (1024 * 1024)) };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { std::nullopt, tr("%1 cannot be read: %2.").arg(name, file.errorString()) };
    const QByteArray bytes = file.readAll();
    QString suffix = info.suffix().toLower();
    if (suffix == u"markdown" || suffix == u"text")
        suffix = QStringLiteral("txt");
    if (suffix != u"txt" && suffix != u"md" && suffix != u"html" && suffix != u"htm" && suffix != u"eml")
        suffix.clear();
    return fromBytes(bytes, suffix, name);
}

} // namespace entente
