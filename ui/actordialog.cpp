#include "actordialog.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace entente {

ActorDialog::ActorDialog(const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_name(new QLineEdit(actor.name, this))
    , m_kind(new QComboBox(this))
    , m_description(new QPlainTextEdit(actor.description, this))
    , m_colour(new QLineEdit(actor.colour, this))
    , m_aliases(new QPlainTextEdit(this))
    , m_titles(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(actor.id ? tr("Edit Actor") : tr("New Actor"));
    for (ActorKind k : kAllActorKinds)
        m_kind->addItem(actorKindLabel(k), actorKindKey(k));
    m_kind->setCurrentIndex(m_kind->findData(actorKindKey(actor.kind)));
    m_colour->setPlaceholderText(tr("#rrggbb, or empty for the palette's choice"));
    QStringList aliasLines;
    for (const ActorAlias &a : actor.aliases)
        aliasLines.append(a.language.isEmpty() ? a.alias : QStringLiteral("%1 [%2]").arg(a.alias, a.language));
    m_aliases->setPlainText(aliasLines.join(u'\n'));
    m_aliases->setPlaceholderText(tr("One a line; a language in brackets: Київ [uk]"));
    QStringList titleLines;
    for (const ActorTitle &t : actor.titles)
        titleLines.append(
            QStringLiteral("%1 | %2 | %3")
                .arg(t.title, t.from ? t.from->toIsoString() : QString(), t.to ? t.to->toIsoString() : QString()));
    m_titles->setPlainText(titleLines.join(u'\n'));
    m_titles->setPlaceholderText(tr("Title | from | to, one a line: UK Prime Minister | 2019-07-24 | 2022-09-06"));
    for (QPlainTextEdit *e : { m_description, m_aliases, m_titles }) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(90);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Colour"), m_colour);
    form->addRow(tr("&Aliases"), m_aliases);
    form->addRow(tr("&Titles"), m_titles);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 520);
}

QList<ActorAlias> ActorDialog::parseAliases(const QString &text)
{
    static const QRegularExpression kTagged(QStringLiteral("^(.*\\S)\\s*\\[([A-Za-z-]{2,12})\\]$"));
    QList<ActorAlias> out;
    for (const QString &line : text.split(u'\n')) {
        const QString l = line.trimmed();
        if (l.isEmpty())
            continue;
        const auto m = kTagged.match(l);
        out.append(m.hasMatch() ? ActorAlias { m.captured(1), m.captured(2) } : ActorAlias { l, QString() });
    }
    return out;
}

std::optional<QList<ActorTitle>> ActorDialog::parseTitles(const QString &text, QString *problem)
{
    QList<ActorTitle> out;
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList parts = line.split(u'|');
        ActorTitle t;
        t.title = parts.value(0).trimmed();
        for (int i : { 1, 2 }) {
            const QString d = parts.value(i).trimmed();
            if (d.isEmpty())
                continue;
            const auto date = FuzzyDate::parse(d);
            if (!date) {
                *problem = tr("In the titles, \"%1\" is not a date.").arg(d);
                return std::nullopt;
            }
            (i == 1 ? t.from : t.to) = date;
        }
        if (t.title.isEmpty()) {
            *problem = tr("A title line has no title: \"%1\".").arg(line.trimmed());
            return std::nullopt;
        }
        out.append(t);
    }
    return out;
}

QString ActorDialog::validate()
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The actor needs a name.");
    if (!m_colour->text().trimmed().isEmpty() && !QColor::isValidColorName(m_colour->text().trimmed()))
        return tr("\"%1\" is not a colour; write it as #rrggbb.").arg(m_colour->text().trimmed());
    QString problem;
    const auto titles = parseTitles(m_titles->toPlainText(), &problem);
    if (!titles)
        return problem;
    m_actor.name = m_name->text().trimmed();
    m_actor.kind = actorKindFromKey(m_kind->currentData().toString()).value_or(ActorKind::Person);
    m_actor.description = m_description->toPlainText().trimmed();
    m_actor.colour = m_colour->text().trimmed();
    m_actor.aliases = parseAliases(m_aliases->toPlainText());
    m_actor.titles = *titles;
    return {};
}

void ActorDialog::accept()
{
    const QString problem = validate();
    m_problem->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace entente
