#include "pglistener.h"

#include <libpq-fe.h>

#include <QByteArray>
#include <QMetaObject>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace entente::pg {

namespace {

// How long one wait lasts before the connection is looked at again: the wake pipe ends it sooner.
constexpr int kPollMs = 1000;
constexpr int kConnectTimeoutMs = 10000;

// The sequence number a notice carries: its payload's leading digits ("1234" or "1234 events 5").
qint64 seqOf(const char *payload)
{
    qint64 seq = 0;
    for (const char *p = payload; p && *p >= '0' && *p <= '9'; ++p)
        seq = seq * 10 + (*p - '0');
    return seq;
}

} // namespace

PgListener::PgListener(QString url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
{
    qRegisterMetaType<entente::pg::PgListener::State>();
    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        m_wake[0] = m_wake[1] = -1;
}

PgListener::~PgListener()
{
    stop();
    for (int fd : m_wake) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool PgListener::asksForPassword(const QString &url)
{
    const QByteArray utf8 = url.toUtf8();
    const char *keys[] = { "dbname", "connect_timeout", nullptr };
    const char *values[] = { utf8.constData(), "10", nullptr };
    pg_conn *conn = PQconnectdbParams(keys, values, 1);
    const bool asks = conn && PQstatus(conn) == CONNECTION_BAD && PQconnectionNeedsPassword(conn);
    PQfinish(conn);
    return asks;
}

void PgListener::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    // Empty the wake pipe of an earlier stop().
    char drain[64];
    while (m_wake[0] >= 0 && ::read(m_wake[0], drain, sizeof drain) > 0) { }
    setState(State::Connecting);
    m_thread = std::thread([this] { run(); });
}

void PgListener::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    const char byte = 1;
    if (m_wake[1] >= 0) [[maybe_unused]]
        const auto written = ::write(m_wake[1], &byte, 1);
    m_thread.join();
    setState(State::Stopped);
}

void PgListener::setOwnBackendPids(const std::vector<int> &pids)
{
    const std::lock_guard lock(m_pidsMutex);
    m_ownPids = pids;
}

void PgListener::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_maxDelayMs = std::max(firstMs, maxMs);
}

bool PgListener::isOwn(int pid) const
{
    const std::lock_guard lock(m_pidsMutex);
    return std::find(m_ownPids.begin(), m_ownPids.end(), pid) != m_ownPids.end();
}

void PgListener::setState(State state)
{
    if (m_state.exchange(state) != state)
        emit stateChanged(state);
}

int PgListener::wait(int fd, bool write, int timeoutMs)
{
    pollfd fds[2] = { { m_wake[0], POLLIN, 0 }, { fd, static_cast<short>(write ? POLLOUT : POLLIN), 0 } };
    for (;;) {
        if (m_stop)
            return -1;
        const int n = ::poll(fds, fd >= 0 ? 2 : 1, timeoutMs);
        if (n < 0 && errno == EINTR)
            continue;
        if (m_stop || (n > 0 && fds[0].revents))
            return -1;
        if (n <= 0)
            return n < 0 ? 1 : 0; // a failed poll: let libpq find out what is wrong
        return 1;
    }
}

bool PgListener::sleepFor(int ms)
{
    return wait(-1, false, ms) == 0;
}

bool PgListener::connectAndListen(pg_conn *&conn, QString &error)
{
    const QByteArray url = m_url.toUtf8();
    const char *keys[]
        = { "dbname", "application_name", "keepalives_idle", "keepalives_interval", "keepalives_count", nullptr };
    const char *values[] = { url.constData(), "entente listener", "10", "5", "3", nullptr };
    conn = PQconnectStartParams(keys, values, 1);
    if (!conn || PQstatus(conn) == CONNECTION_BAD) {
        error = tr("The shared timeline cannot be reached.");
        return false;
    }
    PostgresPollingStatusType polling = PGRES_POLLING_WRITING;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kConnectTimeoutMs);
    while (polling != PGRES_POLLING_OK) {
        if (polling == PGRES_POLLING_FAILED) {
            error = tr("The shared timeline cannot be reached.");
            return false;
        }
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now())
                  .count();
        const int ready = left > 0 ? wait(PQsocket(conn), polling == PGRES_POLLING_WRITING, static_cast<int>(left)) : 0;
        if (ready < 0)
            return false;
        if (ready == 0) {
            error = tr("The shared timeline did not answer in time.");
            return false;
        }
        polling = PQconnectPoll(conn);
    }
    // The server's notices ("terminating connection…") are not for the terminal.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    PGresult *result = PQexec(conn, "LISTEN entente_changes");
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok) {
        error = tr("The shared timeline's changes cannot be followed.");
        return false;
    }
    return true;
}

void PgListener::listen(pg_conn *conn)
{
    while (!m_stop) {
        const int ready = wait(PQsocket(conn), false, kPollMs);
        if (ready < 0)
            return;
        if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK)
            return;
        qint64 seq = 0;
        bool heard = false;
        while (PGnotify *notice = PQnotifies(conn)) {
            if (!isOwn(notice->be_pid)) {
                heard = true;
                seq = std::max(seq, seqOf(notice->extra));
            }
            PQfreemem(notice);
        }
        if (heard)
            emit notified(seq);
    }
}

void PgListener::run()
{
    int delay = m_firstDelayMs;
    bool lost = false;
    while (!m_stop) {
        setState(lost ? State::Lost : State::Connecting);
        pg_conn *conn = nullptr;
        QString error;
        if (connectAndListen(conn, error)) {
            delay = m_firstDelayMs;
            setState(State::Listening);
            if (lost)
                emit connectionRestored();
            lost = false;
            listen(conn);
            error = tr("The connection to the shared timeline was lost.");
        }
        if (conn)
            PQfinish(conn);
        if (m_stop)
            break;
        if (!lost) {
            lost = true;
            setState(State::Lost);
            emit connectionLost(error);
        }
        if (!sleepFor(delay))
            break;
        delay = std::min(delay * 2, m_maxDelayMs.load());
    }
}

} // namespace entente::pg
