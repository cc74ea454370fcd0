#pragma once

#include "claimstatus.h"
#include "event.h"
#include "fuzzydate.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

// A stretch of the article's text (Article::text()).
struct TextSpan
{
    qsizetype position = 0;
    qsizetype length = 0;
    bool operator==(const TextSpan &) const = default;
};

struct ProposalActor
{
    QString name;
    ActorKind kind = ActorKind::Person;
    QString title; // for a person new to the file: "Foreign Minister of Türkiye"
    ActorId existing = 0; // the file's actor, when it has one
    QString role; // "host", "speaker", "participant"
    bool operator==(const ProposalActor &) const = default;
};

// A draft event read from a report, for the reporter to check: one per happening, with the
// sentences it rests on.
struct Proposal
{
    QString title;
    FuzzyDate start;
    std::optional<FuzzyDate> end;
    QString kind;
    ClaimStatus status = ClaimStatus::Confirmed;
    QList<ProposalActor> actors;
    QStringList quotes;
    QList<TextSpan> sentences; // where the quotes are
    QList<TextSpan> words; // the date, actor and kind words found in them
    QString dateText; // the words the date was read from ("on Friday"), empty when inherited
    EventId matches = 0; // an event already in the file that this one reports again
    QString matchTitle;

    QString quote() const { return quotes.join(u' '); }
    bool hasActor(const QString &name) const;
    QJsonObject toJson() const;
};

} // namespace entente
