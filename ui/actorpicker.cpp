#include "actorpicker.h"

#include "store/store.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace entente {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNamesRole = Qt::UserRole + 2;
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
    connect(this, &QMenu::aboutToShow, m_find, [this] { m_find->setFocus(); });
}

void ActorPicker::setActors(const Store &store)
{
    const QList<ActorId> checked = checkedActors();
    m_updating = true;
    m_list->clear();
    for (const Actor &a : store.actors()) {
        auto *item = new QListWidgetItem(a.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(a.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(kIdRole, QVariant::fromValue<qint64>(a.id));
        QStringList names { a.name };
        for (const ActorAlias &al : a.aliases)
            names.append(al.alias);
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
    const QString t = text.trimmed();
    int visible = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        bool match = t.isEmpty();
        for (const QString &name : item->data(kNamesRole).toStringList())
            match = match || name.contains(t, Qt::CaseInsensitive);
        item->setHidden(!match);
        visible += match ? 1 : 0;
    }
    return visible;
}

} // namespace entente
