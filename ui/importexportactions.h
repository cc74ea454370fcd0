#pragma once

#include "document.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace entente {

class Selection;

// File ▸ Import… and File ▸ Export…: choose a file and a format, then let the document do the
// work off the GUI thread (its import, its read queue), with progress and cancel. A cancelled or
// failed import rolls back: the file is as it was. An import is one undo step.
class ImportExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportExportActions)

public:
    ImportExportActions(QWidget *window, Selection *selection, QMenu *menu, QAction *before);
    ~ImportExportActions() override;

    void setDocument(Document *document);
    bool isBusy() const { return m_busy; }

    // Imports `path` into the open document (format guessed unless given). Returns at once;
    // `importFinished` tells the outcome.
    void importFile(const QString &path, const ImportOptions &options);
    void importFile(const QString &path, const QString &format = {}, bool strict = false, bool groupAsTag = false);
    // A dropped file: straight in, unless its columns need choosing (ImportDialog).
    void importDropped(const QString &path);
    // The import dialog for `path` (format, options, CSV columns), then the import.
    void askAndImport(const QString &path);
    // Writes the whole file or the filtered events to `path` in `format`; returns the error, or empty.
    void exportFile(const QString &path, const QString &format, bool filteredOnly);

    void chooseImport();
    void chooseExport();

    // Called before a GEXF or GraphML export, so the file carries the positions the graph view
    // shows and Gephi opens the same picture.
    void setBeforeGraphExport(std::function<void()> hook) { m_beforeGraphExport = std::move(hook); }

signals:
    void importFinished(bool ok, const QString &message);
    void exportFinished(bool ok, const QString &message);

private:
    // A modal progress dialog over the window, its Cancel setting m_cancel, its bar following
    // `permille` (0 to 1000) and `onTick` run at each update.
    void openProgress(const QString &label, std::shared_ptr<std::atomic<int>> permille,
                      std::function<void(QProgressDialog &)> onTick = {});
    void closeProgress();
    void finishImport(const Document::ImportOutcome &outcome, const QString &path);
    void update();

    QWidget *m_window;
    Selection *m_selection;
    Document *m_document = nullptr;
    QAction *m_import;
    QAction *m_export;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
    std::function<void()> m_beforeGraphExport;
};

} // namespace entente
