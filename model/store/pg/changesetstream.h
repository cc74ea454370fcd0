#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3_session;

namespace entente::pg {

// The changeset of a large write (an import), made by SQLite on a thread of its own while the push
// sends what is made so far: at a million ACLED rows, making it took 20 s before the server was
// sent a row. The connection has no lock of its own (the Store opens it so, for speed): until
// finish() has returned, the thread alone may use it. What the thread makes is kept until read, so
// it never waits for the reader, and finish() always returns.
class ChangesetStream
{
public:
    // `then`: more work for the connection, done by the thread once the changeset is made whole
    // (an import's indexes, while the server takes the rows); it is given a test of whether the
    // reader has given up meanwhile, to stop early.
    using Then = std::function<void(const std::function<bool()> &stopped)>;
    explicit ChangesetStream(sqlite3_session *session, Then then = {});
    // Stops the making (what is left is not made) and `then`, and waits for the thread.
    ~ChangesetStream();
    ChangesetStream(const ChangesetStream &) = delete;
    ChangesetStream &operator=(const ChangesetStream &) = delete;

    // sqlite3changeset_start_strm's input: up to *size bytes into data, waiting for them; *size 0
    // at the end.
    static int input(void *self, void *data, int *size);
    // Waits for the thread (the changeset made, and `then` done); SQLITE_OK when the changeset was
    // made whole. Throws what `then` threw.
    int finish();

private:
    static int output(void *self, const void *data, int size);
    void stop();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::string> m_chunks; // made, not read yet (the front read from m_offset on)
    std::size_t m_offset = 0;
    bool m_done = false; // the changeset is made, or its making failed
    bool m_stop = false; // the reader gave up
    int m_result = 0; // the thread's result (SQLITE_OK...)
    std::exception_ptr m_thenError;
    std::thread m_thread;
};

} // namespace entente::pg
