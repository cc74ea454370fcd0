#pragma once

#include "event.h"

#include <QMenu>

class QLineEdit;
class QListWidget;

namespace entente {

class Store;

// A drop-down for choosing several actors: type to narrow the list (names and aliases both
// match, so "Kiev" shows Ukraine), tick the ones to keep.
class ActorPicker final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorPicker)

public:
    explicit ActorPicker(QWidget *parent = nullptr);

    void setActors(const Store &store);
    QList<ActorId> checkedActors() const;
    void setCheckedActors(const QList<ActorId> &ids);
    // Narrows the list as typing does; returns how many actors stay visible.
    int narrow(const QString &text);

signals:
    void checkedActorsChanged(const QList<entente::ActorId> &ids);

private:
    QLineEdit *m_find;
    QListWidget *m_list;
    bool m_updating = false;
};

} // namespace entente
