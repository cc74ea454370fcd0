// The GDELT 2.0 part of the benchmark's data generator (generator.h).
#include "generator.h"

#include "store/store.h"

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>

#include <cmath>
#include <iterator>

namespace entente::bench {

namespace {

struct Country
{
    const char *code;
    const char *name;
    const char *geo; // FIPS code, as GDELT's geography columns write it
    double lat;
    double lon;
};

const Country kCountries[] = {
    { "USA", "UNITED STATES", "US", 38.9, -77.0 }, { "RUS", "RUSSIA", "RS", 55.75, 37.6 },
    { "UKR", "UKRAINE", "UP", 50.45, 30.5 },       { "CHN", "CHINA", "CH", 39.9, 116.4 },
    { "GBR", "UNITED KINGDOM", "UK", 51.5, -0.1 }, { "FRA", "FRANCE", "FR", 48.85, 2.35 },
    { "DEU", "GERMANY", "GM", 52.5, 13.4 },        { "TUR", "TURKEY", "TU", 39.9, 32.85 },
    { "ISR", "ISRAEL", "IS", 31.8, 35.2 },         { "IRN", "IRAN", "IR", 35.7, 51.4 },
    { "IND", "INDIA", "IN", 28.6, 77.2 },          { "JPN", "JAPAN", "JA", 35.7, 139.7 },
    { "SAU", "SAUDI ARABIA", "SA", 24.7, 46.7 },   { "EGY", "EGYPT", "EG", 30.05, 31.25 },
    { "BRA", "BRAZIL", "BR", -15.8, -47.9 },       { "POL", "POLAND", "PL", 52.2, 21.0 },
    { "QAT", "QATAR", "QA", 25.3, 51.5 },          { "SYR", "SYRIA", "SY", 33.5, 36.3 },
    { "PAK", "PAKISTAN", "PK", 33.7, 73.05 },      { "KOR", "SOUTH KOREA", "KS", 37.55, 127.0 },
};

// Common codes, each with its QuadClass and Goldstein score as GDELT gives them.
struct Code
{
    const char *code;
    int quad;
    double goldstein;
};

const Code kCodes[] = {
    { "010", 1, 0.0 },  { "012", 1, -0.4 }, { "013", 1, 0.4 },   { "020", 1, 3.0 },   { "036", 1, 4.0 },
    { "040", 1, 1.0 },  { "042", 1, 1.9 },  { "043", 1, 2.8 },   { "046", 1, 7.0 },   { "051", 1, 3.4 },
    { "057", 1, 8.0 },  { "061", 2, 6.4 },  { "071", 2, 7.4 },   { "0871", 2, 9.0 },  { "090", 2, -2.0 },
    { "111", 3, -2.0 }, { "112", 3, -2.0 }, { "125", 3, -5.0 },  { "130", 3, -4.4 },  { "141", 3, -6.5 },
    { "163", 4, -8.0 }, { "173", 4, -5.0 }, { "190", 4, -10.0 }, { "193", 4, -10.0 }, { "195", 4, -10.0 },
};

const char *const kTypes[] = { "", "", "GOV", "GOV", "MIL", "OPP", "MED", "BUS" };
const char *const kSites[]
    = { "reuters.com",         "apnews.com", "bbc.co.uk",       "aljazeera.com", "dailysabah.com",
        "kyivindependent.com", "tass.com",   "theguardian.com", "lemonde.fr",    "dw.com" };
const char *const kWords[] = { "talks",      "ceasefire", "summit",   "envoy",     "treaty",   "exchange", "border",
                               "delegation", "minister",  "proposal", "sanctions", "corridor", "observers" };

} // namespace

void Generator::writeGdeltEvents(const QString &path, const Spec &spec, const GdeltVariety &variety)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw StoreError(file.errorString().toStdString());
    QRandomGenerator rng(spec.seed);
    // Countries by 1/rank, as in the news.
    std::vector<double> cumulative;
    double total = 0;
    for (std::size_t i = 0; i < std::size(kCountries); ++i)
        cumulative.push_back(total += 1.0 / static_cast<double>(i + 1));
    auto country = [&]() -> const Country & {
        const double u = rng.generateDouble() * total;
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), u);
        return kCountries[std::min<std::size_t>(static_cast<std::size_t>(it - cumulative.begin()),
                                                std::size(kCountries) - 1)];
    };
    const int knownPeople = std::max(10, spec.actors * 4);
    qint64 newPeople = 0;
    qint64 newUrls = 0;
    QByteArray row;
    QByteArray block;
    auto geo = [&](const Country &c, double dlat, double dlon) {
        row += "1\t";
        row += c.name;
        row += '\t';
        row += c.geo;
        row += '\t';
        row += c.geo;
        row += "00\t\t"; // ADM1, ADM2
        row += QByteArray::number(c.lat + dlat, 'f', 4) + '\t' + QByteArray::number(c.lon + dlon, 'f', 4);
        row += '\t';
        row += c.geo;
        row += '\t';
    };
    auto actor = [&](const Country &c) {
        const char *type = kTypes[rng.bounded(static_cast<int>(std::size(kTypes)))];
        QByteArray name = c.name;
        if (*type && rng.generateDouble() < 0.3) {
            // A person: one of the usual, or now and then someone new to the file.
            const qint64 person
                = rng.generateDouble() < variety.newActors ? knownPeople + ++newPeople : rng.bounded(knownPeople);
            name = "PERSON " + QByteArray::number(person) + ' ' + c.code;
        }
        row += c.code;
        row += type;
        row += '\t' + name + '\t';
        row += c.code;
        row += "\t\t\t\t\t";
        row += type;
        row += "\t\t\t";
    };
    for (qint64 i = 0; i < spec.events; ++i) {
        const int day = 1 + static_cast<int>(std::floor(std::pow(rng.generateDouble(), 0.8) * 31)) % 31;
        const QByteArray date = QByteArray::number(spec.startYear * 10000 + spec.month * 100 + day);
        const Code &code = kCodes[rng.bounded(static_cast<int>(std::size(kCodes)))];
        const Country &c1 = country();
        const Country &c2 = country();
        const int mentions = 1 + static_cast<int>(std::floor(std::pow(rng.generateDouble(), 3) * 60));
        row.clear();
        row += QByteArray::number(1'100'000'000 + i) + '\t' + date + '\t' + date.left(6) + '\t' + date.left(4) + '\t'
            + date.left(4) + '.'
            + QByteArray::number(QDate(spec.startYear, spec.month, day).dayOfYear() * 27).rightJustified(4, '0') + '\t';
        actor(c1);
        if (rng.generateDouble() < 0.85)
            actor(c2);
        else
            row += "\t\t\t\t\t\t\t\t\t\t";
        row += "1\t";
        row += code.code;
        row += '\t';
        row += QByteArray(code.code).left(3) + '\t' + QByteArray(code.code).left(2) + '\t';
        row += QByteArray::number(code.quad) + '\t' + QByteArray::number(code.goldstein, 'f', 1) + '\t';
        row += QByteArray::number(mentions) + '\t' + QByteArray::number(1 + mentions / 4) + '\t'
            + QByteArray::number(mentions) + '\t' + QByteArray::number(rng.generateDouble() * 20 - 10, 'f', 6) + '\t';
        const double dlat = rng.generateDouble() - 0.5;
        const double dlon = rng.generateDouble() - 0.5;
        geo(c1, dlat, dlon);
        geo(c2, dlat, dlon);
        geo(c1, dlat, dlon);
        row += date + QByteArray::number(rng.bounded(24) * 10000 + rng.bounded(4) * 1500).rightJustified(6, '0');
        // A story seen before has the same URL again: its site and words follow from its number.
        const qint64 story = rng.generateDouble() < variety.newSources ? 1'000'000 + ++newUrls : rng.bounded(2000);
        row += "\thttps://www.";
        row += kSites[story % static_cast<qint64>(std::size(kSites))];
        row += "/news/";
        const qsizetype urlStart = row.size();
        for (qint64 w = story; row.size() - urlStart < variety.urlLength - 40; w = w / 3 + 7) {
            row += kWords[w % static_cast<qint64>(std::size(kWords))];
            row += '-';
        }
        row += QByteArray::number(story) + ".html\n";
        block += row;
        if (block.size() > (1 << 22)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
}

} // namespace entente::bench
