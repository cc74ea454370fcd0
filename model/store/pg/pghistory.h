#pragma once

// Who changed a shared timeline, and when: reads of its change log (entente_changes, written by
// the server's triggers, so nobody can leave a change out of it) for View ▸ History and the
// Details panel's "edited by olena, 14:02". Reads the server, never the mirror: the log is not
// copied. Every call throws StoreError (Connection) when the server cannot be reached; a file's
// store has no history (empty results).

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

class Store;

struct HistoryEntry
{
    enum class Op { Added, Edited, Removed, Bulk };
    qint64 seq = 0;
    QString user; // the database role ("olena")
    QDateTime at; // UTC
    Op op = Op::Edited;
    QString table; // "events", "event_actors", ...
    qint64 id = 0; // the record (an event's id for event_actors), 0 when the key is not a number
    QString title; // the record's title or name as it is now (empty when it is gone)
    QStringList fields; // the columns an edit changed
};

namespace pg {

class PgHistory
{
public:
    // The newest `limit` changes, newest first; `table` (and `id`) narrow them to one kind of
    // record (and one record, with the rows of its relations: event_actors for an event).
    static QList<HistoryEntry> recent(const Store &store, int limit, const QString &table = QString(), qint64 id = 0);
    // The last change to one record ("edited by olena, 14:02"), if the log has one.
    static std::optional<HistoryEntry> lastChange(const Store &store, const QString &table, qint64 id);
};

} // namespace pg
} // namespace entente
