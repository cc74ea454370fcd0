#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace entente {

class Document;
struct HistoryEntry;

// View ▸ Change History: who changed the shared timeline, when, and what — the server's change
// log, newest first (the last 500 changes). Read again shortly after every change, ours or
// others'. A file has no such log: the panel says so.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    static constexpr int kRows = 500;

    explicit HistoryPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // Reads the log again (soon() waits for a burst of changes to end).
    void refresh();
    void soon()
    {
        if (isVisible()) // a hidden panel reads the log when it is shown
            m_soon.start();
    }
    QTreeWidget *list() const { return m_list; }
    // "added", "edited", "deleted", "imported" (for the Details panel's line as well)
    static QString opText(const HistoryEntry &entry);
    // "14:02" today, "12/5/26 14:02" before.
    static QString shortWhen(const QDateTime &at);

private:
    Document *m_document = nullptr;
    QLabel *m_note;
    QTreeWidget *m_list;
    QTimer m_soon;
};

} // namespace entente
