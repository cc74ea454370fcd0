#include "document.h"
#include "sampledataset.h"
#include "selection.h"
#include "story/storypanel.h"
#include "story/storysteps.h"
#include "story/storystepsmodel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QListView>
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
        QCOMPARE(panel.stepsView()->dragDropMode(), QAbstractItemView::InternalMove);
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
