#pragma once

#include "sourcefields.h"

#include <QGroupBox>

class QLabel;

namespace entente {

// The event dialog's form for a source that is not in the file yet (today's article): outlet,
// headline, author, date, link and grade, with the quote it gives for the event and how credible
// that is. "Add Source" hands them to the dialog, which creates the source when it commits.
class NewSourcePanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSourcePanel)

public:
    explicit NewSourcePanel(QWidget *parent = nullptr);

    const SourceFields &fields() const { return m_fields; }
    QLineEdit *quote() const { return m_quote; }
    QComboBox *credibility() const { return m_credibility; }
    // Opens the panel empty, the cursor in the outlet.
    void start();
    // Checks the form and, if it is complete, emits sourceReady and closes. Returns the problem.
    QString submit();

signals:
    void sourceReady(const entente::Source &source, const QString &quote,
                     std::optional<entente::Credibility> credibility);

private:
    SourceFields m_fields;
    QLineEdit *m_quote;
    QComboBox *m_credibility;
    QLabel *m_problem;
};

} // namespace entente
