#pragma once

#include <QAccessibleWidget>

namespace entente {

// The accessible interface of a view with an AccessibleSelection: its name is the view's name
// followed by the selected item ("Timeline: Talks resume, 29 March 2022"), its value the selected
// item alone and its description the item's details.
class SelectionAccessible final : public QAccessibleWidget
{
public:
    explicit SelectionAccessible(QWidget *view);

    QString text(QAccessible::Text t) const override;

    // The factory for QAccessible::installFactory: views with an AccessibleSelection get one.
    static QAccessibleInterface *create(const QString &className, QObject *object);
};

} // namespace entente
