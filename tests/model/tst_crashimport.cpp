// `entente import` (the built binary, ENTENTE_BINARY) killed with SIGKILL in the middle of a
// large import: the file reopens sound, with what it held before and nothing of the import.
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace entente;

class TestCrashImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void killedMidImportLeavesTheFileAsItWas()
    {
        const QString db = path(QStringLiteral("target.entente"));
        const QString small = path(QStringLiteral("small.csv"));
        const QString big = path(QStringLiteral("big.csv"));
        {
            QFile f(small);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start,actors\nBefore the crash,2021-05-01,Türkiye\n");
        }
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start,actors,summary\n");
            QByteArray block;
            for (int i = 0; i < 1500000; ++i) {
                block += "Imported round " + QByteArray::number(i) + ",2022-" + QByteArray::number(1 + i % 12) + "-"
                    + QByteArray::number(1 + i % 28) + ",Actor " + QByteArray::number(i % 97)
                    + ",Some words of summary\n";
                if (block.size() > (1 << 20)) {
                    f.write(block);
                    block.clear();
                }
            }
            f.write(block);
        }
        QProcess first;
        first.start(QStringLiteral(ENTENTE_BINARY), { QStringLiteral("import"), small, QStringLiteral("--into"), db });
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 0);

        QProcess import;
        import.start(QStringLiteral(ENTENTE_BINARY), { QStringLiteral("import"), big, QStringLiteral("--into"), db });
        QVERIFY(import.waitForStarted());
        // Kill once the import is writing: its progress line shows, or its WAL has grown.
        QElapsedTimer timer;
        timer.start();
        QByteArray err;
        while (timer.elapsed() < 60000 && import.state() == QProcess::Running) {
            import.waitForReadyRead(50);
            err += import.readAllStandardError();
            if (err.contains("importing") || QFileInfo(db + QStringLiteral("-wal")).size() > (8 << 20))
                break;
        }
        QVERIFY2(import.state() == QProcess::Running, "the import finished before it could be killed");
        qInfo("killing the import after %lld ms (WAL %lld bytes, stderr \"%s\")", timer.elapsed(),
              QFileInfo(db + QStringLiteral("-wal")).size(), err.trimmed().constData());
        ::kill(static_cast<pid_t>(import.processId()), SIGKILL);
        QVERIFY(import.waitForFinished(10000));
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        auto opened = Store::open(db, {});
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.store->integrityProblems().isEmpty());
        QCOMPARE(opened.store->counts().events, 1);
        QCOMPARE(opened.store->counts().actors, 1);
        QVERIFY(opened.store->search(QStringLiteral("Imported")).isEmpty());
        QCOMPARE(opened.store->search(QStringLiteral("crash")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCrashImport)
#include "tst_crashimport.moc"
