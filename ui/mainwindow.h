#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;
class QUndoGroup;

namespace entente {

class Document;
class EventTableModel;
class Selection;

// The application window: the open document and the views around it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an Entente file; on refusal shows why and keeps the current document.
    bool openFile(const QString &path);
    // Writes the bundled sample to the user's data folder (once) and opens it.
    bool openSample();
    Document *document() const { return m_document.get(); }
    Selection *selection() const { return m_selection; }
    QTableView *eventTable() const { return m_table; }
    QString lastError() const { return m_lastError; }

    static QString sampleFilePath();

private:
    void setDocument(std::unique_ptr<Document> document);
    void createActions();
    void updateTitle();
    void showError(const QString &message);
    void chooseAndOpen();

    std::unique_ptr<Document> m_document;
    Selection *m_selection;
    EventTableModel *m_tableModel = nullptr;
    QTableView *m_table;
    QLabel *m_statusCounts;
    QUndoGroup *m_undoGroup;
    QString m_lastError;
};

} // namespace entente
