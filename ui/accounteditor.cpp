#include "accounteditor.h"

#include "claimstatus.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace entente {

AccountEditor::AccountEditor(QWidget *parent)
    : QGroupBox(parent)
    , m_status(new QComboBox(this))
    , m_start(new QLineEdit(this))
    , m_end(new QLineEdit(this))
    , m_figure(new QLineEdit(this))
    , m_actors(new QLineEdit(this))
{
    setObjectName(QStringLiteral("accountEditor"));
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_start->setObjectName(QStringLiteral("accountStart"));
    m_end->setObjectName(QStringLiteral("accountEnd"));
    m_figure->setObjectName(QStringLiteral("accountFigure"));
    m_actors->setObjectName(QStringLiteral("accountActors"));
    m_status->addItem(tr("as the event"), QString());
    for (ClaimStatus s : kAllClaimStatuses)
        m_status->addItem(claimStatusLabel(s), claimStatusKey(s));
    m_start->setPlaceholderText(tr("as the event"));
    m_end->setPlaceholderText(tr("end, if any"));
    m_end->setAccessibleName(tr("The end of its date"));
    m_figure->setPlaceholderText(tr("1,000 each, 390 on the first day"));
    m_actors->setPlaceholderText(tr("as the event"));
    m_actors->setToolTip(tr("The actors this source names as taking part, comma separated"));
    m_figure->setToolTip(tr("The numbers this source gives, as it gives them"));
    auto *grid = new QGridLayout(this);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("Sa&ys it is"), m_status), 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(label(tr("&Its date"), m_start), 0, 2);
    auto *dates = new QHBoxLayout;
    dates->setSpacing(6);
    dates->addWidget(m_start, 1);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_end, 1);
    grid->addLayout(dates, 0, 3);
    grid->addWidget(label(tr("&Figure"), m_figure), 1, 0);
    grid->addWidget(m_figure, 1, 1);
    grid->addWidget(label(tr("&Who took part"), m_actors), 1, 2);
    grid->addWidget(m_actors, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    // Two rows under the sources: the dialog stays within a 768-pixel screen.
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(4);
    auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    for (QLineEdit *e : { m_start, m_end, m_figure, m_actors })
        connect(e, &QLineEdit::textEdited, this, changed);
    setValues({}, {});
}

void AccountEditor::setValues(const QString &sourceName, const QVariantMap &values)
{
    m_loading = true;
    setTitle(sourceName.isEmpty() ? tr("Account: select a source above")
                                  : tr("What %1 says differently").arg(sourceName));
    setEnabled(!sourceName.isEmpty());
    m_status->setCurrentIndex(std::max(0, m_status->findData(values.value(QStringLiteral("status")).toString())));
    m_start->setText(values.value(QStringLiteral("start")).toString());
    m_end->setText(values.value(QStringLiteral("end")).toString());
    m_figure->setText(values.value(QStringLiteral("figure")).toString());
    m_actors->setText(values.value(QStringLiteral("actors")).toString());
    m_loading = false;
}

QVariantMap AccountEditor::values() const
{
    return { { QStringLiteral("status"), m_status->currentData().toString() },
             { QStringLiteral("start"), m_start->text() },
             { QStringLiteral("end"), m_end->text() },
             { QStringLiteral("figure"), m_figure->text() },
             { QStringLiteral("actors"), m_actors->text() } };
}

} // namespace entente
