// Assistive technology can use the main window: every control has an accessible name, Tab
// reaches the main controls, and the timeline and graph tell what is selected.
#include "accessibility/accessibleselection.h"
#include "accessibility/selectionaccessible.h"
#include "detailspanel.h"
#include "document.h"
#include "filterbar.h"
#include "graph/graphview.h"
#include "mainwindow.h"
#include "sampledataset.h"
#include "selection.h"
#include "store/store.h"
#include "timeline/timelineview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace entente;

namespace {

QList<std::pair<QObject *, QAccessible::Event>> g_events;

void recordEvent(QAccessibleEvent *event)
{
    g_events.append({ event->object(), event->type() });
}

bool isControl(const QWidget *w)
{
    if (w->objectName().startsWith(u"qt_"))
        return false; // Qt's own parts: dock title buttons, spin box editors, scroll areas' viewports
    // Parts of another control: a combo box's or spin box's editor, a view's scroll bars.
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p))
            return false;
    }
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false; // parts of a scroll area or a view, named by it
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || w->focusPolicy() != Qt::NoFocus;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    bool labelFor(const QWidget *w) const
    {
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->buddy() == w)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("sample.entente"));
        auto r = Store::open(path, { .create = true });
        QVERIFY(r.store);
        SampleDataset::write(*r.store);
        r.store.reset();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        QAccessible::installUpdateHandler(nullptr);
        m_window.reset();
    }

    void everyControlHasAName()
    {
        // The docks' views are all built; show each dock so its controls are laid out.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            dock->show();
            dock->raise();
            QApplication::processEvents();
            QStringList unnamed;
            int checked = 0;
            for (QWidget *w : m_window->findChildren<QWidget *>()) {
                if (!w->isVisible() || !isControl(w))
                    continue;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
                QVERIFY(iface);
                ++checked;
                // A combo box would otherwise be named by its current item, which says nothing of
                // what it chooses: it needs a name of its own or a label.
                const bool labelled = !w->accessibleName().isEmpty() || labelFor(w);
                if (iface->text(QAccessible::Name).trimmed().isEmpty()
                    || (qobject_cast<const QComboBox *>(w) && !labelled))
                    unnamed.append(describe(w));
            }
            QVERIFY(checked > 5);
            unnamed.removeDuplicates();
            QVERIFY2(
                unnamed.isEmpty(),
                qPrintable(
                    QStringLiteral("no accessible name (%1 dock): %2").arg(dock->objectName(), unnamed.join(u"; "))));
        }
    }

    void tabReachesTheMainControls()
    {
        m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock"))->raise();
        m_window->findChild<QDockWidget *>(QStringLiteral("detailsDock"))->raise();
        QApplication::processEvents();
        QLineEdit *search = m_window->filterBar()->searchField();
        search->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(search->hasFocus());
        QList<QWidget *> reached;
        for (int i = 0; i < 120; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (!reached.contains(focus))
                reached.append(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
            if (QApplication::focusWidget() == search)
                break;
        }
        // Tab goes round: it came back to the search field.
        QCOMPARE(QApplication::focusWidget(), search);
        const auto reachedOne = [&](QWidget *target) {
            for (QWidget *w : reached) {
                if (w == target || target->isAncestorOf(w))
                    return true;
            }
            return false;
        };
        QVERIFY2(reachedOne(m_window->timeline()), "the timeline is not reachable by Tab");
        QVERIFY2(reachedOne(m_window->eventTable()), "the event table is not reachable by Tab");
        QVERIFY2(reachedOne(m_window->detailsPanel()), "the details panel is not reachable by Tab");
        QVERIFY2(reachedOne(m_window->filterBar()), "the filter bar is not reachable by Tab");
        QVERIFY(reached.size() >= 6);
    }

    void timelineTellsTheSelectedEvent()
    {
        QAccessible::installUpdateHandler(&recordEvent);
        QAccessible::setActive(true);
        g_events.clear();
        Store &store = m_window->document()->store();
        const QList<EventId> ids = store.eventIds({});
        QVERIFY(!ids.isEmpty());
        const Event event = *store.event(ids.constFirst());
        TimelineView *timeline = m_window->timeline();
        QVERIFY(AccessibleSelection::of(timeline));
        m_window->selection()->clear(); // Tab through the table selected its first row
        QSignalSpy announced(AccessibleSelection::of(timeline), &AccessibleSelection::announced);
        m_window->selection()->setEvent(event.id);
        QCOMPARE(announced.count(), 1);
        // The offscreen platform has no accessibility bridge, so nothing is listening there.
        if (QAccessible::isActive())
            QVERIFY(g_events.contains(std::pair<QObject *, QAccessible::Event>(timeline, QAccessible::NameChanged)));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(timeline);
        QVERIFY(dynamic_cast<SelectionAccessible *>(iface));
        QVERIFY2(iface->text(QAccessible::Name).startsWith(timeline->accessibleName()),
                 qPrintable(iface->text(QAccessible::Name)));
        QVERIFY2(iface->text(QAccessible::Name).contains(event.title), qPrintable(iface->text(QAccessible::Name)));
        QVERIFY(iface->text(QAccessible::Value).startsWith(event.title));
        QVERIFY2(iface->text(QAccessible::Description).contains(claimStatusLabel(event.status)),
                 qPrintable(iface->text(QAccessible::Description)));

        m_window->selection()->setEvent(std::nullopt);
        QCOMPARE(iface->text(QAccessible::Name), timeline->accessibleName());
    }

    void graphTellsTheSelectedActor()
    {
        QAccessible::installUpdateHandler(&recordEvent);
        QAccessible::setActive(true);
        g_events.clear();
        Store &store = m_window->document()->store();
        const auto id = store.findActor(QStringLiteral("Fidan"));
        QVERIFY(id);
        GraphView *graph = m_window->graph();
        m_window->selection()->clear();
        QSignalSpy announced(AccessibleSelection::of(graph), &AccessibleSelection::announced);
        m_window->selection()->setActor(*id);
        QCOMPARE(announced.count(), 1);
        if (QAccessible::isActive())
            QVERIFY(g_events.contains(std::pair<QObject *, QAccessible::Event>(graph, QAccessible::NameChanged)));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(graph);
        QVERIFY(dynamic_cast<SelectionAccessible *>(iface));
        QVERIFY2(iface->text(QAccessible::Name).contains(store.actor(*id)->name),
                 qPrintable(iface->text(QAccessible::Name)));
        m_window->selection()->setActor(std::nullopt);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
