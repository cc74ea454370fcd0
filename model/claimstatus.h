#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>

namespace entente {

// How sure the record is that an event happened as told. A journalist must always see who
// says so: anything but Confirmed is a claim attributed to its sources.
enum class ClaimStatus : std::uint8_t { Confirmed, Reported, Alleged, Disputed, Denied };

inline constexpr std::array kAllClaimStatuses = { ClaimStatus::Confirmed, ClaimStatus::Reported, ClaimStatus::Alleged,
                                                  ClaimStatus::Disputed, ClaimStatus::Denied };

// The stable key stored in files ("confirmed", "reported", ...).
QString claimStatusKey(ClaimStatus status);
std::optional<ClaimStatus> claimStatusFromKey(QStringView key);
// The translated name shown to a user.
QString claimStatusLabel(ClaimStatus status);

// Whom an actor is: a person, a state or an organization.
enum class ActorKind : std::uint8_t { Person, State, Organization };

inline constexpr std::array kAllActorKinds = { ActorKind::Person, ActorKind::State, ActorKind::Organization };

QString actorKindKey(ActorKind kind);
std::optional<ActorKind> actorKindFromKey(QStringView key);
QString actorKindLabel(ActorKind kind);

} // namespace entente
