#include "storytimelinejs.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

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
        // The summary, the claim status in words, every source (linked where it has an address)
        // and the teacher's note; the first quote stands as the slide's media, as TimelineJS
        // shows a quotation.
        QString body = u"<p>" + html(e->summary) + u"</p>";
        body += u"<p><strong>" + html(claimStatusLabel(e->status)) + u"</strong></p>";
        QStringList cited;
        QJsonObject media;
        for (const EventSource &ref : e->sources) {
            const auto s = store.source(ref.sourceId);
            if (!s)
                continue;
            QString who = html(s->publisher);
            // Only a web address becomes a link: the page is opened by others.
            const QUrl url(s->url);
            if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
                who = u"<a href=\"" + s->url.toHtmlEscaped() + u"\">" + who + u"</a>";
            QString line = who;
            if (!s->title.isEmpty())
                line += (s->published || !s->url.isEmpty() ? tr(", “%1”") : tr(": %1")).arg(html(s->title));
            if (s->published)
                line += u", " + html(s->published->toDisplayString(QLocale::c()));
            cited.append(line);
            if (media.isEmpty() && !ref.quote.isEmpty()) {
                media.insert(QStringLiteral("url"), QString(u"<blockquote>" + html(ref.quote) + u"</blockquote>"));
                media.insert(QStringLiteral("credit"), line);
            }
        }
        if (!cited.isEmpty())
            body += u"<p>"
                + (cited.size() == 1 ? tr("Source: %1") : tr("Sources: %1")).arg(cited.join(QStringLiteral("; ")))
                + u"</p>";
        if (!step.note.isEmpty())
            body += u"<p><em>" + html(step.note) + u"</em></p>";
        slide.insert(QStringLiteral("text"),
                     QJsonObject { { QStringLiteral("headline"), html(e->title) }, { QStringLiteral("text"), body } });
        if (!e->actors.isEmpty())
            slide.insert(QStringLiteral("group"), actorNames.value(e->actors.constFirst().actorId));
        if (!media.isEmpty())
            slide.insert(QStringLiteral("media"), media);
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
