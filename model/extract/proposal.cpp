#include "proposal.h"

#include <QJsonArray>

namespace entente {

bool Proposal::hasActor(const QString &name) const
{
    return std::any_of(actors.begin(), actors.end(), [&](const ProposalActor &a) { return a.name == name; });
}

QJsonObject Proposal::toJson() const
{
    QJsonArray actorList;
    for (const ProposalActor &a : actors) {
        QJsonObject o { { QStringLiteral("name"), a.name }, { QStringLiteral("kind"), actorKindKey(a.kind) } };
        if (!a.role.isEmpty())
            o.insert(QStringLiteral("role"), a.role);
        if (!a.title.isEmpty())
            o.insert(QStringLiteral("title"), a.title);
        o.insert(QStringLiteral("new"), a.existing == 0);
        actorList.append(o);
    }
    QJsonObject o { { QStringLiteral("title"), title },
                    { QStringLiteral("start"), start.toIsoString() },
                    { QStringLiteral("end"), end ? QJsonValue(end->toIsoString()) : QJsonValue() },
                    { QStringLiteral("precision"), precisionName(start.precision()) },
                    { QStringLiteral("approximate"), start.isApproximate() },
                    { QStringLiteral("actors"), actorList },
                    { QStringLiteral("kind"), kind },
                    { QStringLiteral("status"), claimStatusKey(status) },
                    { QStringLiteral("quote"), quote() } };
    if (!dateText.isEmpty())
        o.insert(QStringLiteral("dateText"), dateText);
    if (matches != 0)
        o.insert(QStringLiteral("matches"),
                 QJsonObject { { QStringLiteral("id"), static_cast<qint64>(matches) },
                               { QStringLiteral("title"), matchTitle } });
    return o;
}

} // namespace entente
