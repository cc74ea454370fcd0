#include "importexportactions.h"

#include "document.h"
#include "importdialog.h"
#include "io/exporter.h"
#include "io/formatregistry.h"
#include "io/importer.h"
#include "selection.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <climits>

namespace entente {

ImportExportActions::ImportExportActions(QWidget *window, Selection *selection, QMenu *menu, QAction *before)
    : QObject(window)
    , m_window(window)
    , m_selection(selection)
    , m_import(new QAction(tr("&Import…"), this))
    , m_export(new QAction(tr("&Export…"), this))
{
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    menu->insertAction(before, m_import);
    menu->insertAction(before, m_export);
    connect(m_import, &QAction::triggered, this, &ImportExportActions::chooseImport);
    connect(m_export, &QAction::triggered, this, &ImportExportActions::chooseExport);
    update();
}

ImportExportActions::~ImportExportActions()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportExportActions::setDocument(Document *document)
{
    m_document = document;
    update();
}

void ImportExportActions::update()
{
    m_import->setEnabled(m_document && !m_document->isReadOnly() && !m_busy);
    m_export->setEnabled(m_document && !m_busy);
}

void ImportExportActions::openProgress(const QString &label, std::shared_ptr<std::atomic<int>> permille,
                                       std::function<void(QProgressDialog &)> onTick)
{
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });
    // The worker only writes an atomic; the dialog reads it ten times a second.
    auto *poll = new QTimer(m_progress);
    connect(poll, &QTimer::timeout, m_progress,
            [p = QPointer<QProgressDialog>(m_progress), permille = std::move(permille),
             onTick = std::move(onTick)]() mutable {
                if (!p)
                    return;
                if (onTick)
                    onTick(*p);
                p->setValue(permille->load());
            });
    poll->start(100);
}

void ImportExportActions::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->close();
    m_progress->deleteLater();
    m_progress = nullptr;
}

void ImportExportActions::chooseImport()
{
    if (!m_document)
        return;
    // Every format Entente reads at once, then each on its own (FormatRegistry).
    QStringList filters { tr("Timelines and event lists (%1)").arg(FormatRegistry::readablePatterns().join(u' ')) };
    for (const FormatInfo &f : FormatRegistry::formats()) {
        if (f.canRead())
            filters.append(f.fileFilter());
    }
    filters.append(tr("All files (*)"));
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Import into %1").arg(QFileInfo(m_document->path()).fileName()),
                                       QString(), filters.join(QStringLiteral(";;")));
    if (!path.isEmpty())
        askAndImport(path);
}

void ImportExportActions::askAndImport(const QString &path)
{
    if (!m_document || m_busy)
        return;
    const QString target = m_document->path().isEmpty() ? tr("this file") : QFileInfo(m_document->path()).fileName();
    ImportDialog dialog(path, target, m_window);
    if (dialog.exec() == QDialog::Accepted)
        importFile(path, dialog.options());
}

void ImportExportActions::importDropped(const QString &path)
{
    if (ImportDialog::needsColumnChoice(path))
        askAndImport(path);
    else
        importFile(path);
}

void ImportExportActions::importFile(const QString &path, const QString &format, bool strict, bool groupAsTag)
{
    ImportOptions options;
    options.format = format;
    options.strict = strict;
    options.groupAsTag = groupAsTag;
    importFile(path, options);
}

void ImportExportActions::importFile(const QString &path, const ImportOptions &options)
{
    if (!m_document || m_busy)
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto progressValue = std::make_shared<std::atomic<int>>(0);
    m_busy = true;
    update();

    // A large file into an empty one stores its rows first, then builds their indexes: the
    // dialog says so and counts again.
    auto storedEvents = std::make_shared<std::atomic<qint64>>(-1);
    ImportProgress progress;
    progress.report = [progressValue](qint64 done, qint64 total) {
        if (total > 0)
            progressValue->store(static_cast<int>(done * 1000 / total));
    };
    progress.stored = [progressValue, storedEvents](qint64 events) {
        progressValue->store(0);
        storedEvents->store(events);
    };
    progress.indexing = [progressValue](int done, int total) {
        if (total > 0)
            progressValue->store(done * 1000 / total);
    };
    // The document imports on a worker with a write connection of its own (a file in memory:
    // here), then pushes the import as one undo step and announces the new events.
    const QFuture<Document::ImportOutcome> imported = m_document->startImport({ path }, options, progress, m_cancel);
    if (imported.isFinished()) {
        finishImport(imported.result(), path);
        return;
    }
    openProgress(tr("Importing %1…").arg(QFileInfo(path).fileName()), progressValue,
                 [storedEvents, shown = false](QProgressDialog &dialog) mutable {
                     if (const qint64 stored = storedEvents->load(); stored >= 0 && !shown) {
                         shown = true;
                         dialog.setLabelText(tr("Stored %Ln event(s); building their indexes for search…", nullptr,
                                                static_cast<int>(std::min<qint64>(stored, INT_MAX))));
                     }
                 });
    auto *watcher = new QFutureWatcher<Document::ImportOutcome>(this);
    connect(watcher, &QFutureWatcher<Document::ImportOutcome>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0) {
            finishImport(watcher->result(), path);
        } else {
            Document::ImportOutcome closed;
            closed.result.cancelled = true; // the document closed first
            finishImport(closed, path);
        }
    });
    watcher->setFuture(imported);
}

void ImportExportActions::finishImport(const Document::ImportOutcome &outcome, const QString &path)
{
    closeProgress();
    m_busy = false;
    update();
    const ImportResult &result = outcome.result;
    QString message;
    if (result.cancelled)
        message = tr("The import of %1 was cancelled; nothing was added.").arg(QFileInfo(path).fileName());
    else if (!result.ok)
        message = result.error;
    else
        message = result.summary.toText(path);
    // The document announced the new events when it pushed the import's undo step.
    if (result.ok && outcome.changed && !outcome.undoable)
        message += u'\n'
            + tr("This import is too large to undo (%n event(s)); Edit ▸ Undo starts after it.", nullptr,
                 static_cast<int>(result.summary.eventsAdded));
    if (!qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS")) {
        if (result.ok)
            QMessageBox::information(m_window, tr("Import"), message);
        else
            QMessageBox::warning(m_window, tr("Import"), message);
    }
    emit importFinished(result.ok, message);
}

void ImportExportActions::chooseExport()
{
    if (!m_document)
        return;
    QDialog options(m_window);
    options.setWindowTitle(tr("Export"));
    auto *format = new QComboBox(&options);
    for (const FormatInfo &f : FormatRegistry::formats()) {
        if (f.canWrite())
            format->addItem(f.displayName(), f.id);
    }
    auto *filtered = new QCheckBox(tr("Only the events the filter shows"), &options);
    filtered->setChecked(!m_selection->filter().isEmpty());
    filtered->setEnabled(!m_selection->filter().isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &options);
    connect(buttons, &QDialogButtonBox::accepted, &options, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &options, &QDialog::reject);
    auto *form = new QFormLayout(&options);
    form->addRow(tr("&Format"), format);
    form->addRow(filtered);
    form->addRow(buttons);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString f = format->currentData().toString();
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export As"), QString(), FormatRegistry::find(f)->fileFilter());
    if (!path.isEmpty())
        exportFile(path, f, filtered->isChecked());
}

void ImportExportActions::exportFile(const QString &path, const QString &format, bool filteredOnly)
{
    if (!m_document || m_busy)
        return;
    const EventFilter filter = filteredOnly ? m_selection->filter() : EventFilter {};
    const FormatInfo *info = FormatRegistry::find(format);
    if (info && info->has(FormatInfo::Option::GraphLayout) && m_beforeGraphExport && !m_document->isReadOnly())
        m_beforeGraphExport();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto progressValue = std::make_shared<std::atomic<int>>(0);
    auto warnings = std::make_shared<QStringList>(); // what the format left out (Exporter::warnings)
    auto write = [path, format, filter, cancel = m_cancel, progressValue, warnings](Store &store) -> QString {
        try {
            auto exporter = makeExporter(format);
            if (!exporter)
                return tr("Entente cannot write the format %1.").arg(format);
            ExportProgress progress;
            progress.cancel = cancel.get();
            progress.report = [progressValue](qint64 done, qint64 total) {
                if (total > 0)
                    progressValue->store(static_cast<int>(done * 1000 / total));
            };
            exporter->write(store, filter, path, progress);
            *warnings = exporter->warnings();
        } catch (const ExportError &e) {
            return e.message();
        } catch (const std::exception &e) {
            return Store::causeSentence(e);
        }
        return {};
    };
    auto done = [this, path, cancel = m_cancel, warnings](const QString &error) {
        closeProgress();
        m_busy = false;
        update();
        const bool cancelled = cancel->load();
        if (!error.isEmpty() && !cancelled && !qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS"))
            QMessageBox::warning(m_window, tr("Export"), error);
        const QString wrote = (QStringList { tr("Wrote %1.").arg(QFileInfo(path).fileName()) } + *warnings).join(u' ');
        emit exportFinished(error.isEmpty(), error.isEmpty() ? wrote : error);
    };
    m_busy = true;
    update();
    // A large export reads through the document's read queue, off the GUI thread (a file in
    // memory: here), with progress and Cancel; a cancelled one leaves a file already at the path
    // as it was.
    // The exporter polls m_cancel itself, and says what a cancel left.
    const QFuture<QString> written
        = m_document->read([write](Store &store, const CancelToken &) { return write(store); });
    if (written.isFinished()) {
        done(written.result());
        return;
    }
    openProgress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), progressValue);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, done] {
        watcher->deleteLater();
        QString error;
        try {
            error = watcher->result();
        } catch (const std::exception &e) {
            error = Store::causeSentence(e); // the file would not read
        }
        done(error);
    });
    watcher->setFuture(written);
}

} // namespace entente
