#include "document.h"
#include "sampledataset.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace entente;

namespace {

std::unique_ptr<Document> fileDocument(const QString &path, Store::OpenOptions options = { true, false, true })
{
    auto opened = Document::open(path, options);
    return std::move(opened.document);
}

} // namespace

// Document::read: jobs on worker threads with read-only connections of their own, a cancel the
// job polls, and a file in memory or open read-only handled by the document.
class TestDocumentReads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsOnAWorkerWithAConnectionOfItsOwn()
    {
        const QString path = m_dir.filePath(QStringLiteral("reads.entente"));
        {
            auto made = Store::open(path, { .create = true });
            QVERIFY(made.store);
            SampleDataset::write(*made.store);
        }
        auto doc = fileDocument(path);
        QVERIFY(doc);
        QVERIFY(!doc->readsHere());
        QThread *gui = QThread::currentThread();
        auto future = doc->read([gui](Store &store, const CancelToken &) {
            return std::pair(store.counts().events, QThread::currentThread() != gui && store.isReadOnly());
        });
        future.waitForFinished();
        QCOMPARE(future.resultCount(), 1);
        QCOMPARE(future.result().first, 12);
        QVERIFY2(future.result().second, "ran on the GUI thread, or on a writable connection");

        // A committed edit is seen by the next read; the connection is reused.
        Event e;
        e.title = QStringLiteral("Talks resume in Istanbul");
        e.start = FuzzyDate::day(2025, 5, 16);
        QVERIFY(doc->addEvent(e));
        for (int i = 0; i < 3; ++i) {
            auto again = doc->read([](Store &store, const CancelToken &) { return store.counts().events; });
            QCOMPARE(again.result(), 13);
        }
        QVERIFY(doc->readConnectionCount() >= 1 && doc->readConnectionCount() <= 4);

        // A read connection refuses to write.
        const qint64 actors = doc->store().counts().actors;
        auto write = doc->read([](Store &store, const CancelToken &) {
            Actor x;
            x.name = QStringLiteral("X");
            return store.addActor(x);
        });
        bool threw = false;
        try {
            write.waitForFinished();
            write.result();
        } catch (const std::exception &) {
            threw = true;
        }
        QVERIFY(threw);
        QCOMPARE(doc->store().counts().actors, actors);
    }

    void progressReachesTheFuture()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        Document doc(std::move(store));
        const qint64 actors = doc.store().counts().actors;
        auto future = doc.read([](Store &s, const CancelToken &, const ReadProgress &progress) {
            progress(40);
            progress(100);
            return s.counts().actors;
        });
        QCOMPARE(future.progressValue(), 100);
        QCOMPARE(future.result(), actors);
    }

    void cancelBeforeAndWhileRunning()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.entente"));
        {
            auto made = Store::open(path, { .create = true });
            SampleDataset::write(*made.store);
        }
        auto doc = fileDocument(path);
        QVERIFY(doc);

        // Cancelled before it starts: the job never runs, and the future has no result.
        CancelToken early;
        early.cancel();
        std::atomic<bool> ran = false;
        auto skipped = doc->read(
            [&ran](Store &, const CancelToken &) {
                ran = true;
                return 1;
            },
            early);
        skipped.waitForFinished();
        QCOMPARE(skipped.resultCount(), 0);
        QVERIFY(!ran);

        // Cancelled while it runs: the job polls the token and stops.
        QSemaphore started;
        CancelToken token;
        auto running = doc->read(
            [&started](Store &store, const CancelToken &cancel) {
                started.release();
                qint64 rounds = 0;
                while (!cancel.isCancelled())
                    rounds += store.counts().events > 0 ? 1 : 0;
                return rounds;
            },
            token);
        started.acquire();
        QVERIFY(!running.isFinished());
        token.cancel();
        running.waitForFinished();
        QCOMPARE(running.resultCount(), 1);
        QVERIFY(running.result() >= 0);
    }

    void aFileInMemoryIsReadHere()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        Document doc(std::move(store));
        QVERIFY(doc.readsHere());
        QThread *gui = QThread::currentThread();
        auto future = doc.read(
            [gui](Store &s, const CancelToken &) { return QThread::currentThread() == gui ? s.counts().events : -1; });
        // Done before read() returned: no second connection exists to wait for.
        QVERIFY(future.isFinished());
        QCOMPARE(future.result(), 12);
        QCOMPARE(doc.readConnectionCount(), 0);
    }

    void aFileOpenReadOnlyIsReadOnAWorker()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.entente"));
        {
            auto made = Store::open(path, { .create = true });
            SampleDataset::write(*made.store);
        }
        // The first window holds the file; the second opens it read-only beside it.
        auto writer = fileDocument(path, { .allowReadOnly = true, .exclusive = true });
        auto reader = fileDocument(path, { .allowReadOnly = true, .exclusive = true });
        QVERIFY(writer && reader);
        QVERIFY(!writer->isReadOnly());
        QVERIFY(reader->isReadOnly());
        QVERIFY(!reader->readsHere());
        Event e;
        e.title = QStringLiteral("A summit is announced");
        e.start = FuzzyDate::month(2025, 9);
        QVERIFY(writer->addEvent(e));
        auto future
            = reader->read([](Store &s, const CancelToken &) { return s.search(QStringLiteral("summit")).size(); });
        QCOMPARE(future.result(), 1);
    }

    void theDocumentWaitsForItsReadsWhenItCloses()
    {
        const QString path = m_dir.filePath(QStringLiteral("close.entente"));
        {
            auto made = Store::open(path, { .create = true });
            SampleDataset::write(*made.store);
        }
        auto doc = fileDocument(path);
        QSemaphore started;
        CancelToken token;
        auto future = doc->read(
            [&started](Store &store, const CancelToken &cancel) {
                started.release();
                while (!cancel.isCancelled())
                    store.counts();
                return true;
            },
            token);
        started.acquire();
        token.cancel(); // the view cancels its job, then the document closes
        doc.reset();
        QVERIFY(future.isFinished());
        QVERIFY(future.result());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDocumentReads)
#include "tst_documentreads.moc"
