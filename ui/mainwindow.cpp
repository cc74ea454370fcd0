#include "mainwindow.h"

#include "accessibility/accessibleselection.h"
#include "appearance.h"
#include "charts/chartspanel.h"
#include "charts/chartstyle.h"
#include "detailspanel.h"
#include "document.h"
#include "editactions.h"
#include "eventtablemodel.h"
#include "extract/extractdialog.h"
#include "filehealth.h"
#include "filterbar.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/nodepositions.h"
#include "importexportactions.h"
#include "selection.h"
#include "settingsdialog.h"
#include "story/presentationwindow.h"
#include "story/storypanel.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace entente {

namespace {

// Wide enough for the longest claim status in the interface language ("Підтверджено").
int statusColumnWidth(const QFontMetrics &fm)
{
    int width = 0;
    for (ClaimStatus s : { ClaimStatus::Confirmed, ClaimStatus::Reported, ClaimStatus::Alleged, ClaimStatus::Disputed,
                           ClaimStatus::Denied })
        width = std::max(width, fm.horizontalAdvance(claimStatusLabel(s)));
    return width + 2 * fm.horizontalAdvance(u'M');
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_selection(new Selection(this))
    , m_filterBar(new FilterBar(m_selection, this))
    , m_table(new QTableView(this))
    , m_details(new DetailsPanel(m_selection, this))
    , m_history(new QUndoView(this))
    , m_statusCounts(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_health(new FileHealth(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/entente.svg")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    createViews();
    createActions();
    connect(m_health, &FileHealth::checkFailed, this, &MainWindow::damageFound);
    statusBar()->addPermanentWidget(m_statusCounts);
    resize(1366, 768);
    m_defaultState = saveState();
    restoreSettings();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views hold statements on the document's connection: they go first, then the document.
    setDocument(nullptr);
}

void MainWindow::createViews()
{
    auto *filterTools = new QToolBar(tr("Filter"), this);
    filterTools->setObjectName(QStringLiteral("filterToolBar"));
    filterTools->setMovable(false);
    filterTools->setFloatable(false);
    filterTools->addWidget(m_filterBar);
    addToolBar(Qt::TopToolBarArea, filterTools);

    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);

    // With no file open, the middle says what to do rather than showing empty views.
    auto *empty = new QLabel(tr("<h2>No file is open</h2><p>Open an Entente file (Ctrl+O), start a new one "
                                "(Ctrl+N) or open the sample from the File menu.</p>"),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_emptyState = empty;
    setCentralWidget(m_emptyState);

    m_tableDock = addDock(tr("Events"), QStringLiteral("eventsDock"), m_table, Qt::BottomDockWidgetArea);
    m_chartsDock = addDock(tr("Charts"), QStringLiteral("chartsDock"), nullptr, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_tableDock, m_chartsDock);
    m_tableDock->raise();
    m_detailsDock = addDock(tr("Details"), QStringLiteral("detailsDock"), m_details, Qt::RightDockWidgetArea);
    m_graphDock = addDock(tr("Graph"), QStringLiteral("graphDock"), nullptr, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_detailsDock, m_graphDock);
    m_detailsDock->raise();
    resizeDocks({ m_detailsDock }, { 380 }, Qt::Horizontal);
    resizeDocks({ m_tableDock }, { 260 }, Qt::Vertical);
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setAccessibleName(tr("Edit history"));
    m_history->setGroup(m_undoGroup);
    m_history->setEmptyLabel(tr("<opened>"));
    QDockWidget *history = addDock(tr("History"), QStringLiteral("historyDock"), m_history, Qt::RightDockWidgetArea);
    history->hide();
    createSharedViews();

    connect(m_selection, &Selection::filterChanged, this, [this](const EventFilter &f) {
        if (m_tableModel)
            m_tableModel->setFilter(f);
        updateTitle();
        selectEventInTable(m_selection->event());
    });
    connect(m_selection, &Selection::eventChanged, this, &MainWindow::selectEventInTable);
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    if (widget)
        dock->setWidget(widget);
    addDockWidget(area, dock);
    if (m_viewMenu)
        m_viewMenu->insertAction(m_viewMenu->actions().value(0), dock->toggleViewAction());
    return dock;
}

QAction *MainWindow::addAction(QMenu *menu, const QString &text, const QString &objectName,
                               const QKeySequence &shortcut)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(objectName);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    // The layout a document had is what the next one gets: laid out around the empty window's
    // label, the docks had grown and the timeline shrank to a strip (issue 18).
    const bool wasEmpty = !m_document;
    dropSharedSession(); // it refers to the document: it goes first
    if (m_document)
        m_layoutState = saveState();
    m_health->stopWatching();
    m_table->setModel(nullptr);
    delete m_tableModel;
    m_tableModel = nullptr;
    m_undoGroup->setActiveStack(nullptr);
    m_selection->clear();
    m_selection->setFilter({});
    m_filterBar->setDocument(nullptr);
    m_details->setDocument(nullptr);
    m_edit->setDocument(nullptr);
    m_importExport->setDocument(nullptr);
    // The views made for the old document go before it does.
    takeCentralWidget();
    delete m_timeline;
    m_timeline = nullptr;
    delete m_graph;
    m_graph = nullptr;
    delete m_charts;
    m_charts = nullptr;
    if (m_presentation)
        m_presentation->close();
    delete m_presentation;
    if (m_stories)
        removeDockWidget(m_stories);
    delete m_stories;
    m_stories = nullptr;
    m_document = std::move(document);
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        m_tableModel = new EventTableModel(m_document.get(), this);
        m_tableModel->setLocale(locale());
        m_table->setModel(m_tableModel);
        m_table->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
        auto *header = m_table->horizontalHeader();
        header->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
        const int em = fontMetrics().horizontalAdvance(u'M');
        m_table->setColumnWidth(EventTableModel::DateColumn, 15 * em);
        m_table->setColumnWidth(EventTableModel::ActorsColumn, 22 * em);
        m_table->setColumnWidth(EventTableModel::KindColumn, 9 * em);
        m_table->setColumnWidth(EventTableModel::StatusColumn, std::max(7 * em, statusColumnWidth(fontMetrics())));
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid() && !m_followingSelection)
                        m_selection->setEvent(m_tableModel->eventIdAt(current.row()));
                });
        // A large table sorted by its actors is sorted on a reader's thread (EventTableModel).
        connect(m_tableModel, &EventTableModel::sortingChanged, this, [this](bool sorting) {
            const QString note = tr("Sorting the table; its rows stay as they are until then.");
            if (sorting)
                statusBar()->showMessage(note);
            else if (statusBar()->currentMessage() == note)
                statusBar()->clearMessage();
        });
        connect(m_document.get(), &Document::changed, this, [this] { updateTitle(); });
        connect(m_document.get(), &Document::errorOccurred, this, &MainWindow::showError);
        m_filterBar->setDocument(m_document.get());
        m_details->setDocument(m_document.get());
        m_edit->setDocument(m_document.get());
        m_importExport->setDocument(m_document.get());
        createDocumentViews();
        // After the new views are laid out: restored at once, the docks kept the sizes they had
        // grown to around the label.
        if (wasEmpty)
            QTimer::singleShot(0, this, [this] {
                if (!m_document)
                    return;
                restoreState(m_layoutState);
                if (m_layoutState == m_defaultState)
                    raiseDefaultTabs();
            });
    } else {
        setCentralWidget(m_emptyState);
        m_emptyState->show();
    }
    updateSharedSession();
    emit documentChanged(m_document.get());
    updateTitle();
    updateActions();
}

void MainWindow::createDocumentViews()
{
    m_emptyState->hide();
    m_emptyState->setParent(this);
    m_timeline = new TimelineView(m_document.get(), m_selection, this);
    if (const auto *byGrade = findChild<QAction *>(QStringLiteral("actionMarksByGrade")))
        m_timeline->setMarksByGrade(byGrade->isChecked());
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_timeline->setAccessibleName(tr("Timeline"));
    setCentralWidget(m_timeline);
    m_graph = new GraphView(m_document.get(), m_selection, m_graphDock);
    m_graph->setObjectName(QStringLiteral("graphView"));
    m_graph->setAccessibleName(tr("Graph"));
    AccessibleSelection::attach(m_timeline, m_selection, m_document.get(), AccessibleSelection::Subject::Event);
    AccessibleSelection::attach(m_graph, m_selection, m_document.get(), AccessibleSelection::Subject::ActorOrEvent);
    m_graphDock->setWidget(m_graph);
    m_charts = new ChartsPanel(m_document.get(), m_selection, m_chartsDock);
    m_charts->setObjectName(QStringLiteral("chartsPanel"));
    m_charts->setAccessibleName(tr("Charts"));
    m_chartsDock->setWidget(m_charts);
    m_importExport->setBeforeGraphExport([this] {
        if (!m_graph || !m_document)
            return;
        const GraphScene &scene = m_graph->scene();
        QHash<QString, QPointF> positions;
        for (qsizetype i = 0; i < scene.graph.nodes.size() && i < scene.positions.size(); ++i)
            positions.insert(scene.graph.nodes.at(i).key(), scene.positions.at(i));
        // Not an undo step (nothing on screen changes); a refusal is reported by the document.
        m_document->saveGraphLayout(positions);
    });
    m_stories = new StoryPanel(m_document.get(), m_selection, this);
    m_stories->setObjectName(QStringLiteral("storiesDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_stories);
    tabifyDockWidget(m_graphDock, m_stories);
    m_detailsDock->raise();
    connect(m_stories, &StoryPanel::presentRequested, this, &MainWindow::present);
    m_stories->setCameraSource([timeline = m_timeline] { return timeline->visibleRange(); });
    // The graph shows the events in the timeline's window; dragging across the time chart
    // moves the timeline's window.
    connect(m_timeline, &TimelineView::visibleRangeChanged, m_graph, &GraphView::setTimeWindow);
    if (QAction *keep = action(QStringLiteral("actionKeepTimeWindow")))
        m_timeline->setWindowPinned(keep->isChecked());
    connect(m_charts, &ChartsPanel::timeWindowRequested, m_timeline,
            [this](qint64 from, qint64 to) { m_timeline->setVisibleRange(from, to); });
    applyAppearance();
    m_timeline->setFocus();
}

PresentationWindow *MainWindow::presentation() const
{
    return qobject_cast<PresentationWindow *>(m_presentation.data());
}

void MainWindow::present(std::optional<std::int64_t> story)
{
    if (!m_document)
        return;
    if (m_presentation)
        m_presentation->close();
    auto *window = new PresentationWindow(m_document.get(), m_selection, story);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_presentation = window;
    window->start(screen());
}

void MainWindow::applyAppearance()
{
    // The views draw themselves; they follow the application's light or dark palette.
    const bool dark = Appearance::isDark();
    if (m_timeline)
        m_timeline->setTheme(dark ? TimelineTheme::Kind::Dark : TimelineTheme::Kind::Light);
    if (m_charts)
        m_charts->setStyle(ChartStyle::fromApplicationPalette());
    if (m_graph)
        m_graph->setDark(dark);
    if (m_tableModel)
        m_tableModel->setLocale(locale());
    m_details->setDocument(m_document.get());
}

void MainWindow::showWelcome()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Welcome to Entente"));
    box.setIcon(QMessageBox::Information);
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Welcome to Entente</h3><p>This is the sample, <i>Istanbul talks, 2022–2025</i>. Things to "
                   "try:</p><ul><li>Click an event on the timeline: the Details panel says who took part and "
                   "<b>who says so</b>.</li><li>Press <b>Ctrl+F</b> and type <i>Johnson</i>: every view narrows "
                   "to his events.</li><li>Scroll over the timeline to zoom, drag to pan, press <b>F</b> to fit "
                   "it all.</li><li>Open the <b>Graph</b> and <b>Charts</b> tabs; drag across the time chart.</li>"
                   "<li>Double-click a title in the table to edit it, then <b>Ctrl+Z</b>.</li></ul><p>Help ▸ User "
                   "Guide has the rest.</p>"));
    box.exec();
}

void MainWindow::selectEventInTable(std::optional<std::int64_t> id)
{
    if (!m_tableModel || !id)
        return;
    const int row = m_tableModel->rowOf(*id);
    if (row < 0)
        return;
    m_followingSelection = true;
    m_table->selectionModel()->setCurrentIndex(m_tableModel->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_tableModel->index(row, 0));
    m_followingSelection = false;
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Entente"));
        m_statusCounts->clear();
        return;
    }
    setWindowFilePath(m_document->path());
    QString name = m_sharedSession ? sharedName() : QFileInfo(m_document->path()).fileName();
    if (m_document->isReadOnly())
        name += u' ' + tr("[read-only]");
    setWindowTitle(name + QStringLiteral(" — Entente"));
    const qint64 total = m_document->store().countEvents();
    const qint64 shown = m_tableModel ? m_tableModel->rowCount() : total;
    // Plural forms: "1 event", never "1 events" (the count goes to tr() as n).
    const int n = static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max()));
    m_statusCounts->setText(shown == total ? tr("%Ln event(s)", nullptr, n)
                                           : tr("%1 of %Ln event(s)", nullptr, n).arg(QLocale().toString(shown)));
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    for (const char *name : { "actionSaveAs", "actionClose", "actionFind" }) {
        if (QAction *a = action(QString::fromLatin1(name)))
            a->setEnabled(open);
    }
}

void MainWindow::showError(const QString &message)
{
    if (handleConflict(message))
        return;
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (isVisible() && !qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS"))
        QMessageBox::warning(this, tr("Entente"), message);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setFloating(false);
    raiseDefaultTabs();
}

void MainWindow::raiseDefaultTabs()
{
    // The default layout was saved before the docks were first shown, when a tab group's last
    // tab (Charts, Stories) was its current one: the table and the details come first.
    if (m_tableDock)
        m_tableDock->raise();
    if (m_detailsDock)
        m_detailsDock->raise();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_layoutState = settings.value(QStringLiteral("window/state")).toByteArray();
    if (m_layoutState.isEmpty())
        m_layoutState = m_defaultState;
    restoreState(m_layoutState);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_document ? saveState() : m_layoutState);
    event->accept();
}

} // namespace entente
