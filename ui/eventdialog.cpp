#include "eventdialog.h"

#include "accounteditor.h"
#include "actormatch.h"
#include "document.h"
#include "eventduplicates.h"
#include "newsourcepanel.h"
#include "sourcefields.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
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
    t->setMinimumHeight(96);
    return t;
}

QWidget *withButtons(QTableWidget *table, const std::function<void()> &add, QPushButton *extra = nullptr)
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
    if (extra)
        row->addWidget(extra);
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

} // namespace

EventDialog::EventDialog(Document *document, const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_event(event)
    , m_allActors(document->store().actors())
    , m_title(new QLineEdit(event.title, this))
    , m_summary(new QPlainTextEdit(event.summary, this))
    , m_start(new QLineEdit(event.start.toIsoString(), this))
    , m_end(new QLineEdit(event.end ? event.end->toIsoString() : QString(), this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_place(new QLineEdit(event.place, this))
    , m_tags(new QLineEdit(event.tags.join(QStringLiteral(", ")), this))
    , m_actors(makeTable({ tr("Actor"), tr("Role") }, this))
    , m_sources(makeTable({ tr("Source"), tr("Quote"), tr("Credibility") }, this))
    , m_newSourceButton(new QPushButton(tr("&New Source…"), this))
    , m_newSource(new NewSourcePanel(this))
    , m_account(new AccountEditor(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(event.id ? tr("Edit Event") : tr("New Event"));
    m_title->setObjectName(QStringLiteral("titleField"));
    m_start->setObjectName(QStringLiteral("startField"));
    m_end->setObjectName(QStringLiteral("endField"));
    m_newSourceButton->setObjectName(QStringLiteral("newSourceButton"));
    m_newSourceButton->setAutoDefault(false);
    m_start->setPlaceholderText(tr("2022, 2022-03, 2022-03-29 or 2022-03-29T14:30; ~ at the end if approximate"));
    m_end->setPlaceholderText(tr("empty for an instant"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(66);
    m_kind->setEditable(true);
    m_kind->addItems(document->store().kinds());
    m_kind->setCurrentText(event.kind);
    for (ClaimStatus s : kAllClaimStatuses)
        m_status->addItem(claimStatusLabel(s), claimStatusKey(s));
    m_status->setCurrentIndex(m_status->findData(claimStatusKey(event.status)));
    m_tags->setPlaceholderText(tr("comma separated"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    // The grade's column as wide as "3 — possibly true"; the source and quote share the rest.
    m_sources->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_sources->setColumnWidth(2, fontMetrics().horizontalAdvance(tr("3 — possibly true")) + 48);

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
    form->addRow(tr("Sources"),
                 withButtons(
                     m_sources, [this] { addSourceRow(0, {}, std::nullopt); }, m_newSourceButton));
    for (const EventActor &a : event.actors) {
        if (const auto actor = document->store().actor(a.actorId))
            addActorRow(actor->name, a.role);
    }
    form->addRow(m_account);
    for (const EventSource &s : event.sources)
        addSourceRow(s.sourceId, s.quote, s.credibility, s.account);
    connect(m_sources, &QTableWidget::currentCellChanged, m_account, [this](int row) { showAccount(row); });
    connect(m_account, &AccountEditor::edited, this, &EventDialog::keepAccount);
    showAccount(m_sources->rowCount() > 0 ? 0 : -1);
    connect(m_newSourceButton, &QPushButton::clicked, m_newSource, [this] {
        // The form opens beside the event's: the dialog widens rather than squeezing both.
        if (!m_newSource->isVisible())
            resize(width() + 400, height());
        m_newSource->start();
    });
    connect(m_newSource, &NewSourcePanel::sourceReady, this, &EventDialog::addNewSource);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The new source's form opens beside the event's, so the dialog stays within a 768-pixel screen.
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(m_newSource, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 640);
}

QStringList EventDialog::actorCompletions(const QString &typed) const
{
    QStringList names;
    if (typed.trimmed().isEmpty())
        return names;
    for (ActorId id : ActorMatch::find(m_allActors, typed)) {
        for (const Actor &a : m_allActors) {
            if (a.id == id)
                names.append(a.name);
        }
    }
    return names;
}

void EventDialog::addActorRow(const QString &name, const QString &role)
{
    const int row = m_actors->rowCount();
    m_actors->insertRow(row);
    auto *actor = new QComboBox(m_actors);
    actor->setEditable(true);
    actor->setInsertPolicy(QComboBox::NoInsert);
    for (const Actor &a : m_allActors)
        actor->addItem(a.name);
    actor->setCurrentText(name);
    // Completion anywhere in names and aliases, in any script, ignoring case and accents: the
    // list is made anew on each keystroke and shown as it is (ActorMatch ranks it).
    auto *matches = new QStringListModel(actor);
    auto *completer = new QCompleter(matches, actor);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    actor->setCompleter(completer);
    connect(actor->lineEdit(), &QLineEdit::textEdited, completer, [this, matches, completer](const QString &text) {
        matches->setStringList(actorCompletions(text));
        if (matches->rowCount() > 0)
            completer->complete();
    });
    m_actors->setCellWidget(row, 0, actor);
    auto *roleBox = new QComboBox(m_actors);
    roleBox->setEditable(true);
    roleBox->addItems({ QStringLiteral("participant"), QStringLiteral("host"), QStringLiteral("mediator"),
                        QStringLiteral("proposer"), QStringLiteral("supporter"), QStringLiteral("opponent"),
                        QStringLiteral("speaker"), QStringLiteral("subject") });
    roleBox->setCurrentText(role);
    m_actors->setCellWidget(row, 1, roleBox);
}

namespace {

// Where a source row keeps its account, as the editor's text (AccountEditor::values()).
constexpr int kAccountRole = Qt::UserRole + 1;

} // namespace

void EventDialog::addSourceRow(std::int64_t sourceId, const QString &quote, std::optional<Credibility> credibility,
                               const Account &account)
{
    const int row = m_sources->rowCount();
    m_sources->insertRow(row);
    auto *source = new QComboBox(m_sources);
    auto label = [](const Source &s) -> QString {
        const QString name = s.title.isEmpty() ? s.publisher : s.publisher + QStringLiteral(": ") + s.title;
        return s.reliability ? tr("%1 (%2)").arg(name, reliabilityKey(*s.reliability)) : name;
    };
    for (const Source &s : m_document->store().sources())
        source->addItem(label(s), QVariant::fromValue<qint64>(s.id));
    for (qsizetype i = 0; i < m_newSources.size(); ++i)
        source->addItem(tr("New: %1").arg(label(m_newSources.at(i))), QVariant::fromValue<qint64>(-1 - i));
    source->setCurrentIndex(std::max(0, source->findData(QVariant::fromValue<qint64>(sourceId))));
    m_sources->setCellWidget(row, 0, source);
    auto *quoteItem = new QTableWidgetItem(quote);
    QStringList actorNames;
    for (const ActorId id : account.actors) {
        for (const Actor &a : std::as_const(m_allActors)) {
            if (a.id == id)
                actorNames.append(a.name);
        }
    }
    quoteItem->setData(
        kAccountRole,
        QVariantMap { { QStringLiteral("status"), account.status ? claimStatusKey(*account.status) : QString() },
                      { QStringLiteral("start"), account.start ? account.start->toIsoString() : QString() },
                      { QStringLiteral("end"), account.end ? account.end->toIsoString() : QString() },
                      { QStringLiteral("figure"), account.figure },
                      { QStringLiteral("actors"), actorNames.join(QStringLiteral(", ")) } });
    m_sources->setItem(row, 1, quoteItem);
    m_sources->setCellWidget(row, 2, SourceFields::credibilityBox(credibility, m_sources));
    // The editor's title names the row's source: it follows a change of source.
    connect(source, &QComboBox::currentIndexChanged, this, [this, source] {
        const int current = m_sources->currentRow();
        if (current >= 0 && m_sources->cellWidget(current, 0) == source)
            showAccount(current);
    });
}

void EventDialog::showAccount(int row)
{
    const auto *box = row >= 0 ? qobject_cast<QComboBox *>(m_sources->cellWidget(row, 0)) : nullptr;
    const QTableWidgetItem *item = row >= 0 ? m_sources->item(row, 1) : nullptr;
    if (!box || !item) {
        m_account->setValues({}, {});
        return;
    }
    // The outlet alone (its headline is in the row); an ampersand in it is not a mnemonic.
    const SourceId id = box->currentData().toLongLong();
    QString name;
    if (id < 0)
        name = m_newSources.value(-1 - id).publisher;
    else if (const auto s = m_document->store().source(id))
        name = s->publisher.isEmpty() ? s->title : s->publisher;
    name.replace(u'&', QStringLiteral("&&"));
    m_account->setValues(name, item->data(kAccountRole).toMap());
}

void EventDialog::keepAccount()
{
    if (QTableWidgetItem *item = m_sources->item(m_sources->currentRow(), 1))
        item->setData(kAccountRole, m_account->values());
}

std::optional<Account> EventDialog::accountOf(int row, QString &problem)
{
    const QVariantMap v = m_sources->item(row, 1) ? m_sources->item(row, 1)->data(kAccountRole).toMap() : QVariantMap();
    const QString source = qobject_cast<QComboBox *>(m_sources->cellWidget(row, 0))->currentText();
    Account a;
    a.status = claimStatusFromKey(v.value(QStringLiteral("status")).toString());
    const QString start = v.value(QStringLiteral("start")).toString().trimmed();
    const QString end = v.value(QStringLiteral("end")).toString().trimmed();
    if (!start.isEmpty()) {
        a.start = FuzzyDate::parse(start);
        if (!a.start) {
            problem = tr("The date \"%1\" in the account of %2 is not a date; write it as 2022, 2022-03 or 2022-03-29.")
                          .arg(start, source);
            return std::nullopt;
        }
    }
    if (!end.isEmpty()) {
        a.end = FuzzyDate::parse(end);
        if (!a.start || !a.end || a.end->endSeconds() <= a.start->startSeconds()) {
            problem = tr("The end \"%1\" in the account of %2 needs a start before it.").arg(end, source);
            return std::nullopt;
        }
    }
    a.figure = v.value(QStringLiteral("figure")).toString().trimmed();
    for (const QString &part : v.value(QStringLiteral("actors")).toString().split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        std::optional<ActorId> id = m_document->store().findActor(name);
        if (!id && m_newActors.contains(name))
            id = -1 - m_newActors.indexOf(name);
        if (!id) {
            problem = tr("%1, in the account of %2, is not an actor of this file.").arg(name, source);
            return std::nullopt;
        }
        if (!a.actors.contains(*id))
            a.actors.append(*id);
    }
    return a;
}

void EventDialog::addNewSource(const Source &source, const QString &quote, std::optional<Credibility> credibility)
{
    m_newSources.append(source);
    // Rows made before it offer it too, so a second new source can replace a first.
    for (int r = 0; r < m_sources->rowCount(); ++r) {
        if (auto *box = qobject_cast<QComboBox *>(m_sources->cellWidget(r, 0)))
            box->addItem(tr("New: %1").arg(source.title.isEmpty()
                                               ? source.publisher
                                               : source.publisher + QStringLiteral(": ") + source.title),
                         QVariant::fromValue<qint64>(-m_newSources.size()));
    }
    addSourceRow(-m_newSources.size(), quote, credibility);
    m_sources->setCurrentCell(m_sources->rowCount() - 1, 1);
    m_sources->setFocus();
}

void EventDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the new source's form adds the source; the dialog's OK is the next Enter.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_newSource->isVisible() && m_newSource->isAncestorOf(focusWidget())) {
        m_newSource->submit();
        return;
    }
    QDialog::keyPressEvent(event);
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
    m_newActors.clear();
    for (int r = 0; r < m_actors->rowCount(); ++r) {
        const QString name = qobject_cast<QComboBox *>(m_actors->cellWidget(r, 0))->currentText().trimmed();
        const QString role = qobject_cast<QComboBox *>(m_actors->cellWidget(r, 1))->currentText().trimmed();
        if (name.isEmpty())
            continue;
        auto id = m_document->store().findActor(name);
        if (!id) {
            // An unknown actor is offered for creation (by commit()) rather than silently dropped.
            const auto answer = qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS")
                ? QMessageBox::Yes
                : QMessageBox::question(this, tr("New Actor"),
                                        tr("%1 is not in this file. Add it as a new actor?").arg(name));
            if (answer != QMessageBox::Yes)
                return tr("%1 is not an actor of this file.").arg(name);
            if (!m_newActors.contains(name))
                m_newActors.append(name);
            id = -1 - m_newActors.indexOf(name);
        }
        e.actors.append({ *id, role.isEmpty() ? QStringLiteral("participant") : role });
    }
    e.sources.clear();
    for (int r = 0; r < m_sources->rowCount(); ++r) {
        const auto *box = qobject_cast<QComboBox *>(m_sources->cellWidget(r, 0));
        if (box->currentIndex() < 0)
            continue;
        const SourceId id = box->currentData().toLongLong();
        bool twice = false;
        for (const EventSource &s : std::as_const(e.sources))
            twice = twice || s.sourceId == id;
        if (twice)
            return tr("%1 is cited twice; keep one row for it.").arg(box->currentText());
        QString problem;
        const auto account = accountOf(r, problem);
        if (!account)
            return problem;
        e.sources.append({ id, m_sources->item(r, 1) ? m_sources->item(r, 1)->text() : QString(),
                           SourceFields::credibilityOf(qobject_cast<QComboBox *>(m_sources->cellWidget(r, 2))),
                           *account });
    }
    m_event = e;
    return {};
}

bool EventDialog::checkDuplicates()
{
    m_addTo.reset();
    m_duplicateWarning.clear();
    if (m_event.id != 0)
        return true;
    Event probe = m_event;
    probe.actors.removeIf([](const EventActor &a) { return a.actorId < 0; });
    const QList<EventId> found = EventDuplicates::find(m_document->store(), probe);
    if (found.isEmpty())
        return true;
    const auto other = m_document->store().event(found.first());
    if (!other)
        return true;
    m_duplicateWarning = tr("\"%1\" (%2) is already in this file, on the same day with at least two of the same "
                            "actors. Add this event's sources to it instead of making a second event?")
                             .arg(other->title, other->start.toDisplayString(locale()));
    DuplicateChoice choice = m_duplicateChoice;
    if (qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS")) {
        if (choice == DuplicateChoice::Ask)
            choice = DuplicateChoice::CreateNew;
    } else {
        QMessageBox box(QMessageBox::Question, tr("Already in the File?"), m_duplicateWarning, QMessageBox::NoButton,
                        this);
        box.setTextFormat(Qt::PlainText);
        auto *addTo = box.addButton(tr("Add Sources to It"), QMessageBox::AcceptRole);
        auto *createNew = box.addButton(tr("Create New Event"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(addTo);
        box.exec();
        if (box.clickedButton() == addTo)
            choice = DuplicateChoice::AddToExisting;
        else if (box.clickedButton() == createNew)
            choice = DuplicateChoice::CreateNew;
        else
            return false;
    }
    if (choice == DuplicateChoice::AddToExisting)
        m_addTo = other->id;
    return true;
}

std::optional<EventId> EventDialog::commit()
{
    QUndoStack *stack = m_document->undoStack();
    const int before = stack->index();
    // One step: a macro when new actors or sources come with the event (an unchanged edit then
    // leaves no empty step behind).
    const bool macro = !m_newActors.isEmpty() || !m_newSources.isEmpty();
    if (macro)
        stack->beginMacro(m_addTo ? tr("Add Sources to Event") : (m_event.id ? tr("Edit Event") : tr("New Event")));
    Event e = m_event;
    std::optional<EventId> id;
    bool ok = true;
    QList<ActorId> actorIds;
    for (const QString &name : std::as_const(m_newActors)) {
        Actor a;
        a.name = name;
        const auto created = m_document->addActor(a);
        ok = ok && created;
        actorIds.append(created.value_or(0));
    }
    QList<SourceId> sourceIds;
    for (const Source &s : std::as_const(m_newSources)) {
        const auto created = ok ? m_document->addSource(s) : std::nullopt;
        ok = ok && created;
        sourceIds.append(created.value_or(0));
    }
    for (EventActor &a : e.actors) {
        if (a.actorId < 0)
            a.actorId = actorIds.value(-1 - a.actorId);
    }
    for (EventSource &s : e.sources) {
        if (s.sourceId < 0)
            s.sourceId = sourceIds.value(-1 - s.sourceId);
        for (ActorId &a : s.account.actors) {
            if (a < 0)
                a = actorIds.value(-1 - a);
        }
    }
    if (ok && m_addTo) {
        auto existing = m_document->store().event(*m_addTo);
        ok = existing.has_value();
        if (ok) {
            for (const EventSource &s : std::as_const(e.sources)) {
                if (std::none_of(existing->sources.cbegin(), existing->sources.cend(),
                                 [&s](const EventSource &x) { return x.sourceId == s.sourceId; }))
                    existing->sources.append(s);
            }
            ok = m_document->editEvent(*existing);
            id = existing->id;
        }
    } else if (ok && e.id != 0) {
        ok = m_document->editEvent(e);
        id = e.id;
    } else if (ok) {
        id = m_document->addEvent(e);
        ok = id.has_value();
    }
    if (macro)
        stack->endMacro();
    // A refused step leaves nothing behind: what the macro did before it is undone.
    if (!ok && stack->index() > before)
        stack->undo();
    return ok ? id : std::nullopt;
}

void EventDialog::accept()
{
    QString problem = validate();
    if (problem.isEmpty() && !checkDuplicates())
        problem = tr("Not added: choose where the sources go.");
    m_problem->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace entente
