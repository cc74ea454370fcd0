#include "document.h"
#include "sampledataset.h"
#include "story/storysteps.h"
#include "story/storystepsmodel.h"
#include "story/storytimelinejs.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

class TestStorySteps : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> sample()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        return std::make_unique<Document>(std::move(store));
    }
    StoryId sampleStory(Document &doc)
    {
        const auto id = stories::findByName(doc.store(), QStringLiteral("From Istanbul 2022 to Istanbul 2025"));
        Q_ASSERT(id);
        return *id;
    }
    QList<EventId> eventOrder(const Document &doc, StoryId id)
    {
        QList<EventId> ids;
        const auto story = doc.store().story(id);
        for (const StoryStep &s : story->steps)
            ids.append(s.eventId);
        return ids;
    }

private slots:
    void sampleStoryIsFound()
    {
        auto doc = sample();
        const auto id = stories::findByName(doc->store(), QStringLiteral("from istanbul 2022 to istanbul 2025"));
        QVERIFY(id);
        const auto story = doc->store().story(*id);
        QCOMPARE(story->steps.size(), 10);
        for (const StoryStep &s : story->steps)
            QVERIFY(!s.note.isEmpty());
        QVERIFY(!stories::findByName(doc->store(), QStringLiteral("No such story")));
    }

    void modelShowsStepsInOrder()
    {
        auto doc = sample();
        StoryStepsModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const StoryId id = sampleStory(*doc);
        model.setStory(id);
        QCOMPARE(model.rowCount(), 10);
        const auto story = doc->store().story(id);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(model.index(i).data(StoryStepsModel::EventIdRole).toLongLong(), story->steps[i].eventId);
            QCOMPARE(model.index(i).data(StoryStepsModel::NoteRole).toString(), story->steps[i].note);
            QVERIFY(model.index(i).data().toString().startsWith(doc->store().event(story->steps[i].eventId)->title));
        }
    }

    void moveRowsIsUndoable()
    {
        auto doc = sample();
        StoryStepsModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const StoryId id = sampleStory(*doc);
        model.setStory(id);
        const QList<EventId> before = eventOrder(*doc, id);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        // Step 1 to after step 3.
        QVERIFY(model.moveRows({}, 0, 1, {}, 3));
        QCOMPARE(moved.size(), 1);
        QList<EventId> expected = before;
        expected.move(0, 2);
        QCOMPARE(eventOrder(*doc, id), expected);
        QCOMPARE(model.index(2).data(StoryStepsModel::EventIdRole).toLongLong(), before[0]);
        // Last two to the top.
        QVERIFY(model.moveRows({}, 8, 2, {}, 0));
        QCOMPARE(model.index(0).data(StoryStepsModel::EventIdRole).toLongLong(), expected[8]);
        QCOMPARE(model.index(1).data(StoryStepsModel::EventIdRole).toLongLong(), expected[9]);
        QCOMPARE(eventOrder(*doc, id).size(), 10);
        // Moves onto themselves are refused.
        QVERIFY(!model.moveRows({}, 4, 1, {}, 4));
        QVERIFY(!model.moveRows({}, 4, 1, {}, 5));
        QVERIFY(!model.moveRows({}, 9, 2, {}, 0));
        doc->undoStack()->undo();
        QCOMPARE(eventOrder(*doc, id), before);
        QCOMPARE(model.index(0).data(StoryStepsModel::EventIdRole).toLongLong(), before[0]);
        doc->undoStack()->redo();
        QCOMPARE(model.index(0).data(StoryStepsModel::EventIdRole).toLongLong(), expected[8]);
    }

    void dropMovesRows()
    {
        auto doc = sample();
        StoryStepsModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const StoryId id = sampleStory(*doc);
        model.setStory(id);
        const QList<EventId> before = eventOrder(*doc, id);
        std::unique_ptr<QMimeData> data(model.mimeData({ model.index(5) }));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
        QCOMPARE(eventOrder(*doc, id)[1], before[5]);
        QMimeData foreign;
        foreign.setText(QStringLiteral("5"));
        QVERIFY(!model.canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
        // Dropped on an item (row -1, the item as parent): the steps go before it.
        const QList<EventId> middle = eventOrder(*doc, id);
        data.reset(model.mimeData({ model.index(0) }));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(4)));
        QList<EventId> expected = middle;
        expected.move(0, 3);
        QCOMPARE(eventOrder(*doc, id), expected);
        // Dropped below the last row: to the end.
        data.reset(model.mimeData({ model.index(0) }));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(eventOrder(*doc, id).constLast(), expected.constFirst());
        // A copy is not a reorder; rows from another model (another window's panel on the
        // same story) mean nothing here.
        data.reset(model.mimeData({ model.index(2) }));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 1, 0, {}));
        StoryStepsModel other(doc.get());
        other.setStory(id);
        std::unique_ptr<QMimeData> theirs(other.mimeData({ other.index(2) }));
        QVERIFY(!model.canDropMimeData(theirs.get(), Qt::MoveAction, 1, 0, {}));
        QVERIFY(!model.dropMimeData(theirs.get(), Qt::MoveAction, 1, 0, {}));
        QMimeData damaged;
        damaged.setData(StoryStepsModel::mimeType(), QByteArray("\x01\x02"));
        QVERIFY(!model.canDropMimeData(&damaged, Qt::MoveAction, 1, 0, {}));
    }

    void cameraIsUndoableAndStored()
    {
        auto doc = sample();
        StoryStepsModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const StoryId id = sampleStory(*doc);
        model.setStory(id);
        const StoryStep before = doc->store().story(id)->steps[3];
        const QList<Actor> actors = doc->store().actors();
        const QList<ActorId> chosen { actors[2].id, actors[0].id, actors[2].id };
        QVERIFY(model.setCamera(3, std::pair<qint64, qint64>(1'600'000'000, 1'700'000'000), chosen));
        StoryStep stored = doc->store().story(id)->steps[3];
        QCOMPARE(stored.windowStart, std::optional<std::int64_t>(1'600'000'000));
        QCOMPARE(stored.windowEnd, std::optional<std::int64_t>(1'700'000'000));
        QCOMPARE(stored.highlightedActors, (QList<ActorId> { actors[2].id, actors[0].id }));
        QCOMPARE(stored.note, before.note);
        QVERIFY(model.index(3).data(StoryStepsModel::HasCameraRole).toBool());
        QCOMPARE(model.index(3).data(StoryStepsModel::WindowStartRole).toLongLong(), 1'600'000'000);
        QCOMPARE(model.index(3).data(StoryStepsModel::HighlightedActorsRole).value<QList<qlonglong>>(),
                 (QList<qlonglong> { actors[2].id, actors[0].id }));
        // The presentation frames the step with it.
        const Event event = *doc->store().event(stored.eventId);
        QCOMPARE(stories::cameraWindow(stored, event), std::pair(1.6e9, 1.7e9));
        // Actors alone keep the window; an empty window is refused.
        QVERIFY(model.setHighlightedActors(3, { actors[1].id }));
        stored = doc->store().story(id)->steps[3];
        QCOMPARE(stored.highlightedActors, QList<ActorId> { actors[1].id });
        QCOMPARE(stored.windowStart, std::optional<std::int64_t>(1'600'000'000));
        QVERIFY(!model.setCamera(3, std::pair<qint64, qint64>(5, 5), {}));
        QVERIFY(!model.setCamera(10, std::nullopt, {}));
        // Undone as one edit of the story, back to framing the event.
        doc->undoStack()->undo();
        QCOMPARE(doc->store().story(id)->steps[3], before);
        QVERIFY(!model.index(3).data(StoryStepsModel::HasCameraRole).toBool());
        doc->undoStack()->redo();
        QCOMPARE(doc->store().story(id)->steps[3].highlightedActors, QList<ActorId> { actors[1].id });
        QVERIFY(model.setCamera(3, std::nullopt, {}));
        QCOMPARE(doc->store().story(id)->steps[3], before);
    }

    void notesAndRemovalAreUndoable()
    {
        auto doc = sample();
        StoryStepsModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const StoryId id = sampleStory(*doc);
        model.setStory(id);
        const QString oldNote = model.index(2).data(StoryStepsModel::NoteRole).toString();
        QVERIFY(model.setData(model.index(2), QStringLiteral("<b>Ask the class</b> what changed.")));
        QCOMPARE(doc->store().story(id)->steps[2].note, QStringLiteral("<b>Ask the class</b> what changed."));
        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(doc->store().story(id)->steps.size(), 8);
        doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), 10);
        // Consecutive edits of one story merge: one undo returns to the file as it was.
        QCOMPARE(doc->store().story(id)->steps[2].note, oldNote);
        QCOMPARE(model.index(2).data(StoryStepsModel::NoteRole).toString(), oldNote);
    }

    void storiesFromSelectionAndFilter()
    {
        auto doc = sample();
        const QList<EventId> all = doc->store().eventIds({});
        QVERIFY(all.size() > 5);
        // Picked out of order, told in date order, each once.
        const Story picked = stories::fromEvents(doc->store(), { all[4], all[1], all[4], all[2] }, QStringLiteral("P"));
        QCOMPARE(picked.steps.size(), 3);
        QCOMPARE(picked.steps[0].eventId, all[1]);
        QCOMPARE(picked.steps[1].eventId, all[2]);
        QCOMPARE(picked.steps[2].eventId, all[4]);
        EventFilter filter;
        filter.from = FuzzyDate::parse(QStringLiteral("2025"))->startSeconds();
        const Story filtered = stories::fromFilter(doc->store(), filter, QStringLiteral("2025"));
        QCOMPARE(filtered.steps.size(), doc->store().countEvents(filter));
        QVERIFY(filtered.steps.size() > 0);
        const auto id = doc->addStory(filtered);
        QVERIFY(id);
        QCOMPARE(doc->store().stories().size(), 2);
        QCOMPARE(stories::uniqueName(doc->store(), QStringLiteral("2025")), QStringLiteral("2025 2"));
        doc->undoStack()->undo();
        QCOMPARE(doc->store().stories().size(), 1);
        // Without a story, a presentation steps through the filtered events.
        const Story shown = stories::forPresentation(doc->store(), std::nullopt, filter);
        QCOMPARE(shown.steps.size(), filtered.steps.size());
    }

    // A filter of more events than a class can follow: the first kMaxSteps in date order, and a
    // presentation of them says what it leaves out.
    void aLargeFilterGivesTheFirstSteps()
    {
        auto store = Store::createInMemory();
        const qint64 events = stories::kMaxSteps + 234;
        store->transaction([&] {
            for (qint64 i = events; i > 0; --i) { // added last to first
                Event e;
                e.title = QStringLiteral("Statement %1").arg(i);
                e.start = FuzzyDate::day(2000 + static_cast<int>(i / 300), 1 + static_cast<int>(i % 12), 1);
                store->addEvent(e);
            }
        });
        qint64 matched = 0;
        const Story story = stories::fromFilter(*store, {}, QStringLiteral("All"), &matched);
        QCOMPARE(matched, events);
        QCOMPARE(story.steps.size(), stories::kMaxSteps);
        QCOMPARE(story.steps.constFirst().eventId, store->eventIds({}, EventOrder::Date, false, 1).constFirst());
        const Story shown = stories::forPresentation(*store, std::nullopt, {});
        QCOMPARE(shown.steps.size(), stories::kMaxSteps);
        QVERIFY2(shown.name.startsWith(QStringLiteral("The first 1,000 of 1,234 filtered event")),
                 qPrintable(shown.name));
        EventFilter few;
        few.to = FuzzyDate::day(2001, 1, 1).startSeconds();
        QVERIFY(stories::forPresentation(*store, std::nullopt, few).name.isEmpty());
    }

    void cameraFramesTheEvent()
    {
        auto doc = sample();
        const auto story = doc->store().story(sampleStory(*doc));
        for (const StoryStep &s : story->steps) {
            const auto e = doc->store().event(s.eventId);
            const auto [from, to] = stories::cameraWindow(s, *e);
            QVERIFY(from < static_cast<double>(e->start.startSeconds()));
            QVERIFY(to > static_cast<double>(e->start.endSeconds()));
        }
        StoryStep own = story->steps[0];
        own.windowStart = 1000;
        own.windowEnd = 5000;
        const auto [from, to] = stories::cameraWindow(own, *doc->store().event(own.eventId));
        QCOMPARE(from, 1000.0);
        QCOMPARE(to, 5000.0);
    }

    void timelineJsOfAStory()
    {
        auto doc = sample();
        const auto story = doc->store().story(sampleStory(*doc));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.json"));
        QCOMPARE(writeStoryTimelineJs(doc->store(), *story, path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root[u"title"][u"text"][u"headline"].toString(), story->name);
        const QJsonArray events = root[u"events"].toArray();
        QCOMPARE(events.size(), 10);
        const auto first = doc->store().event(story->steps[0].eventId);
        QCOMPARE(events[0][u"start_date"][u"year"].toInt(), first->start.yearNumber());
        QVERIFY(events[0][u"text"][u"text"].toString().contains(story->steps[0].note.toHtmlEscaped()));
        QCOMPARE(
            writeStoryTimelineJs(doc->store(), *story, dir.filePath(QStringLiteral("no/such/dir/x.json"))).isEmpty(),
            false);
    }
};

QTEST_GUILESS_MAIN(TestStorySteps)
#include "tst_storysteps.moc"
