#include "ententejsonimporter.h"

#include "csvimporter.h"
#include "ententejsonexporter.h"
#include "importsink.h"
#include "jsondocument.h"
#include "jsonstream.h"
#include "sourcegrade.h"
#include "store/store.h"
#include "textrule.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QPointF>

#include <algorithm>
#include <charconv>

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
    // Each read starts from nothing: the state lives in an importer of its own.
    EntenteJsonImporter reading;
    reading.m_path = path;
    reading.m_sink = &sink;
    reading.m_progress = &progress;
    reading.m_stream = std::make_unique<JsonStream>(path);
    reading.m_fresh = sink.targetWasEmpty();
    using I = EntenteJsonImporter;
    reading.m_sections = { {
        { "actors", &I::readActor, {}, false, false, {} },
        { "sources", &I::readSource, {}, false, false, {} },
        { "events", &I::readEvent, { "actors", "sources" }, false, false, {} },
        { "links", &I::readLink, { "events" }, false, false, {} },
        { "eras", &I::readEra, {}, false, false, {} },
        { "stories", &I::readStory, { "events", "actors" }, false, false, {} },
        { "saved_views", &I::readSavedView, {}, false, false, {} },
        { "node_positions", &I::readNodePosition, { "actors", "events" }, false, false, {} },
    } };
    reading.m_stream->readObject([&reading](std::string_view key) { reading.readKey(key); });
    reading.checkHeader();
    for (Section &section : reading.m_sections) {
        if (section.deferred.isValid() && !section.done)
            reading.readSection(section);
    }
}

void EntenteJsonImporter::readKey(std::string_view key)
{
    Section *list = section(key);
    // A key twice (two "events" lists) is refused: reading either alone would drop the other.
    const bool twice = (key == "format" && m_haveFormat) || (key == "format_version" && m_haveVersion)
        || (key == "meta" && m_haveMeta) || (list && list->seen);
    if (twice)
        throw ImportError::at(m_path, QStringLiteral("$"), qs(key),
                              tr("the file has this key twice; a JSON object names each key once, so one of "
                                 "the two would be lost"));
    if (key == "format") {
        readFormat();
    } else if (key == "format_version") {
        readVersion();
    } else if (key == "meta") {
        readMeta();
    } else if (list) {
        list->seen = true;
        if (ready(*list)) {
            checkHeader();
            readSection(*list);
        } else {
            list->deferred = m_stream->skip();
        }
    } else {
        // A key Entente JSON does not have ("event" for "events") is passed over, with a word.
        m_sink->summary().noteChange(
            QStringLiteral("$"), qs(key),
            tr("not a key of Entente JSON (format version %1); left out").arg(EntenteJsonExporter::kFormatVersion));
    }
}

void EntenteJsonImporter::readFormat()
{
    m_haveFormat = true;
    try {
        m_format = J::stringOf(m_stream->value(), "format");
    } catch (const RowError &) {
        m_format.clear();
    }
}

void EntenteJsonImporter::readVersion()
{
    m_haveVersion = true;
    try {
        m_version = J::integerOf(m_stream->value(), "format_version");
    } catch (const RowError &e) {
        m_versionError = e;
    }
}

void EntenteJsonImporter::readMeta()
{
    m_haveMeta = true;
    simdjson::dom::object object;
    if (m_stream->value().get(object) == simdjson::SUCCESS) {
        for (const simdjson::dom::key_value_pair field : object) {
            std::string_view value;
            if (field.value.get(value) == simdjson::SUCCESS)
                m_meta.append({ TextRule::cleaned(qs(field.key)), TextRule::cleaned(qs(value)) });
        }
    }
    if (m_headerChecked) {
        m_headerChecked = false; // applies the meta now
        checkHeader();
    }
}

void EntenteJsonImporter::checkHeader()
{
    if (m_headerChecked)
        return;
    const QString root = QStringLiteral("$");
    const QString versionKey = QStringLiteral("format_version");
    if (m_format != u"entente")
        throw ImportError::at(m_path, root, QStringLiteral("format"),
                              tr("this is not an Entente JSON file (\"format\" is not \"entente\")"));
    if (m_versionError)
        throw ImportError::at(m_path, root, m_versionError->field, m_versionError->reason);
    if (!m_version)
        throw ImportError::at(m_path, root, versionKey,
                              tr("the file has no format version; an Entente JSON file says which it is"));
    const qint64 v = *m_version;
    if (v < 1)
        throw ImportError::at(m_path, root, versionKey,
                              tr("%1 is not a format version (they count from 1); the file is damaged or was "
                                 "not written by Entente")
                                  .arg(v));
    if (v > EntenteJsonExporter::kFormatVersion)
        throw ImportError::at(m_path, root, versionKey,
                              tr("format version %1 is newer than this Entente reads (1 to %2); a newer Entente "
                                 "wrote it")
                                  .arg(v)
                                  .arg(EntenteJsonExporter::kFormatVersion));
    m_headerChecked = true;
    Store &store = m_sink->store();
    for (const auto &[k, value] : std::as_const(m_meta)) {
        if (m_fresh || store.meta(k).isEmpty())
            store.setMeta(k, value);
    }
}

EntenteJsonImporter::Section *EntenteJsonImporter::section(std::string_view name)
{
    for (Section &s : m_sections) {
        if (name == s.name)
            return &s;
    }
    return nullptr;
}

bool EntenteJsonImporter::ready(const Section &list) const
{
    return m_haveFormat && m_haveVersion && std::all_of(list.needs.begin(), list.needs.end(), [&](const char *need) {
               if (!need)
                   return true;
               const auto s = std::find_if(m_sections.begin(), m_sections.end(),
                                           [&](const Section &other) { return std::string_view(other.name) == need; });
               return s != m_sections.end() && s->done;
           });
}

void EntenteJsonImporter::readSection(Section &list)
{
    auto onElement = [&](Element item, qsizetype i) {
        m_sectionName = list.name;
        m_elementIndex = i;
        try {
            (this->*list.each)(item);
        } catch (const RowError &e) {
            m_sink->problem(at(list.name, i), e);
        }
        if (((i + 1) & 1023) == 0)
            m_sink->tick(*m_progress, m_stream->position(), m_stream->size());
    };
    try {
        if (list.deferred.isValid())
            m_stream->elementsAt(list.deferred, onElement);
        else
            m_stream->elements(onElement);
    } catch (const RowError &e) {
        // The list itself is not a list.
        throw ImportError::at(m_path, QStringLiteral("$"), QLatin1String(list.name), e.reason);
    }
    list.done = true;
}

QString EntenteJsonImporter::here() const
{
    return at(m_sectionName, m_elementIndex);
}

void EntenteJsonImporter::readActor(Element o)
{
    Actor a;
    a.id = J::integer(o, "id").value_or(0);
    a.name = J::string(o, "name").trimmed();
    if (a.name.isEmpty())
        throw RowError(QStringLiteral("name"), tr("an actor needs a name"));
    const QString kind = J::string(o, "kind");
    const std::optional<ActorKind> known = actorKindFromKey(kind);
    a.kind = known.value_or(ActorKind::Person);
    if (!known && !kind.trimmed().isEmpty())
        m_sink->summary().noteChange(here(), QStringLiteral("kind"),
                                     tr("\"%1\" is not an actor kind (person, state, organization); the actor "
                                        "was imported as a person")
                                         .arg(kind));
    a.description = J::string(o, "description");
    a.colour = J::string(o, "colour");
    for (Element al : J::array(o, "aliases"))
        a.aliases.append({ J::string(al, "alias"), J::string(al, "language") });
    for (Element t : J::array(o, "titles"))
        a.titles.append({ J::string(t, "title"), optionalDate(t, "from"), optionalDate(t, "to") });
    m_actors.insert(a.id, m_sink->actor(a));
}

void EntenteJsonImporter::readSource(Element o)
{
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
            throw RowError(QStringLiteral("reliability"), tr("\"%1\" is not a reliability grade (A to F)").arg(grade));
    }
    m_sources.insert(s.id, m_sink->source(s));
}

void EntenteJsonImporter::readEvent(Element o)
{
    const qint64 fileId = J::integer(o, "id").value_or(0);
    ImportRow &row = m_row;
    row.id = m_fresh ? fileId : 0;
    J::stringInto(o, "title", row.title);
    if (isBlank(row.title))
        throw RowError(QStringLiteral("title"), tr("an event needs a title"));
    J::stringInto(o, "summary", row.summary);
    QString startDropped;
    QString endDropped;
    row.setDates(date(o, "start", true, &startDropped), optionalDate(o, "end", &endDropped));
    if (!startDropped.isEmpty())
        m_sink->summary().noteChange(here(), QStringLiteral("start"), CsvImporter::secondsDropped(startDropped));
    if (!endDropped.isEmpty())
        m_sink->summary().noteChange(here(), QStringLiteral("end"), CsvImporter::secondsDropped(endDropped));
    J::stringInto(o, "kind", row.kind);
    readStatus(o);
    J::stringInto(o, "place", row.place);
    row.latitude = J::coordinate(o, "latitude", 90);
    row.longitude = J::coordinate(o, "longitude", 180);
    readEventActors(o);
    readEventSources(o);
    row.tags.clear();
    for (Element t : J::array(o, "tags")) {
        std::string_view tag;
        if (t.get(tag) == simdjson::SUCCESS)
            row.tags.push_back(TextRule::cleaned(tag));
    }
    readEventAttributes(o);
    m_events.insert(fileId, m_sink->add(row));
}

void EntenteJsonImporter::readStatus(Element o)
{
    J::stringInto(o, "status", m_statusText);
    if (m_statusText != m_checkedStatus) {
        const auto s = claimStatusFromKey(m_statusText.empty() ? QStringLiteral("confirmed") : qs(m_statusText));
        if (!s)
            throw RowError(QStringLiteral("status"), tr("\"%1\" is not a claim status").arg(qs(m_statusText)));
        m_statusKey = utf8(claimStatusKey(*s));
        m_checkedStatus = m_statusText;
    }
    m_row.status = m_statusKey;
}

void EntenteJsonImporter::readEventActors(Element o)
{
    m_row.actors.clear();
    for (Element a : J::array(o, "actors")) {
        const qint64 ref = J::integer(a, "actor").value_or(0);
        const auto actor = m_actors.constFind(ref);
        if (actor == m_actors.cend())
            throw RowError(QStringLiteral("actors"), tr("actor %1 is not in the file's actors").arg(ref));
        m_row.actors.emplace_back(*actor, std::string());
        J::stringInto(a, "role", m_row.actors.back().second);
    }
}

void EntenteJsonImporter::readEventSources(Element o)
{
    m_row.sources.clear();
    m_row.credibility.clear();
    m_row.accounts.clear();
    for (Element src : J::array(o, "sources")) {
        const qint64 ref = J::integer(src, "source").value_or(0);
        const auto source = m_sources.constFind(ref);
        if (source == m_sources.cend())
            throw RowError(QStringLiteral("sources"), tr("source %1 is not in the file's sources").arg(ref));
        m_row.sources.emplace_back(*source, std::string());
        J::stringInto(src, "quote", m_row.sources.back().second);
        if (const auto number = J::integer(src, "credibility")) {
            const auto credibility = credibilityFromNumber(*number);
            if (!credibility)
                throw RowError(QStringLiteral("credibility"),
                               tr("%1 is not a credibility grade (1 to 6)").arg(*number));
            m_row.credibility.emplace_back(*source, *credibility);
        }
        if (const Element account = J::child(src, "account"); account.is_object()) {
            if (const Account a = readAccount(account); !a.isEmpty())
                m_row.accounts.emplace_back(*source, a);
        }
    }
}

void EntenteJsonImporter::readEventAttributes(Element o)
{
    m_row.attributes.clear();
    simdjson::dom::object attributes;
    if (J::child(o, "attributes").get(attributes) != simdjson::SUCCESS)
        return; // absent or null: none
    for (const auto field : attributes) {
        std::string key = TextRule::cleaned(field.key);
        if (key.empty())
            throw RowError(QStringLiteral("attributes"), tr("an attribute has no name"));
        std::string_view text;
        if (field.value.get(text) == simdjson::SUCCESS) {
            m_row.attributes.emplace_back(std::move(key), TextRule::cleaned(text));
            continue;
        }
        // A number written as a number is kept as its text.
        std::string value;
        if (std::int64_t whole = 0; field.value.get(whole) == simdjson::SUCCESS) {
            value = std::to_string(whole);
        } else if (double real = 0; field.value.get(real) == simdjson::SUCCESS) {
            char buffer[32];
            const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, real);
            value.assign(buffer, ec == std::errc() ? end : buffer);
        } else {
            throw RowError(QStringLiteral("attributes"), tr("the attribute \"%1\" is not text").arg(qs(key)));
        }
        m_row.attributes.emplace_back(std::move(key), std::move(value));
    }
}

Account EntenteJsonImporter::readAccount(Element o) const
{
    Account a;
    if (const QString status = J::string(o, "status"); !status.isEmpty()) {
        a.status = claimStatusFromKey(status);
        if (!a.status)
            throw RowError(QStringLiteral("account"), tr("\"%1\" is not a claim status").arg(status));
    }
    a.start = optionalDate(o, "start");
    if (a.start) {
        a.end = optionalDate(o, "end");
        if (a.end && a.end->endSeconds() <= a.start->startSeconds())
            throw RowError(QStringLiteral("account"), tr("the account's end is before its start"));
    }
    a.figure = TextRule::cleaned(J::string(o, "figure")).trimmed();
    // Actors the file does not list (left out of a partial export) are passed over.
    for (Element ref : J::array(o, "actors")) {
        const auto actor = m_actors.constFind(J::integerOf(ref, "actors").value_or(0));
        if (actor != m_actors.cend() && !a.actors.contains(*actor))
            a.actors.append(*actor);
    }
    return a;
}

void EntenteJsonImporter::readLink(Element o)
{
    const qint64 from = J::integer(o, "from").value_or(0);
    const qint64 to = J::integer(o, "to").value_or(0);
    const auto kind = linkKindFromKey(J::string(o, "kind"));
    if (!m_events.contains(from) || !m_events.contains(to))
        throw RowError(QStringLiteral("from"), tr("the link joins events that are not in the file"));
    if (!kind)
        throw RowError(QStringLiteral("kind"), tr("\"%1\" is not a link kind").arg(J::string(o, "kind")));
    m_sink->store().addLink({ 0, m_events.value(from), m_events.value(to), *kind });
}

void EntenteJsonImporter::readEra(Element o)
{
    Era era;
    era.name = J::string(o, "name");
    era.start = date(o, "start", true);
    era.end = date(o, "end", true);
    era.colour = J::string(o, "colour");
    if (era.end.endSeconds() < era.start.startSeconds())
        throw RowError(QStringLiteral("end"), tr("the era ends before it starts"));
    m_sink->addEra(era);
}

void EntenteJsonImporter::readStory(Element o)
{
    Story story;
    story.name = J::string(o, "name");
    story.description = J::string(o, "description");
    // Story names are unique in a file: a second "Talks" becomes "Talks (2)".
    const QString base = story.name;
    QStringList taken;
    for (const Story &existing : m_sink->store().stories())
        taken.append(existing.name);
    for (int n = 2; taken.contains(story.name); ++n)
        story.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    for (Element s : J::array(o, "steps")) {
        const qint64 ref = J::integer(s, "event").value_or(0);
        if (!m_events.contains(ref))
            throw RowError(QStringLiteral("steps"), tr("event %1 is not in the file's events").arg(ref));
        StoryStep step;
        step.eventId = m_events.value(ref);
        step.note = J::string(s, "note");
        step.windowStart = J::integer(s, "window_start");
        step.windowEnd = J::integer(s, "window_end");
        for (Element a : J::array(s, "actors")) {
            if (a.is_int64() && m_actors.contains(a.get_int64().value_unsafe()))
                step.highlightedActors.append(m_actors.value(a.get_int64().value_unsafe()));
        }
        story.steps.append(step);
    }
    m_sink->store().addStory(story);
}

void EntenteJsonImporter::readSavedView(Element o)
{
    // The filter as the file has it: a view whose name is taken keeps the one there.
    m_sink->store().addViewUnlessNamed(J::string(o, "name"), J::string(o, "filter"));
}

void EntenteJsonImporter::readNodePosition(Element o)
{
    const QString node = J::string(o, "node");
    const qint64 id = node.mid(1).toLongLong();
    QString mappedNode;
    if (node.startsWith(u'a') && m_actors.contains(id))
        mappedNode = QStringLiteral("a%1").arg(m_actors.value(id));
    else if (node.startsWith(u'e') && m_events.contains(id))
        mappedNode = QStringLiteral("e%1").arg(m_events.value(id));
    else
        throw RowError(QStringLiteral("node"), tr("\"%1\" is not an actor or event of the file").arg(node));
    m_sink->store().setNodePositions(
        { { mappedNode, QPointF(J::real(o, "x").value_or(0), J::real(o, "y").value_or(0)) } });
}

} // namespace entente
