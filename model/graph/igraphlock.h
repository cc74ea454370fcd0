#pragma once

#include <QMutex>

namespace entente {

// igraph 0.10 as Debian builds it is not thread-safe: its RNG, error handler and progress
// handler are process globals. Every igraph call in Entente runs under this lock, which also
// installs an error handler that reports instead of aborting.
class IgraphLock
{
public:
    IgraphLock();
    ~IgraphLock();
    IgraphLock(const IgraphLock &) = delete;
    IgraphLock &operator=(const IgraphLock &) = delete;

private:
    static QMutex s_mutex;
};

} // namespace entente
