#include "recordforms.h"

#include "sourcefields.h"
#include "store/store.h"

#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

namespace entente {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("entente::RecordForms", s);
}

// Runs a dialog whose OK runs `check`: a non-empty answer is shown and keeps the dialog open.
bool runValidated(QDialog &dialog, QFormLayout *form, const std::function<QString()> &check)
{
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, problem, check] {
        const QString p = check();
        problem->setText(p);
        if (p.isEmpty())
            dialog.accept();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog.resize(480, dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

std::optional<Source> RecordForms::editSource(const Source &source, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(source.id ? tr("Edit Source") : tr("New Source"));
    const SourceFields fields(source, &dialog);
    auto *form = new QFormLayout;
    fields.addRows(form);
    Source out = source;
    const bool ok = runValidated(dialog, form, [&]() -> QString { return fields.check(out); });
    return ok ? std::optional<Source>(out) : std::nullopt;
}

std::optional<Era> RecordForms::editEra(const Era &era, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(era.id ? tr("Edit Era") : tr("New Era"));
    auto *name = new QLineEdit(era.name, &dialog);
    auto *start = new QLineEdit(era.start.isValid() ? era.start.toIsoString() : QString(), &dialog);
    auto *end = new QLineEdit(era.end.isValid() ? era.end.toIsoString() : QString(), &dialog);
    auto *colour = new QLineEdit(era.colour, &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Start"), start);
    form->addRow(tr("&End"), end);
    form->addRow(tr("&Colour"), colour);
    Era out = era;
    const bool ok = runValidated(dialog, form, [&]() -> QString {
        if (name->text().trimmed().isEmpty())
            return tr("The era needs a name.");
        const auto s = FuzzyDate::parse(start->text());
        const auto e = FuzzyDate::parse(end->text());
        if (!s || !e)
            return tr("Both dates are needed, as 2022, 2022-03 or 2022-03-29.");
        if (e->endSeconds() <= s->startSeconds())
            return tr("The end is before the start.");
        if (!colour->text().trimmed().isEmpty() && !QColor::isValidColorName(colour->text().trimmed()))
            return tr("\"%1\" is not a colour.").arg(colour->text());
        out.name = name->text().trimmed();
        out.start = *s;
        out.end = *e;
        out.colour = colour->text().trimmed();
        return {};
    });
    return ok ? std::optional<Era>(out) : std::nullopt;
}

std::optional<EventLink> RecordForms::editLink(const Store &store, EventId from, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Link Events"));
    const auto source = store.event(from);
    auto *kind = new QComboBox(&dialog);
    for (LinkKind k : { LinkKind::Follows, LinkKind::RespondsTo, LinkKind::Causes })
        kind->addItem(linkKindLabel(k), static_cast<int>(k));
    auto *target = new QComboBox(&dialog);
    target->setEditable(true);
    target->setInsertPolicy(QComboBox::NoInsert);
    for (const Event &e : store.events(store.eventIds({}, EventOrder::Date, false, 5000, 0))) {
        if (e.id != from)
            target->addItem(e.start.toIsoString() + QStringLiteral("  ") + e.title, QVariant::fromValue<qint64>(e.id));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("This event"), new QLabel(source ? source->title.toHtmlEscaped() : QString(), &dialog));
    form->addRow(tr("&Relation"), kind);
    form->addRow(tr("&Other event"), target);
    EventLink out;
    const bool ok = runValidated(dialog, form, [&]() -> QString {
        if (target->currentIndex() < 0)
            return tr("Choose the other event.");
        out.from = from;
        out.to = target->currentData().toLongLong();
        out.kind = static_cast<LinkKind>(kind->currentData().toInt());
        return {};
    });
    return ok ? std::optional<EventLink>(out) : std::nullopt;
}

std::optional<std::pair<ActorId, ActorId>> RecordForms::chooseMerge(const Store &store, std::optional<ActorId> first,
                                                                    QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Merge Actors"));
    auto *kept = new QComboBox(&dialog);
    auto *merged = new QComboBox(&dialog);
    for (const Actor &a : store.actors()) {
        kept->addItem(a.name, QVariant::fromValue<qint64>(a.id));
        merged->addItem(a.name, QVariant::fromValue<qint64>(a.id));
    }
    if (first)
        kept->setCurrentIndex(kept->findData(QVariant::fromValue<qint64>(*first)));
    merged->setCurrentIndex(kept->currentIndex() == 0 ? 1 : 0);
    auto *form = new QFormLayout;
    form->addRow(tr("&Keep"), kept);
    form->addRow(tr("&Merge into it"), merged);
    form->addRow(new QLabel(tr("The second actor's events, roles, aliases and titles move to the first; its name "
                               "becomes an alias. One step to undo."),
                            &dialog));
    std::pair<ActorId, ActorId> out;
    const bool ok = runValidated(dialog, form, [&]() -> QString {
        if (kept->currentIndex() < 0 || merged->currentIndex() < 0)
            return tr("Choose two actors.");
        if (kept->currentIndex() == merged->currentIndex())
            return tr("Choose two different actors.");
        out = { kept->currentData().toLongLong(), merged->currentData().toLongLong() };
        return {};
    });
    return ok ? std::optional<std::pair<ActorId, ActorId>>(out) : std::nullopt;
}

} // namespace entente
