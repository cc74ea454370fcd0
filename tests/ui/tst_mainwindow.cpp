#include "detailspanel.h"
#include "document.h"
#include "eventtablemodel.h"
#include "filterbar.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "importexportactions.h"
#include "mainwindow.h"
#include "sampledataset.h"
#include "selection.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

using namespace entente;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;

    EventId eventTitled(const QString &prefix) const
    {
        const Store &store = m_window->document()->store();
        for (const Event &e : store.events(store.eventIds({}))) {
            if (e.title.startsWith(prefix))
                return e.id;
        }
        return 0;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("sample-%1.entente").arg(QDateTime::currentMSecsSinceEpoch()));
        {
            auto r = Store::open(m_path, { .create = true });
            QVERIFY(r.store);
            SampleDataset::write(*r.store);
        }
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void openShowsTheSample()
    {
        QVERIFY(m_window->windowTitle().startsWith(QFileInfo(m_path).fileName()));
        QCOMPARE(m_window->eventTable()->model()->rowCount(), 12);
        QAbstractItemModelTester tester(m_window->eventTable()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // The first start's layout: the Events table and the Details panel on top of their tab
    // groups (the default layout, saved before the docks were shown, had Charts on top).
    void theTableAndDetailsAreOnTopAtFirst()
    {
        m_window.reset();
        QSettings().remove(QStringLiteral("window/state"));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::qWait(100); // the layout is restored a turn of the event loop after the open
        // A dock behind another tab is "visible" to Qt but has no visible region.
        auto shown = [this](const char *name) {
            auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
            return dock && !dock->visibleRegion().isEmpty();
        };
        QVERIFY(shown("eventsDock"));
        QVERIFY(!shown("chartsDock"));
        QVERIFY(shown("detailsDock"));
        QVERIFY(!shown("graphDock"));
        QVERIFY(!shown("storiesDock"));
    }

    void typingInSearchFiltersTheTable()
    {
        // Ctrl+F focuses the search; typing filters after a short pause; Esc clears.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = m_window->filterBar()->searchField();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Johnson"));
        QTRY_COMPARE(m_window->eventTable()->model()->rowCount(), 3);
        QCOMPARE(m_window->selection()->filter().text, QStringLiteral("Johnson"));
        QCOMPARE(m_window->filterBar()->chipTexts(), QStringList { QStringLiteral("Text: Johnson") });
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(m_window->eventTable()->model()->rowCount(), 12);
        QVERIFY(m_window->filterBar()->chipTexts().isEmpty());
        // Aliases match: Zelenskyy finds Zelensky's events.
        QTest::keyClicks(search, QStringLiteral("Zelenskyy"));
        QTRY_COMPARE(m_window->eventTable()->model()->rowCount(), 3);
    }

    void chipsRemoveFilters()
    {
        EventFilter f;
        f.statuses = { ClaimStatus::Reported };
        f.actors = { *m_window->document()->store().findActor(QStringLiteral("Fidan")) };
        m_window->selection()->setFilter(f);
        QCOMPARE(m_window->eventTable()->model()->rowCount(), 1);
        QCOMPARE(m_window->filterBar()->chipTexts(),
                 (QStringList { QStringLiteral("Actor: Hakan Fidan"), QStringLiteral("Status: Reported") }));
        m_window->filterBar()->removeAllFilters();
        QCOMPARE(m_window->eventTable()->model()->rowCount(), 12);
    }

    void editTitleUndoRedo()
    {
        QTableView *table = m_window->eventTable();
        const QModelIndex title = table->model()->index(1, EventTableModel::TitleColumn);
        const QString original = title.data().toString();
        table->setCurrentIndex(title);
        table->edit(title);
        auto *editor = table->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("First round in Istanbul"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->model()->index(1, EventTableModel::TitleColumn).data().toString(),
                     QStringLiteral("First round in Istanbul"));
        m_window->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(table->model()->index(1, EventTableModel::TitleColumn).data().toString(), original);
        // Redo's keys are each bound once: a key bound twice is ambiguous and runs nothing
        // (where the platform's Redo is Ctrl+Shift+Z itself, as on Linux desktops).
        const QList<QKeySequence> redoKeys = m_window->action(QStringLiteral("actionRedo"))->shortcuts();
        QVERIFY(redoKeys.contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
        for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
            QVERIFY(redoKeys.contains(k));
        QCOMPARE(QSet<QKeySequence>(redoKeys.cbegin(), redoKeys.cend()).size(), redoKeys.size());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(table->model()->index(1, EventTableModel::TitleColumn).data().toString(),
                 QStringLiteral("First round in Istanbul"));
        // The edit is in the file, not only in the window.
        auto reopened = Store::open(m_path, { .allowReadOnly = true });
        QVERIFY(reopened.store);
        QCOMPARE(reopened.store->search(QStringLiteral("round")).size(), 1);
    }

    void mergeTwoActors()
    {
        Document *doc = m_window->document();
        Actor extra;
        extra.name = QStringLiteral("Kyiv authorities");
        const ActorId extraId = *doc->addActor(extra);
        const ActorId ukraine = *doc->store().findActor(QStringLiteral("Ukraine"));
        QVERIFY2(doc->mergeActors(ukraine, extraId), qPrintable(doc->lastError()));
        QCOMPARE(doc->store().findActor(QStringLiteral("Kyiv authorities")), ukraine);
        m_window->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(doc->store().findActor(QStringLiteral("Kyiv authorities")), extraId);
    }

    void saveAndApplyAView()
    {
        EventFilter f;
        f.kinds = { QStringLiteral("talks") };
        m_window->selection()->setFilter(f);
        QVERIFY(m_window->filterBar()->saveCurrentView(QStringLiteral("All talks")));
        m_window->filterBar()->removeAllFilters();
        QCOMPARE(m_window->eventTable()->model()->rowCount(), 12);
        m_window->filterBar()->applyView(QStringLiteral("All talks"));
        QCOMPARE(m_window->eventTable()->model()->rowCount(), 2);
        // Views live in the file.
        auto reopened = Store::open(m_path, { .allowReadOnly = true });
        QCOMPARE(reopened.store->savedViews().size(), 1);
        QCOMPARE(reopened.store->savedViews().first().filter.kinds, QStringList { QStringLiteral("talks") });
    }

    void selectionIsShared()
    {
        const EventId collapse = eventTitled(QStringLiteral("The Istanbul effort"));
        m_window->selection()->setEvent(collapse);
        QCOMPARE(m_window->eventTable()->currentIndex().row(), 2);
        QVERIFY(m_window->detailsPanel()->toPlainText().contains(QStringLiteral("c. April 2022")));
        QVERIFY(
            m_window->detailsPanel()->toPlainText().contains(QStringLiteral("Boris Johnson, then UK Prime Minister")));
        // Clicking in the table selects for everyone.
        QTableView *table = m_window->eventTable();
        const QRect row = table->visualRect(table->model()->index(5, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(m_window->selection()->event(),
                 table->model()->index(5, 0).data(EventTableModel::EventIdRole).toLongLong());
    }

    void linksInDetailsAreSafe()
    {
        QList<QUrl> opened;
        m_window->detailsPanel()->setLinkOpener([&](const QUrl &u) { opened.append(u); });
        m_window->detailsPanel()->followLink(QUrl(QStringLiteral("file:///etc/passwd")));
        m_window->detailsPanel()->followLink(QUrl(QStringLiteral("javascript:alert(1)")));
        QVERIFY(opened.isEmpty());
        m_window->detailsPanel()->followLink(QUrl(QStringLiteral("https://example.org/")));
        QCOMPARE(opened.size(), 1);
        const ActorId fidan = *m_window->document()->store().findActor(QStringLiteral("Fidan"));
        m_window->detailsPanel()->followLink(QUrl(QStringLiteral("entente:actor/%1").arg(fidan)));
        QCOMPARE(m_window->selection()->actor(), fidan);
        QVERIFY(m_window->detailsPanel()->toPlainText().contains(QStringLiteral("Foreign Minister of Türkiye")));
        // Nothing in a page is fetched.
        QVERIFY(m_window->detailsPanel()
                    ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hosts")))
                    .isNull());
    }

    void refusedFileKeepsTheOpenDocument()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.entente"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        Document *before = m_window->document();
        QVERIFY(!m_window->openFile(bad));
        QCOMPARE(m_window->document(), before);
        QVERIFY(m_window->lastError().contains(QStringLiteral("not an Entente file")));
    }

    void saveAsAndNewAndClose()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.entente"));
        QVERIFY2(m_window->saveCopyAs(copy), qPrintable(m_window->lastError()));
        QCOMPARE(m_window->document()->path(), copy);
        QCOMPARE(m_window->eventTable()->model()->rowCount(), 12);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.entente"));
        QVERIFY(m_window->newFile(fresh));
        QCOMPARE(m_window->eventTable()->model()->rowCount(), 0);
        QVERIFY(!m_window->newFile(fresh)); // exists now
        m_window->closeDocument();
        QVERIFY(!m_window->document());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Entente"));
    }

    void gexfCarriesTheGraphsPicture()
    {
        // The graph view lays out off the GUI thread; an export to GEXF then carries those
        // positions, so Gephi opens the picture the user saw.
        QVERIFY(m_window->graph());
        if (m_window->graph()->isBusy() || m_window->graph()->scene().positions.isEmpty()) {
            QSignalSpy finished(m_window->graph(), &GraphView::layoutFinished);
            QVERIFY(finished.wait(30000));
        }
        const QString out = m_dir.filePath(QStringLiteral("graph.gexf"));
        QSignalSpy done(m_window->importExport(), &ImportExportActions::exportFinished);
        m_window->importExport()->exportFile(out, QStringLiteral("gexf"), false);
        QVERIFY(done.count() == 1 || done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray gexf = f.readAll();
        QVERIFY2(gexf.contains("viz:position"),
                 qPrintable(QStringLiteral("%1 nodes, %2 positions in view, %3 in the file, ro %4")
                                .arg(m_window->graph()->scene().graph.nodes.size())
                                .arg(m_window->graph()->scene().positions.size())
                                .arg(m_window->document()
                                         ->store()
                                         .database()
                                         .execAndGet("SELECT count(*) FROM node_positions")
                                         .getInt())
                                .arg(m_window->document()->isReadOnly())));
        QVERIFY(gexf.count("viz:position") >= 13);
    }

    // A large file into a new, empty one: the progress dialog says when the events are stored and
    // that their indexes are being built, then the window shows them all and finds them.
    void largeImportSaysWhenStored()
    {
        const QString db = m_dir.filePath(QStringLiteral("large.entente"));
        QVERIFY(m_window->newFile(db));
        const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
        const int rows = 60000;
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("event_date,event_type,actor1,location,notes\n");
            for (int i = 0; i < rows; ++i)
                f.write("2022-03-" + QByteArray::number(10 + i % 18) + ",Protests,Crowd " + QByteArray::number(i % 9)
                        + ",Town " + QByteArray::number(i) + ",Notes on a march for a ceasefire\n");
        }
        QSignalSpy done(m_window->importExport(), &ImportExportActions::importFinished);
        m_window->importExport()->importFile(csv, QStringLiteral("acled"));
        QStringList labels;
        while (done.isEmpty()) {
            QTest::qWait(20);
            for (auto *dialog : m_window->findChildren<QProgressDialog *>()) {
                const QString text = dialog->labelText();
                if (!labels.contains(text)) {
                    labels.append(text);
                    if (text.startsWith(u"Stored") && qEnvironmentVariableIsSet("ENTENTE_SHOT_DIR"))
                        dialog->grab().save(qEnvironmentVariable("ENTENTE_SHOT_DIR") + QStringLiteral("/stored.png"));
                }
            }
        }
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY2(labels.size() == 2 && labels.at(0).startsWith(u"Importing large.csv")
                     && labels.at(1).contains(u"; building their indexes for search"),
                 qPrintable(labels.join(u'|')));
        QVERIFY2(QString(labels.at(1)).remove(u',').contains(QString::number(rows)), qPrintable(labels.at(1)));
        QTRY_COMPARE(m_window->eventTable()->model()->rowCount(), rows);
        QCOMPARE(m_window->document()->store().search(QStringLiteral("ceasefire")).size(), rows);
    }

    void everyMenuActionHasAShortcutOrIsInAMenu()
    {
        for (const char *name :
             { "actionNew", "actionOpen", "actionSaveAs", "actionClose", "actionQuit", "actionUndo", "actionRedo",
               "actionFind", "actionNewEvent", "actionMergeActors", "actionShortcuts" }) {
            const QAction *a = m_window->action(QString::fromLatin1(name));
            if (!a)
                QFAIL(name);
            QVERIFY2(!a->shortcut().isEmpty(), name);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
