#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace entente {

class Document;
class Selection;

// Tells assistive technology what a drawn view (the timeline, the graph) has selected. Attached
// to the view as a child, it describes the selected event or actor in words, and announces every
// change of selection (name and description changed, and focus when the view has it) so a screen
// reader speaks it. The view's accessible interface (SelectionAccessible) reads it.
class AccessibleSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibleSelection)

public:
    // What the view shows as selected: the event, or the actor (else the event) for the graph.
    enum class Subject { Event, ActorOrEvent };

    // Attaches a describer to `view` (its parent) and installs the accessible interface factory.
    static AccessibleSelection *attach(QWidget *view, Selection *selection, const Document *document, Subject subject);
    // The describer attached to `view`, or null.
    static AccessibleSelection *of(const QObject *view);

    // "Title, 29 March 2022" or "Name"; empty when nothing is selected.
    QString selectedName() const;
    // A sentence or two more: kind, claim status and actors of an event; kind of an actor.
    QString selectedDescription() const;

signals:
    // After the accessibility events for a change of selection went out (they go nowhere
    // unless assistive technology is listening: QAccessible::isActive()).
    void announced();

private:
    AccessibleSelection(QWidget *view, Selection *selection, const Document *document, Subject subject);
    void announce();

    QWidget *m_view;
    Selection *m_selection;
    const Document *m_document;
    Subject m_subject;
};

} // namespace entente
