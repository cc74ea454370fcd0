#include "acledimporter.h"

#include "csvfield.h"
#include "csvreader.h"
#include "importsink.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <array>
#include <charconv>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::AcledImporter", text);
}

enum Column {
    EventDate,
    TimePrecision,
    EventType,
    SubEventType,
    Actor1,
    Assoc1,
    Inter1,
    Actor2,
    Assoc2,
    Inter2,
    Location,
    Latitude,
    Longitude,
    SourceColumn,
    Notes,
    Count
};

constexpr std::array<const char *, Count> kNames
    = { "event_date",    "time_precision", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1",         "actor2",     "assoc_actor_2",  "inter2",
        "location",      "latitude",       "longitude",  "source",         "notes" };

using csvfield::number;
using csvfield::trimmed;

// ACLED writes ISO dates in its API and "29 March 2022" in older exports.
FuzzyDate parseDate(std::string_view s)
{
    int y = 0;
    int m = 0;
    int d = 0;
    s = trimmed(s);
    if (s.size() == 10 && s[4] == '-' && s[7] == '-' && number(s.substr(0, 4), y) && number(s.substr(5, 2), m)
        && number(s.substr(8, 2), d))
        return FuzzyDate::day(y, m, d);
    const QDate date = QLocale::c().toDate(qs(s), QStringLiteral("d MMMM yyyy"));
    if (date.isValid())
        return FuzzyDate::day(date.year(), date.month(), date.day());
    return {};
}

// The codebook's interaction codes: 1 State forces, 2 Rebel groups, 3 Political militias,
// 4 Identity militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces.
ActorKind interKind(std::string_view s, const char *field)
{
    s = trimmed(s);
    if (s.empty())
        return ActorKind::Organization;
    int code = 0;
    if (number(s, code)) {
        if (code < 0 || code > 8)
            throw RowError(QLatin1String(field), tr("\"%1\" is not an ACLED interaction code (0 to 8)").arg(code));
        return code == 1 ? ActorKind::State : ActorKind::Organization;
    }
    return qs(s).startsWith(u"State forces", Qt::CaseInsensitive) ? ActorKind::State : ActorKind::Organization;
}

} // namespace

void AcledImporter::read(const QString &path, ImportSink &sink, const ImportOptions &, ImportProgress &progress)
{
    CsvReader reader(path);
    std::array<int, Count> index {};
    bool mapped = false;
    qint64 rows = 0;
    ImportSink::Row row;
    auto mapHeader = [&] {
        for (std::size_t c = 0; c < Count; ++c)
            index[c] = reader.column(QLatin1String(kNames[c]));
        for (Column required : { EventDate, EventType, Actor1 }) {
            if (index[required] < 0)
                throw ImportError::at(path, tr("line 1"), QLatin1String(kNames[required]),
                                      tr("the header lacks this ACLED column"));
        }
        mapped = true;
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
            try {
                FuzzyDate date = parseDate(get(EventDate));
                if (!date.isValid())
                    throw RowError(QLatin1String(kNames[EventDate]),
                                   tr("\"%1\" is not a date (ACLED writes 2022-03-29)").arg(qs(get(EventDate))));
                int precision = 1;
                if (!get(TimePrecision).empty()
                    && (!number(get(TimePrecision), precision) || precision < 1 || precision > 3))
                    throw RowError(QLatin1String(kNames[TimePrecision]),
                                   tr("\"%1\" is not a time precision (1, 2 or 3)").arg(qs(get(TimePrecision))));
                // 1: that day; 2: within a week of it; 3: within its month.
                if (precision == 2)
                    date.setApproximate(true);
                else if (precision == 3)
                    date = FuzzyDate::month(date.yearNumber(), date.monthNumber(), true);
                row.setDates(date, std::nullopt);
                const ActorKind kind1 = interKind(get(Inter1), kNames[Inter1]);
                const ActorKind kind2 = interKind(get(Inter2), kNames[Inter2]);
                double lat = 0;
                double lon = 0;
                row.latitude.reset();
                row.longitude.reset();
                if (!get(Latitude).empty()) {
                    if (!number(get(Latitude), lat) || !(lat >= -90 && lat <= 90))
                        throw RowError(QLatin1String(kNames[Latitude]),
                                       tr("\"%1\" is not a latitude").arg(qs(get(Latitude))));
                    row.latitude = lat;
                }
                if (!get(Longitude).empty()) {
                    if (!number(get(Longitude), lon) || !(lon >= -180 && lon <= 180))
                        throw RowError(QLatin1String(kNames[Longitude]),
                                       tr("\"%1\" is not a longitude").arg(qs(get(Longitude))));
                    row.longitude = lon;
                }
                if (get(Actor1).empty())
                    throw RowError(QLatin1String(kNames[Actor1]), tr("every ACLED event has a first actor"));
                const std::string_view type = get(EventType);
                const std::string_view sub = get(SubEventType);
                row.kind.assign(type);
                if (!sub.empty()) {
                    row.kind += " / ";
                    row.kind += sub;
                }
                row.place.assign(get(Location));
                row.title.assign(sub.empty() ? type : sub);
                if (!row.place.empty()) {
                    row.title += ", ";
                    row.title += row.place;
                }
                row.summary.assign(get(Notes));
                row.status = "reported";
                row.actors.clear();
                auto addActors = [&](std::string_view list, ActorKind kind, const char *role) {
                    while (!list.empty()) {
                        const std::size_t semi = list.find(';');
                        const std::string_view name = trimmed(list.substr(0, semi));
                        if (!name.empty())
                            row.actors.emplace_back(sink.actor(name, kind), role);
                        list = semi == std::string_view::npos ? std::string_view() : list.substr(semi + 1);
                    }
                };
                addActors(get(Actor1), kind1, "side 1");
                addActors(get(Assoc1), kind1, "side 1 associate");
                addActors(get(Actor2), kind2, "side 2");
                addActors(get(Assoc2), kind2, "side 2 associate");
                row.sources.clear();
                std::string_view sources = get(SourceColumn);
                while (!sources.empty()) {
                    const std::size_t semi = sources.find(';');
                    const std::string_view name = trimmed(sources.substr(0, semi));
                    if (!name.empty())
                        row.sources.emplace_back(sink.publisherSource(name), std::string());
                    sources = semi == std::string_view::npos ? std::string_view() : sources.substr(semi + 1);
                }
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
