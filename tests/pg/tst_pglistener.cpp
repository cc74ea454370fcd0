// PgListener against the test server: hears another connection's NOTIFY (with its sequence
// number), not its own, stops promptly, and after its connection is cut (pg_terminate_backend)
// reports the loss, reconnects by itself and says so.
#include "store/pg/pglistener.h"

#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace entente;
using entente::pg::PgListener;

namespace {

QString url()
{
    return qEnvironmentVariable("ENTENTE_TEST_PG_URL");
}

// Runs one statement through psql; returns its output (tuples only).
QString psql(const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
              QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), url(), QStringLiteral("-c"), sql });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qWarning("psql failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// What a listener said, received on the test's thread (queued: the listener emits from its own).
struct Heard : QObject
{
    explicit Heard(PgListener &listener)
    {
        connect(&listener, &PgListener::notified, this, [this](qint64 seq) { seqs.append(seq); });
        connect(&listener, &PgListener::connectionLost, this, [this](const QString &s) { lost.append(s); });
        connect(&listener, &PgListener::connectionRestored, this, [this] { ++restored; });
    }
    QList<qint64> seqs;
    QStringList lost;
    int restored = 0;
};

bool waitListening(PgListener &listener)
{
    return QTest::qWaitFor([&] { return listener.state() == PgListener::State::Listening; }, 20000);
}

} // namespace

class TestPgListener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (url().isEmpty())
            QSKIP("ENTENTE_TEST_PG_URL is not set (run through ctest: the fixture pg_server starts the server)");
    }

    void hearsAnotherConnectionsNotice()
    {
        PgListener listener(url());
        Heard heard(listener);
        listener.start();
        QVERIFY(waitListening(listener));
        psql(QStringLiteral("SELECT pg_notify('entente_changes', '41 events 7')"));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.seqs.isEmpty(), 10000);
        QCOMPARE(heard.seqs.first(), 41);
        // Two notices in one transaction arrive together at its commit: one signal, the highest.
        heard.seqs.clear();
        psql(QStringLiteral("BEGIN; SELECT pg_notify('entente_changes', '43'); "
                            "SELECT pg_notify('entente_changes', '42'); COMMIT"));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.seqs.isEmpty(), 10000);
        QTRY_COMPARE(heard.seqs.last(), 43);
        // A notice on another channel, or of a rolled-back transaction, is not heard.
        heard.seqs.clear();
        psql(QStringLiteral("BEGIN; SELECT pg_notify('entente_changes', '44'); ROLLBACK"));
        psql(QStringLiteral("SELECT pg_notify('something_else', '45')"));
        psql(QStringLiteral("SELECT pg_notify('entente_changes', '46')"));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.seqs.isEmpty(), 10000);
        QCOMPARE(heard.seqs.size(), 1);
        QCOMPARE(heard.seqs.first(), 46);
    }

    void skipsItsOwnConnections()
    {
        PgListener listener(url());
        Heard heard(listener);
        listener.start();
        QVERIFY(waitListening(listener));
        // A session that says its backend pid, waits while the listener is told that pid is
        // ours, then notifies: not passed on. A stranger's notice after it is.
        QProcess own;
        own.start(QStringLiteral("psql"),
                  { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"), url(),
                    QStringLiteral("-c"), QStringLiteral("SELECT pg_backend_pid()"), QStringLiteral("-c"),
                    QStringLiteral("SELECT pg_sleep(1.5)"), QStringLiteral("-c"),
                    QStringLiteral("SELECT pg_notify('entente_changes', '70')") });
        QVERIFY(own.waitForReadyRead(20000));
        const int pid = own.readLine().trimmed().toInt();
        QVERIFY(pid > 0);
        listener.setOwnBackendPids({ pid });
        QVERIFY(own.waitForFinished(20000));
        QCOMPARE(own.exitCode(), 0);
        psql(QStringLiteral("SELECT pg_notify('entente_changes', '71')"));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.seqs.isEmpty(), 10000);
        QCOMPARE(heard.seqs, QList<qint64> { 71 });
    }

    void stopsPromptly()
    {
        auto listener = std::make_unique<PgListener>(url());
        listener->start();
        QVERIFY(waitListening(*listener));
        listener->stop();
        QCOMPARE(listener->state(), PgListener::State::Stopped);
        // Started again, it listens again.
        listener->start();
        QVERIFY(waitListening(*listener));
        listener.reset();
    }

    void reconnectsAfterTheConnectionIsCut()
    {
        PgListener listener(url());
        listener.setRetryDelays(50, 400);
        Heard heard(listener);
        listener.start();
        QVERIFY(waitListening(listener));
        psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE application_name = 'entente listener'"));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.lost.isEmpty(), 10000);
        QVERIFY(!heard.lost.first().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(heard.restored > 0, 20000);
        QCOMPARE(heard.lost.size(), 1);
        QCOMPARE(listener.state(), PgListener::State::Listening);
        psql(QStringLiteral("SELECT pg_notify('entente_changes', '60')"));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.seqs.isEmpty(), 10000);
        QCOMPARE(heard.seqs.last(), 60);
    }

    void knowsWhenTheServerAsksForAPassword()
    {
        // The test server asks the role entente_pw_test for a password (scram-sha-256); the
        // others get in on loopback without one.
        psql(QStringLiteral("DROP ROLE IF EXISTS entente_pw_test"));
        psql(QStringLiteral("CREATE ROLE entente_pw_test LOGIN PASSWORD 'pw-for-the-test'"));
        QUrl withUser(url());
        withUser.setUserName(QStringLiteral("entente_pw_test"));
        QVERIFY(!PgListener::asksForPassword(url()));
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent");
        QVERIFY(PgListener::asksForPassword(withUser.toString()));
        qputenv("PGPASSWORD", "pw-for-the-test");
        QVERIFY(!PgListener::asksForPassword(withUser.toString()));
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
    }

    void reportsAServerThatIsNotThere()
    {
        // A port nothing listens on (the test server's, plus one, is not promised free; port 1 is).
        PgListener listener(QStringLiteral("postgresql://postgres@127.0.0.1:1/entente_test"));
        listener.setRetryDelays(50, 100);
        Heard heard(listener);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(!heard.lost.isEmpty(), 20000);
        QCOMPARE(heard.lost.first(), QStringLiteral("The shared timeline cannot be reached."));
        QTest::qWait(300);
        QCOMPARE(heard.lost.size(), 1); // reported once while it keeps trying
        listener.stop();
    }
};

QTEST_GUILESS_MAIN(TestPgListener)
#include "tst_pglistener.moc"
