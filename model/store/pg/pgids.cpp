// PgMirror's ids for new rows: every id a shared timeline's new row takes comes from the server's
// sequence for its table, so two people adding at once never collide. One row takes one id per
// round trip; an import (or a write adding many rows) reserves blocks of them in one round trip
// each, kept until used.
#include "store/pg/pgmirror.h"

#include "store/pg/pgschema.h"

#include <QCoreApplication>

#include <algorithm>

namespace entente::pg {

namespace {

// takeId's calls for one table in one write after which it reserves blocks instead, and the
// largest block it reserves.
constexpr int kOneByOne = 8;
constexpr qint64 kLargestTakeBlock = 4096;

// The first `wanted` ids of the first run in `runs` (taken out of it).
IdRange popIds(QList<IdRange> &runs, std::int64_t wanted)
{
    IdRange &first = runs.first();
    const IdRange out { first.from, first.from + std::min<std::int64_t>(wanted, first.to - first.from) };
    first.from = out.to;
    if (first.isEmpty())
        runs.removeFirst();
    return out;
}

} // namespace

qint64 PgMirror::takeId(const char *table)
{
    const PgTable *t = PgSchema::current().table(QByteArray(table));
    if (!t || !t->hasIdSequence())
        return 0;
    if (m_reserved.value(t->name).isEmpty()) {
        const int taken = ++m_takenInWrite[t->name];
        if (taken <= kOneByOne)
            return m_connection
                ->exec("SELECT entente_take_ids($1::regclass, 1)", { QString::fromUtf8(t->name + "_id_seq") })
                .toInt64(0, 0);
        // Many rows in one write: blocks growing with them, in one round trip each.
        reserveFromServer(*t, std::min<qint64>(qint64(taken) * 2, kLargestTakeBlock));
    }
    return popIds(m_reserved[t->name], 1).from;
}

IdRange PgMirror::reserveIds(const char *table, qint64 wanted)
{
    const PgTable *t = PgSchema::current().table(QByteArray(table));
    if (!t || !t->hasIdSequence() || wanted <= 0)
        return {};
    if (m_reserved.value(t->name).isEmpty())
        reserveFromServer(*t, wanted);
    return popIds(m_reserved[t->name], wanted);
}

void PgMirror::reserveFromServer(const PgTable &table, qint64 count)
{
    const PgResult r = m_connection->exec("SELECT first, last FROM entente_take_id_runs($1::regclass, $2)",
                                          { QString::fromUtf8(table.name + "_id_seq"), count });
    QList<IdRange> runs;
    for (int row = 0; row < r.rows(); ++row)
        runs.append({ r.toInt64(row, 0), r.toInt64(row, 1) + 1 });
    if (runs.isEmpty()) // the server answers at least one run
        throw StoreError(
            StoreError::Kind::Other,
            QCoreApplication::translate("entente::PgMirror", "The shared timeline %1 gave no ids for new rows.")
                .arg(m_connection->target().displayName()));
    m_reserved[table.name].append(runs);
    if (m_reservedHook)
        m_reservedHook(table.name);
}

} // namespace entente::pg
