#pragma once

#include "source.h"

#include <QCoreApplication>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace entente {

// The fields of a source, as Edit ▸ New Source and the event dialog's new source ask for them:
// outlet, headline, author, date, link and reliability grade.
class SourceFields
{
    Q_DECLARE_TR_FUNCTIONS(entente::SourceFields)

public:
    SourceFields(const Source &source, QWidget *parent);
    void addRows(QFormLayout *form) const;
    // Checks the fields; on success fills `out` (its id kept) and returns an empty string.
    QString check(Source &out) const;
    void clear();

    QLineEdit *publisher() const { return m_publisher; }
    QLineEdit *title() const { return m_title; }
    QLineEdit *author() const { return m_author; }
    QLineEdit *published() const { return m_published; }
    QLineEdit *url() const { return m_url; }
    QComboBox *reliability() const { return m_reliability; }

    // A combo of "not graded" and the grades with their meaning; the item data is the letter or
    // number, empty for none. Typing the letter or digit chooses it.
    static QComboBox *reliabilityBox(std::optional<Reliability> value, QWidget *parent);
    static QComboBox *credibilityBox(std::optional<Credibility> value, QWidget *parent);
    static std::optional<Reliability> reliabilityOf(const QComboBox *box);
    static std::optional<Credibility> credibilityOf(const QComboBox *box);

private:
    QLineEdit *m_publisher;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QLineEdit *m_published;
    QLineEdit *m_url;
    QComboBox *m_reliability;
};

} // namespace entente
