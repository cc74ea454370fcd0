// Damaged files and a second writer: a copy cut short mid-page and one with a page of garbage are
// refused as Damaged without a byte changed, can be opened read-only, and recover into a new
// file; a second Store on a file another one holds opens read-only or is refused as Locked.
#include "filedigest.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace entente;
using entente::test::digest;

namespace {

constexpr int kEvents = 3000;

// A closed (checkpointed) file of kEvents events, each with an actor.
void makeFile(const QString &path)
{
    auto opened = Store::open(path, { .create = true });
    QVERIFY2(opened.store, qPrintable(opened.error));
    Store &store = *opened.store;
    store.transaction([&] {
        Actor turkiye;
        turkiye.name = QStringLiteral("Türkiye");
        const ActorId a = store.addActor(turkiye);
        for (int i = 0; i < kEvents; ++i) {
            Event e;
            e.title = QStringLiteral("Round %1 of talks, with a title long enough to fill pages").arg(i);
            e.summary = QString(200, QLatin1Char('x'));
            e.start = FuzzyDate::day(2022, 1 + i % 12, 1 + i % 28);
            e.actors = { EventActor { a, QStringLiteral("host") } };
            store.addEvent(e);
        }
    });
}

int pageSizeOf(const QString &path)
{
    SQLite::Database db(QFile::encodeName(path).constData(), SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA page_size").getInt();
}

// The number of a leaf page halfway through the events table, or of its last (where they lie in
// the file depends on the layout of every table and index).
qint64 leafOfEvents(const QString &path, bool last = false)
{
    SQLite::Database db(QFile::encodeName(path).constData(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf' ORDER BY pageno");
    QList<qint64> leaves;
    while (q.executeStep())
        leaves.append(q.getColumn(0).getInt64());
    return leaves.isEmpty() ? 0 : leaves.at(last ? leaves.size() - 1 : leaves.size() / 2);
}

} // namespace

class TestDamagedStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void checkRecovers(const QString &damaged, const QString &name)
    {
        const QString out = path(name);
        QElapsedTimer timer;
        timer.start();
        const Store::RecoverResult r = Store::recover(damaged, out);
        QVERIFY2(r.ok, qPrintable(r.error));
        qInfo("recovered %lld rows in %lld ms, %lld tables with loss", r.rowsRecovered, timer.elapsed(),
              r.tablesWithLoss);
        QVERIFY(r.tablesWithLoss >= 1);
        auto opened = Store::open(out, {});
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.store->integrityProblems().isEmpty());
        const qint64 events = opened.store->counts().events;
        QVERIFY2(events > kEvents / 4 && events < kEvents, qPrintable(QString::number(events)));
        // What was recovered is whole: every event's actor is there, and the search index works.
        QCOMPARE(opened.store->counts().actors, 1);
        QVERIFY(!opened.store->search(QStringLiteral("talks")).isEmpty());
        // Recovering never overwrites a file.
        QVERIFY(!Store::recover(damaged, out).ok);
    }

private slots:
    void truncatedMidPageIsRefused()
    {
        const QString p = path(QStringLiteral("truncated.entente"));
        makeFile(p);
        // Cut in the middle of the events table's last page, so that rows are lost with it.
        const int page = pageSizeOf(p);
        const qint64 last = leafOfEvents(p, true);
        QVERIFY(last > 1 && (last - 1) * page < QFileInfo(p).size() - page);
        QVERIFY(QFile::resize(p, (last - 1) * page + page / 2));
        const QByteArray before = digest(p);

        auto r = Store::open(p, { .allowReadOnly = true });
        QVERIFY(!r.store);
        QCOMPARE(r.kind, Store::OpenError::Damaged);
        QVERIFY2(r.error.contains(QStringLiteral("damaged")) && r.error.contains(QStringLiteral("cut short")),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("read-only")) && r.error.contains(QStringLiteral("recover")),
                 qPrintable(r.error));
        QCOMPARE(digest(p), before);

        auto ro = Store::openDamagedReadOnly(p);
        QVERIFY2(ro.store, qPrintable(ro.error));
        QVERIFY(ro.store->isReadOnly());
        QVERIFY(!ro.notice.isEmpty());
        ro.store.reset();
        QCOMPARE(digest(p), before);
        checkRecovers(p, QStringLiteral("truncated-recovered.entente"));
    }

    void truncatedOnPageBoundaryIsRefused()
    {
        const QString p = path(QStringLiteral("short.entente"));
        makeFile(p);
        QVERIFY(QFile::resize(p, QFileInfo(p).size() - 4 * pageSizeOf(p)));
        auto r = Store::open(p, {});
        QVERIFY(!r.store);
        QCOMPARE(r.kind, Store::OpenError::Damaged);
    }

    void corruptedPageIsRefused()
    {
        const QString p = path(QStringLiteral("corrupt.entente"));
        makeFile(p);
        const int page = pageSizeOf(p);
        const qint64 first = leafOfEvents(p);
        QVERIFY(first > 1);
        {
            // Garbage over three pages in the middle of the events table.
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((first - 1) * page));
            QByteArray junk(3 * page, '\0');
            for (qsizetype i = 0; i < junk.size(); ++i)
                junk[i] = static_cast<char>((i * 7919 + 13) & 0xff);
            QCOMPARE(f.write(junk), junk.size());
        }
        const QByteArray before = digest(p);
        QVERIFY(!Store::quickProblems(p).isEmpty());
        auto r = Store::open(p, { .allowReadOnly = true });
        QVERIFY(!r.store);
        QCOMPARE(r.kind, Store::OpenError::Damaged);
        QVERIFY2(r.error.contains(QStringLiteral("damaged")), qPrintable(r.error));
        QCOMPARE(digest(p), before);
        checkRecovers(p, QStringLiteral("corrupt-recovered.entente"));
        QCOMPARE(digest(p), before);
    }

    void soundFilePassesAndReportsNoKind()
    {
        const QString p = path(QStringLiteral("sound.entente"));
        makeFile(p);
        QVERIFY(Store::quickProblems(p).isEmpty());
        auto r = Store::open(p, {});
        QVERIFY2(r.store, qPrintable(r.error));
        QCOMPARE(r.kind, Store::OpenError::None);
        QVERIFY(r.store->quickCheckProblems().isEmpty());
    }

    void refusalsNameTheirKind()
    {
        QCOMPARE(Store::open(path(QStringLiteral("absent.entente")), {}).kind, Store::OpenError::Missing);
        const QString text = path(QStringLiteral("text.entente"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database\n");
        }
        QCOMPARE(Store::open(text, {}).kind, Store::OpenError::NotSqlite);
        const QString foreign = path(QStringLiteral("foreign.sqlite"));
        {
            SQLite::Database db(QFile::encodeName(foreign).constData(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE t (x)");
        }
        QCOMPARE(Store::open(foreign, {}).kind, Store::OpenError::Foreign);
    }

    void secondWindowOpensReadOnly()
    {
        const QString p = path(QStringLiteral("shared.entente"));
        makeFile(p);
        auto first = Store::open(p, { .allowReadOnly = true, .exclusive = true });
        QVERIFY2(first.store && !first.store->isReadOnly(), qPrintable(first.error));
        QVERIFY(QFile::exists(p + QStringLiteral(".lock")));

        auto second = Store::open(p, { .allowReadOnly = true, .exclusive = true });
        QVERIFY2(second.store, qPrintable(second.error));
        QVERIFY(second.store->isReadOnly());
        QVERIFY2(second.notice.contains(QStringLiteral("another Entente window")), qPrintable(second.notice));
        // It reads what the first one wrote, committed after it opened.
        first.store->setMeta(QStringLiteral("title"), QStringLiteral("Shared"));
        QCOMPARE(second.store->meta(QStringLiteral("title")), QStringLiteral("Shared"));

        auto refused = Store::open(p, { .exclusive = true });
        QVERIFY(!refused.store);
        QCOMPARE(refused.kind, Store::OpenError::Locked);
        QVERIFY(refused.error.contains(QStringLiteral("another Entente window")));

        second.store.reset();
        first.store.reset();
        QVERIFY(!QFile::exists(p + QStringLiteral(".lock")));
        auto again = Store::open(p, { .exclusive = true });
        QVERIFY2(again.store && !again.store->isReadOnly(), qPrintable(again.error));
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        const QString p = path(QStringLiteral("killed.entente"));
        makeFile(p);
        int ready[2];
        QCOMPARE(pipe(ready), 0);
        const pid_t child = fork();
        if (child == 0) {
            auto held = Store::open(p, { .exclusive = true });
            const char c = held.store ? 'y' : 'n';
            (void)!write(ready[1], &c, 1);
            pause(); // until killed, holding the lock
            _exit(0);
        }
        char c = 0;
        QCOMPARE(read(ready[0], &c, 1), 1);
        QCOMPARE(c, 'y');
        auto whileAlive = Store::open(p, { .exclusive = true });
        QCOMPARE(whileAlive.kind, Store::OpenError::Locked);

        kill(child, SIGKILL);
        waitpid(child, nullptr, 0);
        ::close(ready[0]);
        ::close(ready[1]);
        QVERIFY(QFile::exists(p + QStringLiteral(".lock"))); // left behind by the killed process
        auto after = Store::open(p, { .exclusive = true });
        QVERIFY2(after.store && !after.store->isReadOnly(), qPrintable(after.error));
        QVERIFY(after.store->integrityProblems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDamagedStore)
#include "tst_damagedstore.moc"
