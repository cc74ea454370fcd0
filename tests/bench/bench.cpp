#include "bench.h"

#include <QFile>

#include <malloc.h>

#include <algorithm>
#include <vector>

namespace entente::bench {

QList<Entry> &registry()
{
    static QList<Entry> entries;
    return entries;
}

Registration::Registration(const char *name, Function function)
{
    registry().append({ QString::fromLatin1(name), std::move(function) });
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

qint64 peakRssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

void resetPeakRss()
{
    // What earlier steps freed (a generator's rows) goes back to the system first, so that the
    // peak counts only what the measured step holds (5M events: 1,019 MB read so, 729 MB in a
    // process of its own).
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace entente::bench
