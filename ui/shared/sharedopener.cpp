// SharedOpener: a shared timeline opened off the GUI thread, with progress and Cancel.
#include "shared/sharedopener.h"

#include "workerpool.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <climits>
#include <memory>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::SharedOpener", text);
}

// What the worker has reached, read by the dialog's timer.
struct Reached
{
    enum Phase { Connecting, Fetching, Copying, Indexing };
    std::atomic<int> phase { Connecting };
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { 0 };
    std::atomic<bool> cancel { false };
};

} // namespace

QString SharedOpener::copyingText(const QString &name, qint64 done, qint64 total)
{
    const int count = static_cast<int>(std::min<qint64>(total, INT_MAX));
    return QCoreApplication::translate(
               "entente::SharedOpener",
               "Copying %1 to this computer, the first time it is opened here:\n%2 of %Ln record(s)…", nullptr, count)
        .arg(name, QLocale().toString(done));
}

QString SharedOpener::fetchingText(const QString &name, qint64 doneBytes, qint64 totalBytes)
{
    return tr("Fetching the starting copy of %1 to this computer, the first time it is opened here:\n%2 of %3 MB…")
        .arg(name, QLocale().toString(double(doneBytes) / 1e6, 'f', 0),
             QLocale().toString(double(totalBytes) / 1e6, 'f', 0));
}

QString SharedOpener::indexingText(const QString &name, int done, int total)
{
    return tr("Preparing the copy of %1 for search and browsing:\nstep %2 of %3…")
        .arg(name)
        .arg(done + 1 > total ? total : done + 1)
        .arg(total);
}

Store::OpenResult SharedOpener::open(QWidget *window, const QString &url, const QString &name)
{
    auto reached = std::make_shared<Reached>();
    QProgressDialog progress(tr("Opening the shared timeline %1…").arg(name), tr("Cancel"), 0, 1000, window);
    progress.setObjectName(QStringLiteral("sharedOpenProgress"));
    progress.setWindowTitle(tr("Open Shared Timeline"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&progress, reached, name] {
        if (reached->cancel.load())
            return;
        const qint64 done = reached->done.load();
        const qint64 total = reached->total.load();
        switch (reached->phase.load()) {
        case Reached::Copying:
            progress.setLabelText(copyingText(name, done, total));
            // The copy is most of the time; the indexes the last fifth.
            progress.setValue(total > 0 ? int(done * 800 / total) : 0);
            break;
        case Reached::Fetching:
            progress.setLabelText(fetchingText(name, done, total));
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            break;
        case Reached::Indexing:
            progress.setLabelText(indexingText(name, int(done), int(total)));
            progress.setValue(800 + (total > 0 ? int(done * 200 / total) : 0));
            break;
        default:
            break;
        }
    });
    poll.start(100);
    using Outcome = std::shared_ptr<Store::OpenResult>;
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    // The copy stops within a few thousand rows; connecting cannot be stopped, so the dialog
    // says it is stopping until the worker has let go of the mirror.
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [reached, &progress] {
        reached->cancel.store(true);
        progress.setLabelText(tr("Stopping…"));
        progress.setCancelButton(nullptr);
        progress.show();
    });
    watcher.setFuture(QtConcurrent::run(&workerPool(), [url, name, reached] {
        Store::OpenOptions options;
        options.allowReadOnly = true; // as a window opens a file (Document::open)
        options.exclusive = true;
        options.cancelled = [reached] { return reached->cancel.load(); };
        options.fetching = [reached](qint64 done, qint64 total) {
            reached->total.store(total);
            reached->done.store(done);
            reached->phase.store(Reached::Copying);
        };
        options.downloading = [reached](qint64 done, qint64 total) {
            reached->total.store(total);
            reached->done.store(done);
            reached->phase.store(Reached::Fetching);
        };
        options.finishing = [reached](int done, int total) {
            reached->phase.store(Reached::Indexing);
            reached->total.store(total);
            reached->done.store(done);
        };
        auto outcome = std::make_shared<Store::OpenResult>();
        try {
            *outcome = Store::open(url, options);
        } catch (const std::exception &e) {
            outcome->kind = Store::OpenError::Other;
            outcome->error = tr("The shared timeline %1 cannot be opened: %2.").arg(name, Store::cause(e));
        }
        return outcome;
    }));
    loop.exec();
    poll.stop();
    progress.reset();
    Outcome outcome = watcher.result();
    Store::OpenResult result = std::move(*outcome);
    if (reached->cancel.load() && result.store) {
        // Cancelled after the copy was already whole: the user asked not to open it.
        result.store.reset();
        result.kind = Store::OpenError::Cancelled;
        result.error = tr("Opening the shared timeline %1 was stopped.").arg(name);
    }
    return result;
}

} // namespace entente
