#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

class QIODevice;

namespace entente {

// The lines of a text stream (a file, or a file inside a zip: DataFile), read a few megabytes at a
// time. A line ends at LF; a CR before it is dropped. Throws ImportError naming the file and line
// when the stream fails (a damaged zip entry) or a line is past all reason (16 MB).
class LineReader
{
public:
    LineReader(QIODevice &device, QString path);

    // The next line, valid until the next call; false at the end.
    bool next(std::string_view &line);
    // The number of the line last returned, from 1.
    std::int64_t lineNumber() const { return m_line; }
    std::int64_t bytesRead() const { return m_bytesRead; }

private:
    bool fill();

    QIODevice &m_device;
    QString m_path;
    std::string m_buffer;
    std::size_t m_pos = 0; // start of the unread text in m_buffer
    std::int64_t m_line = 0;
    std::int64_t m_bytesRead = 0;
    bool m_atEnd = false;
};

} // namespace entente
