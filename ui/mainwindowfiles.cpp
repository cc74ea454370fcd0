// MainWindow: the file it has open. Opening (and the ways out of a damaged or interrupted file),
// new files, copies, the sample, recent files and files dropped on the window.
#include "mainwindow.h"

#include "document.h"
#include "filehealth.h"
#include "sampledataset.h"
#include "shared/openshareddialog.h"
#include "store/store.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace entente {

QString MainWindow::sampleFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("Istanbul talks 2022-2025.entente"));
}

bool MainWindow::openFile(const QString &path)
{
    if (isSharedUrl(path))
        return openShared(path);
    // A file left in the middle of an import by a crash gets its indexes first, off this thread.
    if (Store::hasUnfinishedImport(path)) {
        const FileHealth::Finished finished = m_health->finishImport(path);
        if (finished.kind == Store::OpenError::Cancelled) {
            statusBar()->showMessage(finished.message, 15000);
            return false;
        }
        if (finished.kind == Store::OpenError::Other) {
            showError(finished.message);
            return false;
        }
        // Refused for a reason open() handles below (another window has it, it is damaged).
    }
    auto result = Document::open(path);
    if (!result.document) {
        if (result.kind == Store::OpenError::Damaged)
            return openDamaged(path, result.error);
        refuseFile(path, result.error);
        return false;
    }
    setDocument(std::move(result.document));
    rememberRecent(path);
    if (!result.notice.isEmpty())
        statusBar()->showMessage(result.notice, 15000);
    else if (m_document->isReadOnly())
        statusBar()->showMessage(
            tr("%1 is read-only: you can read it but not change it.").arg(QFileInfo(path).fileName()), 10000);
    // A big file had only the cheap checks at open; the full one runs beside the window.
    m_health->watch(m_document.get());
    return true;
}

void MainWindow::refuseFile(const QString &path, const QString &reason)
{
    // A dialog, not only the status bar: the reason is worth reading and there is a next step.
    // Refused before the window shows (a file given on the command line), it waits for it.
    m_lastError = reason;
    statusBar()->showMessage(reason, 10000);
    const QString heading = tr("%1 was not opened.").arg(QFileInfo(path).fileName());
    const QString another = tr("Open Another File…");
    const QString sample = tr("Open the Sample");
    m_lastDialog = heading + u'\n' + reason + u'\n' + QStringList { another, sample, tr("Close") }.join(u'|');
    if (qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS") || !FileHealth::canAsk())
        return;
    if (!isVisible()) {
        QTimer::singleShot(0, this, [this, path, reason] {
            if (isVisible())
                refuseFile(path, reason);
        });
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("File Not Opened"), heading, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("refusedFileBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(reason);
    QPushButton *openAnother = box.addButton(another, QMessageBox::ActionRole);
    QPushButton *openTheSample = m_document ? nullptr : box.addButton(sample, QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == openAnother) {
        if (QAction *open = action(QStringLiteral("actionOpen")))
            open->trigger();
    } else if (openTheSample && box.clickedButton() == openTheSample) {
        openSample();
    }
}

bool MainWindow::openDamaged(const QString &path, const QString &message)
{
    m_lastError = message;
    switch (m_health->askAboutDamage(message, false)) {
    case FileHealth::Choice::ReadOnly: {
        auto opened = Store::openDamagedReadOnly(path);
        if (!opened.store) {
            showError(opened.error);
            return false;
        }
        setDocument(std::make_unique<Document>(std::move(opened.store)));
        statusBar()->showMessage(opened.notice, 15000);
        return true;
    }
    case FileHealth::Choice::Recover: {
        const QString recovered = m_health->recover(path);
        return !recovered.isEmpty() && openFile(recovered);
    }
    case FileHealth::Choice::Cancel:
        break;
    }
    return false;
}

void MainWindow::damageFound(const QString &path, const QStringList &problems)
{
    if (!m_document || m_document->path() != path)
        return;
    const QString message
        = tr("%1 failed its integrity check: %2").arg(QFileInfo(path).fileName(), problems.value(0).left(200));
    m_lastError = message;
    const FileHealth::Choice choice = m_health->askAboutDamage(message, true);
    // Whatever the choice, the damaged file is not written to again.
    auto opened = Store::openDamagedReadOnly(path);
    setDocument(opened.store ? std::make_unique<Document>(std::move(opened.store)) : nullptr);
    if (opened.store)
        statusBar()->showMessage(opened.notice, 15000);
    else
        showError(opened.error);
    if (choice == FileHealth::Choice::Recover) {
        const QString recovered = m_health->recover(path);
        if (!recovered.isEmpty())
            openFile(recovered);
    }
}

bool MainWindow::newFile(const QString &path)
{
    if (QFileInfo::exists(path)) {
        showError(tr("%1 exists already; choose another name.").arg(QFileInfo(path).fileName()));
        return false;
    }
    // Held like an opened file's: a second window on it opens it read-only.
    auto created = Store::open(path, { .create = true, .exclusive = true });
    if (!created.store) {
        showError(created.error);
        return false;
    }
    created.store->setMeta(QStringLiteral("title"), QFileInfo(path).completeBaseName());
    setDocument(std::make_unique<Document>(std::move(created.store)));
    rememberRecent(path);
    return true;
}

bool MainWindow::saveCopyAs(const QString &path)
{
    if (!m_document)
        return false;
    const QString target = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".entente") : path;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_document->path()).absoluteFilePath()) {
        showError(tr("Choose another file than the open one."));
        return false;
    }
    try {
        m_document->store().saveCopy(target);
    } catch (const StoreError &e) {
        showError(tr("The copy could not be written: %1").arg(e.message()));
        return false;
    }
    return openFile(target);
}

bool MainWindow::openSample()
{
    const QString path = sampleFilePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto created = Store::open(path, { .create = true });
        if (!created.store) {
            showError(created.error);
            return false;
        }
        try {
            SampleDataset::write(*created.store);
        } catch (const StoreError &e) {
            created.store.reset();
            QFile::remove(path);
            showError(e.message());
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::closeDocument()
{
    setDocument(nullptr);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int n = 1;
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n++).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    // Shared timelines opened before, as URLs (never with a password).
    const QStringList shared = OpenSharedDialog::recentUrls();
    if (!shared.isEmpty() && !recent.isEmpty())
        m_recentMenu->addSeparator();
    for (const QString &url : shared) {
        QString text = url;
        text.replace(u'&', QStringLiteral("&&"));
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n++).arg(text));
        connect(a, &QAction::triggered, this, [this, url] { openShared(url); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty() || !shared.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    // An Entente file opens; anything else is offered for import into the open file.
    if (path.endsWith(QLatin1String(".entente"), Qt::CaseInsensitive) || !m_document)
        openFile(path);
    else
        emit importRequested(path);
    event->acceptProposedAction();
}

} // namespace entente
