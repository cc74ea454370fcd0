#include "mainwindow.h"

#include "document.h"
#include "eventtablemodel.h"
#include "sampledataset.h"
#include "selection.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>

namespace entente {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_selection(new Selection(this))
    , m_table(new QTableView(this))
    , m_statusCounts(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/entente.svg")));
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    setCentralWidget(m_table);
    statusBar()->addPermanentWidget(m_statusCounts);
    createActions();
    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The table's model refers to the document: let the view go first.
    m_table->setModel(nullptr);
}

QString MainWindow::sampleFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("Istanbul talks 2022-2025.entente"));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    QAction *sample = file->addAction(tr("Open the &Sample"), this, [this] { openSample(); });
    sample->setObjectName(QStringLiteral("actionOpenSample"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Shift+Z")) });
    edit->addAction(redo);
}

bool MainWindow::openFile(const QString &path)
{
    auto result = Document::open(path);
    if (!result.document) {
        showError(result.error);
        return false;
    }
    setDocument(std::move(result.document));
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
    return true;
}

bool MainWindow::openSample()
{
    const QString path = sampleFilePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto created = Store::open(path, { true, false });
        if (!created.store) {
            showError(created.error);
            return false;
        }
        try {
            SampleDataset::write(*created.store);
        } catch (const StoreError &e) {
            showError(e.message());
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    m_table->setModel(nullptr);
    delete m_tableModel;
    m_tableModel = nullptr;
    m_selection->clear();
    m_document = std::move(document);
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        m_tableModel = new EventTableModel(m_document.get(), this);
        m_table->setModel(m_tableModel);
        m_table->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
        auto *header = m_table->horizontalHeader();
        header->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
        m_table->setColumnWidth(EventTableModel::DateColumn, 210);
        m_table->setColumnWidth(EventTableModel::ActorsColumn, 360);
        m_table->setColumnWidth(EventTableModel::KindColumn, 130);
        m_table->setColumnWidth(EventTableModel::StatusColumn, 100);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        m_selection->setEvent(m_tableModel->eventIdAt(current.row()));
                });
        connect(m_document.get(), &Document::changed, this, [this] { updateTitle(); });
        connect(m_document.get(), &Document::errorOccurred, this, &MainWindow::showError);
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Entente"));
        m_statusCounts->clear();
        return;
    }
    QString name = QFileInfo(m_document->path()).fileName();
    if (m_document->isReadOnly())
        name += u' ' + tr("[read-only]");
    setWindowTitle(name + QStringLiteral(" — Entente"));
    const StoreCounts c = m_document->store().counts();
    m_statusCounts->setText(tr("%n event(s)", nullptr, static_cast<int>(c.events)) + QStringLiteral(" · ")
                            + tr("%n actor(s)", nullptr, static_cast<int>(c.actors)));
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (isVisible() && !qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS"))
        QMessageBox::warning(this, tr("Entente"), message);
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Entente File"), QString(),
                                                      tr("Entente files (*.entente);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

} // namespace entente
