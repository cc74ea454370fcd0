#pragma once

#include "actor.h"
#include "event.h"
#include "source.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace entente {

class AccountEditor;
class Document;
class NewSourcePanel;

// Adds or edits an event: title, dates as precise as known, kind, claim status, place, actors
// with roles, sources with quotes and grades, tags. Validates before it accepts: an empty title,
// an unreadable date or an end before the start are named under the form; an actor not in the
// file is offered for creation. A source not in the file yet is written in the dialog (New
// Source…). A new event on the day of an existing one with two of its actors is offered to that
// event instead. commit() writes it all as one undo step.
class EventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDialog)

public:
    EventDialog(Document *document, const Event &event, QWidget *parent = nullptr);

    // What to do with a new event that repeats an existing one (EventDuplicates).
    enum class DuplicateChoice { Ask, AddToExisting, CreateNew };

    // The event as edited; valid after accept(). New actors and sources have negative ids until
    // commit() creates them.
    Event event() const { return m_event; }
    // Checks the form; returns the problem in one sentence, or an empty string.
    QString validate();
    // Creates the new actors and sources and adds or edits the event (or adds the sources to the
    // existing event chosen at the duplicate warning): one undo step. The event's id, or nullopt
    // when the document refused it (nothing is left changed then).
    std::optional<EventId> commit();

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *startField() const { return m_start; }
    QLineEdit *endField() const { return m_end; }
    QTableWidget *actorsTable() const { return m_actors; }
    QTableWidget *sourcesTable() const { return m_sources; }
    NewSourcePanel *newSourcePanel() const { return m_newSource; }
    // What the selected source's account says differently (its row in sourcesTable()).
    AccountEditor *accountEditor() const { return m_account; }
    QPushButton *newSourceButton() const { return m_newSourceButton; }
    // The actor names offered for what is typed in an actor cell (ActorMatch), best first.
    QStringList actorCompletions(const QString &typed) const;
    // Without dialogs (ENTENTE_NO_DIALOGS, tests) the duplicate question takes this answer.
    void setDuplicateChoice(DuplicateChoice choice) { m_duplicateChoice = choice; }
    // The duplicate warning last shown (or that would have been), and the event it names.
    QString duplicateWarning() const { return m_duplicateWarning; }
    std::optional<EventId> duplicateOf() const { return m_addTo; }

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addActorRow(const QString &name, const QString &role);
    void addSourceRow(std::int64_t sourceId, const QString &quote, std::optional<Credibility> credibility,
                      const Account &account = {});
    // The account editor shows the current source row's account, and writes edits back to it.
    void showAccount(int row);
    void keepAccount();
    // A row's account as the editor holds it, checked; the problem in `problem` when it is not.
    std::optional<Account> accountOf(int row, QString &problem);
    void addNewSource(const Source &source, const QString &quote, std::optional<Credibility> credibility);
    // Asks about events this one may repeat; false when the user cancelled.
    bool checkDuplicates();

    Document *m_document;
    Event m_event;
    QList<Actor> m_allActors;
    QStringList m_newActors; // names; actor id -1 - i in m_event until commit()
    QList<Source> m_newSources; // source id -1 - i in m_event until commit()
    std::optional<EventId> m_addTo;
    DuplicateChoice m_duplicateChoice = DuplicateChoice::Ask;
    QString m_duplicateWarning;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLineEdit *m_place;
    QLineEdit *m_tags;
    QTableWidget *m_actors;
    QTableWidget *m_sources;
    QPushButton *m_newSourceButton;
    NewSourcePanel *m_newSource;
    AccountEditor *m_account;
    QLabel *m_problem;
};

} // namespace entente
