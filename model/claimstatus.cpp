#include "claimstatus.h"

#include <QCoreApplication>

namespace entente {

QString claimStatusKey(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Confirmed:
        return QStringLiteral("confirmed");
    case ClaimStatus::Reported:
        return QStringLiteral("reported");
    case ClaimStatus::Alleged:
        return QStringLiteral("alleged");
    case ClaimStatus::Disputed:
        return QStringLiteral("disputed");
    case ClaimStatus::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

std::optional<ClaimStatus> claimStatusFromKey(QStringView key)
{
    for (ClaimStatus s : kAllClaimStatuses) {
        if (key.trimmed().compare(claimStatusKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString claimStatusLabel(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Confirmed:
        return QCoreApplication::translate("entente::ClaimStatus", "Confirmed");
    case ClaimStatus::Reported:
        return QCoreApplication::translate("entente::ClaimStatus", "Reported");
    case ClaimStatus::Alleged:
        return QCoreApplication::translate("entente::ClaimStatus", "Alleged");
    case ClaimStatus::Disputed:
        return QCoreApplication::translate("entente::ClaimStatus", "Disputed");
    case ClaimStatus::Denied:
        return QCoreApplication::translate("entente::ClaimStatus", "Denied");
    }
    return {};
}

QString actorKindKey(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Person:
        return QStringLiteral("person");
    case ActorKind::State:
        return QStringLiteral("state");
    case ActorKind::Organization:
        return QStringLiteral("organization");
    }
    return {};
}

std::optional<ActorKind> actorKindFromKey(QStringView key)
{
    for (ActorKind k : kAllActorKinds) {
        if (key.trimmed().compare(actorKindKey(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString actorKindLabel(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Person:
        return QCoreApplication::translate("entente::ActorKind", "Person");
    case ActorKind::State:
        return QCoreApplication::translate("entente::ActorKind", "State");
    case ActorKind::Organization:
        return QCoreApplication::translate("entente::ActorKind", "Organization");
    }
    return {};
}

} // namespace entente
