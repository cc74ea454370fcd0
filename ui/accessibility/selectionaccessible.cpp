#include "selectionaccessible.h"

#include "accessibleselection.h"

#include <QCoreApplication>
#include <QWidget>

namespace entente {

SelectionAccessible::SelectionAccessible(QWidget *view)
    : QAccessibleWidget(view, QAccessible::Client)
{ }

QString SelectionAccessible::text(QAccessible::Text t) const
{
    const AccessibleSelection *selection = AccessibleSelection::of(object());
    if (!selection)
        return QAccessibleWidget::text(t);
    const QString selected = selection->selectedName();
    switch (t) {
    case QAccessible::Name: {
        const QString name = QAccessibleWidget::text(t);
        if (selected.isEmpty())
            return name;
        return QCoreApplication::translate("entente::SelectionAccessible", "%1: %2").arg(name, selected);
    }
    case QAccessible::Value:
        return selected;
    case QAccessible::Description: {
        const QString details = selection->selectedDescription();
        return details.isEmpty() ? QAccessibleWidget::text(t) : details;
    }
    default:
        return QAccessibleWidget::text(t);
    }
}

QAccessibleInterface *SelectionAccessible::create(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    return widget && AccessibleSelection::of(widget) ? new SelectionAccessible(widget) : nullptr;
}

} // namespace entente
