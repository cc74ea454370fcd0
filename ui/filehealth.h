#pragma once

#include "store/store.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QWidget;

namespace entente {

class Document;

// The ways out of a damaged file. A file that open() refuses as damaged is offered read-only
// (to read what is left) or recovered into a new file (what can be read is copied, the rest
// named); a file too big for the check at open is checked on a worker thread once it is open,
// and the window is told if it fails.
class FileHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileHealth)

public:
    enum class Choice { ReadOnly, Recover, Cancel };
    // Set to true on the application by a run with no one to answer (--self-test, --screenshot):
    // a damaged file is then refused (or kept read-only) without a question.
    static constexpr const char *kHeadlessProperty = "entente.headless";
    static bool canAsk();

    explicit FileHealth(QWidget *window);
    ~FileHealth() override;

    // Asks what to do with a damaged file; `message` is open()'s one sentence.
    Choice askAboutDamage(const QString &message, bool alreadyOpen);
    // Asks where to put the recovered copy and copies on a worker thread, with progress and
    // cancel. Returns the new file's path, or empty when cancelled or failed (the user is told).
    // Not undoable, and no document's write: it makes a new file from one no document has open.
    QString recover(const QString &path);

    // Takes back an import that stored its rows and was stopped before it could build their
    // indexes (Store::hasUnfinishedImport), on a worker thread with progress and cancel, before
    // the window opens the file: an import is all or nothing. A cancel or a failure leaves the
    // file as it is. Not undoable, and no document's write: it runs before a document opens it.
    struct Finished
    {
        bool ok = false;
        Store::OpenError kind = Store::OpenError::None; // why not, as open() says it
        QString message; // one sentence when not ok
    };
    Finished finishImport(const QString &path);

    // Starts the full check of a file larger than the check at open covers, through the
    // document's read queue; checkFailed() follows if it finds damage while its file is still the
    // one being watched. A smaller file, or a new call, ends the watch of the previous one.
    void watch(Document *document);
    void stopWatching();
    // Whether a background check is running (for tests).
    bool isChecking() const { return m_running > 0; }

signals:
    void checkFailed(const QString &path, const QStringList &problems);
    void checkFinished(const QString &path);

private:
    QPointer<QWidget> m_window;
    QString m_watched;
    int m_running = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace entente
