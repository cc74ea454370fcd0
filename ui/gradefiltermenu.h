#pragma once

#include "eventfilter.h"

#include <QMenu>

class QActionGroup;

namespace entente {

// The filter bar's Grade menu: events with a source at least this reliable (A–E) and a report of
// them at least this credible (1–5), each "any" by default (sourcegrade.h).
class GradeFilterMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GradeFilterMenu)

public:
    explicit GradeFilterMenu(QWidget *parent = nullptr);

    // Ticks what `filter` asks for, without emitting.
    void showFilter(const EventFilter &filter);
    // The menu's choice written into `filter`.
    void applyTo(EventFilter &filter) const;
    // "Grade", or "Grade (B2)" when it filters.
    static QString buttonText(const EventFilter &filter);

signals:
    void gradeChosen();

private:
    QActionGroup *m_reliability;
    QActionGroup *m_credibility;
};

} // namespace entente
