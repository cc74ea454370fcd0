#include "document.h"
#include "graph/nodepositions.h"
#include "importcommand.h"
#include "sampledataset.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

std::unique_ptr<Document> sampleDocument()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    return std::make_unique<Document>(std::move(store));
}

DocumentChange only(const QSignalSpy &spy)
{
    return spy.count() == 1 ? spy.first().first().value<DocumentChange>() : DocumentChange {};
}

// An ACLED-style file of `rows` events, each by one of a few new actors.
QString writeAcled(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("event_date,event_type,actor1,location,notes\n");
    for (int i = 0; i < rows; ++i)
        f.write("2022-03-" + QByteArray::number(10 + i % 18) + ",Protests,Crowd " + QByteArray::number(i % 3) + ",Town "
                + QByteArray::number(i) + ",A march for a ceasefire\n");
    return path;
}

QStringList titles(const Store &store)
{
    QStringList out;
    for (EventId id : store.eventIds({}))
        out.append(QString::number(id) + u' ' + store.event(id)->title);
    return out;
}

NodePositions positions(Document &doc)
{
    return doc.read([](Store &s, const CancelToken &) { return NodePositions::load(s); }).result();
}

} // namespace

// Every write goes through the document: an undo step (or one marked as not undoable), announced
// once with the ids and the fields it touched.
class TestDocumentWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anEditSaysWhichFieldsChanged()
    {
        auto doc = sampleDocument();
        const EventId id = doc->store().eventIds({}).first();
        Event e = *doc->store().event(id);
        QSignalSpy changed(doc.get(), &Document::changed);
        e.title += QStringLiteral(" (updated)");
        QVERIFY(doc->editEvent(e));
        QCOMPARE(only(changed).op, DocumentChange::Op::Edited);
        QCOMPARE(only(changed).ids, QList<std::int64_t> { id });
        QCOMPARE(only(changed).fields, DocumentChange::Fields(DocumentChange::Field::Title));
        changed.clear();
        e.start = FuzzyDate::year(1990);
        e.kind = QStringLiteral("summit");
        e.place = QStringLiteral("Reykjavík");
        QVERIFY(doc->editEvent(e));
        QCOMPARE(only(changed).fields,
                 DocumentChange::Field::Dates | DocumentChange::Field::Kind | DocumentChange::Field::Place);
        changed.clear();
        doc->undoStack()->undo(); // the two edits merged into one step
        QCOMPARE(only(changed).fields,
                 DocumentChange::Field::Title | DocumentChange::Field::Dates | DocumentChange::Field::Kind
                     | DocumentChange::Field::Place);
        changed.clear();
        QVERIFY(doc->deleteEvent(id));
        QCOMPARE(only(changed).op, DocumentChange::Op::Removed);
        changed.clear();
        doc->undoStack()->undo();
        QCOMPARE(only(changed).op, DocumentChange::Op::Added);
    }

    void anImportIsOneStepThatUndoes()
    {
        auto doc = sampleDocument();
        const QStringList before = titles(doc->store());
        const StoreCounts counts = doc->store().counts();
        const qsizetype marches = doc->store().search(QStringLiteral("march")).size();
        const QString csv = writeAcled(m_dir.filePath(QStringLiteral("three.csv")), 3);
        QSignalSpy changed(doc.get(), &Document::changed);
        ImportOptions options;
        options.format = QStringLiteral("acled");
        ImportProgress progress;
        const Document::ImportOutcome outcome = doc->importFiles({ csv }, options, progress);
        QVERIFY2(outcome.result.ok, qPrintable(outcome.result.error));
        QVERIFY(outcome.undoable && outcome.changed);
        QCOMPARE(doc->store().counts().events, counts.events + 3);
        QCOMPARE(doc->store().counts().actors, counts.actors + 3);
        const DocumentChange added = only(changed);
        QCOMPARE(added.kind, DocumentChange::Kind::Events);
        QCOMPARE(added.op, DocumentChange::Op::Added);
        QCOMPARE(added.ids.size(), 3);
        for (std::int64_t id : added.ids)
            QVERIFY(doc->store().event(id));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Import three.csv"));
        const QStringList after = titles(doc->store());

        changed.clear();
        doc->undoStack()->undo();
        QCOMPARE(only(changed).op, DocumentChange::Op::Removed);
        QCOMPARE(only(changed).ids, added.ids);
        QCOMPARE(titles(doc->store()), before);
        QCOMPARE(doc->store().counts().actors, counts.actors);
        QCOMPARE(doc->store().counts().sources, counts.sources);

        changed.clear();
        doc->undoStack()->redo();
        QCOMPARE(only(changed).op, DocumentChange::Op::Added);
        QCOMPARE(only(changed).ids, added.ids);
        QCOMPARE(titles(doc->store()), after); // the same rows, with the same ids
        QCOMPARE(doc->store().counts().actors, counts.actors + 3);
        QCOMPARE(doc->store().search(QStringLiteral("march")).size(), marches + 3); // searchable again
    }

    void anImportOnAWorkerIsPushedWhenItCommits()
    {
        const QString path = m_dir.filePath(QStringLiteral("async.entente"));
        {
            auto made = Store::open(path, { .create = true });
            SampleDataset::write(*made.store);
        }
        auto doc = std::move(Document::open(path).document);
        QVERIFY(doc);
        const qint64 events = doc->store().counts().events;
        QSignalSpy changed(doc.get(), &Document::changed);
        ImportOptions options;
        options.format = QStringLiteral("acled");
        auto future = doc->startImport({ writeAcled(m_dir.filePath(QStringLiteral("five.csv")), 5) }, options, {});
        QTRY_VERIFY(future.isFinished());
        QVERIFY2(future.result().result.ok, qPrintable(future.result().result.error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(only(changed).ids.size(), 5);
        QCOMPARE(doc->store().counts().events, events + 5);
        doc->undoStack()->undo();
        QCOMPARE(doc->store().counts().events, events);
        auto read = doc->read([](Store &s, const CancelToken &) { return s.counts().events; });
        QCOMPARE(read.result(), events);
    }

    void aLargeImportIsNotUndoableAndSaysSo()
    {
        auto doc = sampleDocument();
        Event first;
        first.title = QStringLiteral("Before the import");
        first.start = FuzzyDate::year(2020);
        QVERIFY(doc->addEvent(first));
        QCOMPARE(doc->undoStack()->count(), 1);
        const int rows = static_cast<int>(ImportedRows::kUndoableEvents) + 1;
        QSignalSpy changed(doc.get(), &Document::changed);
        ImportOptions options;
        options.format = QStringLiteral("acled");
        ImportProgress progress;
        const auto outcome
            = doc->importFiles({ writeAcled(m_dir.filePath(QStringLiteral("large.csv")), rows) }, options, progress);
        QVERIFY(outcome.result.ok);
        QVERIFY(!outcome.undoable);
        QCOMPARE(doc->undoStack()->count(), 0); // the steps before it no longer apply
        QCOMPARE(only(changed).kind, DocumentChange::Kind::Events);
        QCOMPARE(only(changed).op, DocumentChange::Op::Added);
        QCOMPARE(only(changed).ids.size(), rows);
    }

    void savedViewsAreUndoSteps()
    {
        auto doc = sampleDocument();
        QSignalSpy changed(doc.get(), &Document::changed);
        EventFilter alleged;
        alleged.text = QStringLiteral("alleged");
        const auto id = doc->saveView(QStringLiteral("Alleged"), alleged);
        QVERIFY(id);
        QCOMPARE(only(changed).kind, DocumentChange::Kind::SavedViews);
        QCOMPARE(only(changed).op, DocumentChange::Op::Added);
        QCOMPARE(only(changed).ids, QList<std::int64_t> { *id });
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Save view"));

        // Saving the name again replaces it, and undo puts the first filter back.
        changed.clear();
        EventFilter other;
        other.text = QStringLiteral("denied");
        QVERIFY(doc->saveView(QStringLiteral("Alleged"), other));
        QCOMPARE(only(changed).op, DocumentChange::Op::Edited);
        QCOMPARE(doc->store().savedViews().first().filter, other);
        doc->undoStack()->undo();
        QCOMPARE(doc->store().savedViews().size(), 1);
        QCOMPARE(doc->store().savedViews().first().filter, alleged);

        changed.clear();
        QVERIFY(doc->deleteView(doc->store().savedViews().first().id));
        QCOMPARE(only(changed).op, DocumentChange::Op::Removed);
        QVERIFY(doc->store().savedViews().isEmpty());
        doc->undoStack()->undo();
        QCOMPARE(doc->store().savedViews().size(), 1);
        QCOMPARE(doc->store().savedViews().first().filter, alleged);
        doc->undoStack()->undo(); // the first save
        QVERIFY(doc->store().savedViews().isEmpty());
        doc->undoStack()->redo();
        QCOMPARE(doc->store().savedViews().first().name, QStringLiteral("Alleged"));
    }

    void nodePositionsGoThroughTheDocument()
    {
        auto doc = sampleDocument();
        QSignalSpy changed(doc.get(), &Document::changed);
        QVERIFY(doc->push(new SetNodePositionsCommand(doc.get(), { { QStringLiteral("a2"), QPointF(4, 5) } })));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(positions(*doc).pinned, QSet<QString> { QStringLiteral("a2") });
        doc->undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QVERIFY(positions(*doc).pinned.isEmpty());

        // A layout saved for an export: one announce, not an undo step.
        changed.clear();
        const int steps = doc->undoStack()->count();
        QVERIFY(
            doc->saveGraphLayout({ { QStringLiteral("a1"), QPointF(1, 2) }, { QStringLiteral("e3"), QPointF(3, 4) } }));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(doc->undoStack()->count(), steps);
        QCOMPARE(positions(*doc).positions.value(QStringLiteral("e3")), QPointF(3, 4));
    }

    void aReadOnlyDocumentRefusesWrites()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.entente"));
        {
            auto made = Store::open(path, { .create = true });
            SampleDataset::write(*made.store);
        }
        auto holder = std::move(Document::open(path).document);
        auto second = std::move(Document::open(path, { .allowReadOnly = true, .exclusive = true }).document);
        QVERIFY(holder && second && second->isReadOnly());
        QVERIFY(!second->saveView(QStringLiteral("x"), {}));
        ImportProgress progress;
        const auto outcome
            = second->importFiles({ writeAcled(m_dir.filePath(QStringLiteral("ro.csv")), 2) }, {}, progress);
        QVERIFY(!outcome.result.ok);
        QCOMPARE(second->store().counts().events, 12);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDocumentWrites)
#include "tst_documentwrites.moc"
