#pragma once

#include "event.h"

#include <QMenu>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace entente {

class Store;

// A drop-down for choosing several actors: type to narrow the list (names and aliases both
// match anywhere, ignoring case and accents, so "Kiev" shows Ukraine and "turkiye" Türkiye),
// click a name to tick it.
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
    QListWidget *list() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void checkedActorsChanged(const QList<entente::ActorId> &ids);

private:
    void toggle(QListWidgetItem *item);

    QLineEdit *m_find;
    QListWidget *m_list;
    bool m_updating = false;
};

} // namespace entente
