#pragma once

#include <QMutex>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

namespace entente {

class Store;

// The document's readers (qBittorrent's one worker with a job queue): a pool of threads and of
// read-only connections to the document's file, each job borrowing one connection for its run.
// A database in memory has no second connection: its jobs run on the caller's thread, on the
// document's own connection, before start() returns. That choice is made here, once, for every
// view; a file that opened read-only (another window holds it, or it cannot be written, or it is
// damaged) is read the way it opened.
class ReadQueue
{
public:
    // `writer` is the document's own connection; it outlives the queue.
    explicit ReadQueue(Store &writer);
    ~ReadQueue(); // waits for the jobs that run (views cancel theirs first)
    ReadQueue(const ReadQueue &) = delete;
    ReadQueue &operator=(const ReadQueue &) = delete;

    // Runs `job` with a read-only connection on a worker thread, or with the document's own
    // connection here and now (in memory). The connection is null when it could not be opened
    // (the file has gone); `error` then says why.
    using Job = std::function<void(Store *store, const QString &error)>;
    void start(Job job);
    // Runs work that opens its own connection (an import's writer) on the same threads, so the
    // document waits for it when it closes.
    void run(std::function<void()> work);
    // Whether jobs run on the caller's thread (a database in memory).
    bool runsHere();
    // Connections opened so far (for tests).
    int connectionCount() const;

private:
    std::unique_ptr<Store> take(QString *error);
    void giveBack(std::unique_ptr<Store> store);

    Store &m_writer;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<Store>> m_free;
    int m_opened = 0;
    enum class Mode { Unknown, Here, Workers } m_mode = Mode::Unknown;
};

} // namespace entente
