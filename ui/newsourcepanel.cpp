#include "newsourcepanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

NewSourcePanel::NewSourcePanel(QWidget *parent)
    : QGroupBox(tr("New source"), parent)
    , m_fields(Source {}, this)
    , m_quote(new QLineEdit(this))
    , m_credibility(SourceFields::credibilityBox(std::nullopt, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("newSourcePanel"));
    m_quote->setObjectName(QStringLiteral("sourceQuote"));
    m_credibility->setObjectName(QStringLiteral("sourceCredibility"));
    m_quote->setPlaceholderText(tr("the sentence that says so"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    m_fields.addRows(form);
    form->addRow(tr("&Quote"), m_quote);
    form->addRow(tr("Cre&dibility"), m_credibility);
    auto *add = new QPushButton(tr("Add Source"), this);
    add->setObjectName(QStringLiteral("addSourceButton"));
    add->setAutoDefault(false);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] { submit(); });
    connect(cancel, &QPushButton::clicked, this, [this] { hide(); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    hide();
}

void NewSourcePanel::start()
{
    m_fields.clear();
    m_quote->clear();
    m_credibility->setCurrentIndex(0);
    m_problem->clear();
    show();
    m_fields.publisher()->setFocus();
}

QString NewSourcePanel::submit()
{
    Source s;
    const QString problem = m_fields.check(s);
    m_problem->setText(problem);
    if (!problem.isEmpty())
        return problem;
    hide();
    emit sourceReady(s, m_quote->text().trimmed(), SourceFields::credibilityOf(m_credibility));
    return {};
}

} // namespace entente
