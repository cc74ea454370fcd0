#pragma once

#include "undocommands.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>

#include <optional>

namespace entente {

class Store;

// Graph positions kept in the file, by node key ("a<id>" / "e<id>"), in the `node_positions`
// table: the nodes a user pinned, and — when a layout is saved for export — every node, so GEXF
// and GraphML writers can give Gephi the same picture. Which of them are pinned is kept in the
// meta table under kPinnedMetaKey, as space-separated keys.
struct NodePositions
{
    static constexpr const char *kPinnedMetaKey = "graph.pinned";

    QHash<QString, QPointF> positions;
    QSet<QString> pinned;

    bool operator==(const NodePositions &) const = default;

    static NodePositions load(const Store &store);
    // Writes `positions` (replacing those keys) and replaces the pinned set.
    static void save(Store &store, const NodePositions &value);
    // Writes a computed layout for exporters, keeping what is pinned.
    static void saveLayout(Store &store, const QHash<QString, QPointF> &positions);
    // Removes the given keys' positions and pins.
    static void remove(Store &store, const QSet<QString> &keys);
};

// Pins (or moves) nodes at positions, or unpins them: one undoable step.
class SetNodePositionsCommand final : public DocumentCommand
{
public:
    // `after` maps a key to its new pinned position, or to nullopt to unpin it.
    SetNodePositionsCommand(Document *document, const QHash<QString, std::optional<QPointF>> &after);

protected:
    DocumentChange doRedo() override;
    DocumentChange doUndo() override;

private:
    DocumentChange apply(const QHash<QString, std::optional<QPointF>> &values);
    QHash<QString, std::optional<QPointF>> m_after;
    QHash<QString, std::optional<QPointF>> m_before;
    bool m_haveBefore = false;
};

} // namespace entente
