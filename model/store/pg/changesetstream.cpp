// The session's declarations are in sqlite3.h only with SQLITE_ENABLE_SESSION (Debian's library
// has them), so it is included first here.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "store/pg/changesetstream.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace entente::pg {

namespace {

// SQLite hands the changeset over a kilobyte at a time; they are gathered into pieces this large.
constexpr std::size_t kChunkBytes = std::size_t(1) << 20;

} // namespace

ChangesetStream::ChangesetStream(sqlite3_session *session, Then then)
{
    m_thread = std::thread([this, session, then = std::move(then)] {
        const int result = sqlite3session_changeset_strm(session, &ChangesetStream::output, this);
        auto stopped = [this] {
            const std::lock_guard lock(m_mutex);
            return m_stop;
        };
        {
            const std::lock_guard lock(m_mutex);
            m_result = result;
            m_done = true;
        }
        m_changed.notify_all();
        if (result != SQLITE_OK || !then || stopped())
            return;
        try {
            then(stopped);
        } catch (...) {
            m_thenError = std::current_exception(); // read after the join
        }
    });
}

ChangesetStream::~ChangesetStream()
{
    stop();
}

void ChangesetStream::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    if (m_thread.joinable())
        m_thread.join();
}

int ChangesetStream::output(void *self, const void *data, int size)
{
    auto *stream = static_cast<ChangesetStream *>(self);
    {
        const std::lock_guard lock(stream->m_mutex);
        if (stream->m_stop)
            return SQLITE_ABORT;
        if (stream->m_chunks.empty() || stream->m_chunks.back().size() >= kChunkBytes) {
            stream->m_chunks.emplace_back();
            stream->m_chunks.back().reserve(kChunkBytes + static_cast<std::size_t>(size));
        }
        stream->m_chunks.back().append(static_cast<const char *>(data), static_cast<std::size_t>(size));
    }
    stream->m_changed.notify_one();
    return SQLITE_OK;
}

int ChangesetStream::input(void *self, void *data, int *size)
{
    auto *stream = static_cast<ChangesetStream *>(self);
    std::unique_lock lock(stream->m_mutex);
    auto &chunks = stream->m_chunks;
    // A piece read whole is let go once the thread has gone on to the next.
    auto unread = [stream, &chunks] {
        while (chunks.size() > 1 && stream->m_offset == chunks.front().size()) {
            chunks.pop_front();
            stream->m_offset = 0;
        }
        return !chunks.empty() && stream->m_offset < chunks.front().size();
    };
    stream->m_changed.wait(lock, [stream, &unread] { return unread() || stream->m_done; });
    if (!unread()) {
        *size = 0; // the end, or the making failed (finish() says which)
        return stream->m_result == SQLITE_OK ? SQLITE_OK : SQLITE_ABORT;
    }
    const std::string &front = chunks.front();
    const std::size_t n = std::min(static_cast<std::size_t>(*size), front.size() - stream->m_offset);
    std::memcpy(data, front.data() + stream->m_offset, n);
    stream->m_offset += n;
    *size = static_cast<int>(n);
    return SQLITE_OK;
}

int ChangesetStream::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_thenError)
        std::rethrow_exception(std::exchange(m_thenError, nullptr));
    return m_result;
}

} // namespace entente::pg
