#include "editactions.h"

#include "actordialog.h"
#include "document.h"
#include "eventdialog.h"
#include "recordforms.h"
#include "selection.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace entente {

EditActions::EditActions(QWidget *window, Selection *selection, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_selection(selection)
{
    m_newEvent = add(menu, tr("New &Event…"), "actionNewEvent", &EditActions::newEvent,
                     QKeySequence(QStringLiteral("Ctrl+E")));
    m_editEvent = add(menu, tr("Edit Event…"), "actionEditEvent", &EditActions::editEvent,
                      QKeySequence(QStringLiteral("Ctrl+Return")));
    m_deleteEvent = add(menu, tr("Delete Event"), "actionDeleteEvent", &EditActions::deleteEvent, QKeySequence::Delete);
    m_link = add(menu, tr("&Link Event To…"), "actionLinkEvents", &EditActions::linkEvents,
                 QKeySequence(QStringLiteral("Ctrl+L")));
    menu->addSeparator();
    m_newActor = add(menu, tr("New &Actor…"), "actionNewActor", &EditActions::newActor,
                     QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_editActor = add(menu, tr("Edit Actor…"), "actionEditActor", &EditActions::editActor);
    m_merge = add(menu, tr("&Merge Actors…"), "actionMergeActors", &EditActions::mergeActors,
                  QKeySequence(QStringLiteral("Ctrl+M")));
    m_deleteActor = add(menu, tr("Delete Actor"), "actionDeleteActor", &EditActions::deleteActor);
    menu->addSeparator();
    m_newSource = add(menu, tr("New &Source…"), "actionNewSource", &EditActions::newSource);
    m_editSource = add(menu, tr("Edit Source…"), "actionEditSource", &EditActions::editSource);
    m_newEra = add(menu, tr("New E&ra…"), "actionNewEra", &EditActions::newEra);
    connect(m_selection, &Selection::eventChanged, this, &EditActions::update);
    connect(m_selection, &Selection::actorChanged, this, &EditActions::update);
    update();
}

QAction *EditActions::add(QMenu *menu, const QString &text, const char *name, void (EditActions::*slot)(),
                          const QKeySequence &key)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    connect(a, &QAction::triggered, this, slot);
    return a;
}

void EditActions::setDocument(Document *document)
{
    m_document = document;
    update();
}

void EditActions::update()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool event = writable && m_selection->event();
    const bool actor = writable && m_selection->actor();
    for (QAction *a : { m_newEvent, m_newActor, m_merge, m_newSource, m_editSource, m_newEra })
        a->setEnabled(writable);
    for (QAction *a : { m_editEvent, m_deleteEvent, m_link })
        a->setEnabled(event);
    for (QAction *a : { m_editActor, m_deleteActor })
        a->setEnabled(actor);
}

void EditActions::newEvent()
{
    if (!m_document)
        return;
    Event e;
    e.start = FuzzyDate::day(QDate::currentDate().year(), QDate::currentDate().month(), QDate::currentDate().day());
    EventDialog dialog(m_document, e, m_window);
    // commit(): new actors and sources with the event, one undo step; or the event it repeats.
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto id = dialog.commit())
            m_selection->setEvent(*id);
    }
}

void EditActions::editEvent()
{
    if (!m_document || !m_selection->event())
        return;
    const auto e = m_document->store().event(*m_selection->event());
    if (!e)
        return;
    EventDialog dialog(m_document, *e, m_window);
    if (dialog.exec() == QDialog::Accepted)
        dialog.commit();
}

void EditActions::deleteEvent()
{
    if (!m_document || !m_selection->event())
        return;
    const EventId id = *m_selection->event();
    if (m_document->deleteEvent(id))
        m_selection->setEvent(std::nullopt);
}

void EditActions::newActor()
{
    if (!m_document)
        return;
    ActorDialog dialog(Actor {}, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto id = m_document->addActor(dialog.actor()))
            m_selection->setActor(*id);
    }
}

void EditActions::editActor()
{
    if (!m_document || !m_selection->actor())
        return;
    const auto a = m_document->store().actor(*m_selection->actor());
    if (!a)
        return;
    ActorDialog dialog(*a, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_document->editActor(dialog.actor());
}

void EditActions::deleteActor()
{
    if (!m_document || !m_selection->actor())
        return;
    const ActorId id = *m_selection->actor();
    const auto a = m_document->store().actor(id);
    const qsizetype events = m_document->store().eventsByActor(id).size();
    if (a && events > 0 && !qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS")
        && QMessageBox::question(m_window, tr("Delete Actor"),
                                 tr("%1 takes part in %n event(s). Delete the actor and those roles? (Undo brings "
                                    "them back.)",
                                    nullptr, static_cast<int>(events))
                                     .arg(a->name))
            != QMessageBox::Yes)
        return;
    if (m_document->deleteActor(id))
        m_selection->setActor(std::nullopt);
}

void EditActions::mergeActors()
{
    if (!m_document)
        return;
    if (const auto pair = RecordForms::chooseMerge(m_document->store(), m_selection->actor(), m_window)) {
        if (m_document->mergeActors(pair->first, pair->second))
            m_selection->setActor(pair->first);
    }
}

void EditActions::newSource()
{
    if (!m_document)
        return;
    if (const auto s = RecordForms::editSource(Source {}, m_window))
        m_document->addSource(*s);
}

void EditActions::editSource()
{
    if (!m_document)
        return;
    const QList<Source> sources = m_document->store().sources();
    if (sources.isEmpty())
        return;
    QStringList names;
    for (const Source &s : sources)
        names.append(s.title.isEmpty() ? s.publisher : s.publisher + QStringLiteral(": ") + s.title);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Edit Source"), tr("Source:"), names, 0, false, &ok);
    if (!ok)
        return;
    const Source &source = sources.at(names.indexOf(chosen));
    if (const auto s = RecordForms::editSource(source, m_window))
        m_document->editSource(*s);
}

void EditActions::linkEvents()
{
    if (!m_document || !m_selection->event())
        return;
    if (const auto link = RecordForms::editLink(m_document->store(), *m_selection->event(), m_window))
        m_document->addLink(*link);
}

void EditActions::newEra()
{
    if (!m_document)
        return;
    if (const auto era = RecordForms::editEra(Era {}, m_window))
        m_document->addEra(*era);
}

} // namespace entente
