// Faults, on a PostgreSQL server of this test's own (tests/pg/pgserver.sh, a free port): the
// server is killed (pg_ctl stop -m immediate) while a window edits, and while it imports; then
// started again. The window says the connection is lost, holds what it shows read-only,
// reconnects by itself, and loses no edit the server accepted; an import the kill cut short is
// not on the server, nor in the mirror.
#include "document.h"
#include "mainwindow.h"
#include "shared/sharedsession.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pglistener.h"
#include "store/sharedtimeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace entente;
using namespace entente::pg;

namespace {

const QString kBack = QStringLiteral("The connection to the shared timeline is back");

} // namespace

class TestSharedFaults : public QObject
{
    Q_OBJECT

private:
    QString m_script;
    QString m_serverDir;
    QString m_url;
    QTemporaryDir m_dir;

    bool server(const QString &command)
    {
        QProcess p;
        p.start(m_script, { command, m_serverDir });
        return p.waitForFinished(120000) && p.exitCode() == 0;
    }
    // The server killed at once (as a crash), without waiting for it.
    void killSoon(QProcess &p) { p.start(m_script, { QStringLiteral("kill"), m_serverDir }); }
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        if (!window->openShared(m_url))
            return nullptr;
        window->sharedSession()->listener()->setRetryDelays(50, 300);
        return window;
    }

private slots:
    void initTestCase()
    {
        m_script = qEnvironmentVariable("ENTENTE_TEST_PG_SERVER");
        if (m_script.isEmpty())
            QSKIP("ENTENTE_TEST_PG_SERVER is not set (run through ctest)");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("ENTENTE_SHARED_CACHE", m_dir.filePath(QStringLiteral("cache")).toUtf8());
        // In /tmp: the user postgres must reach it when the tests run as root.
        m_serverDir = QStringLiteral("/tmp/entente-faults-%1").arg(QCoreApplication::applicationPid());
        QProcess start;
        start.start(m_script, { QStringLiteral("start"), m_serverDir, QStringLiteral("auto") });
        QVERIFY(start.waitForFinished(120000));
        QCOMPARE(start.exitCode(), 0);
        m_url = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
        QVERIFY(m_url.startsWith(u"postgresql://"));
        const auto made = SharedTimeline::init(m_url);
        QVERIFY2(made.ok, qPrintable(made.error));
    }

    void cleanupTestCase()
    {
        if (!m_serverDir.isEmpty())
            server(QStringLiteral("stop"));
    }

    void killedMidEdit()
    {
        auto window = openWindow();
        QVERIFY(window);
        Document *doc = window->document();
        QList<EventId> ids;
        for (int i = 0; i < 5; ++i) {
            Event e;
            e.title = QStringLiteral("Round %1").arg(i);
            e.start = FuzzyDate::day(2022, 3, 1 + i);
            const auto id = doc->addEvent(e);
            QVERIFY(id);
            ids.append(*id);
        }
        QTRY_COMPARE_WITH_TIMEOUT(window->sharedSession()->listener()->state(), PgListener::State::Listening, 20000);
        // Edits one after another while the server is killed under them.
        std::map<EventId, QString> accepted;
        std::map<EventId, QString> failed;
        QProcess kill;
        int i = 0;
        for (; i < 20000; ++i) {
            if (i == 20)
                killSoon(kill);
            const EventId id = ids.at(i % ids.size());
            Event e = *doc->store().event(id);
            e.summary = QStringLiteral("edit %1").arg(i);
            if (doc->editEvent(e)) {
                accepted[id] = e.summary;
            } else {
                QVERIFY(i >= 20);
                failed[id] = e.summary; // refused, or cut off: it may or may not have reached the server
                break;
            }
            QCoreApplication::processEvents();
        }
        QVERIFY(kill.waitForFinished(60000));
        QVERIFY2(!failed.empty(), "no edit failed after the kill");
        // The window says so and holds what it shows read-only.
        QTRY_VERIFY_WITH_TIMEOUT(!window->sharedSession()->isConnected(), 20000);
        QVERIFY(window->lastSharedNote().contains(u"lost"));
        QVERIFY(doc->isReadOnly());
        QVERIFY(window->windowTitle().contains(u"read-only"));
        Event e = *doc->store().event(ids.first());
        const QString before = e.summary;
        e.summary = QStringLiteral("while offline");
        QVERIFY(!doc->editEvent(e));
        QCOMPARE(doc->store().event(ids.first())->summary, before);

        // Back: by itself, editable again, nothing the server accepted lost.
        QVERIFY(server(QStringLiteral("restart")));
        QTRY_VERIFY_WITH_TIMEOUT(window->lastSharedNote().startsWith(kBack), 30000);
        QVERIFY(!doc->isReadOnly());
        auto check = PgConnection::connect(m_url);
        for (EventId id : ids) {
            const QString onServer = check->exec("SELECT summary FROM events WHERE id = $1", { qint64(id) }).text(0, 0);
            const bool lastAccepted = accepted.count(id) && onServer == accepted[id];
            const bool theCutOne = failed.count(id) && onServer == failed[id];
            QVERIFY2(lastAccepted || theCutOne, qPrintable(onServer));
        }
        e = *doc->store().event(ids.first());
        e.summary = QStringLiteral("after the restart");
        QVERIFY2(doc->editEvent(e), qPrintable(doc->lastError()));
        QCOMPARE(check->exec("SELECT summary FROM events WHERE id = $1", { qint64(ids.first()) }).text(0, 0),
                 e.summary);
    }

    void killedMidImport()
    {
        auto window = openWindow();
        QVERIFY(window);
        Document *doc = window->document();
        QTRY_COMPARE_WITH_TIMEOUT(window->sharedSession()->listener()->state(), PgListener::State::Listening, 20000);
        auto check = PgConnection::connect(m_url);
        const qint64 before = check->exec("SELECT count(*) FROM events").toInt64(0, 0);
        const qint64 mirrorBefore = doc->store().countEvents();
        check.reset();

        const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,start\n");
        for (int i = 0; i < 40000; ++i)
            file.write(QStringLiteral("Imported %1,2021-%2-%3\n")
                           .arg(i)
                           .arg(1 + i % 12, 2, 10, QChar(u'0'))
                           .arg(1 + i % 28, 2, 10, QChar(u'0'))
                           .toUtf8());
        file.close();

        QProcess kill;
        bool killed = false;
        ImportProgress progress;
        progress.report = [&](qint64 done, qint64 total) {
            if (!killed && total > 0 && done * 3 >= total) {
                killed = true;
                killSoon(kill);
            }
        };
        const Document::ImportOutcome outcome = doc->importFiles({ csv }, ImportOptions {}, progress);
        QVERIFY(killed);
        QVERIFY(kill.waitForFinished(60000));
        QVERIFY2(!outcome.changed, "the import went through although the server was killed");
        QCOMPARE(doc->store().countEvents(), mirrorBefore); // nothing of it in the mirror either

        QVERIFY(server(QStringLiteral("restart")));
        QTRY_VERIFY_WITH_TIMEOUT(window->lastSharedNote().startsWith(kBack), 30000);
        check = PgConnection::connect(m_url);
        QCOMPARE(check->exec("SELECT count(*) FROM events").toInt64(0, 0), before);
        QCOMPARE(check->exec("SELECT count(*) FROM events WHERE title LIKE 'Imported %'").toInt64(0, 0), 0);
    }
};

QTEST_MAIN(TestSharedFaults)
#include "tst_sharedfaults.moc"
