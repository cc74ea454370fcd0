// The Admiralty grades: a source's reliability (A–F) and a report's credibility (1–6), stored,
// undone, filtered on, and carried through Entente JSON and CSV.
#include "detailsformatter.h"
#include "document.h"
#include "eventtablemodel.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "sampledataset.h"
#include "store/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

#include <algorithm>

using namespace entente;

namespace {

std::unique_ptr<Document> sampleDocument()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    return std::make_unique<Document>(std::move(store));
}

ImportResult importInto(Store &store, const QString &path, const QString &format)
{
    ImportOptions options;
    options.format = format;
    ImportProgress progress;
    return importFile(path, store, options, progress);
}

// The sample's first event that cites a source, graded B (its source) and 2 (its report).
EventId gradeFirstCited(Document &doc)
{
    for (EventId id : doc.store().eventIds({})) {
        Event e = *doc.store().event(id);
        if (e.sources.isEmpty())
            continue;
        Source s = *doc.store().source(e.sources.first().sourceId);
        s.reliability = Reliability::B;
        s.author = QStringLiteral("Jane Doe");
        if (!doc.editSource(s))
            return 0;
        e.sources.first().credibility = Credibility::Probable;
        return doc.editEvent(e) ? id : 0;
    }
    return 0;
}

QMap<QString, QString> gradesByTitle(const Store &store)
{
    QMap<QString, QString> out;
    for (const Event &e : store.events(store.eventIds({}))) {
        QStringList grades;
        for (const EventSource &es : e.sources)
            grades.append(Grade { store.source(es.sourceId)->reliability, es.credibility }.text());
        out.insert(e.title, grades.join(u';'));
    }
    return out;
}

} // namespace

class TestSourceGrades : public QObject
{
    Q_OBJECT

private slots:
    void gradeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("written");
        QTest::newRow("both") << QStringLiteral("B2") << true << QStringLiteral("B2");
        QTest::newRow("lower case") << QStringLiteral(" f6 ") << true << QStringLiteral("F6");
        QTest::newRow("letter") << QStringLiteral("A") << true << QStringLiteral("A");
        QTest::newRow("number") << QStringLiteral("3") << true << QStringLiteral("3");
        QTest::newRow("none") << QString() << true << QString();
        QTest::newRow("G") << QStringLiteral("G1") << false << QString();
        QTest::newRow("7") << QStringLiteral("B7") << false << QString();
        QTest::newRow("0") << QStringLiteral("0") << false << QString();
        QTest::newRow("reversed") << QStringLiteral("2B") << false << QString();
    }
    void gradeText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, written);
        const auto g = Grade::parse(text);
        QCOMPARE(g.has_value(), valid);
        if (valid)
            QCOMPARE(g->text(), written);
    }

    void storedAndUndone()
    {
        auto doc = sampleDocument();
        const EventId id = gradeFirstCited(*doc);
        QVERIFY(id);
        const Event e = *doc->store().event(id);
        const Source s = *doc->store().source(e.sources.first().sourceId);
        QCOMPARE(s.reliability, Reliability::B);
        QCOMPARE(s.author, QStringLiteral("Jane Doe"));
        QCOMPARE(e.sources.first().credibility, Credibility::Probable);
        QCOMPARE(doc->store().bestGrade(id).text(), QStringLiteral("B2"));
        QCOMPARE(doc->store().bestGrades().value(id).text(), QStringLiteral("B2"));
        const QHash<EventId, Grade> all = doc->store().bestGrades();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            QCOMPARE(it.value(), doc->store().bestGrade(it.key()));
        // Shown with its meaning in the details panel and the table's grade column.
        const QString html = DetailsFormatter(doc->store()).eventHtml(id);
        QVERIFY2(html.contains(QStringLiteral("<b>B2</b> <i>(usually reliable, probably true)</i>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("by Jane Doe")));
        EventTableModel table(doc.get());
        const int row = table.rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(table.index(row, EventTableModel::GradeColumn).data().toString(), QStringLiteral("B2"));
        QCOMPARE(table.headerData(EventTableModel::GradeColumn, Qt::Horizontal).toString(), QStringLiteral("Grade"));

        doc->undoStack()->undo(); // the credibility
        QCOMPARE(doc->store().event(id)->sources.first().credibility, std::nullopt);
        QCOMPARE(doc->store().bestGrade(id).text(), QStringLiteral("B"));
        doc->undoStack()->undo(); // the reliability
        QCOMPARE(doc->store().source(s.id)->reliability, std::nullopt);
        QVERIFY(doc->store().bestGrade(id).isEmpty());
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        QCOMPARE(doc->store().bestGrade(id).text(), QStringLiteral("B2"));
    }

    void filterByGrade()
    {
        auto doc = sampleDocument();
        const EventId id = gradeFirstCited(*doc);
        // Every event citing the graded source has a B source; only one has a graded report.
        const SourceId graded = doc->store().event(id)->sources.first().sourceId;
        QList<EventId> citing;
        for (const Event &e : doc->store().events(doc->store().eventIds({}))) {
            if (std::any_of(e.sources.cbegin(), e.sources.cend(),
                            [graded](const EventSource &es) { return es.sourceId == graded; }))
                citing.append(e.id);
        }
        EventFilter f;
        f.minReliability = Reliability::C;
        QCOMPARE(doc->store().eventIds(f), citing);
        f.minReliability = Reliability::A; // B is not A
        QVERIFY(doc->store().eventIds(f).isEmpty());
        f = {};
        f.minCredibility = Credibility::Probable;
        QCOMPARE(doc->store().eventIds(f), QList<EventId> { id });
        f.minReliability = Reliability::B;
        QCOMPARE(doc->store().countEvents(f), 1);
        // Saved views keep it.
        QCOMPARE(EventFilter::fromJson(f.toJson()), f);
    }

    void jsonRoundTrip()
    {
        QTemporaryDir dir;
        auto doc = sampleDocument();
        const EventId id = gradeFirstCited(*doc);
        QVERIFY(id);
        const QString path = dir.filePath(QStringLiteral("graded.json"));
        makeExporter(QStringLiteral("json"))->write(doc->store(), {}, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("\"reliability\": \"B\"") || json.contains("\"reliability\":\"B\""));
        QVERIFY(json.contains("\"credibility\": 2") || json.contains("\"credibility\":2"));
        // Into an empty file (ids kept) and into one with data (ids renumbered, grades applied after).
        auto empty = Store::createInMemory();
        const ImportResult r = importInto(*empty, path, QStringLiteral("json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(gradesByTitle(*empty), gradesByTitle(doc->store()));
        auto other = Store::createInMemory();
        Event seed;
        seed.title = QStringLiteral("Seed");
        seed.start = FuzzyDate::year(2001);
        other->addEvent(seed);
        const ImportResult r2 = importInto(*other, path, QStringLiteral("json"));
        QVERIFY2(r2.ok, qPrintable(r2.error));
        auto expected = gradesByTitle(doc->store());
        expected.insert(QStringLiteral("Seed"), QString());
        QCOMPARE(gradesByTitle(*other), expected);
        bool authorKept = false;
        for (const Source &s : other->sources())
            authorKept = authorKept || s.author == QLatin1String("Jane Doe");
        QVERIFY(authorKept);
    }

    void csvRoundTrip()
    {
        QTemporaryDir dir;
        auto doc = sampleDocument();
        QVERIFY(gradeFirstCited(*doc));
        const QString path = dir.filePath(QStringLiteral("graded.csv"));
        makeExporter(QStringLiteral("csv"))->write(doc->store(), {}, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("title,start,end,kind,status,summary,place,latitude,longitude,actors,sources,tags,"
                               "source_grades,source_figures\r\n"));
        QVERIFY2(csv.contains("B2"), csv.constData());
        auto back = Store::createInMemory();
        const ImportResult r = importInto(*back, path, QStringLiteral("csv"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(gradesByTitle(*back), gradesByTitle(doc->store()));
    }

    // A file from before version 4 opened read-only cannot be upgraded: its sources and events
    // read with no grade rather than failing; opened for writing, it gets the columns.
    void olderFileReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.entente"));
        {
            auto r = Store::open(path, { true, false });
            QVERIFY(r.store);
            SampleDataset::write(*r.store);
            SQLite::Database &db = r.store->database();
            db.exec("ALTER TABLE sources DROP COLUMN reliability");
            db.exec("ALTER TABLE sources DROP COLUMN author");
            db.exec("ALTER TABLE event_sources DROP COLUMN credibility");
            db.exec("PRAGMA user_version = 3");
        }
        {
            Store::OpenOptions options;
            options.readOnly = true;
            auto r = Store::open(path, options);
            QVERIFY2(r.store, qPrintable(r.error));
            QVERIFY(!r.store->sources().isEmpty());
            const QList<Event> events = r.store->events(r.store->eventIds({}));
            QCOMPARE(events.size(), 12);
            QVERIFY(r.store->bestGrade(events.first().id).isEmpty());
        }
        auto r = Store::open(path, {});
        QVERIFY2(r.store, qPrintable(r.error));
        QCOMPARE(r.store->schemaVersion(), Schema::kCurrentVersion);
        Source s = r.store->sources().first();
        s.reliability = Reliability::A;
        r.store->updateSource(s);
        QCOMPARE(r.store->source(s.id)->reliability, Reliability::A);
    }

    void badGradeInCsvIsListed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,start,sources,source_grades\nTalks,2022-03-29,Reuters,G9\nMore talks,2022-03-30,TASS,D4\n");
        f.close();
        auto store = Store::createInMemory();
        const ImportResult r = importInto(*store, path, QStringLiteral("csv"));
        QCOMPARE(store->counts().events, 1);
        QCOMPARE(gradesByTitle(*store).value(QStringLiteral("More talks")), QStringLiteral("D4"));
        QCOMPARE(r.summary.skippedCount, 1);
        QVERIFY(r.summary.skipped.first().reason.contains(QStringLiteral("G9")));
    }
};

QTEST_GUILESS_MAIN(TestSourceGrades)
#include "tst_sourcegrades.moc"
