#pragma once

#include "event.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace entente {

class Store;

// Chooses the actors a story step highlights in the presentation: a checklist with the step's
// own actors first (they are what the teacher will point at), then every other actor by name.
class HighlightActorsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightActorsDialog)

public:
    HighlightActorsDialog(const Store &store, EventId event, const QList<ActorId> &checked, QWidget *parent = nullptr);

    // The checked actors, in the list's order.
    QList<ActorId> actors() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace entente
