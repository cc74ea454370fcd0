#include "filehealth.h"

#include "document.h"
#include "store/store.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace entente {

FileHealth::FileHealth(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

FileHealth::~FileHealth()
{
    stopWatching();
}

bool FileHealth::canAsk()
{
    // --self-test and --screenshot run with no one to answer: a question would wait forever.
    return !QCoreApplication::instance()->property(kHeadlessProperty).toBool();
}

FileHealth::Choice FileHealth::askAboutDamage(const QString &message, bool alreadyOpen)
{
    if (!canAsk())
        return alreadyOpen ? Choice::ReadOnly : Choice::Cancel;
    QMessageBox box(QMessageBox::Warning, tr("Damaged file"), message, QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("damagedFileBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(alreadyOpen
                               ? tr("Entente will not write to it. You can go on reading it read-only, or copy "
                                    "what can still be read into a new file.")
                               : tr("You can read what is left read-only, or copy what can still be read into a "
                                    "new file. The damaged file is left exactly as it is."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    QPushButton *recover = box.addButton(tr("Recover into a &New File…"), QMessageBox::ActionRole);
    recover->setObjectName(QStringLiteral("recover"));
    // An open file stays open read-only when the box is dismissed; a refused one stays closed.
    QPushButton *cancel = alreadyOpen ? nullptr : box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.setEscapeButton(alreadyOpen ? static_cast<QAbstractButton *>(readOnly) : cancel);
    box.exec();
    if (box.clickedButton() == recover)
        return Choice::Recover;
    if (box.clickedButton() == readOnly || alreadyOpen)
        return Choice::ReadOnly;
    return Choice::Cancel;
}

QString FileHealth::recover(const QString &path)
{
    if (!canAsk())
        return {};
    const QFileInfo info(path);
    QString suggested = info.dir().filePath(info.completeBaseName() + tr("-recovered") + QStringLiteral(".entente"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = info.dir().filePath(info.completeBaseName() + tr("-recovered") + QString::number(n)
                                        + QStringLiteral(".entente"));
    QString target = QFileDialog::getSaveFileName(m_window, tr("Recover into a New File"), suggested,
                                                  tr("Entente files (*.entente)"));
    if (target.isEmpty())
        return {};
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".entente");
    if (QFileInfo(target).absoluteFilePath() == info.absoluteFilePath()) {
        QMessageBox::warning(m_window, tr("Recover"), tr("Choose a new file: the damaged one is left as it is."));
        return {};
    }
    if (QFileInfo::exists(target))
        QFile::remove(target); // the file dialog asked before replacing it

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QProgressDialog progress(tr("Copying what can be read from %1…").arg(info.fileName()), tr("Cancel"), 0, 0,
                             m_window);
    progress.setObjectName(QStringLiteral("recoverProgress"));
    progress.setWindowTitle(tr("Recover"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<Store::RecoverResult> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Store::RecoverResult>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [cancel] { cancel->store(true); });
    watcher.setFuture(QtConcurrent::run(&workerPool(),
                                        [path, target, cancel] { return Store::recover(path, target, cancel.get()); }));
    loop.exec();
    progress.reset();
    const Store::RecoverResult result = watcher.result();
    if (!result.ok) {
        if (!result.cancelled)
            QMessageBox::warning(m_window, tr("Recover"), result.error);
        return {};
    }
    QMessageBox::information(
        m_window, tr("Recover"),
        result.tablesWithLoss > 0
            ? tr("%n row(s) were recovered into %1. Some could not be read and are missing.", nullptr,
                 static_cast<int>(result.rowsRecovered))
                  .arg(QFileInfo(target).fileName())
            : tr("%n row(s) were recovered into %1; nothing was lost.", nullptr, static_cast<int>(result.rowsRecovered))
                  .arg(QFileInfo(target).fileName()));
    return target;
}

FileHealth::Finished FileHealth::finishImport(const QString &path)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto permille = std::make_shared<std::atomic<int>>(0);
    QProgressDialog progress(tr("The last import into %1 was interrupted. Taking it back out, so the file is as "
                                "it was before it…")
                                 .arg(QFileInfo(path).fileName()),
                             tr("Cancel"), 0, 1000, m_window);
    progress.setObjectName(QStringLiteral("finishImportProgress"));
    progress.setWindowTitle(tr("Open"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&progress, permille] { progress.setValue(permille->load()); });
    poll.start(100);
    QFutureWatcher<Finished> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Finished>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [cancel] { cancel->store(true); });
    watcher.setFuture(QtConcurrent::run(&workerPool(), [path, cancel, permille] {
        Store::OpenOptions options;
        options.exclusive = true;
        options.cancelled = [cancel] { return cancel->load(); };
        options.finishing = [permille](int done, int total) {
            if (total > 0)
                permille->store(done * 1000 / total);
        };
        Finished finished;
        try {
            // Opened here, completed and closed: the window then opens the finished file.
            const Store::OpenResult opened = Store::open(path, options);
            finished.ok = opened.store != nullptr;
            finished.kind = opened.kind;
            finished.message = opened.error;
        } catch (const std::exception &e) {
            finished.kind = Store::OpenError::Other;
            finished.message = tr("%1 cannot be opened: its interrupted import could not be taken back: %2.")
                                   .arg(QFileInfo(path).fileName(), Store::cause(e));
        }
        return finished;
    }));
    loop.exec();
    poll.stop();
    progress.reset();
    return watcher.result();
}

void FileHealth::watch(Document *document)
{
    stopWatching();
    const QString path = document ? document->path() : QString();
    if (path.isEmpty() || QFileInfo(path).size() <= Store::kQuickCheckAtOpenBytes)
        return;
    m_watched = path;
    ++m_running;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // Through the document's read queue, beside the views' reads.
    const QFuture<QStringList> checked = document->read(
        [](Store &store, const CancelToken &cancel) {
            // Only when a core is otherwise idle: on Linux the other levels are ignored for
            // ordinary threads, and the check then took a core from the index build of the file
            // it checks. (The queue puts the thread's priority back after the job.)
            QThread::currentThread()->setPriority(QThread::IdlePriority);
            return Store::checkFile(store.path(), cancel.flag());
        },
        m_cancel);
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        --m_running;
        QStringList problems;
        try {
            if (watcher->future().resultCount() > 0)
                problems = watcher->result();
        } catch (const std::exception &) {
            // The file would not open for the check: open() said why already, or will.
        }
        if (path != m_watched)
            return;
        m_watched.clear();
        if (!problems.isEmpty())
            emit checkFailed(path, problems);
        emit checkFinished(path);
    });
    watcher->setFuture(checked);
}

void FileHealth::stopWatching()
{
    m_watched.clear();
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace entente
