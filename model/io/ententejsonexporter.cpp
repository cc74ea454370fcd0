#include "ententejsonexporter.h"

#include "jsonwriter.h"
#include "sourcegrade.h"
#include "store/exportrows.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::EntenteJsonExporter", text);
}

std::optional<QString> iso(const std::optional<FuzzyDate> &d)
{
    if (!d || !d->isValid())
        return std::nullopt;
    return d->toIsoString();
}

void writeOptional(JsonWriter &w, const char *key, const std::optional<std::int64_t> &v)
{
    if (v)
        w.value(key, static_cast<qint64>(*v));
    else
        w.value(key, nullptr);
}

// What a source's account says differently (null when nothing), every key written.
void writeAccount(JsonWriter &w, const Account &a)
{
    if (a.isEmpty()) {
        w.value("account", nullptr);
        return;
    }
    w.beginObject("account");
    w.value("status", a.status ? std::optional<QString>(claimStatusKey(*a.status)) : std::nullopt);
    w.value("start", iso(a.start));
    w.value("end", iso(a.start ? a.end : std::nullopt));
    w.value("figure", a.figure);
    w.beginArray("actors");
    for (const std::int64_t id : a.actors)
        w.element(static_cast<qint64>(id));
    w.endArray();
    w.endObject();
}

void writeEvent(JsonWriter &w, const Event &e)
{
    w.beginObject();
    w.value("id", static_cast<qint64>(e.id));
    w.value("title", e.title);
    w.value("summary", e.summary);
    w.value("start", e.start.toIsoString());
    w.value("end", iso(e.end));
    w.value("kind", e.kind);
    w.value("status", claimStatusKey(e.status));
    w.value("place", e.place);
    w.value("latitude", e.latitude);
    w.value("longitude", e.longitude);
    w.beginArray("actors");
    for (const EventActor &a : e.actors) {
        w.beginObject();
        w.value("actor", static_cast<qint64>(a.actorId));
        w.value("role", a.role);
        w.endObject();
    }
    w.endArray();
    w.beginArray("sources");
    for (const EventSource &s : e.sources) {
        w.beginObject();
        w.value("source", static_cast<qint64>(s.sourceId));
        w.value("quote", s.quote);
        if (s.credibility)
            w.value("credibility", static_cast<qint64>(credibilityNumber(*s.credibility)));
        else
            w.value("credibility", nullptr);
        writeAccount(w, s.account);
        w.endObject();
    }
    w.endArray();
    w.beginArray("tags");
    for (const QString &t : e.tags)
        w.element(t);
    w.endArray();
    // What a dataset said beyond the fields (GDELT's CAMEO code and QuadClass, UCDP's deaths), by
    // key; left out when there is none, so files without it are written as before.
    if (!e.attributes.isEmpty()) {
        w.beginObject("attributes");
        for (auto it = e.attributes.cbegin(); it != e.attributes.cend(); ++it)
            w.value(it.key().toUtf8().constData(), it.value());
        w.endObject();
    }
    w.endObject();
}

void writeActor(JsonWriter &w, const Actor &a)
{
    w.beginObject();
    w.value("id", static_cast<qint64>(a.id));
    w.value("name", a.name);
    w.value("kind", actorKindKey(a.kind));
    w.value("description", a.description);
    w.value("colour", a.colour);
    w.beginArray("aliases");
    for (const ActorAlias &al : a.aliases) {
        w.beginObject();
        w.value("alias", al.alias);
        w.value("language", al.language);
        w.endObject();
    }
    w.endArray();
    w.beginArray("titles");
    for (const ActorTitle &t : a.titles) {
        w.beginObject();
        w.value("title", t.title);
        w.value("from", iso(t.from));
        w.value("to", iso(t.to));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeSource(JsonWriter &w, const Source &s)
{
    w.beginObject();
    w.value("id", static_cast<qint64>(s.id));
    w.value("publisher", s.publisher);
    w.value("title", s.title);
    w.value("url", s.url);
    w.value("published", iso(s.published));
    w.value("author", s.author);
    w.value("reliability", s.reliability ? std::optional<QString>(reliabilityKey(*s.reliability)) : std::nullopt);
    w.endObject();
}

} // namespace

void EntenteJsonExporter::writeFile(const Store &store, const EventFilter &filter, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportError(tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    const bool all = filter.isEmpty();
    QSet<EventId> events;
    QSet<ActorId> actors;
    QSet<SourceId> sources;
    if (!all) {
        forEachEvent(store, filter, [&](const Event &e) {
            events.insert(e.id);
            for (const EventActor &a : e.actors)
                actors.insert(a.actorId);
            for (const EventSource &s : e.sources)
                sources.insert(s.sourceId);
        });
    }
    JsonWriter w(file);
    w.beginObject();
    w.value("format", QStringLiteral("entente"));
    w.value("format_version", kFormatVersion);
    w.beginObject("meta");
    for (const auto &[key, value] : ExportRows::meta(store))
        w.value(key.toUtf8().constData(), value);
    w.endObject();
    w.beginArray("actors");
    for (const ActorId id : ExportRows::actorIds(store)) {
        if (all || actors.contains(id))
            writeActor(w, *store.actor(id));
    }
    w.endArray();
    w.beginArray("sources");
    for (const SourceId id : ExportRows::sourceIds(store)) {
        if (all || sources.contains(id))
            writeSource(w, *store.source(id));
    }
    w.endArray();
    w.beginArray("events");
    // In the order they were added (their ids): imported into an empty file, where they keep their
    // ids, they then go into its tables in one sweep rather than one jump each.
    forEachEvent(
        store, filter, [&](const Event &e) { writeEvent(w, e); }, EventOrder::Id);
    w.endArray();
    w.beginArray("links");
    for (const EventLink &l : store.links()) {
        if (!all && (!events.contains(l.from) || !events.contains(l.to)))
            continue;
        w.beginObject();
        w.value("from", static_cast<qint64>(l.from));
        w.value("to", static_cast<qint64>(l.to));
        w.value("kind", linkKindKey(l.kind));
        w.endObject();
    }
    w.endArray();
    w.beginArray("eras");
    for (const Era &era : store.eras()) {
        w.beginObject();
        w.value("name", era.name);
        w.value("start", era.start.toIsoString());
        w.value("end", era.end.toIsoString());
        w.value("colour", era.colour);
        w.endObject();
    }
    w.endArray();
    w.beginArray("stories");
    for (const Story &story : store.stories()) {
        w.beginObject();
        w.value("name", story.name);
        w.value("description", story.description);
        w.beginArray("steps");
        for (const StoryStep &step : story.steps) {
            if (!all && !events.contains(step.eventId))
                continue;
            w.beginObject();
            w.value("event", static_cast<qint64>(step.eventId));
            w.value("note", step.note);
            writeOptional(w, "window_start", step.windowStart);
            writeOptional(w, "window_end", step.windowEnd);
            w.beginArray("actors");
            for (ActorId a : step.highlightedActors)
                w.element(static_cast<qint64>(a));
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.beginArray("saved_views");
    for (const ExportRows::SavedViewRow &view : ExportRows::savedViews(store)) {
        w.beginObject();
        w.value("name", view.name);
        w.value("filter", view.filter);
        w.endObject();
    }
    w.endArray();
    w.beginArray("node_positions");
    for (const ExportRows::NodePositionRow &p : ExportRows::nodePositions(store)) {
        const qint64 id = p.node.mid(1).toLongLong();
        if (!all && !(p.node.startsWith(u'a') ? actors.contains(id) : events.contains(id)))
            continue;
        w.beginObject();
        w.value("node", p.node);
        w.value("x", p.x);
        w.value("y", p.y);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    if (!w.finish() || !file.commit())
        throw ExportError(
            tr("%1 could not be written completely: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
}

} // namespace entente
