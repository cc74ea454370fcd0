#pragma once

#include "store.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <memory>

namespace entente {

// The store's side of the document's read queue and of an import's undo: a second, read-only
// connection to the file a writer has open, and the highest ids a file holds (what an import
// adds is everything above them).
class StoreReader
{
public:
    // A read-only Store on the file `writer` has open, for a worker thread: a connection of its
    // own (WAL: it sees every committed edit), read-only files and damaged files that opened
    // read-only included. Null, with `error` set, when there can be no second connection: a
    // database in memory, or a file that has gone or will no longer open.
    static std::unique_ptr<Store> open(const Store &writer, QString *error = nullptr);

    // The highest id in each table an import adds to (0 when empty).
    struct Marks
    {
        std::int64_t events = 0;
        std::int64_t actors = 0;
        std::int64_t sources = 0;
        std::int64_t eras = 0;
        std::int64_t stories = 0;
        std::int64_t links = 0;
    };
    static Marks marks(Store &store);
    // The ids above `mark` in that table, in order, or none when there are more than `limit`
    // (`count` then says how many there are).
    enum class Table { Events, Actors, Sources, Eras, Stories, Links };
    static QList<std::int64_t> idsAbove(Store &store, Table table, std::int64_t mark, qint64 limit = -1,
                                        qint64 *count = nullptr);
};

} // namespace entente
