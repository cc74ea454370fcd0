#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// What to keep of an event dataset before anything is stored (`import --where`, the import
// dialog's GDELT/UCDP page): a GDELT day is mostly noise for a diplomacy desk. Conditions are
// separated by spaces or semicolons and must all hold:
//   root=04,05         the CAMEO root code is one of these (GDELT)
//   code=036,0871      the CAMEO event code starts with one of these (GDELT)
//   quad=1,2           the QuadClass is one of these (GDELT; 1 verbal cooperation ... 4 material conflict)
//   country=RUS,UKR    either actor's country is one of these: CAMEO codes for GDELT, country
//                      names or Gleditsch-Ward numbers for UCDP
//   mentions>=5        at least that many mentions (GDELT NumMentions)
//   deaths>=10         at least that many deaths, UCDP's best estimate
//   from=2024-01-01    on or after that day; to=2024-01-31 on or before it
// Values are case-insensitive; an empty text keeps everything.
class DatasetFilter
{
public:
    // Throws ImportError with one sentence naming the condition that is wrong.
    static DatasetFilter parse(const QString &text);
    // The syntax in a few lines, for `import --help` and the dialog.
    static QString syntaxHelp();

    bool isEmpty() const { return m_empty; }
    // Each check passes when its condition was not given. Dates are yyyymmdd numbers.
    bool rootMatches(int root) const;
    bool codeMatches(std::string_view code) const;
    bool quadMatches(int quadClass) const;
    bool countryMatches(std::string_view country1, std::string_view country2) const;
    bool mentionsMatch(std::int64_t mentions) const { return mentions >= m_minMentions; }
    bool deathsMatch(std::int64_t deaths) const { return deaths >= m_minDeaths; }
    bool dateMatches(int yyyymmdd) const { return yyyymmdd >= m_from && yyyymmdd <= m_to; }
    // For a range [first, last] (UCDP's date_start, date_end): whether it meets the window.
    bool rangeMatches(int first, int last) const { return last >= m_from && first <= m_to; }
    bool hasCountries() const { return !m_countries.empty(); }

private:
    bool m_empty = true;
    std::vector<int> m_roots;
    std::vector<std::string> m_codes;
    std::vector<int> m_quads;
    std::vector<std::string> m_countries; // upper case
    std::int64_t m_minMentions = 0;
    std::int64_t m_minDeaths = 0;
    int m_from = 0;
    int m_to = 99999999;
};

} // namespace entente
