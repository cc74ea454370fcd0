#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;
class QUndoGroup;
class QUndoView;

namespace entente {

class ChartsPanel;
class DetailsPanel;
class FileHealth;
class EditActions;
class GraphView;
class ImportExportActions;
class PresentationWindow;
class StoryPanel;
class TimelineView;
class Document;
class EventTableModel;
class FilterBar;
class HistoryPanel;
class Selection;
class SharedSession;

// The application window: the open document, the shared selection and filter, and the views
// around them (the timeline in the middle; table, details, graph, charts and history in docks).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an Entente file; on refusal shows why and keeps the current document.
    bool openFile(const QString &path);
    // Opens a shared timeline (postgresql://user@host:port/db); `password` only when the server
    // asked for one (kept for this process, never in the settings).
    bool openShared(const QString &url, const QString &password = QString());
    static bool isSharedUrl(const QString &location);
    SharedSession *sharedSession() const { return m_sharedSession; }
    HistoryPanel *sharedHistory() const { return m_sharedHistory; }
    // The last note about the shared timeline ("olena added …", "connection lost").
    QString lastSharedNote() const { return m_lastSharedNote; }
    // Writes the bundled sample to the user's data folder (once) and opens it.
    bool openSample();
    // Creates an empty Entente file and opens it.
    bool newFile(const QString &path);
    // Writes a copy of the open file and continues in the copy.
    bool saveCopyAs(const QString &path);
    void closeDocument();

    Document *document() const { return m_document.get(); }
    Selection *selection() const { return m_selection; }
    QTableView *eventTable() const { return m_table; }
    EventTableModel *eventTableModel() const { return m_tableModel; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailsPanel *detailsPanel() const { return m_details; }
    TimelineView *timeline() const { return m_timeline; }
    GraphView *graph() const { return m_graph; }
    ChartsPanel *charts() const { return m_charts; }
    StoryPanel *stories() const { return m_stories; }
    PresentationWindow *presentation() const;
    // F5: presents the story chosen in the Stories panel, or the filtered events.
    void present(std::optional<std::int64_t> story);
    ImportExportActions *importExport() const { return m_importExport; }
    QString lastError() const { return m_lastError; }
    // The last refusal dialog's heading, reason and buttons ("|" between them), also when
    // ENTENTE_NO_DIALOGS kept it from showing.
    QString lastDialog() const { return m_lastDialog; }
    QAction *action(const QString &objectName) const;
    FileHealth *fileHealth() const { return m_health; }

    static QString sampleFilePath();
    // The first start's short tour of what to try.
    void showWelcome();

signals:
    void documentChanged(entente::Document *document);
    // A non-Entente file was dropped on the window: offer to import it.
    void importRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setDocument(std::unique_ptr<Document> document);
    // A file open() refused as damaged: read it read-only, or recover it into a new file.
    bool openDamaged(const QString &path, const QString &message);
    void refuseFile(const QString &path, const QString &reason);
    // The background check found damage in the open file: stop writing to it.
    void damageFound(const QString &path, const QStringList &problems);
    void createViews();
    void createDocumentViews();
    void applyAppearance();
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void updateTitle();
    // The shared timeline (mainwindowshared.cpp).
    void openSharedDialog();
    void createSharedViews();
    void updateSharedSession();
    void dropSharedSession();
    void updateSharedStatus();
    // The window read-only or not as the shared session says, with `text` in the status bar.
    void holdShared(const QString &text, int timeoutMs);
    bool canAskForPassword() const;
    QString sharedName() const;
    static QString sharedName(const QString &location); // "desk on db.example:5432"
    QString lastEditLine(const QString &table, qint64 id) const;
    bool handleConflict(const QString &message);
    void updateActions();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void showError(const QString &message);
    void resetLayout();
    // The Events table and the Details panel on top of their tab groups, as the default layout has them.
    void raiseDefaultTabs();
    void restoreSettings();
    void showShortcuts();
    void showAbout();
    void showUserGuide();
    void selectEventInTable(std::optional<std::int64_t> id);
    QList<std::pair<QString, QString>> extraShortcuts() const;
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    QAction *addAction(QMenu *menu, const QString &text, const QString &objectName, const QKeySequence &shortcut = {});

    std::unique_ptr<Document> m_document;
    Selection *m_selection;
    EventTableModel *m_tableModel = nullptr;
    FilterBar *m_filterBar;
    QTableView *m_table;
    DetailsPanel *m_details;
    QUndoView *m_history;
    QLabel *m_statusCounts;
    QUndoGroup *m_undoGroup;
    FileHealth *m_health;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_importExportAnchor = nullptr;
    EditActions *m_edit = nullptr;
    ImportExportActions *m_importExport = nullptr;
    TimelineView *m_timeline = nullptr;
    GraphView *m_graph = nullptr;
    ChartsPanel *m_charts = nullptr;
    StoryPanel *m_stories = nullptr;
    QPointer<QWidget> m_presentation; // a PresentationWindow while one is open
    QDockWidget *m_tableDock = nullptr;
    QDockWidget *m_graphDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QWidget *m_emptyState = nullptr;
    QByteArray m_defaultState;
    QByteArray m_layoutState; // the docks as a document last had them (setDocument)
    QString m_lastError;
    QString m_lastDialog;
    bool m_followingSelection = false;
    SharedSession *m_sharedSession = nullptr;
    HistoryPanel *m_sharedHistory = nullptr;
    QDockWidget *m_sharedHistoryDock = nullptr;
    QLabel *m_sharedStatus = nullptr;
    QString m_lastSharedNote;
};

} // namespace entente
