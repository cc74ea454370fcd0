#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// One actor of a GDELT event as coded: "RUSGOV", "VLADIMIR PUTIN", country "RUS", type "GOV".
struct GdeltActor
{
    std::string code;
    std::string name;
    std::string country;
    std::string knownGroup;
    std::string type1;
    bool empty() const { return code.empty() && name.empty(); }
};

// One row of a GDELT event file, the columns Entente keeps, checked. The three layouts differ
// only in their geography columns (2.0 adds ADM2 codes) and their ends (1.0 from April 2013 and
// 2.0 add SOURCEURL); GdeltLayout finds each column in each.
struct GdeltRecord
{
    std::string id; // GLOBALEVENTID, digits
    int date = 0; // SQLDATE, yyyymmdd
    GdeltActor actor1;
    GdeltActor actor2;
    bool rootEvent = false;
    std::string eventCode; // "0871"
    int rootCode = 0; // 8
    int quadClass = 0;
    double goldstein = 0;
    std::int64_t mentions = 0;
    std::int64_t sources = 0;
    std::int64_t articles = 0;
    double tone = 0;
    std::string place; // ActionGeo_FullName
    std::string placeCountry; // ActionGeo_CountryCode (FIPS)
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::string url; // SOURCEURL (57 columns: none)
    // Reports folded into this one (options.fold): how many, and their source URLs.
    std::int64_t reports = 1;
    std::vector<std::string> urls;
};

class GdeltLayout
{
public:
    // The layout of a row of `columns` fields: 57, 58 (GDELT 1.0) or 61 (2.0); invalid otherwise.
    explicit GdeltLayout(int columns);
    bool isValid() const { return m_columns != 0; }
    int columns() const { return m_columns; }
    // "GDELT 1.0" or "GDELT 2.0".
    QString name() const;
    // The codebook's name of column `index` in this layout ("EventCode").
    QString columnName(int index) const;

    // Parses a row split at its tabs into `record`; throws RowError naming the column at fault.
    void parse(const std::vector<std::string_view> &fields, GdeltRecord &record) const;

    // True when the first line of a file looks like a GDELT event row: tab-separated, 57, 58 or
    // 61 fields, a numeric GLOBALEVENTID and a SQLDATE that is a day (yyyymmdd).
    static bool looksLikeGdelt(std::string_view firstLine);

private:
    int index(int column2) const; // the index in this layout of a column of the 2.0 layout
    int m_columns = 0;
};

} // namespace entente
