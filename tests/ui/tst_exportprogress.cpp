// File ▸ Export… of a large file: written off the GUI thread with a progress dialog whose
// Cancel stops it and leaves a file already at the path as it was.
#include "importexportactions.h"
#include "interruptedimport.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

class TestExportProgress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    static constexpr int kEvents = 40000;

    QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString csv = m_dir.filePath(QStringLiteral("many.csv"));
        QVERIFY(test::writeManyAcled(csv, kEvents));
        m_db = m_dir.filePath(QStringLiteral("many.entente"));
        auto opened = Store::open(m_db, { .create = true });
        QVERIFY(opened.store);
        ImportProgress progress;
        const ImportResult r = importFile(csv, *opened.store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void exportShowsProgressAndFinishes()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_db));
        const QString out = m_dir.filePath(QStringLiteral("all.csv"));
        QSignalSpy done(window.importExport(), &ImportExportActions::exportFinished);
        window.importExport()->exportFile(out, QStringLiteral("csv"), false);
        QVERIFY(window.importExport()->isBusy()); // off the GUI thread
        QProgressDialog *dialog = window.findChild<QProgressDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->labelText().startsWith(QStringLiteral("Exporting all.csv")));
        int highest = 0;
        while (done.isEmpty()) {
            QTest::qWait(20);
            if (auto *d = window.findChild<QProgressDialog *>()) {
                if (d->value() > highest && d->value() < 1000 && qEnvironmentVariableIsSet("ENTENTE_SHOT_DIR")
                    && highest == 0)
                    d->grab().save(qEnvironmentVariable("ENTENTE_SHOT_DIR") + QStringLiteral("/export-progress.png"));
                highest = std::max(highest, d->value());
            }
        }
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(highest > 0);
        QCOMPARE(readAll(out).count('\n'), kEvents + 1);
        QVERIFY(!window.findChild<QProgressDialog *>());
        QVERIFY(!window.importExport()->isBusy());
    }

    void cancelKeepsTheFileThatWasThere()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_db));
        const QString out = m_dir.filePath(QStringLiteral("kept.json"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"kept\": true}\n");
        }
        QSignalSpy done(window.importExport(), &ImportExportActions::exportFinished);
        window.importExport()->exportFile(out, QStringLiteral("json"), false);
        QProgressDialog *dialog = window.findChild<QProgressDialog *>();
        QVERIFY(dialog);
        QPushButton *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        cancel->click();
        QVERIFY(done.count() == 1 || done.wait(30000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(done.first().at(1).toString(), QStringLiteral("The export was cancelled; nothing was written."));
        QCOMPARE(readAll(out), QByteArray("{\"kept\": true}\n"));
        QVERIFY(!window.importExport()->isBusy());
    }
};

QTEST_MAIN(TestExportProgress)
#include "tst_exportprogress.moc"
