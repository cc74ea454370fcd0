#include "event.h"

#include <QCoreApplication>

namespace entente {

QString linkKindKey(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Follows:
        return QStringLiteral("follows");
    case LinkKind::RespondsTo:
        return QStringLiteral("responds_to");
    case LinkKind::Causes:
        return QStringLiteral("causes");
    }
    return {};
}

std::optional<LinkKind> linkKindFromKey(QStringView key)
{
    for (LinkKind k : { LinkKind::Follows, LinkKind::RespondsTo, LinkKind::Causes }) {
        if (key.compare(linkKindKey(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString linkKindLabel(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Follows:
        return QCoreApplication::translate("entente::LinkKind", "follows");
    case LinkKind::RespondsTo:
        return QCoreApplication::translate("entente::LinkKind", "responds to");
    case LinkKind::Causes:
        return QCoreApplication::translate("entente::LinkKind", "causes");
    }
    return {};
}

} // namespace entente
