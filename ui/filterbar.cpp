#include "filterbar.h"

#include "actorpicker.h"
#include "document.h"
#include "gradefiltermenu.h"
#include "rangeslider.h"
#include "selection.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace entente {

namespace {

// Search refilters this long after the last keystroke: short enough that the table follows
// typing within 100 ms at a million events, long enough not to query on every key.
constexpr int kSearchDelayMs = 60;

QToolButton *menuButton(const QString &text, QMenu *menu, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setAccessibleName(text);
    b->setMenu(menu);
    b->setPopupMode(QToolButton::InstantPopup);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

QString isoDay(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

FilterBar::FilterBar(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_range(new RangeSlider(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_actors(new ActorPicker(this))
    , m_kinds(new QMenu(this))
    , m_statuses(new QMenu(this))
    , m_grades(new GradeFilterMenu(this))
    , m_tags(new QMenu(this))
    , m_views(new QMenu(this))
    , m_chipRow(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chipRow))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search titles, actors, places, quotes (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->installEventFilter(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_from->setPlaceholderText(tr("from"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setToolTip(tr("A date as precise as you like: 2022, 2022-03 or 2022-03-29"));
    m_to->setPlaceholderText(tr("to"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setToolTip(m_from->toolTip());
    for (QLineEdit *e : { m_from, m_to })
        e->setMaximumWidth(100);
    m_range->setMinimumWidth(140);

    m_actorsButton = menuButton(tr("Actors"), m_actors, this);
    m_kindsButton = menuButton(tr("Kinds"), m_kinds, this);
    m_statusButton = menuButton(tr("Status"), m_statuses, this);
    m_tagsButton = menuButton(tr("Tags"), m_tags, this);
    m_gradeButton = menuButton(tr("Grade"), m_grades, this);
    m_viewsButton = menuButton(tr("Views"), m_views, this);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_search, 3);
    controls->addSpacing(8);
    controls->addWidget(m_from);
    controls->addWidget(m_range, 2);
    controls->addWidget(m_to);
    controls->addSpacing(8);
    for (QToolButton *b : { m_actorsButton, m_kindsButton, m_statusButton, m_gradeButton, m_tagsButton, m_viewsButton })
        controls->addWidget(b);

    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chipRow->hide();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 4, 6, 4);
    outer->setSpacing(3);
    outer->addLayout(controls);
    outer->addWidget(m_chipRow);

    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        // The clear button and programmatic changes apply at once.
        if (t.isEmpty())
            m_searchTimer->start(0);
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        EventFilter f = m_selection->filter();
        f.text = m_search->text();
        apply(f);
    });
    connect(m_range, &RangeSlider::valuesChanged, this, [this](qint64 lo, qint64 hi) {
        m_from->setText(isoDay(lo));
        m_to->setText(isoDay(hi - 1));
    });
    connect(m_range, &RangeSlider::valuesCommitted, this, [this](qint64 lo, qint64 hi) {
        EventFilter f = m_selection->filter();
        if (m_range->isFull()) {
            f.from.reset();
            f.to.reset();
        } else {
            f.from = lo;
            f.to = hi;
        }
        apply(f);
    });
    for (QLineEdit *e : { m_from, m_to })
        connect(e, &QLineEdit::editingFinished, this, &FilterBar::commitTypedDates);
    connect(m_actors, &ActorPicker::checkedActorsChanged, this, [this](const QList<ActorId> &ids) {
        EventFilter f = m_selection->filter();
        f.actors = ids;
        apply(f);
    });
    connect(m_kinds, &QMenu::triggered, this, [this] {
        EventFilter f = m_selection->filter();
        f.kinds = checkedKeys(m_kinds);
        apply(f);
    });
    connect(m_statuses, &QMenu::triggered, this, [this] {
        EventFilter f = m_selection->filter();
        f.statuses.clear();
        for (const QString &k : checkedKeys(m_statuses))
            f.statuses.append(*claimStatusFromKey(k));
        apply(f);
    });
    connect(m_grades, &GradeFilterMenu::gradeChosen, this, [this] {
        EventFilter f = m_selection->filter();
        m_grades->applyTo(f);
        apply(f);
    });
    connect(m_tags, &QMenu::triggered, this, [this] {
        EventFilter f = m_selection->filter();
        f.tags = checkedKeys(m_tags);
        apply(f);
    });
    connect(m_selection, &Selection::filterChanged, this, &FilterBar::showFilter);
    QStringList statusKeys;
    QStringList statusLabels;
    for (ClaimStatus s : kAllClaimStatuses) {
        statusKeys.append(claimStatusKey(s));
        statusLabels.append(claimStatusLabel(s));
    }
    fillCheckMenu(m_statuses, statusKeys, statusLabels, {});
    setDocument(nullptr);
}

void FilterBar::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (m_document) {
        connect(m_document, &Document::changed, this, [this](const DocumentChange &c) {
            if (c.kind == DocumentChange::Kind::SavedViews)
                rebuildViewsMenu(); // saved, replaced or deleted, or its undo
            else if (c.kind != DocumentChange::Kind::Eras && c.kind != DocumentChange::Kind::Stories)
                reloadChoices();
        });
    }
    reloadChoices();
    showFilter(m_selection->filter());
}

void FilterBar::reloadChoices()
{
    if (!m_document) {
        m_range->setRange(0, 1);
        m_range->setValues(0, 1);
        return;
    }
    const Store &store = m_document->store();
    m_actors->setActors(store);
    const EventFilter f = m_selection->filter();
    const QStringList kinds = store.kinds();
    fillCheckMenu(m_kinds, kinds, kinds, f.kinds);
    const QStringList tags = store.tags();
    fillCheckMenu(m_tags, tags, tags, f.tags);
    m_tagsButton->setVisible(!tags.isEmpty());
    if (const auto span = store.span()) {
        // The slider spans whole years around the data.
        const qint64 lo = FuzzyDate::year(span->first.yearNumber()).startSeconds();
        const qint64 hi = FuzzyDate::year(span->second.yearNumber()).endSeconds();
        m_range->setRange(lo, hi);
    }
    rebuildViewsMenu();
}

void FilterBar::fillCheckMenu(QMenu *menu, const QStringList &keys, const QStringList &labels,
                              const QStringList &checked)
{
    menu->clear();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QAction *a = menu->addAction(labels.value(i, keys[i]));
        a->setCheckable(true);
        a->setChecked(checked.contains(keys[i]));
        a->setData(keys[i]);
    }
    if (keys.isEmpty())
        menu->addAction(tr("(none in this file)"))->setEnabled(false);
}

QStringList FilterBar::checkedKeys(QMenu *menu) const
{
    QStringList keys;
    for (QAction *a : menu->actions()) {
        if (a->isCheckable() && a->isChecked())
            keys.append(a->data().toString());
    }
    return keys;
}

void FilterBar::apply(const EventFilter &filter)
{
    if (m_updating)
        return;
    m_selection->setFilter(filter);
}

void FilterBar::showFilter(const EventFilter &f)
{
    // Reflect a filter set elsewhere without re-emitting it.
    m_updating = true;
    if (m_search->text() != f.text && !m_search->hasFocus())
        m_search->setText(f.text);
    if (f.from || f.to) {
        m_range->setValues(f.from.value_or(m_range->minimum()), f.to.value_or(m_range->maximum()));
        m_from->setText(f.from ? isoDay(*f.from) : QString());
        m_to->setText(f.to ? isoDay(*f.to - 1) : QString());
    } else {
        m_range->setValues(m_range->minimum(), m_range->maximum());
        m_from->clear();
        m_to->clear();
    }
    m_actors->setCheckedActors(f.actors);
    for (QAction *a : m_kinds->actions())
        a->setChecked(f.kinds.contains(a->data().toString()));
    for (QAction *a : m_statuses->actions())
        a->setChecked(std::any_of(f.statuses.begin(), f.statuses.end(),
                                  [&](ClaimStatus s) { return claimStatusKey(s) == a->data().toString(); }));
    for (QAction *a : m_tags->actions())
        a->setChecked(f.tags.contains(a->data().toString()));
    auto label = [](const QString &name, qsizetype n) -> QString {
        return n == 0 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n);
    };
    m_actorsButton->setText(label(tr("Actors"), f.actors.size()));
    m_kindsButton->setText(label(tr("Kinds"), f.kinds.size()));
    m_statusButton->setText(label(tr("Status"), f.statuses.size()));
    m_tagsButton->setText(label(tr("Tags"), f.tags.size()));
    m_grades->showFilter(f);
    m_gradeButton->setText(GradeFilterMenu::buttonText(f));
    m_updating = false;
    rebuildChips(f);
}

void FilterBar::commitTypedDates()
{
    EventFilter f = m_selection->filter();
    const QString fromText = m_from->text().trimmed();
    const QString toText = m_to->text().trimmed();
    const auto from = FuzzyDate::parse(fromText);
    const auto to = FuzzyDate::parse(toText);
    // An unreadable date is marked, not applied.
    m_from->setStyleSheet(fromText.isEmpty() || from ? QString() : QStringLiteral("color: #c0392b"));
    m_to->setStyleSheet(toText.isEmpty() || to ? QString() : QStringLiteral("color: #c0392b"));
    if ((!fromText.isEmpty() && !from) || (!toText.isEmpty() && !to))
        return;
    f.from = from ? std::optional<qint64>(from->startSeconds()) : std::nullopt;
    f.to = to ? std::optional<qint64>(to->endSeconds()) : std::nullopt;
    if (f.from && f.to && *f.to < *f.from)
        std::swap(f.from, f.to);
    apply(f);
}

void FilterBar::rebuildChips(const EventFilter &f)
{
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto addChip = [this](const QString &text, auto removeFrom) {
        auto *chip = new QToolButton(m_chipRow);
        chip->setText(text + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAccessibleName(tr("Remove filter %1").arg(text));
        chip->setAutoRaise(false);
        chip->setProperty("chipText", text);
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; "
                                           "padding: 1px 8px; background: palette(alternate-base); }"));
        connect(chip, &QToolButton::clicked, this, [this, removeFrom] {
            EventFilter next = m_selection->filter();
            removeFrom(next);
            m_selection->setFilter(next);
        });
        m_chipLayout->addWidget(chip);
    };
    if (!f.text.trimmed().isEmpty())
        addChip(tr("Text: %1").arg(f.text.trimmed()), [](EventFilter &n) { n.text.clear(); });
    if (f.from || f.to) {
        const QString from = f.from ? isoDay(*f.from) : QStringLiteral("…");
        const QString to = f.to ? isoDay(*f.to - 1) : QStringLiteral("…");
        addChip(tr("Dates: %1 to %2").arg(from, to), [](EventFilter &n) {
            n.from.reset();
            n.to.reset();
        });
    }
    for (ActorId id : f.actors) {
        const auto actor = m_document ? m_document->store().actor(id) : std::nullopt;
        addChip(tr("Actor: %1").arg(actor ? actor->name : QString::number(id)),
                [id](EventFilter &n) { n.actors.removeAll(id); });
    }
    for (const QString &k : f.kinds)
        addChip(tr("Kind: %1").arg(k), [k](EventFilter &n) { n.kinds.removeAll(k); });
    for (ClaimStatus s : f.statuses)
        addChip(tr("Status: %1").arg(claimStatusLabel(s)), [s](EventFilter &n) { n.statuses.removeAll(s); });
    for (const QString &t : f.tags)
        addChip(tr("Tag: %1").arg(t), [t](EventFilter &n) { n.tags.removeAll(t); });
    if (f.minReliability || f.minCredibility)
        addChip(GradeFilterMenu::buttonText(f), [](EventFilter &n) {
            n.minReliability.reset();
            n.minCredibility.reset();
        });
    if (m_chipLayout->count() > 1) {
        auto *clear = new QToolButton(m_chipRow);
        clear->setText(tr("Clear all"));
        clear->setAutoRaise(true);
        connect(clear, &QToolButton::clicked, this, &FilterBar::removeAllFilters);
        m_chipLayout->addWidget(clear);
    }
    m_chipLayout->addStretch(1);
    m_chipRow->setVisible(m_chipLayout->count() > 1);
}

QStringList FilterBar::chipTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_chipLayout->count(); ++i) {
        if (QWidget *w = m_chipLayout->itemAt(i)->widget(); w && w->property("chipText").isValid())
            texts.append(w->property("chipText").toString());
    }
    return texts;
}

void FilterBar::removeAllFilters()
{
    m_search->clear();
    m_selection->setFilter({});
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in the search box clears it.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::rebuildViewsMenu()
{
    m_views->clear();
    if (!m_document)
        return;
    QAction *save = m_views->addAction(tr("Save Current View…"));
    connect(save, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveCurrentView(name);
    });
    save->setEnabled(!m_document->isReadOnly());
    const QList<SavedView> views = m_document->store().savedViews();
    if (!views.isEmpty())
        m_views->addSection(tr("Saved views"));
    for (const SavedView &v : views) {
        QAction *a = m_views->addAction(v.name);
        connect(a, &QAction::triggered, this, [this, name = v.name] { applyView(name); });
    }
    if (!views.isEmpty() && !m_document->isReadOnly()) {
        QMenu *del = m_views->addMenu(tr("Delete View"));
        for (const SavedView &v : views) {
            QAction *a = del->addAction(v.name);
            connect(a, &QAction::triggered, this, [this, id = v.id] {
                m_document->deleteView(id); // an undo step: the menu follows its announce
            });
        }
    }
}

bool FilterBar::saveCurrentView(const QString &name)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    // An undo step (the menu follows its announce); a refusal is reported by the document.
    return m_document->saveView(name, m_selection->filter()).has_value();
}

void FilterBar::applyView(const QString &name)
{
    if (!m_document)
        return;
    for (const SavedView &v : m_document->store().savedViews()) {
        if (v.name == name) {
            m_search->setText(v.filter.text);
            m_selection->setFilter(v.filter);
            return;
        }
    }
}

} // namespace entente
