#include "igraphlock.h"

#include <igraph.h>

namespace entente {

QMutex IgraphLock::s_mutex;

IgraphLock::IgraphLock()
{
    s_mutex.lock();
    // The default handler aborts the process; ignoring lets callers read the error code.
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
}

IgraphLock::~IgraphLock()
{
    s_mutex.unlock();
}

} // namespace entente
