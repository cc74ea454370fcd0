// The window on a shared timeline (PostgreSQL test server): another store's edit appears in it by
// itself with a note in the status bar, View ▸ Change History and the Details line say who did
// it, a stale edit is refused with the conflict dialog's who and when, a lost connection makes the
// window read-only until it is back, a viewer's window says it is read-only, and a first open
// copies the timeline off the GUI thread, with progress and Cancel. Saves pictures
// of the dialog and the window to $ENTENTE_SHOTS when set.
#include "detailspanel.h"
#include "document.h"
#include "eventtablemodel.h"
#include "i18n/translations.h"
#include "interruptedimport.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "selection.h"
#include "shared/historypanel.h"
#include "shared/openshareddialog.h"
#include "shared/sharedopener.h"
#include "shared/sharedsession.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pglistener.h"
#include "store/sharedtimeline.h"

#include <QAction>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

using namespace entente;
using namespace entente::pg;

namespace {

Event makeEvent(const QString &title)
{
    Event e;
    e.title = title;
    e.start = FuzzyDate::day(2023, 3, 14);
    return e;
}

void shoot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("ENTENTE_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + QString::fromLatin1(name));
}

} // namespace

class TestSharedWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;

    // Another person's store on the same database (a mirror of its own).
    std::unique_ptr<Document> other(const QString &cache, const QString &user = QString())
    {
        QUrl url(m_url);
        if (!user.isEmpty())
            url.setUserName(user);
        auto opened = Store::open(url.toString(), { .sharedCacheDir = m_dir.filePath(cache) });
        if (!opened.store)
            qWarning("%s", qPrintable(opened.error));
        return opened.store ? std::make_unique<Document>(std::move(opened.store)) : nullptr;
    }

    // A new database at `url` (its path the name) holding 20,000 imported ACLED rows; the
    // importing desk's store (its mirror in `cache`), null when something failed.
    std::unique_ptr<Store> timelineOf20000Rows(const QUrl &url, const QString &cache)
    {
        const QByteArray name = url.path().mid(1).toUtf8();
        auto admin = PgConnection::connect(m_url);
        admin->exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin->exec("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        const QString csv = m_dir.filePath(QString::fromUtf8(name) + u".csv");
        if (!SharedTimeline::init(url.toString()).ok || !test::writeManyAcled(csv, 20000))
            return nullptr;
        auto desk = Store::open(url.toString(), { .sharedCacheDir = m_dir.filePath(cache) });
        ImportProgress progress;
        if (!desk.store || !importFile(csv, *desk.store, {}, progress).ok)
            return nullptr;
        return std::move(desk.store);
    }

private slots:
    void initTestCase()
    {
        const QString admin = qEnvironmentVariable("ENTENTE_TEST_PG_URL");
        if (admin.isEmpty())
            QSKIP("ENTENTE_TEST_PG_URL is not set: no PostgreSQL test server");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("ENTENTE_SHARED_CACHE", m_dir.filePath(QStringLiteral("window")).toUtf8());
        auto connection = PgConnection::connect(admin);
        connection->exec("DROP DATABASE IF EXISTS live_window WITH (FORCE)");
        connection->exec("CREATE DATABASE live_window TEMPLATE template0 ENCODING 'UTF8'");
        QUrl url(admin);
        url.setPath(QStringLiteral("/live_window"));
        m_url = url.toString();
        const auto made = SharedTimeline::init(m_url);
        QVERIFY2(made.ok, qPrintable(made.error));
    }

    void dialogBuildsTheUrlWithoutPassword()
    {
        OpenSharedDialog dialog;
        dialog.setUrl(QStringLiteral("postgresql://olena:secret@db.newsroom.example:5433/desk?sslmode=require"));
        QCOMPARE(dialog.url(), QStringLiteral("postgresql://olena@db.newsroom.example:5433/desk?sslmode=require"));
        OpenSharedDialog::rememberUrl(QStringLiteral("postgresql://olena:secret@db.newsroom.example/desk"));
        QCOMPARE(OpenSharedDialog::recentUrls().first(), QStringLiteral("postgresql://olena@db.newsroom.example/desk"));
        dialog.askPassword(QStringLiteral("The server asks for the password of olena."));
        dialog.resize(dialog.sizeHint());
        shoot(&dialog, "open-shared-dialog.png");
    }

    void anotherPersonsEditAppears()
    {
        MainWindow window;
        QVERIFY2(window.openShared(m_url), qPrintable(window.lastError()));
        QVERIFY(window.document()->isShared());
        QVERIFY(window.windowTitle().contains(u"live_window on 127.0.0.1"));
        // File ▸ Open Recent lists it, as its URL.
        const QList<QAction *> recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"))->actions();
        QVERIFY(std::any_of(recent.begin(), recent.end(), [this](QAction *a) { return a->text().endsWith(m_url); }));
        QTRY_COMPARE_WITH_TIMEOUT(window.sharedSession()->listener()->state(), PgListener::State::Listening, 20000);

        auto olena = other(QStringLiteral("olena"));
        QVERIFY(olena);
        const auto id = olena->addEvent(makeEvent(QStringLiteral("Second round of talks")));
        QVERIFY(id);
        // Within a second on a quiet machine; the bound is generous for ASan.
        QTRY_COMPARE_WITH_TIMEOUT(window.eventTableModel()->rowCount(), 1, 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(window.lastSharedNote().contains(u"added ‘Second round of talks’"),
                                  qPrintable(window.lastSharedNote()), 20000);
        QVERIFY(window.lastSharedNote().startsWith(u"postgres "));

        // History: newest first, who, what, which record.
        window.sharedHistory()->refresh();
        QTreeWidget *list = window.sharedHistory()->list();
        QVERIFY(list->topLevelItemCount() >= 1);
        QTreeWidgetItem *first = list->topLevelItem(0);
        QCOMPARE(first->text(1), QStringLiteral("postgres"));
        QCOMPARE(first->text(2), QStringLiteral("added event"));
        QCOMPARE(first->text(3), QStringLiteral("Second round of talks"));

        // The Details panel's line.
        window.selection()->setEvent(*id);
        QTRY_VERIFY(window.detailsPanel()->toPlainText().contains(u"added by postgres, "));

        // An edit of olena's to it: the Details line follows.
        Event edited = *olena->store().event(*id);
        edited.summary = QStringLiteral("In Istanbul, at Dolmabahçe.");
        QVERIFY(olena->editEvent(edited));
        QTRY_VERIFY2_WITH_TIMEOUT(window.lastSharedNote().contains(u"edited ‘Second round of talks’"),
                                  qPrintable(window.lastSharedNote()), 20000);
        window.selection()->setEvent(std::nullopt);
        window.selection()->setEvent(*id);
        QTRY_VERIFY(window.detailsPanel()->toPlainText().contains(u"edited by postgres, "));

        // The picture: the window with the history dock open.
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100); // the layout restored after the first document
        auto *historyDock = window.findChild<QDockWidget *>(QStringLiteral("sharedHistoryDock"));
        historyDock->toggleViewAction()->trigger();
        QVERIFY(historyDock->isVisible());
        QTest::qWait(100);
        shoot(&window, "shared-window-history.png");
    }

    void aStaleEditIsRefusedWithWhoAndWhen()
    {
        MainWindow window;
        QVERIFY(window.openShared(m_url));
        // This window stops hearing the others, so it keeps what it read.
        window.sharedSession()->listener()->stop();
        const EventId id = window.document()->store().eventIds(EventFilter {}).value(0);
        QVERIFY(id > 0);
        auto olena = other(QStringLiteral("olena"));
        Event theirs = *olena->store().event(id);
        theirs.title = QStringLiteral("Second round of talks (Istanbul)");
        QVERIFY(olena->editEvent(theirs));

        Event mine = *window.document()->store().event(id);
        mine.title = QStringLiteral("Second round");
        QVERIFY(!window.document()->editEvent(mine));
        QCOMPARE(window.document()->lastErrorKind(), StoreError::Kind::Conflict);
        QVERIFY2(window.lastDialog().startsWith(u"Someone else changed this since you read it.\n"),
                 qPrintable(window.lastDialog()));
        QVERIFY(window.lastDialog().contains(u"postgres"));
        QVERIFY(window.lastDialog().endsWith(u"Reload Their Version|Apply Mine Anyway|Cancel"));
        // Reload: their title is what the window shows.
        window.sharedSession()->pull();
        QCOMPARE(window.document()->store().event(id)->title, theirs.title);
    }

    void aLostConnectionMakesTheWindowReadOnly()
    {
        MainWindow window;
        QVERIFY(window.openShared(m_url));
        QVERIFY2(!window.document()->isReadOnly(), qPrintable(window.statusBar()->currentMessage()));
        PgListener *listener = window.sharedSession()->listener();
        listener->setRetryDelays(50, 200);
        QTRY_COMPARE_WITH_TIMEOUT(listener->state(), PgListener::State::Listening, 20000);
        QStringList notes;
        connect(window.sharedSession(), &SharedSession::connectionChanged, this,
                [&notes, &window](bool up, const QString &text) {
                    // The window's own handler ran first: the document is read-only while it is out.
                    notes.append(QString::number(up) + QString::number(window.document()->isReadOnly()) + text);
                });
        auto admin = PgConnection::connect(m_url);
        admin->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                    "'entente listener' AND datname = 'live_window'");
        QTRY_VERIFY_WITH_TIMEOUT(!notes.isEmpty(), 20000);
        QVERIFY(notes.first().startsWith(u"01The connection to the shared timeline was lost."));
        // Read-only while it is out (it may be back already: the notes keep the order).
        QTRY_VERIFY_WITH_TIMEOUT(window.lastSharedNote().startsWith(u"The connection to the shared timeline is back"),
                                 20000);
        QVERIFY2(window.sharedSession()->isConnected(), qPrintable(notes.join(u'/')));
        QCOMPARE(notes.size(), 2);
        QVERIFY(notes.last().startsWith(u"10The connection to the shared timeline is back."));
        QVERIFY2(!window.document()->isReadOnly(), qPrintable(window.lastSharedNote()));
        QVERIFY(!window.windowTitle().contains(u"read-only"));
    }

    void aViewersWindowSaysItIsReadOnly()
    {
        auto admin = PgConnection::connect(m_url);
        admin->tryExec("CREATE ROLE live_viewer LOGIN");
        admin->exec("GRANT entente_viewer TO live_viewer");
        QUrl url(m_url);
        url.setUserName(QStringLiteral("live_viewer"));
        MainWindow window;
        QVERIFY2(window.openShared(url.toString()), qPrintable(window.lastError()));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.windowTitle().contains(u"read-only"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("sharedStatus"));
        QVERIFY(status->text().contains(u"read-only (viewer)"));
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        shoot(&window, "shared-window-viewer.png");
    }

    // Another desk's import (14,000 rows, pushed with COPY) is fetched on a worker thread: the
    // window says so and is read-only meanwhile, its timers keep running, and then it shows them.
    void anotherDesksImportIsFetchedOffTheGuiThread()
    {
        Translations::install(QStringLiteral("en")); // "14,000 events", not "event(s)"
        MainWindow window;
        QVERIFY(window.openShared(m_url));
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.sharedSession()->listener()->state(), PgListener::State::Listening, 20000);
        const int before = window.eventTableModel()->rowCount();
        QStringList seen;
        int ticks = 0;
        int ticksAtStart = -1;
        connect(window.sharedSession(), &SharedSession::fetchingChanged, this, [&](bool fetching, const QString &text) {
            seen.append(QString::number(fetching) + QString::number(window.document()->isReadOnly()) + text);
            if (fetching) {
                ticksAtStart = ticks;
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the status bar's
                shoot(&window, "shared-window-fetching.png");
            }
        });
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        const QString csv = m_dir.filePath(QStringLiteral("desk-import.csv"));
        QVERIFY(test::writeManyAcled(csv, 14000));
        {
            auto olena = Store::open(m_url, { .sharedCacheDir = m_dir.filePath(QStringLiteral("olena-import")) });
            QVERIFY2(olena.store, qPrintable(olena.error));
            ImportProgress progress;
            const ImportResult imported = importFile(csv, *olena.store, {}, progress);
            QVERIFY2(imported.ok, qPrintable(imported.error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, 60000);
        QCOMPARE(seen.at(0),
                 QStringLiteral("11postgres imported 14,000 events: fetching them; the timeline is read-only until "
                                "they are in."));
        QCOMPARE(seen.at(1), QStringLiteral("00postgres’s import is in: 14,000 events.")); // editable again
        QVERIFY2(ticks - ticksAtStart >= 2, qPrintable(QString::number(ticks - ticksAtStart)));
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(!window.sharedSession()->isFetching());
        QTRY_COMPARE_WITH_TIMEOUT(window.eventTableModel()->rowCount(), before + 14000, 20000);
        QCOMPARE(window.document()->store().search(QStringLiteral("kraken")).size(), 14000 / 5);
    }

    // The first open of a timeline copies it whole from the server on a worker thread: the
    // window keeps answering (its timers run, the progress dialog takes a click), a cancel keeps
    // the window's own timeline and nothing of the copy, and the next open copies it whole.
    void aFirstOpenLeavesTheWindowFreeAndCanBeStopped()
    {
        QUrl big(m_url);
        big.setPath(QStringLiteral("/big_window"));
        QVERIFY(timelineOf20000Rows(big, QStringLiteral("desk")));
        MainWindow window;
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openShared(m_url));
        const QString cache = qEnvironmentVariable("ENTENTE_SHARED_CACHE");
        const auto cachedBig = [&cache] {
            QStringList names;
            for (QDirIterator it(cache, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
                if (const QString name = QFileInfo(it.next()).fileName(); name.contains(u"big_window"))
                    names.append(name);
            return names;
        };
        QVERIFY(cachedBig().isEmpty());

        // Stopped from its dialog while the copy waits for the server: the copy's first read
        // waits for a lock held here, and the lock goes once Cancel was clicked.
        auto locker = PgConnection::connect(big.toString());
        locker->exec("BEGIN");
        locker->exec("LOCK TABLE entente_changes IN ACCESS EXCLUSIVE MODE");
        QString seen;
        QTimer stopper;
        connect(&stopper, &QTimer::timeout, &window, [&window, &seen, &locker] {
            auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("sharedOpenProgress"));
            if (progress && progress->isVisible() && seen.isEmpty()) {
                seen = progress->labelText();
                if (auto *cancel = progress->findChild<QPushButton *>())
                    cancel->click();
                seen += u'|' + progress->labelText();
                locker->exec("COMMIT");
            }
        });
        stopper.start(5);
        QVERIFY(!window.openShared(big.toString()));
        stopper.stop();
        QCOMPARE(seen,
                 QStringLiteral("Opening the shared timeline big_window on 127.0.0.1:%1…|Stopping…").arg(big.port()));
        QVERIFY2(window.lastError().contains(u"was stopped"), qPrintable(window.lastError()));
        QCOMPARE(window.document()->location(), m_url);
        QVERIFY2(cachedBig().isEmpty(), qPrintable(cachedBig().join(u' ')));

        // Opened to the end: the window's timers kept running while it was copied.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &window, [&ticks] { ++ticks; });
        ticker.start(10);
        QVERIFY2(window.openShared(big.toString()), qPrintable(window.lastError()));
        ticker.stop();
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QCOMPARE(window.document()->store().counts().events, 20000);
        QTRY_COMPARE(window.eventTableModel()->rowCount(), 20000);
        QVERIFY(!cachedBig().isEmpty());
        QVERIFY(cachedBig().filter(QStringLiteral(".part")).isEmpty());
    }

    // With a starting copy published (`entente publish`), a window's first open fetches that
    // file: the mirror is it, byte for byte, and the window shows every event. The dialog would
    // say so in MB.
    void aFirstOpenFetchesThePublishedStartingCopy()
    {
        QCOMPARE(SharedOpener::fetchingText(QStringLiteral("desk on db.example"), 256000000, 382000000),
                 QStringLiteral("Fetching the starting copy of desk on db.example to this computer, the first time it "
                                "is opened here:\n256 of 382 MB…"));
        QUrl url(m_url);
        url.setPath(QStringLiteral("/copy_window"));
        qint64 bytes = 0;
        {
            auto owner = timelineOf20000Rows(url, QStringLiteral("owner"));
            QVERIFY(owner);
            const auto published = SharedTimeline::publish(*owner);
            QVERIFY2(published.ok, qPrintable(published.error));
            bytes = published.bytes;
        }
        const QByteArray cacheBefore = qgetenv("ENTENTE_SHARED_CACHE");
        const QString cache = m_dir.filePath(QStringLiteral("copy-window"));
        qputenv("ENTENTE_SHARED_CACHE", cache.toUtf8());
        MainWindow window;
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const bool opened = window.openShared(url.toString());
        qputenv("ENTENTE_SHARED_CACHE", cacheBefore);
        QVERIFY2(opened, qPrintable(window.lastError()));
        QTRY_COMPARE(window.eventTableModel()->rowCount(), 20000);
        QStringList mirrors;
        for (QDirIterator it(cache, { QStringLiteral("*.entente") }, QDir::Files); it.hasNext();)
            mirrors.append(it.next());
        QCOMPARE(mirrors.size(), 1);
        QCOMPARE(QFileInfo(mirrors.first()).size(), bytes);
    }
};

QTEST_MAIN(TestSharedWindow)
#include "tst_sharedwindow.moc"
