#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace entente {

class Document;
struct RemoteChanges;
struct WaitingImport;

namespace pg {
class PgListener;
}

// A window's live link to a shared timeline: listens for the server's change notices (its own
// connection, on a thread of its own), pulls others' changes into the mirror, which the Document
// announces by id so the views update; says so in one quiet line ("olena added ‘Second round of
// talks’"). A lost connection makes the window read-only until the listener is back, then what
// was missed is pulled. Someone else's import (seconds to write at 100k events) is fetched on a
// worker thread while the window stays read-only.
class SharedSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedSession)

public:
    explicit SharedSession(Document *document, QObject *parent = nullptr);
    ~SharedSession() override;

    bool isConnected() const { return m_connected; }
    // Someone else's import is being fetched on a worker thread (the window is read-only).
    bool isFetching() const { return m_fetching; }
    // The window may edit: connected, and the database role may write.
    bool canEdit() const;
    pg::PgListener *listener() const { return m_listener.get(); }
    // Pulls now (also what a notice does, 50 ms later, so a burst makes one pull).
    void pull();
    // The sentence for what others changed ("olena added ‘Second round of talks’"), empty when
    // nothing of theirs came.
    QString describe(const RemoteChanges &changes) const;

signals:
    void note(const QString &text);
    // Lost: the window is read-only and says why; restored: editable again.
    void connectionChanged(bool connected, const QString &sentence);
    // Something of others' was pulled in (History refreshes).
    void pulled();
    // Someone else's import began or ended being fetched, off the window's thread: the window
    // is read-only meanwhile, and says so.
    void fetchingChanged(bool fetching, const QString &sentence);

private:
    QString titleOf(const QString &table, qint64 id) const;
    void rememberOwnConnection();
    void fetch(const WaitingImport &waiting);

    Document *m_document;
    std::unique_ptr<pg::PgListener> m_listener;
    QTimer m_pullSoon;
    bool m_connected = true;
    bool m_fetching = false;
};

} // namespace entente
