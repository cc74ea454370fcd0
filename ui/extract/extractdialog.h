#pragma once

#include "extract/article.h"
#include "extract/proposal.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace entente {

class Document;

// File ▸ New Events from Article…: the reporter pastes a report, or opens or drops a .txt, .md,
// .html or .eml file; the dialog proposes its events beside the text, each proposal's words
// highlighted, to accept, edit, merge or drop; the publication date is asked when the report does
// not give it. Accepted proposals go in as one undoable step; a proposal matching an event of
// the file adds the report as a further source of that event.
class ExtractDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractDialog)

public:
    explicit ExtractDialog(Document *document, QWidget *parent = nullptr);

    // Reads a file (as Open File… or a drop does); false, with the reason shown, when refused.
    bool loadFile(const QString &path);
    void setArticleText(const QString &text);
    void setPublished(const QDate &date);
    // Finds the proposals in the text shown (as Find Events does).
    void analyse();
    // Writes the checked proposals (as the Add button does); the number written.
    int addAccepted();

    QList<Proposal> proposals() const { return m_proposals; }
    QTreeWidget *proposalList() const { return m_list; }
    QTextEdit *articleView() const { return m_text; }
    QLabel *message() const { return m_message; }
    void selectProposal(int row);
    void mergeSelected();
    void dropSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillList();
    void highlight();
    void itemEdited(QTreeWidgetItem *item, int column);
    void showMessage(const QString &text, bool problem = false);

    Document *m_document;
    QTextEdit *m_text;
    QLineEdit *m_published;
    QLabel *m_message;
    QTreeWidget *m_list;
    QPushButton *m_find;
    QPushButton *m_add;
    std::optional<Article> m_article;
    QString m_analysedText;
    QList<Proposal> m_proposals;
    bool m_filling = false;
};

} // namespace entente
