#pragma once

#include <QFile>
#include <QString>

#include <simdjson.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace entente {

// Reads a JSON file whose root is one object, key by key, without holding the file: the values
// of chosen keys (large arrays) are handed over element by element, parsed by simdjson a window
// of about a megabyte at a time, so memory stays at a few windows however large the file. The
// other values are parsed whole. A light scanner finds where values end; it refuses nesting
// deeper than JsonDocument::kMaxDepth and unbalanced brackets, and simdjson checks the rest of
// each window (syntax, UTF-8). Errors are ImportErrors naming the file and the line.
class JsonStream
{
public:
    // Where a value lies in the file, to come back to it (a section read before those it needs).
    struct Range
    {
        qint64 begin = -1;
        qint64 end = -1;
        bool isValid() const { return begin >= 0; }
    };
    // `index` counts the array's elements from 0.
    using ElementFunction = std::function<void(simdjson::dom::element element, qsizetype index)>;
    // Called once per key of the root object, with the stream at the key's value: call one of
    // value(), elements() or skip() (or none, which skips).
    using KeyFunction = std::function<void(std::string_view key)>;

    explicit JsonStream(const QString &path);
    ~JsonStream(); // out of line: the parser's layout depends on a macro only this library sets
    JsonStream(const JsonStream &) = delete;
    JsonStream &operator=(const JsonStream &) = delete;

    qint64 size() const { return m_size; }
    // Bytes of the file read so far, for progress.
    qint64 position() const { return m_offset + static_cast<qint64>(m_pos); }

    // Reads the root object to its end; throws ImportError when the root is not an object.
    void readObject(const KeyFunction &onKey);
    // The current value, parsed whole (valid until the next call on the stream).
    simdjson::dom::element value();
    // The current value's elements; null reads as no elements. Throws RowError (no field) when
    // the value is neither an array nor null.
    void elements(const ElementFunction &onElement);
    // Passes over the current value; where it lies, for elementsAt().
    Range skip();
    // The elements of the array at `range`, read again from the file (outside readObject()).
    void elementsAt(const Range &range, const ElementFunction &onElement);

private:
    bool fill();
    void skipSpace();
    int peek();
    void expect(char c, const char *what);
    // Moves m_pos past one value; `base` is the nesting of where it stands (root 0, root's values 1).
    void scanValue(int base);
    void scanString(); // m_pos at the opening quote; moves past the closing one
    void flushWindow(const ElementFunction &onElement);
    void elementsHere(const ElementFunction &onElement);
    // Refuses a value from `begin` to here longer than a record may be.
    void checkLength(qint64 begin) const;
    [[noreturn]] void malformed(qint64 offset, const QString &reason) const;
    [[noreturn]] void parseFailed(simdjson::error_code error, const std::string &window, qint64 windowOffset) const;
    QString lineAt(qint64 offset) const;

    QString m_path;
    QString m_name;
    QFile m_file;
    qint64 m_size = 0;
    std::string m_buffer;
    std::size_t m_pos = 0; // next byte to read in m_buffer
    std::size_t m_end = 0; // bytes of m_buffer that hold file data
    qint64 m_offset = 0; // file offset of m_buffer[0]
    bool m_eof = false;
    bool m_valueTaken = false; // the callback of readObject() read or skipped the value
    // The elements of the window being gathered: from m_mark to m_lastEnd; npos when none.
    std::size_t m_mark = std::string::npos;
    std::size_t m_lastEnd = 0;
    qsizetype m_windowFirstIndex = 0;
    qsizetype m_windowCount = 0;
    std::string m_window; // "[" elements "]" and simdjson's padding
    std::unique_ptr<simdjson::dom::parser> m_parser;
};

} // namespace entente
