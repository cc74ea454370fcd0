#include "highlightactorsdialog.h"

#include "store/store.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace entente {

namespace {
constexpr int kActorIdRole = Qt::UserRole + 1;
}

HighlightActorsDialog::HighlightActorsDialog(const Store &store, EventId event, const QList<ActorId> &checked,
                                             QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Highlight Actors"));
    QList<ActorId> own;
    if (const auto e = store.event(event)) {
        for (const EventActor &a : e->actors) {
            if (!own.contains(a.actorId))
                own.append(a.actorId);
        }
    }
    const QList<Actor> all = store.actors();
    QHash<ActorId, QString> names;
    for (const Actor &a : all)
        names.insert(a.id, a.name);
    auto add = [&](ActorId id, const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kActorIdRole, QVariant::fromValue<qlonglong>(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    };
    for (ActorId id : std::as_const(own))
        add(id, tr("%1 (in this event)").arg(names.value(id)));
    for (const Actor &a : all) {
        if (!own.contains(a.id))
            add(a.id, a.name);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The presentation shows these actors' lanes at full colour:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(360, 480);
}

QList<ActorId> HighlightActorsDialog::actors() const
{
    QList<ActorId> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kActorIdRole).toLongLong());
    }
    return ids;
}

} // namespace entente
