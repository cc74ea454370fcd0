#pragma once

#include "eventtablemodel.h"

#include <QList>

namespace entente::test {

// The events a table model shows, by id, top to bottom.
inline QList<EventId> tableIds(const EventTableModel &model)
{
    QList<EventId> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, 0).data(EventTableModel::EventIdRole).toLongLong());
    return ids;
}

} // namespace entente::test
