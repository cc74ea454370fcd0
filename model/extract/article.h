#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace entente {

// A news report as read from a file or pasted text: what the extraction works on. `body` is
// plain text, paragraphs separated by blank lines; the headline and dateline are kept apart.
struct Article
{
    QString headline;
    QString dateline; // "ISTANBUL, May 16 (Reuters) —", when the report has one
    QString body;
    QString outlet; // the publisher, when the file names it (HTML og:site_name, .eml From:)
    QString url;
    std::optional<QDate> published;
    QString publishedFrom; // where the date was found: "dateline", "meta", "Date header"

    // The text the proposals' offsets point into: headline, dateline and body.
    QString text() const;
};

// Reads reports from .txt, .md, .html and .eml files (nothing from the network). Every refusal
// is one sentence in `error`, and nothing is changed anywhere.
class ArticleReader
{
public:
    struct Result
    {
        std::optional<Article> article;
        QString error;
    };

    // Reports larger than this are refused: an article is a few hundred kilobytes at most.
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;
    // And its text at most this many characters (some 40,000 words): extraction stays quick.
    static constexpr qsizetype kMaxCharacters = 250'000;

    static Result readFile(const QString &path);
    // `format` is "txt", "md", "html" or "eml"; empty guesses from the bytes.
    static Result fromBytes(const QByteArray &bytes, const QString &format, const QString &name);
    static Result fromText(const QString &text);

    // Parts used by the format readers.
    static Result fromHtml(const QByteArray &bytes, const QString &name);
    static Result fromEml(const QByteArray &bytes, const QString &name);
    // Decodes bytes in `charset` (UTF-8 when empty); nullopt when they are not text in it.
    static std::optional<QString> decode(const QByteArray &bytes, const QByteArray &charset);
    // A date written in a dateline, a meta tag or a header: "2025-05-16", "May 16, 2025",
    // "16 May 2025", "Fri, 16 May 2025 10:00:00 +0000".
    static std::optional<QDate> parsePublished(const QString &text);
    // Finds a dateline at the start of `text` ("ISTANBUL, May 16, 2025 (Reuters) - ") and
    // returns its length, or 0.
    static qsizetype datelineLength(const QString &text);
};

} // namespace entente
