#pragma once

#include "actor.h"
#include "source.h"

#include <QList>
#include <QString>

#include <utility>

namespace entente {

class Store;

// What a whole-file export reads beside the events, as stored, in a stable order: an export
// written twice from one file is the same byte for byte.
class ExportRows
{
public:
    struct SavedViewRow
    {
        QString name;
        QString filter; // the filter's JSON as stored, unknown keys kept
    };
    struct NodePositionRow
    {
        QString node; // "a<id>" or "e<id>"
        double x = 0;
        double y = 0;
    };

    // The dataset's properties, by key.
    static QList<std::pair<QString, QString>> meta(const Store &store);
    static QList<ActorId> actorIds(const Store &store); // by id
    static QList<SourceId> sourceIds(const Store &store); // by id
    static QList<SavedViewRow> savedViews(const Store &store); // by name
    static QList<NodePositionRow> nodePositions(const Store &store); // by node
};

} // namespace entente
