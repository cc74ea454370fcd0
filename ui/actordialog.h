#pragma once

#include "actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace entente {

// Adds or edits an actor: name, kind, description, colour, aliases (one a line, an optional
// language tag in brackets: "Kiev", "Київ [uk]") and dated titles ("UK Prime Minister |
// 2019-07-24 | 2022-09-06").
class ActorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorDialog)

public:
    explicit ActorDialog(const Actor &actor, QWidget *parent = nullptr);
    Actor actor() const { return m_actor; }
    QString validate();
    void accept() override;

    static QList<ActorAlias> parseAliases(const QString &text);
    // Returns nullopt, with the line in `problem`, when a line cannot be read.
    static std::optional<QList<ActorTitle>> parseTitles(const QString &text, QString *problem);

private:
    Actor m_actor;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
    QLineEdit *m_colour;
    QPlainTextEdit *m_aliases;
    QPlainTextEdit *m_titles;
    QLabel *m_problem;
};

} // namespace entente
