// Several sources in the event dialog, each with its account: two new sources written inside the
// dialog, what each says differently set in the account form, all committed as one undo step
// and undone; the keys a new source and its quote take from dialog open to commit; and a picture
// of the dialog with a new source open (ENTENTE_SHOT_DIR, when set, receives it).
#include "accounteditor.h"
#include "document.h"
#include "eventdialog.h"
#include "newsourcepanel.h"
#include "sampledataset.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
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

void addNewSource(EventDialog &dialog, const QString &outlet, const QString &quote)
{
    dialog.newSourceButton()->click();
    NewSourcePanel *panel = dialog.newSourcePanel();
    QVERIFY(panel->isVisible());
    QTest::keyClicks(panel->fields().publisher(), outlet);
    QTest::keyClicks(panel->quote(), quote);
    QVERIFY(panel->submit().isEmpty());
}

} // namespace

class TestEventDialogAccounts : public QObject
{
    Q_OBJECT

private slots:
    void twoNewSourcesWithAccountsAreOneStep()
    {
        auto doc = sampleDocument();
        const Store &store = doc->store();
        const EventId id = eventTitled(store, QStringLiteral("The 1,000-for-1,000"));
        QVERIFY(id);
        const Event before = *store.event(id);
        const auto sourcesBefore = store.counts().sources;
        const int steps = doc->undoStack()->count();
        EventDialog dialog(doc.get(), before);
        dialog.show();
        // The sample's own accounts show in the form, row by row.
        AccountEditor *account = dialog.accountEditor();
        dialog.sourcesTable()->setCurrentCell(1, 1);
        QCOMPARE(account->figure()->text(), QStringLiteral("1,000 each: 390 on 23 May, 307 on 24 May, 303 on 25 May"));
        QVERIFY(account->title().contains(QStringLiteral("Public record")));

        addNewSource(dialog, QStringLiteral("TASS"), QStringLiteral("Russia returned 390 servicemen."));
        addNewSource(dialog, QStringLiteral("Kyiv Independent"), QStringLiteral("390 Ukrainians came home."));
        QCOMPARE(dialog.sourcesTable()->rowCount(), before.sources.size() + 2);
        // The last added is the current row: its account is edited.
        QVERIFY(account->title().contains(QStringLiteral("Kyiv Independent")));
        QVERIFY(account->isEnabled());
        QTest::keyClicks(account->figure(), QStringLiteral("1,000 each, 390 on the first day"));
        account->status()->setCurrentIndex(account->status()->findData(QStringLiteral("reported")));
        QTest::keyClicks(account->start(), QStringLiteral("2025-05-23"));
        QTest::keyClicks(account->actors(), QStringLiteral("Ukraine"));
        // The TASS row: another figure.
        dialog.sourcesTable()->setCurrentCell(static_cast<int>(before.sources.size()), 1);
        QVERIFY(account->title().contains(QStringLiteral("TASS")));
        QCOMPARE(account->figure()->text(), QString());
        QTest::keyClicks(account->figure(), QStringLiteral("1,000 each"));
        QCOMPARE(store.counts().sources, sourcesBefore);

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.commit(), std::optional<EventId>(id));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(store.counts().sources, sourcesBefore + 2);
        const Event after = *store.event(id);
        QCOMPARE(after.sources.size(), before.sources.size() + 2);
        const Account tass = after.sources.at(before.sources.size()).account;
        const Account ki = after.sources.last().account;
        QCOMPARE(tass.figure, QStringLiteral("1,000 each"));
        QCOMPARE(tass.status, std::nullopt);
        QCOMPARE(ki.figure, QStringLiteral("1,000 each, 390 on the first day"));
        QCOMPARE(ki.status, ClaimStatus::Reported);
        QCOMPARE(ki.start->toIsoString(), QStringLiteral("2025-05-23"));
        QCOMPARE(ki.actors, QList<ActorId> { *store.findActor(QStringLiteral("Ukraine")) });
        QCOMPARE(store.source(after.sources.last().sourceId)->publisher, QStringLiteral("Kyiv Independent"));
        // One step back: the sources, their citations and accounts all go.
        doc->undoStack()->undo();
        QCOMPARE(store.counts().sources, sourcesBefore);
        QCOMPARE(*store.event(id), before);
        doc->undoStack()->redo();
        QCOMPARE(store.event(id)->sources.last().account, ki);
    }

    void badAccountDateIsNamed()
    {
        auto doc = sampleDocument();
        const Event e = *doc->store().event(eventTitled(doc->store(), QStringLiteral("Putin invites")));
        EventDialog dialog(doc.get(), e);
        dialog.show();
        dialog.sourcesTable()->setCurrentCell(0, 1);
        QTest::keyClicks(dialog.accountEditor()->start(), QStringLiteral("soon"));
        const QString problem = dialog.validate();
        QVERIFY2(problem.contains(QStringLiteral("\"soon\"")), qPrintable(problem));
        dialog.accountEditor()->start()->clear();
        QTest::keyClicks(dialog.accountEditor()->actors(), QStringLiteral("Nobody Known"));
        QVERIFY(dialog.validate().contains(QStringLiteral("Nobody Known")));
    }

    // The figure for the note: a new source (its outlet) and its quote, from dialog open to commit,
    // by keyboard: Alt+N, the outlet, Tab past headline, author, date, link and grade to the
    // quote, the quote, Enter to add it, Enter for OK.
    void keysForASourceAndQuote()
    {
        auto doc = sampleDocument();
        const EventId id = eventTitled(doc->store(), QStringLiteral("Putin invites"));
        const Event before = *doc->store().event(id);
        EventDialog dialog(doc.get(), before);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        int keys = 0;
        auto key = [&](Qt::Key k) {
            QWidget *target = QApplication::focusWidget();
            QVERIFY(target);
            QTest::keyClick(target, k);
            ++keys;
        };
        auto type = [&](const QString &text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
            keys += static_cast<int>(text.size());
        };
        // Alt+N, the button's mnemonic (offscreen QTest does not reach mnemonics: pressed as it would).
        QCOMPARE(dialog.newSourceButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_N));
        dialog.newSourceButton()->click();
        ++keys;
        QTRY_COMPARE(QApplication::focusWidget(), dialog.newSourcePanel()->fields().publisher());
        type(QStringLiteral("TASS"));
        for (int i = 0; i < 6; ++i)
            key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.newSourcePanel()->quote());
        type(QStringLiteral("Putin proposed direct talks."));
        key(Qt::Key_Return);
        key(Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.commit());
        QCOMPARE(doc->store().event(id)->sources.last().quote, QStringLiteral("Putin proposed direct talks."));
        // 9 keys besides the 32 characters typed.
        QCOMPARE(keys, 9 + 4 + 28);
        qInfo("keys for a new source and its quote, dialog open to commit: %d (9 besides the text)", keys);
    }

    // A picture of the dialog with a new source open, at its own size, for a person to look at;
    // checked here for what it must never be: cut off at the bottom of a 768-pixel screen.
    void pictureWithANewSourceOpen()
    {
        auto doc = sampleDocument();
        const Event e = *doc->store().event(eventTitled(doc->store(), QStringLiteral("Arakhamia says")));
        EventDialog dialog(doc.get(), e);
        dialog.show();
        dialog.newSourceButton()->click();
        dialog.sourcesTable()->setCurrentCell(1, 1);
        QTest::qWait(0);
        const QImage shot = dialog.grab().toImage();
        QVERIFY(!shot.isNull());
        if (const QString dir = qEnvironmentVariable("ENTENTE_SHOT_DIR"); !dir.isEmpty())
            QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("eventdialog-newsource.png"))));
        qInfo("dialog %dx%d, minimum %dx%d", dialog.width(), dialog.height(), dialog.minimumSizeHint().width(),
              dialog.minimumSizeHint().height());
        QVERIFY2(dialog.height() <= 740 && dialog.minimumSizeHint().height() <= 740,
                 qPrintable(QString::number(dialog.minimumSizeHint().height())));
    }
};

QTEST_MAIN(TestEventDialogAccounts)
#include "tst_eventdialogaccounts.moc"
