#include "timelinejsexporter.h"

#include "detailsformatter.h"
#include "jsonwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QUrl>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::TimelineJsExporter", text);
}

void writeDate(JsonWriter &w, const char *key, const FuzzyDate &d)
{
    w.beginObject(key);
    w.value("year", static_cast<qint64>(d.yearNumber()));
    if (d.precision() >= FuzzyDate::Precision::Month)
        w.value("month", static_cast<qint64>(d.monthNumber()));
    if (d.precision() >= FuzzyDate::Precision::Day)
        w.value("day", static_cast<qint64>(d.dayNumber()));
    if (d.precision() >= FuzzyDate::Precision::Minute) {
        w.value("hour", static_cast<qint64>(d.hourNumber()));
        w.value("minute", static_cast<qint64>(d.minuteNumber()));
    }
    if (d.isApproximate())
        w.value("display_date", d.toDisplayString(QLocale::c()));
    w.endObject();
}

// Plain text for an HTML field: what looks like markup stays text.
QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// The event's first source as the slide's media: its web link, or else its quote (TimelineJS
// shows a <blockquote> as a quote). TimelineJS loads or embeds what the url names, so nothing
// but an http(s) link goes there: a published story never runs a file's javascript: or file: link.
void writeMedia(JsonWriter &w, const Store &store, const EventSource &link)
{
    const auto s = store.source(link.sourceId);
    if (!s)
        return;
    QString media;
    if (DetailsFormatter::isExternalLinkAllowed(QUrl(s->url)))
        media = s->url;
    else if (!link.quote.trimmed().isEmpty())
        media = QStringLiteral("<blockquote>%1</blockquote>").arg(html(link.quote));
    else
        return;
    w.beginObject("media");
    w.value("url", media);
    w.value("credit", html(s->publisher));
    w.value("caption", html(s->title));
    w.endObject();
}

} // namespace

void TimelineJsExporter::writeFile(const Store &store, const EventFilter &filter, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportError(tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    QHash<ActorId, QString> actorNames;
    for (const Actor &a : store.actors())
        actorNames.insert(a.id, a.name);
    JsonWriter w(file);
    w.beginObject();
    const QString title = store.meta(QStringLiteral("title"));
    if (!title.isEmpty()) {
        w.beginObject("title");
        w.beginObject("text");
        w.value("headline", html(title));
        w.value("text", html(store.meta(QStringLiteral("description"))));
        w.endObject();
        w.endObject();
    }
    w.beginArray("events");
    forEachEvent(store, filter, [&](const Event &e) {
        w.beginObject();
        writeDate(w, "start_date", e.start);
        if (e.end)
            writeDate(w, "end_date", *e.end);
        w.beginObject("text");
        w.value("headline", html(e.title));
        w.value("text", html(e.summary));
        w.endObject();
        if (!e.sources.isEmpty())
            writeMedia(w, store, e.sources.constFirst());
        if (!e.actors.isEmpty())
            w.value("group", actorNames.value(e.actors.constFirst().actorId));
        w.value("unique_id", QStringLiteral("event-%1").arg(e.id));
        w.endObject();
    });
    w.endArray();
    w.beginArray("eras");
    for (const Era &era : store.eras()) {
        w.beginObject();
        writeDate(w, "start_date", era.start);
        writeDate(w, "end_date", era.end);
        w.beginObject("text");
        w.value("headline", html(era.name));
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    if (!w.finish() || !file.commit())
        throw ExportError(
            tr("%1 could not be written completely: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
}

} // namespace entente
