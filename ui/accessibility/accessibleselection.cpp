#include "accessibleselection.h"

#include "actornames.h"
#include "claimstatus.h"
#include "document.h"
#include "selection.h"
#include "selectionaccessible.h"
#include "store/store.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QWidget>

namespace entente {

AccessibleSelection::AccessibleSelection(QWidget *view, Selection *selection, const Document *document, Subject subject)
    : QObject(view)
    , m_view(view)
    , m_selection(selection)
    , m_document(document)
    , m_subject(subject)
{
    setObjectName(QStringLiteral("accessibleSelection"));
    connect(selection, &Selection::eventChanged, this, &AccessibleSelection::announce);
    connect(selection, &Selection::actorChanged, this, &AccessibleSelection::announce);
}

AccessibleSelection *AccessibleSelection::attach(QWidget *view, Selection *selection, const Document *document,
                                                 Subject subject)
{
    static const bool installed = [] {
        QAccessible::installFactory(&SelectionAccessible::create);
        return true;
    }();
    Q_UNUSED(installed);
    auto *describer = new AccessibleSelection(view, selection, document, subject);
    // An interface made for the view before now is the generic one: drop it, so the next
    // query makes ours.
    if (QAccessibleInterface *old = QAccessible::queryAccessibleInterface(view);
        old && !dynamic_cast<SelectionAccessible *>(old))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(old));
    return describer;
}

AccessibleSelection *AccessibleSelection::of(const QObject *view)
{
    return view ? view->findChild<AccessibleSelection *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QString AccessibleSelection::selectedName() const
{
    if (!m_document)
        return {};
    const Store &store = m_document->store();
    if (m_subject == Subject::ActorOrEvent && m_selection->actor()) {
        if (const auto actor = store.actor(*m_selection->actor()))
            return ActorNames::displayName(*actor);
    }
    if (m_selection->event()) {
        if (const auto event = store.event(*m_selection->event()))
            return tr("%1, %2").arg(event->title, event->start.toDisplayString());
    }
    return {};
}

QString AccessibleSelection::selectedDescription() const
{
    if (!m_document)
        return {};
    const Store &store = m_document->store();
    if (m_subject == Subject::ActorOrEvent && m_selection->actor()) {
        if (const auto actor = store.actor(*m_selection->actor()))
            return tr("Actor: %1.").arg(actorKindLabel(actor->kind));
    }
    if (!m_selection->event())
        return {};
    const auto event = store.event(*m_selection->event());
    if (!event)
        return {};
    QStringList actors;
    for (const EventActor &ea : event->actors) {
        if (const auto actor = store.actor(ea.actorId))
            actors.append(ActorNames::displayName(*actor));
    }
    QString text = tr("Event, %1. Status: %2.").arg(event->start.toDisplayString(), claimStatusLabel(event->status));
    if (!event->kind.isEmpty())
        text += u' ' + tr("Kind: %1.").arg(event->kind);
    if (!actors.isEmpty())
        text += u' ' + tr("Actors: %1.").arg(actors.join(QStringLiteral(", ")));
    return text;
}

void AccessibleSelection::announce()
{
    QAccessibleEvent name(m_view, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&name);
    QAccessibleEvent description(m_view, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
    if (m_view->hasFocus()) {
        QAccessibleEvent focus(m_view, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
    emit announced();
}

} // namespace entente
