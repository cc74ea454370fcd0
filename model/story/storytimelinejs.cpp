#include "storytimelinejs.h"

#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::StoryTimelineJs", text);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QJsonObject date(const FuzzyDate &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("year"), d.yearNumber());
    if (d.precision() >= FuzzyDate::Precision::Month)
        o.insert(QStringLiteral("month"), d.monthNumber());
    if (d.precision() >= FuzzyDate::Precision::Day)
        o.insert(QStringLiteral("day"), d.dayNumber());
    if (d.precision() >= FuzzyDate::Precision::Minute) {
        o.insert(QStringLiteral("hour"), d.hourNumber());
        o.insert(QStringLiteral("minute"), d.minuteNumber());
    }
    // The display date keeps "c." and the precision TimelineJS would otherwise fill in.
    o.insert(QStringLiteral("display_date"), d.toDisplayString(QLocale::c()));
    return o;
}

} // namespace

QString writeStoryTimelineJs(const Store &store, const Story &story, const QString &path)
{
    QHash<ActorId, QString> actorNames;
    for (const Actor &a : store.actors())
        actorNames.insert(a.id, a.name);
    QJsonObject root;
    QJsonObject titleText;
    titleText.insert(QStringLiteral("headline"), html(story.name));
    titleText.insert(QStringLiteral("text"), html(story.description));
    root.insert(QStringLiteral("title"), QJsonObject { { QStringLiteral("text"), titleText } });
    QJsonArray events;
    int n = 0;
    for (const StoryStep &step : story.steps) {
        const auto e = store.event(step.eventId);
        if (!e)
            continue;
        ++n;
        QJsonObject slide;
        slide.insert(QStringLiteral("start_date"), date(e->start));
        if (e->end)
            slide.insert(QStringLiteral("end_date"), date(*e->end));
        QString body = u"<p>" + html(e->summary) + u"</p>";
        if (!step.note.isEmpty())
            body += u"<p><em>" + html(step.note) + u"</em></p>";
        slide.insert(QStringLiteral("text"),
                     QJsonObject { { QStringLiteral("headline"), html(e->title) }, { QStringLiteral("text"), body } });
        if (!e->actors.isEmpty())
            slide.insert(QStringLiteral("group"), actorNames.value(e->actors.constFirst().actorId));
        if (!e->sources.isEmpty()) {
            if (const auto s = store.source(e->sources.constFirst().sourceId); s && !s->url.isEmpty()) {
                slide.insert(QStringLiteral("media"),
                             QJsonObject { { QStringLiteral("url"), s->url },
                                           { QStringLiteral("credit"), html(s->publisher) },
                                           { QStringLiteral("caption"), html(s->title) } });
            }
        }
        slide.insert(QStringLiteral("unique_id"), QStringLiteral("step-%1").arg(n));
        events.append(slide);
    }
    root.insert(QStringLiteral("events"), events);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2.").arg(path, file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("%1 could not be written completely: %2.").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

} // namespace entente
