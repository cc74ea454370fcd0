// Store benchmarks: generating, opening, counting and searching a large file.
#include "bench.h"
#include "generator.h"

#include "store/store.h"

#include <QElapsedTimer>

namespace entente::bench {

namespace {

QList<Result> runStoreBenchmarks(const Options &options)
{
    QList<Result> results;
    const QString path = options.workDir + QStringLiteral("/store.entente");
    QElapsedTimer t;
    t.start();
    Generator::writeEntente(path, { options.events, options.actors, options.years, 1995, options.seed });
    const double genSeconds = static_cast<double>(t.elapsed()) / 1000.0;
    results.append({ QStringLiteral("store"), QStringLiteral("generate %1 events (raw API)").arg(options.events),
                     static_cast<double>(options.events) / genSeconds, QStringLiteral("rows/s"), QString() });
    std::unique_ptr<Store> store;
    const double openMs = medianMs(1, [&] { store = Store::open(path, {}).store; });
    results.append({ QStringLiteral("store"), QStringLiteral("open"), openMs, QStringLiteral("ms"), QString() });
    results.append({ QStringLiteral("store"), QStringLiteral("count all events"),
                     medianMs(5, [&] { store->countEvents(); }), QStringLiteral("ms"), QString() });
    EventFilter f;
    f.text = QStringLiteral("ceasefire summit");
    results.append({ QStringLiteral("store"), QStringLiteral("full-text count 'ceasefire summit'"),
                     medianMs(5, [&] { store->countEvents(f); }), QStringLiteral("ms"), QString() });
    results.append({ QStringLiteral("store"), QStringLiteral("first 200 ids sorted by title"),
                     medianMs(5, [&] { store->eventIds({}, EventOrder::Title, false, 200, 0); }), QStringLiteral("ms"),
                     QStringLiteral("<= 1000 ms") });
    return results;
}

const Registration registration("store", &runStoreBenchmarks);

} // namespace

} // namespace entente::bench
