#pragma once

#include "claimstatus.h"
#include "event.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace entente {

// What the user has asked to see: the same filter drives the table, the timeline, the graph,
// the charts, exports and the headless `render`. Empty parts do not filter.
struct EventFilter
{
    // The time window: events whose span overlaps [from, to), in seconds since the epoch.
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
    QList<ActorId> actors; // any of them
    QStringList kinds; // any of them
    QList<ClaimStatus> statuses; // any of them
    QStringList tags; // any of them
    QString text; // full-text search, every word must match (prefixes allowed)

    bool isEmpty() const;
    bool operator==(const EventFilter &) const = default;

    // For saved views stored in the file.
    QJsonObject toJson() const;
    static EventFilter fromJson(const QJsonObject &object);
};

// Turns what a user typed into a safe FTS5 query: each word quoted, the last one a prefix.
// Returns an empty string when nothing searchable is left.
QString toFtsQuery(const QString &text);

// How a list of events is sorted. Id: the order they were added in (what an export meant for
// another import wants).
enum class EventOrder { Date, Title, Kind, Status, Id };

} // namespace entente
