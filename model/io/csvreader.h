#pragma once

#include <QString>
#include <QStringList>

#include <exception>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace entente {

// Streams a CSV file through libcsv in blocks, never holding more than a few blocks of it: quoted
// fields with embedded newlines, CRLF, a UTF-8 byte order mark and ragged rows all work. The
// first record is the header. Fields reach the callback as UTF-8 views, checked to be UTF-8; a
// file in another encoding (Windows-1252) stops with an ImportError naming line and field.
// Reading and parsing run on a second thread, a few blocks ahead of the callback, so parsing
// overlaps with the importer's inserts; the callback always runs on the calling thread.
class CsvReader
{
public:
    using Fields = std::vector<std::string_view>;
    // `line` is the line the record starts on (the header is line 1).
    using RowFunction = std::function<void(const Fields &fields, qint64 line)>;
    using ProgressFunction = std::function<void(qint64 bytesRead, qint64 totalBytes)>;

    explicit CsvReader(QString path);

    // Reads the header and calls `onRow` for every other non-blank record.
    void read(const RowFunction &onRow, const ProgressFunction &onProgress = {});
    // Only the header of the file at `path` and, into `firstRow`, the fields of the row after it
    // (for choosing how to map its columns); throws ImportError as read() does.
    static QStringList readHeader(const QString &path, QStringList *firstRow = nullptr);
    // The header, once read() has started; trimmed.
    const QStringList &header() const { return m_header; }
    // The index of a column by name, ignoring case, or -1.
    int column(const QString &name) const;

private:
    friend struct CsvCallbacks;
    struct Record
    {
        std::size_t firstField = 0;
        std::size_t fieldCount = 0;
        qint64 line = 0;
    };
    // The complete records of one block, handed from the parsing thread to the caller's.
    struct Batch
    {
        std::string bytes;
        std::vector<std::size_t> fieldEnds;
        std::vector<Record> records;
        qint64 bytesRead = 0;
        bool utf8 = true; // every field is UTF-8 (checked on the parsing thread)
        std::exception_ptr error; // set on the last batch when parsing failed
        bool last = false;
    };
    class Queue;
    void parse(QIODevice &file, Queue &queue);
    Batch takeBatch();
    void deliver(const Batch &batch, const RowFunction &onRow);
    void checkUtf8(const Fields &fields, qint64 line) const;

    QString m_path;
    QStringList m_header;
    bool m_haveHeader = false;
    // What libcsv handed over for the current block (parsing thread only): field bytes back to
    // back, their ends, and the complete records among them.
    std::string m_bytes;
    std::vector<std::size_t> m_fieldEnds;
    std::vector<Record> m_records;
    std::size_t m_recordFirstField = 0;
    qint64 m_line = 1; // the line the next record starts on
    qint64 m_newlinesInRecord = 0;
    Fields m_view;
};

} // namespace entente
