// The reporter's loop in the event dialog: a new source and its quote written without leaving
// the event, one undo step; actor completion anywhere in any script; the duplicate warning.
#include "actormatch.h"
#include "document.h"
#include "eventdialog.h"
#include "eventduplicates.h"
#include "newsourcepanel.h"
#include "sampledataset.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
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
    for (const Event &e : store.events(store.eventIds({}))) {
        if (e.title.startsWith(prefix))
            return e.id;
    }
    return 0;
}

} // namespace

class TestEventDialog : public QObject
{
    Q_OBJECT

private slots:
    void completionAnywhereInAnyScript_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("found");
        QTest::newRow("middle of a name") << QStringLiteral("medin") << QStringLiteral("Vladimir Medinsky");
        QTest::newRow("Ukrainian alias") << QStringLiteral("Зеленськ") << QStringLiteral("Volodymyr Zelensky");
        QTest::newRow("no diaeresis") << QStringLiteral("turkiye") << QStringLiteral("Türkiye");
        QTest::newRow("capitals") << QStringLiteral("TÜRK") << QStringLiteral("Türkiye");
    }
    void completionAnywhereInAnyScript()
    {
        QFETCH(QString, typed);
        QFETCH(QString, found);
        auto doc = sampleDocument();
        EventDialog dialog(doc.get(), Event {});
        QVERIFY2(dialog.actorCompletions(typed).contains(found), qPrintable(dialog.actorCompletions(typed).join(u',')));
        // Typed into an actor cell, the completer offers it.
        QTest::mouseClick(dialog.actorsTable()->parentWidget()->findChildren<QPushButton *>().first(), Qt::LeftButton);
        auto *cell = qobject_cast<QComboBox *>(dialog.actorsTable()->cellWidget(0, 0));
        QVERIFY(cell);
        // Typed key by key (keyClicks takes ASCII only).
        for (const QChar c : typed)
            QTest::sendKeyEvent(QTest::Click, cell->lineEdit(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QAbstractItemModel *offered = cell->completer()->model();
        QStringList names;
        for (int r = 0; r < offered->rowCount(); ++r)
            names.append(offered->index(r, 0).data().toString());
        QVERIFY2(names.contains(found), qPrintable(names.join(u',')));
    }

    void foldingIgnoresCaseAndAccents()
    {
        QCOMPARE(ActorMatch::folded(QStringLiteral("Türkiye")), ActorMatch::folded(QStringLiteral("turkiye")));
        QCOMPARE(ActorMatch::folded(QStringLiteral("DİYARBAKIR")), QStringLiteral("diyarbakir"));
    }

    void newSourceFromTheDialogIsOneUndoStep()
    {
        auto doc = sampleDocument();
        const Store &store = doc->store();
        const EventId id = eventTitled(store, QStringLiteral("Boris Johnson"));
        QVERIFY(id);
        const Event before = *store.event(id);
        const auto sourcesBefore = store.counts().sources;
        const int stepsBefore = doc->undoStack()->count();

        EventDialog dialog(doc.get(), before);
        dialog.show();
        QVERIFY(!dialog.newSourcePanel()->isVisible());
        QTest::mouseClick(dialog.newSourceButton(), Qt::LeftButton);
        NewSourcePanel *panel = dialog.newSourcePanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(QApplication::focusWidget() == panel->fields().publisher() || !dialog.isActiveWindow(), true);
        QTest::keyClicks(panel->fields().publisher(), QStringLiteral("The Kyiv Independent"));
        QTest::keyClicks(panel->fields().title(), QStringLiteral("Johnson in Kyiv"));
        QTest::keyClicks(panel->fields().author(), QStringLiteral("Olena Petrenko"));
        QTest::keyClicks(panel->fields().published(), QStringLiteral("2022-04-09"));
        QTest::keyClicks(panel->fields().url(), QStringLiteral("https://kyivindependent.com/johnson"));
        panel->fields().reliability()->setCurrentIndex(panel->fields().reliability()->findData(QStringLiteral("B")));
        QTest::keyClicks(panel->quote(), QStringLiteral("Johnson arrived in Kyiv on Saturday."));
        panel->credibility()->setCurrentIndex(panel->credibility()->findData(QStringLiteral("2")));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addSourceButton")), Qt::LeftButton);
        QVERIFY(!panel->isVisible());
        QCOMPARE(dialog.sourcesTable()->rowCount(), before.sources.size() + 1);
        // Nothing is written before the dialog commits.
        QCOMPARE(store.counts().sources, sourcesBefore);

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.commit(), std::optional<EventId>(id));
        QCOMPARE(store.counts().sources, sourcesBefore + 1);
        const Event after = *store.event(id);
        QCOMPARE(after.sources.size(), before.sources.size() + 1);
        const EventSource added = after.sources.last();
        QCOMPARE(added.quote, QStringLiteral("Johnson arrived in Kyiv on Saturday."));
        QCOMPARE(added.credibility, Credibility::Probable);
        const Source s = *store.source(added.sourceId);
        QCOMPARE(s.publisher, QStringLiteral("The Kyiv Independent"));
        QCOMPARE(s.author, QStringLiteral("Olena Petrenko"));
        QCOMPARE(s.reliability, Reliability::B);
        QCOMPARE(store.bestGrade(id).text(), QStringLiteral("B2"));
        // One step: undo takes back both the source and the citation.
        QCOMPARE(doc->undoStack()->count(), stepsBefore + 1);
        doc->undoStack()->undo();
        QCOMPARE(store.counts().sources, sourcesBefore);
        QCOMPARE(*store.event(id), before);
        doc->undoStack()->redo();
        QCOMPARE(store.event(id)->sources.size(), before.sources.size() + 1);
    }

    // The figure for the note: a new source, graded, with its quote, from dialog open to commit
    // by keyboard alone: Alt+N, Tab between the eight fields, a letter and a digit for the
    // grades, Enter to add the source, Enter for OK (12 keys besides the typed text).
    void newSourceByKeyboard()
    {
        auto doc = sampleDocument();
        const Store &store = doc->store();
        const EventId id = eventTitled(store, QStringLiteral("Boris Johnson"));
        const Event before = *store.event(id);
        EventDialog dialog(doc.get(), before);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        int keys = 0;
        dialog.titleField()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), dialog.titleField());
        auto key = [&](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            QWidget *target = QApplication::focusWidget();
            QVERIFY(target);
            QTest::keyClick(target, k, m);
            ++keys;
        };
        auto type = [&](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };
        // Alt+N, the button's mnemonic: offscreen QTest does not reach the mnemonic, so it is
        // counted and the button pressed as the mnemonic would.
        QCOMPARE(dialog.newSourceButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_N));
        dialog.newSourceButton()->click();
        ++keys;
        QVERIFY(dialog.newSourcePanel()->isVisible());
        type(QStringLiteral("BBC"));
        key(Qt::Key_Tab);
        type(QStringLiteral("Johnson in Kyiv"));
        key(Qt::Key_Tab);
        type(QStringLiteral("J. Smith"));
        key(Qt::Key_Tab);
        type(QStringLiteral("2022-04-09"));
        key(Qt::Key_Tab);
        type(QStringLiteral("https://bbc.co.uk/x"));
        key(Qt::Key_Tab);
        key(Qt::Key_B); // reliability B
        key(Qt::Key_Tab);
        type(QStringLiteral("He walked through Kyiv."));
        key(Qt::Key_Tab);
        key(Qt::Key_2); // credibility 2
        key(Qt::Key_Return); // adds the source
        QVERIFY(!dialog.newSourcePanel()->isVisible());
        key(Qt::Key_Return); // OK
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(keys, 12);
        QVERIFY(dialog.commit());
        const Event after = *store.event(id);
        QCOMPARE(after.sources.size(), before.sources.size() + 1);
        QCOMPARE(after.sources.last().quote, QStringLiteral("He walked through Kyiv."));
        QCOMPARE(after.sources.last().credibility, Credibility::Probable);
        const Source s = *store.source(after.sources.last().sourceId);
        QCOMPARE(s.reliability, Reliability::B);
        QCOMPARE(s.author, QStringLiteral("J. Smith"));
        QCOMPARE(s.url, QStringLiteral("https://bbc.co.uk/x"));
    }

    void incompleteNewSourceIsNamed()
    {
        auto doc = sampleDocument();
        EventDialog dialog(doc.get(), Event {});
        dialog.show();
        QTest::mouseClick(dialog.newSourceButton(), Qt::LeftButton);
        QTest::keyClicks(dialog.newSourcePanel()->fields().url(), QStringLiteral("ftp://example.org"));
        QCOMPARE(dialog.newSourcePanel()->submit(), QStringLiteral("A source needs an outlet or a headline."));
        QTest::keyClicks(dialog.newSourcePanel()->fields().publisher(), QStringLiteral("TASS"));
        QCOMPARE(dialog.newSourcePanel()->submit(), QStringLiteral("The link must start with http:// or https://."));
        QCOMPARE(dialog.sourcesTable()->rowCount(), 0);
    }

    void duplicateWarningOnTheSamplesOwnEvents()
    {
        auto doc = sampleDocument();
        const Store &store = doc->store();
        // Every sample event dated to the day with two actors or more is found again by a copy.
        int checked = 0;
        for (const Event &e : store.events(store.eventIds({}))) {
            if (e.start.precision() < FuzzyDate::Precision::Day || e.actors.size() < 2)
                continue;
            Event copy = e;
            copy.id = 0;
            copy.title = QStringLiteral("Another account");
            QVERIFY2(EventDuplicates::find(store, copy).contains(e.id), qPrintable(e.title));
            ++checked;
        }
        QVERIFY(checked >= 3);
        // One shared actor, or another day, is no duplicate.
        const Event johnson = *store.event(eventTitled(store, QStringLiteral("Boris Johnson")));
        Event other = johnson;
        other.id = 0;
        other.actors = { johnson.actors.first() };
        QVERIFY(!EventDuplicates::find(store, other).contains(johnson.id));
        other = johnson;
        other.id = 0;
        other.start = FuzzyDate::day(2021, 1, 1);
        QVERIFY(EventDuplicates::find(store, other).isEmpty());

        // In the dialog: the new event's source goes to the existing event, one undo step.
        const auto countBefore = store.counts().events;
        Event fresh;
        fresh.start = johnson.start;
        EventDialog dialog(doc.get(), fresh);
        dialog.titleField()->setText(QStringLiteral("Johnson meets Zelensky in Kyiv"));
        for (const EventActor &a : johnson.actors) {
            QTest::mouseClick(dialog.actorsTable()->parentWidget()->findChildren<QPushButton *>().first(),
                              Qt::LeftButton);
            auto *cell
                = qobject_cast<QComboBox *>(dialog.actorsTable()->cellWidget(dialog.actorsTable()->rowCount() - 1, 0));
            cell->setCurrentText(store.actor(a.actorId)->name);
        }
        QTest::mouseClick(dialog.newSourceButton(), Qt::LeftButton);
        dialog.newSourcePanel()->fields().publisher()->setText(QStringLiteral("BBC"));
        QVERIFY(dialog.newSourcePanel()->submit().isEmpty());
        dialog.setDuplicateChoice(EventDialog::DuplicateChoice::AddToExisting);
        dialog.accept();
        QVERIFY2(dialog.duplicateWarning().contains(johnson.title), qPrintable(dialog.duplicateWarning()));
        QCOMPARE(dialog.duplicateOf(), std::optional<EventId>(johnson.id));
        QCOMPARE(dialog.commit(), std::optional<EventId>(johnson.id));
        QCOMPARE(store.counts().events, countBefore);
        QCOMPARE(store.event(johnson.id)->sources.size(), johnson.sources.size() + 1);
        doc->undoStack()->undo();
        QCOMPARE(*store.event(johnson.id), johnson);
    }
};

QTEST_MAIN(TestEventDialog)
#include "tst_eventdialog.moc"
