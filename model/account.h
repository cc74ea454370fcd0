#pragma once

#include "claimstatus.h"
#include "fuzzydate.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace entente {

// What one source's account of an event says differently from the event as recorded: its own
// claim status, its date, its figure ("1,000 each, 390 on the first day") and who took part.
// Each is absent (empty) where the account says nothing different, so an account that only
// quotes holds nothing here. It belongs to one event–source link (EventSource::account); the
// quote and credibility of that link are the rest of the account.
struct Account
{
    std::optional<ClaimStatus> status = std::nullopt;
    std::optional<FuzzyDate> start = std::nullopt;
    std::optional<FuzzyDate> end = std::nullopt; // only with a start
    QString figure = QString();
    QList<std::int64_t> actors = {}; // actor ids, in the order the account names them

    bool isEmpty() const { return !status && !start && !end && figure.trimmed().isEmpty() && actors.isEmpty(); }
    bool operator==(const Account &) const = default;
};

} // namespace entente
