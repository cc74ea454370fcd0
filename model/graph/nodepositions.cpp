#include "nodepositions.h"

#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace entente {

namespace {

QSet<QString> readPinned(Store &store)
{
    const QStringList keys
        = store.meta(QString::fromLatin1(NodePositions::kPinnedMetaKey)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(keys.begin(), keys.end());
}

void writePinned(Store &store, const QSet<QString> &pinned)
{
    QStringList keys(pinned.begin(), pinned.end());
    std::sort(keys.begin(), keys.end());
    store.setMeta(QString::fromLatin1(NodePositions::kPinnedMetaKey), keys.join(QLatin1Char(' ')));
}

} // namespace

NodePositions NodePositions::load(Store &store)
{
    NodePositions result;
    result.positions = store.nodePositions();
    // A pin without a position pins nothing.
    const QSet<QString> pinned = readPinned(store);
    for (const QString &key : pinned) {
        if (result.positions.contains(key))
            result.pinned.insert(key);
    }
    return result;
}

void NodePositions::save(Store &store, const NodePositions &value)
{
    store.transaction([&] {
        store.setNodePositions(value.positions);
        writePinned(store, value.pinned);
    });
}

void NodePositions::saveLayout(Store &store, const QHash<QString, QPointF> &positions)
{
    store.transaction([&] {
        // Pinned nodes stay where the user put them, whatever the layout says.
        const QSet<QString> pinned = readPinned(store);
        QHash<QString, QPointF> unpinned;
        for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
            if (!pinned.contains(it.key()))
                unpinned.insert(it.key(), it.value());
        }
        store.setNodePositions(unpinned);
    });
}

void NodePositions::remove(Store &store, const QSet<QString> &keys)
{
    store.transaction([&] {
        store.removeNodePositions(keys);
        writePinned(store, readPinned(store) - keys);
    });
}

SetNodePositionsCommand::SetNodePositionsCommand(Document *document,
                                                 const QHash<QString, std::optional<QPointF>> &after)
    : DocumentCommand(document, QCoreApplication::translate("entente::Commands", "Pin graph nodes"))
    , m_after(after)
{
    // A single unpin says so in the Edit menu.
    const QList<std::optional<QPointF>> values = after.values();
    if (values.size() == 1 && !values.first())
        setText(QCoreApplication::translate("entente::Commands", "Unpin graph node"));
}

DocumentChange SetNodePositionsCommand::doRedo()
{
    if (!m_haveBefore) {
        const NodePositions now = NodePositions::load(store());
        for (auto it = m_after.constBegin(); it != m_after.constEnd(); ++it) {
            m_before.insert(
                it.key(), now.pinned.contains(it.key()) ? std::optional(now.positions.value(it.key())) : std::nullopt);
        }
        m_haveBefore = true;
    }
    return apply(m_after);
}

DocumentChange SetNodePositionsCommand::doUndo()
{
    return apply(m_before);
}

DocumentChange SetNodePositionsCommand::apply(const QHash<QString, std::optional<QPointF>> &values)
{
    NodePositions now = NodePositions::load(store());
    QSet<QString> unpin;
    NodePositions pins;
    pins.pinned = now.pinned;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value()) {
            pins.positions.insert(it.key(), *it.value());
            pins.pinned.insert(it.key());
        } else {
            unpin.insert(it.key());
            pins.pinned.remove(it.key());
        }
    }
    NodePositions::save(store(), pins);
    if (!unpin.isEmpty())
        NodePositions::remove(store(), unpin);
    return { DocumentChange::Kind::Meta, {} };
}

} // namespace entente
