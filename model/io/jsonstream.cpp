#include "jsonstream.h"

#include "importer.h"
#include "jsondocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <array>
#include <cstring>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::JsonDocument", text, disambiguation, n);
}

// Read-ahead block, and the size at which a window of elements is handed to simdjson: small
// enough to stay in cache, large enough that the per-parse cost does not show.
#ifdef ENTENTE_SMALL_READ_BLOCKS
// The fuzzers' build: a few bytes at a time, so that every input crosses the ends of blocks and
// windows, where the buffer handling is.
constexpr std::size_t kBlockSize = 61;
constexpr std::size_t kWindowBytes = 97;
#else
constexpr std::size_t kBlockSize = std::size_t(4) << 20;
constexpr std::size_t kWindowBytes = std::size_t(1) << 20;
#endif
// One element (an event) larger than this is refused rather than held in memory.
constexpr std::size_t kMaxValueBytes = std::size_t(64) << 20;
// The same refusal as JsonDocument's; a streamed file could be larger, but nothing we write is.
constexpr qint64 kMaxJsonBytes = qint64(1) << 30;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The bytes scanValue() stops at inside a list or an object.
constexpr std::array<bool, 256> kStructural = [] {
    std::array<bool, 256> t {};
    for (const char c : { '"', '[', ']', '{', '}', ',' })
        t[static_cast<unsigned char>(c)] = true;
    return t;
}();

} // namespace

JsonStream::JsonStream(const QString &path)
    : m_path(path)
    , m_name(QFileInfo(path).fileName())
    , m_file(path)
    , m_parser(std::make_unique<simdjson::dom::parser>())
{
    m_size = QFileInfo(path).size();
    if (m_size > kMaxJsonBytes)
        throw ImportError(tr("%1 is %2 MB, more than the 1024 MB a JSON file may have; split it or use CSV.")
                              .arg(m_name)
                              .arg(m_size >> 20));
    if (!m_file.open(QIODevice::ReadOnly))
        throw ImportError(tr("%1 cannot be read: %2.").arg(m_name, m_file.errorString()));
    m_buffer.resize(kBlockSize);
}

JsonStream::~JsonStream() = default;

// Reads more of the file behind what is buffered, first dropping what nobody needs any more
// (everything before the window being gathered, or before m_pos). False at the end of the file.
bool JsonStream::fill()
{
    if (m_eof)
        return false;
    const std::size_t keep = std::min(m_mark, m_pos);
    if (keep > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + keep, m_end - keep);
        m_end -= keep;
        m_pos -= keep;
        if (m_mark != std::string::npos) {
            m_mark -= keep;
            m_lastEnd -= keep;
        }
        m_offset += static_cast<qint64>(keep);
    }
    if (m_buffer.size() - m_end < kBlockSize / 2) {
        if (m_end > kMaxValueBytes + kWindowBytes)
            malformed(
                position(),
                tr("a value is longer than %1 MB, more than any timeline needs; refused").arg(kMaxValueBytes >> 20));
        m_buffer.resize(m_buffer.size() * 2);
    }
    const qint64 n = m_file.read(m_buffer.data() + m_end, static_cast<qint64>(m_buffer.size() - m_end));
    if (n < 0)
        throw ImportError(tr("%1 cannot be read: %2.").arg(m_name, m_file.errorString()));
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += static_cast<std::size_t>(n);
    return true;
}

void JsonStream::skipSpace()
{
    for (;;) {
        while (m_pos < m_end && isSpace(m_buffer[m_pos]))
            ++m_pos;
        if (m_pos < m_end || !fill())
            return;
    }
}

int JsonStream::peek()
{
    skipSpace();
    return m_pos < m_end ? static_cast<unsigned char>(m_buffer[m_pos]) : -1;
}

void JsonStream::expect(char c, const char *what)
{
    if (peek() != c)
        malformed(position(), tr("expected %1").arg(QLatin1String(what)));
    ++m_pos;
}

// The quote that ends a string is the first one after an even run of backslashes (an escape
// takes exactly the next byte: \uXXXX has no quote or backslash in it). memchr finds the quotes,
// so the long texts of a file go by at memory speed; simdjson checks their contents later.
void JsonStream::scanString()
{
    ++m_pos; // the opening quote
    bool escaped = false; // the bytes before m_pos end in an odd run of backslashes
    for (;;) {
        const char *data = m_buffer.data();
        const auto *quote = static_cast<const char *>(std::memchr(data + m_pos, '"', m_end - m_pos));
        const std::size_t stop = quote ? static_cast<std::size_t>(quote - data) : m_end;
        // The run of backslashes just before `stop`, and whether it reaches back to m_pos.
        std::size_t run = 0;
        while (stop - run > m_pos && data[stop - run - 1] == '\\')
            ++run;
        const bool odd = ((run & 1) != 0) != (stop - run == m_pos && escaped);
        if (quote) {
            m_pos = stop + 1;
            if (!odd)
                return;
            escaped = false; // the escaped quote ends the run
            continue;
        }
        m_pos = m_end;
        escaped = odd;
        if (!fill())
            malformed(position(), tr("the file ends inside a string"));
    }
}

// Moves past one value without parsing it: strings, brackets and braces (checked to pair up,
// and to nest no deeper than any timeline needs) and the bytes of numbers and literals, which
// simdjson checks later.
void JsonStream::scanValue(int base)
{
    char stack[JsonDocument::kMaxDepth + 1];
    int depth = 0;
    if (peek() < 0)
        malformed(position(), tr("the file ends where a value should be"));
    for (;;) {
        if (m_pos == m_end && !fill()) {
            if (depth == 0)
                return;
            malformed(position(), tr("the file ends inside a list or an object"));
        }
        const char c = m_buffer[m_pos];
        switch (c) {
        case '"':
            scanString();
            if (depth == 0)
                return;
            continue;
        case '[':
        case '{':
            if (base + depth >= static_cast<int>(JsonDocument::kMaxDepth))
                throw ImportError(tr("%1 nests deeper than %n level(s), which no timeline needs; refused.", nullptr,
                                     static_cast<int>(JsonDocument::kMaxDepth))
                                      .arg(m_name));
            stack[depth++] = c == '[' ? ']' : '}';
            ++m_pos;
            continue;
        case ']':
        case '}':
            if (depth == 0)
                return; // the end of a number or literal inside the enclosing list
            if (stack[--depth] != c)
                malformed(position(), tr("a bracket is closed by the wrong kind"));
            ++m_pos;
            if (depth == 0)
                return;
            continue;
        case ',':
            if (depth == 0)
                return;
            ++m_pos;
            continue;
        default:
            if (depth == 0) {
                if (isSpace(c))
                    return;
                ++m_pos;
                continue;
            }
            // Inside a list or an object only the bytes above matter: pass the rest (indents,
            // colons, numbers, literals) in a tight loop.
            ++m_pos;
            while (m_pos < m_end && !kStructural[static_cast<unsigned char>(m_buffer[m_pos])])
                ++m_pos;
        }
    }
}

void JsonStream::readObject(const KeyFunction &onKey)
{
    int first = peek();
    // A UTF-8 byte order mark, which some editors write, is not part of the JSON.
    if (first == 0xEF && position() == 0) {
        while (m_end - m_pos < 3 && fill()) { }
        if (m_buffer.compare(m_pos, 3, "\xEF\xBB\xBF") == 0) {
            m_pos += 3;
            first = peek();
        }
    }
    if (first != '{') {
        // Still a depth bomb or broken JSON first, as the whole-file parser said.
        if (first == '[') {
            scanValue(0);
            throw ImportError::at(m_path, QStringLiteral("$"), QString(),
                                  tr("the file is a list; an Entente JSON file is one object"));
        }
        malformed(position(), tr("an Entente JSON file is one object, which begins with \"{\""));
    }
    ++m_pos;
    if (peek() == '}') {
        ++m_pos;
    } else {
        for (;;) {
            if (peek() != '"')
                malformed(position(), tr("expected a key in quotes"));
            // The mark keeps the key in the buffer should it cross the end of a block.
            m_mark = m_pos;
            m_lastEnd = m_pos;
            scanString();
            std::string key(m_buffer, m_mark + 1, m_pos - m_mark - 2);
            m_mark = std::string::npos;
            expect(':', "a colon after a key");
            skipSpace();
            m_valueTaken = false;
            onKey(key);
            if (!m_valueTaken)
                skip();
            const int next = peek();
            ++m_pos;
            if (next == '}')
                break;
            if (next != ',')
                malformed(position() - 1, tr("expected a comma or the end of the object"));
        }
    }
    if (peek() >= 0)
        malformed(position(), tr("something follows the end of the object"));
}

simdjson::dom::element JsonStream::value()
{
    m_valueTaken = true;
    skipSpace();
    m_mark = m_pos; // keeps the value's bytes in the buffer while it is scanned
    m_lastEnd = m_pos;
    const qint64 begin = position();
    scanValue(1);
    checkLength(begin);
    m_window.assign(m_buffer, m_mark, m_pos - m_mark);
    m_mark = std::string::npos;
    m_window.append(simdjson::SIMDJSON_PADDING, ' ');
    simdjson::dom::element element;
    const std::size_t length = m_window.size() - simdjson::SIMDJSON_PADDING;
    auto error = m_parser->parse(m_window.data(), length, false).get(element);
    if (error == simdjson::STRING_ERROR && JsonDocument::replaceLoneSurrogates(m_window.data(), length))
        error = m_parser->parse(m_window.data(), length, false).get(element);
    if (error)
        parseFailed(error, m_window.substr(0, length), begin);
    return element;
}

JsonStream::Range JsonStream::skip()
{
    m_valueTaken = true;
    skipSpace();
    Range range;
    range.begin = position();
    scanValue(1);
    range.end = position(); // a whole list passed over may be large: its elements are checked as they are read
    return range;
}

void JsonStream::elements(const ElementFunction &onElement)
{
    m_valueTaken = true;
    const int first = peek();
    if (first == 'n') {
        if (m_end - m_pos < 4)
            fill();
        if (m_pos + 4 <= m_end && m_buffer.compare(m_pos, 4, "null") == 0) {
            m_pos += 4;
            return;
        }
    }
    if (first != '[') {
        skip();
        throw RowError(QString(), tr("expected a list"));
    }
    elementsHere(onElement);
}

void JsonStream::elementsAt(const Range &range, const ElementFunction &onElement)
{
    if (!m_file.seek(range.begin))
        throw ImportError(tr("%1 cannot be read: %2.").arg(m_name, m_file.errorString()));
    m_offset = range.begin;
    m_pos = 0;
    m_end = 0;
    m_eof = false;
    m_mark = std::string::npos;
    elements(onElement);
}

// The stream at '[': gathers elements into windows of about kWindowBytes and hands each to
// simdjson as one array.
void JsonStream::elementsHere(const ElementFunction &onElement)
{
    ++m_pos; // '['
    qsizetype index = 0;
    if (peek() == ']') {
        ++m_pos;
        return;
    }
    for (;;) {
        skipSpace();
        if (m_mark == std::string::npos) {
            m_mark = m_pos;
            m_windowFirstIndex = index;
            m_windowCount = 0;
        }
        const qint64 begin = position();
        scanValue(2);
        checkLength(begin);
        m_lastEnd = m_pos;
        ++m_windowCount;
        ++index;
        const int next = peek();
        if (next != ',' && next != ']')
            malformed(position(), tr("expected a comma or the end of the list"));
        if (next == ']' || m_lastEnd - m_mark >= kWindowBytes)
            flushWindow(onElement);
        ++m_pos;
        if (next == ']')
            return;
    }
}

void JsonStream::flushWindow(const ElementFunction &onElement)
{
    const qint64 windowOffset = m_offset + static_cast<qint64>(m_mark);
    m_window.clear();
    m_window += '[';
    m_window.append(m_buffer, m_mark, m_lastEnd - m_mark);
    m_window += ']';
    const std::size_t length = m_window.size();
    m_window.append(simdjson::SIMDJSON_PADDING, ' ');
    m_mark = std::string::npos;
    simdjson::dom::element root;
    auto error = m_parser->parse(m_window.data(), length, false).get(root);
    // A lone surrogate escape reads as U+FFFD (the text rule) rather than refusing the file.
    if (error == simdjson::STRING_ERROR && JsonDocument::replaceLoneSurrogates(m_window.data(), length))
        error = m_parser->parse(m_window.data(), length, false).get(root);
    if (error)
        parseFailed(error, m_window.substr(0, length), windowOffset - 1);
    simdjson::dom::array array;
    if (root.get(array) != simdjson::SUCCESS)
        parseFailed(simdjson::INCORRECT_TYPE, m_window.substr(0, length), windowOffset - 1);
    qsizetype i = m_windowFirstIndex;
    for (const simdjson::dom::element element : array)
        onElement(element, i++);
}

void JsonStream::checkLength(qint64 begin) const
{
    // The buffer check in fill() bounds memory; this one holds every record to the limit.
    if (position() - begin > static_cast<qint64>(kMaxValueBytes))
        throw ImportError::at(m_path, lineAt(begin), QString(),
                              tr("a record of %1 MB, more than the %2 MB any timeline needs; refused")
                                  .arg((position() - begin) >> 20)
                                  .arg(kMaxValueBytes >> 20));
}

void JsonStream::malformed(qint64 offset, const QString &reason) const
{
    throw ImportError::at(m_path, lineAt(offset), QString(), tr("the JSON is malformed (%1)").arg(reason));
}

void JsonStream::parseFailed(simdjson::error_code error, const std::string &window, qint64 windowOffset) const
{
    if (error == simdjson::UTF8_ERROR)
        throw ImportError(tr("%1 is not UTF-8 (it may be Windows-1252 or Latin-1); save it as UTF-8 and import it "
                             "again.")
                              .arg(m_name));
    if (error == simdjson::DEPTH_ERROR)
        throw ImportError(tr("%1 nests deeper than %n level(s), which no timeline needs; refused.", nullptr,
                             static_cast<int>(JsonDocument::kMaxDepth))
                              .arg(m_name));
    // A number no double or 64-bit integer holds is well-formed JSON, just too large for us.
    if (error == simdjson::NUMBER_ERROR || error == simdjson::NUMBER_OUT_OF_RANGE) {
        std::size_t at = 0;
        if (const QString number = JsonDocument::badNumber(window, &at); !number.isEmpty())
            throw ImportError::at(m_path, lineAt(windowOffset + static_cast<qint64>(at)), QString(),
                                  JsonDocument::badNumberReason(number));
    }
    // simdjson says what is wrong but not where; Qt's parser finds where in the window.
    QJsonParseError where;
    QJsonDocument::fromJson(QByteArray::fromRawData(window.data(), static_cast<qsizetype>(window.size())), &where);
    const qint64 offset = windowOffset + (where.error == QJsonParseError::NoError ? 0 : where.offset);
    throw ImportError::at(m_path, lineAt(std::max<qint64>(0, offset)), QString(),
                          tr("the JSON is malformed (%1)").arg(QString::fromUtf8(simdjson::error_message(error))));
}

// The line of a byte of the file, counted only when something is wrong there.
QString JsonStream::lineAt(qint64 offset) const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    qint64 line = 1;
    qint64 done = 0;
    QByteArray block;
    while (done < offset) {
        block = f.read(std::min<qint64>(offset - done, 1 << 20));
        if (block.isEmpty())
            break;
        line += block.count('\n');
        done += block.size();
    }
    return tr("line %1").arg(line);
}

} // namespace entente
