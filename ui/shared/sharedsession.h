#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace entente {

class Document;
struct RemoteChanges;

namespace pg {
class PgListener;
}

// A window's live link to a shared timeline: listens for the server's change notices (its own
// connection, on a thread of its own), pulls others' changes into the mirror, which the Document
// announces by id so the views update; says so in one quiet line ("olena added ‘Second round of
// talks’"). A lost connection makes the window read-only until the listener is back, then what
// was missed is pulled.
class SharedSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedSession)

public:
    explicit SharedSession(Document *document, QObject *parent = nullptr);
    ~SharedSession() override;

    bool isConnected() const { return m_connected; }
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

private:
    QString titleOf(const QString &table, qint64 id) const;
    void rememberOwnConnection();

    Document *m_document;
    std::unique_ptr<pg::PgListener> m_listener;
    QTimer m_pullSoon;
    bool m_connected = true;
};

} // namespace entente
