#pragma once

#include "account.h"
#include "claimstatus.h"
#include "fuzzydate.h"
#include "sourcegrade.h"

#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>

namespace entente {

using EventId = std::int64_t;
using ActorId = std::int64_t;
using SourceId = std::int64_t;

// An actor's part in an event: "host", "mediator", "proposer", "participant", "supporter",
// "opponent", "speaker", "subject" or any other word a file uses.
struct EventActor
{
    ActorId actorId = 0;
    QString role;
    bool operator==(const EventActor &) const = default;
};

// A source reporting an event, with the sentence it says it in and how credible that report
// is (Admiralty 1–6; none when not graded): the source's account of the event, with what it
// says differently (its claim status, date, figure, who took part), where it does.
struct EventSource
{
    SourceId sourceId = 0;
    QString quote;
    std::optional<Credibility> credibility = std::nullopt;
    Account account = {};
    bool operator==(const EventSource &) const = default;
};

// A dated event. `end` is absent for an instant; a range covers [start, end].
struct Event
{
    EventId id = 0;
    QString title;
    QString summary;
    FuzzyDate start;
    std::optional<FuzzyDate> end;
    QString kind;
    ClaimStatus status = ClaimStatus::Confirmed;
    QString place;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QList<EventActor> actors;
    QList<EventSource> sources;
    QStringList tags;
    // What an event dataset says of the event beyond these fields, by key: GDELT's "cameo",
    // "quadclass", "goldstein", "mentions"..., UCDP's "deaths_best"... (docs/event-datasets.md).
    QMap<QString, QString> attributes;

    bool operator==(const Event &) const = default;
};

// A directed link between two events.
enum class LinkKind : std::uint8_t { Follows, RespondsTo, Causes };
QString linkKindKey(LinkKind kind);
std::optional<LinkKind> linkKindFromKey(QStringView key);
QString linkKindLabel(LinkKind kind);

struct EventLink
{
    std::int64_t id = 0;
    EventId from = 0;
    EventId to = 0;
    LinkKind kind = LinkKind::Follows;
    bool operator==(const EventLink &) const = default;
};

} // namespace entente
