#include "generator.h"

#include "store/schema.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cmath>
#include <vector>

namespace entente::bench {

namespace {

const char *const kKinds[]
    = { "talks", "statement", "proposal", "agreement", "visit", "prisoner exchange", "sanctions", "protest" };
const char *const kStatuses[]
    = { "confirmed", "confirmed", "confirmed", "reported", "reported", "alleged", "disputed", "denied" };
const char *const kWords[]
    = { "talks",      "ceasefire", "summit",   "envoy",     "treaty",   "exchange",  "border",
        "delegation", "minister",  "proposal", "sanctions", "corridor", "observers", "guarantees" };

struct Draw
{
    explicit Draw(const Generator::Spec &s)
        : rng(s.seed)
        , spec(s)
    {
        // Activity follows 1/rank: a few actors are in most events, as in real news.
        double total = 0;
        for (int i = 0; i < spec.actors; ++i) {
            total += 1.0 / (i + 1);
            cumulative.push_back(total);
        }
        for (double &c : cumulative)
            c /= total;
        spanStart = FuzzyDate::day(spec.startYear, 1, 1).startSeconds();
        spanSeconds = FuzzyDate::day(spec.startYear + spec.years, 1, 1).startSeconds() - spanStart;
        for (int i = 0; i < 40; ++i)
            bursts.push_back(spanStart + static_cast<qint64>(rng.generateDouble() * spanSeconds));
    }
    int actor()
    {
        const double u = rng.generateDouble();
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), u);
        return static_cast<int>(it - cumulative.begin());
    }
    qint64 start()
    {
        // Half the events fall in bursts of a few weeks around news peaks.
        if (rng.generateDouble() < 0.5) {
            const qint64 centre = bursts[rng.bounded(static_cast<int>(bursts.size()))];
            const qint64 t = centre + static_cast<qint64>((rng.generateDouble() - 0.5) * 40 * 86400);
            return std::clamp(t, spanStart, spanStart + spanSeconds - 1);
        }
        return spanStart + static_cast<qint64>(rng.generateDouble() * spanSeconds);
    }
    QString title(qint64 i)
    {
        return QStringLiteral("%1 %2 %3 #%4")
            .arg(QLatin1String(kWords[rng.bounded(14)]), QLatin1String(kWords[rng.bounded(14)]),
                 QLatin1String(kWords[rng.bounded(14)]))
            .arg(i);
    }
    QRandomGenerator rng;
    Generator::Spec spec;
    std::vector<double> cumulative;
    std::vector<qint64> bursts;
    qint64 spanStart = 0;
    qint64 spanSeconds = 0;
};

FuzzyDate dateAt(qint64 seconds, FuzzyDate::Precision precision)
{
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    // civil_from_days (Hinnant)
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    switch (precision) {
    case FuzzyDate::Precision::Year:
        return FuzzyDate::year(y);
    case FuzzyDate::Precision::Month:
        return FuzzyDate::month(y, m);
    case FuzzyDate::Precision::Minute:
        return FuzzyDate::minute(y, m, d, static_cast<int>((seconds / 3600) % 24 + 24) % 24,
                                 static_cast<int>((seconds / 60) % 60 + 60) % 60);
    case FuzzyDate::Precision::Day:
        break;
    }
    return FuzzyDate::day(y, m, d);
}

} // namespace

void Generator::writeEntente(const QString &path, const Spec &spec)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    auto opened = Store::open(path, { .create = true });
    if (!opened.store)
        throw StoreError(opened.error.toStdString());
    SQLite::Database &db = opened.store->database();
    Draw draw(spec);
    db.exec("PRAGMA cache_size = -262144");
    db.exec("BEGIN");
    Schema::dropSearchTriggers(db);
    {
        SQLite::Statement actor(db, "INSERT INTO actors (id, name, kind) VALUES (?, ?, ?)");
        for (int i = 0; i < spec.actors; ++i) {
            actor.bind(1, i + 1);
            actor.bind(2, QStringLiteral("Actor %1").arg(i + 1, 3, 10, QLatin1Char('0')).toStdString());
            actor.bind(3, i % 3 == 0 ? "state" : (i % 3 == 1 ? "person" : "organization"));
            actor.exec();
            actor.reset();
        }
        SQLite::Statement event(db,
                                "INSERT INTO events (id, title, start_date, start_key, end_date, end_key, kind, "
                                "status) VALUES (?,?,?,?,?,?,?,?)");
        SQLite::Statement link(db,
                               "INSERT OR IGNORE INTO event_actors (event_id, actor_id, role, position) "
                               "VALUES (?,?,?,?)");
        for (qint64 i = 1; i <= spec.events; ++i) {
            const double p = draw.rng.generateDouble();
            const auto precision = p < 0.85 ? FuzzyDate::Precision::Day
                : p < 0.95                  ? FuzzyDate::Precision::Month
                : p < 0.98                  ? FuzzyDate::Precision::Minute
                                            : FuzzyDate::Precision::Year;
            const FuzzyDate start = dateAt(draw.start(), precision);
            std::optional<FuzzyDate> end;
            if (precision == FuzzyDate::Precision::Day && draw.rng.bounded(10) == 0)
                end = dateAt(start.startSeconds() + (1 + draw.rng.bounded(20)) * 86400, FuzzyDate::Precision::Day);
            event.bind(1, static_cast<int64_t>(i));
            event.bind(2, draw.title(i).toStdString());
            event.bind(3, start.toIsoString().toStdString());
            event.bind(4, static_cast<int64_t>(start.startSeconds()));
            end ? event.bind(5, end->toIsoString().toStdString()) : event.bind(5);
            event.bind(6, static_cast<int64_t>(end ? end->endSeconds() : start.endSeconds()));
            event.bind(7, kKinds[draw.rng.bounded(8)]);
            event.bind(8, kStatuses[draw.rng.bounded(8)]);
            event.exec();
            event.reset();
            const int n = 1 + draw.rng.bounded(3);
            for (int k = 0; k < n; ++k) {
                link.bind(1, static_cast<int64_t>(i));
                link.bind(2, draw.actor() + 1);
                link.bind(3, k == 0 ? "host" : "participant");
                link.bind(4, k);
                link.exec();
                link.reset();
            }
        }
    }
    Schema::createSearchTriggers(db);
    QElapsedTimer t;
    t.start();
    Schema::rebuildSearchIndex(db);
    qInfo("search index rebuilt in %lld ms", t.elapsed());
    db.exec("COMMIT");
}

void Generator::writeAcledCsv(const QString &path, const Spec &spec)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw StoreError(file.errorString().toStdString());
    Draw draw(spec);
    file.write("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
               "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
               "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
               "fatalities,tags,timestamp\n");
    static const char *const types[][2] = { { "Strategic developments", "Agreement" },
                                            { "Strategic developments", "Headquarters or base established" },
                                            { "Protests", "Peaceful protest" },
                                            { "Riots", "Violent demonstration" },
                                            { "Battles", "Armed clash" },
                                            { "Strategic developments", "Other" } };
    QByteArray row;
    for (qint64 i = 1; i <= spec.events; ++i) {
        const int precision = 1 + draw.rng.bounded(3); // ACLED: 1 day, 2 week, 3 month
        const FuzzyDate date = dateAt(draw.start(), FuzzyDate::Precision::Day);
        const auto &type = types[draw.rng.bounded(6)];
        const int a1 = draw.actor() + 1;
        const int a2 = draw.actor() + 1;
        const double lat = 44.0 + draw.rng.generateDouble() * 8.0;
        const double lon = 22.0 + draw.rng.generateDouble() * 18.0;
        row.clear();
        row += "UKR" + QByteArray::number(i) + ',' + date.toIsoString().toLatin1() + ','
            + QByteArray::number(date.yearNumber()) + ',' + QByteArray::number(precision) + ",Strategic developments,"
            + type[0] + ',' + type[1] + ",Actor " + QByteArray::number(a1) + ",\"Assoc " + QByteArray::number(a1)
            + "; Civilians (International)\",1,Actor " + QByteArray::number(a2)
            + ",,2,12,,804,Europe,Ukraine,Kyiv,Kyivska,,Location " + QByteArray::number(i % 5000) + ','
            + QByteArray::number(lat, 'f', 4) + ',' + QByteArray::number(lon, 'f', 4)
            + ",1,\"Source A; Source B\",National,\"Notes on event " + QByteArray::number(i) + ": "
            + kWords[draw.rng.bounded(14)] + ' ' + kWords[draw.rng.bounded(14)]
            + ", with a \"\"quoted\"\" phrase.\",0,,1700000000\n";
        file.write(row);
    }
}

} // namespace entente::bench
