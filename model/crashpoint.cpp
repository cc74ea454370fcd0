#include "crashpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>

namespace entente {

namespace {

struct Target
{
    QByteArray phase;
    int passage = 1;
};

const Target &target()
{
    static const Target t = [] {
        Target parsed;
        const QByteArray value = qgetenv("ENTENTE_CRASH_AT");
        const qsizetype colon = value.indexOf(':');
        parsed.phase = colon < 0 ? value : value.left(colon);
        if (colon >= 0)
            parsed.passage = std::max(1, value.mid(colon + 1).toInt());
        return parsed;
    }();
    return t;
}

std::atomic<int> g_passages { 0 };

} // namespace

void crashPoint(const char *phase)
{
    const Target &t = target();
    if (t.phase.isEmpty() || t.phase != phase)
        return;
    if (++g_passages < t.passage)
        return;
    std::raise(SIGKILL);
    std::abort(); // not reached
}

} // namespace entente
