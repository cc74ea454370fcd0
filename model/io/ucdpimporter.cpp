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

using ColumnIndex = std::array<int, Count>;
using SideCache = std::unordered_map<std::string, std::pair<ActorId, std::string>>; // side name -> actor, its name
using SourceCache = std::unordered_map<std::string, SourceId>; // source_article entry -> source

// The header's position of every UCDP column; throws ImportError when a required one is missing.
ColumnIndex mapHeader(const CsvReader &reader, const QString &path)
{
    ColumnIndex index {};
    for (std::size_t c = 0; c < Count; ++c)
        index[c] = reader.column(QLatin1String(kNames[c]));
    for (Column required : kRequired) {
        if (index[required] < 0)
            throw ImportError::at(path, tr("line 1"), QLatin1String(kNames[required]),
                                  tr("the header lacks this UCDP GED column"));
    }
    return index;
}

// The actor (and its stored name) for a side, made in the sink the first time the side is seen.
const std::pair<ActorId, std::string> &sideActor(ImportSink &sink, SideCache &sides, std::string_view name)
{
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
}

// The source for a source_article entry, made in the sink the first time the entry is seen.
SourceId articleSource(ImportSink &sink, SourceCache &sources, std::string_view entry)
{
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
}

// One record's fields, read by column.
struct RecordView
{
    const CsvReader::Fields &fields;
    const ColumnIndex &index;

    // The trimmed field of column c, or empty when the record lacks it.
    std::string_view get(Column c) const
    {
        const int i = index[c];
        if (i < 0 || static_cast<std::size_t>(i) >= fields.size())
            return {};
        return trimmed(fields[static_cast<std::size_t>(i)]);
    }
};

// The column's name as a RowError names it.
QLatin1String field(Column c)
{
    return QLatin1String(kNames[c]);
}

// The checked values a record's filtering and dates rest on.
struct CheckedRecord
{
    int type = 0;
    int precision = 0;
    QDate first;
    QDate last;
    std::int64_t best = 0;
};

// Checks the record's length, type, date precision, days and best estimate; throws RowError.
CheckedRecord checkRecord(const RecordView &record, const CsvReader &reader)
{
    const CsvReader::Fields &fields = record.fields;
    auto get = [&](Column c) { return record.get(c); };
    if (static_cast<qsizetype>(fields.size()) < reader.header().size())
        throw RowError(
            reader.header().at(static_cast<qsizetype>(fields.size())),
            tr("the row ends after %1 of the header's %n column(s)", nullptr, static_cast<int>(reader.header().size()))
                .arg(fields.size()));
    CheckedRecord checked;
    if (!number(get(TypeOfViolence), checked.type) || checked.type < 1 || checked.type > 3)
        throw RowError(field(TypeOfViolence),
                       tr("\"%1\" is not a type of violence (1, 2 or 3)").arg(qs(get(TypeOfViolence))));
    if (!number(get(DatePrec), checked.precision) || checked.precision < 1 || checked.precision > 5)
        throw RowError(field(DatePrec), tr("\"%1\" is not a date precision (1 to 5)").arg(qs(get(DatePrec))));
    checked.first = dayOf(get(DateStart));
    if (!checked.first.isValid())
        throw RowError(field(DateStart), tr("\"%1\" is not a day (UCDP writes 2022-03-29)").arg(qs(get(DateStart))));
    checked.last = dayOf(get(DateEnd));
    if (get(DateEnd).empty())
        checked.last = checked.first;
    if (!checked.last.isValid() || checked.last < checked.first)
        throw RowError(field(DateEnd), tr("\"%1\" is not a day on or after date_start").arg(qs(get(DateEnd))));
    if (!number(get(Best), checked.best) || checked.best < 0)
        throw RowError(field(Best), tr("\"%1\" is not a count of deaths").arg(qs(get(Best))));
    return checked;
}

// Sets the row's dates from the first and last day at UCDP's date precision.
void setDates(ImportSink::Row &row, const CheckedRecord &checked)
{
    const int precision = checked.precision;
    const QDate &first = checked.first;
    const QDate &last = checked.last;
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
}

// Sets the row's coordinates when both are numbers in range, and clears them otherwise.
void setCoordinates(ImportSink::Row &row, const RecordView &record)
{
    double lat = 0;
    double lon = 0;
    row.latitude.reset();
    row.longitude.reset();
    if (number(record.get(Latitude), lat) && number(record.get(Longitude), lon) && lat >= -90 && lat <= 90
        && lon >= -180 && lon <= 180) {
        row.latitude = lat;
        row.longitude = lon;
    }
}

// Sets the row's actors (the two sides), kind, status, place, title and summary; throws RowError.
void setSidesAndText(ImportSink::Row &row, const RecordView &record, const CheckedRecord &checked, ImportSink &sink,
                     SideCache &sides)
{
    auto get = [&](Column c) { return record.get(c); };
    if (get(SideA).empty())
        throw RowError(field(SideA), tr("every UCDP event has a side A"));
    if (get(SideB).empty())
        throw RowError(field(SideB), tr("every UCDP event has a side B"));
    row.actors.clear();
    const auto &a = sideActor(sink, sides, get(SideA));
    row.actors.emplace_back(a.first, "side A");
    const auto &b = sideActor(sink, sides, get(SideB));
    if (b.first != a.first)
        row.actors.emplace_back(b.first, "side B");
    row.kind = violenceKind(checked.type);
    row.status = "reported";
    row.place.assign(get(WhereDescription));
    if (row.place.empty())
        row.place.assign(get(Country));
    row.title = a.second + " \u2013 " + b.second;
    if (!row.place.empty())
        row.title += ", " + row.place;
    row.summary = utf8(tr("UCDP GED event %1: %2%3; %n death(s) (best estimate).", nullptr,
                          static_cast<int>(std::min<std::int64_t>(checked.best, 1 << 30)))
                           .arg(qs(get(Id)), QString::fromLatin1(violenceKind(checked.type)),
                                get(ConflictName).empty() ? QString() : QStringLiteral(", ") + qs(get(ConflictName))));
}

// Sets the row's sources from source_article's entries, or UCDP GED itself when there are none.
void setSources(ImportSink::Row &row, const RecordView &record, ImportSink &sink, SourceCache &sources)
{
    row.sources.clear();
    std::string_view list = record.get(SourceArticle);
    while (!list.empty()) {
        const std::size_t semi = list.find(';');
        const std::string_view entry = trimmed(list.substr(0, semi));
        if (!entry.empty())
            row.sources.emplace_back(articleSource(sink, sources, entry), std::string());
        list = semi == std::string_view::npos ? std::string_view() : list.substr(semi + 1);
    }
    if (row.sources.empty())
        row.sources.emplace_back(sink.publisherSource("UCDP GED"), std::string());
}

// Sets the row's attributes: the deaths columns and the UCDP id; throws RowError.
void setAttributes(ImportSink::Row &row, const RecordView &record)
{
    auto get = [&](Column c) { return record.get(c); };
    // The deaths as attributes: "deaths_a"..., best, high and low as "deaths_best"...
    row.attributes.clear();
    for (Column c : kDeaths) {
        std::int64_t n = 0;
        if (get(c).empty())
            continue;
        if (!number(get(c), n) || n < 0)
            throw RowError(field(c), tr("\"%1\" is not a count of deaths").arg(qs(get(c))));
        const std::string_view name = kNames[c];
        row.attributes.emplace_back(name.starts_with("deaths_") ? std::string(name) : "deaths_" + std::string(name),
                                    std::to_string(n));
    }
    row.attributes.emplace_back("ucdp_id", std::string(get(Id)));
}

} // namespace

void UcdpImporter::read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress)
{
    const DatasetFilter filter = DatasetFilter::parse(options.where);
    CsvReader reader(path);
    ColumnIndex index {};
    bool mapped = false;
    qint64 rows = 0;
    ImportSink::Row row;
    SideCache sides;
    SourceCache sources;
    auto mapHeaderOnce = [&] {
        index = mapHeader(reader, path);
        mapped = true;
    };
    reader.read(
        [&](const CsvReader::Fields &fields, qint64 line) {
            if (!mapped)
                mapHeaderOnce();
            if ((++rows & 4095) == 0)
                sink.tick(progress, rows, -1);
            const RecordView record { fields, index };
            try {
                const CheckedRecord checked = checkRecord(record, reader);
                if (!filter.rangeMatches(dayNumber(checked.first), dayNumber(checked.last))
                    || !filter.deathsMatch(checked.best)
                    || !filter.countryMatches(record.get(Country), record.get(CountryId))) {
                    ++sink.summary().filteredOut;
                    return;
                }
                setDates(row, checked);
                setCoordinates(row, record);
                setSidesAndText(row, record, checked, sink, sides);
                setSources(row, record, sink, sources);
                setAttributes(row, record);
                sink.add(row);
            } catch (const RowError &e) {
                sink.problem(tr("line %1").arg(line), e);
            }
        },
        [&](qint64 done, qint64 total) { sink.tick(progress, done, total); });
    if (!mapped)
        mapHeaderOnce();
}

} // namespace entente
