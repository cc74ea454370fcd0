#include "workerpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace entente {

namespace {

// Enough threads that short chart queries do not queue behind a long index build and layout.
constexpr int kMinimumThreads = 4;

} // namespace

Q_GLOBAL_STATIC(QThreadPool, s_pool)

QThreadPool &workerPool()
{
    QThreadPool *pool = s_pool();
    static const bool configured = [pool] {
        pool->setMaxThreadCount(std::max(kMinimumThreads, QThread::idealThreadCount()));
        pool->setObjectName(QStringLiteral("entente workers"));
        return true;
    }();
    Q_UNUSED(configured);
    return *pool;
}

} // namespace entente
