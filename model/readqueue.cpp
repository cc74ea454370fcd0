#include "readqueue.h"

#include "store/storereader.h"

#include <QMutexLocker>
#include <QThread>

#include <algorithm>

namespace entente {

namespace {

// Enough that a chart's short query does not queue behind an index build and a graph read.
constexpr int kReaders = 4;

} // namespace

ReadQueue::ReadQueue(Store &writer)
    : m_writer(writer)
{
    m_pool.setMaxThreadCount(std::max(kReaders, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("entente readers"));
}

ReadQueue::~ReadQueue()
{
    m_pool.waitForDone();
}

bool ReadQueue::runsHere()
{
    if (m_mode == Mode::Unknown) {
        // The first connection is opened here, so a file that has none (in memory) is known at
        // once and its reads never wait for a worker.
        QString error;
        auto first = StoreReader::open(m_writer, &error);
        if (first) {
            const QMutexLocker lock(&m_mutex);
            ++m_opened;
            m_free.push_back(std::move(first));
        }
        m_mode = m_opened > 0 ? Mode::Workers : Mode::Here;
    }
    return m_mode == Mode::Here;
}

int ReadQueue::connectionCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_opened;
}

void ReadQueue::start(Job job)
{
    if (runsHere()) {
        job(&m_writer, {});
        return;
    }
    m_pool.start([this, job = std::move(job)] {
        QString error;
        std::unique_ptr<Store> store = take(&error);
        const QThread::Priority priority = QThread::currentThread()->priority();
        job(store.get(), error);
        // A job may lower its thread's priority (the file check): the next one starts as usual.
        if (QThread::currentThread()->priority() != priority)
            QThread::currentThread()->setPriority(priority == QThread::InheritPriority ? QThread::NormalPriority
                                                                                       : priority);
        if (store)
            giveBack(std::move(store));
    });
}

void ReadQueue::run(std::function<void()> work)
{
    m_pool.start(std::move(work));
}

std::unique_ptr<Store> ReadQueue::take(QString *error)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_free.empty()) {
            std::unique_ptr<Store> store = std::move(m_free.back());
            m_free.pop_back();
            return store;
        }
    }
    auto store = StoreReader::open(m_writer, error);
    if (store) {
        const QMutexLocker lock(&m_mutex);
        ++m_opened;
    }
    return store;
}

void ReadQueue::giveBack(std::unique_ptr<Store> store)
{
    const QMutexLocker lock(&m_mutex);
    m_free.push_back(std::move(store));
}

} // namespace entente
