#include "document.h"
#include "sampledataset.h"
#include "selection.h"
#include "story/presentationwindow.h"
#include "story/storypanel.h"
#include "story/storysteps.h"
#include "story/storystepsmodel.h"

#include "story/highlightactorsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace entente;

class TestStoryPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> sample()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        return std::make_unique<Document>(std::move(store));
    }

private slots:
    void showsTheSampleStory()
    {
        auto doc = sample();
        Selection selection;
        StoryPanel panel(doc.get(), &selection);
        QVERIFY(panel.currentStory());
        QCOMPARE(panel.stepsModel()->rowCount(), 10);
        QCOMPARE(panel.stepsView()->dragDropMode(), QAbstractItemView::DragDrop);
        QSignalSpy present(&panel, &StoryPanel::presentRequested);
        // The Present button asks for the current story.
        const auto buttons = panel.findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (b->text() == StoryPanel::tr("Present"))
                b->click();
        }
        QCOMPARE(present.size(), 1);
        QCOMPARE(present.at(0).at(0).value<std::optional<StoryId>>(), panel.currentStory());
    }

    void notesAreSavedAndUndoable()
    {
        auto doc = sample();
        Selection selection;
        StoryPanel panel(doc.get(), &selection);
        panel.resize(420, 640);
        panel.show();
        const StoryId id = *panel.currentStory();
        const QString before = doc->store().story(id)->steps[1].note;
        panel.stepsView()->setCurrentIndex(panel.stepsModel()->index(1));
        QCOMPARE(panel.noteEdit()->toPlainText(), before);
        panel.noteEdit()->setPlainText(QStringLiteral("Ask: who spoke first?"));
        QTRY_COMPARE(doc->store().story(id)->steps[1].note, QStringLiteral("Ask: who spoke first?"));
        doc->undoStack()->undo();
        QCOMPARE(doc->store().story(id)->steps[1].note, before);
        QTRY_COMPARE(panel.noteEdit()->toPlainText(), before);
    }

    void cameraFromCurrentView()
    {
        auto doc = sample();
        Selection selection;
        StoryPanel panel(doc.get(), &selection);
        const StoryId id = *panel.currentStory();
        auto *setCamera = panel.findChild<QAction *>(QStringLiteral("actionSetStepCamera"));
        QVERIFY(setCamera);
        panel.stepsView()->setCurrentIndex(panel.stepsModel()->index(2));
        QVERIFY(!setCamera->isEnabled()); // no timeline to read yet
        std::pair<qint64, qint64> window { 1'650'000'000, 1'660'000'000 };
        panel.setCameraSource([&window] { return window; });
        QVERIFY(setCamera->isEnabled());
        // The actors in view: the filter's and the one selected.
        const QList<Actor> actors = doc->store().actors();
        EventFilter filter;
        filter.actors = { actors[0].id };
        selection.setFilter(filter);
        selection.setActor(actors[3].id);
        const StoryStep before = doc->store().story(id)->steps[2];
        setCamera->trigger();
        StoryStep stored = doc->store().story(id)->steps[2];
        QCOMPARE(stored.windowStart, std::optional<std::int64_t>(window.first));
        QCOMPARE(stored.windowEnd, std::optional<std::int64_t>(window.second));
        QCOMPARE(stored.highlightedActors, (QList<ActorId> { actors[0].id, actors[3].id }));
        QVERIFY(panel.stepsModel()->index(2).data().toString().contains(StoryStepsModel::tr("[own camera]").trimmed()));
        auto *clear = panel.findChild<QAction *>(QStringLiteral("actionClearStepCamera"));
        QVERIFY(clear->isEnabled());

        // The presentation goes there, with those lanes highlighted.
        {
            PresentationWindow w(doc.get(), nullptr, id);
            w.resize(1920, 1080);
            w.setAnimationDuration(1);
            w.goTo(2);
            QTRY_VERIFY(!w.isAnimating());
            QCOMPARE(w.targetViewport().from, double(window.first));
            QCOMPARE(w.targetViewport().to, double(window.second));
            QCOMPARE(w.viewport().from, double(window.first));
            (void)w.grab();
            QVERIFY(!w.slides().highlightedLanes().isEmpty());
        }

        // Undoable; then cleared from the menu, back to framing the event.
        doc->undoStack()->undo();
        QCOMPARE(doc->store().story(id)->steps[2], before);
        doc->undoStack()->redo();
        QCOMPARE(doc->store().story(id)->steps[2].windowStart, std::optional<std::int64_t>(window.first));
        panel.stepsView()->setCurrentIndex(panel.stepsModel()->index(2));
        QVERIFY(panel.clearCamera());
        QCOMPARE(doc->store().story(id)->steps[2], before);
        QVERIFY(!clear->isEnabled());
    }

    void highlightActorsDialog()
    {
        auto doc = sample();
        const StoryId id = *stories::findByName(doc->store(), QStringLiteral("From Istanbul 2022 to Istanbul 2025"));
        const StoryStep step = doc->store().story(id)->steps[0];
        const Event event = *doc->store().event(step.eventId);
        QVERIFY(!event.actors.isEmpty());
        const QList<Actor> all = doc->store().actors();
        HighlightActorsDialog dialog(doc->store(), step.eventId, { event.actors[0].actorId });
        QListWidget *list = dialog.list();
        QCOMPARE(list->count(), all.size());
        // The event's own actors come first; the one already highlighted is checked.
        QVERIFY(list->item(0)->text().contains(QLatin1String("in this event")));
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QCOMPARE(dialog.actors(), QList<ActorId> { event.actors[0].actorId });
        list->item(0)->setCheckState(Qt::Unchecked);
        list->item(list->count() - 1)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.actors().size(), 1);
        QVERIFY(dialog.actors().constFirst() != event.actors[0].actorId);
        if (!qEnvironmentVariableIsEmpty("ENTENTE_SHOTS"))
            dialog.grab().save(qEnvironmentVariable("ENTENTE_SHOTS") + QStringLiteral("/highlight-actors.png"));
        // What the dialog returns is what the step stores.
        StoryStepsModel model(doc.get());
        model.setStory(id);
        QVERIFY(model.setHighlightedActors(0, dialog.actors()));
        QCOMPARE(doc->store().story(id)->steps[0].highlightedActors, dialog.actors());
    }

    void dragAndDropReorders()
    {
        auto doc = sample();
        Selection selection;
        StoryPanel panel(doc.get(), &selection);
        QAbstractItemModelTester tester(panel.stepsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(420, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const StoryId id = *panel.currentStory();
        auto order = [&] {
            QList<EventId> ids;
            const Story story = *doc->store().story(id);
            for (const StoryStep &s : story.steps)
                ids.append(s.eventId);
            return ids;
        };
        const QList<EventId> before = order();
        QListView *view = panel.stepsView();
        QVERIFY(view->dragEnabled());
        QVERIFY(view->model()->flags(view->model()->index(0, 0)) & Qt::ItemIsDragEnabled);
        // What the view's drag carries (QAbstractItemView::startDrag asks the model the same
        // way), dropped at the top edge of the fourth row: the first step goes before it.
        std::unique_ptr<QMimeData> data(panel.stepsModel()->mimeData({ panel.stepsModel()->index(0) }));
        const QRect fourth = view->visualRect(panel.stepsModel()->index(3));
        QVERIFY(fourth.isValid());
        const QPoint at(fourth.center().x(), fourth.top() + 1);
        QWidget *viewport = view->viewport();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        enter.setDropAction(Qt::MoveAction);
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        move.setDropAction(Qt::MoveAction);
        QCoreApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        drop.setDropAction(Qt::MoveAction);
        QCoreApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        QList<EventId> expected = before;
        expected.move(0, 2);
        QCOMPARE(order(), expected);
        QCOMPARE(panel.stepsModel()->index(2).data(StoryStepsModel::EventIdRole).toLongLong(), before[0]);
        // Text dragged in from elsewhere is refused; the reorder is one undo.
        QMimeData text;
        text.setText(QStringLiteral("2"));
        QDragEnterEvent foreign(at, Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
        foreign.setDropAction(Qt::MoveAction);
        QCoreApplication::sendEvent(viewport, &foreign);
        QVERIFY(!foreign.isAccepted());
        doc->undoStack()->undo();
        QCOMPARE(order(), before);
    }

    void createRenameDelete()
    {
        auto doc = sample();
        Selection selection;
        EventFilter filter;
        filter.from = FuzzyDate::parse(QStringLiteral("2025"))->startSeconds();
        selection.setFilter(filter);
        StoryPanel panel(doc.get(), &selection);
        const auto created = panel.createFromFilter();
        QVERIFY(created);
        QCOMPARE(panel.currentStory(), created);
        QCOMPARE(panel.stepsModel()->rowCount(), static_cast<int>(doc->store().countEvents(filter)));
        QVERIFY(panel.renameCurrent(QStringLiteral("Spring 2025")));
        QCOMPARE(doc->store().story(*created)->name, QStringLiteral("Spring 2025"));
        const QList<EventId> all = doc->store().eventIds({});
        selection.setEvent(all.first());
        QVERIFY(panel.addSelectedEvent());
        QCOMPARE(panel.stepsModel()->rowCount(), static_cast<int>(doc->store().countEvents(filter)) + 1);
        const auto single = panel.createFromSelection();
        QVERIFY(single);
        QCOMPARE(panel.stepsModel()->rowCount(), 1);
        QVERIFY(panel.deleteCurrent());
        QCOMPARE(doc->store().stories().size(), 2);
        doc->undoStack()->undo();
        QCOMPARE(doc->store().stories().size(), 3);
        const QImage picture = panel.grab().toImage();
        QVERIFY(!picture.isNull());
        if (!qEnvironmentVariableIsEmpty("ENTENTE_SHOTS"))
            picture.save(qEnvironmentVariable("ENTENTE_SHOTS") + QStringLiteral("/storypanel.png"));
    }
};

QTEST_MAIN(TestStoryPanel)
#include "tst_storypanel.moc"
