#include "eventdialog.h"

#include "document.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace entente {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setMinimumHeight(110);
    return t;
}

QWidget *withButtons(QTableWidget *table, const std::function<void()> &add)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *row = new QHBoxLayout;
    auto *plus = new QPushButton(QCoreApplication::translate("entente::EventDialog", "Add"), box);
    auto *minus = new QPushButton(QCoreApplication::translate("entente::EventDialog", "Remove"), box);
    QObject::connect(plus, &QPushButton::clicked, box, add);
    QObject::connect(minus, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    row->addWidget(plus);
    row->addWidget(minus);
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

} // namespace

EventDialog::EventDialog(Document *document, const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_event(event)
    , m_title(new QLineEdit(event.title, this))
    , m_summary(new QPlainTextEdit(event.summary, this))
    , m_start(new QLineEdit(event.start.toIsoString(), this))
    , m_end(new QLineEdit(event.end ? event.end->toIsoString() : QString(), this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_place(new QLineEdit(event.place, this))
    , m_tags(new QLineEdit(event.tags.join(QStringLiteral(", ")), this))
    , m_actors(makeTable({ tr("Actor"), tr("Role") }, this))
    , m_sources(makeTable({ tr("Source"), tr("Quote") }, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(event.id ? tr("Edit Event") : tr("New Event"));
    m_title->setObjectName(QStringLiteral("titleField"));
    m_start->setObjectName(QStringLiteral("startField"));
    m_end->setObjectName(QStringLiteral("endField"));
    m_start->setPlaceholderText(tr("2022, 2022-03, 2022-03-29 or 2022-03-29T14:30; ~ at the end if approximate"));
    m_end->setPlaceholderText(tr("empty for an instant"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(90);
    m_kind->setEditable(true);
    m_kind->addItems(document->store().kinds());
    m_kind->setCurrentText(event.kind);
    for (ClaimStatus s : kAllClaimStatuses)
        m_status->addItem(claimStatusLabel(s), claimStatusKey(s));
    m_status->setCurrentIndex(m_status->findData(claimStatusKey(event.status)));
    m_tags->setPlaceholderText(tr("comma separated"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Start"), m_start);
    form->addRow(tr("&End"), m_end);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("Claim stat&us"), m_status);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("Su&mmary"), m_summary);
    form->addRow(tr("Ta&gs"), m_tags);
    form->addRow(tr("Actors"), withButtons(m_actors, [this] { addActorRow({}, QStringLiteral("participant")); }));
    form->addRow(tr("Sources"), withButtons(m_sources, [this] { addSourceRow(0, {}); }));
    for (const EventActor &a : event.actors) {
        if (const auto actor = document->store().actor(a.actorId))
            addActorRow(actor->name, a.role);
    }
    for (const EventSource &s : event.sources)
        addSourceRow(s.sourceId, s.quote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 640);
}

void EventDialog::addActorRow(const QString &name, const QString &role)
{
    const int row = m_actors->rowCount();
    m_actors->insertRow(row);
    auto *actor = new QComboBox(m_actors);
    actor->setEditable(true);
    for (const Actor &a : m_document->store().actors())
        actor->addItem(a.name);
    actor->setCurrentText(name);
    m_actors->setCellWidget(row, 0, actor);
    auto *roleBox = new QComboBox(m_actors);
    roleBox->setEditable(true);
    roleBox->addItems({ QStringLiteral("participant"), QStringLiteral("host"), QStringLiteral("mediator"),
                        QStringLiteral("proposer"), QStringLiteral("supporter"), QStringLiteral("opponent"),
                        QStringLiteral("speaker"), QStringLiteral("subject") });
    roleBox->setCurrentText(role);
    m_actors->setCellWidget(row, 1, roleBox);
}

void EventDialog::addSourceRow(std::int64_t sourceId, const QString &quote)
{
    const int row = m_sources->rowCount();
    m_sources->insertRow(row);
    auto *source = new QComboBox(m_sources);
    for (const Source &s : m_document->store().sources())
        source->addItem(s.title.isEmpty() ? s.publisher : s.publisher + QStringLiteral(": ") + s.title,
                        QVariant::fromValue<qint64>(s.id));
    source->setCurrentIndex(std::max(0, source->findData(QVariant::fromValue<qint64>(sourceId))));
    m_sources->setCellWidget(row, 0, source);
    m_sources->setItem(row, 1, new QTableWidgetItem(quote));
}

QString EventDialog::validate()
{
    if (m_title->text().trimmed().isEmpty())
        return tr("The event needs a title.");
    const auto start = FuzzyDate::parse(m_start->text());
    if (!start)
        return tr("The start date \"%1\" is not a date; write it as 2022, 2022-03 or 2022-03-29.").arg(m_start->text());
    std::optional<FuzzyDate> end;
    if (!m_end->text().trimmed().isEmpty()) {
        end = FuzzyDate::parse(m_end->text());
        if (!end)
            return tr("The end date \"%1\" is not a date; write it as 2022, 2022-03 or 2022-03-29.").arg(m_end->text());
        if (end->endSeconds() <= start->startSeconds())
            return tr("The end (%1) is before the start (%2).").arg(end->toIsoString(), start->toIsoString());
    }
    Event e = m_event;
    e.title = m_title->text().trimmed();
    e.summary = m_summary->toPlainText().trimmed();
    e.start = *start;
    e.end = end;
    e.kind = m_kind->currentText().trimmed();
    e.status = claimStatusFromKey(m_status->currentData().toString()).value_or(ClaimStatus::Confirmed);
    e.place = m_place->text().trimmed();
    e.tags.clear();
    for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            e.tags.append(t.trimmed());
    e.actors.clear();
    for (int r = 0; r < m_actors->rowCount(); ++r) {
        const QString name = qobject_cast<QComboBox *>(m_actors->cellWidget(r, 0))->currentText().trimmed();
        const QString role = qobject_cast<QComboBox *>(m_actors->cellWidget(r, 1))->currentText().trimmed();
        if (name.isEmpty())
            continue;
        auto id = m_document->store().findActor(name);
        if (!id) {
            // An unknown actor is offered for creation rather than silently dropped.
            const auto answer = qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS")
                ? QMessageBox::Yes
                : QMessageBox::question(this, tr("New Actor"),
                                        tr("%1 is not in this file. Add it as a new actor?").arg(name));
            if (answer != QMessageBox::Yes)
                return tr("%1 is not an actor of this file.").arg(name);
            Actor a;
            a.name = name;
            id = m_document->addActor(a);
            if (!id)
                return m_document->lastError();
        }
        e.actors.append({ *id, role.isEmpty() ? QStringLiteral("participant") : role });
    }
    e.sources.clear();
    for (int r = 0; r < m_sources->rowCount(); ++r) {
        const auto *box = qobject_cast<QComboBox *>(m_sources->cellWidget(r, 0));
        if (box->currentIndex() < 0)
            continue;
        e.sources.append(
            { box->currentData().toLongLong(), m_sources->item(r, 1) ? m_sources->item(r, 1)->text() : QString() });
    }
    m_event = e;
    return {};
}

void EventDialog::accept()
{
    const QString problem = validate();
    m_problem->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace entente
