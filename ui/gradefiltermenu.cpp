#include "gradefiltermenu.h"

#include <QActionGroup>

namespace entente {

GradeFilterMenu::GradeFilterMenu(QWidget *parent)
    : QMenu(parent)
    , m_reliability(new QActionGroup(this))
    , m_credibility(new QActionGroup(this))
{
    setObjectName(QStringLiteral("gradeFilterMenu"));
    addSection(tr("Source reliability"));
    auto *anySource = addAction(tr("Any source"));
    anySource->setData(QString());
    m_reliability->addAction(anySource);
    for (Reliability r : { Reliability::A, Reliability::B, Reliability::C, Reliability::D, Reliability::E }) {
        auto *a = addAction(r == Reliability::A ? tr("A: %1").arg(reliabilityLabel(r))
                                                : tr("%1 or better: %2").arg(reliabilityKey(r), reliabilityLabel(r)));
        a->setData(reliabilityKey(r));
        m_reliability->addAction(a);
    }
    addSection(tr("Information credibility"));
    auto *anyReport = addAction(tr("Any report"));
    anyReport->setData(QString());
    m_credibility->addAction(anyReport);
    for (Credibility c : { Credibility::Confirmed, Credibility::Probable, Credibility::Possible, Credibility::Doubtful,
                           Credibility::Improbable }) {
        const int n = credibilityNumber(c);
        auto *a = addAction(c == Credibility::Confirmed ? tr("1: %1").arg(credibilityLabel(c))
                                                        : tr("%1 or better: %2").arg(n).arg(credibilityLabel(c)));
        a->setData(QString::number(n));
        m_credibility->addAction(a);
    }
    for (QActionGroup *g : { m_reliability, m_credibility }) {
        g->setExclusive(true);
        for (QAction *a : g->actions())
            a->setCheckable(true);
        g->actions().constFirst()->setChecked(true);
        connect(g, &QActionGroup::triggered, this, &GradeFilterMenu::gradeChosen);
    }
}

void GradeFilterMenu::showFilter(const EventFilter &filter)
{
    const QString r = filter.minReliability ? reliabilityKey(*filter.minReliability) : QString();
    const QString c = filter.minCredibility ? QString::number(credibilityNumber(*filter.minCredibility)) : QString();
    for (QAction *a : m_reliability->actions())
        a->setChecked(a->data().toString() == r);
    for (QAction *a : m_credibility->actions())
        a->setChecked(a->data().toString() == c);
}

void GradeFilterMenu::applyTo(EventFilter &filter) const
{
    const QAction *r = m_reliability->checkedAction();
    const QAction *c = m_credibility->checkedAction();
    filter.minReliability = r ? reliabilityFromKey(r->data().toString()) : std::nullopt;
    filter.minCredibility = c ? credibilityFromNumber(c->data().toString().toInt()) : std::nullopt;
}

QString GradeFilterMenu::buttonText(const EventFilter &filter)
{
    const QString grade = Grade { filter.minReliability, filter.minCredibility }.text();
    return grade.isEmpty() ? tr("Grade") : tr("Grade (%1)").arg(grade);
}

} // namespace entente
