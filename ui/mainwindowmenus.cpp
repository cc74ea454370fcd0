// MainWindow's menus and their actions.
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
#include "mainwindow.h"
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

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
    updateRecentMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(addAction(file, tr("&New…"), QStringLiteral("actionNew"), QKeySequence::New), &QAction::triggered, this,
            [this] {
                const QString path = QFileDialog::getSaveFileName(this, tr("New Entente File"), QString(),
                                                                  tr("Entente files (*.entente)"));
                if (!path.isEmpty())
                    newFile(path.endsWith(QLatin1String(".entente")) ? path : path + QStringLiteral(".entente"));
            });
    connect(addAction(file, tr("&Open…"), QStringLiteral("actionOpen"), QKeySequence::Open), &QAction::triggered, this,
            [this] {
                const QString path = QFileDialog::getOpenFileName(this, tr("Open Entente File"), QString(),
                                                                  tr("Entente files (*.entente);;All files (*)"));
                if (!path.isEmpty())
                    openFile(path);
            });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(addAction(file, tr("Open Shared &Database…"), QStringLiteral("actionOpenShared")), &QAction::triggered,
            this, &MainWindow::openSharedDialog);
    connect(addAction(file, tr("Open the &Sample"), QStringLiteral("actionOpenSample")), &QAction::triggered, this,
            [this] { openSample(); });
    connect(
        addAction(file, tr("Save &As…"), QStringLiteral("actionSaveAs"), QKeySequence(QStringLiteral("Ctrl+Shift+S"))),
        &QAction::triggered, this, [this] {
            const QString path
                = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), QString(), tr("Entente files (*.entente)"));
            if (!path.isEmpty())
                saveCopyAs(path);
        });
    file->addSeparator();
    connect(addAction(file, tr("New Events from &Article…"), QStringLiteral("actionNewEventsFromArticle")),
            &QAction::triggered, this, [this] {
                if (!m_document) {
                    statusBar()->showMessage(tr("Open or create a file first: the events go into it."), 10000);
                    return;
                }
                ExtractDialog dialog(m_document.get(), this);
                dialog.exec();
            });
    // `entente extract --into` writes unreviewed proposals tagged "draft": this lists them.
    connect(addAction(file, tr("Check &Draft Events"), QStringLiteral("actionCheckDraftEvents")), &QAction::triggered,
            this, [this] {
                if (!m_document)
                    return;
                EventFilter filter;
                filter.tags = { QStringLiteral("draft") };
                m_selection->setFilter(filter);
                statusBar()->showMessage(tr("%n draft event(s) from articles to check.", "",
                                            static_cast<int>(m_document->store().countEvents(filter))),
                                         10000);
            });
    m_importExportAnchor = file->addSeparator();
    m_importExport = new ImportExportActions(this, m_selection, file, m_importExportAnchor);
    connect(this, &MainWindow::importRequested, m_importExport,
            [this](const QString &path) { m_importExport->importDropped(path); });
    connect(m_importExport, &ImportExportActions::importFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message.section(u'\n', 0, 0), 10000); });
    connect(addAction(file, tr("&Preferences…"), QStringLiteral("actionPreferences"),
                      QKeySequence(QStringLiteral("Ctrl+,"))),
            &QAction::triggered, this, [this] {
                SettingsDialog dialog(this);
                if (dialog.exec() == QDialog::Accepted)
                    applyAppearance();
            });
    connect(addAction(file, tr("&Close"), QStringLiteral("actionClose"), QKeySequence(QStringLiteral("Ctrl+W"))),
            &QAction::triggered, this, &MainWindow::closeDocument);
    connect(addAction(file, tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence(QStringLiteral("Ctrl+Q"))),
            &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Shift+Z everywhere, and the platform's own keys besides; on Linux the platform's is
    // Ctrl+Shift+Z too, and a key bound twice is ambiguous: Qt then runs neither.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(QStringLiteral("Ctrl+Shift+Z"));
    redoKeys.removeAll(ctrlShiftZ);
    redoKeys.prepend(ctrlShiftZ);
    redo->setShortcuts(redoKeys);
    edit->addAction(redo);
    edit->addSeparator();
    m_edit = new EditActions(this, m_selection, edit);
    edit->addSeparator();
    connect(addAction(edit, tr("&Find…"), QStringLiteral("actionFind"), QKeySequence::Find), &QAction::triggered,
            m_filterBar, &FilterBar::focusSearch);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    connect(addAction(m_viewMenu, tr("&Stories"), QStringLiteral("actionStories"),
                      QKeySequence(QStringLiteral("Ctrl+Shift+T"))),
            &QAction::triggered, this, [this] {
                if (m_stories) {
                    m_stories->show();
                    m_stories->raise();
                }
            });
    connect(addAction(m_viewMenu, tr("&Present"), QStringLiteral("actionPresent"), QKeySequence(Qt::Key_F5)),
            &QAction::triggered, this, [this] { present(m_stories ? m_stories->currentStory() : std::nullopt); });
    connect(addAction(m_viewMenu, tr("&Fit Timeline"), QStringLiteral("actionFitAll"),
                      QKeySequence(QStringLiteral("Ctrl+0"))),
            &QAction::triggered, this, [this] {
                if (m_timeline)
                    m_timeline->fitAll();
            });
    // Unticked, a filter moves the timeline to the span it lets through; ticked, it stays put.
    QAction *keep = addAction(m_viewMenu, tr("&Keep Time Window"), QStringLiteral("actionKeepTimeWindow"));
    keep->setCheckable(true);
    keep->setChecked(QSettings().value(QStringLiteral("timeline/keepWindow"), false).toBool());
    keep->setToolTip(tr("Keep the timeline where it is when the filter changes"));
    connect(keep, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("timeline/keepWindow"), on);
        if (m_timeline)
            m_timeline->setWindowPinned(on);
    });
    connect(addAction(m_viewMenu, tr("Export Timeline &Picture…"), QStringLiteral("actionExportTimeline"),
                      QKeySequence(QStringLiteral("Ctrl+Shift+P"))),
            &QAction::triggered, this, [this] {
                if (m_timeline)
                    m_timeline->showExportDialog();
            });
    QAction *byGrade = addAction(m_viewMenu, tr("Marks by &Grade"), QStringLiteral("actionMarksByGrade"));
    byGrade->setCheckable(true);
    connect(byGrade, &QAction::toggled, this, [this](bool on) {
        if (m_timeline)
            m_timeline->setMarksByGrade(on);
    });
    m_viewMenu->addSeparator();
    connect(addAction(m_viewMenu, tr("&Reset Layout"), QStringLiteral("actionResetLayout")), &QAction::triggered, this,
            &MainWindow::resetLayout);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(addAction(help, tr("&User Guide"), QStringLiteral("actionUserGuide"), QKeySequence::HelpContents),
            &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(addAction(help, tr("&Keyboard Shortcuts"), QStringLiteral("actionShortcuts"),
                      QKeySequence(QStringLiteral("Ctrl+/"))),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(addAction(help, tr("&About Entente"), QStringLiteral("actionAbout")), &QAction::triggered, this,
            &MainWindow::showAbout);
}

} // namespace entente
