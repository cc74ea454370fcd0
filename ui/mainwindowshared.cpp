// MainWindow: a shared timeline (PostgreSQL). Opening it (File ▸ Open Shared Database…), its live
// session (others' changes, the connection lost and back), the history dock, the Details line
// "edited by olena, 14:02", and an edit refused because someone changed the record meanwhile.
#include "mainwindow.h"

#include "detailspanel.h"
#include "document.h"
#include "editactions.h"
#include "shared/conflictdialog.h"
#include "shared/historypanel.h"
#include "shared/openshareddialog.h"
#include "shared/sharedopener.h"
#include "shared/sharedsession.h"
#include "store/pg/pghistory.h"
#include "store/pg/pglistener.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

namespace entente {

bool MainWindow::isSharedUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

void MainWindow::openSharedDialog()
{
    OpenSharedDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openShared(dialog.url());
}

bool MainWindow::openShared(const QString &url, const QString &password)
{
    // A password typed for this connection travels to libpq in this process's environment only
    // (never the settings), and only until another database is opened.
    if (password.isEmpty())
        qunsetenv("PGPASSWORD");
    else
        qputenv("PGPASSWORD", password.toUtf8());
    statusBar()->showMessage(tr("Opening the shared timeline…"));
    // On a worker thread: the first open here copies the whole timeline (seconds at a million
    // events), with progress and Cancel.
    auto result = Document::open(SharedOpener::open(this, url, sharedName(url)));
    statusBar()->clearMessage();
    if (result.kind == Store::OpenError::Cancelled) {
        m_lastError = result.error;
        statusBar()->showMessage(result.error, 15000);
        return false;
    }
    if (!result.document) {
        if (canAskForPassword() && pg::PgListener::asksForPassword(url)) {
            OpenSharedDialog dialog(this);
            dialog.setUrl(url);
            dialog.askPassword(tr("The server asks for the password of %1.").arg(QUrl(url).userName()));
            if (dialog.exec() == QDialog::Accepted)
                return openShared(dialog.url(), dialog.password());
            return false;
        }
        refuseFile(OpenSharedDialog::withoutPassword(url), result.error);
        return false;
    }
    setDocument(std::move(result.document));
    OpenSharedDialog::rememberUrl(url);
    updateRecentMenu();
    if (!result.notice.isEmpty())
        statusBar()->showMessage(result.notice, 15000);
    else if (m_document->isReadOnly())
        statusBar()->showMessage(tr("You may only read this shared timeline."), 15000);
    return true;
}

bool MainWindow::canAskForPassword() const
{
    return isVisible() && !qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS");
}

QString MainWindow::sharedName() const
{
    return sharedName(m_document->location());
}

QString MainWindow::sharedName(const QString &location)
{
    const QUrl url(location);
    QString host = url.host();
    if (url.port() > 0)
        host += u':' + QString::number(url.port());
    return tr("%1 on %2").arg(url.path().mid(1), host);
}

void MainWindow::createSharedViews()
{
    m_sharedHistory = new HistoryPanel(this);
    m_sharedHistoryDock
        = addDock(tr("Change History"), QStringLiteral("sharedHistoryDock"), m_sharedHistory, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_tableDock, m_sharedHistoryDock); // wide enough for the records' titles
    m_sharedHistoryDock->hide();
    // Shown from the View menu, its tab comes to the front.
    connect(m_sharedHistoryDock->toggleViewAction(), &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_sharedHistory->refresh();
            // After the dock area has made its tab.
            QTimer::singleShot(0, m_sharedHistoryDock, [this] { m_sharedHistoryDock->raise(); });
        }
    });
    m_sharedStatus = new QLabel(this);
    m_sharedStatus->setObjectName(QStringLiteral("sharedStatus"));
    m_sharedStatus->setTextFormat(Qt::PlainText);
    m_sharedStatus->hide();
    statusBar()->addPermanentWidget(m_sharedStatus);
    m_details->setProvenance([this](const QString &table, qint64 id) { return lastEditLine(table, id); });
}

void MainWindow::dropSharedSession()
{
    delete m_sharedSession;
    m_sharedSession = nullptr;
    m_sharedHistory->setDocument(nullptr);
}

void MainWindow::updateSharedSession()
{
    dropSharedSession();
    const bool shared = m_document && m_document->isShared();
    m_sharedHistory->setDocument(shared ? m_document.get() : nullptr);
    m_sharedHistoryDock->toggleViewAction()->setEnabled(shared);
    if (!shared) {
        tabifyDockWidget(m_tableDock, m_sharedHistoryDock); // wide enough for the records' titles
        m_sharedHistoryDock->hide();
        m_sharedStatus->hide();
        return;
    }
    m_sharedSession = new SharedSession(m_document.get(), this);
    connect(m_sharedSession, &SharedSession::note, this, [this](const QString &text) {
        m_lastSharedNote = text;
        statusBar()->showMessage(text, 8000);
    });
    connect(m_sharedSession, &SharedSession::pulled, m_sharedHistory, &HistoryPanel::soon);
    connect(m_sharedSession, &SharedSession::connectionChanged, this,
            [this](bool connected, const QString &text) { holdShared(text, connected ? 8000 : 0); });
    connect(m_sharedSession, &SharedSession::fetchingChanged, this,
            [this](bool fetching, const QString &text) { holdShared(text, fetching ? 0 : 8000); });
    updateSharedStatus();
}

void MainWindow::holdShared(const QString &text, int timeoutMs)
{
    // Read-only while the server is out of reach, and while someone's import is fetched.
    m_lastSharedNote = text;
    m_document->setHeldReadOnly(!m_sharedSession->isConnected() || m_sharedSession->isFetching());
    statusBar()->showMessage(text, timeoutMs);
    updateSharedStatus();
    updateTitle();
    m_details->setDocument(m_document.get());
    m_edit->setDocument(m_document.get()); // the edit actions follow isReadOnly()
}

void MainWindow::updateSharedStatus()
{
    if (!m_sharedSession)
        return;
    QString text = tr("Shared: %1").arg(sharedName());
    if (!m_sharedSession->isConnected())
        text += u" — " + tr("connection lost, read-only");
    else if (m_sharedSession->isFetching())
        text += u" — " + tr("fetching an import, read-only");
    else if (m_document->isReadOnly())
        text += u" — " + tr("read-only (viewer)");
    m_sharedStatus->setText(text);
    m_sharedStatus->show();
}

QString MainWindow::lastEditLine(const QString &table, qint64 id) const
{
    if (!m_document || !m_document->isShared() || (m_sharedSession && !m_sharedSession->isConnected()))
        return QString();
    try {
        const auto last = pg::PgHistory::lastChange(m_document->store(), table, id);
        if (!last)
            return QString();
        const QString when = HistoryPanel::shortWhen(last->at);
        return tr("%1 by %2, %3").arg(HistoryPanel::opText(*last), last->user, when);
    } catch (const StoreError &) {
        return QString();
    }
}

bool MainWindow::handleConflict(const QString &message)
{
    if (!m_document || m_document->lastErrorKind() != StoreError::Kind::Conflict)
        return false;
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    const ConflictDialog::Choice choice = ConflictDialog::ask(isVisible() ? this : nullptr, message, &m_lastDialog);
    if (choice == ConflictDialog::Choice::Reload && m_sharedSession) {
        m_sharedSession->pull();
    } else if (choice == ConflictDialog::Choice::ApplyAnyway) {
        // After the refused edit has returned (this runs inside it): applied over theirs.
        QTimer::singleShot(0, this, [this] {
            if (m_document && m_document->hasRefusedEdit() && m_document->applyRefusedEdit())
                statusBar()->showMessage(tr("Your change replaced theirs."), 8000);
        });
    }
    return true;
}

} // namespace entente
