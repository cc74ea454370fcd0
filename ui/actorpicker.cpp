#include "actorpicker.h"

#include "actormatch.h"
#include "store/store.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace entente {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNamesRole = Qt::UserRole + 2; // the names and aliases, folded (ActorMatch)

// Fusion outlines a check box in a shade of the window colour, which in the dark theme is the
// list's own background: an unticked box did not show. The outline is drawn again in the text
// colour, in every theme.
class CheckOutlineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(Qt::CheckStateRole).isValid())
            return;
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        const QRect box = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(opt.palette.color(QPalette::Text), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box.adjusted(1, 1, -2, -2));
        painter->restore();
    }
};

} // namespace

ActorPicker::ActorPicker(QWidget *parent)
    : QMenu(parent)
    , m_find(new QLineEdit)
    , m_list(new QListWidget)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    m_find->setPlaceholderText(tr("Find an actor or alias"));
    m_find->setAccessibleName(tr("Find an actor"));
    m_find->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Actors"));
    m_list->setMinimumSize(280, 260);
    m_list->setItemDelegate(new CheckOutlineDelegate(m_list));
    m_list->installEventFilter(this);
    layout->addWidget(m_find);
    layout->addWidget(m_list);
    auto *action = new QWidgetAction(this);
    action->setDefaultWidget(box);
    addAction(action);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &t) { narrow(t); });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit checkedActorsChanged(checkedActors());
    });
    // A click anywhere on the row ticks it, not only on the small box (the items are not
    // user-checkable, so the view does not toggle a box click a second time); Space does too.
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { toggle(item); });
    connect(this, &QMenu::aboutToShow, m_find, [this] { m_find->setFocus(); });
}

void ActorPicker::setActors(const Store &store)
{
    const QList<ActorId> checked = checkedActors();
    m_updating = true;
    m_list->clear();
    for (const Actor &a : store.actors()) {
        auto *item = new QListWidgetItem(a.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(a.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(kIdRole, QVariant::fromValue<qint64>(a.id));
        QStringList names { ActorMatch::folded(a.name) };
        for (const ActorAlias &al : a.aliases)
            names.append(ActorMatch::folded(al.alias));
        item->setData(kNamesRole, names);
        if (!a.aliases.isEmpty()) {
            QStringList aliases;
            for (const ActorAlias &al : a.aliases)
                aliases.append(al.alias);
            item->setToolTip(tr("Also: %1").arg(aliases.join(QStringLiteral(", "))));
        }
    }
    m_updating = false;
    narrow(m_find->text());
}

QList<ActorId> ActorPicker::checkedActors() const
{
    QList<ActorId> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(kIdRole).toLongLong());
    }
    return ids;
}

void ActorPicker::setCheckedActors(const QList<ActorId> &ids)
{
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

int ActorPicker::narrow(const QString &text)
{
    const QString t = ActorMatch::folded(text.trimmed());
    int visible = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        bool match = t.isEmpty();
        for (const QString &name : item->data(kNamesRole).toStringList())
            match = match || name.contains(t);
        item->setHidden(!match);
        visible += match ? 1 : 0;
    }
    return visible;
}

void ActorPicker::toggle(QListWidgetItem *item)
{
    if (item)
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

bool ActorPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        toggle(m_list->currentItem());
        return true;
    }
    return QMenu::eventFilter(watched, event);
}

QListWidget *ActorPicker::list() const
{
    return m_list;
}

} // namespace entente
