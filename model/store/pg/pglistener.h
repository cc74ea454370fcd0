#pragma once

// Live updates of a shared timeline: LISTEN entente_changes on a libpq connection of its own, on
// a thread of its own, so the window hears another person's change as soon as it is committed
// (PostgreSQL delivers a NOTIFY at commit: a half-done import is never heard of).
//
// The listener only says that something changed (the change log's sequence number, when the
// notice carries it); whoever owns the mirror then pulls the change log since its last seq and
// announces the rows by id. Notices sent by one of our own connections (setOwnBackendPids) are
// dropped. A lost connection is reported once, retried with a growing delay (250 ms doubling to
// 8 s), and a restored one is reported so the owner pulls what it missed meanwhile.

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

struct pg_conn;

namespace entente::pg {

class PgListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgListener)

public:
    static constexpr const char *kChannel = "entente_changes";
    enum class State { Stopped, Connecting, Listening, Lost };

    explicit PgListener(QString url, QObject *parent = nullptr);
    // Stops the thread (within a few milliseconds: the wait is woken, not timed out).
    ~PgListener() override;

    // Whether the server at `url` asks for a password nobody gave (~/.pgpass, PGPASSFILE,
    // PGPASSWORD): the window then asks for one (connects, blocking).
    static bool asksForPassword(const QString &url);

    void start();
    void stop();
    State state() const { return m_state.load(); }
    QString url() const { return m_url; }

    // The backend pids of this window's own connections: their notices are not passed on.
    void setOwnBackendPids(const std::vector<int> &pids);
    // The delays between attempts to reconnect (tests shorten them).
    void setRetryDelays(int firstMs, int maxMs);

signals:
    // Another connection committed changes: the highest sequence number heard in one read (0
    // when the notices carried none). Queued to the listener's thread of affinity.
    void notified(qint64 seq);
    // The connection could not be made or was lost: one sentence, and the listener retries.
    void connectionLost(const QString &sentence);
    // Listening (again) after connectionLost: pull what was missed meanwhile.
    void connectionRestored();
    void stateChanged(entente::pg::PgListener::State state);

private:
    void run();
    // Connects and listens; returns false (with `error`) when that failed or stop was asked.
    bool connectAndListen(pg_conn *&conn, QString &error);
    // Reads notices until the connection fails or stop is asked.
    void listen(pg_conn *conn);
    // Waits for `fd` (readable, or writable with `write`) or the wake pipe or `timeoutMs`.
    // Returns 1 when fd is ready, 0 on timeout, -1 when stop was asked.
    int wait(int fd, bool write, int timeoutMs);
    bool sleepFor(int ms); // false when stop was asked meanwhile
    void setState(State state);
    bool isOwn(int pid) const;

    QString m_url;
    std::thread m_thread;
    std::atomic<State> m_state { State::Stopped };
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_firstDelayMs { 250 };
    std::atomic<int> m_maxDelayMs { 8000 };
    int m_wake[2] = { -1, -1 }; // a pipe: stop() writes a byte to wake the wait
    mutable std::mutex m_pidsMutex;
    std::vector<int> m_ownPids;
};

} // namespace entente::pg
