#include "sharedsession.h"

#include "document.h"
#include "store/pg/pglistener.h"
#include "store/pg/pgmirror.h"
#include "store/remotechanges.h"

#include <QFutureWatcher>

#include <algorithm>
#include <climits>

namespace entente {

namespace {

constexpr int kCoalesceMs = 50;
constexpr int kRetryMs = 1000;

} // namespace

SharedSession::SharedSession(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_listener(std::make_unique<pg::PgListener>(document->location()))
{
    m_pullSoon.setSingleShot(true);
    m_pullSoon.setInterval(kCoalesceMs);
    connect(&m_pullSoon, &QTimer::timeout, this, &SharedSession::pull);
    connect(m_listener.get(), &pg::PgListener::notified, this, [this] { m_pullSoon.start(); });
    connect(m_listener.get(), &pg::PgListener::connectionLost, this, [this](const QString &sentence) {
        m_connected = false;
        emit connectionChanged(false, sentence + u' ' + tr("What is on screen stays, read-only, until it is back."));
    });
    connect(m_listener.get(), &pg::PgListener::connectionRestored, this, [this] {
        m_connected = true;
        emit connectionChanged(true, tr("The connection to the shared timeline is back."));
        pull(); // what others changed meanwhile (the store reconnects if it has to)
        rememberOwnConnection();
    });
    rememberOwnConnection();
    m_listener->start();
}

void SharedSession::rememberOwnConnection()
{
    // Notices of this window's own writes need no pull (the pull would find them its own anyway).
    if (const pg::PgMirror *mirror = m_document->store().shared())
        m_listener->setOwnBackendPids({ mirror->backendPid() });
}

SharedSession::~SharedSession()
{
    m_listener->stop();
}

bool SharedSession::canEdit() const
{
    return m_connected && !m_document->isReadOnly();
}

void SharedSession::pull()
{
    if (m_fetching)
        return; // pulled again when the fetch ends
    try {
        if (const std::optional<WaitingImport> waiting = m_document->waitingImport()) {
            fetch(*waiting);
            return;
        }
        const RemoteChanges changes = m_document->pullRemote();
        if (changes.isEmpty() || changes.ownOnly())
            return;
        emit pulled();
        const QString sentence = describe(changes);
        if (!sentence.isEmpty())
            emit note(sentence);
    } catch (const StoreError &error) {
        // A lost server is the listener's to report (once, and when it is back: then this pull
        // is made again); anything else is said here. Either way the pull is tried again soon:
        // no notice may come for what it missed.
        if (error.kind() != StoreError::Kind::Connection)
            emit note(error.message());
        if (m_connected)
            m_pullSoon.start(kRetryMs);
        return;
    }
    m_pullSoon.setInterval(kCoalesceMs);
}

void SharedSession::fetch(const WaitingImport &waiting)
{
    m_fetching = true;
    const int events = static_cast<int>(std::min<qint64>(waiting.events, INT_MAX));
    emit fetchingChanged(
        true,
        events > 0
            ? tr("%1 imported %Ln event(s): fetching them; the timeline is read-only "
                 "until they are in.",
                 nullptr, events)
                  .arg(waiting.user)
            : tr("An import by %1 is being fetched; the timeline is read-only until it is in.").arg(waiting.user));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, waiting, events] {
        const QString error = watcher->future().resultCount() > 0 ? watcher->result() : QString();
        watcher->deleteLater();
        m_fetching = false;
        if (!error.isEmpty())
            emit fetchingChanged(false, error);
        else if (events > 0)
            emit fetchingChanged(false, tr("%1’s import is in: %Ln event(s).", nullptr, events).arg(waiting.user));
        else
            emit fetchingChanged(false, tr("%1’s import is in.").arg(waiting.user));
        emit pulled();
        // What came meanwhile; after a failure, tried again soon.
        m_pullSoon.start(error.isEmpty() ? kCoalesceMs : kRetryMs);
    });
    watcher->setFuture(m_document->fetchWaitingImport());
}

QString SharedSession::titleOf(const QString &table, qint64 id) const
{
    const Store &store = m_document->store();
    if (table == u"events") {
        if (const auto event = store.event(id))
            return event->title;
    } else if (table == u"actors") {
        if (const auto actor = store.actor(id))
            return actor->name;
    } else if (table == u"sources") {
        if (const auto source = store.source(id))
            return source->title;
    }
    return QString();
}

QString SharedSession::describe(const RemoteChanges &changes) const
{
    // The first change of someone else's to a record with a title names it; the rest are counted.
    const RemoteChange *first = nullptr;
    QSet<QString> records;
    for (const RemoteChange &c : changes.changes) {
        if (c.own)
            continue;
        const bool main = c.table == u"events" || c.table == u"actors" || c.table == u"sources";
        if (!first && main)
            first = &c;
        records.insert(c.table + u':' + QString::number(c.id));
    }
    if (records.isEmpty())
        return QString();
    if (!first) {
        const RemoteChange *any = nullptr;
        for (const RemoteChange &c : changes.changes)
            if (!c.own && !any)
                any = &c;
        return tr("%1 changed the shared timeline.").arg(any->user);
    }
    QString title = titleOf(first->table, first->id);
    if (title.isEmpty())
        title = tr("#%1").arg(first->id);
    QString text;
    const QString quoted = u'‘' + title + u'’';
    switch (first->op) {
    case RemoteChange::Op::Insert:
        text = tr("%1 added %2").arg(first->user, quoted);
        break;
    case RemoteChange::Op::Delete:
        text = tr("%1 deleted %2").arg(first->user, quoted);
        break;
    case RemoteChange::Op::Update:
        text = tr("%1 edited %2").arg(first->user, quoted);
        break;
    }
    const int more = static_cast<int>(records.size()) - 1;
    if (more > 0)
        text += u' ' + tr("(and %n more)", nullptr, more);
    return text;
}

} // namespace entente
