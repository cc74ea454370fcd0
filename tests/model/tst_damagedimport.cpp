// A full disk during an import: the import is rolled back, the file is as it was, and the
// error says so. The disk is a 2 MB tmpfs when this process may mount one (root); otherwise
// SQLite's max_page_count stands in for it, failing writes the same way (SQLITE_FULL).
#include "filedigest.h"
#include "io/importer.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using entente::test::digest;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestDamagedImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_disk; // the small file system, when mounted
    QString m_csv;

private slots:
    void initTestCase()
    {
        m_csv = m_dir.filePath(QStringLiteral("many.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,start,actors,summary\n");
        for (int i = 0; i < 40000; ++i)
            f.write("Round " + QByteArray::number(i) + ",2022-03-" + QByteArray::number(1 + i % 28) + ",Actor "
                    + QByteArray::number(i % 300) + "," + QByteArray(80, 'w') + "\n");
        const QString mountPoint = m_dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        if (run(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=2m"),
                  QStringLiteral("tmpfs"), mountPoint }))
            m_disk = mountPoint;
        qInfo("full disk simulated with %s", m_disk.isEmpty() ? "PRAGMA max_page_count" : "a 2 MB tmpfs");
    }

    void cleanupTestCase()
    {
        if (!m_disk.isEmpty())
            run(QStringLiteral("umount"), { QStringLiteral("-l"), m_disk });
    }

    void fullDiskRollsBack()
    {
        const QString dir = m_disk.isEmpty() ? m_dir.path() : m_disk;
        const QString db = dir + QStringLiteral("/full.entente");
        {
            auto opened = Store::open(db, { .create = true });
            QVERIFY2(opened.store, qPrintable(opened.error));
            Event e;
            e.title = QStringLiteral("Already there");
            e.start = FuzzyDate::day(2021, 5, 1);
            opened.store->addEvent(e);
        }
        const QByteArray before = digest(db);
        {
            auto opened = Store::open(db, {});
            QVERIFY2(opened.store, qPrintable(opened.error));
            Store &store = *opened.store;
            if (m_disk.isEmpty()) {
                const int pages = store.database().execAndGet("PRAGMA page_count").getInt();
                store.database().exec("PRAGMA max_page_count = " + std::to_string(pages + 100));
            }
            ImportOptions options;
            ImportProgress progress;
            const ImportResult r = importFile(m_csv, store, options, progress);
            qInfo("import onto a full disk: %s", qPrintable(r.error));
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("many.csv")) && r.error.contains(QStringLiteral("full")),
                     qPrintable(r.error));
            QCOMPARE(store.counts().events, 1);
            QCOMPARE(store.counts().actors, 0);
            // The store still works after the refusal: a small edit fits.
            QVERIFY(store.integrityProblems().isEmpty());
        }
        QCOMPARE(digest(db), before);
        auto reopened = Store::open(db, {});
        QVERIFY2(reopened.store, qPrintable(reopened.error));
        QCOMPARE(reopened.store->counts().events, 1);
        QVERIFY(reopened.store->integrityProblems().isEmpty());
        QVERIFY(reopened.store->search(QStringLiteral("Round")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDamagedImport)
#include "tst_damagedimport.moc"
