// Chart benchmarks: the aggregate queries and a full chart render over a large file.
#include "bench.h"
#include "generator.h"

#include "charts/chartqueries.h"
#include "charts/chartrenderer.h"
#include "store/store.h"

#include <QChart>

namespace entente::bench {

namespace {

QList<Result> runChartBenchmarks(const Options &options)
{
    QList<Result> results;
    const QString path = options.workDir + QStringLiteral("/charts.entente");
    Generator::writeEntente(path, { options.events, options.actors, options.years, 1995, options.seed });
    std::unique_ptr<Store> store = Store::open(path, {}).store;
    const QString n = QString::number(options.events);
    auto add = [&](const QString &metric, double ms, const QString &goal = QStringLiteral("<= 1000 ms")) {
        results.append({ QStringLiteral("charts"), metric, ms, QStringLiteral("ms"), goal });
    };
    ActivityData byKind;
    add(QStringLiteral("activity by kind, %1 events").arg(n),
        medianMs(3, [&] { byKind = ChartQueries::activity(*store, {}, StackBy::Kind); }));
    add(QStringLiteral("activity by actor, %1 events").arg(n),
        medianMs(3, [&] { ChartQueries::activity(*store, {}, StackBy::Actor); }));
    add(QStringLiteral("actors, %1 events").arg(n), medianMs(3, [&] { ChartQueries::actors(*store, {}); }));
    add(QStringLiteral("statuses, %1 events").arg(n), medianMs(3, [&] { ChartQueries::statuses(*store, {}); }));
    // A filtered view: one year of the span, the usual case once the user narrows down.
    EventFilter year;
    if (!byKind.isEmpty()) {
        year.from = byKind.starts.at(byKind.starts.size() / 2);
        year.to = *year.from + 365 * 86400;
    }
    add(QStringLiteral("activity by kind, one year"),
        medianMs(3, [&] { ChartQueries::activity(*store, year, StackBy::Kind); }));
    add(QStringLiteral("statuses, one year"), medianMs(3, [&] { ChartQueries::statuses(*store, year); }));
    add(QStringLiteral("render activity chart to PNG 1200x675"),
        medianMs(3,
                 [&] {
                     renderChartToFile(*store, {}, QStringLiteral("activity"),
                                       options.workDir + QStringLiteral("/a.png"), QSize(1200, 675),
                                       QStringLiteral("light"));
                 }),
        QStringLiteral("<= 2000 ms"));
    return results;
}

const Registration registration("charts", &runChartBenchmarks);

} // namespace

} // namespace entente::bench
