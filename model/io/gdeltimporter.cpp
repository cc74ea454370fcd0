#include "gdeltimporter.h"

#include "cameo.h"
#include "cameoactors.h"
#include "datafile.h"
#include "datasetfilter.h"
#include "gdeltrecord.h"
#include "importsink.h"
#include "linereader.h"
#include "textrule.h"
#include "utf8.h"

#include <simdjson.h>

#include <QCoreApplication>

#include <charconv>
#include <unordered_map>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::GdeltImporter", text, disambiguation, n);
}

// "VLADIMIR PUTIN" -> "Vladimir Putin": GDELT writes names in capitals.
std::string titleCase(std::string_view upper)
{
    QString s = qs(upper).toLower();
    bool start = true;
    for (QChar &c : s) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter() && c != u'\'';
    }
    return utf8(s);
}

bool sameIgnoringCase(std::string_view a, const char *b)
{
    return qs(a).compare(QString::fromUtf8(b), Qt::CaseInsensitive) == 0;
}

// "https://www.bbc.co.uk/news/..." -> "bbc.co.uk"; a SOURCEURL that is no URL ("BBC Monitoring",
// for sources not on the web) is the publisher itself.
std::string_view publisherOf(std::string_view url)
{
    const std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos)
        return url;
    url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find_first_of("/?#"));
    if (url.starts_with("www."))
        url.remove_prefix(4);
    return url;
}

const char *const kQuadClasses[]
    = { "verbal cooperation", "material cooperation", "verbal conflict", "material conflict" };

void appendNumber(std::string &out, double value)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec == std::errc())
        out.append(buffer, end);
}

class GdeltReader
{
public:
    GdeltReader(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress)
        : m_path(path)
        , m_sink(sink)
        , m_options(options)
        , m_progress(progress)
        , m_filter(DatasetFilter::parse(options.where))
        , m_layout(0)
    { }

    void run();

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    struct Resolved
    {
        ActorId id = 0;
        std::string name;
    };
    void row(std::string_view line, std::int64_t number);
    bool keep(const GdeltRecord &r) const;
    void fold(const GdeltRecord &r);
    void store(const GdeltRecord &r);
    const Resolved *actor(const GdeltActor &a);
    SourceId source(std::string_view url);

    const QString &m_path;
    ImportSink &m_sink;
    const ImportOptions &m_options;
    ImportProgress &m_progress;
    DatasetFilter m_filter;
    GdeltLayout m_layout;
    GdeltRecord m_record;
    std::vector<std::string_view> m_fields;
    std::string m_clean;
    ImportSink::Row m_row;
    // By code \x1f name \x1f country \x1f known group \x1f type.
    std::unordered_map<std::string, Resolved, Hash, std::equal_to<>> m_actors;
    std::string m_key;
    // Folding: the happenings in the order first seen, and where each is by its key.
    std::vector<GdeltRecord> m_happenings;
    std::unordered_map<std::string, std::size_t> m_happeningIndex;
};

void GdeltReader::run()
{
    DataFile file(m_path);
    LineReader lines(file.device(), m_path);
    std::string_view line;
    while (lines.next(line)) {
        const std::int64_t number = lines.lineNumber();
        if ((number & 4095) == 0)
            m_sink.tick(m_progress, lines.bytesRead(), file.size());
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        try {
            row(line, number);
        } catch (const RowError &e) {
            m_sink.problem(tr("line %1").arg(number), e);
        }
    }
    for (const GdeltRecord &r : m_happenings) {
        try {
            store(r);
        } catch (const RowError &e) {
            m_sink.problem(tr("event %1").arg(qs(r.id)), e);
        }
    }
    if (!m_layout.isValid() && m_sink.summary().skippedCount == 0)
        throw ImportError::at(m_path, QString(), QString(), tr("it holds no GDELT events: there is nothing to import"));
}

void GdeltReader::row(std::string_view line, std::int64_t number)
{
    if (!simdjson::validate_utf8(line.data(), line.size()))
        throw RowError(QString(), tr("the row is not UTF-8 text"));
    if (!TextRule::isClean(line)) {
        m_clean = TextRule::cleaned(line);
        line = m_clean;
    }
    m_fields.clear();
    for (;;) {
        const std::size_t tab = line.find('\t');
        m_fields.push_back(line.substr(0, tab));
        if (tab == std::string_view::npos)
            break;
        line.remove_prefix(tab + 1);
    }
    if (!m_layout.isValid()) {
        // The first row sets the layout; every other must have it.
        m_layout = GdeltLayout(static_cast<int>(m_fields.size()));
        if (!m_layout.isValid())
            throw ImportError::at(m_path, tr("line %1").arg(number), QString(),
                                  tr("the row has %n tab-separated field(s); a GDELT event file has 57 or 58 "
                                     "(GDELT 1.0) or 61 (GDELT 2.0)",
                                     nullptr, static_cast<int>(m_fields.size())));
    }
    m_layout.parse(m_fields, m_record);
    if (!keep(m_record)) {
        ++m_sink.summary().filteredOut;
        return;
    }
    if (m_options.fold)
        fold(m_record);
    else
        store(m_record);
}

bool GdeltReader::keep(const GdeltRecord &r) const
{
    return m_filter.dateMatches(r.date) && m_filter.rootMatches(r.rootCode) && m_filter.codeMatches(r.eventCode)
        && m_filter.quadMatches(r.quadClass) && m_filter.mentionsMatch(r.mentions)
        && m_filter.countryMatches(r.actor1.country, r.actor2.country);
}

void GdeltReader::fold(const GdeltRecord &r)
{
    std::string key = std::to_string(r.date);
    for (const std::string *part : { &r.actor1.code, &r.actor1.name, &r.actor2.code, &r.actor2.name, &r.eventCode }) {
        key += '\x1f';
        key += *part;
    }
    const auto [it, added] = m_happeningIndex.try_emplace(std::move(key), m_happenings.size());
    if (added) {
        m_happenings.push_back(r);
        if (!r.url.empty())
            m_happenings.back().urls.push_back(r.url);
        return;
    }
    GdeltRecord &h = m_happenings[it->second];
    ++h.reports;
    h.mentions += r.mentions;
    h.sources += r.sources;
    h.articles += r.articles;
    if (!r.url.empty() && std::find(h.urls.begin(), h.urls.end(), r.url) == h.urls.end())
        h.urls.push_back(r.url);
    ++m_sink.summary().foldedReports;
}

const GdeltReader::Resolved *GdeltReader::actor(const GdeltActor &a)
{
    if (a.empty())
        return nullptr;
    m_key = a.code;
    for (const std::string *part : { &a.name, &a.country, &a.knownGroup, &a.type1 }) {
        m_key += '\x1f';
        m_key += *part;
    }
    if (const auto it = m_actors.find(m_key); it != m_actors.end())
        return &it->second;
    Resolved r;
    const CameoCountry *country = CameoActors::country(a.country);
    // The country itself: coded by its code alone (a place name, "KIEV", stands for it), or by
    // its code and a role with its own name ("RUSGOV", "RUSSIA").
    const bool isCountry = country
        && (a.code == a.country || a.name.empty() || sameIgnoringCase(a.name, country->name)
            || (*country->gdeltName && sameIgnoringCase(a.name, country->gdeltName)));
    if (isCountry) {
        r.name = country->name;
        r.id = m_sink.actor(r.name, ActorKind::State);
    } else {
        r.name = titleCase(a.name.empty() ? a.code : a.name);
        const bool group = !a.knownGroup.empty() || (!a.type1.empty() && !CameoActors::isOfficeRole(a.type1));
        if (!group && country && CameoActors::isOfficeRole(a.type1)) {
            // A person in office: the role as their title ("government (Russia)"), queued with
            // them (a write of its own would wait for the rows being written).
            const QString title
                = CameoActors::roleName(a.type1) + QStringLiteral(" (") + QString::fromUtf8(country->name) + u')';
            r.id = m_sink.actor(r.name, ActorKind::Person, utf8(title));
        } else {
            r.id = m_sink.actor(r.name, group ? ActorKind::Organization : ActorKind::Person);
        }
    }
    return &m_actors.emplace(m_key, std::move(r)).first->second;
}

SourceId GdeltReader::source(std::string_view url)
{
    // The sink finds a URL seen before by its key; the line is clean UTF-8 (row()).
    const std::string_view publisher = publisherOf(url);
    return publisher.size() == url.size() ? m_sink.publisherSource(url) : m_sink.urlSource(publisher, url);
}

void GdeltReader::store(const GdeltRecord &r)
{
    const CameoEvent *event = Cameo::find(r.eventCode);
    if (!event)
        throw RowError(QStringLiteral("EventCode"), tr("\"%1\" is not in the CAMEO codebook").arg(qs(r.eventCode)));
    ImportSink::Row &row = m_row;
    row.setDates(FuzzyDate::day(r.date / 10000, r.date / 100 % 100, r.date % 100), std::nullopt);
    row.kind = event->kind;
    row.status = "reported";
    row.place = r.place;
    row.latitude = r.latitude;
    row.longitude = r.longitude;
    row.actors.clear();
    const Resolved *a1 = actor(r.actor1);
    const Resolved *a2 = actor(r.actor2);
    // "Use conventional military force, not specified below": the codebook's words for its
    // own bookkeeping, not for a title.
    std::string_view words = event->description;
    if (const std::size_t cut = words.find(", not specified below"); cut != std::string_view::npos)
        words = words.substr(0, cut);
    row.title = words;
    if (a1 || a2) {
        row.title += ": ";
        row.title += a1 ? a1->name : std::string("?");
        if (a2 && (!a1 || a2->id != a1->id)) {
            row.title += " \u2192 ";
            row.title += a2->name;
        }
    }
    if (a1)
        row.actors.emplace_back(a1->id, event->role1);
    if (a2 && (!a1 || a2->id != a1->id))
        row.actors.emplace_back(a2->id, event->role2);
    // Stored text, in English as the titles are (not the window's language); short, as the
    // search index takes every word of it. The counts and scores are attributes.
    row.summary = "GDELT event ";
    row.summary += r.id;
    row.summary += ", CAMEO ";
    row.summary += r.eventCode;
    row.summary += ", ";
    row.summary += kQuadClasses[r.quadClass - 1];
    row.summary += '.';
    if (r.reports > 1) {
        row.summary += ' ';
        row.summary += std::to_string(r.reports);
        row.summary += " reports of the same happening folded into this event.";
    }
    row.sources.clear();
    if (r.urls.empty() && !r.url.empty())
        row.sources.emplace_back(source(r.url), std::string());
    for (const std::string &url : r.urls)
        row.sources.emplace_back(source(url), std::string());
    if (row.sources.empty())
        row.sources.emplace_back(m_sink.publisherSource("GDELT"), std::string());
    // Kept as attributes, under these keys (docs/event-datasets.md), for filters and charts.
    auto &attributes = row.attributes;
    attributes.resize(r.reports > 1 || m_options.fold ? 7 : 6);
    attributes[0] = { "articles", std::to_string(r.articles) };
    attributes[1] = { "cameo", r.eventCode };
    attributes[2].first = "goldstein";
    attributes[2].second.clear();
    appendNumber(attributes[2].second, r.goldstein);
    attributes[3] = { "mentions", std::to_string(r.mentions) };
    attributes[4] = { "quadclass", std::to_string(r.quadClass) };
    attributes[5] = { "sources", std::to_string(r.sources) };
    if (attributes.size() > 6)
        attributes[6] = { "reports", std::to_string(r.reports) };
    m_sink.add(row);
}

} // namespace

void GdeltImporter::read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress)
{
    GdeltReader reader(path, sink, options, progress);
    reader.run();
}

} // namespace entente
