#include "document.h"
#include "sampledataset.h"

#include <QSignalSpy>
#include <QTest>

using namespace entente;

namespace {

std::unique_ptr<Document> sampleDocument()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    return std::make_unique<Document>(std::move(store));
}

EventId eventTitled(const Store &store, const QString &prefix)
{
    for (EventId id : store.eventIds({})) {
        if (store.event(id)->title.startsWith(prefix))
            return id;
    }
    return 0;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void addEditDeleteEventWithUndo()
    {
        auto doc = sampleDocument();
        QSignalSpy changed(doc.get(), &Document::changed);
        Event e;
        e.title = QStringLiteral("Ceasefire talks in Geneva");
        e.start = FuzzyDate::month(2025, 6);
        e.actors = { { *doc->store().findActor(QStringLiteral("Russia")), QStringLiteral("participant") } };
        const auto id = doc->addEvent(e);
        QVERIFY(id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().value<DocumentChange>().kind, DocumentChange::Kind::Events);
        QCOMPARE(changed.last().first().value<DocumentChange>().ids, QList<std::int64_t> { *id });
        QCOMPARE(doc->store().counts().events, 13);

        Event edited = *doc->store().event(*id);
        edited.title = QStringLiteral("Ceasefire talks in Geneva, postponed");
        QVERIFY(doc->editEvent(edited));
        QCOMPARE(doc->store().event(*id)->title, edited.title);
        QVERIFY(doc->deleteEvent(*id));
        QCOMPARE(doc->store().counts().events, 12);

        doc->undoStack()->undo(); // delete
        QCOMPARE(doc->store().event(*id)->title, edited.title);
        doc->undoStack()->undo(); // edit
        QCOMPARE(doc->store().event(*id)->title, e.title);
        doc->undoStack()->undo(); // add
        QVERIFY(!doc->store().event(*id));
        QCOMPARE(doc->store().counts().events, 12);
        doc->undoStack()->redo();
        QCOMPARE(doc->store().event(*id)->title, e.title);
        QVERIFY(!doc->store().search(QStringLiteral("Geneva")).isEmpty());
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        QVERIFY(!doc->store().event(*id));
        QVERIFY(doc->store().search(QStringLiteral("Geneva")).isEmpty());
    }

    void deleteRestoresEverythingAround()
    {
        auto doc = sampleDocument();
        const EventId talks = eventTitled(doc->store(), QStringLiteral("Direct Russia–Ukraine talks"));
        QVERIFY(talks);
        const Event before = *doc->store().event(talks);
        const auto linksBefore = doc->store().linksOf(talks);
        const auto storyBefore = doc->store().stories().first();
        QVERIFY(linksBefore.size() >= 3);
        QVERIFY(doc->deleteEvent(talks));
        QVERIFY(doc->store().linksOf(talks).isEmpty());
        QCOMPARE(doc->store().stories().first().steps.size(), storyBefore.steps.size() - 1);
        doc->undoStack()->undo();
        QCOMPARE(*doc->store().event(talks), before);
        QCOMPARE(doc->store().linksOf(talks), linksBefore);
        QCOMPARE(doc->store().stories().first(), storyBefore);
    }

    void consecutiveEditsMerge()
    {
        auto doc = sampleDocument();
        const EventId id = doc->store().eventIds({}).first();
        Event e = *doc->store().event(id);
        const QString original = e.title;
        e.title = QStringLiteral("A");
        doc->editEvent(e);
        e.title = QStringLiteral("AB");
        doc->editEvent(e);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->store().event(id)->title, original);
    }

    void actorsSourcesLinksErasStories()
    {
        auto doc = sampleDocument();
        const auto before = doc->store().counts();
        Actor a;
        a.name = QStringLiteral("António Guterres");
        a.kind = ActorKind::Person;
        const auto actor = doc->addActor(a);
        QVERIFY(actor);
        Actor renamed = *doc->store().actor(*actor);
        renamed.aliases = { { QStringLiteral("Guterres"), QString() } };
        QVERIFY(doc->editActor(renamed));
        QCOMPARE(doc->store().findActor(QStringLiteral("Guterres")), actor);
        Source s;
        s.publisher = QStringLiteral("TASS");
        const auto source = doc->addSource(s);
        QVERIFY(source);
        Source edited = *doc->store().source(*source);
        edited.url = QStringLiteral("https://tass.com/");
        QVERIFY(doc->editSource(edited));
        const auto ids = doc->store().eventIds({});
        const auto link = doc->addLink({ 0, ids[1], ids[0], LinkKind::Causes });
        QVERIFY(link);
        Era era;
        era.name = QStringLiteral("Spring 2022");
        era.start = FuzzyDate::month(2022, 3);
        era.end = FuzzyDate::month(2022, 5);
        const auto eraId = doc->addEra(era);
        QVERIFY(eraId);
        era.id = *eraId;
        era.name = QStringLiteral("Spring talks");
        QVERIFY(doc->editEra(era));
        Story story;
        story.name = QStringLiteral("Short version");
        story.steps = { { ids[0], QStringLiteral("start"), {}, {}, {} } };
        QVERIFY(doc->addStory(story));
        QVERIFY(doc->deleteLink(*link));
        QVERIFY(doc->deleteEra(*eraId));
        QVERIFY(doc->deleteSource(*source));
        QVERIFY(doc->deleteActor(*actor));
        // Everything undoes back to the sample as it was.
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        const auto after = doc->store().counts();
        QCOMPARE(after.actors, before.actors);
        QCOMPARE(after.sources, before.sources);
        QCOMPARE(after.eras, before.eras);
        QCOMPARE(after.stories, before.stories);
        QCOMPARE(doc->store().links().size(), 11);
        // And redoes forward again.
        while (doc->undoStack()->canRedo())
            doc->undoStack()->redo();
        QCOMPARE(doc->store().counts().stories, before.stories + 1);
        QCOMPARE(doc->store().counts().actors, before.actors);
    }

    void deleteActorUndoRestoresRoles()
    {
        auto doc = sampleDocument();
        const ActorId fidan = *doc->store().findActor(QStringLiteral("Fidan"));
        const auto snapshot = doc->store().snapshotActor(fidan);
        QVERIFY(doc->deleteActor(fidan));
        QVERIFY(doc->store().eventsByActor(fidan).isEmpty());
        QVERIFY(doc->store().search(QStringLiteral("Fidan")).isEmpty() == false); // still in summaries
        doc->undoStack()->undo();
        const auto restored = doc->store().snapshotActor(fidan);
        QCOMPARE(restored.actor, snapshot.actor);
        QCOMPARE(restored.participation.size(), snapshot.participation.size());
    }

    void mergeIsOneUndoableStep()
    {
        auto doc = sampleDocument();
        Actor kiev;
        kiev.name = QStringLiteral("Kyiv government");
        kiev.kind = ActorKind::State;
        kiev.aliases = { { QStringLiteral("Ukrainian government"), QString() } };
        const ActorId extra = *doc->addActor(kiev);
        Event e;
        e.title = QStringLiteral("Statement by the Kyiv government");
        e.start = FuzzyDate::day(2025, 5, 12);
        e.actors = { { extra, QStringLiteral("speaker") } };
        const EventId eid = *doc->addEvent(e);
        const ActorId ukraine = *doc->store().findActor(QStringLiteral("Ukraine"));
        const auto ukraineBefore = doc->store().snapshotActor(ukraine);
        const int steps = doc->undoStack()->count();
        QVERIFY(doc->mergeActors(ukraine, extra));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(!doc->store().actor(extra));
        QCOMPARE(doc->store().findActor(QStringLiteral("Kyiv government")), ukraine);
        QCOMPARE(doc->store().findActor(QStringLiteral("Ukrainian government")), ukraine);
        QCOMPARE(doc->store().event(eid)->actors, (QList<EventActor> { { ukraine, QStringLiteral("speaker") } }));
        doc->undoStack()->undo();
        QVERIFY(doc->store().actor(extra));
        QCOMPARE(doc->store().event(eid)->actors, (QList<EventActor> { { extra, QStringLiteral("speaker") } }));
        QCOMPARE(doc->store().snapshotActor(ukraine).actor, ukraineBefore.actor);
        QCOMPARE(doc->store().snapshotActor(ukraine).participation.size(), ukraineBefore.participation.size());
        doc->undoStack()->redo();
        QVERIFY(!doc->store().actor(extra));
    }

    void refusedEditLeavesStackAndFileAlone()
    {
        auto doc = sampleDocument();
        QSignalSpy errors(doc.get(), &Document::errorOccurred);
        Actor duplicate;
        duplicate.name = QStringLiteral("vladimir putin"); // names are unique, ignoring case
        QVERIFY(!doc->addActor(duplicate));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.last().first().toString().contains(QStringLiteral("already an actor")));
        QCOMPARE(doc->undoStack()->count(), 0);
        Era backwards;
        backwards.name = QStringLiteral("Backwards");
        backwards.start = FuzzyDate::year(2025);
        backwards.end = FuzzyDate::year(2020);
        QVERIFY(!doc->addEra(backwards));
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(doc->store().counts().eras, 2);
        QVERIFY(!doc->mergeActors(1, 1));
        QCOMPARE(doc->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
