#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace entente {

class Document;
class Selection;

// The Edit menu's record actions: add, edit and delete events, actors, sources, links and eras,
// and merge two actors — each through a validating dialog and one undoable document command.
class EditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditActions)

public:
    EditActions(QWidget *window, Selection *selection, QMenu *menu);
    void setDocument(Document *document);

    void newEvent();
    void editEvent();
    void deleteEvent();
    void newActor();
    void editActor();
    void deleteActor();
    void mergeActors();
    void newSource();
    void editSource();
    void linkEvents();
    void newEra();

private:
    void update();
    QAction *add(QMenu *menu, const QString &text, const char *name, void (EditActions::*slot)(),
                 const QKeySequence &key = {});

    QWidget *m_window;
    Selection *m_selection;
    Document *m_document = nullptr;
    QAction *m_newEvent;
    QAction *m_editEvent;
    QAction *m_deleteEvent;
    QAction *m_newActor;
    QAction *m_editActor;
    QAction *m_deleteActor;
    QAction *m_merge;
    QAction *m_newSource;
    QAction *m_editSource;
    QAction *m_link;
    QAction *m_newEra;
};

} // namespace entente
