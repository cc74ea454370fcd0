// A GDELT import cancelled at any point leaves the file as it was: while its rows are read and
// written (on the writer thread), between the commit of the rows and their indexes, while the
// indexes are built, into an empty file and into one with data (where each event's search row is
// written beside it).
#include "io/importer.h"
#include "store/deferredindexes.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace entente;

namespace {

// Rows enough for two progress reports (one per 4,096 lines) and more than the megabyte from which
// an import into an empty file commits its rows first.
constexpr int kRows = 10000;

// The hand-written GDELT 2.0 file's rows again and again, each with an id and a URL of its own.
bool writeGdelt(const QString &path, int rows)
{
    QFile in(QStringLiteral(ENTENTE_TEST_DATA "/io/gdelt-v2.export.CSV"));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QList<QByteArray> templates = in.readAll().split('\n');
    templates.removeAll(QByteArray());
    QByteArray all;
    for (int i = 0; i < rows; ++i) {
        QList<QByteArray> fields = templates.at(i % templates.size()).split('\t');
        fields[0] = QByteArray::number(1'200'000'000 + i);
        fields.last() = "https://example.org/cancel/" + QByteArray::number(i % 3000);
        all += fields.join('\t') + '\n';
    }
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(all) == all.size();
}

// What a person sees of a file, and what a cancel must leave as it was.
QStringList contents(const QString &path)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    QStringList out;
    SQLite::Statement schema(db,
                             "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
                             "WHERE name NOT LIKE 'sqlite%' ORDER BY type, name");
    while (schema.executeStep())
        out.append(QString::fromStdString(schema.getColumn(0).getString()));
    for (const char *sql :
         { "SELECT count(*) FROM events", "SELECT count(*) FROM actors", "SELECT count(*) FROM sources",
           "SELECT count(*) FROM event_attributes", "SELECT count(*) FROM actor_titles",
           "SELECT count(*) FROM events_fts", "SELECT count(*) FROM events_fts WHERE events_fts MATCH 'negotiation'",
           "SELECT group_concat(key || '=' || value, ';') FROM meta" }) {
        out.append(QString::fromLatin1(sql) + QStringLiteral(": ")
                   + QString::fromStdString(db.execAndGet(sql).getString()));
    }
    return out;
}

} // namespace

class TestImportCancel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_gdelt;
    int m_files = 0;

    // A file: empty, or with the hand-written GDELT file's eight events in it.
    QString target(bool withData)
    {
        const QString path = m_dir.filePath(QStringLiteral("target-%1.entente").arg(++m_files));
        auto store = Store::open(path, { .create = true }).store;
        if (withData) {
            ImportProgress progress;
            const ImportResult r
                = importFile(QStringLiteral(ENTENTE_TEST_DATA "/io/gdelt-v2.export.CSV"), *store, {}, progress);
            if (!r.ok)
                qFatal("%s", qPrintable(r.error));
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gdelt = m_dir.filePath(QStringLiteral("many.export.CSV"));
        QVERIFY(writeGdelt(m_gdelt, kRows));
        QVERIFY(QFileInfo(m_gdelt).size() > (1 << 20));
    }

    void cancelled_data()
    {
        QTest::addColumn<bool>("withData");
        QTest::addColumn<QString>("when");
        for (const bool withData : { false, true }) {
            const QByteArray into = withData ? "into a file with data, " : "into an empty file, ";
            for (const char *when : { "first report", "second report", "stored", "indexing" }) {
                if (withData && (when == QByteArrayView("stored") || when == QByteArrayView("indexing")))
                    continue; // one transaction: no such moments
                QTest::newRow(QByteArray(into + when).constData()) << withData << QString::fromLatin1(when);
            }
        }
    }
    void cancelled()
    {
        QFETCH(bool, withData);
        QFETCH(QString, when);
        const QString path = target(withData);
        const QStringList before = contents(path);
        {
            auto store = Store::open(path, {}).store;
            QVERIFY(store);
            std::atomic<bool> cancel { false };
            ImportProgress progress;
            progress.cancel = &cancel;
            int reports = 0;
            bool reached = false;
            progress.report = [&](qint64, qint64) {
                ++reports;
                if ((when == u"first report" && reports == 1) || (when == u"second report" && reports == 2)) {
                    cancel = true;
                    reached = true;
                }
            };
            progress.stored = [&](qint64) {
                if (when == u"stored") {
                    cancel = true;
                    reached = true;
                }
            };
            progress.indexing = [&](int done, int) {
                if (when == u"indexing" && done == 2) {
                    cancel = true;
                    reached = true;
                }
            };
            const ImportResult r = importFile(m_gdelt, *store, {}, progress);
            QVERIFY2(reached, qPrintable(when));
            QVERIFY(!r.ok);
            QVERIFY2(r.cancelled, qPrintable(r.error));
            QVERIFY(!Store::hasUnfinishedImport(path));
            QVERIFY(!QFileInfo::exists(DeferredIndexes::scratchPath(path)));
            store->database().exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
            QCOMPARE(store->integrityProblems(), QStringList());
            store->checkpoint();
        }
        QCOMPARE(contents(path), before);

        // And the same import, not cancelled, then finds everything.
        auto store = Store::open(path, {}).store;
        ImportProgress progress;
        const ImportResult r = importFile(m_gdelt, *store, {}, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.summary.eventsAdded, kRows);
        QCOMPARE(store->countEvents({}), kRows + (withData ? 8 : 0));
        // Every fourth template row is a negotiation (046 twice in eight).
        QCOMPARE(store->search(QStringLiteral("negotiation")).size(), kRows / 4 + (withData ? 2 : 0));
    }
};

QTEST_GUILESS_MAIN(TestImportCancel)
#include "tst_importcancel.moc"
