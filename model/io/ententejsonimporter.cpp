#include "ententejsonimporter.h"

#include "csvimporter.h"
#include "ententejsonexporter.h"
#include "importsink.h"
#include "jsondocument.h"
#include "jsonstream.h"
#include "store/store.h"
#include "textrule.h"
#include "utf8.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

namespace entente {

namespace {

using simdjson::dom::element;
using J = JsonDocument;

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::EntenteJsonImporter", text);
}

// `dropped`, when given, receives the seconds the date had and lost (FuzzyDate::parse).
FuzzyDate date(element object, const char *key, bool required, QString *dropped = nullptr)
{
    std::string text; // a date fits in the string itself: no allocation
    J::stringInto(object, key, text);
    if (dropped)
        dropped->clear();
    if (text.empty() && !required)
        return {};
    const auto d = FuzzyDate::parse(qs(text), dropped);
    if (!d)
        throw RowError(QLatin1String(key), text.empty() ? tr("a date is required") : FuzzyDate::parseError(qs(text)));
    return *d;
}

std::optional<FuzzyDate> optionalDate(element object, const char *key, QString *dropped = nullptr)
{
    const FuzzyDate d = date(object, key, false, dropped);
    return d.isValid() ? std::optional<FuzzyDate>(d) : std::nullopt;
}

// Empty or only spaces, as QString::trimmed() sees it (looked at as QString only when the text has
// no other ASCII byte but does have others).
bool isBlank(std::string_view s)
{
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return qs(s).trimmed().isEmpty();
        if (!QChar::isSpace(static_cast<char32_t>(c)))
            return false;
    }
    return true;
}

QString at(const char *list, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
}

} // namespace

void EntenteJsonImporter::read(const QString &path, ImportSink &sink, const ImportOptions &, ImportProgress &progress)
{
    // The file is streamed: its big lists go by element in windows of about a megabyte, so memory
    // does not grow with the file. The lists are read in the order the exporter writes them;
    // one that comes before what it refers to (events before actors) is passed over and read
    // again from the file once the rest is in.
    JsonStream stream(path);
    const bool fresh = sink.targetWasEmpty();

    QString format;
    std::optional<qint64> version;
    std::optional<RowError> versionError;
    bool haveFormat = false;
    bool haveVersion = false;
    bool headerChecked = false;
    QList<std::pair<QString, QString>> meta;
    auto checkHeader = [&] {
        if (headerChecked)
            return;
        if (format != u"entente")
            throw ImportError::at(path, QStringLiteral("$"), QStringLiteral("format"),
                                  tr("this is not an Entente JSON file (\"format\" is not \"entente\")"));
        if (versionError)
            throw ImportError::at(path, QStringLiteral("$"), versionError->field, versionError->reason);
        if (!version)
            throw ImportError::at(path, QStringLiteral("$"), QStringLiteral("format_version"),
                                  tr("the file has no format version; an Entente JSON file says which it is"));
        const qint64 v = *version;
        if (v < 1)
            throw ImportError::at(path, QStringLiteral("$"), QStringLiteral("format_version"),
                                  tr("%1 is not a format version (they count from 1); the file is damaged or was "
                                     "not written by Entente")
                                      .arg(v));
        if (v > EntenteJsonExporter::kFormatVersion)
            throw ImportError::at(path, QStringLiteral("$"), QStringLiteral("format_version"),
                                  tr("format version %1 is newer than this Entente reads (1 to %2); a newer Entente "
                                     "wrote it")
                                      .arg(v)
                                      .arg(EntenteJsonExporter::kFormatVersion));
        headerChecked = true;
        for (const auto &[k, value] : std::as_const(meta)) {
            if (fresh || sink.store().meta(k).isEmpty())
                sink.store().setMeta(k, value);
        }
    };

    // Where the element being read is, for a note about it.
    const char *sectionName = "";
    qsizetype elementIndex = 0;
    auto here = [&] { return at(sectionName, elementIndex); };

    QHash<qint64, ActorId> actors;
    auto eachActor = [&](element o) {
        Actor a;
        a.id = J::integer(o, "id").value_or(0);
        a.name = J::string(o, "name").trimmed();
        if (a.name.isEmpty())
            throw RowError(QStringLiteral("name"), tr("an actor needs a name"));
        const QString kind = J::string(o, "kind");
        const std::optional<ActorKind> known = actorKindFromKey(kind);
        a.kind = known.value_or(ActorKind::Person);
        if (!known && !kind.trimmed().isEmpty())
            sink.summary().noteChange(here(), QStringLiteral("kind"),
                                      tr("\"%1\" is not an actor kind (person, state, organization); the actor "
                                         "was imported as a person")
                                          .arg(kind));
        a.description = J::string(o, "description");
        a.colour = J::string(o, "colour");
        for (element al : J::array(o, "aliases"))
            a.aliases.append({ J::string(al, "alias"), J::string(al, "language") });
        for (element t : J::array(o, "titles"))
            a.titles.append({ J::string(t, "title"), optionalDate(t, "from"), optionalDate(t, "to") });
        actors.insert(a.id, sink.actor(a));
    };
    QHash<qint64, SourceId> sources;
    auto eachSource = [&](element o) {
        Source s;
        s.id = J::integer(o, "id").value_or(0);
        s.publisher = J::string(o, "publisher");
        s.title = J::string(o, "title");
        s.url = J::string(o, "url");
        s.published = optionalDate(o, "published");
        s.author = J::string(o, "author");
        if (const QString grade = J::string(o, "reliability"); !grade.isEmpty()) {
            s.reliability = reliabilityFromKey(grade);
            if (!s.reliability)
                throw RowError(QStringLiteral("reliability"),
                               tr("\"%1\" is not a reliability grade (A to F)").arg(grade));
        }
        sources.insert(s.id, sink.source(s));
    };
    QHash<qint64, EventId> events;
    // Events go straight from simdjson's UTF-8 into the sink's row, reused from one to the next:
    // a million-event file would otherwise make each text a QString and back.
    ImportRow row;
    std::string statusText;
    std::optional<std::string> checkedStatus; // the last status text, found good
    std::string statusKey; // how we write it
    auto eachEvent = [&](element o) {
        const qint64 fileId = J::integer(o, "id").value_or(0);
        row.id = fresh ? fileId : 0;
        J::stringInto(o, "title", row.title);
        if (isBlank(row.title))
            throw RowError(QStringLiteral("title"), tr("an event needs a title"));
        J::stringInto(o, "summary", row.summary);
        QString startDropped;
        QString endDropped;
        row.setDates(date(o, "start", true, &startDropped), optionalDate(o, "end", &endDropped));
        if (!startDropped.isEmpty())
            sink.summary().noteChange(here(), QStringLiteral("start"), CsvImporter::secondsDropped(startDropped));
        if (!endDropped.isEmpty())
            sink.summary().noteChange(here(), QStringLiteral("end"), CsvImporter::secondsDropped(endDropped));
        J::stringInto(o, "kind", row.kind);
        J::stringInto(o, "status", statusText);
        if (statusText != checkedStatus) {
            const auto s = claimStatusFromKey(statusText.empty() ? QStringLiteral("confirmed") : qs(statusText));
            if (!s)
                throw RowError(QStringLiteral("status"), tr("\"%1\" is not a claim status").arg(qs(statusText)));
            statusKey = utf8(claimStatusKey(*s));
            checkedStatus = statusText;
        }
        row.status = statusKey;
        J::stringInto(o, "place", row.place);
        row.latitude = J::coordinate(o, "latitude", 90);
        row.longitude = J::coordinate(o, "longitude", 180);
        row.actors.clear();
        for (element a : J::array(o, "actors")) {
            const qint64 ref = J::integer(a, "actor").value_or(0);
            const auto actor = actors.constFind(ref);
            if (actor == actors.cend())
                throw RowError(QStringLiteral("actors"), tr("actor %1 is not in the file's actors").arg(ref));
            row.actors.emplace_back(*actor, std::string());
            J::stringInto(a, "role", row.actors.back().second);
        }
        row.sources.clear();
        row.credibility.clear();
        for (element src : J::array(o, "sources")) {
            const qint64 ref = J::integer(src, "source").value_or(0);
            const auto source = sources.constFind(ref);
            if (source == sources.cend())
                throw RowError(QStringLiteral("sources"), tr("source %1 is not in the file's sources").arg(ref));
            row.sources.emplace_back(*source, std::string());
            J::stringInto(src, "quote", row.sources.back().second);
            if (const auto number = J::integer(src, "credibility")) {
                const auto credibility = credibilityFromNumber(*number);
                if (!credibility)
                    throw RowError(QStringLiteral("credibility"),
                                   tr("%1 is not a credibility grade (1 to 6)").arg(*number));
                row.credibility.emplace_back(*source, *credibility);
            }
        }
        row.tags.clear();
        for (element t : J::array(o, "tags")) {
            std::string_view tag;
            if (t.get(tag) == simdjson::SUCCESS)
                row.tags.push_back(TextRule::cleaned(tag));
        }
        events.insert(fileId, sink.add(row));
    };
    auto eachLink = [&](element o) {
        const qint64 from = J::integer(o, "from").value_or(0);
        const qint64 to = J::integer(o, "to").value_or(0);
        const auto kind = linkKindFromKey(J::string(o, "kind"));
        if (!events.contains(from) || !events.contains(to))
            throw RowError(QStringLiteral("from"), tr("the link joins events that are not in the file"));
        if (!kind)
            throw RowError(QStringLiteral("kind"), tr("\"%1\" is not a link kind").arg(J::string(o, "kind")));
        sink.store().addLink({ 0, events.value(from), events.value(to), *kind });
    };
    auto eachEra = [&](element o) {
        Era era;
        era.name = J::string(o, "name");
        era.start = date(o, "start", true);
        era.end = date(o, "end", true);
        era.colour = J::string(o, "colour");
        if (era.end.endSeconds() < era.start.startSeconds())
            throw RowError(QStringLiteral("end"), tr("the era ends before it starts"));
        sink.addEra(era);
    };
    auto eachStory = [&](element o) {
        Story story;
        story.name = J::string(o, "name");
        story.description = J::string(o, "description");
        // Story names are unique in a file: a second "Talks" becomes "Talks (2)".
        const QString base = story.name;
        QStringList taken;
        for (const Story &existing : sink.store().stories())
            taken.append(existing.name);
        for (int n = 2; taken.contains(story.name); ++n)
            story.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        for (element s : J::array(o, "steps")) {
            const qint64 ref = J::integer(s, "event").value_or(0);
            if (!events.contains(ref))
                throw RowError(QStringLiteral("steps"), tr("event %1 is not in the file's events").arg(ref));
            StoryStep step;
            step.eventId = events.value(ref);
            step.note = J::string(s, "note");
            step.windowStart = J::integer(s, "window_start");
            step.windowEnd = J::integer(s, "window_end");
            for (element a : J::array(s, "actors")) {
                if (a.is_int64() && actors.contains(a.get_int64().value_unsafe()))
                    step.highlightedActors.append(actors.value(a.get_int64().value_unsafe()));
            }
            story.steps.append(step);
        }
        sink.store().addStory(story);
    };
    SQLite::Database &db = sink.store().database();
    auto eachSavedView = [&](element o) {
        SQLite::Statement q(db, "INSERT OR IGNORE INTO saved_views (name, filter) VALUES (?, ?)");
        q.bind(1, J::string(o, "name").toStdString());
        q.bind(2, J::string(o, "filter").toStdString());
        q.exec();
    };
    auto eachNodePosition = [&](element o) {
        const QString node = J::string(o, "node");
        const qint64 id = node.mid(1).toLongLong();
        QString mappedNode;
        if (node.startsWith(u'a') && actors.contains(id))
            mappedNode = QStringLiteral("a%1").arg(actors.value(id));
        else if (node.startsWith(u'e') && events.contains(id))
            mappedNode = QStringLiteral("e%1").arg(events.value(id));
        else
            throw RowError(QStringLiteral("node"), tr("\"%1\" is not an actor or event of the file").arg(node));
        SQLite::Statement q(db, "INSERT OR REPLACE INTO node_positions (node, x, y) VALUES (?, ?, ?)");
        q.bind(1, mappedNode.toStdString());
        q.bind(2, J::real(o, "x").value_or(0));
        q.bind(3, J::real(o, "y").value_or(0));
        q.exec();
    };

    struct Section
    {
        const char *name;
        std::function<void(element)> each;
        std::vector<const char *> needs; // sections whose ids its elements refer to
        bool seen = false;
        bool done = false;
        JsonStream::Range deferred;
    };
    std::array<Section, 8> sections { {
        { "actors", eachActor, {}, false, false, {} },
        { "sources", eachSource, {}, false, false, {} },
        { "events", eachEvent, { "actors", "sources" }, false, false, {} },
        { "links", eachLink, { "events" }, false, false, {} },
        { "eras", eachEra, {}, false, false, {} },
        { "stories", eachStory, { "events", "actors" }, false, false, {} },
        { "saved_views", eachSavedView, {}, false, false, {} },
        { "node_positions", eachNodePosition, { "actors", "events" }, false, false, {} },
    } };
    auto find = [&](std::string_view name) -> Section * {
        for (Section &section : sections) {
            if (name == section.name)
                return &section;
        }
        return nullptr;
    };
    auto run = [&](Section &section) {
        auto onElement = [&](element item, qsizetype i) {
            sectionName = section.name;
            elementIndex = i;
            try {
                section.each(item);
            } catch (const RowError &e) {
                sink.problem(at(section.name, i), e);
            }
            if (((i + 1) & 1023) == 0)
                sink.tick(progress, stream.position(), stream.size());
        };
        try {
            if (section.deferred.isValid())
                stream.elementsAt(section.deferred, onElement);
            else
                stream.elements(onElement);
        } catch (const RowError &e) {
            // The list itself is not a list.
            throw ImportError::at(path, QStringLiteral("$"), QLatin1String(section.name), e.reason);
        }
        section.done = true;
    };
    bool haveMeta = false;
    stream.readObject([&](std::string_view key) {
        // A key twice (two "events" lists) is refused: reading either alone would drop the other.
        const bool twice = (key == "format" && haveFormat) || (key == "format_version" && haveVersion)
            || (key == "meta" && haveMeta) || (find(key) && find(key)->seen);
        if (twice)
            throw ImportError::at(path, QStringLiteral("$"), qs(key),
                                  tr("the file has this key twice; a JSON object names each key once, so one of "
                                     "the two would be lost"));
        if (key == "format" && !haveFormat) {
            haveFormat = true;
            try {
                format = J::stringOf(stream.value(), "format");
            } catch (const RowError &) {
                format.clear();
            }
        } else if (key == "format_version" && !haveVersion) {
            haveVersion = true;
            try {
                version = J::integerOf(stream.value(), "format_version");
            } catch (const RowError &e) {
                versionError = e;
            }
        } else if (key == "meta" && !haveMeta) {
            haveMeta = true;
            simdjson::dom::object object;
            if (stream.value().get(object) == simdjson::SUCCESS) {
                for (const simdjson::dom::key_value_pair field : object) {
                    std::string_view value;
                    if (field.value.get(value) == simdjson::SUCCESS)
                        meta.append({ TextRule::cleaned(qs(field.key)), TextRule::cleaned(qs(value)) });
                }
            }
            if (headerChecked) {
                headerChecked = false; // applies the meta now
                checkHeader();
            }
        } else if (Section *section = find(key); section && !section->seen) {
            section->seen = true;
            const bool ready = haveFormat && haveVersion
                && std::all_of(section->needs.begin(), section->needs.end(), [&](const char *need) {
                                   const Section *s = find(need);
                                   return s && s->done;
                               });
            if (ready) {
                checkHeader();
                run(*section);
            } else {
                section->deferred = stream.skip();
            }
        } else if (!section) {
            // A key Entente JSON does not have ("event" for "events") is passed over, with a word.
            sink.summary().noteChange(
                QStringLiteral("$"), qs(key),
                tr("not a key of Entente JSON (format version %1); left out").arg(EntenteJsonExporter::kFormatVersion));
        }
    });
    checkHeader();
    for (Section &section : sections) {
        if (section.deferred.isValid() && !section.done)
            run(section);
    }
}

} // namespace entente
