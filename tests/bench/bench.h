#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

namespace entente::bench {

// What a benchmark is asked to measure at; `entente_bench --events N` changes the scale.
struct Options
{
    qint64 events = 1'000'000;
    int actors = 50;
    int years = 30;
    quint32 seed = 42;
    QString workDir; // a temporary folder for generated files, removed at exit
    QString file; // --open: the window benchmark opens this Entente file instead of a generated one
};

// One figure of the printed table.
struct Result
{
    QString benchmark;
    QString metric;
    double value = 0;
    QString unit;
    QString goal; // the target, e.g. "<= 0.5 s"
};

using Function = std::function<QList<Result>(const Options &)>;

// Registers a benchmark under a name at static-initialisation time:
//   static const bench::Registration r("timeline", &runTimelineBenchmarks);
struct Registration
{
    Registration(const char *name, Function function);
};

struct Entry
{
    QString name;
    Function function;
};
QList<Entry> &registry();

// The median of `runs` timings of `work`, in milliseconds.
double medianMs(int runs, const std::function<void()> &work);
// This process's peak resident memory, in bytes: since it started, or since resetPeakRss().
qint64 peakRssBytes();
// Starts the peak over from the memory resident now (Linux: /proc/self/clear_refs), so that one
// step's peak is not an earlier step's (the data generator's, say).
void resetPeakRss();

} // namespace entente::bench
