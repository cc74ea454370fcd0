#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace entente {

class TimelineIndex;

// A built TimelineIndex kept on disk beside the user's cache, so a large file unchanged since
// its last build opens without reading its five million rows again (a build at 5M events is
// 6-15 s of two threads; reading the columns back, about 175 MB, a fraction of a second).
//
// An entry belongs to one file path and holds the file's fingerprint when the index was read:
// the size and modification time of the file and of its write-ahead log, and the SQLite header
// (page count, change counter, schema cookie). Any write to the file changes one of them, and an
// entry whose fingerprint differs is never used: it is built again and replaced. Only files
// with at least minimumRows() events are kept; the oldest entries go beyond kMaxEntries.
class TimelineIndexCache
{
public:
    struct Fingerprint
    {
        std::int64_t size = 0;
        std::int64_t modified = 0; // ns since the epoch
        std::int64_t walSize = 0; // 0 when there is no log, or an empty one
        std::int64_t walModified = 0; // 0 with walSize 0
        QByteArray header; // the first 100 bytes of the file

        bool operator==(const Fingerprint &) const = default;
    };

    // The fingerprint of a file on disk now; nullopt when it cannot be read.
    static std::optional<Fingerprint> fingerprint(const QString &file);
    // Fills `index` from the entry of `file` when it has one made at `print`, complete and
    // consistent; false (and `index` untouched) otherwise.
    static bool load(TimelineIndex &index, const QString &file, const Fingerprint &print);
    // Whether `file` has an entry made at its fingerprint now (a load() would likely succeed):
    // reads the entry's head only.
    static bool isCurrent(const QString &file);
    // Writes the entry of `file` (atomically: a reader sees the old entry or the new one).
    // Files with fewer than minimumRows() events are not kept. False when it could not write.
    static bool save(const TimelineIndex &index, const QString &file, const Fingerprint &print);
    // Drops the entry of `file`, if any.
    static void remove(const QString &file);
    // Where the entry of `file` lives.
    static QString entryPath(const QString &file);

    static std::size_t minimumRows();
    // Tests keep small files too.
    static void setMinimumRows(std::size_t rows);

    static constexpr int kMaxEntries = 4;
};

} // namespace entente
