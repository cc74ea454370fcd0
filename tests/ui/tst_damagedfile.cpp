// The window's ways out of a damaged file, walked as a user would: a file refused at open is
// offered read-only or recovered into a new file (through the file dialog, off the GUI thread);
// a file too big for the check at open is checked in the background once open, and when the
// check fails the window stops writing to it.
#include "document.h"
#include "filedigest.h"
#include "filehealth.h"
#include "interruptedimport.h"
#include "mainwindow.h"
#include "sampledataset.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QApplication>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace entente;
using entente::test::digest;

namespace {

// The sample plus `padding` events of filler, closed and checkpointed.
void makeFile(const QString &path, int padding)
{
    auto r = Store::open(path, { .create = true });
    QVERIFY2(r.store, qPrintable(r.error));
    SampleDataset::write(*r.store);
    if (padding > 0) {
        SQLite::Database &db = r.store->database();
        SQLite::Statement q(db,
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                            "INSERT INTO events (start_date, start_key, end_key, title, summary, kind, status) "
                            "SELECT '2020-01-01', 1577836800, 1577836800 + 86400, 'Filler ' || i, "
                            "printf('%.900c', 'x'), 'statement', 'reported' FROM n");
        q.bind(1, padding);
        q.exec();
    }
}

// Overwrites one page in the middle of the file with garbage.
void corruptMiddlePage(const QString &path)
{
    int pageSize = 4096;
    {
        SQLite::Database db(QFile::encodeName(path).constData(), SQLite::OPEN_READONLY);
        pageSize = db.execAndGet("PRAGMA page_size").getInt();
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / pageSize;
    QVERIFY(pages > 4);
    QVERIFY(f.seek((pages / 2) * pageSize));
    f.write(QByteArray(pageSize, '\xA5'));
}

// Runs `act` on the next modal widget of type T to appear (message box, file dialog), from the
// event loop; others (the recovery's progress dialog) are let be.
template<typename T = QMessageBox> void onNextModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act = std::move(act)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (qobject_cast<T *>(modal) && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

void clickButton(QWidget *box, const char *objectName)
{
    auto *button = box->findChild<QPushButton *>(QString::fromLatin1(objectName));
    QVERIFY2(button, objectName);
    button->click();
}

} // namespace

class TestDamagedFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusedFileOpensReadOnly()
    {
        const QString p = path(QStringLiteral("ro.entente"));
        makeFile(p, 300);
        corruptMiddlePage(p);
        const QByteArray before = digest(p);
        MainWindow window;
        QString boxText;
        onNextModal([&](QWidget *box) {
            boxText = qobject_cast<QMessageBox *>(box)->text();
            clickButton(box, "openReadOnly");
        });
        QVERIFY(window.openFile(p));
        QVERIFY2(boxText.contains(QStringLiteral("ro.entente")), qPrintable(boxText));
        QVERIFY(window.document());
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.document()->store().countEvents() > 0);
        window.closeDocument();
        QCOMPARE(digest(p), before);
    }

    void refusedFileCanBeCancelled()
    {
        const QString p = path(QStringLiteral("cancel.entente"));
        makeFile(p, 300);
        corruptMiddlePage(p);
        MainWindow window;
        onNextModal([](QWidget *box) { qobject_cast<QMessageBox *>(box)->reject(); });
        QVERIFY(!window.openFile(p));
        QVERIFY(!window.document());
    }

    void refusedFileRecoversIntoANewFile()
    {
        const QString p = path(QStringLiteral("rec.entente"));
        const QString target = path(QStringLiteral("rec-saved.entente"));
        makeFile(p, 300);
        corruptMiddlePage(p);
        const QByteArray before = digest(p);
        MainWindow window;
        bool sawDialog = false;
        bool sawReport = false;
        onNextModal([&](QWidget *box) {
            clickButton(box, "recover");
            // Then the file dialog, suggesting a name beside the damaged file.
            onNextModal<QFileDialog>([&](QWidget *dialog) {
                auto *files = qobject_cast<QFileDialog *>(dialog);
                QVERIFY(files);
                sawDialog = true;
                // Typed into the name field, as a user would (selectFile() races the dialog's own
                // completion under load).
                auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(target);
                static_cast<QDialog *>(files)->accept(); // QFileDialog::accept is protected
                // Then the report of what was recovered.
                onNextModal([&](QWidget *report) {
                    const QString text = qobject_cast<QMessageBox *>(report)->text();
                    sawReport = text.contains(QStringLiteral("rec-saved"));
                    if (!sawReport)
                        qWarning("report: %s", qPrintable(text));
                    qobject_cast<QMessageBox *>(report)->accept();
                });
            });
        });
        QVERIFY(window.openFile(p));
        QVERIFY(sawDialog);
        QVERIFY(sawReport);
        QVERIFY(window.document());
        QCOMPARE(QFileInfo(window.document()->path()).fileName(), QStringLiteral("rec-saved.entente"));
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(window.document()->store().countEvents() > 0);
        QVERIFY(window.document()->store().integrityProblems().isEmpty());
        window.closeDocument();
        QCOMPARE(digest(p), before);
    }

    void bigFileIsCheckedInTheBackground()
    {
        // Over the size checked at open: 20,000 events of about a kilobyte.
        const QString p = path(QStringLiteral("big.entente"));
        makeFile(p, 20000);
        QVERIFY(QFileInfo(p).size() > Store::kQuickCheckAtOpenBytes);
        corruptMiddlePage(p);
        const QByteArray before = digest(p);
        MainWindow window;
        QSignalSpy failed(window.fileHealth(), &FileHealth::checkFailed);
        QString boxText;
        onNextModal([&](QWidget *box) {
            boxText = qobject_cast<QMessageBox *>(box)->text();
            clickButton(box, "openReadOnly");
        });
        // Opens: the page-level damage is past what open() checks for a file this size.
        QVERIFY(window.openFile(p));
        QVERIFY(window.fileHealth()->isChecking());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QTRY_VERIFY(boxText.contains(QStringLiteral("integrity check")));
        QVERIFY(window.document());
        QVERIFY(window.document()->isReadOnly());
        window.closeDocument();
        QCOMPARE(digest(p), before);
    }

    void soundBigFilePassesTheBackgroundCheck()
    {
        const QString p = path(QStringLiteral("sound.entente"));
        makeFile(p, 20000);
        MainWindow window;
        QSignalSpy failed(window.fileHealth(), &FileHealth::checkFailed);
        QSignalSpy finished(window.fileHealth(), &FileHealth::checkFinished);
        QVERIFY(window.openFile(p));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!window.document()->isReadOnly());
    }

    // A crash between an import's two commits leaves the rows without their indexes: the
    // window takes the import back off its thread before it opens the file (an import is all or
    // nothing), and can be cancelled.
    void interruptedImportIsTakenBackBeforeOpening()
    {
        const QString csv = path(QStringLiteral("many.csv"));
        QVERIFY(test::writeManyAcled(csv, 20000));
        const QString p = path(QStringLiteral("interrupted.entente"));
        QVERIFY(test::makeInterruptedImport(csv, m_dir.path(), p));
        QVERIFY(Store::hasUnfinishedImport(p));
        MainWindow window;
        // Cancelled as soon as the window waits for the worker: not opened, the rows kept.
        auto *cancel = new QTimer(&window);
        connect(cancel, &QTimer::timeout, cancel, [&window, cancel] {
            if (auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("finishImportProgress"))) {
                QVERIFY(dialog->labelText().contains(QStringLiteral("interrupted.entente")));
                if (qEnvironmentVariableIsSet("ENTENTE_SHOT_DIR"))
                    dialog->grab().save(qEnvironmentVariable("ENTENTE_SHOT_DIR") + QStringLiteral("/finishing.png"));
                dialog->findChild<QPushButton *>()->click(); // its Cancel button
                cancel->stop();
            }
        });
        cancel->start(0);
        QVERIFY(!window.openFile(p));
        QVERIFY(!cancel->isActive());
        QVERIFY(!window.document());
        QVERIFY(Store::hasUnfinishedImport(p));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(window.statusBar()->currentMessage()));

        QVERIFY(window.openFile(p));
        QVERIFY(window.document());
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(!Store::hasUnfinishedImport(p));
        QCOMPARE(window.document()->store().countEvents(), 0);
        QVERIFY(window.document()->store().search(QStringLiteral("ceasefire")).isEmpty());
    }

    void newFileIsHeldAgainstASecondWindow()
    {
        const QString p = path(QStringLiteral("new.entente"));
        MainWindow first;
        QVERIFY(first.newFile(p));
        auto second = Document::open(p);
        QVERIFY2(second.document, qPrintable(second.error));
        QVERIFY(second.document->isReadOnly());
        QVERIFY(!second.notice.isEmpty());
    }
};

QTEST_MAIN(TestDamagedFile)
#include "tst_damagedfile.moc"
