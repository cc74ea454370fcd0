#pragma once

#include "event.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace entente {

class Document;

// Adds or edits an event: title, dates as precise as known, kind, claim status, place, actors
// with roles, sources with quotes, tags. Validates before it accepts: an empty title, an
// unreadable date or an end before the start are named under the form; an actor not in the
// file is offered for creation.
class EventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDialog)

public:
    EventDialog(Document *document, const Event &event, QWidget *parent = nullptr);

    // The event as edited; valid after accept().
    Event event() const { return m_event; }
    // Checks the form; returns the problem in one sentence, or an empty string.
    QString validate();

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *startField() const { return m_start; }
    QLineEdit *endField() const { return m_end; }
    QTableWidget *actorsTable() const { return m_actors; }

    void accept() override;

private:
    void addActorRow(const QString &name, const QString &role);
    void addSourceRow(std::int64_t sourceId, const QString &quote);

    Document *m_document;
    Event m_event;
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
    QLabel *m_problem;
};

} // namespace entente
