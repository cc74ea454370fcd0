#pragma once

#include "claimstatus.h"
#include "event.h"
#include "timebucket.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace entente {

// What the time chart stacks its bars by: the event's kind or actors, or a dataset's attribute
// in groups (AttributeGroups): GDELT's QuadClass, Goldstein score and CAMEO root, UCDP's deaths.
enum class StackBy : std::uint8_t { Kind, Actor, QuadClass, Goldstein, CameoRoot, Deaths };

// Events per time bucket, stacked by kind or by actor: the data of the "activity" chart.
// Buckets are contiguous from the first to the last one holding an event, empty ones included,
// so the bars keep time's proportions.
struct ActivityData
{
    TimeUnit unit = TimeUnit::Year;
    StackBy stackBy = StackBy::Kind;
    QList<std::int64_t> starts; // bucket i covers [starts[i], ends[i]) in seconds since 1970
    QList<std::int64_t> ends;

    struct Series
    {
        QString name; // the kind or the actor's name; "Other" for the rest
        QString kind; // when stacked by kind
        int group = 0; // when stacked by an attribute: the group's place (AttributeGroups::Group)
        std::optional<ActorId> actor; // when stacked by actor
        bool other = false; // the folded tail (and, by actor, events without actors)
        QList<qint64> counts; // one per bucket
        qint64 total = 0;
    };
    QList<Series> series; // biggest first, "Other" last

    bool isEmpty() const { return starts.isEmpty(); }
    qint64 bucketTotal(qsizetype bucket) const;
    // The index of the bucket holding `seconds`, or -1.
    qsizetype bucketAt(std::int64_t seconds) const;
};

// Events per actor: the data of the "actors" chart, most active first.
struct ActorCount
{
    ActorId actor = 0;
    QString name;
    qint64 events = 0;
    bool operator==(const ActorCount &) const = default;
};

struct ActorsData
{
    QList<ActorCount> actors; // at most the limit asked for
    qint64 otherActors = 0; // how many more actors have events under the filter
};

// Events per claim status: every status, zeros included, in the order of kAllClaimStatuses.
struct StatusCount
{
    ClaimStatus status = ClaimStatus::Confirmed;
    qint64 events = 0;
    bool operator==(const StatusCount &) const = default;
};

} // namespace entente
