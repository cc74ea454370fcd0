#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace entente {

// An event dataset as it is downloaded: plain text, or a .zip holding it (GDELT's daily and
// 15-minute files, UCDP's releases). A zip is read as a stream through libzip, never unpacked
// to disk: the first file in it that is not a folder. Throws ImportError, naming the file, when
// it cannot be opened or the zip is cut short (a truncated download has no table of contents).
class DataFile
{
public:
    explicit DataFile(const QString &path);
    ~DataFile();
    DataFile(const DataFile &) = delete;
    DataFile &operator=(const DataFile &) = delete;

    // Open for reading, sequentially.
    QIODevice &device() { return *m_device; }
    // The bytes of text to read (the uncompressed size, for a zip), for progress.
    qint64 size() const { return m_size; }
    bool isZip() const { return m_zip; }
    // The name of the file inside the zip, empty for a plain file.
    const QString &entryName() const { return m_entry; }

    // True when the file starts as a zip archive does.
    static bool looksZipped(const QString &path);
    // The first `bytes` bytes of the text (inside the zip, for a zip); empty when unreadable.
    static QByteArray head(const QString &path, qint64 bytes);
    // "gdelt" or "ucdp" when the file (plain or zipped) is one of those event datasets, by its
    // shape: a GDELT row (GdeltLayout::looksLikeGdelt), or UCDP GED's header; else empty.
    static QString sniff(const QString &path);

private:
    std::unique_ptr<QIODevice> m_device;
    qint64 m_size = 0;
    bool m_zip = false;
    QString m_entry;
};

} // namespace entente
