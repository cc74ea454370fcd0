#pragma once

#include "story.h"

#include <QDockWidget>

#include <functional>
#include <optional>
#include <utility>

class QAction;
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

    // Where "Set Camera from Current View" reads the timeline's window (seconds since 1970); the
    // main window gives the timeline's. Without one that action is disabled.
    using CameraSource = std::function<std::pair<qint64, qint64>()>;
    void setCameraSource(CameraSource source);

    // The actions behind the buttons, callable from menus and tests.
    std::optional<StoryId> createFromFilter();
    std::optional<StoryId> createFromSelection();
    bool addSelectedEvent();
    bool renameCurrent(const QString &name);
    bool deleteCurrent();
    // The current step's camera: the timeline's window now and the actors in view (the
    // filter's and the selected one), as one undoable edit.
    bool setCameraFromView();
    // Asks which actors the current step highlights.
    void chooseHighlightedActors();
    // Back to framing the event, nothing highlighted.
    bool clearCamera();

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
    QToolButton *m_cameraButton;
    QAction *m_setCameraAction;
    QAction *m_actorsAction;
    QAction *m_clearCameraAction;
    CameraSource m_cameraSource;
    int m_noteRow = -1; // the step the editor shows
    bool m_loadingNote = false;
};

} // namespace entente
