// The entry format (native byte order, the machine's own cache): a fixed header, the columns of
// the index as they lie in memory, then the small lists (actors, kinds, eras) through
// QDataStream. Everything read back is checked before it is used: sizes against the file's,
// the row order, every actor and kind number against its list.
#include "timelineindexcache.h"

#include "claimstatus.h"
#include "hugepages.h"
#include "timelineindex.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>

namespace entente {

namespace {

constexpr std::array<char, 8> kMagic { 'E', 'N', 'T', 'T', 'L', 'I', 'X', '1' };
constexpr std::uint32_t kFormat = 2;
constexpr int kHeaderBytes = 100;
std::atomic<std::size_t> g_minimumRows { 100000 };

struct Head
{
    std::array<char, 8> magic = kMagic;
    std::uint32_t format = kFormat;
    std::uint32_t reserved = 0;
    std::int64_t size = 0;
    std::int64_t modified = 0;
    std::int64_t walSize = 0;
    std::int64_t walModified = 0;
    std::array<char, kHeaderBytes> header {};
    std::uint64_t rows = 0;
    std::uint64_t pairs = 0;
    std::uint64_t tailBytes = 0;
};

// The columns start here (tests damage entries at known places).
static_assert(sizeof(Head) == 176);

bool statOf(const QString &path, std::int64_t &size, std::int64_t &modified)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    size = static_cast<std::int64_t>(st.st_size);
#ifdef __linux__
    modified = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#else
    modified = QFileInfo(path).lastModified().toMSecsSinceEpoch() * 1000000;
#endif
    return true;
}

bool headMatches(const Head &head, const TimelineIndexCache::Fingerprint &print)
{
    return head.magic == kMagic && head.format == kFormat && head.size == print.size && head.modified == print.modified
        && head.walSize == print.walSize && head.walModified == print.walModified && print.header.size() == kHeaderBytes
        && std::memcmp(head.header.data(), print.header.constData(), kHeaderBytes) == 0;
}

// A column's bytes, padded to a multiple of 8 so that every column starts aligned.
std::uint64_t padded(std::uint64_t bytes)
{
    return (bytes + 7) & ~std::uint64_t(7);
}

template<typename T> bool writeColumn(QIODevice &out, const std::vector<T> &column)
{
    const auto bytes = static_cast<qint64>(column.size() * sizeof(T));
    const QByteArray padding(static_cast<qsizetype>(padded(static_cast<std::uint64_t>(bytes))) - bytes, '\0');
    return out.write(reinterpret_cast<const char *>(column.data()), bytes) == bytes
        && out.write(padding) == padding.size();
}

// Copies a column out of the mapped entry and moves `at` past it: one pass over the bytes, where
// a read() into a sized vector was two (its zeroing, then the copy).
template<typename T> void readColumn(const uchar *&at, std::vector<T> &column, std::size_t n)
{
    reserveOnHugePages(column, n);
    const auto *first = reinterpret_cast<const T *>(at);
    column.assign(first, first + n);
    at += padded(n * sizeof(T));
}

void dropOldEntries(const QString &dir)
{
    const QFileInfoList entries
        = QDir(dir).entryInfoList({ QStringLiteral("*.idx") }, QDir::Files, QDir::Time); // newest first
    for (qsizetype i = TimelineIndexCache::kMaxEntries; i < entries.size(); ++i)
        QFile::remove(entries[i].filePath());
}

} // namespace

std::size_t TimelineIndexCache::minimumRows()
{
    return g_minimumRows.load();
}

void TimelineIndexCache::setMinimumRows(std::size_t rows)
{
    g_minimumRows.store(rows);
}

QString TimelineIndexCache::entryPath(const QString &file)
{
    const QByteArray name
        = QCryptographicHash::hash(QFileInfo(file).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/timeline/")
        + QString::fromLatin1(name) + QStringLiteral(".idx");
}

std::optional<TimelineIndexCache::Fingerprint> TimelineIndexCache::fingerprint(const QString &file)
{
    Fingerprint f;
    if (file.isEmpty() || !statOf(file, f.size, f.modified))
        return std::nullopt;
    // An empty log says nothing (it is made at open and removed at close).
    if (!statOf(file + QStringLiteral("-wal"), f.walSize, f.walModified) || f.walSize == 0) {
        f.walSize = 0;
        f.walModified = 0;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    f.header = in.read(kHeaderBytes);
    if (f.header.size() != kHeaderBytes)
        return std::nullopt;
    return f;
}

bool TimelineIndexCache::save(const TimelineIndex &index, const QString &file, const Fingerprint &print)
{
    if (index.size() < minimumRows() || print.header.size() != kHeaderBytes)
        return false;
    const QString path = entryPath(file);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QByteArray tail;
    {
        QDataStream s(&tail, QIODevice::WriteOnly);
        s << static_cast<qint32>(index.m_actors.size());
        for (const TimelineIndex::ActorInfo &a : index.m_actors)
            s << static_cast<qint64>(a.id) << a.name << (a.colour.isValid() ? a.colour.name() : QString());
        s << index.m_kinds << static_cast<qint32>(index.m_eras.size());
        for (const TimelineIndex::EraInfo &e : index.m_eras)
            s << e.name << static_cast<qint64>(e.start) << static_cast<qint64>(e.end)
              << (e.colour.isValid() ? e.colour.name() : QString());
    }
    Head head;
    head.size = print.size;
    head.modified = print.modified;
    head.walSize = print.walSize;
    head.walModified = print.walModified;
    std::memcpy(head.header.data(), print.header.constData(), kHeaderBytes);
    head.rows = index.size();
    head.pairs = index.m_actorList.size();
    head.tailBytes = static_cast<std::uint64_t>(tail.size());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    const bool written = out.write(reinterpret_cast<const char *>(&head), sizeof head) == sizeof head
        && writeColumn(out, index.m_start) && writeColumn(out, index.m_end) && writeColumn(out, index.m_id)
        && writeColumn(out, index.m_kind) && writeColumn(out, index.m_status) && writeColumn(out, index.m_flags)
        && writeColumn(out, index.m_actorOffset) && writeColumn(out, index.m_actorList)
        && out.write(tail) == tail.size();
    if (!written || !out.commit())
        return false;
    dropOldEntries(QFileInfo(path).absolutePath());
    return true;
}

bool TimelineIndexCache::isCurrent(const QString &file)
{
    const auto print = fingerprint(file);
    QFile in(entryPath(file));
    Head head;
    return print && in.open(QIODevice::ReadOnly) && in.read(reinterpret_cast<char *>(&head), sizeof head) == sizeof head
        && headMatches(head, *print);
}

void TimelineIndexCache::remove(const QString &file)
{
    QFile::remove(entryPath(file));
}

bool TimelineIndexCache::load(TimelineIndex &index, const QString &file, const Fingerprint &print)
{
    QFile in(entryPath(file));
    if (print.header.size() != kHeaderBytes || !in.open(QIODevice::ReadOnly))
        return false;
    Head head;
    if (in.read(reinterpret_cast<char *>(&head), sizeof head) != sizeof head || !headMatches(head, print))
        return false;
    const std::uint64_t n = head.rows;
    const std::uint64_t pairs = head.pairs;
    // The columns: start, end, id, kind, status, flags, offsets, actor list.
    if (n > (std::uint64_t(1) << 31) || pairs > (std::uint64_t(1) << 32) || head.tailBytes > (std::uint64_t(1) << 30)
        || static_cast<std::uint64_t>(in.size())
            != sizeof head + 3 * padded(8 * n) + 3 * padded(n) + padded(4 * (n + 1)) + padded(2 * pairs)
                + head.tailBytes)
        return false;
    // Mapped (the columns are 175 MB at 5M events); each column starts 8-aligned.
    const uchar *map = in.map(0, in.size());
    if (!map)
        return false;
    const uchar *at = map + sizeof head;
    TimelineIndex built;
    readColumn(at, built.m_start, n);
    readColumn(at, built.m_end, n);
    readColumn(at, built.m_id, n);
    readColumn(at, built.m_kind, n);
    readColumn(at, built.m_status, n);
    readColumn(at, built.m_flags, n);
    readColumn(at, built.m_actorOffset, n + 1);
    readColumn(at, built.m_actorList, pairs);
    const QByteArray tail(reinterpret_cast<const char *>(at), static_cast<qsizetype>(head.tailBytes));
    in.unmap(const_cast<uchar *>(map));
    QDataStream s(tail);
    qint32 actors = 0;
    s >> actors;
    for (qint32 i = 0; i < actors && s.status() == QDataStream::Ok; ++i) {
        qint64 id = 0;
        TimelineIndex::ActorInfo a;
        QString colour;
        s >> id >> a.name >> colour;
        a.id = id;
        a.colour = colour.isEmpty() ? QColor() : QColor::fromString(colour);
        built.m_actors.append(a);
    }
    qint32 eras = 0;
    s >> built.m_kinds >> eras;
    for (qint32 i = 0; i < eras && s.status() == QDataStream::Ok; ++i) {
        TimelineIndex::EraInfo e;
        qint64 start = 0;
        qint64 end = 0;
        QString colour;
        s >> e.name >> start >> end >> colour;
        e.start = start;
        e.end = end;
        e.colour = colour.isEmpty() ? QColor() : QColor::fromString(colour);
        built.m_eras.append(e);
    }
    if (s.status() != QDataStream::Ok || !s.atEnd() || !built.isConsistent())
        return false;
    built.finishLoad();
    index = std::move(built);
    in.close();
    // Used now: the last to go when entries are dropped.
    QFile touch(in.fileName());
    if (touch.open(QIODevice::ReadWrite))
        touch.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return true;
}

} // namespace entente
