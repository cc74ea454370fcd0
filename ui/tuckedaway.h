#pragma once

#include <QWidget>

namespace entente {

// A view in a shown window that nobody can see: its dock is tabbed behind another or closed.
// It computes nothing until it is shown (its showEvent catches up), so the views in sight get
// the machine while a large file opens. A widget with no window of its own shown (a test, an
// export) is never tucked away.
inline bool isTuckedAway(const QWidget *widget)
{
    const QWidget *window = widget->window();
    return window != widget && window->isVisible() && !widget->isVisible();
}

} // namespace entente
