// `entente extract FILE [--published YYYY-MM-DD] [--json] [--into DB]`: proposes the events a
// news report tells. --json prints them; --into writes them, unreviewed, as drafts (tagged
// "draft") that the window lists for checking; otherwise a short table is printed.
#include "command.h"

#include "document.h"
#include "extract/article.h"
#include "extract/extractor.h"
#include "extract/proposalwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace entente::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::cli", text, disambiguation, n);
}

} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A news report: .txt, .md, .html or .eml."));
    const QCommandLineOption publishedOption(QStringLiteral("published"),
                                             tr("The report's publication date, when the file does not give it."),
                                             QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the proposals as JSON."));
    const QCommandLineOption into(QStringLiteral("into"),
                                  tr("Write the proposals, unreviewed, into an Entente file as drafts."),
                                  QStringLiteral("DB"));
    parser.addOptions({ publishedOption, json, into });
    if (auto status = parseOrExit(parser, arguments, tr("Propose the events a news report tells.")))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("extract needs one file: entente extract FILE [--published YYYY-MM-DD] [--json] [--into DB]"));
    const QString path = parser.positionalArguments().constFirst();
    std::optional<QDate> published;
    if (parser.isSet(publishedOption)) {
        const QDate d = QDate::fromString(parser.value(publishedOption), Qt::ISODate);
        if (!d.isValid())
            return fail(tr("--published needs a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(publishedOption)));
        published = d;
    }
    const auto read = ArticleReader::readFile(path);
    if (!read.article)
        return fail(read.error);
    const Article &article = *read.article;
    if (!published)
        published = article.published;
    if (!published)
        return fail(tr("%1 does not say when it was published: give the date with --published YYYY-MM-DD.")
                        .arg(QFileInfo(path).fileName()));
    std::unique_ptr<Document> document;
    if (parser.isSet(into)) {
        auto opened = Document::open(parser.value(into), { false, true, true });
        if (!opened.document)
            return fail(opened.error);
        document = std::move(opened.document);
    }
    const auto result = Extractor::extract(article, published, document ? &document->store() : nullptr);
    if (!result.error.isEmpty())
        return fail(result.error);
    if (parser.isSet(json)) {
        const QJsonObject o { { QStringLiteral("published"), published->toString(Qt::ISODate) },
                              { QStringLiteral("headline"), article.headline },
                              { QStringLiteral("proposals"), Extractor::toJson(result.proposals) } };
        print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else if (!document) {
        QString table;
        for (const Proposal &p : result.proposals) {
            QString date = p.start.toIsoString();
            if (p.end)
                date += QStringLiteral("/") + p.end->toIsoString();
            table
                += date.leftJustified(24) + u' ' + claimStatusKey(p.status).leftJustified(10) + u' ' + p.title + u'\n';
        }
        print(table);
    }
    if (document) {
        const auto outcome
            = ProposalWriter::write(*document, result.proposals, article, *published, { QStringLiteral("draft") });
        if (!outcome.error.isEmpty())
            return fail(outcome.error);
        if (!parser.isSet(json))
            print(tr("%1: %2, %3, %4.\n")
                      .arg(QFileInfo(parser.value(into)).fileName(),
                           tr("%n draft event(s) added (tagged \"draft\")", nullptr, static_cast<int>(outcome.added)),
                           tr("%n event(s) given the report as a further source", nullptr,
                              static_cast<int>(outcome.sourced)),
                           tr("%n new actor(s)", nullptr, static_cast<int>(outcome.actors))));
    }
    return 0;
}

} // namespace entente::cli
