// The timeline index kept in the cache (TimelineIndexCache) and the coarse index shown while a
// first build runs (TimelineIndex::buildCoarse), on a small file made here.
#include "store/store.h"
#include "timeline/timelineindex.h"
#include "timeline/timelineindexcache.h"
#include "timeline/timelinelanes.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

class TestTimelineIndexCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static void compareIndexes(const TimelineIndex &a, const TimelineIndex &b)
    {
        QCOMPARE(a.size(), b.size());
        for (std::size_t r = 0; r < a.size(); ++r) {
            QCOMPARE(a.id(r), b.id(r));
            QCOMPARE(a.start(r), b.start(r));
            QCOMPARE(a.end(r), b.end(r));
            QCOMPARE(a.flags(r), b.flags(r));
            QCOMPARE(a.status(r), b.status(r));
            QCOMPARE(a.kinds()[a.kind(r)], b.kinds()[b.kind(r)]);
            QCOMPARE(a.actorCount(r), b.actorCount(r));
            for (int k = 0; k < a.actorCount(r); ++k)
                QCOMPARE(a.actors()[a.actorsBegin(r)[k]].id, b.actors()[b.actorsBegin(r)[k]].id);
        }
        QCOMPARE(a.spanStart(), b.spanStart());
        QCOMPARE(a.spanEnd(), b.spanEnd());
        QCOMPARE(a.actors().size(), b.actors().size());
        for (qsizetype i = 0; i < a.actors().size(); ++i) {
            QCOMPARE(a.actors()[i].name, b.actors()[i].name);
            QCOMPARE(a.actors()[i].colour, b.actors()[i].colour);
        }
        QCOMPARE(a.eras().size(), b.eras().size());
    }

    static std::unique_ptr<Store> open(const QString &path)
    {
        auto r = Store::open(path, { .create = true });
        if (!r.store)
            qFatal("cannot open the test file");
        return std::move(r.store);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TimelineIndexCache::setMinimumRows(1);
        m_path = m_dir.filePath(QStringLiteral("cache.entente"));
        auto store = open(m_path);
        QList<ActorId> actors;
        for (const char *name : { "Russia", "Ukraine", "Türkiye", "United Nations" }) {
            Actor a;
            a.name = QString::fromUtf8(name);
            a.colour = actors.size() == 1 ? QStringLiteral("#3366cc") : QString();
            actors.append(store->addActor(a));
        }
        Era era;
        era.name = QStringLiteral("Talks");
        era.start = FuzzyDate::year(2022);
        era.end = FuzzyDate::year(2023);
        store->addEra(era);
        store->transaction([&] {
            for (int i = 0; i < 600; ++i) {
                Event e;
                e.title = QStringLiteral("Event %1").arg(i);
                // Out of id order in time, some on one day, some ranges, months and years.
                e.start = i % 7 == 0 ? FuzzyDate::month(2022, 1 + (i * 5) % 12)
                                     : FuzzyDate::day(2020 + (i * 37) % 5, 1 + (i * 11) % 12, 1 + (i * 13) % 28);
                if (i % 9 == 0)
                    e.end = FuzzyDate::year(2026);
                e.kind = i % 3 == 0 ? QStringLiteral("talks") : i % 3 == 1 ? QStringLiteral("visit") : QString();
                e.status = kAllClaimStatuses[static_cast<std::size_t>(i) % kAllClaimStatuses.size()];
                for (int a = 0; a < i % 3; ++a)
                    e.actors.append({ actors[(i + a) % actors.size()], QStringLiteral("participant") });
                store->addEvent(e);
            }
        });
    }

    void cleanupTestCase() { TimelineIndexCache::remove(m_path); }

    void readsBackWhatItBuilt()
    {
        TimelineIndexCache::remove(m_path);
        auto store = open(m_path);
        QVERIFY(!TimelineIndexCache::isCurrent(m_path));
        TimelineIndex built;
        QVERIFY(built.build(*store));
        QCOMPARE(built.size(), std::size_t(600));
        // The build kept its index; the next one reads it back, equal to it.
        QVERIFY(QFile::exists(TimelineIndexCache::entryPath(m_path)));
        QVERIFY(TimelineIndexCache::isCurrent(m_path));
        const auto print = TimelineIndexCache::fingerprint(m_path);
        QVERIFY(print);
        TimelineIndex cached;
        QVERIFY(TimelineIndexCache::load(cached, m_path, *print));
        compareIndexes(cached, built);
        TimelineIndex again;
        QVERIFY(again.build(*store));
        compareIndexes(again, built);
        QCOMPARE(again.rowOf(built.id(17)), std::int64_t(17));
    }

    void aWriteMakesTheEntryStale()
    {
        auto store = open(m_path);
        TimelineIndex before;
        QVERIFY(before.build(*store));
        QVERIFY(TimelineIndexCache::isCurrent(m_path));
        Event e;
        e.title = QStringLiteral("Late");
        e.start = FuzzyDate::day(2030, 1, 1);
        const EventId id = store->addEvent(e);
        QVERIFY(!TimelineIndexCache::isCurrent(m_path));
        const auto print = TimelineIndexCache::fingerprint(m_path);
        TimelineIndex stale;
        QVERIFY(!TimelineIndexCache::load(stale, m_path, *print));
        TimelineIndex after;
        QVERIFY(after.build(*store));
        QCOMPARE(after.size(), before.size() + 1);
        QVERIFY(after.rowOf(id) >= 0);
        store->deleteEvent(id);
    }

    void aDamagedEntryIsNotUsed()
    {
        auto store = open(m_path);
        TimelineIndex built;
        QVERIFY(built.build(*store));
        const QString entry = TimelineIndexCache::entryPath(m_path);
        const auto print = TimelineIndexCache::fingerprint(m_path);
        QFile f(entry);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const QByteArray good = bytes;
        bytes.truncate(bytes.size() - 1);
        f.resize(0);
        f.write(bytes);
        f.close();
        TimelineIndex read;
        QVERIFY(!TimelineIndexCache::load(read, m_path, *print)); // truncated
        QVERIFY(read.isEmpty());
        QByteArray scrambled = good;
        // Rows out of order: the first start (just after the 176-byte head) made the largest.
        const int headBytes = 176;
        for (int i = 0; i < 8; ++i)
            scrambled[headBytes + i] = char(i == 7 ? 0x7f : 0xff);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(scrambled);
        f.close();
        QVERIFY(!TimelineIndexCache::load(read, m_path, *print));
        // A build then reads the file again and replaces the entry.
        TimelineIndex rebuilt;
        QVERIFY(rebuilt.build(*store));
        compareIndexes(rebuilt, built);
        QVERIFY(TimelineIndexCache::load(read, m_path, *print));
    }

    void theCoarseIndexCountsAsTheFullOne()
    {
        auto store = open(m_path);
        TimelineIndex full;
        QVERIFY(full.build(*store));
        TimelineIndex coarse;
        QVERIFY(coarse.buildCoarse(*store));
        QVERIFY(coarse.isCoarse());
        QVERIFY(!full.isCoarse());
        QCOMPARE(coarse.size(), full.size());
        for (std::size_t r = 0; r < full.size(); ++r) {
            QCOMPARE(coarse.id(r), full.id(r));
            QCOMPARE(coarse.start(r), full.start(r));
            QCOMPARE(coarse.end(r), full.end(r));
        }
        QCOMPARE(coarse.spanStart(), full.spanStart());
        QCOMPARE(coarse.spanEnd(), full.spanEnd());
        // One lane each: the same rows and the same density at the coarse resolution.
        TimelineLanes a;
        TimelineLanes b;
        a.build(coarse, {}, LaneMode::Single, LaneOrder::FirstAppearance);
        b.build(full, {}, LaneMode::Single, LaneOrder::FirstAppearance);
        QCOMPARE(a.lanes().size(), std::size_t(1));
        QCOMPARE(a.lanes()[0].rows, b.lanes()[0].rows);
        QCOMPARE(a.density(), b.density());
        // A time filter lets the same rows through.
        EventFilter window;
        window.from = FuzzyDate::year(2022).startSeconds();
        window.to = FuzzyDate::year(2023).startSeconds();
        QCOMPARE(coarse.match(window, store.get()), full.match(window, store.get()));
    }
};

QTEST_GUILESS_MAIN(TestTimelineIndexCache)
#include "tst_timelineindexcache.moc"
