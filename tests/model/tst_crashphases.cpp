// A crash at any moment of any write is followed by an open that succeeds, and finds the file as
// it was before the write or with all of it. Each write (an import into a new file, into an empty
// one and into one with data, an edit, a recovery, a save-as) runs in a child process that kills
// itself with SIGKILL at a named moment (ENTENTE_CRASH_AT, see crashpoint.h); the imports are
// also killed after growing delays, wherever they then are.
#include "store/deferredindexes.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace entente;

namespace {

// Rows enough for the import of a large file into an empty one (stored, then indexed: 1 MB).
constexpr int kRows = 12000;

bool writeCsv(const QString &path, int rows, const char *word)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray all = "title,start,actors,sources,summary\n";
    for (int i = 0; i < rows; ++i) {
        all += word + QByteArray(" round ") + QByteArray::number(i) + ",2022-" + QByteArray::number(10 + i % 3) + "-"
            + QByteArray::number(10 + i % 18) + ",Actor " + QByteArray::number(i % 97) + ",Agency "
            + QByteArray::number(i % 13) + ",Some words of summary to make the file long enough\n";
    }
    return f.write(all) == all.size();
}

struct Outcome
{
    bool exists = false;
    bool opened = false;
    QString error;
    qint64 events = -1;
    qint64 found = -1; // events the search finds by the import's word
    QStringList problems;
};

Outcome inspect(const QString &path, const QString &word)
{
    Outcome o;
    o.exists = QFileInfo::exists(path);
    if (!o.exists)
        return o;
    auto opened = Store::open(path, {});
    o.opened = opened.store != nullptr;
    o.error = opened.error;
    if (!opened.store)
        return o;
    o.events = opened.store->counts().events;
    o.found = opened.store->search(word).size();
    o.problems = opened.store->integrityProblems();
    return o;
}

} // namespace

class TestCrashPhases : public QObject
{
    Q_OBJECT

private:
    // Made by the parent only: a child killed at a crash point would leave its own behind.
    std::optional<QTemporaryDir> m_dir;
    QString m_bigCsv;
    int m_runs = 0;
    int m_killed = 0;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Runs `program arguments` with ENTENTE_CRASH_AT=phase (or none) and kills it after
    // `killAfterMs` (or never); true when it was killed (by itself or by us).
    bool runChild(const QString &program, const QStringList &arguments, const QString &phase, int killAfterMs = -1)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!phase.isEmpty())
            env.insert(QStringLiteral("ENTENTE_CRASH_AT"), phase);
        env.insert(QStringLiteral("ENTENTE_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(program, arguments);
        if (!p.waitForStarted())
            return false;
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs))
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished(120000);
        ++m_runs;
        const bool killed = p.exitStatus() == QProcess::CrashExit;
        m_killed += killed ? 1 : 0;
        if (!killed && p.exitCode() != 0)
            qWarning("child failed: %s", p.readAllStandardError().constData());
        return killed;
    }

    bool runSelf(const QString &action, const QString &phase, const QStringList &arguments)
    {
        QProcess self;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ENTENTE_CHILD_ACTION"), action);
        env.insert(QStringLiteral("ENTENTE_CHILD_ARGS"), arguments.join(u'\n'));
        if (!phase.isEmpty())
            env.insert(QStringLiteral("ENTENTE_CRASH_AT"), phase);
        self.setProcessEnvironment(env);
        self.start(QCoreApplication::applicationFilePath(), { QStringLiteral("childAction") });
        self.waitForFinished(120000);
        ++m_runs;
        const bool killed = self.exitStatus() == QProcess::CrashExit;
        m_killed += killed ? 1 : 0;
        return killed;
    }

    // Every kill leaves a file that opens, sound, as before or with all of the import; as before
    // when killed before the import's last commit (`complete` false), all of it after (true).
    void checkImport(const QString &db, qint64 before, const QString &label, std::optional<bool> complete = {})
    {
        const Outcome o = inspect(db, QStringLiteral("Imported"));
        // The search index's scratch database beside the file, which a kill while its indexes
        // were built leaves, is gone once the file has been opened again.
        QVERIFY2(!QFileInfo::exists(DeferredIndexes::scratchPath(db)), qPrintable(label));
        if (before < 0 && !o.exists)
            return; // a new file: not made at all
        QVERIFY2(o.opened, qPrintable(label + QStringLiteral(": ") + o.error));
        QVERIFY2(o.problems.isEmpty(), qPrintable(label + QStringLiteral(": ") + o.problems.join(u' ')));
        const qint64 base = std::max<qint64>(0, before);
        QVERIFY2(o.events == base || o.events == base + kRows,
                 qPrintable(label + QStringLiteral(": %1 events").arg(o.events)));
        if (complete)
            QVERIFY2(o.events == (*complete ? base + kRows : base),
                     qPrintable(label + QStringLiteral(": %1 events").arg(o.events)));
        QCOMPARE(o.found, o.events - base);
    }

    // The import of the big file into a file as `prepare` leaves it, killed at `phase`.
    void importKilled(const QString &kind, const QString &phase, int killAfterMs = -1)
    {
        const QString db = path(QStringLiteral("%1-%2-%3.entente").arg(kind).arg(m_runs).arg(killAfterMs));
        qint64 before = -1;
        if (kind == u"empty") {
            QVERIFY(Store::open(db, { .create = true }).store);
            before = 0;
        } else if (kind == u"data") {
            const QString small = path(QStringLiteral("small.csv"));
            QVERIFY(writeCsv(small, 3, "Before"));
            auto store = Store::open(db, { .create = true }).store;
            QVERIFY(store);
            QProcess p;
            p.start(QStringLiteral(ENTENTE_BINARY), { QStringLiteral("import"), small, QStringLiteral("--into"), db });
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            before = 3;
        }
        const bool killed
            = runChild(QStringLiteral(ENTENTE_BINARY),
                       { QStringLiteral("import"), m_bigCsv, QStringLiteral("--into"), db }, phase, killAfterMs);
        // Every named moment is reached (a delay may outlast the import).
        if (!phase.isEmpty())
            QVERIFY2(killed, qPrintable(phase));
        // Killed before the import's last commit, the file is as it was (an import is all or
        // nothing); after it, it has everything.
        // Into a new file, the file appears only when the import has succeeded.
        if (kind == u"new" && !phase.isEmpty())
            QVERIFY2(!QFileInfo::exists(db), qPrintable(phase));
        std::optional<bool> complete;
        if (!phase.isEmpty())
            complete = phase == u"committed:2" || (kind == u"data" && phase == u"committed")
                || phase == u"import-checkpoint";
        checkImport(db, before, kind + QLatin1Char('@') + phase + QLatin1Char('@') + QString::number(killAfterMs),
                    complete);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("ENTENTE_CHILD_ACTION"))
            return;
        m_dir.emplace(QDir::tempPath() + QStringLiteral("/tst_crashphases-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_bigCsv = path(QStringLiteral("big.csv"));
        QVERIFY(writeCsv(m_bigCsv, kRows, "Imported"));
        QVERIFY(QFileInfo(m_bigCsv).size() > (1 << 20));
    }

    // The child's side: one write, killed by its crash point.
    void childAction()
    {
        const QString action = qEnvironmentVariable("ENTENTE_CHILD_ACTION");
        if (action.isEmpty())
            QSKIP("run by the other tests as a child process");
        const QStringList args = qEnvironmentVariable("ENTENTE_CHILD_ARGS").split(u'\n');
        if (action == u"edit") {
            auto store = Store::open(args.at(0), {}).store;
            QVERIFY(store);
            Event e;
            e.title = QStringLiteral("Imported by an edit");
            e.start = FuzzyDate::year(2023);
            store->addEvent(e);
        } else if (action == u"recover") {
            QVERIFY(Store::recover(args.at(0), args.at(1)).ok);
        } else if (action == u"saveas") {
            auto store = Store::open(args.at(0), {}).store;
            QVERIFY(store);
            store->saveCopy(args.at(1));
        }
    }

    void importIntoNewFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("phase");
        for (const char *kind : { "new", "empty" }) {
            for (const char *phase : { "create-made", "import-rows:2", "import-commit", "import-stored",
                                       "import-indexing:3", "import-indexed", "commit:2", "committed:2" }) {
                if (kind == QByteArrayView("empty") && phase == QByteArrayView("create-made"))
                    continue; // the test makes that file
                QTest::newRow(QByteArray(QByteArray(kind) + ' ' + phase).constData())
                    << QString::fromLatin1(kind) << QString::fromLatin1(phase);
            }
        }
        for (const char *phase : { "import-rows:2", "import-commit", "committed", "import-checkpoint" })
            QTest::newRow(QByteArray(QByteArray("data ") + phase).constData())
                << QStringLiteral("data") << QString::fromLatin1(phase);
    }
    void importIntoNewFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, phase);
        importKilled(kind, phase);
    }

    // Wherever the import is when it is killed.
    void importKilledAfterDelays_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("delay");
        for (const char *kind : { "new", "empty", "data" }) {
            for (int delay : { 60, 250, 600 })
                QTest::newRow(QByteArray(QByteArray(kind) + ' ' + QByteArray::number(delay) + " ms").constData())
                    << QString::fromLatin1(kind) << delay;
        }
    }
    void importKilledAfterDelays()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("timed kills are for the plain build; the named phases cover every moment under ASan");
#endif
        QFETCH(QString, kind);
        QFETCH(int, delay);
        importKilled(kind, QString(), delay);
    }

    void editKilled_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::newRow("before commit") << QStringLiteral("commit");
        QTest::newRow("after commit") << QStringLiteral("committed");
    }
    void editKilled()
    {
        QFETCH(QString, phase);
        const QString db = path(QStringLiteral("edit-%1.entente").arg(m_runs));
        {
            auto store = Store::open(db, { .create = true }).store;
            QVERIFY(store);
            Event e;
            e.title = QStringLiteral("Before");
            e.start = FuzzyDate::year(2020);
            store->addEvent(e);
        }
        QVERIFY(runSelf(QStringLiteral("edit"), phase, { db }));
        const Outcome o = inspect(db, QStringLiteral("Imported"));
        QVERIFY2(o.opened, qPrintable(o.error));
        QVERIFY(o.problems.isEmpty());
        QCOMPARE(o.events, phase == u"commit" ? 1 : 2);
        QCOMPARE(o.found, o.events - 1);
    }

    void recoveryKilled_data()
    {
        QTest::addColumn<QString>("phase");
        for (const char *phase : { "create-made", "recover-copied", "recover-done" })
            QTest::newRow(phase) << QString::fromLatin1(phase);
    }
    void recoveryKilled()
    {
        QFETCH(QString, phase);
        const QString from = path(QStringLiteral("recover-from-%1.entente").arg(m_runs));
        const QString to = path(QStringLiteral("recover-to-%1.entente").arg(m_runs));
        {
            auto store = Store::open(from, { .create = true }).store;
            QVERIFY(store);
            for (int i = 0; i < 20; ++i) {
                Event e;
                e.title = QStringLiteral("Imported %1").arg(i);
                e.start = FuzzyDate::year(2000 + i);
                store->addEvent(e);
            }
        }
        QVERIFY(runSelf(QStringLiteral("recover"), phase, { from, to }));
        const Outcome o = inspect(to, QStringLiteral("Imported"));
        if (!o.exists)
            return; // not made at all
        QVERIFY2(o.opened, qPrintable(o.error));
        QVERIFY(o.problems.isEmpty());
        QCOMPARE(o.events, 20);
        QCOMPARE(o.found, 20);
    }

    void saveAsKilled()
    {
        const QString from = path(QStringLiteral("saveas-from.entente"));
        const QString to = path(QStringLiteral("saveas-to.entente"));
        {
            auto store = Store::open(from, { .create = true }).store;
            QVERIFY(store);
            Event e;
            e.title = QStringLiteral("Imported copy");
            e.start = FuzzyDate::year(2001);
            store->addEvent(e);
        }
        // Over nothing, and over a file that was there before: either stays as it was.
        QVERIFY(runSelf(QStringLiteral("saveas"), QStringLiteral("saveas-written"), { from, to }));
        QVERIFY(!QFileInfo::exists(to));
        {
            auto store = Store::open(to, { .create = true }).store;
            QVERIFY(store);
        }
        QVERIFY(runSelf(QStringLiteral("saveas"), QStringLiteral("saveas-written"), { from, to }));
        const Outcome o = inspect(to, QStringLiteral("Imported"));
        QVERIFY2(o.opened, qPrintable(o.error));
        QCOMPARE(o.events, 0);
        QVERIFY(!runSelf(QStringLiteral("saveas"), QString(), { from, to }));
        QCOMPARE(inspect(to, QStringLiteral("Imported")).events, 1);
    }

    void cleanupTestCase()
    {
        if (!qEnvironmentVariableIsSet("ENTENTE_CHILD_ACTION"))
            qInfo("%d runs of a write, %d of them killed; every file opened as before or with all of it", m_runs,
                  m_killed);
    }
};

QTEST_GUILESS_MAIN(TestCrashPhases)
#include "tst_crashphases.moc"
