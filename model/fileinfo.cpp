#include "fileinfo.h"

#include "store/store.h"

#include <QJsonArray>

namespace entente {

QJsonObject FileInfo::toJson(const Store &store)
{
    const StoreCounts c = store.counts();
    QJsonObject o;
    o.insert(QStringLiteral("title"), store.meta(QStringLiteral("title")));
    o.insert(QStringLiteral("events"), c.events);
    o.insert(QStringLiteral("actors"), c.actors);
    o.insert(QStringLiteral("sources"), c.sources);
    o.insert(QStringLiteral("eras"), c.eras);
    o.insert(QStringLiteral("stories"), c.stories);
    const auto span = store.span();
    o.insert(QStringLiteral("first"), span ? QJsonValue(span->first.toIsoString()) : QJsonValue());
    o.insert(QStringLiteral("last"), span ? QJsonValue(span->second.toIsoString()) : QJsonValue());
    o.insert(QStringLiteral("schema"), store.schemaVersion());
    QJsonArray names;
    for (const Actor &a : store.actors())
        names.append(a.name);
    o.insert(QStringLiteral("actor_names"), names);
    QJsonArray stories;
    for (const Story &s : store.stories())
        stories.append(s.name);
    o.insert(QStringLiteral("story_names"), stories);
    return o;
}

QString FileInfo::toText(const Store &store)
{
    const QJsonObject o = toJson(store);
    auto line
        = [](const QString &label, const QString &value) -> QString { return label.leftJustified(10) + value + u'\n'; };
    QString out;
    if (!o.value(QStringLiteral("title")).toString().isEmpty())
        out += line(QStringLiteral("title"), o.value(QStringLiteral("title")).toString());
    for (const char *key : { "events", "actors", "sources", "eras", "stories", "schema" })
        out += line(QLatin1String(key), QString::number(o.value(QLatin1String(key)).toInteger()));
    const QString first = o.value(QStringLiteral("first")).toString();
    const QString last = o.value(QStringLiteral("last")).toString();
    out += line(QStringLiteral("span"), first.isEmpty() ? QStringLiteral("-") : first + QStringLiteral(" to ") + last);
    return out;
}

} // namespace entente
