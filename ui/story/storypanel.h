#pragma once

#include "story.h"

#include <QDockWidget>

#include <optional>

class QComboBox;
class QListView;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace entente {

class Document;
class Selection;
class StoryStepsModel;
struct DocumentChange;

// The stories of the file, for a teacher building a lesson: pick or create a story (from the
// filtered events or the selected one), reorder its steps by drag, write the note for each,
// and present it. Every change is an undoable edit.
class StoryPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryPanel)

public:
    StoryPanel(Document *document, Selection *selection, QWidget *parent = nullptr);

    std::optional<StoryId> currentStory() const;
    void setCurrentStory(std::optional<StoryId> id);
    StoryStepsModel *stepsModel() const { return m_steps; }
    QListView *stepsView() const { return m_view; }
    QPlainTextEdit *noteEdit() const { return m_note; }

    // The actions behind the buttons, callable from menus and tests.
    std::optional<StoryId> createFromFilter();
    std::optional<StoryId> createFromSelection();
    bool addSelectedEvent();
    bool renameCurrent(const QString &name);
    bool deleteCurrent();

signals:
    void presentRequested(std::optional<entente::StoryId> story);

private:
    void reloadStories();
    void documentChanged(const DocumentChange &change);
    void currentStepChanged();
    void commitNote();
    void updateButtons();

    Document *m_document;
    Selection *m_selection;
    StoryStepsModel *m_steps;
    QComboBox *m_stories;
    QListView *m_view;
    QPlainTextEdit *m_note;
    QTimer *m_noteTimer;
    QToolButton *m_newButton;
    QToolButton *m_addButton;
    QToolButton *m_removeButton;
    QToolButton *m_renameButton;
    QToolButton *m_deleteButton;
    QToolButton *m_presentButton;
    int m_noteRow = -1; // the step the editor shows
    bool m_loadingNote = false;
};

} // namespace entente
