#include "ucdpimporter.h"

#include "csvfield.h"
#include "csvreader.h"
#include "datasetfilter.h"
#include "importsink.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <charconv>
#include <unordered_map>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::UcdpImporter", text, disambiguation, n);
}

enum Column {
    Id,
    TypeOfViolence,
    ConflictName,
    DyadName,
    SideA,
    SideB,
    SourceArticle,
    WherePrec,
    WhereDescription,
    Latitude,
    Longitude,
    Country,
    CountryId,
    EventClarity,
    DatePrec,
    DateStart,
    DateEnd,
    DeathsA,
    DeathsB,
    DeathsCivilians,
    DeathsUnknown,
    Best,
    High,
    Low,
    Count
};

constexpr std::array<const char *, Count> kNames = { "id",
                                                     "type_of_violence",
                                                     "conflict_name",
                                                     "dyad_name",
                                                     "side_a",
                                                     "side_b",
                                                     "source_article",
                                                     "where_prec",
                                                     "where_description",
                                                     "latitude",
                                                     "longitude",
                                                     "country",
                                                     "country_id",
                                                     "event_clarity",
                                                     "date_prec",
                                                     "date_start",
                                                     "date_end",
                                                     "deaths_a",
                                                     "deaths_b",
                                                     "deaths_civilians",
                                                     "deaths_unknown",
                                                     "best",
                                                     "high",
                                                     "low" };

// The columns without which a row cannot be an honest event.
constexpr std::array<Column, 9> kRequired
    = { Id, TypeOfViolence, SideA, SideB, SourceArticle, DatePrec, DateStart, DateEnd, Best };

// The deaths columns kept as attributes, under UCDP's names.
constexpr std::array<Column, 7> kDeaths = { DeathsA, DeathsB, DeathsCivilians, DeathsUnknown, Best, High, Low };

using csvfield::number;
using csvfield::trimmed;

// "2022-03-29" or "2022-03-29 00:00:00.000" (UCDP's own exports write both).
QDate dayOf(std::string_view s)
{
    s = trimmed(s);
    int y = 0;
    int m = 0;
    int d = 0;
    if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !number(s.substr(0, 4), y) || !number(s.substr(5, 2), m)
        || !number(s.substr(8, 2), d))
        return {};
    return QDate(y, m, d);
}

int dayNumber(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

const char *violenceKind(int type)
{
    switch (type) {
    case 1:
        return "state-based conflict";
    case 2:
        return "non-state conflict";
    default:
        return "one-sided violence";
    }
}

} // namespace

void UcdpImporter::read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress)
{
    const DatasetFilter filter = DatasetFilter::parse(options.where);
    CsvReader reader(path);
    std::array<int, Count> index {};
    bool mapped = false;
    qint64 rows = 0;
    ImportSink::Row row;
    std::unordered_map<std::string, std::pair<ActorId, std::string>> sides; // side name -> actor, its name
    std::unordered_map<std::string, SourceId> sources; // source_article entry -> source
    auto mapHeader = [&] {
        for (std::size_t c = 0; c < Count; ++c)
            index[c] = reader.column(QLatin1String(kNames[c]));
        for (Column required : kRequired) {
            if (index[required] < 0)
                throw ImportError::at(path, tr("line 1"), QLatin1String(kNames[required]),
                                      tr("the header lacks this UCDP GED column"));
        }
        mapped = true;
    };
    auto side = [&](std::string_view name) -> const std::pair<ActorId, std::string> & {
        const auto it = sides.find(std::string(name));
        if (it != sides.end())
            return it->second;
        // "Government of Russia (Soviet Union)" is the state; other sides are groups.
        QString actor = qs(name);
        ActorKind kind = ActorKind::Organization;
        if (actor.startsWith(u"Government of ")) {
            actor = actor.mid(14);
            if (const qsizetype paren = actor.indexOf(u" ("); paren > 0)
                actor.truncate(paren);
            kind = ActorKind::State;
        }
        std::string stored = utf8(actor.trimmed());
        const ActorId id = sink.actor(stored, kind);
        return sides.emplace(std::string(name), std::pair { id, std::move(stored) }).first->second;
    };
    auto source = [&](std::string_view entry) {
        const auto it = sources.find(std::string(entry));
        if (it != sources.end())
            return it->second;
        // "Agence France Presse,2020-01-02,Headline" or just "Agence France Presse".
        Source s;
        const QStringList parts = qs(entry).split(u',');
        s.publisher = parts.value(0).trimmed();
        qsizetype rest = 1;
        if (parts.size() > 1) {
            if (const auto date = FuzzyDate::parse(parts.at(1).trimmed()); date && date->isValid()) {
                s.published = *date;
                rest = 2;
            }
        }
        s.title = parts.mid(rest).join(u',').trimmed();
        const SourceId id = sink.source(s);
        sources.emplace(std::string(entry), id);
        return id;
    };
    reader.read(
        [&](const CsvReader::Fields &fields, qint64 line) {
            if (!mapped)
                mapHeader();
            if ((++rows & 4095) == 0)
                sink.tick(progress, rows, -1);
            auto get = [&](Column c) -> std::string_view {
                const int i = index[c];
                if (i < 0 || static_cast<std::size_t>(i) >= fields.size())
                    return {};
                return trimmed(fields[static_cast<std::size_t>(i)]);
            };
            auto field = [](Column c) { return QLatin1String(kNames[c]); };
            try {
                if (static_cast<qsizetype>(fields.size()) < reader.header().size())
                    throw RowError(reader.header().at(static_cast<qsizetype>(fields.size())),
                                   tr("the row ends after %1 of the header's %2 columns")
                                       .arg(fields.size())
                                       .arg(reader.header().size()));
                int type = 0;
                if (!number(get(TypeOfViolence), type) || type < 1 || type > 3)
                    throw RowError(field(TypeOfViolence),
                                   tr("\"%1\" is not a type of violence (1, 2 or 3)").arg(qs(get(TypeOfViolence))));
                int precision = 0;
                if (!number(get(DatePrec), precision) || precision < 1 || precision > 5)
                    throw RowError(field(DatePrec),
                                   tr("\"%1\" is not a date precision (1 to 5)").arg(qs(get(DatePrec))));
                const QDate first = dayOf(get(DateStart));
                if (!first.isValid())
                    throw RowError(field(DateStart),
                                   tr("\"%1\" is not a day (UCDP writes 2022-03-29)").arg(qs(get(DateStart))));
                QDate last = dayOf(get(DateEnd));
                if (get(DateEnd).empty())
                    last = first;
                if (!last.isValid() || last < first)
                    throw RowError(field(DateEnd),
                                   tr("\"%1\" is not a day on or after date_start").arg(qs(get(DateEnd))));
                std::int64_t best = 0;
                if (!number(get(Best), best) || best < 0)
                    throw RowError(field(Best), tr("\"%1\" is not a count of deaths").arg(qs(get(Best))));
                if (!filter.rangeMatches(dayNumber(first), dayNumber(last)) || !filter.deathsMatch(best)
                    || !filter.countryMatches(get(Country), get(CountryId))) {
                    ++sink.summary().filteredOut;
                    return;
                }
                // 1: the day; 2: a few days, within a week; 3: a week; 4: the month; 5: the year.
                const FuzzyDate start = FuzzyDate::day(first.year(), first.month(), first.day());
                if (precision == 1 && first == last)
                    row.setDates(start, std::nullopt);
                else if (precision <= 3)
                    row.setDates(FuzzyDate::day(first.year(), first.month(), first.day(), precision > 1),
                                 FuzzyDate::day(last.year(), last.month(), last.day(), precision > 1));
                else if (precision == 4)
                    row.setDates(FuzzyDate::month(first.year(), first.month()), std::nullopt);
                else
                    row.setDates(FuzzyDate::year(first.year()), std::nullopt);
                double lat = 0;
                double lon = 0;
                row.latitude.reset();
                row.longitude.reset();
                if (number(get(Latitude), lat) && number(get(Longitude), lon) && lat >= -90 && lat <= 90 && lon >= -180
                    && lon <= 180) {
                    row.latitude = lat;
                    row.longitude = lon;
                }
                if (get(SideA).empty())
                    throw RowError(field(SideA), tr("every UCDP event has a side A"));
                if (get(SideB).empty())
                    throw RowError(field(SideB), tr("every UCDP event has a side B"));
                row.actors.clear();
                const auto &a = side(get(SideA));
                row.actors.emplace_back(a.first, "side A");
                const auto &b = side(get(SideB));
                if (b.first != a.first)
                    row.actors.emplace_back(b.first, "side B");
                row.kind = violenceKind(type);
                row.status = "reported";
                row.place.assign(get(WhereDescription));
                if (row.place.empty())
                    row.place.assign(get(Country));
                row.title = a.second + " \u2013 " + b.second;
                if (!row.place.empty())
                    row.title += ", " + row.place;
                row.summary = utf8(
                    tr("UCDP GED event %1: %2%3; %n death(s) (best estimate).", nullptr,
                       static_cast<int>(std::min<std::int64_t>(best, 1 << 30)))
                        .arg(qs(get(Id)), QString::fromLatin1(violenceKind(type)),
                             get(ConflictName).empty() ? QString() : QStringLiteral(", ") + qs(get(ConflictName))));
                row.sources.clear();
                std::string_view list = get(SourceArticle);
                while (!list.empty()) {
                    const std::size_t semi = list.find(';');
                    const std::string_view entry = trimmed(list.substr(0, semi));
                    if (!entry.empty())
                        row.sources.emplace_back(source(entry), std::string());
                    list = semi == std::string_view::npos ? std::string_view() : list.substr(semi + 1);
                }
                if (row.sources.empty())
                    row.sources.emplace_back(sink.publisherSource("UCDP GED"), std::string());
                // The deaths as attributes: "deaths_a"..., best, high and low as "deaths_best"...
                row.attributes.clear();
                for (Column c : kDeaths) {
                    std::int64_t n = 0;
                    if (get(c).empty())
                        continue;
                    if (!number(get(c), n) || n < 0)
                        throw RowError(field(c), tr("\"%1\" is not a count of deaths").arg(qs(get(c))));
                    const std::string_view name = kNames[c];
                    row.attributes.emplace_back(name.starts_with("deaths_") ? std::string(name)
                                                                            : "deaths_" + std::string(name),
                                                std::to_string(n));
                }
                row.attributes.emplace_back("ucdp_id", std::string(get(Id)));
                sink.add(row);
            } catch (const RowError &e) {
                sink.problem(tr("line %1").arg(line), e);
            }
        },
        [&](qint64 done, qint64 total) { sink.tick(progress, done, total); });
    if (!mapped)
        mapHeader();
}

} // namespace entente
