#pragma once

#include "article.h"
#include "proposal.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace entente {

class Store;

// Reads a news report and proposes the events it tells: one per happening, each with its date
// (resolved against the publication date, with honest precision), actors, kind, claim status,
// quotes and the article as source. Nothing is written: the reporter checks the proposals.
class Extractor
{
public:
    struct Result
    {
        QList<Proposal> proposals;
        QString text; // Article::text(), which the proposals' spans point into
        QString error;
    };

    // `store`, when given, lends its actors (names and aliases) and is searched for events that
    // the proposals report again. Returns an error when there is no publication date.
    static Result extract(const Article &article, const std::optional<QDate> &published, const Store *store = nullptr,
                          const QString &language = QStringLiteral("en"));

    static QJsonArray toJson(const QList<Proposal> &proposals);
    // Points `p` at an event of the file on the same day (within its precision) with two of its
    // actors, which it then reports again.
    static void matchExisting(Proposal &p, const Store &store);
};

} // namespace entente
