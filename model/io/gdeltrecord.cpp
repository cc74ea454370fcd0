#include "gdeltrecord.h"

#include "importer.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <charconv>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::GdeltImporter", text, disambiguation, n);
}

// The GDELT 2.0 event table's 61 columns (GDELT-Event_Codebook-V2.0). GDELT 1.0 lacks the three
// *_ADM2Code columns, and before April 2013 SOURCEURL too.
constexpr std::array<const char *, 61> kColumns2 = {
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
};

enum Column2 {
    GlobalEventId = 0,
    SqlDate = 1,
    Actor1Code = 5,
    Actor2Code = 15, // each actor: code, name, country, known group, ethnic, religion 1, 2, type 1, 2, 3
    IsRootEvent = 25,
    EventCode = 26,
    EventRootCode = 28,
    QuadClass = 29,
    GoldsteinScale = 30,
    NumMentions = 31,
    NumSources = 32,
    NumArticles = 33,
    AvgTone = 34,
    Actor1GeoAdm2 = 39,
    Actor2GeoAdm2 = 47,
    ActionGeoFullName = 52,
    ActionGeoCountry = 53,
    ActionGeoAdm2 = 55,
    ActionGeoLat = 56,
    ActionGeoLong = 57,
    SourceUrl = 60,
};

template<typename T> bool number(std::string_view s, T &out)
{
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// yyyymmdd as a real day, or 0.
int dayOf(std::string_view s)
{
    int n = 0;
    if (s.size() != 8 || !allDigits(s) || !number(s, n))
        return 0;
    return QDate(n / 10000, n / 100 % 100, n % 100).isValid() ? n : 0;
}

} // namespace

GdeltLayout::GdeltLayout(int columns)
{
    if (columns == 57 || columns == 58 || columns == 61)
        m_columns = columns;
}

QString GdeltLayout::name() const
{
    return m_columns == 61 ? QStringLiteral("GDELT 2.0") : QStringLiteral("GDELT 1.0");
}

int GdeltLayout::index(int column2) const
{
    if (m_columns == 61 || column2 < Actor1GeoAdm2)
        return column2;
    // 1.0: each ADM2 column before it is missing.
    int i = column2 - 1;
    if (column2 > Actor2GeoAdm2)
        --i;
    if (column2 > ActionGeoAdm2)
        --i;
    return i;
}

QString GdeltLayout::columnName(int i) const
{
    for (int c = 0; c < static_cast<int>(kColumns2.size()); ++c) {
        if (m_columns != 61 && (c == Actor1GeoAdm2 || c == Actor2GeoAdm2 || c == ActionGeoAdm2))
            continue;
        if (index(c) == i)
            return QLatin1String(kColumns2[static_cast<std::size_t>(c)]);
    }
    return tr("column %1").arg(i + 1);
}

void GdeltLayout::parse(const std::vector<std::string_view> &fields, GdeltRecord &r) const
{
    const int n = static_cast<int>(fields.size());
    if (n != m_columns) {
        if (n < m_columns)
            throw RowError(columnName(n),
                           tr("the row ends after %1 of the %n field(s) %2 has (a short row)", nullptr, m_columns)
                               .arg(n)
                               .arg(name()));
        throw RowError(QString(), tr("the row has %n field(s) where %1 has %2", nullptr, n).arg(name()).arg(m_columns));
    }
    auto field = [&](int column2) { return fields[static_cast<std::size_t>(index(column2))]; };
    auto fail = [&](int column2, const QString &why) -> RowError {
        return RowError(QLatin1String(kColumns2[static_cast<std::size_t>(column2)]), why);
    };
    auto quoted = [&](int column2) {
        return QString::fromUtf8(field(column2).data(), static_cast<qsizetype>(field(column2).size()));
    };
    if (!allDigits(field(GlobalEventId)))
        throw fail(GlobalEventId, tr("\"%1\" is not an event number").arg(quoted(GlobalEventId)));
    r.id.assign(field(GlobalEventId));
    r.date = dayOf(field(SqlDate));
    if (r.date == 0)
        throw fail(SqlDate, tr("\"%1\" is not a day (GDELT writes 20240131)").arg(quoted(SqlDate)));
    for (GdeltActor *a : { &r.actor1, &r.actor2 }) {
        const int base = a == &r.actor1 ? Actor1Code : Actor2Code;
        a->code.assign(field(base));
        a->name.assign(field(base + 1));
        a->country.assign(field(base + 2));
        a->knownGroup.assign(field(base + 3));
        a->type1.assign(field(base + 7));
    }
    r.rootEvent = field(IsRootEvent) == "1";
    const std::string_view code = field(EventCode);
    if (code.size() < 2 || code.size() > 4 || !allDigits(code))
        throw fail(EventCode, tr("\"%1\" is not a CAMEO event code (two to four digits)").arg(quoted(EventCode)));
    r.eventCode.assign(code);
    r.rootCode = (code[0] - '0') * 10 + (code[1] - '0');
    if (r.rootCode < 1 || r.rootCode > 20)
        throw fail(EventCode, tr("\"%1\" is under no CAMEO root code (01 to 20)").arg(quoted(EventCode)));
    int root = 0;
    if (!field(EventRootCode).empty() && (!number(field(EventRootCode), root) || root != r.rootCode))
        throw fail(EventRootCode,
                   tr("\"%1\" is not the root of the event code %2").arg(quoted(EventRootCode), quoted(EventCode)));
    if (!number(field(QuadClass), r.quadClass) || r.quadClass < 1 || r.quadClass > 4)
        throw fail(QuadClass, tr("\"%1\" is not a QuadClass (1 to 4)").arg(quoted(QuadClass)));
    if (!number(field(GoldsteinScale), r.goldstein) || !(r.goldstein >= -10 && r.goldstein <= 10))
        throw fail(GoldsteinScale, tr("\"%1\" is not a Goldstein score (-10 to 10)").arg(quoted(GoldsteinScale)));
    for (const auto &[column, out] : { std::pair { NumMentions, &r.mentions }, std::pair { NumSources, &r.sources },
                                       std::pair { NumArticles, &r.articles } }) {
        if (!number(field(column), *out) || *out < 0)
            throw fail(column, tr("\"%1\" is not a count").arg(quoted(column)));
    }
    if (!field(AvgTone).empty() && !number(field(AvgTone), r.tone))
        throw fail(AvgTone, tr("\"%1\" is not a tone (a number)").arg(quoted(AvgTone)));
    r.place.assign(field(ActionGeoFullName));
    r.placeCountry.assign(field(ActionGeoCountry));
    r.latitude.reset();
    r.longitude.reset();
    double lat = 0;
    double lon = 0;
    if (!field(ActionGeoLat).empty() && !field(ActionGeoLong).empty()) {
        if (!number(field(ActionGeoLat), lat) || !(lat >= -90 && lat <= 90))
            throw fail(ActionGeoLat, tr("\"%1\" is not a latitude").arg(quoted(ActionGeoLat)));
        if (!number(field(ActionGeoLong), lon) || !(lon >= -180 && lon <= 180))
            throw fail(ActionGeoLong, tr("\"%1\" is not a longitude").arg(quoted(ActionGeoLong)));
        r.latitude = lat;
        r.longitude = lon;
    }
    r.url.clear();
    if (m_columns != 57)
        r.url.assign(fields.back());
    r.reports = 1;
    r.urls.clear();
}

bool GdeltLayout::looksLikeGdelt(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    std::vector<std::string_view> fields;
    while (true) {
        const std::size_t tab = line.find('\t');
        fields.push_back(line.substr(0, tab));
        if (tab == std::string_view::npos)
            break;
        line.remove_prefix(tab + 1);
    }
    return GdeltLayout(static_cast<int>(fields.size())).isValid() && allDigits(fields[GlobalEventId])
        && dayOf(fields[SqlDate]) != 0;
}

} // namespace entente
